package quotes

// coordinatedFragment reports whether the quotation token k is joined by
// "and" or "or" to a quoted fragment just before it that was taken as
// someone's words ("described the incident as “provocative” and
// “dangerous,”"): the second fragment is the same person's.
func (f *finder) coordinatedFragment(s sentence, k int) bool {
	j := k - 1
	if j <= s.a || f.toks[j].k != tWord || (f.toks[j].lower != "and" && f.toks[j].lower != "or") {
		return false
	}
	j--
	if f.isPunct(j, ",") {
		j--
	}
	if j < s.a || f.toks[j].k != tQuote || f.toks[j].q < 0 || f.toks[j].q >= len(f.qs) {
		return false
	}
	q := &f.qs[f.toks[j].q]
	return q.accepted && q.kind == Partial
}
