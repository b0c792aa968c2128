package quotes

import "strings"

// coordinatedSpeaker widens a speaker resolved from one name of a
// coordinated subject to both: "the Democratic Unionist Party (DUP) and
// Progressive Unionist Party (PUP) alleged", "DUP councillor Lee Reynolds
// and PUP councillor Billy Hutchinson said", "the DUP and PUP statement
// claimed". The labels name such a pair "A and B", each as first
// introduced (realgold b45, b47, b61), and a later "they" is the pair. Both
// conjuncts must be names of the same sort (two people or two bodies), the
// first set off by nothing but "and" and the second's title words, so that
// "Gallagher and his colleagues", "officials at Google and Apple" and a
// list of three keep their single speaker.
func (f *finder) coordinatedSpeaker(s sentence, at *attrib, mm mentionMap) {
	if at.ent < 0 || at.npA < 0 {
		return
	}
	var m2 *mention
	for k := at.npA; k < at.npB && k < s.b; k++ {
		if m := mm.at(k); m != nil && m.ent == at.ent && !m.poss {
			m2 = m
		}
	}
	if m2 == nil {
		return
	}
	// "and" before the second name, past its title words ("PUP councillor")
	j := f.pastTitleWords(s, m2.a-1)
	if j <= s.a || f.toks[j].k != tWord || f.toks[j].lower != "and" {
		return
	}
	// the first name, past a bracketed acronym ("(DUP)")
	e := j
	if f.isPunct(e-1, ")") && e-3 >= s.a && f.isPunct(e-3, "(") {
		e -= 3
	}
	m1 := mm.at(e - 1)
	if m1 == nil || m1.b != e || m1.poss || m1.ent < 0 || m1.ent == at.ent {
		return
	}
	// a list ("A, B and C") or the object of a preposition ("officials at
	// A and B")
	if p := f.pastTitleWords(s, m1.a-1); p >= s.a {
		t := &f.toks[p]
		if t.k == tWord && t.is(cPrep) || f.isPunct(p, ",") && p-1 >= s.a && mm.at(p-1) != nil {
			return
		}
	}
	e1, e2 := &f.ents[m1.ent], &f.ents[at.ent]
	if e1.kind != e2.kind || (e1.kind != ePerson && e1.kind != eOrg) || e1.plural || e2.plural {
		return
	}
	// two people, each named in full; a title or a department in the
	// first ("Northwell President and CEO X", "Health and Human Services
	// Secretary X") makes one office, not a second person
	if e1.kind == ePerson && (len(e1.parts) < 2 || len(e2.parts) < 2 || m1.b-m1.ca < 2 || f.anyTitleOrDept(m1.ca, m1.b)) {
		return
	}
	name := e1.name + " and " + e2.name
	id := f.entityByName(phrase{name, strings.ToLower(name)}, eGroup, f.toks[m1.a].s)
	f.ents[id].plural = true
	at.ent = id
}

// pastTitleWords steps back from token j over up to three title words
// before a name ("PUP councillor", "top Democrats") and returns the first
// token before them.
func (f *finder) pastTitleWords(s sentence, j int) int {
	for n := 0; j >= s.a && n < 3; n++ {
		t := &f.toks[j]
		if t.k != tWord || t.lower == "and" || t.is(cFunction|cPrep|cDet) || t.poss {
			break
		}
		j--
	}
	return j
}

// groupSpeakerOf returns, for a "they" whose latest candidate is the
// person of event i, a plural group that speaks in that person's sentence,
// or -1: "the DUP and PUP statement claimed Mr McVeigh was … . They
// accused …" is the pair who claimed, not the man they spoke of.
func (f *finder) groupSpeakerOf(i int) int {
	sent := f.events[i].sent
	for j := i - 1; j >= 0 && f.events[j].sent == sent; j-- {
		ev := f.events[j]
		if e := &f.ents[ev.ent]; ev.speaker && e.kind == eGroup && e.plural {
			return ev.ent
		}
	}
	return -1
}

// anyTitleOrDept reports whether a title or a department word stands in
// tokens [a, b).
func (f *finder) anyTitleOrDept(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].is(cTitle | cDept) {
			return true
		}
	}
	return false
}

// namedOwnerText returns the one who wrote a text the speaker phrase
// [npA, head] names by its owner: a name's possessive ("Wadsworth’s
// February presentation said", "according to Hiramine’s LinkedIn
// profile") or "his"/"her" ("says his 2009 paper"). A written text's
// words are its author's when the phrase names one (the gold
// conventions), and a person's or body's own text is theirs, whatever
// author an earlier sentence gave another text of that noun. Else -1.
func (f *finder) namedOwnerText(npA, head int, mm mentionMap) int {
	if id := f.textAuthors(npA, head); id >= 0 {
		return id
	}
	t := &f.toks[head]
	if t.cap || !(authoredText(t.lower) || ownWriting(t.lower)) {
		return -1
	}
	o := npA // the owner's possessive token
	if pr := possessivePronoun(f.toks[npA].lower); pr == "he" || pr == "she" {
		if !f.textModifiers(npA+1, head) {
			return -1
		}
		if id := f.antecedent(pr, f.toks[npA].s); id >= 0 && f.ents[id].kind == ePerson {
			return id
		}
		return -1
	}
	m := mm.at(o)
	if m == nil || m.a != npA || !m.poss || m.ent < 0 || m.b > head || !f.textModifiers(m.b, head) {
		return -1
	}
	if k := f.ents[m.ent].kind; k != ePerson && k != eOrg {
		return -1
	}
	return m.ent
}

// ownWriting reports nouns for someone's own writing beyond the texts of
// authoredText: a scholar's paper, a profile page, speaking notes, filings.
func ownWriting(w string) bool {
	switch w {
	case "paper", "papers", "profile", "notes", "filings", "diary":
		return true
	}
	return false
}

// textModifiers reports whether tokens [a, b) are at most three plain
// modifiers of a text noun: numbers, months and brand names included
// ("2009", "February", "LinkedIn"), no determiner, verb or possessive.
func (f *finder) textModifiers(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.is(cDet|cPrep|cFunction|cSkip|cStopNP) || t.poss {
			return false
		}
		if _, v := t.verb(); v && !t.cap {
			return false
		}
	}
	return true
}

// namedOwnersText reports a speaker phrase [a, head] that is a text under
// its owner's name: capitalised words ending in a possessive, then up to
// three modifiers and a noun for a text ("Wadsworth’s February
// presentation"), which namedOwnerText resolves to the owner.
func (f *finder) namedOwnersText(a, head int) bool {
	t := &f.toks[head]
	if t.cap || !(authoredText(t.lower) || ownWriting(t.lower)) || !f.toks[a].cap {
		return false
	}
	for o := a; o < head && o < a+5; o++ {
		w := &f.toks[o]
		if w.k != tWord || !w.cap {
			return false
		}
		if w.poss {
			return f.textModifiers(o+1, head)
		}
	}
	return false
}

// textAuthors returns the author the article gave a text before the
// phrase [npA, head] when the phrase is that text's authors: "the
// report's authors wrote", "the study authors", or a bare "the authors"
// (the latest text given an author). "a new report issued by the X
// Commission … the report's authors wrote" is the commission's. Else -1.
func (f *finder) textAuthors(npA, head int) int {
	switch f.toks[head].lower {
	case "authors", "author", "writers":
	default:
		return -1
	}
	if f.toks[npA].lower != "the" || f.toks[head].cap {
		return -1
	}
	text := ""
	switch head - npA {
	case 1:
	case 2:
		w := &f.toks[npA+1]
		if w.k != tWord || w.cap || !authoredText(w.lower) {
			return -1
		}
		text = w.lower
	default:
		return -1
	}
	pos := f.toks[npA].s
	for i := len(f.authors) - 1; i >= 0; i-- {
		l := f.authors[i]
		if l.pos >= pos {
			continue
		}
		if text == l.head || text == "" && authoredText(l.head) {
			return l.ent
		}
	}
	return -1
}

// topicThenPronoun reports a person's name after "for" closing a phrase
// set off by a comma right before "he" or "she" ("As for Obama, he
// seems…", "… was a decisive moment for Mr. Gingrich, he wrote"): the
// pronoun takes up the name, so the name stays a candidate antecedent and
// the sentence's subject, though a preposition governs it. Other
// prepositions set the name against the pronoun ("unlike Mr. Wright, he
// was writing", "under cross-examination by Mpofu, he said").
func (f *finder) topicThenPronoun(m *mention) bool {
	if m.poss || m.kind == mOrg || m.kind == mPlace || m.pa < 1 || f.toks[m.pa-1].lower != "for" || m.b+1 >= len(f.toks) || !f.isPunct(m.b, ",") {
		return false
	}
	t := &f.toks[m.b+1]
	return t.k == tWord && (t.lower == "he" || t.lower == "she") && t.para == f.toks[m.a].para
}
