package quotes

// verblessCredit gives a quotation ending in a comma the person named
// right after it when the sentence has no verb of its own ("“…,” Thomas
// Lenard, senior fellow at the Policy Institute."): the writer left out
// "says".
func (f *finder) verblessCredit(si int, s sentence, mm mentionMap) {
	for k := s.a; k+2 < s.b; k++ {
		t := &f.toks[k]
		if t.k != tQuote || t.q < 0 || t.q >= len(f.qs) || !f.qs[t.q].accepted || f.qs[t.q].direct {
			continue
		}
		reg := f.regs[t.q]
		if reg.stop <= reg.start || f.r[reg.stop-1] != ',' {
			continue
		}
		m := mm.at(k + 1)
		if m == nil || m.a != k+1 || m.kind != mPerson || m.b-m.ca < 2 || m.poss {
			continue
		}
		if m.b < s.b && !f.isPunct(m.b, ",.") {
			continue
		}
		ok := true
		for i := m.b; i < s.b && ok; i++ {
			u := &f.toks[i]
			if _, v := u.verb(); v || u.k == tQuote || beForm(u.lower) || auxiliary(u.lower) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if m.ent < 0 {
			f.resolveMention(m)
		}
		if m.ent >= 0 && f.ents[m.ent].kind == ePerson {
			f.qs[t.q].ent, f.qs[t.q].affil, f.qs[t.q].direct = m.ent, "", true
			f.addEvent(f.toks[m.a].s, m.ent, true, true, si)
		}
	}
}
