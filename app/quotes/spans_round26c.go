package quotes

import "strings"

// selfDescriber returns who calls themselves what the fragment at k says
// after "self-described", "self-proclaimed" or "self-styled" ("wrote
// self-described “internet loudmouth” Jeff Tiedrich", "Ann Vole, a
// self-described “paleo-libertarian,”"): the person named right after the
// fragment, else the one the appositive holding it follows. The words are
// that person's description of themselves, so theirs (the call/describe
// exception of the gold conventions). A fragment in title case ("the
// self-styled “ScoMo Express”") is a name, and gives -1, as does one with
// no person beside it.
func (f *finder) selfDescriber(s sentence, k int, c content, mm mentionMap) int {
	if c.titleLike || k-1 < s.a || f.toks[k-1].k != tWord {
		return -1
	}
	if !selfWord(f.toks[k-1].lower) {
		return -1
	}
	person := func(m *mention) int {
		if m == nil || m.poss || (m.kind != mPerson && m.kind != mUnknown) {
			return -1
		}
		if m.ent < 0 {
			m.kind = mPerson
			f.resolveMention(m)
		}
		if m.ent >= 0 && f.ents[m.ent].kind == ePerson {
			return m.ent
		}
		return -1
	}
	if m := mm.at(k + 1); m != nil && m.a == k+1 {
		return person(m)
	}
	// "Ann Vole, a self-described “…”"
	j := k - 2
	if j >= s.a && f.toks[j].k == tWord && f.toks[j].is(cDet) {
		j--
	}
	if !f.isPunct(j, ",") {
		return -1
	}
	if m := mm.at(j - 1); m != nil && m.b == j {
		return person(m)
	}
	return -1
}

// relativeCalls reports a relative clause with a noun phrase for its
// subject right before the call verb at i ("the fediverse, which some
// savvy tooters call “the Fedi”", "the ad (that many have called “tone
// deaf”)"): their word for the thing the clause is about, as "which he
// calls" is (whichCalls). The subject is up to four words, none a verb's
// auxiliary or a preposition ("which is called" is passive: a name), and
// a perfect's "have" may stand before the verb.
func (f *finder) relativeCalls(s sentence, i int) bool {
	j := i - 1
	if j >= s.a && f.toks[j].k == tWord {
		switch f.toks[j].lower {
		case "have", "has", "had":
			j--
		}
	}
	n := 0
	for ; j >= s.a && n < 5 && f.toks[j].k == tWord; j-- {
		t := &f.toks[j]
		if t.lower == "which" || t.lower == "that" {
			break
		}
		if t.is(cStopNP|cPrep|cSkip) && !anonWord(t.lower) {
			return false
		}
		if _, v := t.verb(); v && !t.cap {
			return false
		}
		n++
	}
	if n == 0 || n > 4 || j < s.a || f.toks[j].k != tWord {
		return false
	}
	return f.toks[j].lower == "which" || f.toks[j].lower == "that"
}

// relativeQuantifier returns the group a bare quantifier stands for when
// it is the whole subject of a relative clause of calling ("the ad (that
// many have called “tone deaf”)"), or -1: the part of the public that
// calls it so speaks as "many", as a quantifier opening its sentence
// does ("Many chanted “…”"), not as an unnamed source.
func (f *finder) relativeQuantifier(s sentence, v int) int {
	if !f.relativeCalls(s, v) {
		return -1
	}
	j := v - 1
	switch f.toks[j].lower {
	case "have", "has", "had":
		j--
	}
	if j-1 < s.a || !bareQuantifier(f.toks[j].lower) {
		return -1
	}
	if r := f.toks[j-1].lower; r != "which" && r != "that" {
		return -1
	}
	return f.entityByName(f.spanPhrase(j, j+1), eGroup, f.toks[j].s)
}

// selfWord reports the participles by which someone is described in
// their own words ("self-described", "self-styled").
func selfWord(w string) bool {
	switch w {
	case "self-described", "self-proclaimed", "self-styled", "self-declared", "self-professed":
		return true
	}
	return false
}

// selfDescribedAt reports "self-described “…”" at token i, a quotation
// right after the participle: a part of the noun phrase it opens, so a
// phrase naming a speaker goes on past it ("wrote self-described
// “internet loudmouth” Jeff Tiedrich").
func (f *finder) selfDescribedAt(i int) bool {
	return i+2 < len(f.toks) && f.toks[i].k == tWord && selfWord(f.toks[i].lower) && f.toks[i+1].k == tQuote &&
		f.toks[i+2].k == tWord && f.toks[i+2].cap
}

// titleModifier reports a quotation in title case, with no punctuation of
// its own, that opens the noun phrase of the clause of speech after it
// ("“Sesame Street” producers have said they…"): the title of a work
// modifying a plain noun, not words the producers said.
func (f *finder) titleModifier(k int, c content, post *attrib) bool {
	if post == nil || !c.titleLike || c.punctEnd || post.npA != k+1 || post.head <= k {
		return false
	}
	t := &f.toks[k+1]
	return t.k == tWord && !t.cap && !t.is(cFunction|cDet) && !isPronoun(t.lower)
}

// namingColon reports a quotation after a colon that closes a noun for a
// title or motto ("a story with the headline: “How a Baker…”", "its
// slogan: “…”"): the words the noun names, as with a comma (“its
// tagline, “…””), not speech.
func (f *finder) namingColon(s sentence, k int) bool {
	if k-2 < s.a || !f.isPunct(k-1, ":") || f.toks[k-2].k != tWord {
		return false
	}
	switch f.toks[k-2].lower {
	case "headline", "title", "caption", "tagline", "slogan", "motto", "hashtag", "subhead", "strapline":
		return true
	}
	return false
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

// describedAfar returns the token of a verb of describing whose object,
// too long or too broken for characterisedBy, ends in "as" right before
// the fragment at token k, or -1: an appositive between the object and
// "as" ("described Anna Vole, an actress who married a prince, as
// “nasty”"), a quotation or a relative clause inside it ("described the
// perpetrator of a “brutal” attack that left a soldier dead as a
// “terrorist”"), or "referred to" with its own subject ("a man the Prime
// Minister referred to as an “ISIL-inspired terrorist.”"; "systems
// referred to as “telematics”" is a name). The object holds words, commas
// and quotations only, no other "as" and no verb that takes "as" itself
// ("seen as", "served as"); a passive verb needs its agent after the
// fragment.
func (f *finder) describedAfar(s sentence, k int) int {
	j := k - 1
	if j >= s.a && f.toks[j].k == tWord && f.toks[j].is(cDet) {
		j--
	}
	if j-2 < s.a || f.toks[j].k != tWord || f.toks[j].lower != "as" {
		return -1
	}
	for i, n := j-1, 0; i > s.a && n < 24; i, n = i-1, n+1 {
		t := &f.toks[i]
		if t.k == tQuote || f.isPunct(i, ",") {
			continue
		}
		if t.k != tWord || t.lower == "as" || asVerb(t.lower) {
			return -1
		}
		if !describeVerb(t.lower) {
			continue
		}
		if passiveBe(word2(f, i-1, s), word2(f, i-2, s)) && !f.byAfter(s, k) {
			return -1
		}
		if strings.HasSuffix(t.lower, "ion") {
			return -1 // ("the president's characterization of … as": a noun's owner is no subject)
		}
		if strings.HasPrefix(t.lower, "refer") {
			// ("the Prime Minister referred to as an “…”": a subject of
			// its own, and a noun phrase, not a bare name: "who he refers
			// to as “Team LH”")
			if p := &f.toks[i-1]; j-i > 2 || j == k-1 || p.k != tWord || !(p.cap && i-1 > s.a || p.is(cRole|cTitle) || isPronoun(p.lower) && !objectPronoun(p.lower)) {
				return -1
			}
		}
		return i
	}
	return -1
}

// asVerb reports verbs that take "as" for a role or a view of their own
// ("was seen as", "served as", "is known as"): an "as" after their object
// is theirs, not a verb of describing's further back.
func asVerb(w string) bool {
	switch w {
	case "see", "sees", "saw", "seen", "seeing", "view", "views", "viewed", "regard", "regards", "regarded",
		"treat", "treats", "treated", "consider", "considers", "considered", "known", "serve", "serves", "served",
		"serving", "act", "acts", "acted", "acting", "work", "works", "worked", "working",
		"use", "uses", "used", "using", "appointed", "elected", "named", "emerged", "remain", "remains",
		"remained", "began", "start", "started", "hired", "returned", "cast", "chose", "chosen",
		"picked", "selected", "joined", "established", "installed", "confirmed", "listed", "ranked",
		"portrayed", "played", "plays", "stepped", "resigned", "such", "same", "so":
		return true
	}
	return false
}
