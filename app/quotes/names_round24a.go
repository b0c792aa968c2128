package quotes

import "strings"

// modifierBeforeRole reports a run of capitalised words from a to b that
// lower-case modifiers and a person's role noun, then a capitalised name of
// two words or more, follow ("Six-time Olympic champion Ada Roe", "British
// Olympic gold medallist Ben Roe"): the run qualifies the role (an
// adjective, a competition, an employer) and is no person, though it is
// two capitalised words with no title. It is taken as a body, like the
// employer before a title (see titleFollows); as a person it took a later
// "he said", being the first of its sentence. A known given name opening
// the run keeps the person ("Ann Lee" in a list of names).
func (f *finder) modifierBeforeRole(s sentence, a, b int) bool {
	if b-a < 2 || f.toks[a].is(cFemale|cMale) || f.toks[b-1].poss {
		return false
	}
	role := false
	for k := b; k < s.b && k < b+4; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss {
			return false
		}
		if t.cap {
			// the name: two capitalised words, the first no place's,
			// body's or function word
			return role && k+1 < s.b && f.isCapWord(k+1) && !t.is(cPlace|cOrg|cFunction|cNonName) && !f.toks[k+1].is(cOrg|cGeo)
		}
		if t.is(cFunction | cDet | cPrep | cStopNP) {
			return false
		}
		if _, v := t.verb(); v {
			return false
		}
		role = t.is(cTitle|cRole) || epithet(t.lower) || occupation(t) || occupationNoun(t.lower) || moreOccupation(t.lower)
	}
	return false
}

// participleBeforeObject reports a lone capitalised word in -ing opening a
// sentence before a lower-case word that is no verb, adverb or role, with
// a comma later in the sentence ("Citing early reports from his staff,
// Vell called…", "Quoting a friend, she said…"): a participle clause
// describing the subject after the comma, which names no one. (A
// surname alone there would be a verb's subject: "Manning said", "Manning
// also told"; one known from the text is kept all the same.)
func (f *finder) participleBeforeObject(s sentence, k int) bool {
	if !f.initialPos(s, k) || !gerund(&f.toks[k]) || f.toks[k].is(cCompany) || k+2 >= s.b || f.surnameKnown(f.toks[k].lower) {
		return false
	}
	n := &f.toks[k+1]
	if n.k != tWord || n.cap || n.poss || n.is(cSkip|cRole|cDoc|cTitle|cOrgHead) || occupation(n) {
		return false
	}
	if _, v := n.verb(); v {
		return false
	}
	for j := k + 2; j < s.b; j++ {
		if f.isPunct(j, ",") {
			return true
		}
	}
	return false
}

// titledCompoundSurname reports a lone hyphenated name after a title
// ("Professor Jean-Louis", "Dr Smith-Jones") that is part of a person named
// before ("Marcel Jean-Louis, a professor"): the surname, addressed by the
// title. A compound of capitalised parts counts as a place's otherwise
// ("Asia-Pacific"), which no person is.
func (f *finder) titledCompoundSurname(core []token, titles []string) bool {
	return len(core) == 1 && len(titles) > 0 && compound(&core[0]) && f.findByPart(core[0].lower, titles, -1) >= 0
}

// groupOwnerBefore reports a capitalised possessive of people in general
// right before token a ("Women's Health Specialists", "Children's Aid
// Society"): the run after it names a body serving them, never a person,
// though none of its words is an organisation's. (A given name after it
// is a person's: "People's Ann Roe". Other plural owners are bands, teams
// and firms whose members are named after them: "the Zombies' Rod Argent".)
func (f *finder) groupOwnerBefore(s sentence, a int) bool {
	p := a - 1
	if p < s.a || !f.toks[p].cap || !f.toks[p].poss || f.toks[a].is(cFemale|cMale) {
		return false
	}
	switch f.toks[p].lower {
	case "women", "men", "children", "people":
		return true
	}
	return false
}

// placeEndedAffiliation finds the person before an organisation and the
// place it is in, the place ending right before token end and an
// appositive or relative clause after it ("Ana Roe from the University of
// Otago, New Zealand, who was not involved, said"): the person speaks, not
// the place the clause comes after. It returns the name's tokens and the
// affiliation's text (see personWithAffiliation).
func (f *finder) placeEndedAffiliation(s sentence, end int, mm mentionMap) (int, int, string, bool) {
	if m := mm.at(end - 1); m == nil || m.b != end || m.kind != mPlace {
		return 0, 0, "", false
	}
	return f.personWithAffiliation(s, end-1, mm)
}

// ownedNounModifier reports a run of capitalised words from a to b that an
// owner opens and a lower-case noun closes ("Microsoft's new Windows Phone
// software", "its Cloud Window service"): a product's or a brand's name
// qualifying the noun, never a person (a person the owner has is named
// after a kin or role noun: "his friend Ada Roe"). One lower-case word
// that names no role may come between the owner and the run.
func (f *finder) ownedNounModifier(s sentence, a, b int) bool {
	if b-a < 2 || b >= s.b || f.toks[a].is(cFemale|cMale) || f.toks[b-1].poss {
		return false
	}
	p := a - 1
	if p > s.a {
		if t := &f.toks[p]; t.k == tWord && !t.cap && !t.poss && !t.is(cFunction|cDet|cPrep|cRole|cTitle|cSkip) && !occupation(t) && !epithet(t.lower) && kinGender(t.lower) == 0 && !neutralKin(t.lower) {
			if _, v := t.verb(); !v {
				p--
			}
		}
	}
	if p < s.a || f.toks[p].k != tWord || !f.toks[p].poss && possessivePronoun(f.toks[p].lower) == "" {
		return false
	}
	n := &f.toks[b]
	if n.k != tWord || n.cap || n.poss || n.is(cFunction|cDet|cPrep|cSkip|cConnect|cStopNP|cRole|cTitle) || strings.HasSuffix(n.lower, "ly") || strings.HasSuffix(n.lower, "ed") {
		return false
	}
	_, v := n.verb()
	return !v
}
