package quotes

import "strings"

// Groups as speakers: a part of a group ("some of the companies"), one
// picked out of it ("one of them"), a group named by what it is a group
// of, a bare plural that introduced a group and "the <plural>" that
// refers back to it, and quantifiers that speak ("Many chanted").

// partOfGroupSubject finds a subject that picks a part of a group ("some of
// the companies", "most of the residents who stayed") whose last word is
// token j, right before the verb, or whose relative clause ("that
// received the data", no punctuation) ends there. It returns the phrase's
// first token and its head (the group's noun), or -1, -1.
func (f *finder) partOfGroupSubject(s sentence, j int) (int, int) {
	if j < s.a || j >= s.b || f.toks[j].k != tWord {
		return -1, -1
	}
	if a := f.partOfGroupAt(s, j); a >= 0 {
		return a, j
	}
	for h := j - 1; h > s.a && h >= j-10; h-- {
		t := &f.toks[h]
		if t.k != tWord {
			break
		}
		if t.lower == "that" || t.lower == "who" {
			if a := f.partOfGroupAt(s, h-1); a >= 0 {
				return a, h - 1
			}
		}
	}
	return -1, -1
}

// partOfGroupAt returns the first token of "some of the companies" ending
// with the noun at token n and opening its clause (the sentence's start, or
// after a comma), or -1.
func (f *finder) partOfGroupAt(s sentence, n int) int {
	a := n - 3
	if a < s.a {
		return -1
	}
	hd := &f.toks[n]
	if hd.k != tWord || hd.cap || hd.is(cFunction|cDet|cPrep) || !f.toks[n-1].is(cDet) || f.toks[n-2].lower != "of" || !partOfGroup(f.toks[a].lower) {
		return -1
	}
	if a > s.a && !f.isPunct(a-1, ",") {
		return -1
	}
	return a
}

// partOfGroup reports the quantifiers that pick a part of a group before
// "of the" ("some of the companies").
func partOfGroup(w string) bool {
	switch w {
	case "some", "most", "many", "several", "few", "none", "all", "both", "half", "two", "three", "four", "five":
		return true
	}
	return false
}

// collectiveOf returns the last word of a described group's of-phrase ("a
// group of independent experts", "a team of doctors"): the group is named
// with what it is a group of; a later preposition ("… at the hospital")
// stays the affiliation; "the group of …" is the group met before.
// Otherwise it returns head.
func (f *finder) collectiveOf(npA, head, npB int) int {
	t := &f.toks[head]
	if w := f.toks[npA].lower; w == "the" || w == "this" || w == "that" {
		return head // "the group of …" refers back to the group
	}
	if t.cap || !collective(t.lower) || head+2 >= npB || f.toks[head+1].lower != "of" {
		return head
	}
	end := head
	for k := head + 2; k < npB; k++ {
		u := &f.toks[k]
		if u.k != tWord || u.poss || (u.is(cPrep) && !u.cap) || u.is(cDet) {
			break
		}
		end = k
	}
	if end == head {
		return head
	}
	return end
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

// pluralBefore returns the token of the latest plural noun for people
// ("protesters", "the officials") in the paragraph before token k, within
// its sentence and the two before, or -1.
func (f *finder) pluralBefore(k int) int {
	starts := 0
	for i := k - 1; i >= 0 && i >= k-60; i-- {
		t := &f.toks[i]
		if t.k == tBreak {
			return -1
		}
		if t.first {
			if starts++; starts == 3 {
				return -1
			}
		}
		if t.k != tWord || t.cap || !(t.is(cRole) || folksNoun(t.lower)) || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") ||
			f.lx.is(t.lower, cDoc) || !(f.personishHead(t.lower) || folksNoun(t.lower)) {
			continue
		}
		if i-1 >= 0 && f.toks[i-1].lower == "of" {
			continue // "one of the protesters" is one of them
		}
		return i
	}
	return -1
}

// folksNoun reports plural nouns for people that are not roles ("the
// stunt guys", "the kids").
func folksNoun(w string) bool {
	switch w {
	case "guys", "kids", "folks", "fans", "neighbors", "neighbours", "parents", "cops", "locals", "villagers", "onlookers", "passengers", "customers", "players":
		return true
	}
	return false
}

// pluralStart returns where the phrase of the plural noun at token h
// starts: its article and up to two lower-case modifiers ("the stunt
// guys"), or h itself.
func (f *finder) pluralStart(h int) int {
	for a := h - 1; a >= 0 && a >= h-3; a-- {
		t := &f.toks[a]
		if t.k != tWord || t.cap {
			break
		}
		if t.lower == "the" {
			return a
		}
		if t.is(cFunction | cPrep | cDet) {
			break
		}
	}
	return h
}

// pluralAcronym reports a plural of an acronym for people ("MPs",
// "MEPs", "CEOs"): capitalised, yet a common noun.
func pluralAcronym(w string) bool {
	n := len(w)
	return n >= 3 && w[n-1] == 's' && strings.ToUpper(w[:n-1]) == w[:n-1] && strings.ToLower(w[:n-1]) != w[:n-1]
}

// barePluralBefore returns the token of an earlier bare use of the plural
// head noun of "the <modifiers> <head>" (tokens npA … head) that
// introduced the group: "Following the arrests, lawmakers on the committee
// requested…" before "the lawmakers wrote" (a bare plural is the plural
// of "a"). The latest earlier use decides: one with a determiner or a
// modifier before it ("the lawmakers", "several lawmakers") is no bare
// introduction. It returns -1 when there is none.
func (f *finder) barePluralBefore(npA, head int) int {
	t := &f.toks[head]
	hl := t.lower
	// ("Bishops in Saskatchewan are recognizing…" before "the bishops
	// wrote": a title's plural too)
	if t.cap || len(hl) < 4 || !strings.HasSuffix(hl, "s") || strings.HasSuffix(hl, "ss") || f.lx.is(hl, cDoc) || !f.lx.is(hl, cRole) && !f.pluralTitle(t) {
		return -1
	}
	for i := npA - 1; i >= 0 && i >= npA-1500; i-- {
		w := &f.toks[i]
		if w.k != tWord || w.lower != hl {
			continue
		}
		// (the text's first word opens its first sentence)
		if i == 0 {
			return i
		}
		p := &f.toks[i-1]
		switch {
		case p.k == tBreak || p.k == tPunct && strings.Contains(",;:.", p.w):
			return i
		case p.k == tWord && !p.cap && p.is(cPrep) && !p.is(cDet):
			return i
		case p.k == tWord && p.lower == "and" && f.bareAfterAnd(i):
			return i
		}
		return -1
	}
	return -1
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

// bareQuantifier reports quantifiers that stand alone for some of a group
// just named ("Many chanted", "Some shouted").
func bareQuantifier(w string) bool {
	switch w {
	case "many", "some", "several", "others", "most":
		return true
	}
	return false
}

// quoteAfterVerb reports a quotation right after the verb at v, or after a
// colon or comma there ("Many chanted “…”", "Another said: “…”").
func (f *finder) quoteAfterVerb(s sentence, v int) bool {
	n := v + 1
	if n < s.b && f.toks[n].k == tPunct && (f.toks[n].w == ":" || f.toks[n].w == ",") {
		n++
	}
	return n < s.b && f.toks[n].k == tQuote
}

// oneOfThem returns the speaker of "one of them said": one picked out
// of the group last named is "one", as "one of the survivors" is (the
// label conventions), not the whole group; its head is the group's noun
// made singular ("Workers …; “…,” one of them said" is a worker), so "the
// worker" later is the same one.
func (f *finder) oneOfThem(one int) int {
	id := f.entityByName(f.spanPhrase(one, one+1), eGroup, f.toks[one].s)
	e := &f.ents[id]
	e.head = "one"
	if g := f.antecedent("they", f.toks[one].s); g >= 0 {
		if h := singularNoun(f.ents[g].head); h != "" {
			e.head = h
		}
	}
	return id
}

// pickedHead returns the singular of the group's head noun in "one of
// his legal advisers" (npA the "one", head the group's noun), which "the
// adviser" later names: the one picked out, named "one" as introduced.
// It returns "" when the phrase is no such pick.
func (f *finder) pickedHead(npA, npB int) string {
	if npA+2 >= npB || f.toks[npA].lower != "one" || f.toks[npA+1].lower != "of" {
		return ""
	}
	h := npB - 1
	if f.toks[h].k != tWord || f.toks[h].cap {
		return ""
	}
	return singularNoun(f.toks[h].lower)
}

// singularNoun makes a plain plural noun singular ("advisers",
// "officials", "workers"); "" for a word that is no such plural.
func singularNoun(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ies") {
		return ""
	}
	return w[:len(w)-1]
}

// irregularPlural reports the plural nouns for people that do not end in
// "s" ("Another two women", "Men and women", "the people"): a group, a
// "they", never a "he" or "she".
func irregularPlural(w string) bool {
	switch w {
	case "men", "women", "people", "children", "police", "folk":
		return true
	}
	return strings.HasSuffix(w, "smen") || strings.HasSuffix(w, "women")
}
