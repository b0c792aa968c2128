package quotes

// Words written on signs, banners and stickers: the sign's holder says
// them, else the sign itself.

// signNoun reports nouns of things carried, put up or stuck on with words
// written on them ("stickers that read “…”" are the stickers', b72).
func signNoun(w string) bool {
	switch w {
	case "sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters", "sticker", "stickers":
		return true
	}
	return false
}

// holdVerb reports verbs of carrying a sign: its holder says its words.
func holdVerb(w string) bool {
	switch w {
	case "held", "holding", "holds", "hold", "carried", "carrying", "carries", "carry",
		"waved", "waving", "waves", "wave", "brandished", "brandishing":
		return true
	}
	return false
}

// signReading returns the sign noun of "signs reading “…”", "a sign that
// read “…”", "a banner saying “…”" before the quotation at k, or -1: the
// words written on the sign are a quotation (b40, b55, b67), though a sign
// is otherwise a naming noun ("a sign that read" names what is written for
// markReadVerbs). A quotation coordinated with one so read ("signs reading
// “…” and “…”") is read off the same signs.
func (f *finder) signReading(s sentence, k int) int {
	j := k - 1
	if f.isPunct(j, ",:") {
		j--
	}
	if j-1 < s.a || f.toks[j].k != tWord {
		return -1
	}
	switch f.toks[j].lower {
	case "and", "or":
		p := j - 1
		if f.isPunct(p, ",") {
			p--
		}
		if p >= s.a && f.toks[p].k == tQuote && f.toks[p].q >= 0 && f.toks[p].q < len(f.qs) && f.qs[f.toks[p].q].accepted {
			return f.signReading(s, p)
		}
		return -1
	case "read", "reads", "reading", "saying", "says", "said", "declaring", "proclaiming", "stating":
	default:
		return -1
	}
	n := j - 1
	if w := f.toks[n].lower; (w == "that" || w == "which") && n-1 >= s.a {
		n--
	}
	if f.toks[n].k != tWord || !signNoun(f.toks[n].lower) {
		return -1
	}
	return n
}

// signSpeaker returns who says the words on the sign whose noun is at n:
// whoever holds it ("one woman held a banner saying “…”", the sign holder's
// words as in b16), else the sign itself ("signs", "a white cardboard
// sign"), its noun phrase back over its determiner and modifiers.
func (f *finder) signSpeaker(s sentence, n int, mm mentionMap) int {
	a := n
	for a-1 >= s.a && f.toks[a-1].k == tWord && !f.toks[a-1].cap && !f.toks[a-1].is(cPrep|cStopNP) && !holdVerb(f.toks[a-1].lower) {
		a--
		if f.toks[a].is(cDet) {
			break
		}
	}
	if a-1 >= s.a && holdVerb(f.toks[a-1].lower) {
		if ca := f.charSubject(s, a-1, mm); ca.ent >= 0 {
			return ca.ent
		}
	}
	id, _ := f.resolveNP(a, n+1, n, "", mm)
	return id
}

// acceptSign takes the quotation at token k as the words on the sign whose
// noun is at n, said by signSpeaker.
func (f *finder) acceptSign(si, k, n int, mm mentionMap) {
	t := &f.toks[k]
	qs := &f.qs[t.q]
	qs.accepted, qs.kind, qs.direct = true, Full, true
	qs.ent = f.signSpeaker(f.sents[si], n, mm)
	f.accepted = append(f.accepted, t.q)
	if qs.ent >= 0 {
		f.addEvent(f.regs[t.q].start, qs.ent, true, true, si)
	}
}
