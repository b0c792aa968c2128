package quotes

import "strings"

// andBodyName reports whether "and" at token k joins the capitalised run
// [a, k) to a run after it that ends in an institution's noun ("U.S. House
// Oversight and Reform Committee"): the run before names no body by
// itself (it does not end in an organisation word, as "Microsoft Corp and
// Apple Inc" or "the White House and Defense Department" do) though it
// holds one, so both halves are one body's name (issue 20,
// twenty-fifth round).
func (f *finder) andBodyName(s sentence, a, k int) bool {
	if k-a < 2 || f.toks[k-1].is(cOrg) || f.toks[k-1].poss || !f.runHasOrg(a, k) {
		return false
	}
	i := k + 1
	for i < s.b && i < k+1+maxRun && f.isCapWord(i) && !f.toks[i].poss {
		i++
	}
	if i-k-1 < 2 || i < s.b && f.toks[i].poss {
		return false
	}
	return institution(f.toks[i-1].lower) && !f.personAfterAnd(k+1)
}

// continentScope reports whether "in" at token k and the continent after
// it close a body's name whose run [a, k) has a preposition and "and" in
// it ("Organization for Security and Co-operation in Europe"): a body so
// named by its purpose takes its continent as its scope. A city after
// "in" is where a body sits ("the Centre for Science and Environment in
// New Delhi"), no part of its name (issue 20, twenty-fifth round).
func (f *finder) continentScope(s sentence, a, k int) bool {
	if k+1 >= s.b || f.isCapWord(k+2) || !f.runHasOrg(a, k) {
		return false
	}
	switch f.toks[k+1].lower {
	case "europe", "asia", "africa", "americas":
	default:
		return false
	}
	prep, and := false, false
	for i := a; i < k; i++ {
		switch f.toks[i].lower {
		case "for", "on", "of":
			prep = prep || !f.toks[i].cap
		case "and":
			and = true
		}
	}
	return prep && and
}

// kindAfterName returns the token of a body's name that ends right before
// the lower-case noun at head saying what kind of body it is ("the
// Christian Democratic Union party", "the Acme Holdings company"): the
// name speaks, the noun is no part of it; or -1 (issue 20, twenty-fifth
// round).
func (f *finder) kindAfterName(npA, head int, mm mentionMap) int {
	t := &f.toks[head]
	if head <= npA || t.k != tWord || t.cap || mm.at(head) != nil {
		return -1
	}
	switch t.lower {
	case "party", "company", "firm":
	default:
		return -1
	}
	m := mm.at(head - 1)
	if m == nil || m.b != head || m.kind != mOrg || m.a < npA || f.toks[head-1].poss {
		return -1
	}
	return head - 1
}

// personOwnerEnd returns where a body's name starts in a speaker phrase
// from st when a person's possessive opens it ("Kohl's Christian
// Democratic Union"): the owner is the body's leader or member, no part
// of its name (a place's owning a body, "North Korea's Central News
// Agency", stays); st otherwise.
func (f *finder) personOwnerEnd(st int, m *mention, mm mentionMap) int {
	o := mm.at(st)
	if o == nil || o.a != st || o.b > m.a || o.b <= o.a || !f.toks[o.b-1].poss || !(o.kind == mPerson || o.kind == mUnknown) {
		return st
	}
	if o.ent < 0 {
		f.resolveMention(o)
	}
	if o.ent < 0 || f.ents[o.ent].kind != ePerson {
		return st
	}
	return o.b
}

// orgRolePerson returns the index in run of a person's name that closes
// a run naming an organisation and then a capitalised role noun ("Vice
// News Correspondent Alzo Slade", "Acme Radio Reporter Ann Vole"): the
// organisation and the role describe the person named after them, so the
// name is the last two or three words; 0 when the run is not so built
// (issue 20, twenty-fifth round). A title ("Director") is left to the
// title block, which keeps it as the person's title.
func (f *finder) orgRolePerson(run []token) int {
	n := len(run)
	for i := n - 3; i >= 1 && i >= n-4; i-- {
		r := &run[i]
		if !r.is(cRole) || r.is(cTitle|cOrg|cPlace|cFunction) || r.poss || strings.HasSuffix(r.lower, "s") {
			continue
		}
		org := false
		for k := 0; k < i; k++ {
			org = org || run[k].is(cOrg) && !run[k].poss
		}
		if !org {
			return 0
		}
		for k := i + 1; k < n; k++ {
			t := &run[k]
			if t.is(cOrg|cPlace|cTitle|cFunction|cGeo|cRole) || k < n-1 && t.poss || !t.cap {
				return 0
			}
		}
		return i + 1
	}
	return 0
}

// pointerVerb reports whether the run from token a opens its sentence (or
// a clause after a colon or dash) with an imperative that points readers
// elsewhere ("iReport.com: See McQueen's photos", "Watch Tom Hale's
// interview", "Meet Ann Vole"), or brings someone on like a stage
// direction ("Enter Novavax, now looking to…"): the verb is no part of the
// name after it (issue 20, twenty-fifth round; "enter" the twenty-sixth).
func (f *finder) pointerVerb(s sentence, a, b int) bool {
	if b-a < 2 || !f.initialPos(s, a) {
		return false
	}
	switch f.toks[a].lower {
	case "see", "watch", "read", "view", "meet", "enter":
		return true
	}
	return false
}

// subjectPronounAt reports a personal pronoun in the subject case at token
// a that no name starts at ("He", "They"): the whole of a sentence's
// subject (issue 20, twenty-fifth round).
func (f *finder) subjectPronounAt(a int, mm mentionMap) bool {
	if a >= len(f.toks) || f.toks[a].k != tWord || mm.at(a) != nil {
		return false
	}
	switch f.toks[a].lower {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// adjectiveBeforeText reports whether the one capitalised word at token k
// opens its sentence as an adjective before a lower-case noun for a text
// ("Promotional emails from RW Arms…", "Internal memos show…"): an
// adjective by its ending, no name the text knows, so the phrase is a
// document's, not a person called "Promotional" (issue 20, twenty-fifth
// round).
func (f *finder) adjectiveBeforeText(s sentence, k int) bool {
	t := &f.toks[k]
	if !f.initialPos(s, k) || k+1 >= s.b || t.poss || t.is(cFemale|cMale|cOrg|cPlace|cCompany|cTitle) || len(t.lower) < 6 || f.surnameKnown(t.lower) {
		return false
	}
	n := &f.toks[k+1]
	if n.k != tWord || n.cap || !n.is(cDoc) {
		return false
	}
	for _, suf := range []string{"al", "ive", "ous", "ful", "ic", "ary", "ory"} {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// textDocs is textDoc for a plural too ("emails", "statements"): texts
// from one author are that author's words as one text is.
func textDocs(w string) bool {
	return textDoc(w) || len(w) > 4 && strings.HasSuffix(w, "s") && textDoc(w[:len(w)-1])
}

// passiveAnnounced reports a passive verb of announcing at token k with no
// agent after it ("Their arrival was announced earlier Tuesday", "the
// cuts were confirmed on Monday"): its subject is what was made known, no
// speaker, so it makes no speaker for the quotations after it (issue 20,
// twenty-fifth round).
func (f *finder) passiveAnnounced(s sentence, k int) bool {
	switch f.toks[k].lower {
	case "announced", "said", "reported", "stated", "declared", "revealed", "disclosed", "confirmed", "unveiled":
	default:
		return false
	}
	if k-1 <= s.a || !passiveBe(f.toks[k-1].lower, f.toks[max(s.a, k-2)].lower) {
		return false
	}
	if k+1 < s.b && f.toks[k+1].k == tWord && (f.toks[k+1].lower == "by" || f.toks[k+1].lower == "as" || f.toks[k+1].lower == "to") {
		return false
	}
	// (a quotation in the sentence: "it was said that “…”" is left to
	// the rules for such clauses)
	for j := s.a; j < s.b; j++ {
		if f.toks[j].k == tQuote {
			return false
		}
	}
	return true
}
