package quotes

// roleCloseTo reports a role noun whose post-adjective ties it to the
// person named right after ("a source close to Mr Vale", "an aide
// familiar with Ms Orr's thinking"): like "a spokesman for", the role
// speaks and the person it is close to is only who it talks about
// (issue 20, round 22b).
func (f *finder) roleCloseTo(h int, m *mention) bool {
	if h+3 != m.a || !postAdjective(f.toks[h+1].lower) || f.toks[h+1].cap {
		return false
	}
	p := &f.toks[h+2]
	return p.k == tWord && p.is(cPrep) && !p.cap
}
