package quotes

// markReadVerbs makes "read"/"reads" a reporting verb where it reports the
// words of a quotation written on something: right after the quotation
// with its subject before it ("“…,” the statement read.", "“…,” it reads.")
// or after it ("“…”, reads this banner."). Elsewhere "read" is the act of
// reading and "a sign that read “…”" names what is written.
func (f *finder) markReadVerbs() {
	toks := f.toks
	for k := 2; k < len(toks); k++ {
		t := &toks[k]
		if t.k != tWord || t.cap || (t.lower != "read" && t.lower != "reads") {
			continue
		}
		// the quotation is the sentence's: what follows "read" ends it or
		// is the subject
		if f.readAfterQuote(k) {
			t.lex.class |= cVerb
			// (whatever it is written on, "a copy", "the leaflet", is
			// the source: any determiner phrase is its subject)
			t.lex.verb = verbInfo{invert: true, core: true}
		}
	}
}

// readAfterQuote reports whether "read" at token k follows a quotation
// (an optional comma between), with a short subject between them that ends
// the sentence ("the statement read.", "it reads.") or with the subject
// after it ("reads this banner").
func (f *finder) readAfterQuote(k int) bool {
	toks := f.toks
	quoteAt := func(i int) bool {
		if i >= 0 && toks[i].k == tPunct && toks[i].w == "," {
			i--
		}
		return i >= 0 && toks[i].k == tQuote && toks[i].para == toks[k].para
	}
	ends := func(i int) bool {
		return i >= len(toks) || toks[i].k == tBreak || toks[i].k == tQuote ||
			(toks[i].k == tPunct && (toks[i].w == "." || toks[i].w == "," || toks[i].w == ";"))
	}
	// inverted: "“…”, reads this banner."
	if quoteAt(k - 1) {
		d := k + 1
		if d >= len(toks) || toks[d].k != tWord || !toks[d].is(cDet) {
			return false
		}
		n := d + 1
		for n < len(toks) && n < d+4 && toks[n].k == tWord && !toks[n].is(cFunction|cDet) {
			n++
		}
		return n > d+1 && (ends(n) || f.readSubjectTail(n))
	}
	if !ends(k + 1) {
		return false
	}
	// "“…,” it reads."
	if toks[k-1].k == tWord && toks[k-1].lower == "it" {
		return quoteAt(k - 2)
	}
	// "“…,” the statement read.": a determiner and at most three words,
	// the last a noun of something written
	for d := k - 2; d >= 0 && d >= k-4; d-- {
		if toks[d].k != tWord {
			return false
		}
		if toks[d].is(cDet) {
			return toks[k-1].is(cDoc|cNaming) && quoteAt(d-1)
		}
	}
	return false
}
