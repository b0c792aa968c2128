package quotes

import (
	"strings"
	"unicode/utf8"
)

// Helpers of the tenth round (issue 20) for references, documents and
// junk speakers: definite descriptions that refer back to a named speaker
// or body ("the expert", "the bank", "the judge", "the lawmakers"), the
// authors of written texts (books, editorials, a statement by a described
// source or a family, "In a letter …, X wrote"), words that are no
// speaker (sentence adverbs, occasions, wars, administrative areas, user
// names are names), and pronouns in exchanges and interviews (the
// writer's questions, replies, asides between dashes, names inside the
// quotation).

// expertNoun reports role nouns for a specialist an article quotes by name
// and then refers back to with "the expert".
func expertNoun(w string) bool {
	switch w {
	case "expert", "analyst", "specialist":
		return true
	}
	return false
}

// expertBack resolves "the expert" (tokens npA and head, nothing between)
// to the person the text has given that role, else to the latest named
// person quoted in the paragraph or the three before: an article that
// quotes "Radek Babicek from Fantastic Gardeners" goes on with "the expert
// explains". It returns -1 when the text introduced an unnamed one ("an
// expert told us … the expert said") or quoted no named person lately.
func (f *finder) expertBack(npA, head int) int {
	hl := f.toks[head].lower
	if head != npA+1 || f.toks[npA].lower != "the" || f.toks[head].cap || !expertNoun(hl) {
		return -1
	}
	if a, _ := f.indefiniteBefore(npA, head); a >= 0 {
		return -1
	}
	if id := f.definite(hl, false); id >= 0 {
		if f.ents[id].kind == ePerson {
			return id
		}
		return -1
	}
	pos := f.toks[head].s
	para := f.toks[head].para
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= pos {
			continue
		}
		if para-f.paraAt(ev.pos) > 3 {
			break
		}
		if e := &f.ents[ev.ent]; ev.speaker && e.kind == ePerson {
			return ev.ent
		}
	}
	return -1
}

// institutionBack resolves "the bank", "the agency", "the center" that no
// organisation named with the word is (see orgNamedBy) to the
// organisation mentioned last, in the paragraph or the one before:
// "investment banking giant Goldman Sachs … the bank said".
func (f *finder) institutionBack(npA int) int {
	return f.namedLastBefore(npA, func(e *entity) bool { return e.kind == eOrg && !e.place || f.orgNamedAsPerson(e) })
}

// namedLastBefore returns the entity ok accepts that was mentioned last
// before token npA, when that mention is in npA's paragraph or the one
// before; else -1.
func (f *finder) namedLastBefore(npA int, ok func(e *entity) bool) int {
	pos := f.toks[npA].s
	best := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		if e.last >= pos || !ok(e) {
			continue
		}
		if best < 0 || e.last > f.ents[best].last {
			best = i
		}
	}
	if best < 0 || f.toks[npA].para-f.paraAt(f.ents[best].last) > 1 {
		return -1
	}
	return best
}

// backInstitution reports the institution nouns that may refer back to
// a body whose name lacks the word ("Goldman Sachs … the bank", "the
// Storm Prediction Center … the agency"); "the court" or "the ministry"
// with no such body named is someone new, not the company named last.
func backInstitution(w string) bool {
	switch w {
	case "bank", "agency", "force", "bureau", "authority", "center", "centre", "foundation", "institute":
		return true
	}
	return false
}

// judgeRole reports whether person e is a judge by title or affiliation:
// "Justice Alexander Sosna", "Ontario Superior Court Justice", "Magistrate
// Ann Roe".
func judgeRole(e *entity) bool {
	for _, w := range []string{"justice", "judge", "magistrate"} {
		if containsStr(e.titles, w) {
			return true
		}
	}
	affil := e.lowerAffil()
	return containsWord(affil, "judge") || containsWord(affil, "magistrate") ||
		containsWord(affil, "justice") && strings.Contains(affil, "court")
}

// orgNamedAsPerson reports whether e, taken for a person, is a body the
// text first named after a noun for one: "investment banking giant Goldman
// Sachs", "the firm Brandt Weiss".
func (f *finder) orgNamedAsPerson(e *entity) bool {
	if e.kind != ePerson || e.gender != 0 || len(e.titles) > 0 || e.affil != "" {
		return false
	}
	k := f.tokAt(e.first)
	if k <= 0 {
		return false
	}
	p := &f.toks[k-1]
	return p.k == tWord && !p.cap && (p.is(cOrgHead) || institution(p.lower) || firmNoun(p.lower))
}

// questionAux reports whether token k is an auxiliary opening a question
// ("Is Starmer a good leader?", "Did Okafor know?"): it is no part of the
// name after it.
func (f *finder) questionAux(s sentence, k int) bool {
	return k == s.a && auxiliary(f.toks[k].lower) && f.isPunct(s.b-1, "?")
}

// narratorQuestion reports whether sentence si is a question the writer
// asks in narration, with no quotation in it: an interview's question,
// whose names are not the one who answers.
func (f *finder) narratorQuestion(si int) bool {
	if si < 0 || si >= len(f.sents) {
		return false
	}
	s := f.sents[si]
	if s.b <= s.a || !f.isPunct(s.b-1, "?") {
		return false
	}
	for k := s.a; k < s.b; k++ {
		if f.toks[k].k == tQuote {
			return false
		}
	}
	return true
}

// speakerBefore returns the person quoted last in the events before index
// i, in the paragraph of pos or the four before it, or -1.
func (f *finder) speakerBefore(i, pos int) int {
	para := f.paraAt(pos)
	for j := i - 1; j >= 0 && j > i-maxCandidates; j-- {
		ev := f.events[j]
		if para-f.paraAt(ev.pos) > 4 {
			break
		}
		if ev.speaker && f.ents[ev.ent].kind == ePerson {
			return ev.ent
		}
	}
	return -1
}

// barePluralBefore returns the token of an earlier bare use of the plural
// head noun of "the <modifiers> <head>" (tokens npA … head) that
// introduced the group: "Following the arrests, lawmakers on the committee
// requested…" before "the lawmakers wrote" (a bare plural is the plural
// of "a"). The latest earlier use decides: one with a determiner or a
// modifier before it ("the lawmakers", "several lawmakers") is no bare
// introduction. It returns -1 when there is none.
func (f *finder) barePluralBefore(npA, head int) int {
	t := &f.toks[head]
	hl := t.lower
	// ("Bishops in Saskatchewan are recognizing…" before "the bishops
	// wrote": a title's plural too)
	if t.cap || len(hl) < 4 || !strings.HasSuffix(hl, "s") || strings.HasSuffix(hl, "ss") || f.lx.is(hl, cDoc) || !f.lx.is(hl, cRole) && !f.pluralTitle(t) {
		return -1
	}
	for i := npA - 1; i >= 0 && i >= npA-1500; i-- {
		w := &f.toks[i]
		if w.k != tWord || w.lower != hl {
			continue
		}
		// (the text's first word opens its first sentence)
		if i == 0 {
			return i
		}
		p := &f.toks[i-1]
		switch {
		case p.k == tBreak || p.k == tPunct && strings.Contains(",;:.", p.w):
			return i
		case p.k == tWord && !p.cap && p.is(cPrep) && !p.is(cDet):
			return i
		case p.k == tWord && p.lower == "and" && f.bareAfterAnd(i):
			return i
		}
		return -1
	}
	return -1
}

// occasionNoun reports nouns for an occasion of speaking or a text that a
// speaker speaks "in" or "at": "in a news briefing", "at a press
// conference", "in a statement".
func occasionNoun(w string) bool {
	switch w {
	case "briefing", "conference", "interview", "speech", "address", "statement", "post", "tweet",
		"letter", "message", "hearing", "meeting", "summit", "rally", "podcast", "broadcast":
		return true
	}
	return false
}

// nameBeforeOccasion reports the person named right before "in"/"at"/
// "during" and the phrase [a, end) that names an occasion of speaking
// ("Vikram Misri in a news briefing in New Delhi accused"): the person is
// the subject, the occasion a phrase of the verb.
func (f *finder) nameBeforeOccasion(s sentence, a, end int, mm mentionMap) (int, int, bool) {
	p := a - 1
	if p-1 < s.a || a >= end || !f.toks[a].is(cDet) {
		return 0, 0, false
	}
	if w := f.toks[p].lower; w != "in" && w != "at" && w != "during" {
		return 0, 0, false
	}
	// the occasion's head: the first noun of the phrase before a
	// preposition or its end
	h := a + 1
	for h < end && f.toks[h].k == tWord && !f.toks[h].is(cPrep) && !occasionNoun(f.toks[h].lower) {
		h++
	}
	if h >= end || !occasionNoun(f.toks[h].lower) || f.toks[h].cap {
		return 0, 0, false
	}
	m := mm.at(p - 1)
	if m == nil || m.b != p || m.poss || m.kind != mPerson && m.kind != mUnknown {
		return 0, 0, false
	}
	return m.a, m.b, true
}

// authoredText reports the nouns for a written text whose words are its
// author's: the documents of textDoc and books, pamphlets and the like
// ("Blair's new book … The book says").
func authoredText(w string) bool {
	switch w {
	case "book", "memoir", "memoirs", "autobiography", "brochure", "pamphlet", "leaflet", "booklet",
		"manifesto", "essay", "op-ed", "column", "presentation", "slideshow", "slides":
		return true
	}
	return textDoc(w)
}

// linkedName reports whether the person-like name m follows a link word
// right after another person's name ("Lauren Nel from Natural Justice"):
// it is that person's affiliation, a body, not a second person.
func (f *finder) linkedName(m *mention, mm mentionMap) bool {
	if m.kind != mPerson || m.poss || len(m.titles) > 0 || m.a-2 < 0 {
		return false
	}
	switch f.toks[m.a-1].lower {
	case "of", "from", "at", "with":
	default:
		return false
	}
	p := mm.at(m.a - 2)
	return p != nil && p.b == m.a-1 && p.kind == mPerson && !p.poss
}

// sentenceAdverb reports a capitalised adverb opening a sentence or
// following a quotation before a comma ("Luckily, Fischer says, …"): no
// name. Only endings no surname has are taken ("Connolly," and "Daly,"
// may open a sentence).
func (f *finder) sentenceAdverb(s sentence, k int) bool {
	t := &f.toks[k]
	if !f.initialPos(s, k) || !f.isPunct(k+1, ",") || !frontedAdverb(t) {
		return false
	}
	for _, suf := range []string{"ily", "ally", "ately", "ously", "ently", "antly", "ively", "fully", "edly", "ingly", "ably", "ibly", "ssly", "tely"} {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// outletText reports the texts an outlet publishes as its own: "an
// editorial in the Daily Star".
func outletText(w string) bool {
	switch w {
	case "editorial", "editorials", "leader", "column", "op-ed", "commentary":
		return true
	}
	return false
}

// outletOfText returns the outlet named after "in" following an outlet's
// text at token head ("An editorial in Lebanon's French-language daily,
// L'Orient le Jour, notes"), within a few words and before any verb, or -1.
// A possessive place on the way ("Lebanon's") only qualifies the outlet.
func (f *finder) outletOfText(head int, mm mentionMap) int {
	t := &f.toks[head]
	end := mm.base + len(mm.idx)
	if t.cap || !outletText(t.lower) {
		return -1
	}
	// "The paper's editorial adds": the newspaper named before
	if p := head - 1; p >= 0 && f.toks[p].poss {
		if w := strings.TrimSuffix(strings.TrimSuffix(f.toks[p].lower, "'s"), "’s"); w == "paper" || w == "newspaper" || w == "daily" {
			return f.newspaperBack(f.toks[p].s)
		}
	}
	if head+2 >= end || f.toks[head+1].lower != "in" {
		return -1
	}
	for k := head + 2; k < end && k < head+10; k++ {
		w := &f.toks[k]
		if m := mm.at(k); m != nil && m.a == k {
			if m.poss || m.kind == mPlace || m.b-m.a == 1 && placeAdjective(&f.toks[m.a]) {
				k = m.b - 1
				continue
			}
			if m.kind == mOrg || m.kind == mUnknown || m.kind == mPerson {
				return f.authorEnt(m)
			}
			return -1
		}
		if _, v := w.verb(); v && !w.cap && !isParticipleEd(w) {
			return -1
		}
	}
	return -1
}

// placeAdjective reports a capitalised compound adjective made from a
// place or a language ("Beirut-based", "French-language",
// "Moscow-backed"): it qualifies the name after it and is no part of it.
func placeAdjective(t *token) bool {
	if !t.cap || !hasHyphen(t.lower) {
		return false
	}
	i := strings.LastIndexByte(t.lower, '-')
	if i < 0 {
		return false
	}
	switch t.lower[i+1:] {
	case "based", "language", "owned", "backed", "funded", "registered", "listed", "headquartered", "speaking", "run":
		return true
	}
	return false
}

// describedAuthor finds a described source after "by"/"from" following
// the text at token head: "a"/"an", at most three modifiers and a singular
// person noun ("a statement by a Sussex spokesperson", "an unnamed
// official"). It returns the phrase's first token and its head, or -1, -1.
func (f *finder) describedAuthor(head int, mm mentionMap) (int, int) {
	end := mm.base + len(mm.idx)
	n := head + 2
	if n >= end || (f.toks[head+1].lower != "by" && f.toks[head+1].lower != "from") {
		return -1, -1
	}
	switch f.toks[n].lower {
	case "a", "an":
		for h := n + 1; h < end && h <= n+4; h++ {
			t := &f.toks[h]
			if t.k != tWord || t.is(cFunction|cPrep) {
				return -1, -1
			}
			if !t.cap && (spokesNoun(t.lower) || sourceNoun(t.lower) && f.lx.is(t.lower, cRole)) {
				return n, h
			}
		}
	case "the":
		// "a statement from the family": the family named so
		if h := n + 1; h < end && f.toks[h].k == tWord && !f.toks[h].cap && familyNoun(f.toks[h].lower) {
			return n, h
		}
	}
	return -1, -1
}

// familyNoun reports the nouns for a family or household that issues a
// statement as one ("the family", "the couple", "the parents").
func familyNoun(w string) bool {
	switch w {
	case "family", "families", "couple", "parents", "relatives", "household":
		return true
	}
	return false
}

// pseudonymGiven returns the person named by the relative clause at token
// b (after an optional comma) that gives a described speaker a name
// without quotation marks: "the director of academic management, who
// asked to use the pseudonym James", "who gave only her first name, Ana",
// "who identified himself only as Omar". It returns -1 when there is none.
func (f *finder) pseudonymGiven(b int, mm mentionMap) int {
	end := mm.base + len(mm.idx)
	// (past the rest of the phrase: "the director of academic management
	// at SUM, who")
	for i := b; i < end && i < b+8 && f.toks[i].k == tWord && f.toks[i].lower != "who"; i++ {
		if _, v := f.toks[i].verb(); v {
			return -1
		}
		b = i + 1
	}
	if f.isPunct(b, ",") {
		b++
	}
	if b >= end || f.toks[b].lower != "who" {
		return -1
	}
	for i := b + 1; i+1 < end && i < b+14; i++ {
		t := &f.toks[i]
		if t.k != tWord {
			if f.isPunct(i, ",") {
				continue
			}
			return -1
		}
		w := t.lower
		named := w == "pseudonym" || w == "alias" || (w == "name" && (f.toks[i-1].lower == "first" || f.toks[i-1].lower == "the")) ||
			(w == "as" && (f.toks[i-1].lower == "only" || f.toks[i-1].lower == "identified"))
		if !named {
			continue
		}
		n := i + 1
		if f.isPunct(n, ",") {
			n++
		}
		m := mm.at(n)
		if m == nil || m.a != n || m.poss || (m.kind != mPerson && m.kind != mUnknown) {
			return -1
		}
		m.kind = mPerson
		if m.ent < 0 {
			f.resolveMention(m)
		}
		return m.ent
	}
	return -1
}

// pronounSubjectBefore returns the gender ('m', 'f') of a "he" or "she"
// that comes before the name of event ev in its sentence, with no other
// name between, or 0.
func (f *finder) pronounSubjectBefore(ev event) byte {
	k := f.tokAt(ev.pos)
	if k < 0 || ev.sent < 0 || ev.sent >= len(f.sents) {
		return 0
	}
	s := f.sents[ev.sent]
	// ("He said Isaac zeroed in on…": whom a verb of speech reports on
	// may speak next)
	if p := k - 1; p >= s.a && f.toks[p].k == tWord {
		if v, ok := f.toks[p].verb(); ok && v.core {
			return 0
		}
	}
	for j := k - 1; j >= s.a && j >= k-20; j-- {
		t := &f.toks[j]
		if t.k == tQuote || t.k == tWord && t.cap && !t.is(cFunction) {
			return 0
		}
		switch t.lower {
		case "he":
			return 'm'
		case "she":
			return 'f'
		}
	}
	return 0
}

// roleThenName finds the subject of "<role phrase>, <role words> <Name>,
// [age,] [from <place>,] said" whose clause of speech follows the comma at
// token j: the person named after lower-case role words in an appositive
// ("Fellow protester, mechanical engineer Richard Weir, 60, from
// Tynemouth, said"). The phrase before the appositive, which names no
// one, is the affiliation. It returns the name's tokens and that phrase.
func (f *finder) roleThenName(s sentence, j int, mm mentionMap) (int, int, string, bool) {
	end := j // the comma closing the segment looked at
	for n := 0; n < 4; n++ {
		c := end - 1
		for c > s.a && !f.isPunct(c, ",;:—–()") && f.toks[c].k != tQuote {
			c--
		}
		if c <= s.a || !f.isPunct(c, ",") || c+1 >= end {
			return 0, 0, "", false
		}
		// an age, "from <place>", or a place alone: go on to the segment
		// before
		first := &f.toks[c+1]
		if c+2 == end && isNumber(first.w) || first.k == tWord && !first.cap && (first.lower == "from" || first.lower == "of" || first.lower == "in") {
			end = c
			continue
		}
		if pm := mm.at(c + 1); pm != nil && pm.a == c+1 && pm.b == end && pm.kind == mPlace {
			end = c
			continue
		}
		// lower-case role words, then a name closing the segment
		k := c + 1
		for k < end && f.toks[k].k == tWord && !f.toks[k].cap && !f.toks[k].is(cFunction|cPrep|cStopNP) {
			if _, v := f.toks[k].verb(); v {
				return 0, 0, "", false
			}
			k++
		}
		if k == c+1 {
			return 0, 0, "", false
		}
		pm := mm.at(k)
		if pm == nil || pm.a != k || pm.b != end || pm.poss || !(pm.kind == mPerson || pm.kind == mUnknown && pm.b-pm.ca >= 2) {
			return 0, 0, "", false
		}
		// the phrase before names no one and opens the sentence
		st := c - 1
		for st > s.a && f.toks[st-1].k == tWord {
			st--
		}
		if st != s.a {
			return 0, 0, "", false
		}
		for i := st; i < c; i++ {
			// ("Fellow protester": a capitalised word opening the
			// sentence before a lower-case noun is no name)
			if q := mm.at(i); q != nil && (q.kind == mPerson || q.kind == mUnknown) && !(q.a == s.a && q.b == s.a+1 && q.b < c && !f.toks[q.b].cap) {
				return 0, 0, "", false
			}
		}
		return pm.a, pm.b, f.spanText(st, c), true
	}
	return 0, 0, "", false
}

// nameBeforeAppos reports the person named right before ", a/an/the …"
// when the phrase at token a is an appositive describing that person
// ("David Savidge, a former police officer who responded said").
func (f *finder) nameBeforeAppos(s sentence, a int, mm mentionMap) (int, int, bool) {
	if a-2 < s.a || !f.isPunct(a-1, ",") {
		return 0, 0, false
	}
	if w := f.toks[a].lower; w != "a" && w != "an" && w != "the" {
		return 0, 0, false
	}
	m := mm.at(a - 2)
	if m == nil || m.b != a-1 || m.poss || m.kind != mPerson {
		return 0, 0, false
	}
	if m.a > s.a && f.toks[m.a-1].k == tWord && (f.toks[m.a-1].is(cPrep) || f.toks[m.a-1].is(cVerb)) {
		return 0, 0, false // an object, not the subject
	}
	return m.a, m.b, true
}

// coordinated reports whether the name at rune offset pos is followed by
// "and" and a possessive pronoun or a plural noun ("Gallagher and his
// colleagues", "Smith and others"): one of a group that "they" may stand
// for only with the rest.
func (f *finder) coordinated(pos int) bool {
	k := f.tokAt(pos)
	if k < 0 {
		return false
	}
	// past the rest of the name
	for k+1 < len(f.toks) && f.toks[k+1].k == tWord && f.toks[k+1].cap {
		k++
	}
	if k+2 >= len(f.toks) || f.toks[k+1].lower != "and" {
		return false
	}
	n := &f.toks[k+2]
	return n.k == tWord && !n.cap && (possessivePronoun(n.lower) != "" || n.lower == "others" || n.lower == "colleagues")
}

// bodyNamedAfter returns the token of the name that follows a noun for a
// body within a few words of token n, past lower-case modifiers and one
// capitalised adjective ("the Chechen state publishing house Put"), or -1.
func (f *finder) bodyNamedAfter(n int, mm mentionMap) int {
	for k := n; k+1 < len(f.toks) && k < n+6; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.is(cFunction|cPrep) {
			return -1
		}
		if t.cap && k > n {
			return -1
		}
		if !t.cap && (firmNoun(t.lower) || t.is(cOrgHead) || institution(t.lower) || t.lower == "house") {
			if m := mm.at(k + 1); m != nil && m.a == k+1 && !m.poss {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// affilShared reports whether a content word of a described speaker's
// phrase (its affiliation, "of the state’s largest teachers union") is in
// desc, what the text says of a person named later: a word of four letters
// or more that is no function word or number.
func (f *finder) affilShared(affil, desc string) bool {
	for _, w := range strings.Fields(strings.ToLower(affil)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:()"), "'s"), "’s")
		if len(w) < 4 || f.lx.is(w, cFunction|cDet|cPrep|cStopNP) || isNumber(w) {
			continue
		}
		switch w {
		case "state", "national", "local", "largest", "biggest", "former", "senior", "country", "city":
			continue // too common to tie two descriptions
		}
		if containsWord(desc, w) {
			return true
		}
	}
	return false
}

// linesSpeaker returns the person who utters, sings, reads or recites
// "the lines" or "the words" right before the colon at token c ("just
// after Weaver uttered the lines:"), or -1.
func (f *finder) linesSpeaker(s sentence, c int, mm mentionMap) int {
	n := c - 1
	if n-2 < s.a || (f.toks[n].lower != "lines" && f.toks[n].lower != "words" && f.toks[n].lower != "line") {
		return -1
	}
	d := n - 1
	if w := f.toks[d].lower; w != "the" && w != "these" && w != "those" && possessivePronoun(w) == "" {
		return -1
	}
	v := d - 1
	switch f.toks[v].lower {
	case "uttered", "utters", "sang", "sings", "read", "reads", "recited", "recites", "spoke", "speaks",
		"delivered", "delivers", "chanted", "chants", "shouted", "shouts", "wrote", "writes":
	default:
		return -1
	}
	m := mm.at(v - 1)
	if m == nil || m.b != v || m.poss || (m.kind != mPerson && m.kind != mUnknown) {
		return -1
	}
	m.kind = mPerson
	if m.ent < 0 {
		f.resolveMention(m)
	}
	return m.ent
}

// officeAnd reports whether "and" at token i joins two lower-case nouns of
// an office's "of" phrase before a name: "minister of mines and energy Tom
// Alweendo", "secretary of health and human services Ana Ruiz".
func (f *finder) officeAnd(s sentence, i int) bool {
	if i-2 < s.a || i+2 >= s.b {
		return false
	}
	p, n := &f.toks[i-1], &f.toks[i+1]
	if p.k != tWord || p.cap || p.is(cFunction) || n.k != tWord || n.cap || n.is(cFunction) {
		return false
	}
	if f.toks[i-2].lower != "of" {
		return false
	}
	// a name follows the second noun (or one more lower-case word)
	for k := i + 2; k < s.b && k <= i+3; k++ {
		if f.isCapWord(k) {
			return true
		}
		if f.toks[k].k != tWord || f.toks[k].is(cFunction) {
			return false
		}
	}
	return false
}

// namedInQuote reports whether a quotation of sentence s names person id
// by a capitalised part of the name of four letters or more, as a whole
// word ("“Mr Al Fayed is a very persuasive man,” he said" names Al Fayed).
func (f *finder) namedInQuote(s sentence, id int) bool {
	e := &f.ents[id]
	if e.kind != ePerson {
		return false
	}
	for k := s.a; k < s.b; k++ {
		t := &f.toks[k]
		if t.k != tQuote || t.q < 0 || t.q >= len(f.regs) || f.qs[t.q].named {
			continue
		}
		g := f.regs[t.q]
		if !f.lowerOK {
			return false
		}
		txt := f.text(g.start, g.stop) // (no copy: a slice of the text)
		low := f.lower[f.off[g.start]:f.off[g.stop]]
		for _, p := range e.parts {
			if len(p) < 4 {
				continue
			}
			for i := 0; ; {
				j := strings.Index(low[i:], p)
				if j < 0 {
					break
				}
				a, b := i+j, i+j+len(p)
				// (not "I’ve been called Juice": the speaker's own name)
				if (a == 0 || !isLetterByte(txt[a-1])) && (b == len(txt) || !isLetterByte(txt[b])) && txt[a] >= 'A' && txt[a] <= 'Z' &&
					!strings.HasSuffix(low[:a], "called ") && !strings.HasSuffix(low[:a], "named ") && !strings.HasSuffix(low[:a], "call me ") {
					return true
				}
				i = b
			}
		}
	}
	return false
}

// dashAside reports whether the name of event ev stands between two
// dashes of its sentence that set off an aside ("… for Hodgson - his
// predecessor Lawrie Sanchez insisted on … - but height …"), with a name
// of a person before the first dash.
func (f *finder) dashAside(ev event) bool {
	k := f.tokAt(ev.pos)
	if k < 0 || ev.sent < 0 || ev.sent >= len(f.sents) {
		return false
	}
	s := f.sents[ev.sent]
	dash := func(i int) bool { return f.isPunct(i, "-–—") || f.toks[i].k == tPunct && f.toks[i].w == "--" }
	open := -1
	for i := k - 1; i >= s.a; i-- {
		if dash(i) {
			open = i
			break
		}
		if f.toks[i].k == tQuote {
			return false
		}
	}
	if open <= s.a {
		return false
	}
	closed := false
	for i := k + 1; i < s.b; i++ {
		if dash(i) {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for i := s.a; i < open; i++ {
		if f.toks[i].k == tWord && f.toks[i].cap && i > s.a {
			return true
		}
	}
	return false
}

// turnBefore returns the index in f.accepted of the quotation before the
// turn of quotation i-1: i-2, or, when i-2 is the same speaker's in the
// same paragraph (one turn split around its attribution), the one before
// that.
func (f *finder) turnBefore(i int) int {
	j := i - 2
	p1 := &f.qs[f.accepted[i-1]]
	for j > 0 && j >= i-4 {
		q := &f.qs[f.accepted[j]]
		if q.ent != p1.ent || q.tok < 0 || p1.tok < 0 || f.paraEnd(q.tok) != f.toks[p1.tok].para {
			break
		}
		j--
	}
	return j
}

// replyParty returns, for a "he"/"she" who replies in paragraph para, the
// other party of the exchange: the person quoted before the one quoted
// last, when the one quoted last was quoted in the paragraph before and
// the other one's gender fits the pronoun (the last one's does not, or is
// unknown); else -1.
func (f *finder) replyParty(pron string, para int) int {
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	n := len(f.accepted)
	if n < 2 {
		return -1
	}
	last := &f.qs[f.accepted[n-1]]
	if last.ent < 0 || last.tok < 0 || f.ents[last.ent].kind != ePerson || para-f.paraEnd(last.tok) != 1 || f.ents[last.ent].gender == g {
		return -1
	}
	for j := n - 2; j >= 0 && j >= n-5; j-- {
		q := &f.qs[f.accepted[j]]
		if q.tok < 0 || para-f.paraEnd(q.tok) > 6 {
			return -1
		}
		if q.ent >= 0 && q.ent != last.ent {
			if e := &f.ents[q.ent]; e.kind == ePerson && (e.gender == g || e.gender == 0) {
				return q.ent
			}
			return -1
		}
	}
	return -1
}

// controlVerb returns the verb whose infinitive complement the verb at v
// is ("preferred to describe", "chose to call", "went on to describe"),
// with its subject before it, or -1.
func (f *finder) controlVerb(s sentence, v int) int {
	if v-2 < s.a || f.toks[v-1].lower != "to" {
		return -1
	}
	c := v - 2
	if f.toks[c].lower == "on" && c-1 >= s.a && (f.toks[c-1].lower == "went" || f.toks[c-1].lower == "goes") {
		return c - 1
	}
	switch f.toks[c].lower {
	case "preferred", "prefers", "chose", "chooses", "decided", "decides", "wanted", "wants", "tried", "tries",
		"sought", "seeks", "refused", "refuses", "declined", "declines", "opted", "opts", "continued", "continues":
		return c
	}
	return -1
}

// thirdPersonIn reports whether the quotation starting at rune offset pos
// speaks of person id as "she"/"her" or "he"/"him"/"his" (by id's gender)
// and has no "I" of its own: its speaker is someone else.
func (f *finder) thirdPersonIn(pos, id int) bool {
	g := f.ents[id].gender
	if g == 0 {
		return false
	}
	k := f.tokAt(pos)
	if k < 0 || f.toks[k].k != tQuote || f.toks[k].q < 0 || f.toks[k].q >= len(f.regs) {
		return false
	}
	r := f.regs[f.toks[k].q]
	if !f.lowerOK {
		return false
	}
	low := f.lower[f.off[r.start]:f.off[r.stop]]
	for _, w := range []string{"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my"} {
		if hasWord(low, w) {
			return false
		}
	}
	prons := []string{"she", "her"}
	if g == 'm' {
		prons = []string{"he", "him", "his"}
	}
	for _, w := range prons {
		if hasWord(low, w) {
			return true
		}
	}
	return false
}

// hasWord reports whether the lower-case text s holds w bounded by
// non-letters (an apostrophe after it ends it too: "her'" no, "she’s"
// yes).
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		if (a == 0 || !isLetterByte(s[a-1])) && (b == len(s) || !isLetterByte(s[b])) {
			return true
		}
		i = a + 1
	}
}

// speakerOfSentence returns the person who speaks in sentence sent (an
// event before index i other than not), or -1.
func (f *finder) speakerOfSentence(i, sent, not int) int {
	for j := i - 1; j >= 0 && j > i-maxCandidates && f.events[j].sent == sent; j-- {
		if ev := f.events[j]; ev.speaker && ev.ent != not && f.ents[ev.ent].kind == ePerson {
			return ev.ent
		}
	}
	for j := i + 1; j < len(f.events) && f.events[j].sent == sent; j++ {
		if ev := f.events[j]; ev.speaker && ev.ent != not && f.ents[ev.ent].kind == ePerson {
			return ev.ent
		}
	}
	return -1
}

// adminArea reports the geographic nouns for an administrative area,
// which end a place's name and never a person's ("Broward County").
func adminArea(w string) bool {
	switch w {
	case "county", "province", "district", "prefecture", "oblast", "region", "city", "town", "village",
		"borough", "municipality", "parish", "township":
		return true
	}
	return false
}

// titledNameAt reports whether capitalised titles start at token k and a
// capitalised name follows them ("Special Representative Joachim
// Rücker").
func (f *finder) titledNameAt(s sentence, k int) bool {
	n := k
	for n < s.b && n < k+4 && f.isCapWord(n) && f.toks[n].is(cTitle) {
		n++
	}
	return n > k && n < s.b && f.isCapWord(n) && !f.toks[n].is(cTitle|cFunction)
}

// ownedSource reports the nouns for an unnamed source that, owned by a
// named person or body ("People's unnamed source", "the senator's aide"),
// is "a source", "an aide": the owner is the affiliation.
func ownedSource(w string) bool {
	switch w {
	case "source", "official", "aide", "adviser", "advisor", "representative", "insider":
		return true
	}
	return false
}

// indefArticle returns "an" before a vowel sound's letter, else "a".
func indefArticle(w string) string {
	if w != "" && strings.IndexByte("aeiou", w[0]) >= 0 {
		return "an"
	}
	return "a"
}

// capTitleAppos reports whether tokens [a, j) are an appositive opening
// with a capitalised title or its capitals ("CEO of Blue Prism", "VP
// analyst at Gartner", "SVP of enterprise AI at Automation Anywhere")
// after a person's name that ends right before the comma at a-1.
func (f *finder) capTitleAppos(s sentence, a, j int, mm mentionMap) bool {
	if a+1 >= j || a-2 < s.a {
		return false
	}
	t := &f.toks[a]
	n := utf8.RuneCountInString(t.w)
	if t.k != tWord || !t.cap || !(t.is(cTitle) || allUpper(t.w) && n >= 2 && n <= 4) {
		return false
	}
	if nx := &f.toks[a+1]; nx.k != tWord || nx.cap && !nx.is(cTitle) {
		return false
	}
	p := mm.at(a - 2)
	return p != nil && p.b == a-1 && !p.poss && (p.kind == mPerson || p.kind == mUnknown && p.b-p.ca >= 2)
}

// frontedTextAuthor returns the subject of the clause after a phrase "In
// a/an/his/her/its/their <text> …," opening sentence s (j is the
// determiner's token): "In a letter to shareholders, chief executive Tom
// Reyes wrote: …" makes Reyes the letter's author. It returns -1 when the
// clause does not open with a name and a verb.
func (f *finder) frontedTextAuthor(s sentence, j int, mm mentionMap) int {
	if j != s.a+1 || f.toks[s.a].lower != "in" {
		return -1
	}
	if w := f.toks[j].lower; w != "a" && w != "an" && possessivePronoun(w) == "" {
		return -1
	}
	c := j + 1
	for c < s.b && c < j+12 && !f.isPunct(c, ",") {
		if f.toks[c].k != tWord {
			return -1
		}
		c++
	}
	if c >= s.b || !f.isPunct(c, ",") {
		return -1
	}
	for k := c + 1; k < s.b && k <= c+4; k++ {
		m := mm.at(k)
		if m == nil {
			// ("In a statement, it said": the body "it" stands for)
			if id := f.frontedPronounAuthor(s, k); id >= 0 {
				return id
			}
			if t := &f.toks[k]; t.k != tWord || t.cap || t.is(cFunction) && !t.is(cDet) {
				return -1
			}
			continue
		}
		if m.a != k || m.poss || m.b >= s.b || (m.kind != mPerson && m.kind != mOrg && m.kind != mUnknown) {
			return -1
		}
		if _, v := f.toks[m.b].verb(); !v || f.toks[m.b].cap {
			return -1
		}
		return f.authorEnt(m)
	}
	return -1
}

// familyIssuer returns the family (or couple, parents) that opens sentence
// s as the subject of a verb of issuing right before the text's
// determiner at token j: "The family of the missing sailor issued a
// statement". It returns -1 otherwise.
func (f *finder) familyIssuer(s sentence, j int, mm mentionMap) int {
	if j-1 <= s.a+1 || f.toks[s.a].lower != "the" || !familyNoun(f.toks[s.a+1].lower) || f.toks[s.a+1].cap {
		return -1
	}
	if w := f.toks[j].lower; w != "a" && w != "an" {
		return -1
	}
	if !publishVerb(f.toks[j-1].lower) {
		return -1
	}
	// (no other verb between the subject and the verb of issuing)
	for k := s.a + 2; k < j-1; k++ {
		if _, v := f.toks[k].verb(); v || f.toks[k].k != tWord {
			return -1
		}
	}
	id, _ := f.resolveNP(s.a, s.a+2, s.a+1, "", mm)
	return id
}

// handleWord reports a lower-case user name: letters then figures, at
// least three letters ("acebush1", "rosie88"), never a plain word.
func handleWord(w string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z' || c == '_':
			if digits > 0 {
				return false
			}
			letters++
		case c >= '0' && c <= '9':
			digits++
		default:
			return false
		}
	}
	return letters >= 3 && digits >= 1
}

// warName reports a war's name: "World War III", "World War 2", "the Cold
// War", "Civil War" (the word "War" last, or before a numeral).
func warName(core []token) bool {
	n := len(core)
	if n < 2 || core[0].is(cFemale|cMale) {
		return false
	}
	if core[n-1].lower == "war" {
		return true
	}
	switch core[n-1].lower {
	case "i", "ii", "iii", "iv", "1", "2", "3", "one", "two", "three":
		return core[n-2].lower == "war"
	}
	return false
}

// maxNounBack bounds, in events, how far back nounBeforeName looks.
const maxNounBack = 60

// nounBeforeName returns the person most recently named right after the
// lower-case noun head ("spinner Tom Kettle", "striker Ana Ruiz"), so that
// "the spinner" later is that person, or -1. The noun becomes the person's
// title, as a title word before a name is.
func (f *finder) nounBeforeName(head string) int {
	if f.lx.is(head, cFunction|cDoc|cOrgHead) || isPronoun(head) {
		return -1
	}
	for i, n := len(f.events)-1, 0; i >= 0 && n < maxNounBack; i, n = i-1, n+1 {
		ev := f.events[i]
		e := &f.ents[ev.ent]
		if e.kind != ePerson {
			continue
		}
		k := f.tokAt(ev.pos)
		if k < 1 || f.toks[k-1].k != tWord || f.toks[k-1].cap || f.toks[k-1].lower != head || !f.toks[k].cap {
			continue
		}
		if _, v := f.toks[k-1].verb(); v {
			continue
		}
		if !containsStr(e.titles, head) {
			e.titles = append(e.titles, head)
		}
		return ev.ent
	}
	return -1
}

// asRoleTitle gives the person named after a fronted "As a young lawyer,"
// the role it describes, so that "the lawyer" later is that person ("As a
// nurse, Tilda Marr has seen…"): the noun heads up to three lower-case
// words after "As a"/"As an" and before the comma the name follows.
func (f *finder) asRoleTitle(s sentence, mm mentionMap) {
	if s.a+3 >= s.b || f.toks[s.a].lower != "as" || (f.toks[s.a+1].lower != "a" && f.toks[s.a+1].lower != "an") {
		return
	}
	c := s.a + 2
	for c < s.b && c < s.a+5 && f.toks[c].k == tWord && !f.toks[c].cap && !f.toks[c].is(cFunction|cPrep|cStopNP) {
		if _, v := f.toks[c].verb(); v {
			return
		}
		c++
	}
	if c == s.a+2 || c+1 >= s.b || !f.isPunct(c, ",") {
		return
	}
	h := f.toks[c-1].lower
	if f.lx.is(h, cDoc|cOrgHead) || !(epithet(h) || occupationNoun(h) || roleGender(h) != 0 || f.lx.is(h, cRole) || f.personishHead(h) && !collective(h)) {
		return
	}
	m := mm.at(c + 1)
	if m == nil || m.a != c+1 || m.kind != mPerson || m.ent < 0 || m.poss {
		return
	}
	if e := &f.ents[m.ent]; e.kind == ePerson && !containsStr(e.titles, h) {
		e.titles = append(e.titles, h)
	}
}

// talkedAboutInQuote returns the speaker quoted before when the pronoun at
// rune offset pos closes a quotation that speaks of the candidate event's
// person in the third person ("Clarkson's actions show… “He was pretty
// open…,” he said" after “…,” said Andreas Baumhof): the one the quotation
// calls "he" is talked about, not the one who talks. The quotation must
// open with the pronoun, and the person be an owner ("Palling's
// actions"). It returns -1 otherwise.
func (f *finder) talkedAboutInQuote(pron string, pos, cand int) int {
	ev := f.events[cand]
	if ev.speaker || f.ents[ev.ent].kind != ePerson {
		return -1
	}
	// (the person is an owner opening the sentence, "Palling's actions",
	// what the sentence is about rather than one who acts in it)
	if n := f.tokAt(ev.pos); n < 0 || !f.ownerAt(n) {
		return -1
	}
	k := f.tokAt(pos)
	q := k - 1
	if q >= 0 && f.isPunct(q, ",") {
		q--
	}
	if q < 0 || f.toks[q].k != tQuote || !f.thirdPersonIn(f.toks[q].s, ev.ent) {
		return -1
	}
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	// (the quotation opens with the pronoun: "He was…", its subject)
	if r := f.regs[f.toks[q].q]; !f.lowerOK || !strings.HasPrefix(f.lower[f.off[r.start]:f.off[r.stop]], pron+" ") {
		return -1
	}
	para := f.paraAt(pos)
	for i := cand - 1; i >= 0 && i > cand-maxCandidates; i-- {
		e := f.events[i]
		if para-f.paraAt(e.pos) > 2 {
			break
		}
		if e.speaker && e.ent != ev.ent && f.ents[e.ent].kind == ePerson && (f.ents[e.ent].gender == g || f.ents[e.ent].gender == 0) {
			return e.ent
		}
	}
	return -1
}

// ownerAt reports whether the name starting at token n ends in a
// possessive ("Palling's actions").
func (f *finder) ownerAt(n int) bool {
	for k := n; k < len(f.toks) && k < n+4 && f.toks[k].k == tWord && f.toks[k].cap; k++ {
		if f.toks[k].poss {
			return true
		}
	}
	return false
}

// pronounSubjectAfter returns the gender ('m', 'f') of the last "he" or
// "she" opening a clause (after a comma, a conjunction or a sentence's
// start) between the name at rune offset from and the quotation at pos,
// or 0. (A quotation between has its own event, later than the name's.)
func (f *finder) pronounSubjectAfter(from, pos int) byte {
	k := f.tokAt(from)
	if k < 0 {
		return 0
	}
	var g byte
	for j := k + 1; j < len(f.toks) && j <= k+80 && f.toks[j].s < pos; j++ {
		t := &f.toks[j]
		if t.lower != "he" && t.lower != "she" {
			continue
		}
		p := &f.toks[j-1]
		if t.cap || f.isPunct(j-1, ",;") || p.k == tWord && clauseOpener(p.lower) {
			g = 'm'
			if t.lower == "she" {
				g = 'f'
			}
		}
	}
	return g
}

// clauseOpener reports conjunctions after which a pronoun opens a clause.
func clauseOpener(w string) bool {
	switch w {
	case "and", "but", "though", "although", "because", "so", "while":
		return true
	}
	return false
}

// speakerOfGender is speakerBefore for a person of gender g other than
// ent: the latest such speaker in the events before index i, within four
// paragraphs of pos, or -1.
func (f *finder) speakerOfGender(i, pos, ent int, g byte) int {
	para := f.paraAt(pos)
	for j := i - 1; j >= 0 && j > i-maxCandidates; j-- {
		ev := f.events[j]
		if para-f.paraAt(ev.pos) > 4 {
			break
		}
		if e := &f.ents[ev.ent]; ev.speaker && ev.ent != ent && e.kind == ePerson && e.gender == g {
			return ev.ent
		}
	}
	return -1
}
