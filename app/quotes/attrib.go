package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Reporting clauses: the verbs of speech of a sentence and their speaker
// phrases (findAttribs, leftNP before the verb, rightNP after it,
// subjectNP), and who a clause's phrase names (resolveAttrib,
// resolveNP).

// attrib is one reporting clause of a sentence: a reporting verb (or
// "according to") and its speaker noun phrase.
type attrib struct {
	verb     int // token index of the verb, or of "according"
	npA, npB int // speaker noun phrase tokens [npA, npB); npA < 0 when implicit
	head     int // head token of the phrase; later tokens post-modify it
	appos    string
	info     verbInfo
	ent      int    // resolved speaker entity, -1 when unknown
	affil    string // affiliation given by this clause
	key      int    // processing order: last token of verb and noun phrase
	anon     bool   // an unnamed source ("One described…"): speaker unknown
	cs       int    // first token of the clause when a phrase precedes the name
	coord    bool   // a verb coordinated with an earlier clause's ("said … and intimated")
}

// first and lastTok return the token extent of the clause.
func (a *attrib) first() int {
	if a.cs > 0 && a.cs < a.npA {
		return a.cs
	}
	if a.npA >= 0 && a.npA < a.verb {
		return a.npA
	}
	return a.verb
}

func (a *attrib) lastTok() int {
	if a.npB-1 > a.verb {
		return a.npB - 1
	}
	return a.verb
}

// validHead reports whether a word can head a speaker noun phrase.
func (f *finder) validHead(t *token) bool {
	if t.k != tWord {
		return false
	}
	lw := t.lower
	if isPronoun(lw) {
		return true
	}
	if t.cap {
		return !t.is(cFunction) && (!t.is(cNonName) || f.findByPart(lw, nil, -1) >= 0)
	}
	// ("The church has responded …, calling": an institution)
	if t.is(cRole|cDoc) || institution(lw) {
		return true
	}
	// ("acebush1 posted": a user name)
	if handleWord(lw) {
		return true
	}
	// ("UPS corporate communications said": a press department)
	if lw == "communications" {
		return true
	}
	// ("Hadvar's uncle", "the widow"): a relative
	if ownedKin(lw) {
		return true
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "er", "or", "ist", "ian"} {
		if strings.HasSuffix(lw, suf) && utf8.RuneCountInString(lw) > len(suf)+3 {
			return true
		}
	}
	return false
}

func (f *finder) isAdverb(t *token) bool {
	if t.k != tWord || t.cap {
		return false
	}
	return t.is(cSkip) || (strings.HasSuffix(t.lower, "ly") && len(t.lower) > 4 && !t.is(cRole))
}

func (f *finder) isPunct(k int, chars string) bool {
	return k >= 0 && k < len(f.toks) && f.toks[k].k == tPunct && strings.Contains(chars, f.toks[k].w)
}

// isRoleOrDoc reports nouns that take post-modifiers in speaker phrases
// ("a spokesman for the ministry", "the communiqué issued by"; capitalised
// only at the start of a sentence: "Officials at the authority").
func (f *finder) isRoleOrDoc(k int) bool {
	if k < 0 || k >= len(f.toks) || f.toks[k].k != tWord || (f.toks[k].cap && !f.toks[k].first) {
		return false
	}
	return f.toks[k].is(cRole|cDoc) || occupationNoun(f.toks[k].lower)
}

// occupationNoun reports nouns of a learned occupation by their ending
// ("epidemiologist", "physicists", "statisticians"), which the lexicon
// cannot list.
func occupationNoun(w string) bool {
	for _, suf := range []string{"logist", "logists", "icist", "icists", "ician", "icians"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// postAdjective reports adjectives that take a prepositional complement
// inside a source phrase: "people familiar with the matter", "a source
// close to the negotiators".
func postAdjective(w string) bool {
	switch w {
	case "familiar", "close", "knowledgeable", "briefed", "involved", "privy", "speaking":
		return true
	}
	return false
}

// modifierEd reports a participle that can post-modify a role or document
// noun ("the communiqué issued by"); a reporting verb is the verb of its
// own clause there ("the ministry answered with a statement").
func (f *finder) modifierEd(k int) bool {
	t := &f.toks[k]
	if v, ok := t.verb(); ok && !v.participle {
		return false
	}
	return isParticipleEd(t)
}

func isParticipleEd(t *token) bool {
	return t.k == tWord && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// apposStarter reports words that open an appositive after a name.
func (f *finder) apposStarter(t *token) bool {
	if t.k != tWord {
		return false
	}
	lw := t.lower
	return t.is(cDet) || lw == "who" || lw == "whose" || lw == "which" || lw == "of" || lw == "former" || lw == "one" || lw == "then" ||
		(t.is(cRole) && !t.cap) || (t.is(cTitle) && !t.cap) || !t.cap && f.prefixedRole(lw)
}

// apposStartAt reports whether token k opens an appositive after a name:
// an apposStarter, or one or two lower-case modifiers before a role noun
// ("Charles King, principal analyst at Pund-IT, said").
func (f *finder) apposStartAt(k int) bool {
	if f.apposStarter(&f.toks[k]) {
		return true
	}
	t := &f.toks[k]
	if t.k != tWord || t.cap || t.is(cFunction|cStopNP) || k+1 >= len(f.toks) {
		return false
	}
	if _, ok := t.verb(); ok {
		return false
	}
	// ("Ana Roe, senior policy adviser at Oxfam, told": two modifiers)
	for n := k + 1; n < len(f.toks) && n <= k+2; n++ {
		t := &f.toks[n]
		if t.k != tWord || t.cap {
			return false
		}
		if t.is(cRole) {
			return true
		}
		if _, ok := t.verb(); ok || t.is(cFunction|cStopNP) {
			return false
		}
	}
	return false
}

// prefixedRole reports a role with a prefix of shared or former office
// ("co-director", "ex-president", "vice-chair").
func (f *finder) prefixedRole(lw string) bool {
	for _, pre := range []string{"co-", "ex-", "vice-"} {
		if r, ok := strings.CutPrefix(lw, pre); ok {
			return f.lx.is(r, cRole|cTitle)
		}
	}
	return false
}

// mentionMap maps each token of the sentence inside a mention to the
// mention's index.
type mentionMap struct {
	base int
	idx  []int
	ms   []mention
}

func (f *finder) newMentionMap(s sentence, ms []mention) mentionMap {
	f.mmIdx = slices.Grow(f.mmIdx[:0], s.b-s.a)[:s.b-s.a]
	mm := mentionMap{base: s.a, idx: f.mmIdx, ms: ms}
	for i := range mm.idx {
		mm.idx[i] = -1
	}
	for i, m := range ms {
		for k := m.a; k < m.b; k++ {
			if k-s.a >= 0 && k-s.a < len(mm.idx) {
				mm.idx[k-s.a] = i
			}
		}
	}
	return mm
}

func (mm mentionMap) at(k int) *mention {
	if k-mm.base < 0 || k-mm.base >= len(mm.idx) || mm.idx[k-mm.base] < 0 {
		return nil
	}
	return &mm.ms[mm.idx[k-mm.base]]
}

// findAttribs returns the reporting clauses of sentence s in text order.
func (f *finder) findAttribs(s sentence, mm mentionMap) []attrib {
	out := f.ats[:0] // the previous sentence's clauses are done with
	for k := s.a; k < s.b; k++ {
		t := &f.toks[k]
		if t.k != tWord {
			continue
		}
		// "according to X", "in the words of X"
		if (t.lower == "according" && k+1 < s.b && f.toks[k+1].lower == "to") ||
			(t.lower == "words" && k-1 > s.a && f.toks[k-1].lower == "the" && f.toks[k-2].lower == "in" && k+1 < s.b && f.toks[k+1].lower == "of") {
			if a, b, h, ok := f.accordingSource(s, k, mm); ok && t.lower == "according" {
				out = append(out, attrib{verb: k, npA: a, npB: b, head: h, ent: -1, info: verbInfo{invert: true}})
				continue
			}
			if a, b, h, ap, ok := f.rightNP(s, k+2, mm, false); ok {
				at := attrib{verb: k, npA: a, npB: b, head: h, appos: ap, ent: -1, info: verbInfo{invert: true}}
				if t.lower == "words" {
					at.cs = k - 2 // “…,” in the words of X: the clause starts at "in"
				}
				out = append(out, at)
			}
			continue
		}
		// "“…”, and “…”, were the responses given by Paul Ryan": words a
		// noun of speech says someone gave
		if a, b, h, ap, cs, ok := f.speechGivenBy(s, k, mm); ok {
			out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, ent: -1, info: verbInfo{invert: true}, cs: cs})
			k = b - 1
			continue
		}
		// "…,” per the readout": per a text or a named source
		if a, b, h, ap, ok := f.perSource(s, k, mm); ok {
			out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, ent: -1, info: verbInfo{invert: true}})
			continue
		}
		// "they're like, “…”", "And I go, “…”": colloquial verbs of quoting
		// after a pronoun
		if (t.lower == "like" || t.lower == "go" || t.lower == "goes") && k-1 >= s.a && k+1 < s.b &&
			(f.toks[k+1].k == tQuote || (f.isPunct(k+1, ",:") && k+2 < s.b && f.toks[k+2].k == tQuote)) {
			if p := quotativeSubject(f.toks[k-1].lower, t.lower); p != "" {
				out = append(out, attrib{verb: k, npA: k - 1, npB: k, head: k - 1, info: verbInfo{}, ent: -1})
				continue
			}
			// "she was like, “…”"
			if t.lower == "like" && k-2 >= s.a && beForm(f.toks[k-1].lower) && isPronoun(f.toks[k-2].lower) {
				out = append(out, attrib{verb: k, npA: k - 2, npB: k - 1, head: k - 2, info: verbInfo{}, ent: -1})
				continue
			}
		}
		v, ok := t.verb()
		// "Declaring “…” at stake, the minister ordered…": a participle
		// opening the sentence is capitalised
		if t.cap && !(ok && v.participle && k == s.a) {
			continue
		}
		if ok && f.anonymityClause(s, k) {
			continue
		}
		if !ok {
			// "as X put it"
			if (t.lower == "put" || t.lower == "puts") && k+1 < s.b && f.toks[k+1].lower == "it" {
				v, ok = verbInfo{}, true
			} else if (t.lower == "went" || t.lower == "goes") && k+2 < s.b && f.toks[k+1].lower == "on" && f.toks[k+2].k != tWord && f.quoteNear(s, k) {
				// "“I am shocked,” she went on.": speech goes on (not
				// "went on to win")
				v, ok = verbInfo{invert: true}, true
			} else if f.phrasalSpeech(s, k) {
				// "“But not before that?” Gupta followed up."
				v, ok = verbInfo{}, true
			} else if t.lower == "report" && k-1 > s.a && f.toks[k-1].lower == "to" && f.quoteRightAfter(s, k) {
				// "a customer ran in to report “a problem going on”": the
				// infinitive is a verb, not the noun
				v, ok = verbInfo{}, true
			} else if (t.lower == "found" || t.lower == "finds") && k+1 < s.b && f.toks[k+1].lower == "that" {
				// "A report … found that the program was “poorly managed.”"
				v, ok = verbInfo{}, true
			} else {
				continue
			}
		}
		// "Tesori, who wrote melodies for such shows": a bare noun after
		// a verb of writing is what was written (songs, books, music), not
		// the words quoted
		if (t.lower == "wrote" || t.lower == "writes" || t.lower == "write" || t.lower == "penned") && k+1 < s.b && f.bareObject(&f.toks[k+1]) && !f.roleBeforeName(k+1, s) && !f.describedAfterQuote(s, k, mm) && !f.selfDescribedAt(k+1) {
			continue
		}
		// "disclosed the U.S. “certification of immunity”": a thing made
		// known, not words said ("…,” disclosed the paper is speech)
		// ("The FBI disclosed that …" reports a clause)
		if (t.lower == "disclosed" || t.lower == "discloses") && k+1 < s.b && (f.toks[k+1].is(cDet) && f.toks[k+1].lower != "that" || possessivePronoun(f.toks[k+1].lower) != "") && !(k > s.a && (f.toks[k-1].k == tQuote || f.isPunct(k-1, ",") && k-1 > s.a && f.toks[k-2].k == tQuote)) {
			continue
		}
		// "top diplomats from EU states will meet": a plural noun before
		// an auxiliary, not a verb of speech
		if pluralNounToo(t.lower) && k+1 < s.b && f.toks[k+1].k == tWord && auxiliary(f.toks[k+1].lower) {
			continue
		}
		// "Ostmark continued to act with impunity": going on doing
		// something, not speech
		// ("China continues pushing electric vehicles": a gerund too)
		if (t.lower == "continued" || t.lower == "continues") && k+2 < s.b && (f.toks[k+1].lower == "to" && f.toks[k+2].k == tWord || gerund(&f.toks[k+1])) {
			continue
		}
		// "asked for more time": a request, not speech
		if (t.lower == "asked" || t.lower == "asks" || t.lower == "ask") && k+1 < s.b && f.toks[k+1].lower == "for" {
			continue
		}
		// "Ford's claims", "the remarks": a noun, not a verb
		if k-1 >= s.a && f.toks[k-1].k == tWord && (f.toks[k-1].poss || f.toks[k-1].is(cDet)) {
			continue
		}
		// "Having said all that, when Nicole was sitting…": a perfect
		// participle opening a clause reports nothing and has no subject
		if k-1 >= s.a && f.toks[k-1].lower == "having" {
			continue
		}
		if v.participle {
			// "praised Nina Hale for calling Ramdan “scum”": the one named
			// before "for" said it, not the one who praised
			if m := f.forGerundSpeaker(s, k, mm); m != nil {
				out = append(out, attrib{verb: k, npA: m.a, npB: m.b, head: m.b - 1, info: verbInfo{core: true}, ent: -1})
				continue
			}
			// "with some analysts suggesting that …": the plural before
			// the participle is its subject
			if a, ok := f.withSubject(s, k); ok {
				out = append(out, attrib{verb: k, npA: a, npB: k, head: k - 1, info: v, ent: -1})
				continue
			}
			// "“…,” the man could be heard saying": the subject of a verb
			// of perceiving said it
			if k-2 >= s.a && perceiveVerb(f.toks[k-1].lower) {
				p := k - 1
				if f.toks[p-1].lower == "be" {
					p-- // "could be heard"
				}
				if a, b, h, ap, ok := f.leftNP(s, p, verbInfo{core: true}, mm); ok {
					out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, info: verbInfo{core: true}, ent: -1})
					continue
				}
			}
			out = append(out, attrib{verb: k, npA: -1, npB: -1, head: -1, info: v, ent: -1})
			continue
		}
		// "Interfax quoted a ministry source as saying: “…”": the person
		// quoted speaks, not the outlet
		if t.lower == "quoted" || t.lower == "quotes" || t.lower == "cited" || t.lower == "cites" {
			// ("Foreign Policy magazine, which quoted him as saying “…”":
			// the one the pronoun stands for)
			if p := k + 1; p+1 < s.b && f.toks[p].k == tWord && objectPronoun(f.toks[p].lower) && f.toks[p].lower != "it" && f.toks[p].lower != "me" && f.toks[p].lower != "us" && f.toks[p].lower != "you" && f.asSaying(s, p+1) {
				out = append(out, attrib{verb: k, npA: p, npB: p + 1, head: p, info: v, ent: -1})
				continue
			}
			if a, b, h, ap, ok := f.rightNP(s, k+1, mm, false); ok && f.asSaying(s, b) {
				out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, info: v, ent: -1})
				continue
			}
		}
		// "She was warned that “…”": the subject of a passive verb of
		// telling heard the words; the agent ("by the unit") said them
		if f.passiveTelling(s, k) {
			// ("The ministry says that the council was told that “…”":
			// the clause reporting the telling speaks)
			if f.reportedTelling(s, k) && !(k+1 < s.b && f.toks[k+1].lower == "by") {
				continue
			}
			if k+2 < s.b && f.toks[k+1].lower == "by" {
				if a, b, h, ap, ok := f.rightNP(s, k+2, mm, false); ok {
					out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, info: v, ent: -1})
					continue
				}
			}
			out = append(out, attrib{verb: k, npA: k, npB: k + 1, head: k, info: v, ent: -1, anon: true})
			continue
		}
		// "“Perry” chimed in:": a name in quotation marks (someone who
		// gives only a nickname) as the subject
		if j := f.skipBack(s, k-1); j >= s.a && v.invert && f.quotedName(j) {
			f.qs[f.toks[j].q].named = true
			out = append(out, attrib{verb: k, npA: j, npB: j + 1, head: j, info: v, ent: -1})
			continue
		}
		// "Grayling used his speech to warn against a “…” approach": an
		// infinitive's subject is its clause's, not the noun before "to"
		if k-1 > s.a && f.toks[k-1].lower == "to" && !t.cap {
			out = append(out, attrib{verb: k, npA: -1, npB: -1, head: -1, info: v, ent: -1})
			continue
		}
		// "… that the president is “…,” writes The Post's Chris Mooney": a
		// verb of speech inverted right after the quotation has its
		// subject after it, whatever phrase stands before the quotation
		if v.invert && k+1 < s.b && k-1 >= s.a && (f.toks[k-1].k == tQuote || f.isPunct(k-1, ",") && k-2 >= s.a && f.toks[k-2].k == tQuote) {
			a, b, h, ap, ok := f.rightNP(s, k+1, mm, v.core)
			if na, nb, dok := f.describedNameAfter(s, k+1, mm); dok && (!ok || h != nb-1) {
				a, b, h, ap, ok = na, nb, nb-1, f.spanText(k+1, na), true
			}
			if ok {
				// (also a described source that ends the sentence: "“…,”
				// said another senior administration official.")
				// (not a name that opens the verb's quoted complement:
				// "Kommersant, quoting “…,” said Fogle “was trying…”")
				if m := mm.at(h); m != nil && m.kind == mPerson && m.b == h+1 && !(b < s.b && f.toks[b].k == tQuote) || m == nil && !f.toks[h].cap && !f.toks[a].cap && b+1 == s.b && f.isPunct(b, ".!?") {
					out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, info: v, ent: -1})
					for k = b; ap != "" && k+1 < s.b && f.toks[k+1].k == tWord; k++ {
					}
					continue
				}
			}
		}
		// "which had been described by homelessness charity Roofline as a
		// “…”": the agent of the passive speaks
		if a, b, h, ap, ok := f.passiveAgent(s, k, mm); ok {
			out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, info: v, ent: -1})
			continue
		}
		if f.passiveAnnounced(s, k) {
			continue
		}
		if a, b, h, ap, ok := f.leftNP(s, k, v, mm); ok {
			// "Calling media reports that he is bitter “fake news,” Trump
			// said": after a participle of speech, a word that is also a
			// plural noun ends the participle's object, not a subject
			if n := len(out); pluralNounToo(t.lower) && n > 0 && out[n-1].npA < 0 && out[n-1].info.participle && out[n-1].verb >= a && out[n-1].verb < k {
				continue
			}
			// ("Ole Brandt, chief executive of Acme Widgets said": the
			// appositive lacks its closing comma)
			if na, nb, nap, ok := f.roleOfOrgAppos(s, a, b, k, mm); ok {
				a, b, h, ap = na, nb, nb-1, nap
			}
			cs := a
			// "the canal’s administrator, Ricaurte Vásquez, said": the
			// clause starts with the phrase before the name
			if ap != "" && a-2 >= s.a && f.isPunct(a-1, ",") {
				st := a - 2
				for st > s.a && f.toks[st-1].k == tWord {
					st--
				}
				if f.spanText(st, a-1) == ap {
					cs = st
				}
			}
			// "“…,” former Google engineer and Gmail inventor Paul
			// Buchheit told Edwards": another role joined by "and" before
			// the name's own is part of the clause
			if cs == a {
				cs = f.rolesBefore(s, f.firstOfName(a, mm))
			}
			// "“…,” guild President and “The Nanny” star Fran Dresko told
			// reporters": a quoted title in the role is part of the clause
			if cs == a {
				cs = f.quotedTitleRole(s, a)
			}
			out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, info: v, ent: -1, cs: cs})
			continue
		}
		// "Hoenig said the economy is in a “…” and intimated that…": a verb
		// after "and" shares the subject of the clause before
		if k-1 > s.a && f.toks[k-1].lower == "and" && !t.cap && len(out) > 0 && out[len(out)-1].npA >= 0 && !out[len(out)-1].anon {
			out = append(out, attrib{verb: k, npA: -1, npB: -1, head: -1, info: v, ent: -1, coord: true})
			continue
		}
		// "Mateen met with reporters Monday …, and called the massacre
		// “…”": a verb after ", and" with no clause of speech before it
		// shares the sentence's subject
		// ("Lee, his view blocked by bushes, tried to quiet them and said,
		// “…”", "Apple discusses it on its website and does say that…":
		// so does a verb after "and" whose words follow it)
		if n := f.skipBack(s, k-1); n-1 > s.a && f.toks[n].lower == "and" && !t.cap && len(out) == 0 &&
			(n == k-1 && f.isPunct(n-1, ",") || (f.toks[n-1].k == tWord || f.isPunct(n-1, ",")) && f.wordsFollow(s, k)) || f.seriesVerb(s, k, len(out)) {
			out = append(out, attrib{verb: k, npA: -1, npB: -1, head: -1, info: v, ent: -1, coord: true})
			continue
		}
		if v.invert {
			afterQuote := k-1 >= s.a && (f.toks[k-1].k == tQuote || (f.isPunct(k-1, ",") && k-2 >= s.a && f.toks[k-2].k == tQuote))
			if a, b, h, ap, ok := f.rightNP(s, k+1, mm, v.core && afterQuote); ok {
				out = append(out, attrib{verb: k, npA: a, npB: b, head: h, appos: ap, info: v, ent: -1})
				// the appositive's words are no verbs: "said Costa, the
				// negotiator for small island states, “…”"
				for k = b; ap != "" && k+1 < s.b && f.toks[k+1].k == tWord; k++ {
				}
			}
		}
	}
	for i := range out {
		out[i].key = out[i].lastTok()
	}
	f.ats = out
	return out
}

// collectLeft gathers a noun phrase ending just before token end, walking
// left over words, whole names and post-modifiers of role nouns.
func (f *finder) collectLeft(s sentence, end int, mm mentionMap) (int, bool) {
	i := end - 1
	n := 0
	for i >= s.a && n < 12 {
		if m := mm.at(i); m != nil {
			i = m.a - 1
			n++
			continue
		}
		t := &f.toks[i]
		// ("minister of mines and energy Tom Alweendo told": "and" inside
		// an office's "of" phrase)
		if t.lower == "and" && f.officeAnd(s, i) {
			i--
			n++
			continue
		}
		// ("will end what officials called": a wh-word opens a clause)
		if t.k != tWord || t.is(cStopNP) || t.lower == "what" {
			break
		}
		if vi, ok := t.verb(); ok && !vi.participle && !t.cap {
			break
		}
		if t.is(cDet) || t.lower == "one" {
			// a determiner opens the phrase, unless it starts the object of
			// a role noun's preposition ("a spokesman for the ministry")
			if i-2 >= s.a && f.toks[i-1].is(cPrep) && f.isRoleOrDoc(i-2) {
				i -= 2
				n += 2
				continue
			}
			if i-3 >= s.a && f.toks[i-1].is(cPrep) && (f.modifierEd(i-2) || postAdjective(f.toks[i-2].lower)) && f.isRoleOrDoc(i-3) {
				i -= 3
				n += 3
				continue
			}
			i--
			break
		}
		if t.is(cPrep) {
			if f.isRoleOrDoc(i-1) || (t.lower == "of" && i-1 > s.a && f.toks[i-1].k == tWord && !f.toks[i-1].cap && !f.toks[i-1].is(cFunction)) || i-2 >= s.a && f.originFrom(i) {
				// "a spokesman for", "the chamber of commerce"
				i--
				n++
				continue
			}
			if i-2 >= s.a && (f.modifierEd(i-1) || postAdjective(f.toks[i-1].lower)) && f.isRoleOrDoc(i-2) {
				i -= 2
				n += 2
				continue
			}
			break
		}
		i--
		n++
	}
	a := i + 1
	for a < end && f.toks[a].k == tWord && f.toks[a].is(cFunction) && !f.toks[a].is(cDet) &&
		!isPronoun(f.toks[a].lower) && f.toks[a].lower != "one" && f.toks[a].lower != "another" && !f.toks[a].cap && !f.predeterminer(a, end) && !f.countedNoun(a, end) {
		a++
	}
	// a capitalised sentence adverb ("Still", "However") is no part of it,
	// a number is ("Two officials")
	for a < end-1 && f.toks[a].cap && f.toks[a].is(cFunction) && !f.toks[a].is(cDet) &&
		!isPronoun(f.toks[a].lower) && f.toks[a].lower != "one" && f.toks[a].lower != "another" && !numberWord(f.toks[a].lower) {
		a++
	}
	return a, a < end
}

// pluralNounToo reports reporting verbs that are as often plural nouns
// ("small island states", "the reports").
func pluralNounToo(w string) bool {
	switch w {
	case "states", "reports", "notes", "claims", "calls", "remarks", "comments", "answers", "replies", "statements":
		return true
	}
	return false
}

// frontedAdverb reports words that open a sentence before a comma without
// being its subject ("Outside, a crowd…", "Separately, the ministry…"), but
// not names that end like adverbs ("Italy, France and Spain…", "Kelly,").
func frontedAdverb(t *token) bool {
	switch t.lower {
	case "outside", "inside", "later", "afterwards", "afterward", "elsewhere", "nearby", "overnight",
		"abroad", "separately", "privately", "publicly", "meanwhile", "still", "instead", "again":
		return true
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !t.is(cPlace|cFemale|cMale|cNonName) && !givenLly(t.lower)
}

// headOf returns the head noun of the phrase [a, end): the role or
// document noun a post-modifier hangs on, else the last word.
func (f *finder) headOf(a, end int) int {
	for h := a; h+1 < end; h++ {
		nx := &f.toks[h+1]
		ing := !nx.cap && len(nx.lower) > 5 && strings.HasSuffix(nx.lower, "ing") && !nx.is(cFunction)
		if f.isRoleOrDoc(h) && f.toks[h].lower != "one" && nx.k == tWord && (nx.is(cPrep) || isParticipleEd(nx) || postAdjective(nx.lower) || ing) {
			return h
		}
		if h+2 < end && h-1 >= a && f.originFrom(h+1) {
			return h
		}
	}
	if h := f.headBeforeIng(a, end); h >= 0 {
		return h
	}
	return end - 1
}

// acceptNP validates a speaker phrase by its head.
func (f *finder) acceptNP(a, head int, v verbInfo) bool {
	if f.validHead(&f.toks[head]) {
		return true
	}
	// "The board said", "the minutes said": a determiner phrase with a
	// common noun head is a source for ordinary reporting verbs.
	t := &f.toks[head]
	if a == head && anonWord(t.lower) {
		return true // "One described the process as…": an unnamed source
	}
	// "the two said", "the pair said": the people just named together
	if a+1 == head && f.toks[a].lower == "the" && (numberWord(t.lower) || t.lower == "pair" || t.lower == "couple" || t.lower == "duo" || t.lower == "trio") {
		return true
	}
	// "Tom Welk's mom said": a named owner's relative
	if head > a && f.toks[head-1].poss && !t.cap && ownedKin(t.lower) {
		return true
	}
	// "Wadsworth’s February presentation said": a named owner's text
	if v.core && f.ownedTextPhrase(a, head) {
		return true
	}
	return v.core && a < head && (f.toks[a].is(cDet) || f.toks[a].lower == "one") && !t.cap && !t.is(cFunction) && !t.is(cStopNP)
}

// leftNP finds the subject noun phrase before the verb at k, skipping
// adverbs/auxiliaries and an appositive set off by commas.
func (f *finder) leftNP(s sentence, k int, v verbInfo, mm mentionMap) (int, int, int, string, bool) {
	j := f.skipBack(s, k-1)
	// "the Association of Chief Police Officers (Acpo), described": a
	// bracket and a stray comma between a name and its verb
	if f.isPunct(j, ",") && f.isPunct(j-1, ")") {
		if o := f.skipBack(s, j-1); o < j-1 && o >= s.a {
			if m := mm.at(o); m != nil && m.b == o+1 {
				j = o
			}
		}
	}
	// "Kommersant, quoting “participants of the operation,” said": a
	// participle's parenthesis closed by its quotation's own comma
	if j > s.a && f.quoteComma(j) {
		for o := j - 1; o > s.a && o > j-5; o-- {
			if f.isPunct(o, ",") {
				if o+1 < j && !f.toks[o+1].cap && gerund(&f.toks[o+1]) {
					j = f.skipBack(s, o-1)
				}
				break
			}
			if f.toks[o].k != tWord {
				break
			}
		}
	}
	// "The Republicans — along with Reps. X and Y — argue": a parenthesis
	// between dashes that opens with a preposition; "another correspondent
	// – Gianna Toboni, who was not there – concluded": one that opens with
	// the name of the one described before it
	if f.isPunct(j, "—–") {
		for o := j - 1; o > s.a && o > j-20; o-- {
			if f.toks[o].k == tQuote || f.toks[o].k == tBreak {
				break
			}
			if f.isPunct(o, "—–") {
				if f.toks[o-1].k != tWord || o+1 >= j {
					break
				}
				if m := mm.at(o + 1); m != nil && m.a == o+1 && m.kind == mPerson && (m.b == j || f.isPunct(m.b, ",")) {
					return m.a, m.b, m.b - 1, "", true
				}
				if t := &f.toks[o+1]; t.k == tWord && !t.cap && (t.is(cPrep) || (t.lower == "along" || t.lower == "together") && f.isWordAt(o+2, s, "with")) {
					j = f.skipBack(s, o-1)
				}
				break
			}
		}
	}
	// "One of them described…": one of the group last mentioned
	if j-2 >= s.a && f.toks[j].lower == "them" && f.toks[j-1].lower == "of" && f.toks[j-2].lower == "one" {
		return j - 2, j + 1, j, "", true
	}
	if c := f.relativeComma(s, j); c >= 0 {
		return f.relativeAntecedent(s, c, v, mm)
	}
	if h := f.indefiniteOpener(s, j); h >= 0 {
		return s.a, h + 1, h, f.spanText(h+1, j+1), true
	}
	// "former chief of staff Ron Kellan and senior campaign adviser said":
	// a second role with no determiner after "and" is the same person's
	if na, nb, ap, ok := f.nameAndRole(s, j, mm); ok {
		return na, nb, nb - 1, ap, true
	}
	if a, h := f.partOfGroupSubject(s, j); a >= 0 {
		return a, h + 1, h, "", true
	}
	// "He places it on the table and whispers, “…”": a second verb of the
	// sentence's first clause shares its subject
	if j > s.a+2 && f.toks[j].lower == "and" && !v.weak && f.toks[s.a].k == tWord && isPronoun(f.toks[s.a].lower) &&
		f.quietClause(s.a+1, j) && f.plainClause(s.a+1, j) && j-s.a <= 12 {
		return s.a, s.a + 1, s.a, "", true
	}
	// "Wiig smiles and says, “…”": a name, one verb and "and" before the
	// verb of speech; the name is the subject of both
	if j-2 >= s.a && f.toks[j].lower == "and" && !v.weak {
		if vb := &f.toks[j-1]; vb.k == tWord && !vb.cap && !vb.is(cFunction|cStopNP|cSkip|cPrep|cDet) && (strings.HasSuffix(vb.lower, "s") || strings.HasSuffix(vb.lower, "ed")) {
			if m := mm.at(j - 2); m != nil && m.b == j-1 && !m.poss && (m.kind == mPerson || m.kind == mUnknown) && (m.a == s.a || f.initialPos(s, m.a) || f.toks[m.a-1].k == tQuote) {
				return m.a, m.b, m.b - 1, "", true
			}
		}
	}
	// "As Dan Richter of Demand Media notes": the person speaks, the
	// organisation after "of" is the affiliation
	if o := mm.at(j); o != nil && o.b == j+1 && o.a-2 >= s.a && (f.toks[o.a-1].lower == "of" || f.toks[o.a-1].lower == "from") {
		if p := mm.at(o.a - 2); p != nil && p.b == o.a-1 && (p.kind == mPerson || (p.kind == mUnknown && p.b-p.ca >= 2)) {
			return p.a, p.b, p.b - 1, f.spanText(o.a-1, o.b), true
		}
	}
	// "Wray Grimaldi of the University of Otago in Dunedin, New Zealand,
	// said", "James Hall with the New York Police Department said"
	if a, b, ap, ok := f.personWithAffiliation(s, j, mm); ok {
		return a, b, b - 1, ap, true
	}
	appos := ""
	end := j + 1
	if f.isPunct(j, ",") {
		m := j - 1
		for m >= s.a && f.toks[m].k != tQuote && !f.isPunct(m, ",;:—–()") {
			m--
		}
		if m <= s.a || !f.isPunct(m, ",") || m+1 >= j {
			return f.relativeSubject(s, k, j, v, mm, false)
		}
		// "Louise Brin, Director of the … agency, Fraudwise, compared": a
		// body's name in apposition to the appositive's last noun is part
		// of that appositive
		if m2 := f.apposOfApposNoun(s, m, j, mm); m2 >= 0 {
			j, m = m, m2
		}
		// "Dario Venn, Senior Manager, Talent, Corvex Networks, says":
		// the employer's name ends a chain of capitalised titles after
		// the person's name; the person speaks
		if pa, pb, ap, ok := f.titleChainSubject(s, m, j, mm); ok {
			return pa, pb, pb - 1, ap, true
		}
		// "Fellow protester, mechanical engineer Richard Weir, 60, from
		// Tynemouth, said": the name after its role in the appositive
		if na, nb, ap, ok := f.roleThenName(s, j, mm); ok {
			return na, nb, nb - 1, ap, true
		}
		first := &f.toks[m+1]
		ns := m + 1
		// "Her neighbor, 72-year-old Frank Diaz, said": an age before the name
		if ns+1 < j && first.k == tWord && !first.cap && (strings.HasSuffix(first.lower, "-year-old") || isNumber(first.w)) && mm.at(ns+1) != nil && mm.at(ns+1).a == ns+1 {
			ns++
		}
		nameSeg := mm.at(ns) != nil && mm.at(ns).a == ns && f.toks[ns].cap && f.nameThenPlace(mm.at(ns), j)
		switch {
		case nameSeg && (mm.at(ns).kind == mPerson || mm.at(ns).kind == mUnknown):
			// "Its author, Dr Priya Nair, said": the name is the subject and
			// the phrase before it the affiliation.
			st := m - 1
			for st > s.a && f.toks[st-1].k == tWord {
				st--
			}
			if st < m && f.toks[st].k == tWord && (f.toks[st].is(cDet) || f.toks[st].lower == "one" || f.toks[st].poss) {
				appos = f.spanText(st, m) // "Nordvik’s chief executive, Ingrid Sæle, said"
			}
			return ns, j, j - 1, appos, true
		case f.apposStartAt(m + 1):
			appos = strings.TrimPrefix(f.spanText(m+1, j), "who ")
		case f.capTitleAppos(s, m+1, j, mm):
			// "Saikat Ray, VP analyst at Gartner, explained", "Ana Soto,
			// CEO of Blue Prism, told": a capitalised title opening the
			// appositive
			appos = f.spanText(m+1, j)
		case first.poss && first.cap && j-m <= 6 && f.toks[j-1].k == tWord && !f.toks[j-1].cap && f.quietClause(m+1, j) && f.plainClause(m+1, j) && f.nameBefore(s, m, mm):
			// "Abdel Fattah al-Sisi, Egypt's president, said"
			appos = f.spanText(m+1, j)
		case m+2 == j && (f.isAdverb(first) || first.lower == "however" || first.lower == "too" || isNumber(first.w) || isPartyTag(first.w)):
			// "Kim, however, said"; "Smith, 45, said"; "Grassley, R-Iowa, said"
		case isPartyTag(first.w) && f.tagAnd(m+2, j) > 0:
			// "Rep. John Shimkus, R-Ill. and chairman of the … Subcommittee,
			// said": a party tag, then the appositive
			appos = f.spanText(f.tagAnd(m+2, j)+1, j)
		case f.longPartyTag(m+1, j):
			// "Torricelli, D-New Jersey, said"
		case first.k == tWord && !first.cap && first.is(cPrep) && first.lower != "of" && j-m <= 12 && f.quietClause(m+1, j) && f.nameBefore(s, f.nameEndBefore(s, m), mm):
			// "Art Levinson, in a statement issued on behalf of the board,
			// said": a parenthesis between the name and its verb
			m = f.nameEndBefore(s, m)
		case first.k == tWord && !first.cap && (isParticipleEd(first) || strings.HasSuffix(first.lower, "ing")) && f.quietClause(m+1, j):
			// "Their latest report, published in June, says"; "A ministry
			// official, speaking on background, said": a parenthesis
		default:
			return 0, 0, 0, "", false
		}
		end = m
		// "Williams, 58, who was behind bars…, said": an age between the
		// name and its appositive
		if end-2 > s.a && isNumber(f.toks[end-1].w) && f.isPunct(end-2, ",") {
			end -= 2
		}
		// "Jo Wade, from Durban, who has written…, admitted": where the
		// person is from, between the name and its appositive
		if e := f.fromPlaceBefore(s, end, mm); e > 0 {
			end = e
		}
		// "Ana Roe from the University of Otago, New Zealand, who was not
		// involved, said": the person before her body and its place
		if pa, pb, ap, ok := f.placeEndedAffiliation(s, end, mm); ok {
			return pa, pb, pb - 1, ap, true
		}
		// "Rep. Kevin McCarthy (R., Calif.), a member of…, said": a
		// bracketed party tag between the name and its appositive
		if f.isPunct(end-1, ")") {
			for p := end - 2; p > s.a && p >= end-8; p-- {
				if f.isPunct(p, "(") {
					end = p
					break
				}
				if f.toks[p].k == tQuote || f.isPunct(p, ")") {
					break
				}
			}
		}
	}
	a, ok := f.collectLeft(s, end, mm)
	// "Foreign Secretary Vikram Misri in a news briefing in New Delhi
	// accused…": the occasion is no speaker; the name before it is
	if pa, pb, pok := f.nameBeforeOccasion(s, a, end, mm); ok && appos == "" && pok {
		return pa, pb, pb - 1, "", true
	}
	// "Prof Gavin Yamey, director of the Centre … at Duke University, who
	// is leading research…, says": the name before a relative clause is
	// the object of a preposition in an appositive; the person the
	// appositive describes speaks
	if ok && appos != "" && a-1 > s.a && f.toks[a-1].k == tWord && f.toks[a-1].is(cPrep) && !f.toks[a-1].cap {
		if pa, pb, pap, pok := f.apposOwner(s, a-1, end, mm); pok {
			return pa, pb, pb - 1, pap, true
		}
	}
	// "Jeffrey Friedman, an obesity researcher at Rockefeller
	// University, who also was not involved…, said": the phrase before
	// the relative clause is itself an appositive; the name speaks
	if ok && appos != "" {
		if na, nb, nok := f.nameBeforeAppos(s, a, mm); nok {
			return na, nb, nb - 1, f.spanText(a, end), true
		}
	}
	if ok && appos == "" && f.inWhoClause(s, a) {
		// "A diplomat … who attended as an observer described…": the
		// phrase before the verb ends a relative clause; its subject speaks
		if ra, rb, rh, rap, rok := f.relativeSubject(s, k, j, v, mm, true); rok {
			return ra, rb, rh, rap, true
		}
	}
	// "The Ostmark mission to the UN in Geneva called": a place ending
	// the prepositional phrases after the subject is no subject
	if ok && appos == "" {
		if sa, sb, sh, sok := f.subjectBeforeLocative(s, a, end, v, mm); sok {
			return sa, sb, sh, f.spanText(sb, end), true
		}
	}
	// "He suggests we head to Riverwood, then for some reason adds": the
	// object of a preposition is no subject; the clause's pronoun is
	if ok && appos == "" && a-1 >= s.a && f.toks[a-1].k == tWord && f.toks[a-1].is(cPrep) && !f.isRoleOrDoc(a-2) &&
		!isPronoun(f.toks[end-1].lower) && mm.at(end-1) == nil {
		if p := s.a; p < a-1 && f.toks[p].k == tWord && (f.toks[p].lower == "he" || f.toks[p].lower == "she" || f.toks[p].lower == "they") {
			return p, p + 1, p, "", true
		}
		return 0, 0, 0, "", false
	}
	if ok {
		if isPronoun(f.toks[end-1].lower) {
			a = end - 1
		}
		head := f.headOf(a, end)
		// "Head of financial reporting Richard Martin said": the name
		// closing the phrase is its head, the role before it describes
		// ("A spokesperson for Sen. Kamala Hart said": the one a role
		// acts for is its affiliation, not the speaker)
		if m := mm.at(end - 1); m != nil && m.b == end && head < m.ca && (m.kind == mPerson || (m.kind == mUnknown && m.b-m.ca >= 2)) && !f.roleActsFor(head, m) {
			head = end - 1
		}
		if f.acceptNP(a, head, v) {
			return a, end, head, appos, true
		}
	}
	if appos == "" {
		return f.relativeSubject(s, k, j, v, mm, false)
	}
	return 0, 0, 0, "", false
}

// skipBack moves left from token j over what may stand between a subject
// and its verb: adverbs and auxiliaries ("also", "has"), a time phrase ("on
// Monday", "last week") and a parenthesis ("(D-Calif.)").
func (f *finder) skipBack(s sentence, j int) int {
	for j >= s.a {
		t := &f.toks[j]
		switch {
		case f.isAdverb(t):
			j--
		case t.k == tWord && f.isTimeWord(t) && j-1 >= s.a && f.toks[j-1].k == tWord && timePrep(f.toks[j-1].lower):
			j -= 2
		case f.isPunct(j, ")"):
			o := j - 1
			for o >= s.a && o > j-8 && !f.isPunct(o, "(") && f.toks[o].k != tQuote {
				o--
			}
			if o < s.a || !f.isPunct(o, "(") {
				return j
			}
			j = o - 1
		case f.counselHonour(j):
			// "Tumo Lesa King's Counsel (KC) cautioned": an honour
			j -= 2
		default:
			return j
		}
	}
	return j
}

func timePrep(w string) bool {
	switch w {
	case "on", "last", "this", "in", "early", "late", "next", "that", "at":
		return true
	}
	return false
}

func (f *finder) isTimeWord(t *token) bool {
	switch t.lower {
	case "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "day", "time":
		return true
	}
	return t.is(cNonName) && !t.is(cFunction)
}

// isPartyTag reports US party-state tags such as R-Iowa or D-N.J.
func isPartyTag(w string) bool {
	return len(w) >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// rightNP finds a speaker noun phrase starting at token k (after an
// inverted verb or "according to") and its appositive.
// With core (an ordinary verb of speech right after a quotation: "“…,”
// said one GOP operative") any determiner phrase is a speaker, as before
// the verb.
func (f *finder) rightNP(s sentence, k int, mm mentionMap, core bool) (int, int, int, string, bool) {
	i := k
	n := 0
	for i < s.b && n < 12 {
		if m := mm.at(i); m != nil && m.a == i {
			i = m.b
			n++
			continue
		}
		t := &f.toks[i]
		if f.selfDescribedAt(i) {
			i, n = i+2, n+2 // "asked self-described “garden hermit” Petra Lind"
			continue
		}
		if t.k != tWord || t.is(cStopNP) {
			break
		}
		if vi, ok := t.verb(); ok && !vi.participle && !t.cap {
			break
		}
		if t.is(cPrep) {
			if i > k && (f.isRoleOrDoc(i-1) || (postAdjective(f.toks[i-1].lower) && i-1 > k && f.isRoleOrDoc(i-2))) && i+1 < s.b && f.toks[i+1].k == tWord {
				i++
				n++
				continue
			}
			break
		}
		i++
		n++
	}
	if i == k || i > s.b {
		return 0, 0, 0, "", false
	}
	if isPronoun(f.toks[k].lower) && i > k+1 {
		return 0, 0, 0, "", false // "said he wants…": a clause
	}
	// "said the problem was…": a clause, not an inverted subject
	if i < s.b && f.toks[i].k == tWord && !f.toks[i].cap {
		if _, isVerb := f.toks[i].verb(); isVerb || f.toks[i].is(cSkip) {
			return 0, 0, 0, "", false
		}
	}
	head := f.headOf(k, i)
	// "said its lead author, Dr Mikael Sund", "said the United captain,
	// Erik Brun": the name speaks, the role is its affiliation
	// (also a relation or kin: "said Orlan’s neighbor, Tobin Marsh")
	if t := &f.toks[head]; mm.at(head) == nil && (f.isRoleOrDoc(head) || (t.is(cTitle) && !t.cap) || f.personNounBefore(s, head+1) || (neutralKin(t.lower) && !t.cap)) && f.isPunct(i, ",") {
		if m := mm.at(i + 1); m != nil && m.a == i+1 && (m.kind == mPerson || m.kind == mUnknown) {
			return m.a, m.b, m.b - 1, f.spanText(k, i), true
		}
	}
	if m := f.ownedApposName(s, k, head, i, mm); m != nil {
		return m.a, m.b, m.b - 1, f.spanText(k, i), true
	}
	// "explained biologist and lead author Ines Marrow": roles joined
	// before the name of the one who holds them
	if na, nb, ok := f.roleAndRoleName(s, head, i, mm); ok {
		return na, nb, nb - 1, f.spanText(k, na), true
	}
	if na, nb, ok := f.officeAndRoleName(s, i, mm); ok {
		return na, nb, nb - 1, f.spanText(k, na), true
	}
	// "said the firm’s senior vice-president for global public policy
	// Omar Teague": the office in lower case after a title, then the
	// name of the one who holds it
	if na, nb, ok := f.officeHolderAfter(s, head, i, mm); ok {
		return na, nb, nb - 1, f.spanText(k, na), true
	}
	if !f.acceptNP(k, head, verbInfo{core: core}) && !f.surnameHead(mm, k, head) {
		return 0, 0, 0, "", false
	}
	appos := ""
	stop := func(e int) bool {
		return e >= s.b || f.toks[e].k == tQuote || f.toks[e].k == tBreak || f.isPunct(e, ",;:.?!…()—–")
	}
	// "said Maria Lopez, 29, a nurse": the age stands before the appositive
	ai := i
	if f.isPunct(i, ",") && i+3 < s.b && isNumber(f.toks[i+1].w) && f.isPunct(i+2, ",") && f.apposStarter(&f.toks[i+3]) && mm.at(head) != nil {
		ai += 2
	}
	switch {
	case f.isPunct(ai, ",") && ai+1 < s.b && f.apposStartAt(ai+1):
		e := ai + 1
		clause := false // "According to X, the company asked…": the main clause
		for !stop(e) {
			if v, ok := f.toks[e].verb(); ok && !v.participle && !f.toks[e].cap && !pluralNounToo(f.toks[e].lower) {
				clause = true
			}
			// "According to Hale, the plan is “unworkable.”"
			if w := f.toks[e].lower; f.toks[e].k == tWord && !f.toks[e].cap && (auxiliary(w) || w == "will") {
				clause = true
			}
			e++
		}
		if first := f.toks[ai+1].lower; !clause || first == "who" || first == "whose" || first == "which" {
			appos = strings.TrimPrefix(f.spanText(ai+1, e), "who ")
		}
	case i < s.b && f.toks[i].k == tWord && (f.toks[i].lower == "who" || (f.toks[head].cap && (f.toks[i].lower == "of" || f.toks[i].lower == "from" || f.toks[i].lower == "at"))):
		e := i
		for !stop(e) {
			e++
		}
		appos = strings.TrimPrefix(f.spanText(i, e), "who ")
	}
	return k, i, head, appos, true
}

// subjectNP returns the subject phrase of a sentence: its first noun
// phrase after any fronted adverbial clause, up to the first verb.
func (f *finder) subjectNP(s sentence, mm mentionMap) (int, int, int, bool) {
	a := s.a
	if a+2 < s.b && f.toks[a].k == tWord && f.isPunct(a+1, ",") && frontedAdverb(&f.toks[a]) {
		a += 2 // "Outside, a small group…"
	} else if a < s.b && f.toks[a].k == tWord && f.toks[a].is(cFunction) && !f.toks[a].is(cDet) && !isPronoun(f.toks[a].lower) && !anonWord(f.toks[a].lower) {
		for c := a; c < s.b && c < a+frontedMax; c++ {
			if f.isPunct(c, ",") {
				a = c + 1
				break
			}
		}
	}
	// ("He believes the agency included…": a personal pronoun is the
	// whole subject, whatever verb the lexicon misses after it)
	if f.subjectPronounAt(a, mm) {
		return a, a + 1, a, true
	}
	i := a
	for i < s.b && i < a+10 {
		if m := mm.at(i); m != nil && m.a == i {
			i = m.b
			// "Vikings coach Brad Childress declined…": a name that
			// modifies the title of the person named next is part of it
			if p := f.titledAfter(i, s.b, mm); p != nil {
				i = p.b
				break
			}
			// "Kim Jong Un vowed…": after a name only a possessed noun
			// ("President Lai’s office") continues the subject
			if i < s.b && !(f.toks[i-1].poss && f.isRoleOrDoc(i)) && !(m.kind == mPlace || m.kind == mOrg) {
				break
			}
			// ("The Pujols Family Foundation primarily provides…": an
			// adverb after a body's name opens the predicate)
			if i < s.b && f.isAdverb(&f.toks[i]) {
				break
			}
			continue
		}
		t := &f.toks[i]
		if t.k != tWord || t.is(cStopNP) || t.is(cSkip) || t.is(cPrep) {
			break
		}
		if _, ok := t.verb(); ok && !t.cap {
			break
		}
		if isParticipleEd(t) && i > a && !f.toks[i-1].is(cDet) && !anonWord(f.toks[i-1].lower) {
			break
		}
		// "The text commits…", "The waiter returns…": a present-tense verb
		// right after a known noun ends the subject
		if i > a && !t.cap && strings.HasSuffix(t.lower, "s") && (f.isRoleOrDoc(i-1) || (!f.toks[i-1].cap && f.validHead(&f.toks[i-1]))) && !t.is(cRole) && !t.is(cDoc) {
			break
		}
		i++
	}
	if i <= a {
		return 0, 0, 0, false
	}
	return a, i, i - 1, true
}

// resolveAttrib decides who speaks in a reporting clause.
func (f *finder) resolveAttrib(s sentence, at *attrib, prior []attrib, mm mentionMap) {
	if at.anon {
		// ("It said the Varnian side was warned that such “…”": the
		// clause of speech the telling is reported in, a few words
		// before it with no "that", gives the words)
		if id, affil := f.reportingPrior(s, at, prior); id >= 0 {
			at.ent, at.affil = id, affil
		}
		return // a hearer, not a speaker (see passiveTelling)
	}
	if at.npA < 0 { // participle: the subject of the clause it hangs on
		// ("that Tom loved to say “…”": the name the infinitive's verb of
		// habit follows)
		if id := f.infinitiveSpeaker(s, at, mm); id >= 0 {
			at.ent = id
			return
		}
		// "When Winfrey asked if he could…, he declined, saying “…”": the
		// one asked, not the asker in the clause before
		if len(mm.ms) > 0 && f.frontedAsker(s, &mm.ms[0]) {
			if pr, pos := f.clauseSubjectPronoun(s, at.verb); pr == "he" || pr == "she" {
				at.ent = f.antecedent(pr, pos)
				return
			}
		}
		// "Reuters said that al-Qahtani … took part in a call, telling",
		// "Although many women have accused them…, Kadyrov brushes off the
		// charges, blaming “…”": the nearest clause the participle hangs
		// on, not a clause of speech around it or before it
		if id := f.hostSubject(s, at.verb, prior, mm); id >= 0 {
			at.ent = id
			return
		}
		for i := len(prior) - 1; i >= 0; i-- {
			if prior[i].ent >= 0 && prior[i].verb < at.verb {
				at.ent, at.affil = prior[i].ent, prior[i].affil
				return
			}
		}
		// "my father was saying, “…”": a progressive verb's subject
		if v := at.verb - 1; v > s.a && f.toks[v].k == tWord && beForm(f.toks[v].lower) {
			if a, b, h, ap, ok := f.leftNP(s, v, verbInfo{core: true}, mm); ok && b == v {
				sub := attrib{verb: v, npA: a, npB: b, head: h, appos: ap, ent: -1, info: verbInfo{core: true}}
				f.resolveAttrib(s, &sub, nil, mm)
				if sub.ent >= 0 {
					at.ent, at.affil = sub.ent, sub.affil
					return
				}
			}
		}
		// "In his uniform of jeans, sneakers and a sweater, he'd entrance
		// audiences … by saying": the pronoun subject of the clause
		if pr, pos := f.clauseSubjectPronoun(s, at.verb); pr != "" {
			if pr == "i" {
				at.ent = f.answerer(s)
			} else {
				at.ent = f.antecedent(pr, pos)
			}
			return
		}
		ss := s
		// the participle clause opens the sentence: its subject is the
		// main clause's, after the comma that closes it; so with another
		// participle clause before the main one ("Pumping their fists, a
		// large group marched …, chanting “…”")
		if fronted := f.opensWithParticiple(s, at.verb); at.verb == s.a || fronted {
			for c := s.a + 1; c < s.b && (c < at.verb || !fronted); c++ {
				// ("Calling Acosta “unbelievably rude,” Trump said…": the
				// quotation's own comma closes the participle's clause)
				if f.isPunct(c, ",") || f.quoteComma(c) {
					ss.a = c + 1
					break
				}
			}
		}
		if a, b, h, ok := f.subjectNP(ss, mm); ok && (b <= at.verb || ss.a > s.a) {
			if isPronoun(f.toks[h].lower) && b-a == 1 {
				at.ent = f.antecedent(f.toks[h].lower, f.toks[h].s)
				return
			}
			// ("Apple discusses it … and does say": a body's name the
			// lexicon also knows as a word)
			if m := mm.at(h); f.validHead(&f.toks[h]) || m != nil && m.b == h+1 && (m.kind == mOrg || m.kind == mPerson) {
				at.ent, at.affil = f.resolveNP(a, b, h, "", mm)
			}
		}
		return
	}
	head := &f.toks[at.head]
	if head.k == tQuote {
		at.ent = f.quotedNameEnt(at.head)
		return
	}
	// "Thousands gathered. Many chanted “…”": a bare quantifier opening
	// its sentence is the part of the crowd that speaks
	if at.npB-at.npA == 1 && at.npA == s.a && at.verb == at.npB && bareQuantifier(head.lower) && f.quoteAfterVerb(s, at.verb) {
		at.ent = f.entityByName(f.spanPhrase(at.npA, at.npB), eGroup, head.s)
		return
	}
	// ("One, who asked not to be named, said": a source the relative
	// clause describes speaks as "One")
	if at.npB-at.npA == 1 && anonWord(head.lower) && !(f.isPunct(at.npB, ",") && at.npB+1 < len(f.toks) && f.toks[at.npB+1].lower == "who") {
		if !f.bareOneSpeaks(s, at) {
			at.anon = true
			return
		}
	}
	if head.lower == "them" { // "one of them"
		at.ent = f.oneOfThem(at.npA)
		return
	}
	if at.npB-at.npA == 1 && head.w == "He" {
		// "He Jianxiong … “…,” He said": the surname, not the pronoun
		if id := f.nameStartingWith("he"); id >= 0 {
			at.ent = id
			return
		}
	}
	// ("At yet another set of computers I’m asked…": the writer's "I"
	// is the whole subject, whatever the phrase before it)
	if (at.npB-at.npA == 1 || at.head == at.npB-1) && (head.lower == "i" || iContraction(head.lower)) {
		// an interview's answer: "AD … I kept saying to them, “…”"
		at.ent = f.answerer(s)
		return
	}
	if at.npB-at.npA == 1 && (head.lower == "he" || head.lower == "she") && at.npA-1 >= s.a && subordinator(f.toks[at.npA-1].lower) {
		// "Eric Garner, a man choked to death as he pleaded “…”": the
		// pronoun of a subordinate clause is the one person its sentence
		// has named before it
		if id := f.onlyPersonBefore(head.lower, at.npA-1, mm); id >= 0 {
			at.ent = id
			return
		}
	}
	if p := quotativeSubject(head.lower, f.toks[at.verb].lower); at.npB-at.npA == 1 && p != "" && p != head.lower {
		// "they're like": the pronoun of the contraction
		if p == "i" {
			at.ent = f.answerer(s)
		} else {
			at.ent = f.antecedent(p, head.s)
			if at.ent < 0 && p == "they" {
				if h := f.pluralBefore(at.npA); h >= 0 {
					at.ent, _ = f.resolveNP(f.pluralStart(h), h+1, h, "", mentionMap{})
				}
			}
		}
		return
	}
	if at.npB-at.npA == 1 && (head.lower == "he" || head.lower == "she") && replyVerb(f.toks[at.verb].lower) {
		// "a reporter asked Lee, “…?” / “…,” she replied": the one asked
		// answers
		if id := f.askedPerson(s.a, head.lower); id >= 0 {
			at.ent = id
			return
		}
		// "“No, Justice Alito,” Prelogar said. … “Then why…,” he
		// rejoined": the other party of the exchange replies
		if id := f.replyParty(head.lower, f.toks[s.a].para); id >= 0 {
			at.ent = id
			return
		}
	}
	if at.npB-at.npA == 1 && (head.lower == "he" || head.lower == "she") && continueVerb(f.toks[at.verb].lower) {
		// "“…,” he added.": whoever was quoted last goes on, not someone
		// the sentences between name who has said nothing in quotation
		// marks ("Winfrey told CBS that Harry had said…")
		if id := f.continuedSpeaker(head.lower, head.s); id >= 0 {
			at.ent = id
			return
		}
	}
	if at.npB-at.npA == 1 && (head.lower == "he" || head.lower == "she") && (f.closesReport(s, at) || f.closesPossReport(s, at) || f.parentheticalReport(s, at, mm)) {
		// "Taking Archie outside is his favorite activity, he said.": the
		// reported words are about someone else; the speaker is who the
		// text was about before this sentence
		at.ent = f.antecedent(head.lower, f.toks[s.a].s)
		if at.ent >= 0 {
			at.affil = at.appos
		}
		return
	}
	// ("which quoted him as saying": an object pronoun quoted)
	if at.npB-at.npA == 1 && (head.lower == "him" || head.lower == "her" || head.lower == "them") {
		at.ent = f.antecedent(head.lower, head.s)
		return
	}
	// ("When the agency reviews…, it issues": the body the fronted
	// clause is about)
	if at.npB-at.npA == 1 && head.lower == "it" {
		if id := f.frontedClauseBody(s, at.npA, mm); id >= 0 {
			at.ent = id
			return
		}
		// ("as the White House pronounced…, at what it called")
		if id := f.clauseBody(s, at.npA, mm); id >= 0 {
			at.ent = id
			return
		}
	}
	if at.npB-at.npA == 1 && isPronoun(head.lower) {
		at.ent = f.antecedent(head.lower, head.s)
		// ("For Ramiro Vidal, who never finished school, it's a job. /
		// “…,” he said": the one a lead-in paragraph names)
		lead := -1
		if head.lower == "he" || head.lower == "she" {
			if lead = f.leadInPerson(head.lower, at.npA); lead >= 0 {
				at.ent = lead
			}
		}
		// ("He said he was called to the hospital": reported speech
		// without a quotation is the one just named speaking)
		if (head.lower == "he" || head.lower == "she") && lead < 0 && at.ent >= 0 && f.quotesIn(s) {
			if d := f.profileSubject(at.ent, head.lower, head.s); d >= 0 {
				at.ent = d
			}
		}
		// "Moeketsi said the lease went to one Mr Makama. … Makama then
		// sold it. “…,” he said.": the source goes on, not the man he
		// talked about
		if (head.lower == "he" || head.lower == "she") && at.ent >= 0 {
			if y := f.reportingSource(at.ent, head.lower, head.s); y >= 0 {
				at.ent = y
			}
		}
		// "“Mr Al Fayed is a very persuasive man…,” he said": the person
		// the quotation talks about by name is not who says it
		if (head.lower == "he" || head.lower == "she") && at.ent >= 0 && f.namedInQuote(s, at.ent) {
			if alt := f.otherPerson(head.lower, head.s, at.ent); alt >= 0 && !f.namedInQuote(s, alt) {
				at.ent = alt
			}
		}
		if (head.lower == "he" || head.lower == "she") && at.ent >= 0 && at.ent == f.answerer(s) {
			// the answerer of an interview is "I", not "he"
			at.ent = f.otherPerson(head.lower, head.s, at.ent)
		}
		if (head.lower == "he" || head.lower == "she") && at.ent >= 0 && at.ent == f.toldPerson(s, at.verb, mm) {
			// ("she confides to Roshan": not the one told)
			at.ent = f.otherPerson(head.lower, head.s, at.ent)
		}
		if at.ent < 0 && head.lower == "they" {
			// "…as protesters have taken to the streets. They often chant:"
			if h := f.pluralBefore(at.npA); h >= 0 {
				at.ent, _ = f.resolveNP(f.pluralStart(h), h+1, h, "", mentionMap{})
			}
		}
		if at.ent >= 0 {
			at.affil = at.appos
		}
		return
	}
	at.ent, at.affil = f.resolveNP(at.npA, at.npB, at.head, at.appos, mm)
}

// resolveNP maps a speaker phrase to an entity and the affiliation the
// phrase gives.
func (f *finder) resolveNP(npA, npB, head int, appos string, mm mentionMap) (int, string) {
	// "Rep. Tom Cole R-Oklahoma, a supporter of the bill, said": the
	// phrase ends in a party-state tag; its head is the name before it
	for k := head; k > npA && f.toks[k].cap; k-- {
		if isPartyTag(f.toks[k].w) {
			head, npB = k-1, k
			break
		}
	}
	// "Chancellor of the Exchequer George Osborne, 44, outlined…": a title
	// heading the phrase opens the chain that ends in the name; the
	// speaker is the person named, not the office word
	if mm.at(head) == nil && f.toks[head].is(cTitle) {
		for i := range mm.ms {
			m := &mm.ms[i]
			if m.kind == mPerson && m.pa <= head && head < m.a {
				if m.ent < 0 {
					f.resolveMention(m)
				}
				if m.ent >= 0 {
					return m.ent, appos
				}
			}
		}
	}
	// ("Bank of America Merrill Lynch told clients": a name running past
	// the head the phrase found before "of" is the head)
	if m := mm.at(head); m != nil && m.a <= head && m.b-1 > head && m.b <= npB && m.kind == mOrg {
		head = m.b - 1
	}
	// ("Wadsworth’s presentation said", "the school district's Facebook
	// said", "a statement from the ministry": a written text's author)
	if id, affil, ok := f.textAuthor(npA, npB, head, appos, mm); ok {
		return id, affil
	}
	// ("Sir Keir Starmer MP said": honour letters after the name)
	if id := f.honouredName(head, mm); id >= 0 {
		return id, appos
	}
	// "Minister of Natural Resources, Jo Roe, … said": the office's
	// holder named in apposition
	if id := f.officeAppos(head, mm); id >= 0 {
		return id, appos
	}
	// ("the Christian Democratic Union party": the name, not its kind)
	if h := f.kindAfterName(npA, head, mm); h >= 0 {
		head, npB = h, h+1
	}
	// A proper name heading the phrase.
	if m := mm.at(head); m != nil && m.b == head+1 {
		// ("India’s embassy in Washington says … The Embassy says": the
		// institution just described, capitalised)
		if id := f.capInstitutionBack(npA, npB, head); id >= 0 {
			return id, appos
		}
		// "the German added", "the Spaniard said": a nationality for the
		// person just named
		if m.b-m.ca == 1 && m.ca == npA+1 && npB == head+1 && appos == "" && f.toks[npA].lower == "the" && m.ent < 0 && f.demonym(&f.toks[head]) {
			if id := f.latestPerson(f.toks[head].s, f.toks[head].para, 0); id >= 0 {
				return id, ""
			}
		}
		// "said Lena Park": a two-word name ending in a geographic noun
		// that speaks is a person (a place speaks by a one-word name)
		// ("Broward County says": an administrative area is no surname)
		if m.kind == mPlace && m.b-m.ca == 2 && f.toks[m.b-1].is(cGeo) && !f.toks[m.ca].is(cPlace|cGeo|cOrg|cNonName) && len(m.titles) == 0 && !adminArea(f.toks[m.b-1].lower) {
			m.kind = mPerson
			m.ent = -1
		}
		switch m.kind {
		case mPerson, mUnknown:
			w := f.toks[m.ca].lower
			if m.b-m.ca == 1 && f.toks[m.ca].is(cRole|cDoc) && m.ent < 0 {
				break // "Experts told…": a common noun at the start of a sentence
			}
			if m.ent < 0 {
				m.kind = mPerson
				f.resolveMention(m)
				if m.ent < 0 {
					// "“…Investor Advocate Rick Fleming said…,” reports Ted
					// Knutson. “…,” said Fleming": a name met only inside a
					// quotation is still the person's full name
					if id := f.quotedPerson(m); id >= 0 {
						f.touch(id, m, f.spanText(m.a, m.b), f.toks[m.a].s)
					} else {
						id := f.newEntity(f.spanPhrase(m.ca, m.b), ePerson, f.toks[m.a].s)
						f.setParts(id, []string{w})
						e := &f.ents[id]
						e.surname, e.single = w, true
						f.touch(id, m, f.spanText(m.a, m.b), f.toks[m.a].s)
					}
				}
			}
			affil := appos
			if affil == "" {
				start := npA
				if m.pa < start {
					start = m.pa
				}
				// ("van Sebille said": a name's particle is no affiliation)
				for start < m.ca && f.toks[start].k == tWord && (f.toks[start].is(cDet) || f.toks[start].is(cConnect) && !f.toks[start].cap) {
					start++
				}
				if start < m.ca && !f.honorifics(start, m.ca) {
					affil = f.spanText(start, m.ca)
				}
			}
			e := &f.ents[m.ent]
			if e.affil == "" {
				e.affil = affil
			}
			return m.ent, affil
		case mOrg, mPlace:
			st := npA
			// ("the Oslo-based Fjord Institute": a compound adjective of
			// place is no part of the name)
			for st < head && (!f.toks[st].cap || f.toks[st].is(cDet) || placeAdjective(&f.toks[st])) {
				st++
			}
			st = f.personOwnerEnd(f.describedOrgStart(st, m), m, mm)
			name := f.spanPhrase(st, head+1)
			// "the North warned" after "North Korea": the country named
			// with the compass word
			if st == head && st > npA && compassWord(f.toks[st].lower) {
				if c := f.compassCountry(st); c >= 0 {
					name = f.spanPhrase(c, c+2)
				}
			}
			id := f.orgEntity(name, f.toks[npA].s)
			if e := &f.ents[id]; m.kind == mPlace && !e.seenOrg {
				e.place = true
			} else {
				e.place, e.seenOrg = false, true
			}
			return id, appos
		}
	}
	// "Twitter user rosie88 wrote": a user name is the speaker's name,
	// the words before it describe the speaker
	if t := &f.toks[head]; t.k == tWord && !t.cap && handleWord(t.lower) {
		id := f.entityByName(f.spanPhrase(head, head+1), eGroup, t.s)
		return id, joinAffil(f.spanText(npA, head), appos)
	}
	// A described source: "one expert", "the statement".
	// "Another prosecutor, Ana Roe, proposed…": the person named in
	// apposition to the description
	if id := f.apposNamed(npB, head, mm); id >= 0 {
		return id, appos
	}
	// ("Vadim Kobzev, Mr. Navalny’s lawyer, who called it…": the name
	// before it)
	if id := f.apposNamedBefore(npA, head, mm); id >= 0 {
		return id, appos
	}
	// ("one of the fighters", "one of the managers present": one picked
	// out of a group is "one", of the group)
	if w := f.toks[npA].lower; (w == "one" || w == "another") && npA+2 < npB && f.toks[npA+1].lower == "of" && f.toks[npA+2].k == tWord && f.toks[npA+2].lower != "them" {
		head = npA
	}
	// "Iran's president dismissed…": the president the text named
	if id := f.countryOffice(npA, head, npB); id >= 0 {
		return id, appos
	}
	// "The Grand Abbot has… Norland's religious leader said": the person
	// just named
	if id := f.placeEpithetBack(npA, head, npB, mm); id >= 0 {
		return id, appos
	}
	// "Dora Welk has praised… Tom Welk's mom confirmed": the relative of
	// that kind the text has just named under the owner's surname
	if hl := f.toks[head].lower; head > npA && f.toks[head-1].poss && ownedKin(hl) {
		if id := f.namedRelative(head, mm); id >= 0 {
			return id, appos
		}
	}
	nameEnd := max(f.collectiveOf(npA, head, npB), f.membersOf(npA, head, npB))
	name := f.spanPhrase(f.ownerNameStart(npA, head, mm), nameEnd+1)
	// "the UK government": a proper name's body, named without "the"
	bodyName := phrase{}
	if nameEnd == head && f.properBodyPhrase(npA, head) {
		bodyName = name
	}
	affil := joinAffil(f.spanText(nameEnd+1, npB), appos)
	hl := f.toks[head].lower
	// "some of the companies": a part of a group is no one named before
	if npA+3 == head && f.toks[npA+1].lower == "of" && partOfGroup(f.toks[npA].lower) {
		return f.entityByName(name, eGroup, f.toks[npA].s), affil
	}
	// "Prime Minister Gordon Brown's spokesman": the spokesperson of
	// someone named is an unnamed source, "a spokesman", not the owner;
	// the owner is the affiliation
	// ("People's unnamed source" is "an unnamed source": the modifiers
	// after the owner stay)
	if spokesNoun(hl) || ownedSource(hl) || ownedSources(hl) || ownedCounsel(hl) {
		for i := npA; i < head; i++ {
			if f.toks[i].poss {
				art := indefArticle(hl)
				name = phrase{art + " " + f.toks[head].w, art + " " + hl}
				if i+1 < head {
					name = f.spanPhrase(i+1, head+1)
					art := indefArticle(name.lower)
					name = phrase{art + " " + name.text, art + " " + name.lower}
				}
				if ownedSources(hl) {
					// ("Apple’s lawyers wrote": a plural takes no article)
					name = f.spanPhrase(i+1, head+1)
				}
				affil = joinAffil(f.spanText(npA, i+1), affil)
				break
			}
			// ("his official spokesman" is "an official spokesman" too;
			// the pronoun names no one to keep as the affiliation)
			if i == npA && !ownedSources(hl) && possessivePronoun(f.toks[i].lower) != "" {
				name = f.spanPhrase(i+1, head+1)
				art := indefArticle(name.lower)
				name = phrase{art + " " + name.text, art + " " + name.lower}
				break
			}
		}
		// ("lawyers from a firm sued … Her lawyers argued": as introduced)
		if k := f.ownedBarePlural(npA, head); k >= 0 {
			name = f.spanPhrase(k, k+1)
			name.text = name.lower
		}
	}
	// "the kingdom’s interior ministry": an institution owned by a
	// common noun is described, "an interior ministry"
	if f.commonOwnedInstitution(npA, head) {
		name = f.spanPhrase(npA+2, head+1)
		art := indefArticle(name.lower)
		name = phrase{art + " " + name.text, art + " " + name.lower}
		affil = joinAffil(f.spanText(npA, npA+2), affil)
	}
	if f.toks[npA].is(cDet) && f.toks[npA].lower != "a" && f.toks[npA].lower != "an" {
		// "the government’s negotiator" is someone of its own, not the
		// latest person whose role the text left open
		owned := false
		for i := npA; i < head; i++ {
			w := f.toks[i].lower
			owned = owned || f.toks[i].poss || possessivePronoun(w) != "" || w == "my" || w == "our" || w == "your"
		}
		// "the former senior Pentagon official": the entity described
		// with that noun and every one of those words
		if !owned && !f.toks[head].cap {
			if id := f.describedRef(npA, head); id >= 0 {
				return id, affil
			}
		}
		// "the ruling said": a court's ruling is the court's words
		if !owned && f.plainModifiers(npA+1, head) && !f.toks[head].cap && courtText(hl) {
			if id := f.orgNamedBy("court"); id >= 0 {
				f.ents[id].last = f.toks[npA].s
				return id, affil
			}
		}
		// "the campaign" after "an Ostrow campaign release": that campaign
		if !owned && head == npA+1 && hl == "campaign" && !f.toks[head].cap {
			if id := f.orgNamedBy(hl); id >= 0 {
				f.ents[id].last = f.toks[npA].s
				return id, affil
			}
		}
		// "the court", "the university": the organisation of that kind
		// the text named, not the company or person the sentence is about
		if !owned && f.plainModifiers(npA+1, head) && institution(hl) && !f.toks[head].cap {
			// "announced by India’s home ministry … the ministry said":
			// the institution described since the one named
			if a, b := f.ownedInstitutionBefore(npA, hl, f.orgNamedBy(hl)); a >= 0 && head == npA+1 {
				return f.entityByName(f.spanPhrase(a, b), eGroup, f.toks[npA].s), affil
			}
			if id := f.orgNamedBy(hl); id >= 0 {
				f.ents[id].last = f.toks[npA].s
				return id, affil
			}
			// "investment banking giant Goldman Sachs … the bank said":
			// the organisation just named
			if id := f.institutionBack(npA); id >= 0 && head == npA+1 && backInstitution(hl) {
				f.ents[id].last = f.toks[npA].s
				return id, affil
			}
		}
		// "The Writers Guild of America applauded… “…,” the union said":
		// the labour body named last, in this paragraph or the one before
		if !owned && head == npA+1 && (hl == "union" || hl == "guild") {
			if id := f.unionBack(npA); id >= 0 {
				f.ents[id].last = f.toks[npA].s
				return id, affil
			}
		}
		// "The paper said": the newspaper the article named, when it has
		// spoken of a newspaper (not a research paper)
		if !owned && head == npA+1 && (hl == "paper" || hl == "newspaper") {
			if id := f.newspaperBack(f.toks[head].s); id >= 0 {
				return id, affil
			}
		}
		// "one man with a neatly trimmed beard approaches… “…,” the man
		// asks": a plain person noun is the one just introduced so
		// ("the guy" is "the man"), not the latest named person
		introduced := false
		if !owned && f.toks[npA].lower == "the" && !f.toks[head].cap && plainPersonNoun(hl) {
			if a, b := f.indefiniteBefore(npA, head); a >= 0 {
				name, introduced = f.spanPhrase(a, b), true
			} else if a, b := f.describedSubjectBefore(npA); a >= 0 {
				// "A teacher at the hub has branded… The woman, who…"
				name, introduced = f.spanPhrase(a, b), true
			}
		}
		// "Radek Babicek … explains. … the expert explains": the named
		// expert quoted last
		if !introduced && !owned {
			if id := f.expertBack(npA, head); id >= 0 {
				return id, affil
			}
		}
		// ("The second official put it this way: “…,” the official said":
		// the source counted off last)
		if !introduced && !owned && f.toks[npA].lower == "the" && !f.toks[head].cap {
			if a, b := f.countedBefore(npA, head); a >= 0 {
				name, introduced = f.spanPhrase(a, b), true
			}
		}
		if !introduced {
			if id := f.definite(hl, !owned && !institution(hl)); id >= 0 && f.qualifierFits(npA+1, head, id) {
				return id, affil
			}
		}
		// ("The billionaire, who also runs SpaceX, added": a relative
		// clause describes the person referred back to)
		whoAppos := head+2 < len(f.toks) && f.isPunct(head+1, ",") && f.toks[head+2].lower == "who"
		if !introduced && !owned && npB == head+1 && (appos == "" || whoAppos) && f.toks[npA].lower == "the" {
			if id := f.roleBack(npA, head); id >= 0 {
				return id, appos
			}
			if id := f.pastMemberBack(npA, head); id >= 0 {
				return id, appos
			}
		}
		// "It was a wine merchant in Berlin who told me… “…,” the Berlin
		// wine merchant said": named as first introduced
		if !introduced && !owned && f.toks[npA].lower == "the" && !f.toks[head].cap {
			if a, b := f.indefiniteBefore(npA, head); a >= 0 {
				name = f.spanPhrase(a, b)
			} else if k := f.barePluralBefore(npA, head); k >= 0 {
				// "lawmakers on the committee requested… the lawmakers
				// wrote": a bare plural introduced them
				// ("Lawmakers asked…" opening a sentence: the noun)
				name = f.spanPhrase(k, k+1)
				name.text = name.lower
			}
		}
		if introduced {
			affil = appos // (the phrase's own words are the name's)
		}
		// ("the lobby group", "the oil company": plain modifiers too)
		if (head == npA+1 || !owned && f.plainModifiers(npA+1, head)) && f.toks[head].is(cOrgHead) {
			id := f.lastOrg()
			// "BP says … approved by the EPA and the Coast Guard … the
			// company said": a company is no public body
			if id >= 0 && businessNoun(hl) && f.publicEnt(id) {
				id = f.lastCompany(id)
			}
			// "Google announced the change … “…,” the company wrote": a
			// one-word name opening a recent sentence, more recent than
			// any organisation known
			// ("Analysts at Eurasia Group expect… Hamas rejected the plan.
			// “…,” the group said": named after the organisation last
			// known)
			if k := f.companyBefore(npA); k >= 0 && (id < 0 || f.paraAt(f.ents[id].last) < f.toks[npA].para-2 || f.ents[id].last < f.toks[k].s) {
				id = f.orgEntity(f.spanPhrase(k, k+1), f.toks[k].s)
				f.ents[id].seenOrg = true
			}
			if id >= 0 {
				return id, affil
			}
		}
	}
	// "a resident who would say only that his name was “Perry”": the
	// name the description gives
	if k := f.nameGiven(npB); k >= 0 && !f.toks[head].is(cDoc) {
		return f.quotedNameEnt(k), affil
	}
	// "the director …, who asked to use the pseudonym James"
	if id := f.pseudonymGiven(npB, mm); id >= 0 && !f.toks[head].is(cDoc) {
		return id, affil
	}
	if bodyName.text != "" && name == bodyName {
		name = f.spanPhrase(npA+1, head+1)
	}
	if bodyName.text != "" && hl == "agency" && name.lower == f.spanPhrase(npA+1, head+1).lower {
		// ("the Saudi Press agency": an organisation, which "the agency"
		// later names; "the government" after "the UK government" is
		// found by its head noun, as a described body)
		id := f.entityByName(name, eOrg, f.toks[npA].s)
		if e := &f.ents[id]; len(e.parts) == 0 {
			f.setParts(id, strings.Fields(name.lower))
		}
		e := &f.ents[id]
		e.head = hl
		if e.affil == "" {
			e.affil = affil
		}
		return id, affil
	}
	id := f.entityByName(name, eGroup, f.toks[npA].s)
	e := &f.ents[id]
	e.head = hl
	if h := f.pickedHead(npA, npB); h != "" {
		e.head = h // "one of his advisers" is "the adviser" later
	}
	if e.gender == 0 {
		e.gender = roleGender(hl) // "her husband" is no "she"
	}
	e.plural = strings.HasSuffix(hl, "s") && !strings.HasSuffix(hl, "ss") && !f.toks[head].is(cDoc) && hl != "news" || irregularPlural(hl)
	if e.affil == "" {
		e.affil = affil
	}
	return id, affil
}

// spokesNoun reports the nouns for one who speaks for another.
func spokesNoun(w string) bool {
	return w == "spokesman" || w == "spokeswoman" || w == "spokesperson"
}

// honorifics reports whether tokens [a, b) are only forms of address
// ("Mrs", "Mr."), which say nothing of a speaker's role.
func (f *finder) honorifics(a, b int) bool {
	for k := a; k < b; k++ {
		t := &f.toks[k]
		if t.k == tPunct && t.w == "." {
			continue
		}
		switch t.lower {
		case "mr", "mrs", "ms", "miss", "mx", "sir", "madam", "madame", "dame", "mr.", "mrs.", "ms.", "mx.":
		default:
			return false
		}
	}
	return true
}

// joinAffil returns strings.TrimSpace(a + " " + b), concatenating only
// when both are given.
func joinAffil(a, b string) string {
	switch {
	case a == "":
		return strings.TrimSpace(b)
	case b == "":
		return strings.TrimSpace(a)
	}
	return strings.TrimSpace(a + " " + b)
}

// plainModifiers reports whether tokens [a, b) are at most three
// lower-case words that modify a noun ("the appeals court", "the federal
// district court"), no determiner, preposition or verb among them.
func (f *finder) plainModifiers(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.cap || t.is(cDet|cPrep|cFunction|cSkip|cStopNP) || t.poss {
			return false
		}
		if _, v := t.verb(); v {
			return false
		}
	}
	return true
}

// honorificTitles reports whether the titles are forms of address only
// (or none).
func honorificTitles(titles []string) bool {
	for _, t := range titles {
		switch t {
		case "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame":
		default:
			return false
		}
	}
	return true
}

// frontedMax bounds the fronted adverbial phrase subjectNP skips to its
// comma: a phrase with its own clause ("In a sign of how deeply the
// dismissal of the three chiefs shook the establishment, six candidates
// issued a statement warning…") runs past fifteen words.
const frontedMax = 22

// longPartyTag reports whether tokens [a, b) are a party-state tag
// whose state takes more than one word ("D-New Jersey", "R-South
// Carolina"): a parenthesis between the name and its verb, as "R-Iowa" is.
func (f *finder) longPartyTag(a, b int) bool {
	if b-a < 2 || b-a > 3 || !isPartyTag(f.toks[a].w) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !f.isCapWord(k) {
			return false
		}
	}
	return true
}

// tagAnd returns the "and" at token k, or right after a full stop there,
// that joins a party tag to an appositive role ending before token j
// ("R-Ill. and chairman of the subcommittee"), or -1.
func (f *finder) tagAnd(k, j int) int {
	if f.isPunct(k, ".") {
		k++
	}
	if k+1 < j && f.toks[k].k == tWord && f.toks[k].lower == "and" && f.apposStartAt(k+1) {
		return k
	}
	return -1
}
