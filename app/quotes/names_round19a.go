package quotes

// nounThenName reports whether the words from token b are a role noun,
// with at most one modifier before it, and then a name of two words or
// more ("analyst Adam Jonas", "senior economist Ana Ruiz", "critic Nina
// Holt"): the name before them qualifies the noun ("Morgan Stanley analyst
// Adam Jonas", "Joe Biden adviser Mike Donilon", "Taylor Reade critic Nina
// Holt") and is no antecedent for a "he" or "she" that follows; the name
// after the noun is (issue 20, nineteenth round).
func (f *finder) nounThenName(s sentence, b int) bool {
	k := b
	if k < s.b && f.toks[k].k == tWord && !f.toks[k].cap && titleModifier(f.toks[k].lower) {
		k++
	}
	if k+2 >= s.b {
		return false
	}
	t := &f.toks[k]
	if t.k != tWord || t.cap || t.poss || !(t.is(cRole) || t.is(cTitle)) || t.is(cFunction|cOrg) {
		return false
	}
	return f.isCapWord(k+1) && !f.toks[k+1].poss && f.isCapWord(k+2) && !pronounWord(f.toks[k+1].lower) && !pronounWord(f.toks[k+2].lower)
}
