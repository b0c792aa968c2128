package quotes

import "strings"

// What someone calls, describes, compares or brands a thing as: the verbs
// of characterising (called the result "historic", described the deal as
// "lopsided"), with their object far off, in the passive, after "which he
// calls" or "self-described", and who their subject is.

// characterisedBy returns the token of a verb that characterises the
// fragment at token k by naming it, or -1: "called the result “historic”",
// "call the decision “ridiculous”", "spoke of a “cloud of uncertainty”",
// "warned of “turbulence”", "described the deal as “lopsided”", "compared
// the agents to “vultures”". A verb right before the marks ("a ship called
// “Sea Queen”") names a thing instead and does not count.
func (f *finder) characterisedBy(s sentence, k int) int {
	j := k - 1
	if j >= s.a && f.toks[j].k == tWord && f.toks[j].is(cDet) {
		j--
	}
	if j < s.a || f.toks[j].k != tWord {
		return -1
	}
	word := func(i int) string {
		if i < s.a || f.toks[i].k != tWord {
			return ""
		}
		return f.toks[i].lower
	}
	switch word(j) {
	case "of":
		if speakOfVerb(word(j - 1)) {
			return j - 1
		}
		return -1
	case "about":
		if talkVerb(word(j - 1)) {
			return j - 1
		}
		return -1
	case "as", "to", "with":
		prep := word(j)
		for i, n := j-1, 0; i >= s.a && n < 8; i, n = i-1, n+1 {
			w := word(i)
			if w == "" {
				break
			}
			if (prep == "as" && describeVerb(w)) || (prep != "as" && compareVerb(w)) {
				if strings.HasPrefix(w, "refer") && j-i <= 2 {
					return -1 // "systems referred to as “telematics”": a name
				}
				if prep == "as" && passiveBe(word(i-1), word(i-2)) && !f.byAfter(s, k) {
					return -1 // "the film has widely been described as “raunchy”": by no one named
				}
				return i
			}
		}
		return -1
	}
	// call-family: the verb, then its object of up to four words, or
	// five with an "of" phrase ("called fears of a bubble “…”")
	lim := 5
	for i, n := j, 0; i >= s.a && n < lim; i, n = i-1, n+1 {
		w := word(i)
		if w == "" {
			break
		}
		if callVerb(w) {
			if i == k-1 || (i == k-2 && f.toks[k-1].is(cDet)) {
				// "what he calls the “blaming and shaming”", "what the
				// institution called an “outrageous” party", "which he
				// calls “obsolete”": someone's word for it
				if f.whatBefore(s, i) || (i == k-1 && (f.whichCalls(s, i) || f.relativeCalls(s, i))) {
					return i
				}
				return -1 // "a group called “…”", "called the “…”": a name
			}
			return i
		}
		if w == "of" && lim == 5 && i < j {
			lim++
			continue
		}
		if f.toks[i].is(cStopNP) || f.toks[i].is(cPrep) {
			break
		}
	}
	return -1
}

func speakOfVerb(w string) bool {
	switch w {
	case "spoke", "speaks", "speak", "speaking", "talked", "talks", "talking", "warned", "warns",
		"warning", "wrote", "writes", "complained", "complains", "boasted", "boasts":
		return true
	}
	return false
}

func describeVerb(w string) bool {
	switch w {
	case "described", "describes", "describe", "describing", "characterised", "characterized",
		"characterises", "characterizes", "portrayed", "portrays", "hailed", "hails", "dismissed",
		"dismisses", "branded", "brands", "labelled", "labeled", "denounced", "denounces", "praised", "praises",
		"denounce", "denouncing", "identified", "identifies", "rejected", "rejects", "rejecting", "slammed",
		"slams", "blasted", "blasts", "depicted", "depicts", "portray", "portraying", "condemned", "condemns",
		"derided", "derides", "mocked", "mocks", "ridiculed", "ridicules", "criticised", "criticized",
		"criticises", "criticizes", "attacked", "attacks", "lambasted", "lambasts", "painted", "paints",
		"slam", "blast", "brand", "label", "dismiss", "condemn", "criticise", "criticize", "depict",
		"paint", "reject", "praise", "hail", "mock", "deride", "ridicule", "referred", "refers", "refer", "referring",
		"labeling", "labelling", "labels", "condemning", "characterization", "characterisation",
		"lauded", "lauds", "laud", "lauding":
		return true
	}
	return false
}

func compareVerb(w string) bool {
	switch w {
	case "compared", "compares", "compare", "comparing", "likened", "likens", "liken", "likening":
		return true
	}
	return false
}

func callVerb(w string) bool {
	switch w {
	case "called", "calls", "call", "calling", "termed", "terms", "branded", "brands", "labelled",
		"labeled", "labels", "deemed", "deems", "pronounced", "declared", "declares":
		return true
	}
	return false
}

// charSubject resolves the subject of the characterising verb at token v
// ("Lena Voss compared…", "Coach Dara Imlay went so far as to call…").
func (f *finder) charSubject(s sentence, v int, mm mentionMap) attrib {
	at := attrib{verb: v, npA: -1, npB: -1, head: -1, ent: -1, info: verbInfo{core: true}}
	// "Haffenden preferred to describe him as a “contender”": the subject
	// of the verb the infinitive completes
	if c := f.controlVerb(s, v); c >= 0 {
		v = c
	}
	if a, b, h, ap, ok := f.leftNP(s, v, at.info, mm); ok && !f.usedMeans(s, a, b, v) {
		// ("gave a speech condemning …": the speech's giver)
		if o, ok := f.objectOwner(s, a, v, mm); ok && f.participleObject(s, a, h, v) {
			return o
		}
		if !f.participleObject(s, a, h, v) {
			at.npA, at.npB, at.head, at.appos = a, b, h, ap
			f.resolveAttrib(s, &at, nil, mm)
			if at.ent >= 0 {
				return at
			}
			at = attrib{verb: v, npA: -1, npB: -1, head: -1, ent: -1}
		}
	}
	// no subject right before the verb: the sentence's subject
	f.resolveAttrib(s, &at, nil, mm)
	return at
}

// whatBefore reports whether "what" and a subject open the clause of the
// verb at j ("what the institution called", not "what has been called"
// or "what Reddit might call": no one, or no one yet, says it).
func (f *finder) whatBefore(s sentence, j int) bool {
	if f.toks[j].lower == "call" {
		return false
	}
	for p := j - 1; p >= s.a && p >= j-5; p-- {
		t := &f.toks[p]
		if t.k != tWord || t.is(cSkip) || auxiliary(t.lower) {
			return false
		}
		if t.lower == "what" {
			return p < j-1
		}
	}
	return false
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

// unnamedCharacteriser returns the token of a passive verb of calling or
// describing with no agent that governs the quotation at k ("Haiti is
// often mocked as “the Republic of NGOs”", "what is jokingly called at
// the agency headquarters “the secret meeting.”"), or -1. The words are
// someone's characterisation though the article names no one: a
// quotation without a speaker. Only "called" may have a phrase of place
// or time between verb and marks; a naming verb ("known as", "dubbed")
// gives a name instead.
func (f *finder) unnamedCharacteriser(s sentence, k int) int {
	if f.byAfter(s, k) {
		return -1
	}
	word := func(i int) string {
		if i < s.a || f.toks[i].k != tWord {
			return ""
		}
		return f.toks[i].lower
	}
	j := k - 1
	if word(j) != "" && f.toks[j].is(cDet) {
		j--
	}
	v := -1
	switch {
	case word(j) == "as":
		// ("is referred to as", "was identified as": a name or a label)
		if w := word(j - 1); describeVerb(w) && !strings.HasPrefix(w, "refer") && !strings.HasPrefix(w, "identif") {
			v = j - 1
		}
	case word(j) != "":
		// "called at the agency headquarters": a prepositional phrase of
		// up to five words after the participle
		for i, n := j, 0; i >= s.a && n < 6; i, n = i-1, n+1 {
			w := word(i)
			if w == "" {
				break
			}
			if w == "called" {
				if i+1 < k && f.toks[i+1].is(cPrep) {
					v = i
				}
				break
			}
		}
	}
	if v < 0 || !passiveBe(word(v-1), word(v-2)) {
		return -1
	}
	return v
}

// frequencyAdverb reports adverbs that stand between an auxiliary and
// its participle without ending in -ly ("is often mocked as", "has long
// been called").
func frequencyAdverb(w string) bool {
	switch w {
	case "often", "sometimes", "also", "now", "still", "even", "long", "once", "already", "since":
		return true
	}
	return false
}

// titleCharacterised reports whether a quotation in title case at k may
// still be what someone calls a thing: it follows "as" after a describing
// verb ("referred to derisively last year as “Little Rocket Man.”",
// "mocked as “the Republic of NGOs”"), where the marks hold the
// characterisation, not a work's title. "Identified as" gives a label
// ("identified as “Minor Victim 1”"), not a view.
func (f *finder) titleCharacterised(s sentence, k int) bool {
	j := k - 1
	if j >= s.a && f.toks[j].k == tWord && f.toks[j].is(cDet) {
		j--
	}
	if j < s.a || f.toks[j].k != tWord || f.toks[j].lower != "as" {
		return false
	}
	for i := j - 1; i >= s.a && i >= j-8 && f.toks[i].k == tWord; i-- {
		if w := f.toks[i].lower; describeVerb(w) {
			return !strings.HasPrefix(w, "identif")
		}
	}
	return false
}

// participleObject reports whether the noun phrase [a, h] before the
// characterising participle at v is the object of the clause's own verb
// ("Cameron gave a speech condemning the tax as “madness”", "spent the
// campaign labeling rivals as “reckless”", "in a speech condemning …"): a
// thing, not a person, after a lower-case word of the clause (a verb or a
// preposition; not a conjunction, which may open a new subject), so the
// one who characterises is the sentence's subject, not the thing.
func (f *finder) participleObject(s sentence, a, h, v int) bool {
	if !strings.HasSuffix(f.toks[v].lower, "ing") || a-1 < s.a {
		return false
	}
	p, ht := &f.toks[a-1], &f.toks[h]
	if p.k != tWord || p.cap || ht.cap || isPronoun(ht.lower) || f.personishHead(ht.lower) {
		return false
	}
	switch p.lower {
	case "and", "or", "but", "that", "which", "who":
		return false
	}
	return true
}

// objectOwner returns the clause of the name nearest before the object
// [a, …) of a characterising participle that is the subject of a verb
// ("Cameron gave a speech condemning …", "The Harris campaign still put
// out a memo over the weekend casting itself as …"): a person's or a
// body's name followed by a lower-case word that is no preposition, a
// possessive and a name inside a prepositional phrase excluded; else the
// sentence's subject. ok is false when there is none.
func (f *finder) objectOwner(s sentence, a, v int, mm mentionMap) (attrib, bool) {
	at := attrib{verb: v, npA: -1, npB: -1, head: -1, ent: -1, info: verbInfo{core: true}}
	for i := a - 1; i >= s.a; i-- {
		m := mm.at(i)
		if m == nil {
			continue
		}
		i = m.a
		if m.poss || (m.kind != mPerson && m.kind != mOrg) || m.b >= a {
			continue
		}
		n := m.b
		for n < a && f.toks[n].k == tWord && f.toks[n].is(cSkip) {
			n++
		}
		t := &f.toks[n]
		if n >= a || t.k != tWord || t.cap || t.is(cPrep|cDet|cStopNP) {
			continue
		}
		at.npA, at.npB, at.head = m.a, m.b, m.b-1
		// (the name inside the sentence's subject: "The Harris campaign")
		if sa, sb, h, ok := f.subjectNP(s, mm); ok && sa <= m.a && m.b <= sb && sb <= a {
			at.npA, at.npB, at.head = sa, sb, h
		}
		f.resolveAttrib(s, &at, nil, mm)
		return at, at.ent >= 0
	}
	if sa, sb, h, ok := f.subjectNP(s, mm); ok && sb <= a {
		at.npA, at.npB, at.head = sa, sb, h
		f.resolveAttrib(s, &at, nil, mm)
		return at, at.ent >= 0
	}
	return at, false
}

// calledPredicate reports whether the quotation at k is the predicate of
// a call verb that has its own object ("called the housing agency a
// “patronage program”"): the speaker characterises a thing already
// named, rather than naming a product or scheme ("what it calls a “family
// plan”", where the article alone stands between verb and mark).
func (f *finder) calledPredicate(s sentence, k, cv int) bool {
	if cv+2 >= k || k-1 < s.a {
		return false
	}
	d := f.toks[k-1].lower
	if d != "a" && d != "an" {
		return false
	}
	for i := cv + 1; i < k-1; i++ {
		if f.toks[i].k != tWord {
			return false
		}
	}
	return true
}

// whichCalls reports "which he calls", "that she called" right before the
// call verb at i: someone's word for the thing the relative clause is
// about ("the alliance, which he calls “obsolete.”"), as "what he calls"
// is.
func (f *finder) whichCalls(s sentence, i int) bool {
	if i-2 < s.a {
		return false
	}
	switch f.toks[i-1].lower {
	case "he", "she", "they":
	default:
		return false
	}
	r := f.toks[i-2].lower
	return r == "which" || r == "that"
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

// passiveAgent returns the noun phrase after "by" when the characterising
// verb at v is a passive participle with its agent ("had been described by
// homelessness charity Roofline as", "was branded by the Harbour Chamber
// as"). ok is false otherwise.
func (f *finder) passiveAgent(s sentence, v int, mm mentionMap) (int, int, int, string, bool) {
	if v+2 >= s.b || v-1 < s.a || !isParticipleEd(&f.toks[v]) || f.toks[v+1].lower != "by" {
		return 0, 0, 0, "", false
	}
	if w := f.toks[v-1].lower; !beForm(w) && w != "been" && w != "being" {
		return 0, 0, 0, "", false
	}
	a, b, h, ap, ok := f.rightNP(s, v+2, mm, false)
	if !ok || b >= s.b || f.toks[b].lower != "as" {
		return 0, 0, 0, "", false
	}
	return a, b, h, ap, true
}

// agentAfter resolves the agent of the passive characterising verb at v
// named after the fragment at k ("was described as “heroic” by Chief X").
func (f *finder) agentAfter(s sentence, v, k int, mm mentionMap) attrib {
	at := attrib{verb: v, npA: -1, npB: -1, head: -1, ent: -1, info: verbInfo{core: true}}
	if v-1 < s.a || !passiveBe(f.toks[v-1].lower, word2(f, v-2, s)) {
		return at
	}
	if a, b, h, ap, ok := f.rightNP(s, k+2, mm, false); ok {
		at.npA, at.npB, at.head, at.appos = a, b, h, ap
		f.resolveAttrib(s, &at, nil, mm)
		return at
	}
	// ("by a Lords inquiry": a described body, not otherwise a speaker's
	// phrase, still says it here)
	a := k + 2
	if !f.toks[a].is(cDet) {
		return at
	}
	e := a + 1
	for e < s.b && e < a+5 && f.toks[e].k == tWord && !f.toks[e].is(cPrep|cFunction) {
		if _, v := f.toks[e].verb(); v {
			break
		}
		e++
	}
	if h := e - 1; h > a && !f.toks[h].cap && (e == s.b || f.toks[e].k != tWord) {
		at.npA, at.npB, at.head = a, e, h
		at.ent, at.affil = f.resolveNP(a, e, h, "", mm)
	}
	return at
}

// byAfter reports whether "by" follows the fragment at token k.
func (f *finder) byAfter(s sentence, k int) bool {
	return k+2 < s.b && f.toks[k+1].k == tWord && f.toks[k+1].lower == "by"
}

// genericInfinitive reports whether the characterising verb at v is an
// infinitive completing a noun with an article ("a tendency to describe",
// "the temptation to call"): people at large call it that, no speaker.
func (f *finder) genericInfinitive(s sentence, v int) bool {
	if v-3 < s.a || f.toks[v-1].lower != "to" {
		return false
	}
	n, d := &f.toks[v-2], &f.toks[v-3]
	if n.k != tWord || n.cap || n.is(cFunction|cPrep|cRole) || d.k != tWord || !(d.lower == "a" || d.lower == "an" || d.lower == "the") {
		return false
	}
	if _, vb := n.verb(); vb {
		return false
	}
	return !f.personishHead(n.lower)
}

// describedAsBefore returns the verb of describing whose "as" phrase
// holds the quotation at token k further in ("referred to the measure as
// the tax hike on the ballot that “…”"), within the writer's clause, or
// -1.
func (f *finder) describedAsBefore(s sentence, k int) int {
	as := -1
	for i := k - 1; i >= s.a && i > k-20; i-- {
		t := &f.toks[i]
		if t.k == tQuote || t.k == tBreak || f.isPunct(i, ";:.?!") {
			return -1
		}
		if t.k != tWord || t.cap {
			continue
		}
		if as < 0 && t.lower == "as" {
			as = i
			continue
		}
		if as >= 0 && describeVerb(t.lower) && as-i <= 6 {
			return i
		}
	}
	return -1
}
