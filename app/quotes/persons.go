package quotes

import "strings"

// Rules on people: which of several people speaks. A given name
// and an organisation's word with a person's role in apposition ("Oleh
// Radio, a researcher") is a person; a name before a figure ("Local 90"),
// a plural after "the" ("the Teamsters") and a name before a title and
// another name (the employer) are bodies; "for X to run" makes X the
// topic; the elder/younger of two namesakes; the source of reported speech
// goes on past the man he talked about; a name speaking in its own
// sentence keeps the next pronoun; "X's case bore “…,” he said" is not X's;
// "the woman" after "A teacher …"; an office opening a sentence is the
// name in apposition after it; a "That" subject clause does not report.

// personSurnameOrgAppos reports a given name and a surname that is an
// organisation's word ("Oleh Radio", "Alex Press") which an appositive
// right after them describes by a person's role ("Oleh Radio, a chemistry
// researcher at the institute, says"): a person, not a body.
func (f *finder) personSurnameOrgAppos(s sentence, a, b int) bool {
	if b-a != 2 || b+2 >= s.b || f.toks[a].is(cOrg|cPlace|cTitle|cFunction|cCompany) || !f.toks[a+1].is(cOrg) || f.toks[a+1].poss {
		return false
	}
	if allUpper(f.toks[a].w) || allUpper(f.toks[a+1].w) || !f.isPunct(b, ",") {
		return false
	}
	if d := f.toks[b+1].lower; f.toks[b+1].k != tWord || d != "a" && d != "an" {
		return false
	}
	// the appositive's head: the last word before a preposition, a
	// comma or the sentence's end, within five words
	h := -1
	for k := b + 2; k < s.b && k < b+7; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.is(cPrep) {
			break
		}
		if t.cap || t.is(cFunction) {
			return false
		}
		h = k
	}
	if h < 0 {
		return false
	}
	t := &f.toks[h]
	return t.is(cRole) && !t.is(cDoc|cOrg) && f.personishHead(t.lower)
}

// orgWordSurname reports a lone capitalised organisation's word at token k
// ("Radio", "Press") that is the family name of a person named in full
// before ("Oleh Radio … for Radio to work"): that person, unless "the"
// comes before it ("the Press").
func (f *finder) orgWordSurname(s sentence, k int) bool {
	t := &f.toks[k]
	if !t.is(cOrg) || allUpper(t.w) || k-1 >= s.a && f.toks[k-1].lower == "the" {
		return false
	}
	return f.surnameKnown(t.lower)
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

// figureNamed reports a capitalised run core directly followed by a plain
// figure at token b ("Plumbers Local 12", "Terminal 5", "Apollo 11"): a
// body's or a thing's name, never a person's (a known given name first,
// as in a score "Roger Dane 6", keeps the person).
func (f *finder) figureNamed(s sentence, core []token, b int) bool {
	if len(core) < 2 || b >= s.b || core[0].is(cFemale|cMale) || core[len(core)-1].poss {
		return false
	}
	t := &f.toks[b]
	if t.k != tWord || t.e-t.s > 5 {
		return false
	}
	for _, c := range t.w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pluralAfterThe reports one capitalised word of unknown kind right after a
// lower-case "the" that is shaped like a plural ("the Teamsters", "the
// Wildcats"): a body of people, never one person a later "he" means.
func (f *finder) pluralAfterThe(s sentence, a, b int) bool {
	if b-a != 1 || a-1 < s.a || f.toks[a-1].w != "the" || f.toks[a].poss {
		return false
	}
	w := f.toks[a].lower
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !f.surnameKnown(w)
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

// reportingSource returns the speaker whose reported speech introduced
// person x ("Moeketsi said the lease was issued to one Mr Makama"), when x
// has not spoken before rune pos and that speaker, of the pronoun's gender,
// is the last one to speak before pos within two paragraphs: a later
// "he said" goes on with the source, not with the man he talked about.
// Else -1.
func (f *finder) reportingSource(x int, pron string, pos int) int {
	e := &f.ents[x]
	if e.kind != ePerson {
		return -1
	}
	k := f.tokAt(e.first)
	if k < 0 {
		return -1
	}
	// a reporting verb before the first mention in its sentence, with no
	// quotation between
	verb := false
	for i := k - 1; i >= 0 && i >= k-60; i-- {
		t := &f.toks[i]
		if t.k == tQuote || t.k == tBreak {
			break
		}
		if v, ok := t.verb(); ok && t.k == tWord && !t.cap && !v.participle && !v.weak {
			verb = true
			break
		}
		if t.first {
			break
		}
	}
	if !verb {
		return -1
	}
	introSent, last := -1, -1
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= pos {
			continue
		}
		if ev.ent == x {
			if ev.speaker {
				return -1 // x speaks in the article
			}
			if ev.pos == e.first || introSent < 0 && ev.pos <= e.first {
				introSent = ev.sent
			}
			continue
		}
		if ev.speaker && last < 0 {
			if f.paraAt(pos)-f.paraAt(ev.pos) > 2 {
				return -1
			}
			last = i
		}
	}
	if last < 0 || introSent < 0 {
		return -1
	}
	y := f.events[last].ent
	d := &f.ents[y]
	if d.kind != ePerson || pron == "he" && d.gender != 'm' || pron == "she" && d.gender != 'f' {
		return -1
	}
	// the source spoke in the sentence that introduced x
	for i := range f.events {
		if ev := f.events[i]; ev.ent == y && ev.speaker && ev.sent == introSent {
			return y
		}
	}
	return -1
}

// titleFollows reports a lower-case title right after token b, past
// title modifiers ("senior", "chief") and capitalised place words ("North
// American"), within five words, with a capitalised name after it
// ("Capital Economics senior North American economist Ariane Curtis"):
// the run before b is the person's employer, not a person.
func (f *finder) titleFollows(s sentence, b int) bool {
	title := false
	for k := b; k < s.b && k < b+6; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss {
			return false
		}
		switch {
		case !t.cap && t.is(cTitle) && !t.is(cFunction|cOrg):
			title = true
		case title && t.cap && !t.is(cTitle|cFunction):
			return true
		case !t.cap && titleModifier(t.lower) && !title:
		case t.cap && t.is(cPlace) && !title:
		default:
			return false
		}
	}
	return false
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

// elderNamesake returns, for a bare surname at token k after "the elder"
// or "the younger" ("The elder Soros gives…"), the person of that surname
// named first (the elder: the parent, introduced before the child) or
// last (the younger), when two or more bear it; else -1.
func (f *finder) elderNamesake(w string, k int) int {
	if k-2 < 0 || f.toks[k-2].lower != "the" {
		return -1
	}
	elder := false
	switch f.toks[k-1].lower {
	case "elder":
		elder = true
	case "younger":
	default:
		return -1
	}
	best, n := -1, 0
	for _, i := range f.withPart(w) {
		e := &f.ents[i]
		if e.kind != ePerson || e.single || !partIs(e.surname, w) {
			continue
		}
		n++
		if best < 0 || elder == (e.first < f.ents[best].first) {
			best = i
		}
	}
	if n < 2 {
		return -1
	}
	return best
}

// describedSubjectBefore returns the span of an indefinite description of
// one person opening the sentence right before token npA ("A teacher at a
// community hub has branded…" before "The woman, who…, called…"): the
// person a plain "the woman"/"the man" opening the next sentence means.
// Else -1, -1.
func (f *finder) describedSubjectBefore(npA int) (int, int) {
	if npA-1 < 0 || !f.toks[npA].first {
		return -1, -1
	}
	st := npA - 1
	for st > 0 && !f.toks[st].first && npA-st < 80 {
		st--
	}
	if !f.toks[st].first || f.toks[npA].para-f.toks[st].para > 1 {
		return -1, -1
	}
	if d := f.toks[st].lower; f.toks[st].k != tWord || d != "a" && d != "an" {
		return -1, -1
	}
	h := -1
	for k := st + 1; k < npA && k <= st+4; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.cap || t.is(cFunction|cPrep|cDet) {
			break
		}
		if _, ok := t.verb(); ok {
			break
		}
		h = k
	}
	if h < 0 || !f.toks[h].is(cRole) || !f.personishHead(f.toks[h].lower) || pluralOccupation(&f.toks[h]) {
		return -1, -1
	}
	return st, h + 1
}

// officeAppos returns the person named in apposition right after an office
// that heads a speaker phrase ("Minister of Natural Resources, Jo Roe,
// would not confirm… and only said"): the office's capitalised words and
// "of"/"for"/"the", a comma, then the name and a comma. Else -1.
func (f *finder) officeAppos(head int, mm mentionMap) int {
	t := &f.toks[head]
	if !t.cap || !t.is(cTitle) || mm.at(head) != nil {
		return -1
	}
	k := head + 1
	for k < len(f.toks) && k < head+8 {
		w := &f.toks[k]
		if w.k != tWord || !(w.cap || w.lower == "of" || w.lower == "for" || w.lower == "the" || w.lower == "and") {
			break
		}
		k++
	}
	if !f.isPunct(k, ",") {
		return -1
	}
	m := mm.at(k + 1)
	if m == nil || m.a != k+1 || m.kind != mPerson || !f.isPunct(m.b, ",") {
		return -1
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	return m.ent
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

// surnameHead reports a head word that ends a person's name of two or more
// words starting at or after k: "said Steven Still", whose surname is also
// a function word, names its speaker as "Steven Still said" does.
func (f *finder) surnameHead(mm mentionMap, k, head int) bool {
	m := mm.at(head)
	return m != nil && m.kind == mPerson && m.b == head+1 && m.ca >= k && m.b-m.ca >= 2 && !m.poss && f.toks[m.ca].cap && !f.toks[m.ca].is(cFunction)
}

// fromPlaceBefore returns the comma that opens ", from <Name>" ending at
// token end after a person's name ("Jo Wade, from Durban, who…"), or 0.
func (f *finder) fromPlaceBefore(s sentence, end int, mm mentionMap) int {
	a := end - 1
	if a <= s.a || f.toks[a].k != tWord || !f.toks[a].cap {
		return 0
	}
	if m := mm.at(a); m != nil && m.b == end {
		a = m.a
	}
	if a-2 <= s.a || f.toks[a-1].lower != "from" || f.toks[a-1].cap || !f.isPunct(a-2, ",") {
		return 0
	}
	if m := mm.at(a - 3); m == nil || m.b != a-2 || (m.kind != mPerson && m.kind != mUnknown) {
		return 0
	}
	return a - 2
}

// subjectBeforeLocative returns the phrase opening the sentence, up to its
// first preposition, when the phrase [a, end) before a verb is a place
// closing prepositional phrases that follow it: "The Danish mission to the
// UN in Geneva called…" is the mission's, not Geneva's. ok is false
// otherwise.
func (f *finder) subjectBeforeLocative(s sentence, a, end int, v verbInfo, mm mentionMap) (int, int, int, bool) {
	m := mm.at(end - 1)
	if m == nil || m.b != end || m.kind != mPlace || m.a < a || m.a-1 <= s.a {
		return 0, 0, 0, false
	}
	if p := &f.toks[m.a-1]; p.k != tWord || p.cap || (p.lower != "in" && p.lower != "at") {
		return 0, 0, 0, false
	}
	// the opening phrase: a determiner, modifiers and a lower-case head
	// before the first preposition
	if !f.toks[s.a].is(cDet) {
		return 0, 0, 0, false
	}
	sb := s.a + 1
	for sb < m.a && sb < s.a+6 && f.toks[sb].k == tWord && !(f.toks[sb].is(cPrep) && !f.toks[sb].cap) {
		if _, vb := f.toks[sb].verb(); vb && !f.toks[sb].cap {
			return 0, 0, 0, false
		}
		sb++
	}
	h := sb - 1
	if sb >= m.a-1 || sb > a || h <= s.a || !f.toks[sb].is(cPrep) || f.toks[h].cap || mm.at(h) != nil {
		return 0, 0, 0, false
	}
	for k := sb; k < m.a; k++ {
		if f.toks[k].k != tWord {
			return 0, 0, 0, false
		}
		if _, vb := f.toks[k].verb(); vb && !f.toks[k].cap {
			return 0, 0, 0, false
		}
	}
	if !f.acceptNP(s.a, h, v) && !f.toks[h].is(cOrgHead) && !f.personishHead(f.toks[h].lower) && !diplomaticBody(f.toks[h].lower) {
		return 0, 0, 0, false
	}
	return s.a, sb, h, true
}

// diplomaticBody reports the nouns of a state's representation abroad
// ("the Danish mission to the UN").
func diplomaticBody(w string) bool {
	switch w {
	case "mission", "embassy", "consulate", "delegation", "legation":
		return true
	}
	return false
}

// ownedKin reports the nouns of a relation to a possessive owner that
// speak as that relative ("Tom Welk's mom", "the senator's wife").
func ownedKin(w string) bool {
	switch w {
	case "mom", "mum", "dad", "mama", "papa", "stepmother", "stepfather", "stepson", "stepdaughter":
		return true
	}
	return kinGender(w) != 0 || neutralKin(w)
}

// namedRelative returns the person named in the last two paragraphs under
// the surname of the owner before the kin noun at token head ("Tom Welk's
// mom" after "Dora Welk has praised…"), of the noun's gender, who is not
// the owner; or -1.
func (f *finder) namedRelative(head int, mm mentionMap) int {
	m := mm.at(head - 1)
	if m == nil || m.b != head || m.kind != mPerson || m.b-m.ca < 2 {
		return -1
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	owner := m.ent
	sur := f.toks[m.b-1].lower
	g := kinGender(f.toks[head].lower)
	if g == 0 {
		g = roleGender(f.toks[head].lower)
	}
	para := f.toks[head].para
	best := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		if i == owner || e.kind != ePerson || len(e.parts) < 2 || e.parts[len(e.parts)-1] != sur {
			continue
		}
		if g != 0 && e.gender != 0 && e.gender != g {
			continue
		}
		if e.last >= f.toks[head].s || para-f.paraAt(e.last) > 2 {
			continue
		}
		if best < 0 || e.last > f.ents[best].last {
			best = i
		}
	}
	return best
}

// roleActsFor reports a lower-case role noun at token h followed by "for"
// or "to" and then the person of mention m ("a spokesperson for Sen.
// Hart", "an aide to Gov. Ray Dunn"): the one named is whom the role
// serves, not the speaker.
func (f *finder) roleActsFor(h int, m *mention) bool {
	t := &f.toks[h]
	if t.cap || h+2 != m.a && h+3 != m.a || !f.isRoleOrDoc(h) {
		return false
	}
	w := f.toks[h+1].lower
	return w == "for" || w == "to" || f.roleCloseTo(h, m)
}

// ownersRelativeSubject returns the relative a possessive name opening
// sentence s, or its main clause after a comma, owns ("Hadvar's uncle
// slowly reaches…", "Tom Welk's mom said"): the one named under the
// owner's surname, else the described relative; or -1.
func (f *finder) ownersRelativeSubject(s sentence, m *mention, mm mentionMap) int {
	if !m.poss || m.kind != mPerson && m.kind != mUnknown || m.b+1 >= s.b || m.a != s.a && !f.isPunct(m.a-1, ",") {
		return -1
	}
	h := m.b
	if t := &f.toks[h]; t.k != tWord || t.cap || !ownedKin(t.lower) {
		return -1
	}
	// (a verb follows the relative: the phrase is the subject)
	n := &f.toks[h+1]
	if n.k != tWord || n.cap {
		return -1
	}
	if _, v := n.verb(); !v && !f.isAdverb(n) && !strings.HasSuffix(n.lower, "s") && !strings.HasSuffix(n.lower, "ed") {
		return -1
	}
	id, _ := f.resolveNP(m.a, h+1, h, "", mm)
	return id
}

// givenNameSubject reports a one-word mention that is a known given name
// (and no place) followed by a verb in the past or present tense
// ("Elizabeth stood up", "Maria says").
func (f *finder) givenNameSubject(m *mention) bool {
	if m.b-m.ca != 1 || m.poss || m.b >= len(f.toks) {
		return false
	}
	t := &f.toks[m.ca]
	if !t.is(cFemale|cMale) || t.is(cPlace|cOrg|cFunction|cNonName) {
		return false
	}
	n := &f.toks[m.b]
	if n.k != tWord || n.cap || n.is(cFunction|cPrep) {
		return false
	}
	if _, v := n.verb(); v {
		return true
	}
	switch n.lower {
	case "stood", "sat", "got", "went", "came", "took", "made", "began", "ran", "left", "felt", "knew", "thought":
		return true
	}
	return strings.HasSuffix(n.lower, "ed")
}
