package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fragments: whether a short quotation inside the writer's sentence is
// someone's words. A verb of speech with its speaker must govern it from
// close by (saidClose, tightAfter), or a verb of judgement or feeling take
// it as object; a fragment joined to one taken is taken too; the writer's
// own later use of the words makes them a term.

// saidClose reports whether the reporting clause a, a plain verb of speech
// ("said", "says", "wrote": no participle, no promise) with its speaker,
// governs the quotation token k from at most eight tokens away ("has said
// he wants to run the port “through tolls”").
func (f *finder) saidClose(a *attrib, k int) bool {
	return a != nil && a.info.invert && !a.info.participle && a.npA >= 0 && k-a.lastTok() <= 8 && f.governs(a, k)
}

// firstUse reports whether the words of quotation region reg occur
// nowhere in the text before it: a later unquoted use echoes them.
func (f *finder) firstUse(reg region) bool {
	lo, hi, _ := f.quotedWords(reg)
	return lo < hi && strings.Index(f.lower, f.lower[lo:hi]) == lo
}

// quotedWords returns the byte span in f.lower of region reg's words,
// without the marks and punctuation around them, and how many runes it
// holds; empty where the lower-case text is not aligned with the runes.
func (f *finder) quotedWords(reg region) (lo, hi, runes int) {
	if !f.lowerOK {
		return 0, 0, 0
	}
	a, b := reg.start, reg.stop
	for a < b && !unicode.IsLetter(f.r[a]) && !unicode.IsDigit(f.r[a]) {
		a++
	}
	for b > a && !unicode.IsLetter(f.r[b-1]) && !unicode.IsDigit(f.r[b-1]) {
		b--
	}
	return int(f.off[a]), int(f.off[b]), b - a
}

// fragmentBefore reports whether an earlier quotation of sentence s was
// taken as someone's fragment (a partial quotation).
func (f *finder) fragmentBefore(s sentence, k int) bool {
	for i := s.a; i < k; i++ {
		if t := &f.toks[i]; t.k == tQuote && t.q >= 0 && t.q < len(f.qs) && f.qs[t.q].accepted && f.qs[t.q].kind == Partial {
			return true
		}
	}
	return false
}

// verbObject reports whether the quotation token k follows a determiner
// that follows a lower-case word other than a preposition or function
// word ("launched a “retaliatory strike” of"): the object of a verb, not
// of a preposition ("in the “post-war era” of").
func (f *finder) verbObject(s sentence, k int) bool {
	if k-2 < s.a || !f.toks[k-1].is(cDet) {
		return false
	}
	t := &f.toks[k-2]
	return t.k == tWord && !t.cap && !t.is(cPrep) && !t.is(cDet) && !t.is(cStopNP) && !t.is(cFunction)
}

// passiveBe reports whether w (or, after an adverb in -ly or of frequency,
// w2 before it) is a form of "be" that makes the verb after it passive.
func passiveBe(w, w2 string) bool {
	if strings.HasSuffix(w, "ly") && len(w) > 4 || frequencyAdverb(w) {
		w = w2
	}
	switch w {
	case "be", "been", "being", "is", "are", "was", "were", "’s":
		return true
	}
	return false
}

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

// coordinatedUnderSpeech reports a fragment joined by "and" or "or" to a
// quotation right before it that the clause of speech pre governs ("He
// says the atmosphere was “fun” and “everyone enjoyed” shooting the ad"):
// the clause governs both, though the first (one word, a term by itself)
// was not taken. governs stops at a quotation, hence this.
func (f *finder) coordinatedUnderSpeech(s sentence, k int, pre *attrib) bool {
	j := k - 1
	if pre == nil || j <= s.a || f.toks[j].k != tWord || (f.toks[j].lower != "and" && f.toks[j].lower != "or") {
		return false
	}
	j--
	if f.isPunct(j, ",") {
		j--
	}
	return j >= s.a && f.toks[j].k == tQuote && j-pre.lastTok() <= 10 && f.governs(pre, j)
}

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

// evaluatedBy returns the token of a verb of public judgement whose object
// is the quoted fragment at token k, after at most a determiner or a
// possessive ("condemned the “deplorable thuggery”", "highlighted
// “horrific and unacceptable” abuse", "spoke out against “unilateral
// moves”", "renewed calls for a “broad coalition”"), or -1. The caller
// asks it only for fragments of two words or more: one word is a term
// even then.
func (f *finder) evaluatedBy(s sentence, k int) int {
	j := k - 1
	if j >= s.a && f.toks[j].k == tWord && (f.toks[j].is(cDet) || possessivePronoun(f.toks[j].lower) != "") {
		j--
	}
	if j < s.a || f.toks[j].k != tWord {
		return -1
	}
	w := f.toks[j].lower
	if w == "against" {
		// "spoke out against", "warned against", "railed against"
		v := j - 1
		if v >= s.a && f.toks[v].lower == "out" {
			v--
		}
		if v >= s.a && f.toks[v].k == tWord && (speakOfVerb(f.toks[v].lower) || f.toks[v].lower == "railed" || f.toks[v].lower == "rails") {
			return v
		}
		return -1
	}
	if w == "for" && j-1 >= s.a && f.toks[j-1].k == tWord && callVerb(f.toks[j-1].lower) {
		return j - 1 // "renewed calls for a “broad coalition”": a demand
	}
	if judgeVerb(w) || voicedVerb(w) {
		return j
	}
	return -1
}

func judgeVerb(w string) bool {
	switch w {
	case "condemned", "condemns", "condemning", "decried", "decries", "decrying", "deplored", "deplores",
		"denounced", "denounces", "denouncing", "lambasted", "lambasts", "highlighted", "highlights",
		"criticised", "criticized", "criticises", "criticizes", "slammed", "slams", "blasted", "blasts",
		"hailed", "hails", "praised", "praises", "lamented", "laments", "bemoaned", "bemoans",
		"condemn", "decry", "deplore", "denounce", "lambast", "highlight", "criticise", "criticize", "slam",
		"blast", "hail", "praise", "lament", "bemoan":
		return true
	}
	return false
}

// voicedVerb reports verbs that put a feeling or a scorn into words, whose
// object in marks is what the subject said ("expressed her “strong
// emotion”", "expressing his “shock and dismay”", "deriding his “extreme
// environmental agenda”"). Like judgeVerb it is asked only for fragments
// of two words or more: “regret” alone is a term even then.
func voicedVerb(w string) bool {
	switch w {
	case "expressed", "expresses", "expressing", "express", "voiced", "voices", "voicing",
		"derided", "derides", "deriding", "deride":
		return true
	}
	return false
}

// gradedFragment reports whether the quoted words open with a degree
// adverb ("very serious", "quite remarkably", "relentlessly pursue"):
// someone's judgement, not a compound term ("gig economy", "quick edit").
func gradedFragment(txt []rune) bool {
	w := strings.ToLower(strings.TrimFunc(string(firstWord(txt)), notWordRune))
	switch w {
	case "very", "so", "too", "quite", "really", "extremely", "deeply", "highly", "utterly", "totally",
		"completely", "absolutely", "rather", "fairly", "pretty", "incredibly", "hugely", "truly":
		return true
	case "family", "supply", "assembly", "anomaly", "monopoly", "friendly", "elderly", "weekly", "monthly",
		"yearly", "quarterly", "orderly", "costly", "deadly", "lovely", "lonely", "likely", "unlikely",
		"timely", "butterfly", "holy", "early", "only", "daily", "rally", "ally", "italy", "july":
		return false
	}
	return len(w) >= 6 && strings.HasSuffix(w, "ly")
}

// usedUnquoted reports whether the words of the short quotation reg occur
// elsewhere in the text, word-bounded, outside this quotation: the writer's
// own term.
func (f *finder) usedUnquoted(reg region) bool {
	lo, hi, n := f.quotedWords(reg)
	if n < 4 {
		return false
	}
	w := f.lower[lo:hi]
	for i := 0; ; {
		j := strings.Index(f.lower[i:], w)
		if j < 0 {
			return false
		}
		j += i
		i = j + 1
		if j == lo {
			continue
		}
		if q := f.quotationAt(j); q >= 0 {
			// quoted before as a term: "were on “atypical contracts”"
			g := f.regs[q]
			if g.stop <= reg.start && f.qs[q].tok >= 0 && !f.qs[q].accepted && int(f.off[g.start]) <= j && j+len(w) <= int(f.off[g.stop]) &&
				strings.TrimFunc(f.lower[f.off[g.start]:f.off[g.stop]], notWordRune) == w {
				return true
			}
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(f.lower[:j])
		after, _ := utf8.DecodeRuneInString(f.lower[j+len(w):])
		if j > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) {
			continue
		}
		if j+len(w) < len(f.lower) && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
			continue
		}
		return true
	}
}

// quotationAt returns the quotation region holding byte offset b of the
// text, marks included, or -1.
func (f *finder) quotationAt(b int) int {
	r, _ := slices.BinarySearch(f.off, int32(b)) // the rune at byte b
	i, found := slices.BinarySearchFunc(f.regs, r, func(g region, r int) int {
		switch {
		case g.end <= r:
			return -1
		case g.open > r:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}
