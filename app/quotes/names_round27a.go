package quotes

import "strings"

// pastMemberBack resolves "the former cabinet member", "the ex-board
// member" to the person named latest: one who sat on a body, marked by a
// past-office word, is an epithet of someone the text is about (a plain
// "the member" may be any member of a body just named). roleBack leaves
// it, "member" being no epithet of its own; it returns -1 otherwise.
func (f *finder) pastMemberBack(npA, head int) int {
	t := &f.toks[head]
	if t.lower != "member" || f.toks[npA].lower != "the" {
		return -1
	}
	past := false
	for k := npA + 1; k < head; k++ {
		if f.toks[k].k != tWord {
			return -1
		}
		past = past || formerWord(f.toks[k].lower)
	}
	if !past {
		return -1
	}
	return f.latestPerson(t.s, t.para, 0)
}

// membersOf returns the last token of "Members of the Save Our Park
// campaign" when a bare "members" opens the phrase: the members are
// named by the body they belong to, so the speaker is the whole phrase
// (as "some of the companies"), not "Members". It returns head otherwise.
func (f *finder) membersOf(npA, head, npB int) int {
	if head != npA || f.toks[head].lower != "members" || head+2 >= npB || f.toks[head+1].lower != "of" {
		return head
	}
	for k := head + 2; k < npB; k++ {
		if u := &f.toks[k]; u.k != tWord || u.poss {
			return head
		}
	}
	return npB - 1
}

// socialPlatform reports the social networks whose pages speak for their
// owner ("the school district's Facebook said").
func socialPlatform(w string) bool {
	switch w {
	case "facebook", "twitter", "instagram", "tiktok", "youtube", "linkedin", "threads", "bluesky":
		return true
	}
	return false
}

// platformOwner resolves "the Bell County School District's Facebook",
// "the mayor's Twitter account" to the owner named before the platform:
// a post on one's page is one's own words, not the network's. It returns
// -1 unless a named owner's possessive stands right before the platform.
func (f *finder) platformOwner(npA, head int, mm mentionMap) int {
	p := head
	if w := f.toks[head].lower; (w == "account" || w == "page" || w == "feed") && head-1 > npA {
		p = head - 1
	}
	if p <= npA || !f.toks[p].cap || !socialPlatform(f.toks[p].lower) || !f.toks[p-1].poss {
		return -1
	}
	m := mm.at(p - 1)
	if m == nil || m.b != p || m.a < npA || (m.kind != mOrg && m.kind != mPerson) {
		return -1
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	return m.ent
}

// venueWord reports the last word of a building's or a ground's name
// ("Waterfront Hall", "Grace Chapel", "Corn Exchange Centre"), which can
// make the run look like a person's name; never a body that speaks ("…
// Agency", "… Council").
func venueWord(w string) bool {
	switch w {
	case "hall", "chapel", "pavilion", "auditorium", "theatre", "theater", "ballroom", "centre", "center",
		"museum", "library", "arena", "stadium", "gallery", "cathedral", "church", "tower", "palace", "castle":
		return true
	}
	return false
}

// venueRun reports a two-word run "Riverside Hall" that names a building
// where something happens: after "at", maybe with its owner ("at
// Glasgow's Riverside Hall"), its first word no given name (so "at
// Stuart Hall's home" stays a person). Such a run is a place, which no
// later "he" can stand for.
func (f *finder) venueRun(s sentence, m *mention) bool {
	if len(m.titles) != 0 || m.ca != m.a || m.b-m.a != 2 || m.poss || !venueWord(f.toks[m.b-1].lower) {
		return false
	}
	if g := &f.toks[m.a]; g.is(cFemale|cMale|cTitle) || g.poss {
		return false
	}
	p := m.a - 1
	if p > s.a && f.toks[p].poss && f.toks[p].cap {
		p-- // (the owner: "at Glasgow's Riverside Hall")
	}
	return p >= s.a && f.toks[p].k == tWord && f.toks[p].lower == "at"
}

// shortMisspelling reports whether w, a surname's misspelling by one edit
// (see misspeltSurname), is long enough to trust: five letters, or four
// when only the surname's final "s" is dropped ("Helm" for "Helms"), the
// slip of a writer who reads the name as a plural.
func shortMisspelling(sur, w string) bool {
	return len(w) >= 5 || len(w) == 4 && sur == w+"s"
}

// tradeGerund reports the trades that end a small business's name ("Four
// Seasons Total Landscaping", "Rossi Plumbing"); no family name ends a
// person's name with them.
func tradeGerund(w string) bool {
	switch w {
	case "landscaping", "paving", "plumbing", "roofing", "trucking", "towing", "excavating",
		"remodeling", "remodelling", "flooring", "fencing", "catering", "staffing", "contracting",
		"cleaning", "heating", "publishing", "consulting", "engineering", "marketing", "printing",
		"shipping", "mining", "manufacturing", "recycling", "lending", "advertising", "accounting",
		"packaging", "welding", "glazing", "plastering", "auctioneering", "outfitting":
		return true
	}
	return false
}

// tradeNamed reports a name of two or more words that ends in a trade
// ("North Star Total Paving"): a business, whatever kind the name rules
// gave it, so no "he" or "she" stands for it.
func tradeNamed(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && tradeGerund(strings.ToLower(name[i+1:]))
}

// ownedBarePlural returns the bare plural that introduced "Her lawyers",
// "his aides" (see barePluralBefore), or -1: people keep the description
// of their first introduction, and the pronoun only says whom they serve.
// Without such an introduction the phrase stays as written ("his
// lawyers").
func (f *finder) ownedBarePlural(npA, head int) int {
	if head != npA+1 || !ownedSources(f.toks[head].lower) || possessivePronoun(f.toks[npA].lower) == "" {
		return -1
	}
	return f.barePluralBefore(npA, head)
}

// bareAfterAnd reports a bare plural at token i after "and" that a
// prepositional phrase describes ("the group Fair Courts Now and lawyers
// from a Dallas firm sued"): the second of two subjects, introduced as
// after a comma. (A plural right before a verb may share the modifiers
// of the first subject: "local officials and residents said".)
func (f *finder) bareAfterAnd(i int) bool {
	n := i + 1
	return n < len(f.toks) && f.toks[n].k == tWord && f.toks[n].is(cPrep) && !f.toks[n].cap
}
