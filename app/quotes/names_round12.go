package quotes

// outletBeforeGiven returns the given name ending the run a..b when the
// run is "The" (or a lower-case "the" before it), an organisation's words
// and that given name ("in The Mirror Linda said"), else a.
func (f *finder) outletBeforeGiven(s sentence, a, b int) int {
	last := &f.toks[b-1]
	if b-a < 2 || last.poss || !last.is(cFemale|cMale) {
		return a
	}
	k := a
	if f.toks[k].lower == "the" {
		k++
	} else if a-1 < s.a || f.toks[a-1].lower != "the" {
		return a
	}
	if k >= b-1 {
		return a
	}
	for i := k; i < b-1; i++ {
		if !f.toks[i].is(cOrg) || f.toks[i].is(cFemale|cMale) {
			return a
		}
	}
	return b - 1
}
