package quotes

import "strings"

// Two names or two roles joined by "and": a coordinated subject of two
// speakers ("A and B said"), and roles joined to a name or to each other
// that describe one person ("Ron Kellan and senior campaign adviser",
// "biologist and lead author X", "Under Secretary of Defense and
// commission co-chair X").

// coordinatedSpeaker widens a speaker resolved from one name of a
// coordinated subject to both: "the Democratic Unionist Party (DUP) and
// Progressive Unionist Party (PUP) alleged", "DUP councillor Lee Reynolds
// and PUP councillor Billy Hutchinson said", "the DUP and PUP statement
// claimed". The labels name such a pair "A and B", each as first
// introduced (realgold b45, b47, b61), and a later "they" is the pair. Both
// conjuncts must be names of the same sort (two people or two bodies), the
// first set off by nothing but "and" and the second's title words, so that
// "Gallagher and his colleagues", "officials at Google and Apple" and a
// list of three keep their single speaker.
func (f *finder) coordinatedSpeaker(s sentence, at *attrib, mm mentionMap) {
	if at.ent < 0 || at.npA < 0 {
		return
	}
	var m2 *mention
	for k := at.npA; k < at.npB && k < s.b; k++ {
		if m := mm.at(k); m != nil && m.ent == at.ent && !m.poss {
			m2 = m
		}
	}
	if m2 == nil {
		return
	}
	// "and" before the second name, past its title words ("PUP councillor")
	j := f.pastTitleWords(s, m2.a-1)
	if j <= s.a || f.toks[j].k != tWord || f.toks[j].lower != "and" {
		return
	}
	// the first name, past a bracketed acronym ("(DUP)")
	e := j
	if f.isPunct(e-1, ")") && e-3 >= s.a && f.isPunct(e-3, "(") {
		e -= 3
	}
	m1 := mm.at(e - 1)
	if m1 == nil || m1.b != e || m1.poss || m1.ent < 0 || m1.ent == at.ent {
		return
	}
	// a list ("A, B and C") or the object of a preposition ("officials at
	// A and B")
	// (not the comma closing a fronted phrase: "In a letter to CEO Tony
	// Hayward, Secretary Janet Napolitano and Administrator Lisa Jackson
	// told")
	if p := f.pastTitleWords(s, m1.a-1); p >= s.a {
		t := &f.toks[p]
		if t.k == tWord && t.is(cPrep) || f.isPunct(p, ",") && p-1 >= s.a && mm.at(p-1) != nil && !f.frontedPhraseEnd(s, p) {
			return
		}
	}
	e1, e2 := &f.ents[m1.ent], &f.ents[at.ent]
	if e1.kind != e2.kind || (e1.kind != ePerson && e1.kind != eOrg) || e1.plural || e2.plural {
		return
	}
	// two people, each named in full; a title or a department in the
	// first ("Northwell President and CEO X", "Health and Human Services
	// Secretary X") makes one office, not a second person
	if e1.kind == ePerson && (len(e1.parts) < 2 || len(e2.parts) < 2 || m1.b-m1.ca < 2 || f.anyTitleOrDept(m1.ca, m1.b)) {
		return
	}
	name := e1.name + " and " + e2.name
	id := f.entityByName(phrase{name, strings.ToLower(name)}, eGroup, f.toks[m1.a].s)
	f.ents[id].plural = true
	at.ent = id
}

// pastTitleWords steps back from token j over up to three title words
// before a name ("PUP councillor", "top Democrats") and returns the first
// token before them.
func (f *finder) pastTitleWords(s sentence, j int) int {
	for n := 0; j >= s.a && n < 3; n++ {
		t := &f.toks[j]
		if t.k != tWord || t.lower == "and" || t.is(cFunction|cPrep|cDet) || t.poss {
			break
		}
		j--
	}
	return j
}

// anyTitleOrDept reports whether a title or a department word stands in
// tokens [a, b).
func (f *finder) anyTitleOrDept(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].is(cTitle | cDept) {
			return true
		}
	}
	return false
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

// rolesBefore returns where the roles before token a start when "and"
// joins another role to them right after a quotation ("“…,” former
// Google engineer and Gmail inventor Paul Buchheit"), else a.
func (f *finder) rolesBefore(s sentence, a int) int {
	j := a - 1
	if j-1 <= s.a || f.toks[j].lower != "and" || !(f.isRoleOrDoc(j-1) || f.toks[j-1].is(cTitle)) {
		return a
	}
	for i := j - 1; i > s.a && i >= j-5; i-- {
		t := &f.toks[i]
		if p := &f.toks[i-1]; p.k == tQuote || p.k == tPunct && p.w == "," && i-2 >= s.a && f.toks[i-2].k == tQuote {
			return i
		}
		if t.k != tWord || t.poss || t.is(cStopNP|cPrep) || (t.is(cFunction) && !formerWord(t.lower)) {
			return a
		}
		if _, v := t.verb(); v {
			return a
		}
	}
	return a
}

// roleAndRoleName finds the name after a role noun at head that "and"
// joins to further role nouns before it: "explained biologist and lead
// author Ines Marrow". The roles describe the one person named, who
// speaks; without the name the first role alone took the quotation
// (issue 20, twentieth round).
func (f *finder) roleAndRoleName(s sentence, head, i int, mm mentionMap) (int, int, bool) {
	if i+2 >= s.b || f.toks[i].lower != "and" || !f.isRoleOrDoc(head) || mm.at(head) != nil || f.lx.is(f.toks[head].lower, cDoc) {
		return 0, 0, false
	}
	return f.rolesThenName(s, i, mm)
}

// rolesThenName finds the name after "and" at token i and the lower-case
// role nouns after it ("and lead author Ines Marrow"), the name ending
// the phrase.
func (f *finder) rolesThenName(s sentence, i int, mm mentionMap) (int, int, bool) {
	for e := i + 1; e < s.b && e <= i+4; e++ {
		if m := mm.at(e); m != nil && m.a == e {
			if e == i+1 || m.kind != mPerson || m.b-m.ca < 2 || m.poss || !f.isRoleOrDoc(e-1) && !f.toks[e-1].is(cTitle) && !f.sharedRole(f.toks[e-1].lower) {
				return 0, 0, false
			}
			if m.b < s.b && f.toks[m.b].k == tWord {
				return 0, 0, false
			}
			return m.a, m.b, true
		}
		w := &f.toks[e]
		if w.k != tWord || w.cap || w.is(cDet|cPrep) {
			return 0, 0, false
		}
		if _, v := w.verb(); v {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// sharedRole reports a role shared with others, with or without its
// hyphen ("co-author", "coauthor", "cofounder").
func (f *finder) sharedRole(w string) bool {
	if f.prefixedRole(w) {
		return true
	}
	r, ok := strings.CutPrefix(w, "co")
	return ok && len(r) >= 4 && f.lx.is(r, cRole|cTitle)
}

// officeAndRoleName finds the name after a capitalised office with its
// department ("Under Secretary of Defense", from token i or with its "of"
// at i) that "and" joins to lower-case roles before the name: "said former
// Under Secretary of Defense and commission co-chair Eric Ward". The
// phrase otherwise stopped at the office ("under" is a preposition, "of"
// ends it), and the adjective "former" before it took the quotation.
func (f *finder) officeAndRoleName(s sentence, i int, mm mentionMap) (int, int, bool) {
	j, title := i, false
	for j < s.b && j < i+3 && f.isCapWord(j) && mm.at(j) == nil {
		title = title || f.toks[j].is(cTitle)
		j++
	}
	if j == i && i > s.a && f.toks[i-1].cap && f.toks[i-1].is(cTitle) && mm.at(i-1) == nil {
		title = true
	}
	if !title || j+4 >= s.b || f.toks[j].lower != "of" {
		return 0, 0, false
	}
	o := j
	j = o + 1
	for j < s.b && j < o+5 && (f.isCapWord(j) || f.toks[j].lower == "of" && f.isCapWord(j+1)) {
		j++
	}
	if j == o+1 || j >= s.b || f.toks[j].lower != "and" {
		return 0, 0, false
	}
	return f.rolesThenName(s, j, mm)
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

// frontedPhraseEnd reports whether the comma at token c closes a phrase
// opening sentence s with a preposition ("In a letter to X, …"): the
// first comma of such a sentence.
func (f *finder) frontedPhraseEnd(s sentence, c int) bool {
	if t := &f.toks[s.a]; t.k != tWord || !t.is(cPrep) {
		return false
	}
	for i := s.a + 1; i < c; i++ {
		if f.toks[i].k != tWord {
			return false
		}
	}
	return true
}
