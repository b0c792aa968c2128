package quotes

import "strings"

// Forms of a speaker's name (issue 20, seventeenth round, part A).

// properBodyPhrase reports a described body whose modifiers are a proper
// name before a lower-case noun for a government or an agency ("the UK
// government", "the Kestrel Press agency"): tokens [npA, head] are "the",
// capitalised words that are no nationality adjective and no given name,
// and the head (the word before the head no nationality adjective). The body is named without its determiner ("UK
// government"), as a named organisation is; "the Scottish government"
// and "the Indian army" stay described.
func (f *finder) properBodyPhrase(npA, head int) bool {
	if head < npA+2 || head >= len(f.toks) || f.toks[npA].lower != "the" {
		return false
	}
	if h := &f.toks[head]; h.k != tWord || h.cap || h.poss || !properBodyHead(h.lower) {
		return false
	}
	for i := npA + 1; i < head; i++ {
		t := &f.toks[i]
		if t.k != tWord || !t.cap || t.poss || t.is(cFemale|cMale) {
			return false
		}
		// ("the Saudi Press agency": the word before the noun is a
		// name's, not a nationality's)
		if i == head-1 && (demonymWord(t.lower) || f.demonym(t) || adjectivalEnding(t.lower)) {
			return false
		}
	}
	// (one word is an acronym, "UK", "EU": a single capitalised word
	// may be a country's name used as an adjective, "the Norland
	// government", which stays described)
	return head > npA+2 || allUpper(f.toks[npA+1].w)
}

// properBodyHead reports the lower-case nouns that end a body's name
// after a proper name ("UK government", "Kestrel Press agency").
func properBodyHead(w string) bool {
	switch w {
	case "government", "agency":
		return true
	}
	return false
}

// adjectivalEnding reports a capitalised word shaped like a nationality or
// a faith's adjective ("Mauritanian", "Togolese", "Islamic").
func adjectivalEnding(w string) bool {
	for _, suf := range []string{"ian", "ese", "ish", "ean", "ine", "ic", "ist"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// feelingLead reports an adjective of feeling that a tabloid puts before a
// person's name at the start of a sentence ("Heartbroken Patsy Swayze
// said"): no part of the name.
func feelingLead(t *token) bool {
	if t.k != tWord || !t.cap || t.is(cFemale|cMale) {
		return false
	}
	switch t.lower {
	case "heartbroken", "devastated", "distraught", "grieving", "tearful", "furious", "delighted",
		"emotional", "stunned", "shocked", "horrified", "overjoyed", "elated", "relieved", "bereaved",
		"frustrated", "terrified", "grief-stricken", "jubilant", "thrilled", "anguished",
		"outraged", "incensed", "fuming", "livid", "gutted", "ecstatic", "beaming", "smiling", "sobbing":
		return true
	}
	return false
}

// sharedSurname returns, for a known given name alone with no title before
// "and" and another given name and a one-word surname ("Andy and Charlotte
// Roche bought…"), the surname's token: a couple or siblings named with
// one surname, each of whom bears it. Else -1.
func (f *finder) sharedSurname(m *mention) int {
	a, b := m.ca, m.b
	if b != a+1 || len(m.titles) > 0 || m.a != m.ca || b+3 >= len(f.toks) {
		return -1
	}
	g, and, g2, sur, after := &f.toks[a], &f.toks[b], &f.toks[b+1], &f.toks[b+2], &f.toks[b+3]
	if g.poss || !g.cap || !g.is(cFemale|cMale) || and.lower != "and" || and.k != tWord {
		return -1
	}
	if g2.k != tWord || !g2.cap || g2.poss || !g2.is(cFemale|cMale) || g2.is(cTitle) {
		return -1
	}
	if sur.k != tWord || !sur.cap || sur.is(cFemale|cMale|cTitle|cPlace|cOrg|cFunction) {
		return -1
	}
	// (a longer run after the surname is some other name)
	if after.k == tWord && after.cap && !sur.poss {
		return -1
	}
	return b + 2
}

// commonOwnedInstitution reports "the" and a common noun's possessive
// before a lower-case institution ("the kingdom’s interior ministry",
// "the country’s embassy"): the owner is left out and the head takes
// "a"/"an", as for a spokesman; a proper name's ("India’s embassy")
// stays.
func (f *finder) commonOwnedInstitution(npA, head int) bool {
	if head < npA+2 || head >= len(f.toks) || f.toks[npA].lower != "the" {
		return false
	}
	o, h := &f.toks[npA+1], &f.toks[head]
	if o.k != tWord || o.cap || !o.poss || h.k != tWord || h.cap || h.poss || !institution(h.lower) {
		return false
	}
	for i := npA + 2; i < head; i++ {
		if t := &f.toks[i]; t.k != tWord || t.cap || t.poss {
			return false
		}
	}
	return true
}
