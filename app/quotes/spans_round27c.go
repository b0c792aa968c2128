package quotes

// plainPartner reports that the accepted fragment a one-word fragment at
// k is coordinated with ("to target “agents of the city council” or
// “landlords.”") was not taken as what someone calls or describes
// something: the clause of speech governs both, but one word alone is
// left out under any verb but one of calling, describing, comparing or
// speaking of (the gold conventions), and "described it as “provocative”
// and “dangerous”" keeps both.
func (f *finder) plainPartner(s sentence, k int) bool {
	j := k - 2
	if f.isPunct(j, ",") {
		j--
	}
	if j < s.a || f.toks[j].k != tQuote {
		return false
	}
	return f.characterisedBy(s, j) < 0 && f.describedAfar(s, j) < 0 && f.calledAfar(s, j) < 0
}

// seriesVerb reports a verb of speech at k in the middle of a series of
// verbs sharing the sentence's subject ("he winked at the jury as he
// entered, said the state could “just barely” prove its case, and
// admitted his guilt"): right after a comma, lower case, with no clause of
// speech before it in the sentence, and a later ", and" before a lower-case
// word closing the series. An inverted clause ("The plan, said the mayor,
// is…") has no such close.
func (f *finder) seriesVerb(s sentence, k int, before int) bool {
	if before > 0 || k-2 <= s.a || !f.isPunct(k-1, ",") || f.toks[k].cap || f.toks[k-2].k != tWord {
		return false
	}
	for j := k + 1; j+2 < s.b; j++ {
		if f.toks[j].k == tQuote {
			continue
		}
		if f.isPunct(j, ",") && f.toks[j+1].k == tWord && f.toks[j+1].lower == "and" && f.toks[j+2].k == tWord && !f.toks[j+2].cap && !f.toks[j+2].is(cDet|cFunction) {
			return true
		}
	}
	return false
}

// tightAfter reports a fragment at k at most four words after the clause
// of speech pre, not counting adverbs ("vowed to sternly retaliate
// against “…”" is as close as "vowed to retaliate against “…”").
func (f *finder) tightAfter(pre *attrib, k int) bool {
	if pre == nil {
		return false
	}
	n := 0
	for j := pre.lastTok() + 1; j < k && n <= 4; j++ {
		if !f.isAdverb(&f.toks[j]) {
			n++
		}
	}
	return n < 4
}

// talkVerb reports the verbs of speaking whose "about" is "of" ("talking
// about the “…”" is "speaking of the “…”", the speak-of exception of the
// gold conventions). Others' "about" is their topic, not their words
// ("wrote about", "complained about").
func talkVerb(w string) bool {
	switch w {
	case "spoke", "speaks", "speak", "speaking", "talked", "talks", "talk", "talking":
		return true
	}
	return false
}
