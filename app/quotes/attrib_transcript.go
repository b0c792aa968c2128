package quotes

// A transcript printed line by line: each paragraph a label, a dash and the
// words spoken ("Dover operator - “…”", "Calais - “…”"). The label names
// who speaks its line. One such line alone may be a headline or a caption,
// so a neighbouring paragraph must be another.

// maxLabelWords bounds a line label's words ("Dover night operator").
const maxLabelWords = 3

// lineLabel returns the label [a, b) of the transcript line whose quotation
// is at token k: the paragraph opens with up to three words, the first
// capitalised, maybe a bracketed aside ("(to Calais operator)"), then a
// dash right before the quotation, which ends the paragraph.
func (f *finder) lineLabel(k int) (int, int, bool) {
	if k+1 < len(f.toks) && f.toks[k+1].k != tBreak && f.toks[k+1].para == f.toks[k].para {
		if !(f.toks[k+1].k == tPunct && (k+2 >= len(f.toks) || f.toks[k+2].k == tBreak)) {
			return 0, 0, false
		}
	}
	d := k - 1
	if d < 1 || !f.isPunct(d, "-–—") {
		return 0, 0, false
	}
	e := d
	// ", (to Calais operator)": an aside between label and dash
	if f.isPunct(e-1, ")") {
		i := e - 2
		for ; i >= 0 && i > e-10 && !f.isPunct(i, "("); i-- {
			if f.toks[i].k != tWord {
				return 0, 0, false
			}
		}
		if i < 0 || !f.isPunct(i, "(") {
			return 0, 0, false
		}
		e = i
		if f.isPunct(e-1, ",") {
			e--
		}
	}
	a := e
	for a > 0 && e-a < maxLabelWords && f.toks[a-1].k == tWord && !f.paraStart(a) {
		a--
	}
	if a == e || !f.paraStart(a) || !f.toks[a].cap {
		return 0, 0, false
	}
	for i := a; i < e; i++ {
		if t := &f.toks[i]; t.is(cFunction) || isPronoun(t.lower) {
			return 0, 0, false
		}
		if _, v := f.toks[i].verb(); v {
			return 0, 0, false
		}
	}
	return a, e, true
}

// transcriptLine reports whether the quotation at token k is a labelled
// transcript line with another such line in the paragraph before or after
// it, and returns its label.
func (f *finder) transcriptLine(k int) (int, int, bool) {
	a, b, ok := f.lineLabel(k)
	if !ok {
		return 0, 0, false
	}
	// the quotation tokens of the paragraphs just before and after
	para := f.toks[k].para
	for i := a - 1; i >= 0 && i > a-40; i-- {
		if t := &f.toks[i]; t.k == tQuote && t.para < para {
			if _, _, ok := f.lineLabel(i); ok {
				return a, b, true
			}
			break
		}
	}
	for i := k + 1; i < len(f.toks) && i < k+40; i++ {
		if t := &f.toks[i]; t.k == tQuote && t.para > para {
			if _, _, ok := f.lineLabel(i); ok {
				return a, b, true
			}
			break
		}
	}
	return a, b, false
}

// labelSpeaker returns who speaks a transcript line labelled [a, b): the
// person or body the whole label names; a label that opens a fuller one
// given earlier in the exchange ("Dover" after "Dover operator") is that
// one; otherwise the label is a described speaker.
func (f *finder) labelSpeaker(a, b int, mm mentionMap) int {
	if m := mm.at(a); m != nil && m.a == a && m.b == b && (m.kind == mPerson || m.kind == mOrg) {
		if m.ent < 0 {
			f.resolveMention(m)
		}
		if m.ent >= 0 {
			return m.ent
		}
	}
	for i := a - 1; i >= 0 && i > a-400; i-- {
		if f.toks[i].k != tQuote {
			continue
		}
		pa, pb, ok := f.lineLabel(i)
		if !ok || pb-pa <= b-a {
			continue
		}
		same := true
		for n := 0; n < b-a; n++ {
			if f.toks[pa+n].lower != f.toks[a+n].lower {
				same = false
				break
			}
		}
		if same {
			return f.entityByName(f.spanPhrase(pa, pb), eGroup, f.toks[a].s)
		}
	}
	return f.entityByName(f.spanPhrase(a, b), eGroup, f.toks[a].s)
}

// quotesOnlyPara reports whether the paragraph of the quotation at token k
// holds two or more quotations and nothing else but punctuation.
func (f *finder) quotesOnlyPara(k int) bool {
	n := 0
	para := f.toks[k].para
	a := k
	for a > 0 && f.toks[a-1].k != tBreak && f.toks[a-1].para == para {
		if f.toks[a-1].k == tWord {
			return false
		}
		a--
	}
	for i := a; i < len(f.toks) && f.toks[i].k != tBreak && f.toks[i].para == para; i++ {
		switch f.toks[i].k {
		case tQuote:
			n++
		case tPunct:
		default:
			return false
		}
	}
	return n >= 2
}
