package quotes

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
