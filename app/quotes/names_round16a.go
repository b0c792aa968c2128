package quotes

import "strings"

// Round 16 rules on names and people.

// givenLly reports a word in -lly that is shaped like a given name
// ("Molly", "Holly", "Shelly", "Lilly"), not an adverb: adverbs in -lly
// end in -ally or -ully ("Really", "Fully"), so "Molly Proch said" keeps
// its given name at the head of a sentence.
func givenLly(w string) bool {
	return strings.HasSuffix(w, "lly") && !strings.HasSuffix(w, "ally") && !strings.HasSuffix(w, "ully")
}

// middleDropped returns the one person among cands whose longer name has
// the same first and last words as the two-word parts, the middle names
// left out ("Richard Carrington" after "Richard Christopher Carrington"),
// or -1 when none or several do.
func (f *finder) middleDropped(parts []string, cands []int) int {
	if len(parts) != 2 {
		return -1
	}
	found := -1
	for _, i := range cands {
		e := &f.ents[i]
		n := len(e.parts)
		if e.kind != ePerson || n < 3 || e.relative || e.parts[0] != parts[0] || e.parts[n-1] != parts[1] {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// ownedPlaceSurname reports a lone place or nationality word at token k
// after an owner's possessive ("ESPN’s Thai reports") that is the family
// name of a person named in full before ("ESPN’s Xuan Thai"): a place has
// no employer, so it is that person.
func (f *finder) ownedPlaceSurname(s sentence, k int) bool {
	t := &f.toks[k]
	if !t.is(cPlace) || t.poss || k-1 < s.a || !f.toks[k-1].poss || !f.toks[k-1].cap {
		return false
	}
	return f.surnameKnown(t.lower)
}

// ownedSources reports the plural nouns for unnamed sources that, owned by
// a named person or body ("Apple’s lawyers", "the mayor’s aides"), are
// "lawyers", "aides": the owner is the affiliation, as for one source.
func ownedSources(w string) bool {
	switch w {
	case "sources", "officials", "aides", "advisers", "advisors", "representatives", "insiders",
		"lawyers", "attorneys", "spokesmen", "spokeswomen", "spokespeople":
		return true
	}
	return false
}

// headBeforeIng returns the noun before a participle in -ing that ends the
// phrase [a, end) or comes before a particle or preposition ending it ("a
// passenger leaning out", "a driver sitting"): what the source is doing
// is no part of its name. Else -1.
func (f *finder) headBeforeIng(a, end int) int {
	for j := a + 2; j < end && j < a+6; j++ {
		t, p := &f.toks[j], &f.toks[j-1]
		if t.k != tWord || t.cap || len(t.lower) <= 5 || !strings.HasSuffix(t.lower, "ing") || t.is(cFunction) {
			continue
		}
		if j+1 < end && !(j+2 == end && (f.toks[j+1].is(cPrep) || particleWord(f.toks[j+1].lower))) {
			continue
		}
		if p.k != tWord || p.cap || p.is(cFunction|cDet|cPrep) || strings.HasSuffix(p.lower, "ly") {
			return -1
		}
		return j - 1
	}
	return -1
}

// particleWord reports the adverb particles of phrasal verbs.
func particleWord(w string) bool {
	switch w {
	case "out", "up", "down", "off", "over", "back", "away", "around", "in", "on":
		return true
	}
	return false
}

// spelledOutOrg returns a new organisation named by the capitalised words
// whose initials spell the acronym acr and whose last word is an
// organisation's ("EPA" when the text also says "Environmental Protection
// Agency Administrator Lisa Jackson", even after a headline gave the
// acronym first): the convention names a body by its full name as the
// article introduces it. Else -1.
func (f *finder) spelledOutOrg(acr string, pos int) int {
	n := len(acr)
	if n < 2 || n > 6 || !allUpper(acr) {
		return -1
	}
	// (bounded as bracketAcronym: the full name is given early)
	for k := 0; k+n <= len(f.toks) && k < 8000; k++ {
		if !f.isCapWord(k) || f.toks[k].w[0] != acr[0] || k > 0 && f.isCapWord(k-1) && !f.toks[k-1].poss {
			continue
		}
		e, i := k, 0
		for e < len(f.toks) && i < n {
			t := &f.toks[e]
			if t.k == tWord && !t.cap && e > k && (t.lower == "of" || t.lower == "and" || t.lower == "for") && f.isCapWord(e+1) {
				e++
				continue
			}
			if !f.isCapWord(e) || t.w[0] != acr[i] || t.poss || allUpper(t.w) {
				break
			}
			e++
			i++
		}
		// ("Federal Aviation Administration Office": a longer name)
		if i < n || !f.toks[e-1].is(cOrg) || f.isCapWord(e) && f.toks[e].is(cOrg) {
			continue
		}
		id := f.entityByName(f.spanPhrase(k, e), eOrg, pos)
		parts := make([]string, 0, e-k)
		for _, t := range f.toks[k:e] {
			parts = append(parts, t.lower)
		}
		f.setParts(id, parts)
		return id
	}
	return -1
}

// topicOwner reports a place's possessive at token b-1 right after "on"
// or "for" inside an organisation's name, before capitalised words that
// are no title or given name: the body's topic ("Blue Ribbon Commission
// on America’s Nuclear Future", "Campaign for Europe’s Rivers") goes on
// past the possessive.
func (f *finder) topicOwner(s sentence, a, b int) bool {
	p := &f.toks[b-1]
	if b-2 <= a || b >= s.b || !p.is(cPlace) || pluralPossWord(p.w) || !f.isCapWord(b) {
		return false
	}
	if c := f.toks[b-2].lower; f.toks[b-2].k != tWord || c != "on" && c != "for" || !f.runHasOrg(a, b-2) {
		return false
	}
	t := &f.toks[b]
	return !t.is(cTitle|cFemale|cMale|cFunction) && !f.surnameKnown(t.lower)
}

// openingParticiple reports a lone capitalised participle in -ing opening
// a sentence before "and", "or", a preposition or an article ("Waving and
// beaming in a pink shirt, the laureate…", "Leaning over the rail, he…"):
// the clause describes the subject after it and names no one. A known
// surname ("Manning and Cole said" after "Lee Manning") is still a name.
func (f *finder) openingParticiple(s sentence, k int) bool {
	if !f.initialPos(s, k) || !gerund(&f.toks[k]) || k+1 >= s.b || f.surnameKnown(f.toks[k].lower) {
		return false
	}
	n := &f.toks[k+1]
	if n.k != tWord || n.cap {
		return false
	}
	return n.lower == "and" || n.lower == "or" || n.lower == "to" || n.is(cPrep|cDet) || particleWord(n.lower)
}

// epithet16a adds nouns by which an article refers back to the expert it
// profiles ("the former Google exec says", "the expert says"): the short
// form of "executive" and the generic word for someone consulted.
func epithet16a(w string) bool {
	switch w {
	case "exec", "expert":
		return true
	}
	return false
}

// soleSpeaker returns the one named person credited with every attributed
// quotation before rune pos (at least one), of gender g (0: any), or -1:
// in a profile of one expert, "the former Google exec says" several
// paragraphs after the last mention of her name is still her. (roleBack
// only asks when the noun is new to the text and no person is near.)
func (f *finder) soleSpeaker(pos int, g byte) int {
	cand, n := -1, 0
	for i := range f.qs {
		if i >= len(f.regs) || f.regs[i].start >= pos {
			break
		}
		q := &f.qs[i]
		if !q.accepted || q.ent < 0 {
			continue
		}
		if cand >= 0 && q.ent != cand {
			return -1
		}
		cand = q.ent
		n++
	}
	if n < 1 {
		return -1
	}
	if e := &f.ents[cand]; e.kind != ePerson || g != 0 && e.gender != 0 && e.gender != g {
		return -1
	}
	return cand
}

// onlyRelativeOf reports whether the people bearing the name w that are
// known to be of gender g are all relatives named in passing: "Mr.
// Bartkowiak" after "Tralona Bartkowiak … said her brother, Michael
// Bartkowiak" is the brother, whom the title singles out, though a bare
// "Bartkowiak" would be the woman the article is about.
func (f *finder) onlyRelativeOf(w string, g byte) bool {
	rel := false
	for _, i := range f.withPart(w) {
		e := &f.ents[i]
		if e.kind != ePerson || e.gender != g || !hasPart(e.parts, w) {
			continue
		}
		if !e.relative {
			return false
		}
		rel = true
	}
	return rel
}

// indefiniteOpener returns the noun of an indefinite phrase opening
// sentence s ("A midwife on board the ship MV Aquila described…") when a
// preposition follows it and the words up to token j (before the verb)
// hold no verb, comma or possessive: the name inside the prepositional
// phrase is where the source is, not who speaks. Else -1.
func (f *finder) indefiniteOpener(s sentence, j int) int {
	if d := f.toks[s.a].lower; f.toks[s.a].k != tWord || d != "a" && d != "an" || j-s.a < 4 || j-s.a > 12 || !f.isCapWord(j) {
		return -1
	}
	h := s.a + 1
	if n := &f.toks[h]; n.k != tWord || n.cap || n.is(cFunction|cDet|cPrep|cStopNP) {
		return -1
	}
	if p := &f.toks[h+1]; p.k != tWord || p.cap || !p.is(cPrep) && p.lower != "aboard" || p.lower == "of" {
		return -1
	}
	for k := h + 2; k <= j; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss {
			return -1
		}
		if _, ok := t.verb(); ok && !t.cap {
			return -1
		}
	}
	return h
}
