package quotes

// describedDashEnd returns the end of a described credit on a line of its
// own after a dash ("— Russian tweeter", "— a fellow passenger"): one to
// four words, none a verb, ending in a lower-case noun, a final full stop
// allowed. It returns -1 for anything else. The importer writes pull
// quotes as the quotation in one paragraph and such a credit in the next;
// a person's name there is credited by dashCredit, and a description
// names an unnamed speaker just as well.
func (f *finder) describedDashEnd(s sentence) int {
	e := s.b
	if e-1 > s.a+1 && f.isPunct(e-1, ".") {
		e--
	}
	if n := e - (s.a + 1); n < 1 || n > 4 {
		return -1
	}
	for k := s.a + 1; k < e; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss && k == e-1 {
			return -1
		}
		if _, v := t.verb(); v && !t.cap {
			return -1
		}
	}
	h := &f.toks[e-1]
	if h.cap || h.is(cFunction|cPrep|cDet) || !f.personishHead(h.lower) {
		return -1
	}
	return e
}

// describedDashCredit returns the described source of the credit line of
// sentence s (see describedDashEnd), or -1.
func (f *finder) describedDashCredit(s sentence) int {
	e := f.describedDashEnd(s)
	if e < 0 {
		return -1
	}
	id := f.entityByName(f.spanPhrase(s.a+1, e), eGroup, f.toks[s.a+1].s)
	en := &f.ents[id]
	en.head = f.toks[e-1].lower
	if en.gender == 0 {
		en.gender = roleGender(en.head)
	}
	return id
}
