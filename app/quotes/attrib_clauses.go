package quotes

import "strings"

// Clauses of speech: which verbs report speech where (telling, reading,
// shouting, phrasal verbs, a verb of habit), which clause a verb of speech
// governs and closes, relative and subordinate clauses that hang a verb
// on a name, and clauses that report nothing (anonymity, announcing).

// quietClause reports whether tokens [a, b) hold no reporting verb, so
// that a participle phrase there is a parenthesis, not a clause of speech.
func (f *finder) quietClause(a, b int) bool {
	for k := a; k < b; k++ {
		if v, ok := f.toks[k].verb(); ok && !v.participle {
			return false
		}
	}
	return true
}

// relativeSubject handles "a commander who goes by the call sign “Grey”
// said": the subject precedes a relative clause that ends at the verb.
func (f *finder) relativeSubject(s sentence, k, j int, v verbInfo, mm mentionMap, anyVerb bool) (int, int, int, string, bool) {
	if v.weak && !anyVerb {
		return 0, 0, 0, "", false
	}
	for w, n := j, 0; w > s.a && n < 25; w, n = w-1, n+1 {
		t := &f.toks[w]
		if t.k == tPunct || t.k == tBreak {
			break
		}
		if t.k == tWord && (t.lower == "who" || t.lower == "that") && !t.cap {
			a, ok := f.collectLeft(s, w, mm)
			if !ok || (t.lower == "that" && f.prepObject(s, a)) {
				break
			}
			head := f.headOf(a, w)
			if !f.acceptNP(a, head, v) || isPronoun(f.toks[head].lower) {
				break
			}
			// "David Savidge, a former police officer who responded
			// said": the name the appositive describes
			if na, nb, ok := f.nameBeforeAppos(s, a, mm); ok {
				return na, nb, nb - 1, f.spanText(a, j+1), true
			}
			return a, w, head, f.spanText(w+1, j+1), true
		}
	}
	return 0, 0, 0, "", false
}

// inWhoClause reports whether token a sits inside a "who" clause that
// started earlier in the same stretch of words.
func (f *finder) inWhoClause(s sentence, a int) bool {
	for k, n := a-1, 0; k > s.a && n < 20; k, n = k-1, n+1 {
		t := &f.toks[k]
		if t.k != tWord {
			return false
		}
		if t.lower == "who" && !t.cap {
			return true
		}
	}
	return false
}

// relativeComma returns the comma before the relative pronoun whose clause
// the verb after token j belongs to: "Rell, who said", "a statement, which
// said", "Varga, who runs a café and said". It returns -1 for any other
// verb.
func (f *finder) relativeComma(s sentence, j int) int {
	rel := func(k int) bool {
		t := &f.toks[k]
		return k-1 > s.a && t.k == tWord && !t.cap && (t.lower == "who" || t.lower == "which") && f.isPunct(k-1, ",")
	}
	if j <= s.a || f.toks[j].k != tWord {
		return -1
	}
	if rel(j) {
		return j - 1
	}
	if f.toks[j].lower != "and" {
		return -1
	}
	// a second verb of the clause: back over its first, without leaving it
	for k, n := j-1, 0; k > s.a && n < 15; k, n = k-1, n+1 {
		t := &f.toks[k]
		if t.k != tWord {
			return -1
		}
		if rel(k) {
			return k - 1
		}
		if v, ok := t.verb(); ok && !v.participle && !t.cap {
			return -1 // "who said … and added": the first verb has the clause
		}
	}
	return -1
}

// relativeAntecedent finds the speaker a relative clause hangs on, ending
// at the comma c before "who" or "which": a name ("Tomasz Rell, who"), a
// name with an appositive ("Jorund Vike, the deputy mayor, who"), or a
// noun phrase ("a joint statement, which").
func (f *finder) relativeAntecedent(s sentence, c int, v verbInfo, mm mentionMap) (int, int, int, string, bool) {
	// an appositive between the name and the clause
	for p, n := c-1, 0; p > s.a && n < 12; p, n = p-1, n+1 {
		if f.toks[p].k == tWord {
			continue
		}
		// ("Lindsey Graham, Republican of South Carolina, who": an
		// appositive ending in a place)
		placeEnd := false
		if m := mm.at(c - 1); m != nil && m.b == c && m.kind == mPlace {
			placeEnd = true
		}
		// ("Mark Dunn, Republican of New Hampshire, who": a party label)
		if p+2 < c && partyLabel(f.toks[p+1].lower) && (f.toks[p+2].lower == "of" || f.toks[p+2].lower == "from") {
			placeEnd = true
		}
		// (not a clause after ", and": "Putin, and Sarkozy's move put him
		// at odds with close ally Germany, which called")
		if placeEnd && (f.toks[p+1].lower == "and" || f.toks[p+1].lower == "but" || c-p > 8) {
			placeEnd = false
		}
		if f.isPunct(p, ",") && p+1 < c && (f.apposStartAt(p+1) || placeEnd) {
			if m := mm.at(p - 1); m != nil && m.b == p && (m.kind == mPerson || m.kind == mUnknown) {
				return m.a, p, p - 1, f.spanText(p+1, c), true
			}
		}
		break
	}
	if m := mm.at(c - 1); m != nil && m.b == c && m.kind != mPlace {
		return m.a, c, c - 1, "", true
	}
	a, ok := f.collectLeft(s, c, mm)
	if !ok {
		return 0, 0, 0, "", false
	}
	head := f.headOf(a, c)
	if !f.acceptNP(a, head, v) || isPronoun(f.toks[head].lower) {
		return 0, 0, 0, "", false
	}
	return a, c, head, "", true
}

// ofGivenName reports whether mention m is a person's name after "of" that
// opens with a known given name ("the shooting of Jacob Blake, which
// touched off protests"): the "which" after it stands for the noun before
// "of", not for the person.
func (f *finder) ofGivenName(s sentence, m *mention) bool {
	if m.a-1 < s.a || f.toks[m.a-1].lower != "of" || m.b-m.ca < 2 {
		return false
	}
	t := &f.toks[m.ca]
	return t.is(cFemale|cMale) && !t.is(cPlace|cOrg)
}

// opensWithParticiple reports a sentence opening with an -ing
// participle ("Pumping their fists, …", "Waving flags, …") whose clause a
// comma closes before token v.
func (f *finder) opensWithParticiple(s sentence, v int) bool {
	t := &f.toks[s.a]
	if t.k != tWord || !t.cap || len(t.lower) < 6 || !strings.HasSuffix(t.lower, "ing") || t.is(cFunction|cPrep|cDet) || s.a+1 >= v {
		return false
	}
	// its object follows: "Pumping their", "Waving flags" (not "Beijing
	// said", a name and its verb)
	n := &f.toks[s.a+1]
	if n.k != tWord || n.cap {
		return false
	}
	if _, verb := n.verb(); verb && !n.is(cDet) && possessivePronoun(n.lower) == "" {
		return false
	}
	for c := s.a + 1; c < v && c < s.a+8; c++ {
		if f.isPunct(c, ",") {
			return true
		}
	}
	return false
}

// perceiveVerb reports the participles of perceiving before "saying":
// "could be heard saying", "was overheard telling", "was filmed saying".
func perceiveVerb(w string) bool {
	switch w {
	case "heard", "overheard", "filmed", "recorded", "caught":
		return true
	}
	return false
}

// closesReport reports whether the clause at ends its sentence after a
// comma and indirect speech: narration with no quotation ("Archie loves
// the bike, he said.").
func (f *finder) closesReport(s sentence, at *attrib) bool {
	if at.npA-2 <= s.a || !f.isPunct(at.npA-1, ",") || !f.endsSentence(s, at) || at.verb != at.npB {
		return false
	}
	for k := s.a; k < at.npA; k++ {
		if f.toks[k].k == tQuote || f.toks[k].k == tBreak {
			return false
		}
	}
	return true
}

// quoteNear reports whether a quotation ends right before the clause of
// the verb at k (within four tokens) or follows it after a comma or colon.
func (f *finder) quoteNear(s sentence, k int) bool {
	for i := k - 1; i >= s.a && i >= k-4; i-- {
		if f.toks[i].k == tQuote {
			return true
		}
	}
	for i := k + 2; i < s.b && i <= k+4; i++ {
		if f.toks[i].k == tQuote {
			return true
		}
	}
	return false
}

// continueVerb reports verbs that say a speaker goes on.
func continueVerb(w string) bool {
	switch w {
	case "added", "adds", "continued", "continues":
		return true
	}
	return false
}

// governs reports whether the clause a governs token k: nothing but words
// (no other clause's punctuation or quotation) stands between them.
func (f *finder) governs(a *attrib, k int) bool {
	if a == nil || a.lastTok() >= k {
		return false
	}
	for i := a.lastTok() + 1; i < k; i++ {
		t := &f.toks[i]
		if t.k == tQuote || t.k == tBreak || (t.k == tPunct && t.w != "," && t.w != "’s") {
			return false
		}
	}
	return true
}

// endsSentence reports whether the clause a closes sentence s ("…, says
// Petra Lind, an astronomer.").
func (f *finder) endsSentence(s sentence, a *attrib) bool {
	st := a.first()
	if st-1 > s.a && f.toks[st-1].lower == "as" { // "…, as the Ledger put it"
		st--
	}
	// after a comma, or after another quotation whose comma is inside its
	// marks ("… law that “has achieved success,” as the Times put it")
	if a.npA < 0 || st <= s.a || !(f.isPunct(st-1, ",") || f.toks[st-1].k == tQuote) {
		return false
	}
	last := s.b - 1
	for last > a.lastTok() && f.toks[last].k == tPunct {
		last--
	}
	// a time phrase may follow: "put it on Tuesday"
	if last >= a.lastTok()+2 && f.toks[last].k == tWord && f.isTimeWord(&f.toks[last]) && timePrep(f.toks[last-1].lower) {
		last -= 2
	}
	end := a.lastTok()
	if (f.toks[a.verb].lower == "put" || f.toks[a.verb].lower == "puts") && end+1 < s.b && f.toks[end+1].lower == "it" {
		end++
	}
	if last == end {
		return true
	}
	// an appositive after the name: "says Petra Lind, an astronomer."
	if f.isPunct(a.lastTok()+1, ",") && a.appos != "" {
		return true
	}
	return false
}

// closesAfterTail reports whether the clause a, set off by a comma after
// an unquoted tail of the quoted sentence, is that sentence's main clause:
// it ends the sentence, or only a hearer, a time, an appositive, a party
// tag or a relative clause about the speaker follows it ("“…” to
// determine who was responsible, police spokesman Lars Bystrom told The
// Associated Press"; "…, said Vladimir Katalov, CEO of Elcomsoft"), not a
// complement of its own ("…, Crowley said he would").
func (f *finder) closesAfterTail(s sentence, a *attrib) bool {
	if f.endsSentence(s, a) {
		return true
	}
	return a.npA >= 0 && f.isPunct(a.first()-1, ",") && f.closesClause(s, a)
}

// closesClause reports whether the reporting clause a closes its
// sentence, give or take a hearer or a time ("…, says Petra Lind, an
// astronomer.", "Expert told Live Science."), so that it can attribute a
// fragment before it, unlike a clause with its own complement ("Jobs said
// he would resign").
func (f *finder) closesClause(s sentence, a *attrib) bool {
	for e, n := a.lastTok()+1, 0; e < s.b && n < 8; e, n = e+1, n+1 {
		t := &f.toks[e]
		if t.k != tWord {
			return true
		}
		// ("said in a May 17 memo": a month, not "may")
		if _, v := t.verb(); (v && !t.cap) || isPronoun(t.lower) || auxiliary(t.lower) && !(t.cap && monthWord(t.lower)) || t.lower == "that" {
			return false
		}
	}
	return true
}

// passiveTelling reports a passive verb of telling at token k ("was
// warned", "had been told", "were advised").
func (f *finder) passiveTelling(s sentence, k int) bool {
	switch f.toks[k].lower {
	case "told", "warned", "advised", "informed", "reminded", "assured", "urged", "cautioned":
	default:
		return false
	}
	for j := k - 1; j >= s.a && j >= k-3; j-- {
		t := &f.toks[j]
		if t.k != tWord {
			return false
		}
		switch t.lower {
		case "was", "were", "is", "are", "been", "being", "be", "am", "get", "got":
			return true
		}
		if !f.isAdverb(t) && !t.is(cSkip) {
			return false
		}
	}
	return false
}

// tellingVerb reports verbs of telling someone to do something.
func tellingVerb(w string) bool {
	switch w {
	case "telling", "told", "tells", "urging", "urged", "urges", "ordering", "ordered", "warning", "warned", "asking", "asked":
		return true
	}
	return false
}

// passivePostModifier reports a reporting verb's past participle that
// modifies the noun before it ("sequences reported from South America",
// "cases confirmed by the ministry"): no one's speech follows it.
func (f *finder) passivePostModifier(p int, s sentence) bool {
	t := &f.toks[p]
	if p-1 < s.a || p+1 >= s.b || !strings.HasSuffix(t.lower, "ed") {
		return false
	}
	prev, next := &f.toks[p-1], &f.toks[p+1]
	return prev.k == tWord && !prev.cap && !prev.is(cFunction|cSkip|cStopNP) && !isPronoun(prev.lower) &&
		next.k == tWord && (next.lower == "from" || next.lower == "by")
}

// quotativeSubject returns the subject pronoun of a colloquial verb of
// quoting v ("like" after a form of be, "go"/"goes" after a pronoun):
// "they" for "they're like", "i" for "I go", or "".
func quotativeSubject(w, v string) string {
	w = strings.ReplaceAll(w, "’", "'")
	switch v {
	case "like":
		switch w {
		case "i'm":
			return "i"
		case "he's":
			return "he"
		case "she's":
			return "she"
		case "they're":
			return "they"
		case "we're":
			return "we"
		}
	case "go":
		switch w {
		case "i", "they", "we":
			return w
		}
	case "goes":
		switch w {
		case "he", "she":
			return w
		}
	}
	return ""
}

// asSaying reports "as saying" (telling, writing) a few words after token
// b, past an appositive: "quoted Ali Bagheri, the minister, as saying".
func (f *finder) asSaying(s sentence, b int) bool {
	for i := b; i+1 < s.b && i < b+14; i++ {
		t := &f.toks[i]
		if t.k == tQuote || t.k == tBreak {
			return false
		}
		if t.k == tWord && t.lower == "as" {
			switch f.toks[i+1].lower {
			case "saying", "telling", "writing", "stating", "declaring":
				return true
			}
			return false
		}
	}
	return false
}

// bareObject reports a lower-case content word with no determiner that can
// be a verb's object ("melodies", "songs", "music"), not a preposition,
// conjunction, pronoun or adverb that leads to what was said.
func (f *finder) bareObject(t *token) bool {
	if t.k != tWord || t.cap || t.is(cFunction|cDet|cPrep|cSkip|cStopNP) || isPronoun(t.lower) {
		return false
	}
	if _, v := t.verb(); v {
		return false
	}
	w := t.lower
	switch w {
	case "that", "back", "later", "recently", "once", "earlier", "again", "also", "then", "today", "yesterday", "online", "separately":
		return false
	}
	return !strings.HasSuffix(w, "ly")
}

// roleBeforeName reports whether the lower-case noun at token k is a
// person's role right before a name ("wrote journalist Dmitry Orlov"):
// the writer, not a thing written ("wrote melodies for such shows").
func (f *finder) roleBeforeName(k int, s sentence) bool {
	return k+1 < s.b && f.isCapWord(k+1) && !f.toks[k+1].first && f.personishHead(f.toks[k].lower)
}

// anonymityClause reports whether the verb at token k stands in a
// clause of anonymity ("told reporters on condition that his or her
// identity was not disclosed"): the terms a source talks on, no one's
// speech.
func (f *finder) anonymityClause(s sentence, k int) bool {
	for j := k - 1; j > s.a+1 && j >= k-10; j-- {
		t := &f.toks[j]
		if t.k == tQuote {
			return false
		}
		if t.lower == "condition" && f.toks[j-1].lower == "on" && j+1 < k && f.toks[j+1].lower == "that" {
			return true
		}
	}
	return false
}

// reportedTelling reports whether the passive verb of telling at token k
// stands in a that-clause of an earlier verb of speech in sentence s
// ("The ministry says in a statement that the council was told that
// “…”"): the one reporting it is the speaker, not a hearer.
func (f *finder) reportedTelling(s sentence, k int) bool {
	for j := k - 1; j > s.a; j-- {
		t := &f.toks[j]
		if t.k == tQuote || t.k == tBreak {
			return false
		}
		if t.lower != "that" {
			continue
		}
		for i := j - 1; i >= s.a && i >= j-8; i-- {
			u := &f.toks[i]
			if u.k == tQuote || u.k == tBreak {
				return false
			}
			if v, ok := u.verb(); ok && !v.participle && !v.weak && !u.cap && !f.passiveTelling(s, i) {
				return true
			}
		}
		return false
	}
	return false
}

// reportingPrior returns the speaker of the clause of speech, earlier in
// sentence s, that a passive verb of telling at.verb is reported in
// without "that" ("It said the Varnian side was warned that such “…”"):
// its verb within eight words, no punctuation or quotation between; or
// -1.
func (f *finder) reportingPrior(s sentence, at *attrib, prior []attrib) (int, string) {
	if at.npA != at.verb {
		return -1, ""
	}
	for i := len(prior) - 1; i >= 0; i-- {
		p := &prior[i]
		if p.ent < 0 || p.anon || p.verb >= at.verb || at.verb-p.verb > 8 || p.info.participle || p.info.weak {
			continue
		}
		for j := p.verb + 1; j < at.verb; j++ {
			if t := &f.toks[j]; t.k != tWord || t.lower == "that" {
				return -1, ""
			}
		}
		return p.ent, p.affil
	}
	return -1, ""
}

// onlyHeard reports whether every reporting clause of sentence s is a
// passive verb of telling with no agent ("The minister was informed of the
// plan"): its subject heard something and may speak next.
func (f *finder) onlyHeard(s sentence, ats []attrib) bool {
	for i := range ats {
		if !ats[i].anon || ats[i].npA != ats[i].verb || !f.passiveTelling(s, ats[i].verb) {
			return false
		}
	}
	return len(ats) > 0
}

// phrasalSpeech reports a verb of motion or action and its particle that
// report speech by a quotation: "“But not before that?” Gupta followed
// up.", "“…,” she shot back.", "he piped up: “…”". Alone the verbs say
// nothing of speech ("followed the story", "shot a video"), so the
// particle must follow and close the clause, and a quotation be near
// (issue 20, twenty-fifth round).
func (f *finder) phrasalSpeech(s sentence, k int) bool {
	return k+1 < s.b && f.phrasalParticle(k) && f.quoteNear(s, k)
}

// phrasalParticle reports a verb at token k whose particle follows it and
// closes the clause, the pair being a verb of speech ("followed up",
// "shot back", "went on"); attributionAhead takes it for one after a
// quotation that ends in a question mark ("“Why?” Gupta followed up.").
func (f *finder) phrasalParticle(k int) bool {
	if k+1 >= len(f.toks) || f.toks[k+1].k != tWord || f.toks[k].cap {
		return false
	}
	want := ""
	switch f.toks[k].lower {
	case "followed", "follows", "piped", "pipes", "spoke", "speaks":
		want = "up"
	case "shot", "shoots", "fired", "fires", "hit", "hits":
		want = "back"
	case "cut", "cuts", "broke", "breaks", "jumped", "jumps":
		want = "in"
	case "went", "goes":
		want = "on"
	}
	if want == "" || f.toks[k+1].lower != want {
		return false
	}
	return k+2 >= len(f.toks) || f.toks[k+2].k != tWord
}

// toldPerson returns the person named right after the verb at v as the
// one spoken to ("she tells Roshan", "she confides to Roshan", "he said
// to Clark"), or -1. A pronoun subject of that verb is someone else: no
// one tells themselves (issue 20, twenty-fifth round).
func (f *finder) toldPerson(s sentence, v int, mm mentionMap) int {
	k := v + 1
	if k < s.b && f.toks[k].lower == "to" && !f.toks[k].cap {
		k++
	}
	m := mm.at(k)
	if m == nil || m.a != k || m.poss || m.kind != mPerson && m.kind != mUnknown {
		return -1
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	return m.ent
}

// habitVerb reports the verbs of habit or liking an infinitive of
// speech hangs on ("loved to say", "used to say", "likes to tell").
func habitVerb(w string) bool {
	switch w {
	case "loved", "loves", "liked", "likes", "used", "wanted", "wants", "preferred", "prefers", "tended", "tends":
		return true
	}
	return false
}

// infinitiveSpeaker returns the person named right before the verb of
// habit an infinitive of speech hangs on ("he told the audience that Tom
// loved to say “…”"): the one who says the words, even inside what
// someone else tells; or -1.
func (f *finder) infinitiveSpeaker(s sentence, at *attrib, mm mentionMap) int {
	v := at.verb - 2
	if v <= s.a || f.toks[at.verb-1].lower != "to" || f.toks[v].k != tWord || !habitVerb(f.toks[v].lower) {
		return -1
	}
	j := f.skipBack(s, v-1)
	m := mm.at(j)
	if m == nil || m.kind != mPerson || m.b != j+1 || m.poss || m.ent < 0 {
		return -1
	}
	return m.ent
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

// dropSubjectClause removes the reporting clause of a subject clause that
// opens sentence s with "That" ("That Xi personally announced the targets
// signals a “…”, says Schäpe") when a later clause of the sentence reports
// too: the clause is what the sentence talks about, not who speaks.
func (f *finder) dropSubjectClause(s sentence, ats []attrib) []attrib {
	if len(ats) < 2 || s.a+2 >= s.b || f.toks[s.a].w != "That" {
		return ats
	}
	if ats[0].npA != s.a+1 {
		return ats
	}
	// the clause ends before the next reporting clause
	for k := ats[0].verb + 1; k < ats[1].first(); k++ {
		if f.toks[k].k == tQuote {
			return ats[1:]
		}
	}
	return ats
}

// clauseAfter reports a sentence from token i whose subject is a
// quantified group ("Some players", "Many fans") and whose verb at token k
// reports a clause of its own ("would claim they didn't notice"): "that"
// or a subject pronoun right after the verb.
func (f *finder) clauseAfter(i, k int) bool {
	switch f.toks[i].lower {
	case "some", "many", "most", "several", "few", "others", "other", "all", "both":
	default:
		return false
	}
	if k+1 >= len(f.toks) || f.toks[k+1].k != tWord {
		return false
	}
	switch f.toks[k+1].lower {
	case "that", "they", "he", "she", "we":
		return true
	}
	return false
}

// passiveAnnounced reports a passive verb of announcing at token k with no
// agent after it ("Their arrival was announced earlier Tuesday", "the
// cuts were confirmed on Monday"): its subject is what was made known, no
// speaker, so it makes no speaker for the quotations after it (issue 20,
// twenty-fifth round).
func (f *finder) passiveAnnounced(s sentence, k int) bool {
	switch f.toks[k].lower {
	case "announced", "said", "reported", "stated", "declared", "revealed", "disclosed", "confirmed", "unveiled":
	default:
		return false
	}
	if k-1 <= s.a || !passiveBe(f.toks[k-1].lower, f.toks[max(s.a, k-2)].lower) {
		return false
	}
	if k+1 < s.b && f.toks[k+1].k == tWord && (f.toks[k+1].lower == "by" || f.toks[k+1].lower == "as" || f.toks[k+1].lower == "to") {
		return false
	}
	// (a quotation in the sentence: "it was said that “…”" is left to
	// the rules for such clauses)
	for j := s.a; j < s.b; j++ {
		if f.toks[j].k == tQuote {
			return false
		}
	}
	return true
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

// endsClause reports whether token j ends the clause of an inverted
// subject: the sentence's end, a stop or comma, a quotation mark or a
// break.
func (f *finder) endsClause(s sentence, j int) bool {
	return j >= s.b || f.toks[j].k == tQuote || f.toks[j].k == tBreak || f.isPunct(j, ".,;:!?")
}

// describedAfterQuote reports a verb at token k right after its
// quotation whose subject is a described name after it (see
// describedNameAfter): "…,” wrote professor and attorney Tom Baxter" is
// speech, not something written.
func (f *finder) describedAfterQuote(s sentence, k int, mm mentionMap) bool {
	if k+1 >= s.b || k-1 < s.a || !(f.toks[k-1].k == tQuote || f.isPunct(k-1, ",") && k-2 >= s.a && f.toks[k-2].k == tQuote) {
		return false
	}
	_, _, ok := f.describedNameAfter(s, k+1, mm)
	return ok
}

// readSubjectTail reports whether the words from token n finish the
// subject of an inverted "read" ("“…,” read a photographed copy| of the
// leaflet translated by the agency."): an "of" phrase of at most four
// words, then perhaps a participle with its agent, up to the sentence's
// end. A clause after the subject ("read a copy of it and laughed") is
// no such tail.
func (f *finder) readSubjectTail(n int) bool {
	toks := f.toks
	if n+1 >= len(toks) || toks[n].k != tWord || toks[n].lower != "of" {
		return false
	}
	e := n + 1
	if toks[e].k == tWord && toks[e].is(cDet) {
		e++
	}
	start := e
	for e < len(toks) && e < start+4 && toks[e].k == tWord && !toks[e].is(cFunction|cDet|cPrep) {
		if v, ok := toks[e].verb(); ok && !v.participle {
			return false
		}
		if e > start && isParticipleEd(&toks[e]) && e+1 < len(toks) && toks[e+1].lower == "by" {
			break
		}
		e++
	}
	if e == start {
		return false
	}
	// "translated by the agency", "obtained by Reuters"
	if e+1 < len(toks) && toks[e].k == tWord && isParticipleEd(&toks[e]) && toks[e+1].lower == "by" {
		e += 2
		if e < len(toks) && toks[e].k == tWord && toks[e].is(cDet) {
			e++
		}
		for i := e; i < len(toks) && i < e+4 && toks[i].k == tWord && !toks[i].is(cFunction|cDet|cPrep); i++ {
			if v, ok := toks[i].verb(); ok && !v.participle && !toks[i].cap {
				return false
			}
			e = i + 1
		}
	}
	return e >= len(toks) || toks[e].k == tBreak || toks[e].k == tQuote || toks[e].k == tPunct && (toks[e].w == "." || toks[e].w == ";")
}

// infinitiveSubject reports a name after "for" that is the subject of the
// infinitive after it ("hard for Radio to run experiments"): salient, the
// one a later "he" means.
func (f *finder) infinitiveSubject(s sentence, m *mention) bool {
	p := m.pa - 1
	if p < s.a || f.toks[p].lower != "for" || m.b+1 >= s.b || m.poss {
		return false
	}
	to, v := &f.toks[m.b], &f.toks[m.b+1]
	return to.k == tWord && to.lower == "to" && v.k == tWord && !v.cap && !v.is(cFunction|cDet|cPrep)
}

// closesPossReport reports whether the clause at ends its sentence after a
// comma, the sentence opening with a possessive name and quoting words
// about it ("Ramage's case bore “the hallmarks of…,” he said."): the
// words are about the owner, said by whom the text was about before.
func (f *finder) closesPossReport(s sentence, at *attrib) bool {
	if at.npA-2 <= s.a || !f.endsSentence(s, at) || at.verb != at.npB {
		return false
	}
	// the quotation right before the clause, its comma inside or after it
	q := at.npA - 1
	if f.isPunct(q, ",") {
		q--
	}
	if t := &f.toks[s.a]; t.k != tWord || !t.cap || !t.poss || q <= s.a || f.toks[q].k != tQuote {
		return false
	}
	for k := s.a; k < q; k++ {
		if f.toks[k].k == tQuote || f.toks[k].k == tBreak {
			return false
		}
	}
	return true
}

// quotesIn reports whether sentence s holds a quotation.
func (f *finder) quotesIn(s sentence) bool {
	for k := s.a; k < s.b; k++ {
		if f.toks[k].k == tQuote {
			return true
		}
	}
	return false
}

// usedMeans reports whether the noun phrase [a, b) before the infinitive
// of the verb at v is, or ends in, the means a subject uses ("using his
// Parley Social platform to criticise", "She used her column to attack"):
// the one who uses it speaks, not the platform.
func (f *finder) usedMeans(s sentence, a, b, v int) bool {
	if b < v-1 || v-1 <= a || f.toks[v-1].lower != "to" {
		return false
	}
	for u := max(a-1, s.a); u+1 < v-1; u++ {
		switch f.toks[u].lower {
		case "using", "used", "uses", "use":
			if possessivePronoun(f.toks[u+1].lower) != "" {
				return true
			}
		}
	}
	return false
}

// accordingSource returns the tokens [a, b) and head of the source in
// "According to reports, Varn beat …" or "According to court documents,
// Varn “kept …”": a short phrase of words closed by a comma after which a
// name opens the clause (no apposition, "according to his spokesman, John
// Smith,"). ok is false otherwise.
func (f *finder) accordingSource(s sentence, k int, mm mentionMap) (a, b, h int, ok bool) {
	a = k + 2
	c := a
	for c < s.b && c-a < 4 && f.toks[c].k == tWord {
		c++
	}
	if c == a || c >= s.b || !f.isPunct(c, ",") {
		return 0, 0, 0, false
	}
	m := mm.at(c + 1)
	if m == nil || m.a != c+1 || m.b >= s.b || m.kind != mPerson && m.kind != mUnknown {
		return 0, 0, 0, false
	}
	if t := &f.toks[m.b]; t.k != tQuote && (t.k != tWord || t.cap) {
		return 0, 0, 0, false
	}
	return a, c, c - 1, true
}

// withSubject returns the noun phrase [a, k) that is the subject of the
// participle at token k after "with" ("with some analysts suggesting that
// …", "with several economists warning"): up to four lower-case words
// ending in a plural noun, nothing else between "with" and the
// participle. ok is false otherwise.
func (f *finder) withSubject(s sentence, k int) (a int, ok bool) {
	for w := k - 1; w >= s.a && w >= k-5; w-- {
		t := &f.toks[w]
		if t.k != tWord || t.cap && t.lower != "with" {
			return 0, false
		}
		if t.lower == "with" {
			if w == k-1 {
				return 0, false
			}
			h := &f.toks[k-1]
			// ("with one senior administration official telling The
			// Post": one person described, singular)
			one := f.toks[w+1].lower == "one" || f.toks[w+1].lower == "a" || f.toks[w+1].lower == "an"
			if one && w+1 < k-1 && !h.is(cFunction|cPrep) && !h.cap && f.personishHead(h.lower) {
				return w + 1, true
			}
			if !strings.HasSuffix(h.lower, "s") || strings.HasSuffix(h.lower, "ss") || h.is(cFunction|cPrep) {
				return 0, false
			}
			return w + 1, true
		}
		if t.is(cPrep|cStopNP) || t.poss {
			return 0, false
		}
		if _, v := t.verb(); v && w != k-1 {
			return 0, false
		}
	}
	return 0, false
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

// hostSubject returns the speaker of the participle of speech at token v
// ("…, telling the team to “…”", "… while saying: “…”"), of a verb of
// speech joined to a clause by "and" ("tried to quiet them and said,
// “…”") or of an infinitive of purpose ("ran in to report “…”"): the
// subject of the nearest clause it hangs on, by nesting rather than by
// distance. That clause starts after a semicolon, after a verb of speech
// whose complement it is ("Reuters said that Saud al-Qahtani, an adviser,
// took part in a call, telling"), after ", and" or ", but", after a
// subordinator that does not open the sentence ("… came after Mayor Ray
// Nagin lashed out at officials, telling") or after a fronted
// subordinate clause; with no clause of speech before it, it is the
// sentence's own, past a dateline or a fronted phrase. It returns -1 when
// that subject is no plain person, body or described person, and leaves
// the rest to the sentence's clauses of speech ("Kim said the plan was
// flawed, adding…").
func (f *finder) hostSubject(s sentence, v int, prior []attrib, mm mentionMap) int {
	p := f.skipBack(s, v-1) // ("and does say")
	joined := false
	if p > s.a && f.toks[p].k == tWord && !f.toks[p].cap && (subordinator(f.toks[p].lower) || f.toks[p].lower == "by" || f.toks[p].lower == "without" || f.toks[p].lower == "and" || f.toks[p].lower == "to") {
		// "while saying", "by saying": the participle modifies the verb
		// before; "tried to quiet them and said": a verb joined to it; "ran
		// in to report": an infinitive of purpose
		joined = f.toks[p].lower == "and"
		if v, _ := f.toks[v].verb(); joined && v.participle {
			return -1 // "asking …, and saying": the first participle's subject
		}
		p--
	} else if !f.isPunct(p, ",") {
		return -1
	}
	// a subordinate clause opening the sentence ends at its first comma
	// ("Although many residents have accused the police, Tom Hale brushes
	// off the charges, blaming")
	fronted := -1
	if t := &f.toks[s.a]; t.k == tWord && subordinator(t.lower) {
		for i := s.a + 1; i < p; i++ {
			if f.isPunct(i, ",") {
				fronted = i
				break
			}
		}
	}
	c := -1
	complement := false
	for i := p; i > s.a && i > v-40 && c < 0; i-- {
		t := &f.toks[i]
		switch {
		case t.k == tQuote || t.k == tBreak:
			return -1
		case f.isPunct(i, ";") || i == fronted:
			c = i + 1
		case t.k != tWord || t.cap:
		case f.speechVerbAt(i, prior):
			// the complement, after a hearer or a time and "that" ("said
			// on Monday that …")
			c, complement = i+1, true
			for j := i + 1; j < p && j <= i+6; j++ {
				if f.toks[j].k != tWord {
					break
				}
				if f.toks[j].lower == "that" {
					c = j + 1
					break
				}
			}
		case (t.lower == "and" || t.lower == "but") && f.isPunct(i-1, ","):
			c = i + 1
		case i < p && subordinator(t.lower) && t.lower != "as" && t.lower != "where" && (f.toks[i-1].k == tWord || f.isPunct(i-1, ",")):
			// ("…, although King was among those questioning it, writing")
			c = i + 1
		}
	}
	// "BAGHDAD — A distraught mother … stares into a camera and declares":
	// a verb joined by "and" shares the sentence's own subject, after a
	// dateline
	// "Beijing considers Taiwan part of its territory and has vowed …,
	// calling the drills a “…”": with no clause of speech before, the
	// sentence's own subject, after a dateline or a fronted phrase
	own := false
	if c < 0 && (joined || len(prior) == 0) && v-s.a < 40 {
		c, own = s.a, true
		if e := f.datelineEnd(s); e > 0 {
			c = e
		}
		if f.toks[c].k == tWord && f.toks[c].is(cPrep) {
			for i := c + 1; i < p && i < c+10; i++ {
				if f.isPunct(i, ",") {
					c = i + 1
					break
				}
			}
		}
	}
	// ("Obama has insisted that Gadhafi must leave and said…": a verb
	// joined after a complement goes on with the clause of speech)
	if c < 0 || c >= p || joined && complement {
		return -1
	}
	// "one, Bob Dole of Kansas, …, endorsed": the name the pronoun gives
	if f.toks[c].lower == "one" && f.isPunct(c+1, ",") {
		c += 2
	}
	m := mm.at(c)
	if m == nil {
		// "Even his 11-year-old daughter Malia is weighing in, asking": the
		// name a described subject ends with
		if n := f.nameEndingSubject(s, c, p, mm); n != nil {
			m, c, own = n, n.a, false
		} else if own && c == s.a || complement {
			// (the sentence's described subject: see resolveAttrib; a
			// described subject of a complement is the report's, "The
			// paper reported that the contractor used…, saying")
			return -1
		} else {
			return f.describedHost(s, c, p, mm)
		}
	}
	// ("Michigan GOP state chairman Ron Weiser declined…": the person
	// the name's title describes)
	if p := f.titledPerson(s, m, mm); p != nil {
		m, c = p, p.a
	}
	if own && m.kind == mUnknown {
		return -1 // one capitalised word opening the sentence: see resolveAttrib
	}
	// ("Beijing considers Taiwan part of its territory …, calling": a
	// place opening the sentence speaks as its government)
	if own && m.kind == mPlace && m.a == c {
		if k, _, ok := f.clauseVerbAfter(m.b, p, mm); ok {
			if a, b, h, ap, ok := f.leftNP(s, k, verbInfo{core: true}, mm); ok && a <= c && b > c {
				sub := attrib{verb: k, npA: a, npB: b, head: h, appos: ap, ent: -1, info: verbInfo{core: true}}
				f.resolveAttrib(s, &sub, nil, mm)
				return sub.ent
			}
		}
		return -1
	}
	if m.a != c || m.poss || (m.kind != mPerson && m.kind != mOrg && m.kind != mUnknown) {
		return -1
	}
	// the clause's verb: after the name, past "of"/"from" and a body or
	// place, an appositive set off by commas ("Robert Bowers, the
	// 46-year-old charged in the case, gunned") and a bracketed tag
	k, appos, ok := f.clauseVerbAfter(m.b, p, mm)
	if !ok {
		return -1
	}
	// the complement of a verb of speech is its speaker's report ("Kim
	// said Brexit would happen…, claiming"): its subject speaks only when
	// it is plainly a person or body, named in full or described
	if complement && m.kind == mUnknown && !appos {
		return -1
	}
	// nor when it tells what its subject is ("Khan alleged that Munir was
	// behind the crackdown, stating"): a state goes with no words
	if complement && f.stateVerb(k, p) {
		return -1
	}
	id := -1
	if a, b, h, ap, ok := f.leftNP(s, k, verbInfo{core: true}, mm); ok && a <= c && b > c {
		sub := attrib{verb: k, npA: a, npB: b, head: h, appos: ap, ent: -1, info: verbInfo{core: true}}
		f.resolveAttrib(s, &sub, nil, mm)
		id = sub.ent
	}
	if id < 0 {
		if m.ent < 0 {
			f.resolveMention(m)
		}
		id = m.ent
	}
	if id < 0 || f.ents[id].kind == eGroup {
		return -1
	}
	return id
}

// describedHost returns the described person ("A distraught mother,
// dressed in black, stares … and declares") who is the subject of the
// clause at token c, whose verb comes before token p, or -1.
func (f *finder) describedHost(s sentence, c, p int, mm mentionMap) int {
	if w := f.toks[c].lower; w != "a" && w != "an" && w != "the" && w != "another" {
		return -1
	}
	// the head: a person's noun after the article and a few modifiers,
	// then the clause's verb
	for h := c + 1; h < p && h <= c+4; h++ {
		t := &f.toks[h]
		if t.k != tWord || t.cap || mm.at(h) != nil {
			return -1
		}
		if t.poss || isPronoun(t.lower) || !f.personishHead(t.lower) {
			continue
		}
		if _, _, ok := f.clauseVerbAfter(h+1, p, mm); !ok {
			continue
		}
		id, _ := f.resolveNP(c, h+1, h, "", mm)
		return id
	}
	return -1
}

// nameEndingSubject returns the person's name that ends the subject
// opening at token c, after a sentence adverb, a possessive and a noun of
// kin or role ("Even his 11-year-old daughter Malia is weighing in"), when
// a verb follows it before token p, or nil.
func (f *finder) nameEndingSubject(s sentence, c, p int, mm mentionMap) *mention {
	if t := &f.toks[c]; t.k == tWord && t.cap && t.is(cSkip) && c+1 < p {
		c++ // "Even", "Still"
	}
	if possessivePronoun(f.toks[c].lower) == "" {
		return nil
	}
	for i := c + 1; i < p && i <= c+4; i++ {
		if m := mm.at(i); m != nil {
			if m.a != i || m.kind != mPerson && m.kind != mUnknown || m.poss || !(f.toks[i-1].is(cRole) || ownedKin(f.toks[i-1].lower)) {
				return nil
			}
			if _, _, ok := f.clauseVerbAfter(m.b, p, mm); !ok {
				return nil
			}
			return m
		}
		if t := &f.toks[i]; t.k != tWord || t.cap {
			return nil
		}
	}
	return nil
}

// clauseVerbAfter returns the verb of a clause whose subject ends before
// token k: past "of"/"from"/"at" and a body or place, an appositive set
// off by commas and a bracketed tag, and whether it passed an appositive.
// The verb comes before token p.
func (f *finder) clauseVerbAfter(k, p int, mm mentionMap) (int, bool, bool) {
	appos := false
	for k < p {
		if w := f.toks[k].lower; (w == "of" || w == "from" || w == "at") && mm.at(k+1) != nil {
			k = mm.at(k + 1).b
			continue
		}
		if f.isPunct(k, ",(") {
			close := ","
			if f.isPunct(k, "(") {
				close = ")"
			}
			e := k + 1
			for e < p && !f.isPunct(e, close) && f.toks[e].k != tQuote {
				e++
			}
			if e >= p || !f.isPunct(e, close) {
				return 0, false, false
			}
			appos = appos || close == ","
			k = e + 1
			continue
		}
		break
	}
	if k >= p || f.toks[k].k != tWord || !auxiliary(f.toks[k].lower) {
		// ("Tomas Lenk was among those…": an auxiliary is the verb)
		for k < p && f.isAdverb(&f.toks[k]) {
			k++
		}
		if k >= p || f.toks[k].k != tWord || f.toks[k].cap || f.toks[k].is(cPrep|cDet|cStopNP|cRole|cDoc|cTitle) || nounEnding(f.toks[k].lower) {
			return 0, false, false // ("NYPD officers lingered": a noun)
		}
	}
	return k, appos, true
}

// stateVerb reports a form of "be" at token k that is the clause's own
// verb, not an auxiliary before a participle ("was behind the crackdown",
// not "was speaking").
func (f *finder) stateVerb(k, p int) bool {
	return beForm(f.toks[k].lower) && k+1 < p && !(f.toks[k+1].k == tWord && (strings.HasSuffix(f.toks[k+1].lower, "ed") || strings.HasSuffix(f.toks[k+1].lower, "ing")))
}

// datelineEnd returns the token after a dateline opening sentence s
// ("BAGHDAD — A distraught mother…": a place in capitals and a dash), or
// 0.
func (f *finder) datelineEnd(s sentence) int {
	for i := s.a; i < s.b && i < s.a+4; i++ {
		t := &f.toks[i]
		if f.isPunct(i, "—–-") {
			if i > s.a {
				return i + 1
			}
			return 0
		}
		if t.k != tWord || !allUpper(t.w) {
			return 0
		}
	}
	return 0
}

// speechVerbAt reports whether token i is the verb of one of the clauses
// of speech in prior (a reporting verb with its subject, not a
// participle).
func (f *finder) speechVerbAt(i int, prior []attrib) bool {
	for j := range prior {
		if prior[j].verb == i && !prior[j].info.participle && (prior[j].npA >= 0 || prior[j].coord) {
			return true
		}
	}
	return false
}

// quoteComma reports whether token k is a quotation whose words end with
// a comma inside its marks, which then closes the writer's clause too
// ("Calling Acosta “rude to staff,” Trump said").
func (f *finder) quoteComma(k int) bool {
	if k < 0 || k >= len(f.toks) || f.toks[k].k != tQuote || f.toks[k].q < 0 || f.toks[k].q >= len(f.regs) {
		return false
	}
	r := f.regs[f.toks[k].q]
	for i := r.stop - 1; i >= r.start; i-- {
		switch c := f.r[i]; {
		case c == ',':
			return true
		case isBlank(c) || c == '’' || c == '\'' || c == '"' || c == '”':
		default:
			return false
		}
	}
	return false
}

// quoteRightAfter reports a quotation right after the verb at token k,
// or after a comma or colon: the verb's words ("and said, “…”").
func (f *finder) quoteRightAfter(s sentence, k int) bool {
	if k+1 < s.b && f.isPunct(k+1, ",:") {
		k++
	}
	return k+1 < s.b && f.toks[k+1].k == tQuote
}

// wordsFollow reports the words of the verb at token k right after it: a
// quotation, or "that" after at most a hearer ("told ETonline.com that").
func (f *finder) wordsFollow(s sentence, k int) bool {
	if f.quoteRightAfter(s, k) {
		return true
	}
	for j := k + 1; j < s.b && j <= k+5; j++ {
		if f.toks[j].k != tWord {
			return false
		}
		if f.toks[j].lower == "that" {
			return true
		}
	}
	return false
}

// nounEnding reports words whose ending makes them nouns, not verbs
// ("accusations", "statement", "weakness").
func nounEnding(w string) bool {
	for _, suf := range []string{"tion", "tions", "sion", "sions", "ment", "ments", "ness"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// speechGivenBy finds "the responses given by X", "the words spoken by X"
// with the noun of speech at token k: the agent X's phrase, and the first
// token of the clause, a form of "be" and a determiner before the noun
// ("“…”, were the responses given by Paul Ryan").
func (f *finder) speechGivenBy(s sentence, k int, mm mentionMap) (a, b, h int, ap string, cs int, ok bool) {
	t := &f.toks[k]
	if t.k != tWord || t.cap || !(speechNoun(t.lower) || speechNoun(strings.TrimSuffix(t.lower, "s"))) || k+3 >= s.b {
		return
	}
	if p := &f.toks[k+1]; p.k != tWord || !(isParticipleEd(p) || p.lower == "given" || p.lower == "spoken" || p.lower == "made" || p.lower == "written") || f.toks[k+2].lower != "by" {
		return
	}
	// the words are the subject, the noun of speech what they were
	cs = k
	if cs-1 > s.a && f.toks[cs-1].is(cDet) {
		cs--
	}
	if cs-1 <= s.a || !beForm(f.toks[cs-1].lower) {
		return
	}
	cs--
	a, b, h, ap, ok = f.rightNP(s, k+3, mm, false)
	if !ok || mm.at(h) == nil || b < s.b && f.toks[b].k == tQuote {
		return 0, 0, 0, "", 0, false
	}
	return a, b, h, ap, cs, true
}

// questionEnd reports a quotation whose words end with a question or
// exclamation mark, which may close it inside a sentence that goes on.
func (f *finder) questionEnd(r region) bool {
	for i := r.stop - 1; i >= r.start; i-- {
		switch c := f.r[i]; {
		case c == '?' || c == '!':
			return true
		case isBlank(c) || c == '’' || c == '\'' || c == '"' || c == '”':
		default:
			return false
		}
	}
	return false
}
