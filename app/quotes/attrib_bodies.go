package quotes

import "strings"

// Organisations as speakers: "the company", "the ministry", "the union",
// "the Embassy" and "it" referring back to a body the text named or
// described, public bodies against businesses, a place that speaks as its
// government, and the body a fronted or relative clause is about.

// institution reports the head nouns of institutions' names that "the
// <noun>" refers back to by name ("the court" for the Ninth District Court
// of Appeal); generic ones ("the group", "the company", "the party") are
// left to the organisation last named.
func institution(w string) bool {
	switch w {
	case "court", "university", "college", "school", "academy", "institute", "ministry", "department",
		"agency", "commission", "committee", "council", "bank", "hospital", "museum", "foundation",
		"association", "federation", "parliament", "senate", "assembly", "congress", "church",
		"tribunal", "bureau", "authority", "embassy", "consulate", "library", "clinic", "center", "centre", "force":
		return true
	}
	return false
}

// courtText reports the nouns for a court's written words.
func courtText(w string) bool {
	switch w {
	case "ruling", "opinion", "judgment", "judgement", "verdict":
		return true
	}
	return false
}

// orgNamedBy returns the organisation most recently mentioned whose name
// has the word head ("the court" for the Ninth District Court of Appeal),
// or -1.
func (f *finder) orgNamedBy(head string) int {
	best := -1
	for _, i := range f.withPart(head) {
		if e := &f.ents[i]; e.kind == eOrg && !e.place && containsStr(e.parts, head) && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}

// lastOrg returns the most recently mentioned organisation, or a
// one-word name never given a first name or title (often a company:
// "Nvidia … said"), for "the company said".
func (f *finder) lastOrg() int {
	best := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		ok := e.kind == eOrg && !e.place || (e.kind == ePerson && e.single && e.gender == 0 && len(e.titles) == 0)
		if ok && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}

// newspaperBack returns the organisation, or the name of no known
// person, mentioned last before rune pos when the text before it speaks
// of a newspaper or a daily; else -1.
func (f *finder) newspaperBack(pos int) int {
	if !f.lowerOK {
		return -1
	}
	b := int(f.off[pos])
	before := f.lower[max(0, b-maxLookBack):b]
	if !wordBefore(before, "newspaper") && !wordBefore(before, "daily") {
		return -1
	}
	best := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		ok := e.kind == eOrg && !e.place || e.kind == ePerson && e.gender == 0 && len(e.titles) == 0 && e.affil == ""
		if ok && e.last < pos && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}

// companyBefore returns the token of a one-word capitalised name that
// opens one of the few sentences before token k and is followed by a
// lower-case word ("Google announced…", "Apple declined to comment"),
// which "the company" may refer to, or -1. Known words, given names,
// people's names and words the text also writes in lower case are no such
// name.
func (f *finder) companyBefore(k int) int {
	para := f.toks[k].para
	for i := k - 1; i >= 0 && i >= k-150; i-- {
		t := &f.toks[i]
		if para-t.para > 1 {
			break
		}
		if !t.first || t.k != tWord || !t.cap || t.poss || i+1 >= len(f.toks) {
			continue
		}
		nx := &f.toks[i+1]
		if nx.k != tWord || nx.cap || nx.is(cFunction) && !auxiliary(nx.lower) {
			continue
		}
		if t.is(cFunction|cNonName|cTitle|cPlace|cRole|cDoc|cFemale|cMale|cDet) || isPronoun(t.lower) || len(t.w) < 2 {
			continue
		}
		if f.findByPart(t.lower, nil, -1) >= 0 && f.ents[f.findByPart(t.lower, nil, -1)].kind == ePerson {
			continue
		}
		// a word the text also writes in lower case is a common noun
		// ("Shares fell…" and "shares of rivals")
		b := int(f.off[t.s])
		if wordBefore(f.src[max(0, b-maxLookBack):min(len(f.src), b+maxLookBack)], t.lower) {
			continue
		}
		return i
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

// bodyNoun reports a noun for a body of people or an organisation ("the
// group said", "the panel"): a role noun that never means the person the
// text named last ("Berg raised money for the Green Trust. The group
// said…" is the trust).
func bodyNoun(lx *lexicon, w string) bool {
	return lx.is(w, cOrgHead) || collective(w)
}

// businessNoun reports nouns for a business ("the company said").
func businessNoun(w string) bool {
	return w == "company" || w == "firm"
}

// publicBody reports whether a name's last word makes it a public body,
// not a business ("Coast Guard", "Environmental Protection Agency").
func publicBody(parts []string) bool {
	if len(parts) == 0 {
		return false
	}
	w := parts[len(parts)-1]
	switch w {
	case "guard", "army", "navy", "police", "government", "administration", "service", "office", "court":
		return true
	}
	return institution(w) && w != "bank" && w != "center" && w != "centre"
}

// lastCompany returns the organisation mentioned most recently, as lastOrg
// does, that is no public body, or else old.
func (f *finder) lastCompany(old int) int {
	// the latest body that spoke, in this paragraph or the two before
	// ("But BP says Corexit … has been approved by the EPA")
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if f.paraAt(ev.pos) < f.paraAt(f.ents[old].last)-2 {
			break
		}
		e := &f.ents[ev.ent]
		if ev.speaker && (e.kind == eOrg && !e.place || e.kind == ePerson && e.single && e.gender == 0 && len(e.titles) == 0) && !f.publicEnt(ev.ent) {
			return ev.ent
		}
	}
	best := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		ok := e.kind == eOrg && !e.place || (e.kind == ePerson && e.single && e.gender == 0 && len(e.titles) == 0)
		if ok && !f.publicEnt(i) && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	if best < 0 || f.paraAt(f.ents[best].last) < f.paraAt(f.ents[old].last)-2 {
		return old
	}
	return best
}

// publicEnt reports whether entity id is a public body by its name, or an
// acronym of a public body the text names in full ("EPA" after
// "Environmental Protection Agency").
func (f *finder) publicEnt(id int) bool {
	e := &f.ents[id]
	if publicBody(e.parts) {
		return true
	}
	if len(e.parts) != 1 || len(e.name) < 2 || len(e.name) > 6 || strings.ToUpper(e.name) != e.name {
		return false
	}
	for i := range f.ents {
		o := &f.ents[i]
		if i == id || len(o.parts) != len(e.parts[0]) || !publicBody(o.parts) {
			continue
		}
		n := 0
		for j, p := range o.parts {
			if p != "" && p[0] == e.parts[0][j] {
				n++
			}
		}
		if n == len(o.parts) {
			return true
		}
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

// commonOwnedInstitution reports "the" and a common noun's possessive
// before a lower-case institution ("the kingdom’s interior ministry",
// "the country’s embassy"): the owner is left out and the head takes
// "a"/"an", as for a spokesman; a proper name's ("India’s embassy")
// stays.
func (f *finder) commonOwnedInstitution(npA, head int) bool {
	if head < npA+2 || head >= len(f.toks) || f.toks[npA].lower != "the" {
		return false
	}
	o, h := &f.toks[npA+1], &f.toks[head]
	if o.k != tWord || o.cap || !o.poss || h.k != tWord || h.cap || h.poss || !institution(h.lower) {
		return false
	}
	for i := npA + 2; i < head; i++ {
		if t := &f.toks[i]; t.k != tWord || t.cap || t.poss {
			return false
		}
	}
	return true
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

// frontedClauseBody returns the organisation that is the subject of a
// subordinate clause opening sentence s when "it" at token k is the
// subject of the main clause after it: "When the agency reviews a
// message…, it issues what it calls a “report”" (issue 20, twenty-first
// round). Else -1.
func (f *finder) frontedClauseBody(s sentence, k int, mm mentionMap) int {
	switch f.toks[s.a].lower {
	case "when", "whenever", "if", "once", "after", "before", "because", "since", "while", "although", "though", "as":
	default:
		return -1
	}
	n := s.a + 1
	if n < k && f.toks[n].lower == "the" {
		n++
	}
	m := mm.at(n)
	if m == nil || m.a != n || m.kind != mOrg || m.b >= k {
		return -1
	}
	// one comma closes the clause before "it" ("When X reviews a
	// message it believes…, it issues")
	comma := -1
	for i := m.b; i < k; i++ {
		if t := &f.toks[i]; t.k == tQuote || t.k == tBreak || t.k == tPunct && t.w != "," {
			return -1
		}
		if f.isPunct(i, ",") {
			comma = i
		}
	}
	if comma < 0 {
		return -1
	}
	return f.authorEnt(m)
}

// clauseBody returns the organisation that is the subject of a verb
// earlier in sentence s than "it" at token k, the nearest such: "as the
// White House pronounced itself “deeply disappointed” at what it called
// a trend of “…”" (the body the sentence is about, not one a sentence
// before named). Else -1 (issue 20, twenty-first round).
func (f *finder) clauseBody(s sentence, k int, mm mentionMap) int {
	for i := k - 1; i > s.a && i >= k-40; i-- {
		m := mm.at(i)
		if m == nil || m.b != i+1 || m.poss {
			continue
		}
		if m.kind == mPerson {
			return -1 // a person acts nearer "it"
		}
		if m.kind != mOrg {
			continue
		}
		if t := &f.toks[m.b]; t.k == tWord && !t.cap && !t.is(cFunction|cPrep|cDet) && (t.is(cVerb) || callVerb(t.lower) || strings.HasSuffix(t.lower, "ed")) {
			return f.authorEnt(m)
		}
		return -1
	}
	return -1
}
