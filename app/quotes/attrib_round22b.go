package quotes

import "sort"

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

// spokeInFullLast reports whether e, of two people who share a surname,
// was last named in full (given name and surname) as the subject of a
// verb of speech in this paragraph or the one before: "Geoff Vane said he
// chose the berries… “…,” Vane said" means Geoff, though the bare
// surname meant his wife Rita before, since the text has just turned to
// him by his full name (issue 20, round 22b).
func (f *finder) spokeInFullLast(e *entity, para int) bool {
	if len(e.parts) < 2 || partIs(e.surname, e.parts[0]) || para < 0 {
		return false
	}
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= e.last })
	if k >= len(f.toks) || f.toks[k].para < para-1 {
		return false
	}
	full := false
	for n := 0; k < len(f.toks) && n < maxRun && f.isCapWord(k) && !f.toks[k].poss; n++ {
		full = full || f.toks[k].lower == e.parts[0] && k+1 < len(f.toks) && partIs(e.surname, f.toks[k+1].lower)
		k++
	}
	if !full || k >= len(f.toks) || f.toks[k].k != tWord || f.toks[k].cap {
		return false
	}
	v, ok := f.toks[k].verb()
	return ok && !v.participle
}
