package quotes

import "strings"

// Helpers of the eleventh round (issue 20) for organisations, groups and
// texts as speakers.

// closingOverPronoun returns the clause closing sentence s after the
// quotation at token k when the quotation's characterising verb has a
// pronoun for its subject ("over what it called “…” across the region, the
// ministry said"): the clause names who speaks for the pronoun's body. It
// returns nil when the subject ca is no such pronoun, or when no such
// clause, with its speaker and nothing but a verbless tail between,
// closes the sentence.
func (f *finder) closingOverPronoun(s sentence, k int, ca, after *attrib, mm mentionMap) *attrib {
	if after == nil || after.npA < 0 || after.verb <= k || ca.verb >= k || ca.verb < 1 {
		return nil
	}
	h := ca.head
	if h < 0 {
		h = ca.verb - 1 // "what it called": the subject was left implicit
	}
	if w := f.toks[h].lower; w != "it" && w != "they" || h != ca.verb-1 {
		return nil
	}
	if !f.endsSentence(s, after) || !f.quietClause(k+1, after.first()) || !f.isPunct(after.first()-1, ",") {
		return nil
	}
	for i := k + 1; i < after.first(); i++ {
		if f.toks[i].k == tQuote || f.toks[i].k == tBreak {
			return nil
		}
	}
	if after.ent < 0 {
		f.resolveAttrib(s, after, nil, mm)
	}
	if after.ent < 0 || after.anon {
		return nil
	}
	return after
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

// ownedInstitutionBefore returns the tokens [a, b) of the latest phrase
// before token npA, in its paragraph, that describes an institution with
// the head noun hl owned by a place or body ("India’s home ministry",
// "Norland’s state health agency"), mentioned after the organisation org
// named with the word was last (org < 0: none), or -1, -1. "The ministry
// said" refers back to it.
func (f *finder) ownedInstitutionBefore(npA int, hl string, org int) (int, int) {
	return f.ownedInstitutionIn(npA, hl, org, 0)
}

// ownedInstitutionIn is ownedInstitutionBefore looking back over back
// paragraphs before the phrase's own too.
func (f *finder) ownedInstitutionIn(npA int, hl string, org, back int) (int, int) {
	para := f.toks[npA].para
	for j := npA - 1; j >= 0 && j >= npA-80 && para-f.toks[j].para <= back; j-- {
		t := &f.toks[j]
		if org >= 0 && t.s <= f.ents[org].last {
			break
		}
		if t.k != tWord || t.cap || t.lower != hl {
			continue
		}
		i := j - 1
		for n := 0; i >= 0 && n < 2 && f.toks[i].k == tWord && !f.toks[i].cap && !f.toks[i].poss && f.plainModifiers(i, i+1); n++ {
			i--
		}
		if i >= 0 && f.toks[i].poss && f.toks[i].cap && f.toks[i].para == f.toks[j].para && !pluralPossWord(f.toks[i].w) {
			return i, j + 1
		}
	}
	return -1, -1
}

// frontedPronounAuthor returns the body that "it" at token k, right after
// a fronted "In a statement," and before a verb, stands for ("In a
// statement, it said the strikes killed six"), or -1.
func (f *finder) frontedPronounAuthor(s sentence, k int) int {
	if f.toks[k].lower != "it" || k+1 >= s.b || !f.isPunct(k-1, ",") {
		return -1
	}
	if _, v := f.toks[k+1].verb(); !v || f.toks[k+1].cap {
		return -1
	}
	id := f.antecedent("it", f.toks[k].s)
	if id < 0 || f.ents[id].kind != eOrg {
		return -1
	}
	return id
}

// qualifierFits reports whether the person or body id that "the <Name>
// spokesperson" (tokens [a, head)) refers back to is described with every
// capitalised word of the organisation's name that qualifies the noun: "the Ministry of
// Foreign Affairs spokesperson" is not "Military spokesperson Omar Tesk",
// nor a spokesperson of the "Chinese Foreign Ministry".
func (f *finder) qualifierFits(a, head, id int) bool {
	e := &f.ents[id]
	if e.kind != ePerson {
		return true
	}
	org := false // ("the California Republican": a place or a party describes)
	for k := a; k < head; k++ {
		org = org || f.toks[k].cap && f.toks[k].is(cOrg)
	}
	if !org {
		return true
	}
	affil := e.lowerAffil()
	for k := a; k < head; k++ {
		t := &f.toks[k]
		if t.k != tWord || !t.cap || t.is(cDet) {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.lower, "’s"), "'s")
		if !containsWord(affil, w) && !containsStr(e.titles, w) {
			return false
		}
	}
	return true
}

// whatItCalls returns the body that opens sentence s as its subject when
// the characterising verb's subject is "it" in "what it calls" (token h
// the pronoun): "The Ministry of Foreign Affairs has condemned what it
// calls a “…”" is the ministry's, not the body named last before the
// sentence. It returns -1 otherwise.
func (f *finder) whatItCalls(s sentence, h int, mm mentionMap) int {
	if h-1 <= s.a || f.toks[h].lower != "it" || f.toks[h-1].lower != "what" {
		return -1
	}
	m := f.issuerSubject(s, mm)
	if m == nil || m.b > h-1 || m.kind != mOrg && m.kind != mPlace || !f.soleName(mm, m, h-1) {
		return -1
	}
	for k := m.b; k < h; k++ {
		if t := &f.toks[k]; t.k == tQuote || t.k == tBreak {
			return -1
		}
	}
	return f.authorEnt(m)
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

// placeSubject returns the body a place acts as when its name opens
// sentence s, which quotes, as the subject of a verb ("Israel did not
// appear at the hearings, but … rejected the questions as “…”"), or -1.
func (f *finder) placeSubject(s sentence, m *mention, mm mentionMap) int {
	if m.kind != mPlace || m.a != s.a || m.poss || m.b >= s.b {
		return -1
	}
	t := &f.toks[m.b]
	if t.k != tWord || t.cap {
		return -1
	}
	if _, v := t.verb(); !v && !auxiliary(t.lower) && !beForm(t.lower) && !strings.HasSuffix(t.lower, "ed") {
		return -1
	}
	// (only a sentence that quotes: the place speaks in it)
	for k := m.b; k < s.b; k++ {
		if f.toks[k].k == tQuote {
			return f.authorEnt(m)
		}
	}
	return -1
}

// roleOfOrgAppos returns the name before an appositive that lacks its
// closing comma, when the noun phrase [a, b) before the verb at k is the
// organisation of that appositive ("Cllr Mara Lint, Chair of the Harbour
// Council Association said:", "Ole Brandt, chief executive of Acme
// Widgets said"): the person speaks, the role and body are the
// affiliation. ok is false otherwise.
func (f *finder) roleOfOrgAppos(s sentence, a, b, k int, mm mentionMap) (na, nb int, ap string, ok bool) {
	// ("…, president of the Academy of Pediatrics (AAP) said": the body's
	// acronym in brackets before the verb)
	if b+2 < k && k-b <= 4 && f.isPunct(b, "(") && f.isPunct(k-1, ")") {
		k = b
	}
	if b != k || !f.toks[b-1].cap {
		return 0, 0, "", false
	}
	c := a - 1
	for c > s.a && c > a-8 && !f.isPunct(c, ",") {
		if t := &f.toks[c]; t.k != tWord {
			return 0, 0, "", false
		}
		c--
	}
	if c <= s.a || !f.isPunct(c, ",") {
		return 0, 0, "", false
	}
	link := false
	for i := c + 1; i < k; i++ {
		t := &f.toks[i]
		if _, v := t.verb(); v && !t.cap {
			return 0, 0, "", false
		}
		link = link || !t.cap && (t.lower == "of" || t.lower == "at" || t.lower == "for")
	}
	if !link {
		return 0, 0, "", false
	}
	n := mm.at(c - 1)
	if n == nil || n.b != c || n.poss || n.kind != mPerson && n.kind != mUnknown {
		return 0, 0, "", false
	}
	if n.a != s.a && !f.isPunct(n.a-1, ",") && f.toks[n.a-1].k != tQuote {
		return 0, 0, "", false
	}
	return n.a, n.b, f.spanText(c+1, k), true
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

// capInstitutionBack resolves "The Embassy" (a capitalised institution
// noun alone after "the") that names no organisation the text knows to
// the institution a place owns, described in the paragraph or the one
// before ("India’s embassy in Washington says …"), or -1.
func (f *finder) capInstitutionBack(npA, npB, head int) int {
	t := &f.toks[head]
	if head != npA+1 || npB != head+1 || f.toks[npA].lower != "the" || !t.cap || !institution(t.lower) {
		return -1
	}
	org := f.orgNamedBy(t.lower)
	if org >= 0 && len(f.ents[org].parts) == 1 {
		org = -1 // "Embassy" itself, taken for a name
	}
	a, b := f.ownedInstitutionIn(npA, t.lower, org, 1)
	if a < 0 {
		return -1
	}
	return f.entityByName(f.spanPhrase(a, b), eGroup, f.toks[npA].s)
}

// unionBack returns the labour body named last before token npA, in its
// paragraph or the one before, for "the union" ("The Writers Guild of
// America applauded the deal. “…,” the union said"), or -1: an
// organisation whose name has a word of organised labour.
func (f *finder) unionBack(npA int) int {
	return f.namedLastBefore(npA, func(e *entity) bool {
		if e.place {
			return false
		}
		// ("SAG-AFTRA, the actors’ union,": a name the text calls a
		// union in apposition, taken for a person or not)
		return apposUnion(e.lowerAffil()) || f.unionApposAt(e.first) || e.kind == eOrg && labourName(strings.ToLower(e.name))
	})
}

// apposUnion reports whether an appositive says its name is a union or
// guild ("the actors’ union"), not someone in one ("the union's
// president", "head of the guild").
func apposUnion(ap string) bool {
	if !strings.HasPrefix(ap, "the ") && !strings.HasPrefix(ap, "a ") {
		return false
	}
	if strings.Contains(ap, " of ") || strings.Contains(ap, ",") {
		return false
	}
	return strings.HasSuffix(ap, " union") || strings.HasSuffix(ap, " guild")
}

// unionApposAt reports whether the name first mentioned at rune offset pos
// is set in apposition to a union or guild ("SAG-AFTRA, the actors’
// union, called…").
func (f *finder) unionApposAt(pos int) bool {
	k := f.tokAt(pos)
	if k < 0 {
		return false
	}
	c := k + 1
	for c < len(f.toks) && c < k+6 && f.toks[c].k == tWord && f.toks[c].cap {
		c++
	}
	if !f.isPunct(c, ",") || c+2 >= len(f.toks) || (f.toks[c+1].lower != "the" && f.toks[c+1].lower != "a") {
		return false
	}
	for h := c + 2; h < len(f.toks) && h < c+6 && f.toks[h].k == tWord; h++ {
		if w := f.toks[h].lower; w == "union" || w == "guild" {
			return h+1 >= len(f.toks) || f.toks[h+1].k != tWord
		}
		if f.toks[h].lower == "of" {
			return false
		}
	}
	return false
}

// labourName reports a lower-case organisation name with a word of
// organised labour ("Writers Guild of America", "Teamsters Local 90").
func labourName(n string) bool {
	for _, w := range []string{"union", "guild", "federation", "teamsters", "workers", "brotherhood", "confederation", "association of", "local "} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// apposOfApposNoun returns the comma that opens an appositive ending in a
// lower-case body noun at token m-1 when tokens (m, j) between commas are
// a body's name set in apposition to that noun ("Louise Brin, Director of
// the Financial Crime Prevention agency, Fraudwise, compared"), or -1.
func (f *finder) apposOfApposNoun(s sentence, m, j int, mm mentionMap) int {
	n := mm.at(m + 1)
	if n == nil || n.a != m+1 || n.b != j || n.kind == mPerson || n.poss {
		return -1
	}
	if t := &f.toks[m-1]; m-1 <= s.a || t.k != tWord || t.cap || !(t.is(cOrgHead) || t.is(cOrg) || institution(t.lower)) {
		return -1
	}
	m2 := m - 2
	for m2 > s.a && m2 > m-14 && f.toks[m2].k != tQuote && !f.isPunct(m2, ",;:—–()") {
		m2--
	}
	if m2 <= s.a || !f.isPunct(m2, ",") {
		return -1
	}
	if p := mm.at(m2 - 1); p == nil || p.b != m2 || (p.kind != mPerson && p.kind != mUnknown) {
		return -1
	}
	return m2
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

// titleChainSubject finds the person whose name opens a comma-separated
// chain of capitalised segments ending in the name at [m+1, j): "Dario
// Venn, Senior Manager, Talent, Corvex Networks, says". The segment right
// after the person's name must hold a title ("Senior Manager"), and
// every segment is capitalised words only, so a list of people or an
// organisation's own appositive does not match. It returns the name's
// tokens and the chain as the affiliation.
func (f *finder) titleChainSubject(s sentence, m, j int, mm mentionMap) (int, int, string, bool) {
	if n := mm.at(m + 1); n == nil || n.a != m+1 || n.b != j {
		return 0, 0, "", false
	}
	end := m // the comma closing the segment under test
	for seg := 0; seg < 3; seg++ {
		c := end - 1
		for c > s.a && !f.isPunct(c, ",") {
			t := &f.toks[c]
			if t.k != tWord || !(t.cap || t.lower == "of" || t.lower == "and") || end-c > 6 {
				return 0, 0, "", false
			}
			c--
		}
		if c <= s.a || c+1 >= end {
			return 0, 0, "", false
		}
		if p := mm.at(c - 1); p != nil && p.b == c && !p.poss && (p.kind == mPerson || p.kind == mUnknown && p.b-p.ca >= 2) && f.anyTitle(c+1, end) {
			return p.a, p.b, f.spanText(c+1, j), true
		}
		end = c
	}
	return 0, 0, "", false
}

// anyTitle reports whether a title word stands in tokens [a, b).
func (f *finder) anyTitle(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].is(cTitle) {
			return true
		}
	}
	return false
}

// officeHolderAfter finds the full name that ends a title's office in
// the phrase headed at head and ending before token i: "the firm’s senior
// vice-president for global public policy Omar Teague". "for" or "of"
// follows the title, then only lower-case words that are no verbs, then
// the name, which closes the phrase.
func (f *finder) officeHolderAfter(s sentence, head, i int, mm mentionMap) (int, int, bool) {
	p := head + 1
	if head < 0 || p+2 >= i || !f.toks[head].is(cTitle) || mm.at(head) != nil {
		return 0, 0, false
	}
	if t := &f.toks[p]; t.k != tWord || t.cap || t.lower != "for" && t.lower != "of" {
		return 0, 0, false
	}
	for e := p + 1; e < i && e <= p+6; e++ {
		if m := mm.at(e); m != nil && m.a == e {
			if e == p+1 || m.kind != mPerson || m.b != i || m.b-m.ca < 2 || m.poss {
				return 0, 0, false
			}
			return m.a, m.b, true
		}
		w := &f.toks[e]
		if w.k != tWord || w.cap {
			return 0, 0, false
		}
		if _, v := w.verb(); v {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// nameAndRole finds a person's full name joined by "and" to a bare role
// ending at token j: "Ron Kellan and senior campaign adviser" (no
// determiner, so not a second person). It returns the name's tokens and
// the role as the affiliation.
func (f *finder) nameAndRole(s sentence, j int, mm mentionMap) (int, int, string, bool) {
	if j <= s.a || !(f.isRoleOrDoc(j) || f.toks[j].is(cTitle)) || f.toks[j].cap || mm.at(j) != nil || f.lx.is(f.toks[j].lower, cDoc) {
		return 0, 0, "", false
	}
	if strings.HasSuffix(f.toks[j].lower, "s") { // a plural is other people
		return 0, 0, "", false
	}
	for c := j - 1; c > s.a && c >= j-5; c-- {
		if m := mm.at(c); m != nil && m.a != c {
			return 0, 0, "", false
		}
		t := &f.toks[c]
		if t.k != tWord {
			return 0, 0, "", false
		}
		if t.lower == "and" {
			p := mm.at(c - 1)
			if c == j || p == nil || p.b != c || p.kind != mPerson || p.b-p.ca < 2 || p.poss {
				return 0, 0, "", false
			}
			return p.a, p.b, f.spanText(c+1, j+1), true
		}
		if t.is(cDet|cFunction|cPrep) || t.poss && mm.at(c) == nil {
			return 0, 0, "", false
		}
		if _, v := t.verb(); v {
			return 0, 0, "", false
		}
	}
	return 0, 0, "", false
}
