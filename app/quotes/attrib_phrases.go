package quotes

// Phrases around a speaker that change who it is: a group's of-phrase, a
// preposition's object before "that", a campaign's texts, a subordinate
// clause before a pronoun, and "per" a source.

// collectiveOf returns the last word of a described group's of-phrase ("a
// group of independent experts", "a team of doctors"): the group is named
// with what it is a group of; a later preposition ("… at the hospital")
// stays the affiliation; "the group of …" is the group met before.
// Otherwise it returns head.
func (f *finder) collectiveOf(npA, head, npB int) int {
	t := &f.toks[head]
	if w := f.toks[npA].lower; w == "the" || w == "this" || w == "that" {
		return head // "the group of …" refers back to the group
	}
	if t.cap || !collective(t.lower) || head+2 >= npB || f.toks[head+1].lower != "of" {
		return head
	}
	end := head
	for k := head + 2; k < npB; k++ {
		u := &f.toks[k]
		if u.k != tWord || u.poss || (u.is(cPrep) && !u.cap) || u.is(cDet) {
			break
		}
		end = k
	}
	if end == head {
		return head
	}
	return end
}

// prepObject reports whether the noun phrase starting at token a is the
// object of a preposition other than "of" ("said at a hearing last week
// that … but added"): a "that" after such a phrase opens what was said,
// no relative clause of a speaker ("met by protesters who vowed" is one).
func (f *finder) prepObject(s sentence, a int) bool {
	if a-1 <= s.a {
		return false
	}
	t := &f.toks[a-1]
	return t.k == tWord && t.is(cPrep) && !t.cap && t.lower != "of"
}

// campaignOf returns the body a person's name before "campaign" or
// "administration" names inside a document's phrase ("an Ostrow campaign
// release"): the text is the body's, "Ostrow campaign", not the person's.
// It returns -1 otherwise.
func (f *finder) campaignOf(m *mention, head int) int {
	if m.kind != mPerson || m.b >= head {
		return -1
	}
	t := &f.toks[m.b]
	if t.k != tWord || t.cap || (t.lower != "campaign" && t.lower != "administration") {
		return -1
	}
	return f.orgEntity(f.spanPhrase(m.ca, m.b+1), f.toks[m.a].s)
}

// subordinateBefore reports whether the name at rune offset at is the
// subject of a subordinate clause ("As Prasad played down the boos, she
// added") in the sentence of the pronoun at rune offset pron.
func (f *finder) subordinateBefore(at, pron int) bool {
	k := f.tokAt(at)
	if k <= 0 || !subordinator(f.toks[k-1].lower) || f.toks[k-1].k != tWord {
		return false
	}
	for j := k; j < len(f.toks) && f.toks[j].s < pron; j++ {
		if f.toks[j].k == tBreak || f.toks[j].k == tQuote || f.isPunct(j, ".?!") {
			return false
		}
	}
	return true
}

// frontedSubordinate reports whether the name at rune offset at is in a
// subordinate clause that opens its sentence: "As Ramdan played down the
// boos, she added", "While making clear the team won't overrate Willis,
// Tomlin says".
func (f *finder) frontedSubordinate(at int) bool {
	k := f.tokAt(at)
	if k <= 0 {
		return false
	}
	// back to the sentence's start with no comma between: the clause
	// the name is in opens the sentence ("While making clear the team
	// won't overrate Willis…, Tomlin says")
	j := k - 1
	for n := 0; j >= 0 && n < 40; j, n = j-1, n+1 {
		t := &f.toks[j]
		if t.k == tBreak || t.k == tQuote || f.isPunct(j, ".?!") {
			break
		}
		if f.isPunct(j, ",;:") {
			return false
		}
	}
	o := j + 1
	return o < k && f.toks[o].k == tWord && f.toks[o].cap && subordinator(f.toks[o].lower)
}

// perSource returns the source after "per" at token k ("…” in Thursday's
// call, per the readout", "per a Marland Palace readout", "per Reuters"):
// a text or a named organisation or person, as after "according to"; a
// unit ("per cent", "per share") is none.
func (f *finder) perSource(s sentence, k int, mm mentionMap) (int, int, int, string, bool) {
	t := &f.toks[k]
	if t.lower != "per" || t.cap || k+1 >= s.b || f.toks[k+1].k != tWord {
		return 0, 0, 0, "", false
	}
	a, b, h, ap, ok := f.rightNP(s, k+1, mm, false)
	if !ok {
		return 0, 0, 0, "", false
	}
	if m := mm.at(h); m != nil && m.b == h+1 && (m.kind == mOrg || m.kind == mPerson) {
		return a, b, h, ap, true
	}
	if ht := &f.toks[h]; !ht.cap && textDoc(ht.lower) && f.toks[a].is(cDet) {
		return a, b, h, ap, true
	}
	return 0, 0, 0, "", false
}

// quotedTitleRole returns where a clause starts whose subject phrase at
// token a follows a quoted title in title case ("“The Nanny” star Fran
// Dresko told"), reaching back over roles joined by "and" before it
// ("guild President and “The Nanny” star"), or a when there is none.
func (f *finder) quotedTitleRole(s sentence, a int) int {
	q := a - 1
	if q-1 <= s.a || f.toks[q].k != tQuote || f.toks[q].q < 0 || f.toks[q].q >= len(f.regs) || f.toks[a].k != tWord || f.toks[a].cap {
		return a
	}
	if c := f.analyse(f.regs[f.toks[q].q]); !c.titleLike || c.words > 5 {
		return a
	}
	// (the title follows a word of the clause, not the quotation the
	// clause reports)
	if f.toks[q-1].k != tWord {
		return a
	}
	if cs := f.rolesBefore(s, q); cs < q {
		return cs
	}
	return a
}

// nominalWh reports the words that open a clause used as a noun ("What
// Paige was doing was…", "How Smith handled it matters").
func nominalWh(w string) bool {
	switch w {
	case "what", "how", "why", "whether":
		return true
	}
	return false
}

// whClauseBefore reports whether the name at rune offset at follows a word
// opening a clause used as a noun ("What Paige was doing was…") in the
// sentence of the pronoun at rune offset pron.
func (f *finder) whClauseBefore(at, pron int) bool {
	k := f.tokAt(at)
	if k <= 0 || f.toks[k-1].k != tWord || !nominalWh(f.toks[k-1].lower) {
		return false
	}
	for j := k; j < len(f.toks) && f.toks[j].s < pron; j++ {
		if f.toks[j].k == tBreak || f.isPunct(j, ".?!") {
			return false
		}
	}
	return true
}

// forGerundSpeaker returns the name right before "for" and the participle
// of speech at token k ("praised Nina Hale for calling…", "criticised Mayor
// Tom Ruddle for describing…"): the one praised or blamed for words said
// them. It returns nil otherwise.
func (f *finder) forGerundSpeaker(s sentence, k int, mm mentionMap) *mention {
	if k-2 <= s.a || f.toks[k-1].lower != "for" || f.toks[k-1].cap {
		return nil
	}
	// ("in the wake of Raj Vettan's three-Test ban for calling Owen Pike a
	// “clown”": the owner of what was imposed for the words)
	for j := k - 2; j > s.a && j >= k-4; j-- {
		t := &f.toks[j]
		if t.k != tWord || t.cap || t.is(cFunction|cPrep|cDet) {
			break
		}
		if o := mm.at(j - 1); o != nil && o.b == j && o.poss && o.kind == mPerson {
			return o
		}
	}
	m := mm.at(k - 2)
	if m == nil || m.b != k-1 || m.poss || (m.kind != mPerson && m.kind != mUnknown && m.kind != mOrg) || m.a <= s.a {
		return nil
	}
	// (the name is the object of a verb: "praised X for")
	if p := &f.toks[m.a-1]; p.k != tWord || p.cap || p.is(cPrep|cDet) {
		return nil
	}
	return m
}

// predeterminer reports "all" or "both" at token a before a number or a
// noun of the phrase ending before end ("all 21 Freedom Caucus members
// demanded"): part of the described source.
func (f *finder) predeterminer(a, end int) bool {
	if w := f.toks[a].lower; w != "all" && w != "both" || a+2 >= end {
		return false
	}
	n := &f.toks[a+1]
	return n.k == tWord && (isNumber(n.w) || numberWord(n.lower) || n.cap && !n.is(cFunction))
}

// replyFrom returns the described source a sentence ends with after a noun
// of speech and "from" ("I got an email reply from an Orbis
// representative."): a determiner, up to three modifiers and a person
// noun closing the sentence. ok is false otherwise.
func (f *finder) replyFrom(s sentence) (int, int, int, bool) {
	e := s.b - 1
	for e > s.a && f.toks[e].k == tPunct {
		e--
	}
	h := e
	if h-2 <= s.a || f.toks[h].k != tWord || f.toks[h].cap || !f.personishHead(f.toks[h].lower) || sourceNoun(f.toks[h].lower) && !spokesNoun(f.toks[h].lower) && f.toks[h].lower != "representative" && f.toks[h].lower != "official" {
		return 0, 0, 0, false
	}
	a := h - 1
	for a > s.a && a >= h-4 && !f.toks[a].is(cDet) {
		if t := &f.toks[a]; t.k != tWord || t.is(cPrep|cFunction) {
			return 0, 0, 0, false
		}
		a--
	}
	if a <= s.a+1 || !f.toks[a].is(cDet) || f.toks[a-1].lower != "from" {
		return 0, 0, 0, false
	}
	if w := f.toks[a-2].lower; !speechNoun(w) && w != "email" && w != "e-mail" && w != "statement" {
		return 0, 0, 0, false
	}
	return a, h + 1, h, true
}
