package quotes

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
