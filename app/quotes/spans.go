package quotes

import (
	"strings"
	"unicode"
)

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

// calledAfar returns the token of a verb of calling whose long object ends
// right before the quoted fragment at token k ("called the disorder
// following the attack at a club, in Leeds, “terrible”", "called Lund’s
// criticisms of the defence budget “fatuous”"), or -1. The object holds
// words and commas only, no clause word (cStopNP), no "to"/"for" and no
// other quotation; "called for", "called on" are no calling.
func (f *finder) calledAfar(s sentence, k int) int {
	j := k - 1
	if j >= s.a && f.toks[j].k == tWord && f.toks[j].is(cDet) {
		j--
	} else if nx := k + 1; nx < s.b && f.toks[nx].k == tWord && !f.toks[nx].is(cStopNP) && !f.toks[nx].is(cPrep) {
		return -1 // "called the office from a hotel in “downtown” Lima"
	}
	for i, n := j, 0; i > s.a && n < 20; i, n = i-1, n+1 {
		t := &f.toks[i]
		if t.k == tPunct && t.w == "," {
			continue
		}
		if t.k != tWord || t.is(cStopNP) || t.lower == "to" || t.lower == "for" {
			return -1
		}
		if callVerb(f.toks[i-1].lower) && f.toks[i-1].k == tWord {
			if i > j-1 || t.is(cPrep) || t.lower == "off" || t.lower == "up" || t.lower == "out" || t.lower == "back" {
				return -1 // "called the “…”" is a name; "called on …"
			}
			return i - 1
		}
	}
	return -1
}

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

// calledNoun reports whether the naming noun at token j ("book", "film")
// is the object of a verb of calling right before it ("calling the book
// “a bigoted assault”", "described the film as “raunchy”"): what follows
// is what someone called it, not its title.
func (f *finder) calledNoun(s sentence, j int) bool {
	as := f.isWordAt(j+1, s, "as")
	if !as && (callVerb(f.toks[j].lower) || f.toks[j].is(cVerb)) {
		return false // "a group called “…”"
	}
	// the verb, then a determiner or up to two modifiers ("described
	// the phone call as “constructive”")
	for i := j - 1; i >= s.a && i >= j-3; i-- {
		t := &f.toks[i]
		if t.k != tWord {
			return false
		}
		if i < j-1 && (callVerb(t.lower) || (as && describeVerb(t.lower))) {
			return true
		}
		if t.cap && !t.first {
			return false
		}
	}
	return false
}

// crossReference reports whether the quotation token k is the title a
// bracketed pointer sends the reader to ("(see ‘Brazil yo-yos on
// deforestation’)", "(read “…”)"): a title, not speech.
func (f *finder) crossReference(k int) bool {
	j := k - 1
	if j >= 0 && f.toks[j].k == tWord && f.toks[j].lower == "also" {
		j--
	}
	if j < 1 || f.toks[j].k != tWord {
		return false
	}
	switch f.toks[j].lower {
	case "see", "read", "watch", "listen":
		return f.isPunct(j-1, "(")
	}
	return false
}

// indefiniteNamer reports whether the clause a is an indefinite noun
// phrase and its verb of naming ("A Facebook group called ‘…’", "a
// campaign dubbed “…”"): the quotation names the group, it is not what
// the group said.
func (f *finder) indefiniteNamer(a *attrib) bool {
	if a.npA < 0 || a.npB != a.verb || f.toks[a.npA].k != tWord {
		return false
	}
	switch f.toks[a.npA].lower {
	case "a", "an", "another":
		return true
	}
	return false
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

// mediaNoun reports the naming nouns of works whose titles are written in
// title case ("the film “…”"), unlike slogans and phrases.
func mediaNoun(w string) bool {
	switch w {
	case "book", "books", "video", "videos", "podcast", "poem", "musical", "opera", "exhibition", "film", "films",
		"movie", "song", "album", "novel", "documentary", "series", "show", "programme", "program", "episode",
		"chapter", "operation", "campaign", "exercise", "doctrine":
		return true
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
