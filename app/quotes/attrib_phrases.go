package quotes

import (
	"strings"
	"unicode/utf8"
)

// The shape of a speaker phrase: appositives after a name (a role, an
// employer, a place, a title chain), roles and descriptions before it
// ("wrote professor and attorney X"), what a role noun takes after it
// ("a source close to", "a spokesperson for", "a dancer from") and the
// words that end the phrase before its verb.

// apposOwner finds the person an appositive describes when token p, a
// preposition inside it, comes before end: back to the comma opening the
// appositive (a role noun or determiner after it) and the person's name
// before that comma. It returns the name's tokens and the appositive.
func (f *finder) apposOwner(s sentence, p, end int, mm mentionMap) (int, int, string, bool) {
	for c := p - 1; c > s.a && c >= p-16; c-- {
		t := &f.toks[c]
		if t.k == tWord {
			continue
		}
		if !f.isPunct(c, ",") || c+1 >= p || !f.apposStartAt(c+1) || f.toks[c+1].lower == "who" || f.toks[c+1].lower == "which" {
			return 0, 0, "", false
		}
		if m := mm.at(c - 1); m != nil && m.b == c && (m.kind == mPerson || (m.kind == mUnknown && m.b-m.ca >= 2)) {
			return m.a, m.b, f.spanText(c+1, end), true
		}
		return 0, 0, "", false
	}
	return 0, 0, "", false
}

// personWithAffiliation finds a person's name followed by its
// organisation and place up to token j, just before a verb: "Name of/with/
// at/from [the] Org [in Place[, Country]][,]". It returns the name's
// tokens and the affiliation's text.
func (f *finder) personWithAffiliation(s sentence, j int, mm mentionMap) (int, int, string, bool) {
	k := j
	if f.isPunct(k, ",") {
		k--
	}
	linked := false
	for n := 0; k >= s.a && n < 20; n++ {
		t := &f.toks[k]
		if m := mm.at(k); m != nil {
			// ("George Graham, Head of Humanitarian Policy at Save the
			// Children, said": a name after a role and "of" is the
			// role's department, no person)
			if m.kind == mPerson && m.a-2 >= s.a && f.toks[m.a-1].lower == "of" && f.toks[m.a-2].is(cRole|cTitle) {
				return 0, 0, "", false
			}
			if m.kind == mPerson && m.b == k+1 && linked && k < j {
				// a link word must follow the name itself
				if l := f.toks[m.b].lower; l == "of" || l == "with" || l == "at" || l == "from" {
					e := j
					if f.isPunct(e, ",") {
						e--
					}
					return m.a, m.b, f.spanText(m.b, e+1), true
				}
				return 0, 0, "", false
			}
			// ("Lauren Nel from Natural Justice in Cape Town says": a body
			// with a name like a person's, after a link word)
			if m.kind != mOrg && m.kind != mPlace && m.kind != mUnknown && !f.linkedName(m, mm) {
				return 0, 0, "", false
			}
			k = m.a - 1
			continue
		}
		switch {
		case t.k == tWord && (t.lower == "of" || t.lower == "with" || t.lower == "at" || t.lower == "from"):
			linked = true
		case t.k == tWord && (t.lower == "in" || t.lower == "the"):
		case f.isPunct(k, ","):
		default:
			return 0, 0, "", false
		}
		k--
	}
	return 0, 0, "", false
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

// nameThenPlace reports whether the tokens from mention m up to end are
// the name alone or the name followed by "of/from <Place>" ("Sen. Chuck
// Grassley of Iowa").
func (f *finder) nameThenPlace(m *mention, end int) bool {
	if m.b == end {
		return true
	}
	if m.b+1 < end && (f.toks[m.b].lower == "of" || f.toks[m.b].lower == "from") {
		for k := m.b + 1; k < end; k++ {
			if !f.toks[k].cap {
				return false
			}
		}
		return true
	}
	return false
}

// nameEndBefore returns the token after a name that a comma at token c
// follows, past a parenthesis or a comma-set party tag or age between
// them: "Dawn Addiego (R-Burlington), for example,", "Tom Hale, R-Texas,
// for his part,". It returns c when there is none.
func (f *finder) nameEndBefore(s sentence, c int) int {
	nb := f.skipBack(s, c-1)
	if nb-1 > s.a && f.isPunct(nb-1, ",") && f.toks[nb].k == tWord && (isPartyTag(f.toks[nb].w) || isNumber(f.toks[nb].w)) {
		nb -= 2
	}
	return nb + 1
}

// nameBefore reports whether a person's name ends right before token c
// (a comma) and starts its clause: at the sentence start, after a comma
// or after words without a verb.
func (f *finder) nameBefore(s sentence, c int, mm mentionMap) bool {
	m := mm.at(c - 1)
	if m == nil || m.b != c || (m.kind != mPerson && m.kind != mUnknown) {
		return false
	}
	// "Board chairman Art Levy, in…": titles before the name are fine
	if m.a == s.a || f.isPunct(m.a-1, ",") || (f.plainClause(s.a, m.a) && f.quietClause(s.a, m.a)) {
		return true
	}
	// "“…,” co-author Prof Ray Cole, from the University of Iowa, told":
	// the name, its lower-case roles before it, right after a quotation
	p := m.a - 1
	for p > s.a && p > m.a-4 && f.toks[p].k == tWord && !f.toks[p].cap && (f.toks[p].is(cRole|cTitle) || f.prefixedRole(f.toks[p].lower)) {
		p--
	}
	return f.toks[p].k == tQuote || f.isPunct(p, ",") && p-1 >= s.a && f.toks[p-1].k == tQuote
}

// plainClause reports whether tokens [a, b) are words only, with no
// punctuation or quotation: one clause.
func (f *finder) plainClause(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].k != tWord {
			return false
		}
	}
	return true
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
// or ", <role> …" when the phrase at token a is an appositive describing
// that person ("David Savidge, a former police officer who responded
// said").
func (f *finder) nameBeforeAppos(s sentence, a int, mm mentionMap) (int, int, bool) {
	if a-2 < s.a || !f.isPunct(a-1, ",") {
		return 0, 0, false
	}
	// ("Paul Keever, chairman of the Police Federation, which represents
	// officers, said": an appositive may open with its role)
	if w := f.toks[a].lower; w != "a" && w != "an" && w != "the" && !(f.toks[a].is(cRole|cTitle) && f.apposStartAt(a)) {
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
	if t.k != tWord || !t.cap || !(t.is(cTitle|cRole) || allUpper(t.w) && n >= 2 && n <= 4) {
		return false
	}
	if nx := &f.toks[a+1]; nx.k != tWord || nx.cap && !nx.is(cTitle) {
		return false
	}
	p := mm.at(a - 2)
	return p != nil && p.b == a-1 && !p.poss && (p.kind == mPerson || p.kind == mUnknown && p.b-p.ca >= 2)
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

// placeEndedAffiliation finds the person before an organisation and the
// place it is in, the place ending right before token end and an
// appositive or relative clause after it ("Ana Roe from the University of
// Otago, New Zealand, who was not involved, said"): the person speaks, not
// the place the clause comes after. It returns the name's tokens and the
// affiliation's text (see personWithAffiliation).
func (f *finder) placeEndedAffiliation(s sentence, end int, mm mentionMap) (int, int, string, bool) {
	if m := mm.at(end - 1); m == nil || m.b != end || m.kind != mPlace {
		return 0, 0, "", false
	}
	return f.personWithAffiliation(s, end-1, mm)
}

// ownedApposName returns the person named after the comma of an inverted
// speaker phrase [k, i) that is an owner and what the owner has: “…,”
// said Mara's OB-GYN, Ann Cole of Lakeside Hospital”, “…,” said her
// surgeon, Tom Reyes. The name speaks and the phrase is its affiliation,
// whatever the noun (the role lists miss "surgeon", and "OB-GYN" reads as
// a name); else nil.
func (f *finder) ownedApposName(s sentence, k, head, i int, mm mentionMap) *mention {
	if !f.isPunct(i, ",") || head <= k || head != i-1 {
		return nil
	}
	// the owner: a possessive pronoun, or a possessive name (of a person,
	// a body or a place: "Britain's envoy, Tom Reyes") right before
	// the head
	owner := k
	if m := mm.at(k); m != nil && m.a == k {
		if !m.poss || m.b != head {
			return nil
		}
	} else if f.toks[owner].k != tWord || possessivePronoun(f.toks[owner].lower) == "" || owner+1 != head {
		return nil
	}
	// the head: a common noun, or a capitalised word that is no person's
	// name
	h := &f.toks[head]
	if h.k != tWord || h.is(cFunction|cStopNP) || isPronoun(h.lower) {
		return nil
	}
	if hm := mm.at(head); hm != nil && (hm.kind == mPerson || hm.a != head || hm.b != i) {
		return nil
	}
	m := mm.at(i + 1)
	if m == nil || m.a != i+1 || m.poss || m.kind != mPerson {
		return nil
	}
	// the name closes the phrase: the sentence's end, a comma or an "of"
	// or "who" after it
	if e := m.b; e < s.b && !f.isPunct(e, ",.;:!?") && f.toks[e].k != tQuote {
		if w := f.toks[e].lower; f.toks[e].k != tWord || (w != "of" && w != "who" && w != "at" && w != "from") {
			return nil
		}
	}
	return m
}

// describedNameAfter finds, after a verb of speech inverted right after
// its quotation (token k is the first word after the verb), a person's
// full name that ends the clause behind a description of the one who
// holds it: "…,” wrote professor and attorney Tom Baxter", "…,” quipped
// Gas and Flame co-creator Rob Denman", "…?” wrote self-described
// “internet loudmouth” Jeff Tidwell". The name speaks; the words before
// it describe the speaker, whatever their shape. A description needs a
// role noun or a quoted epithet right before the name, and holds no verb,
// preposition, pronoun or punctuation, so "said a lawyer for Tom Baxter"
// and "wrote that Tom Baxter" stay as they were. It returns the name's
// token range.
func (f *finder) describedNameAfter(s sentence, k int, mm mentionMap) (int, int, bool) {
	for e := k; e < s.b && e < k+12; e++ {
		if m := mm.at(e); m != nil && m.a == e {
			if m.kind == mPerson && !m.poss && m.b-m.ca >= 2 && e > k && f.endsClause(s, m.b) && (m.ca > m.a || f.describesNext(e-1)) {
				return m.a, m.b, true
			}
			if m.poss {
				return 0, 0, false
			}
			e = m.b - 1
			continue
		}
		t := &f.toks[e]
		switch {
		case t.k == tQuote:
			continue
		case t.k != tWord, t.cap && !t.first:
			return 0, 0, false
		case t.lower == "and":
			continue
		case t.is(cPrep|cFunction|cSkip) || isPronoun(t.lower) || possessivePronoun(t.lower) != "":
			return 0, 0, false
		}
		if v, ok := t.verb(); ok && !v.participle {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// describesNext reports a token that can stand right before the name it
// describes: a role noun ("attorney", "co-creator") or the closing mark
// of a quoted epithet.
func (f *finder) describesNext(j int) bool {
	t := &f.toks[j]
	if t.k == tQuote {
		return true
	}
	return t.k == tWord && !t.cap && (f.isRoleOrDoc(j) || f.sharedRole(t.lower) || t.is(cTitle) || sharedNoun(t.lower))
}

// sharedNoun reports a noun of a part shared with others ("co-creator",
// "co-host", "co-star"): whatever the lexicon knows of the noun after
// "co-", the whole names what someone is.
func sharedNoun(w string) bool {
	r, ok := strings.CutPrefix(w, "co-")
	return ok && len(r) >= 3 && !strings.Contains(r, "-")
}

// originFrom reports "from" at token i after an indefinite common noun
// ("one actor from Bangkok", "a dancer from the troupe"): what follows
// "from" says where the person comes from, and the noun, not the name
// after it, heads the speaker phrase. Role nouns the lexicon knows take
// their post-modifiers anyway; this covers the ordinary nouns it does not
// list (issue 20, twenty-fifth round).
func (f *finder) originFrom(i int) bool {
	if i < 2 || i+1 >= len(f.toks) || f.toks[i].lower != "from" || f.toks[i].cap {
		return false
	}
	n := &f.toks[i-1]
	if n.k != tWord || n.cap || n.poss || n.is(cFunction|cStopNP|cSkip) || len(n.lower) < 3 {
		return false
	}
	if _, verb := n.verb(); verb {
		return false
	}
	d := i - 2
	// one plain modifier between ("one young actor from")
	if m := &f.toks[d]; d-1 >= 0 && m.k == tWord && !m.cap && !m.poss && !m.is(cFunction|cStopNP|cDet) {
		if _, verb := m.verb(); !verb {
			d--
		}
	}
	switch f.toks[d].lower {
	case "a", "an", "one", "another":
		return true
	}
	return false
}

// headBeforeIng returns the noun before a participle in -ing that ends the
// phrase [a, end) or comes before a particle or preposition ending it ("a
// passenger leaning out", "a driver sitting"): what the source is doing
// is no part of its name. Else -1.
func (f *finder) headBeforeIng(a, end int) int {
	for j := a + 2; j < end && j < a+6; j++ {
		t, p := &f.toks[j], &f.toks[j-1]
		if t.k != tWord || t.cap || len(t.lower) <= 5 || !strings.HasSuffix(t.lower, "ing") || t.is(cFunction) {
			continue
		}
		if j+1 < end && !(j+2 == end && (f.toks[j+1].is(cPrep) || particleWord(f.toks[j+1].lower))) {
			continue
		}
		if p.k != tWord || p.cap || p.is(cFunction|cDet|cPrep) || strings.HasSuffix(p.lower, "ly") {
			return -1
		}
		return j - 1
	}
	return -1
}

// particleWord reports the adverb particles of phrasal verbs.
func particleWord(w string) bool {
	switch w {
	case "out", "up", "down", "off", "over", "back", "away", "around", "in", "on":
		return true
	}
	return false
}

// roleCloseTo reports a role noun whose post-adjective ties it to the
// person named right after ("a source close to Mr Vale", "an aide
// familiar with Ms Orr's thinking"): like "a spokesman for", the role
// speaks and the person it is close to is only who it talks about
// (issue 20, round 22b).
func (f *finder) roleCloseTo(h int, m *mention) bool {
	if h+3 != m.a || !postAdjective(f.toks[h+1].lower) || f.toks[h+1].cap {
		return false
	}
	p := &f.toks[h+2]
	return p.k == tWord && p.is(cPrep) && !p.cap
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

// titledAfter returns the person's name starting within three words after
// token k whose title prefix reaches back to k ("Vikings coach Brad
// Childress": the prefix "Vikings coach" starts at "Vikings"), or nil.
func (f *finder) titledAfter(k, end int, mm mentionMap) *mention {
	for i := k; i < end && i < k+3; i++ {
		if m := mm.at(i); m != nil {
			if m.a == i && m.kind == mPerson && m.pa < k {
				return m
			}
			return nil
		}
		if t := &f.toks[i]; t.k != tWord || t.cap || !t.is(cTitle) {
			return nil
		}
	}
	return nil
}

// firstOfName returns the first token of the title prefix of the name
// starting at token a ("Gmail inventor Paul Buchheit"), or a.
func (f *finder) firstOfName(a int, mm mentionMap) int {
	if m := mm.at(a); m != nil && m.a == a && m.pa < a {
		return m.pa
	}
	return a
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

// countedNoun reports a number word opening a speaker phrase before the
// rest of it ("seven U.S. senators said", "“…,” two officials said"): the
// count is the phrase's, as the capitalised "Seven senators" at a
// sentence's start keeps it.
func (f *finder) countedNoun(a, end int) bool {
	return numberWord(f.toks[a].lower) && a+1 < end && f.toks[a+1].k == tWord
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

// titledPerson returns the person right after mention m whose title m
// is part of ("Vikings coach Brad Childress", "Male Survivors of Sexual
// Abuse manager Ken Clearwater", "A Seventh-day Adventist, Carson"), or
// nil: m describes that person and is no subject of its own.
func (f *finder) titledPerson(s sentence, m *mention, mm mentionMap) *mention {
	if m.kind == mPerson && m.pa < m.ca {
		return nil // a titled name is a person
	}
	// "A Seventh-day Adventist, Carson entered…": a name after "a" in
	// apposition to a name
	if w := f.toks[max(m.a-1, 0)].lower; m.a > s.a && (w == "a" || w == "an") && f.isPunct(m.b, ",") {
		if p := mm.at(m.b + 1); p != nil && p.a == m.b+1 && (p.kind == mPerson || p.kind == mUnknown) {
			return p
		}
	}
	k := m.b
	if k < s.b && f.toks[k].lower == "of" {
		k++
	}
	// the next person's name, whose title prefix reaches back to token k,
	// or after one or two nouns that describe ("TV personality Dr. Phil
	// McGraw")
	for i := k; i < s.b && i < k+6; i++ {
		if p := mm.at(i); p != nil && p.a == i && p.kind == mPerson {
			if i > k && p.pa <= k {
				return p
			}
			if p.pa > k && p.pa-k <= 2 && mm.at(k) == nil {
				for j := k; j < p.pa; j++ {
					t := &f.toks[j]
					if _, v := t.verb(); v || t.k != tWord || t.cap || t.is(cFunction|cPrep|cDet|cStopNP|cSkip) || isParticipleEd(t) || auxiliary(t.lower) {
						return nil
					}
				}
				return p
			}
			return nil
		}
	}
	return nil
}
