package quotes

import (
	"sort"
	"strings"
)

// Which person a bare surname means when several bear it or one bears a
// word of another kind: namesakes and relatives named in passing, couples
// sharing a surname, people named only in a list or last in full, the
// elder and the younger, and surnames that are also places, nationalities
// or organisations' words.

// lastTwo returns the latest and the second latest last mention of the
// people one of whose name parts is w, -1 for none.
func (f *finder) lastTwo(w string) (int, int) {
	l1, l2 := -1, -1
	for _, i := range f.withPart(w) {
		e := &f.ents[i]
		if e.kind != ePerson || !hasPart(e.parts, w) {
			continue
		}
		switch {
		case e.last > l1:
			l1, l2 = e.last, l1
		case e.last > l2:
			l2 = e.last
		}
	}
	return l1, l2
}

// namedOnOwn reports whether mention m names e, a relative named in
// passing ("her son Travis Kelce"), as a subject in its own right later
// on, by a name that is not the family name ("Swift and Travis recently
// attended"): the bare family name may then mean e again.
func (f *finder) namedOnOwn(e *entity, m *mention) bool {
	if m.rel || !m.salient || m.poss || m.ca >= m.b || f.toks[m.ca].s <= e.first || f.sentStart(m.a) <= e.first {
		return false
	}
	return m.b-m.ca > 1 || !partIs(e.surname, f.toks[m.ca].lower)
}

// introSpeaking reports whether e was introduced as the subject of a
// reporting verb: its first mention is followed, after the rest of its
// run of capitalised words and at most two adverbs, by a reporting verb
// ("Lt. Gen. Ahmed Sharif said").
func (f *finder) introSpeaking(e *entity) bool {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= e.first })
	n := 0
	for k < len(f.toks) && n < maxRun && (f.isCapWord(k) || f.isPunct(k, ".")) && !f.toks[k].poss {
		k++
		n++
	}
	for i := 0; i < 2 && k < len(f.toks) && f.toks[k].k == tWord && f.toks[k].is(cSkip); i++ {
		k++
	}
	if n == 0 || k >= len(f.toks) || f.toks[k].k != tWord || f.toks[k].cap {
		return false
	}
	v, ok := f.toks[k].verb()
	return ok && !v.participle
}

// introDescribed reports whether e was introduced opening a paragraph
// with an appositive that describes who they are ("Zhou Shunzhu, a
// mother of two, has one of the jobs"): like one introduced speaking,
// someone the text now turns to, so the surname alone that follows means
// them rather than a namesake named before (issue 20, eighteenth round).
func (f *finder) introDescribed(e *entity) bool {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= e.first })
	if k == 0 || k >= len(f.toks) || f.toks[k-1].k != tBreak {
		return false
	}
	n := 0
	for k < len(f.toks) && n < maxRun && f.isCapWord(k) && !f.toks[k].poss {
		k++
		n++
	}
	if n < 2 || k+1 >= len(f.toks) || !f.isPunct(k, ",") {
		return false
	}
	w := f.toks[k+1].lower
	return w == "a" || w == "an"
}

// onlyRelativeOf reports whether the people bearing the name w that are
// known to be of gender g are all relatives named in passing: "Mr.
// Bartkowiak" after "Tralona Bartkowiak … said her brother, Michael
// Bartkowiak" is the brother, whom the title singles out, though a bare
// "Bartkowiak" would be the woman the article is about.
func (f *finder) onlyRelativeOf(w string, g byte) bool {
	rel := false
	for _, i := range f.withPart(w) {
		e := &f.ents[i]
		if e.kind != ePerson || e.gender != g || !hasPart(e.parts, w) {
			continue
		}
		if !e.relative {
			return false
		}
		rel = true
	}
	return rel
}

// spokeInFullLast reports whether e, of two people who share a surname,
// was last named in full (given name and surname) as the subject of a
// verb of speech in this paragraph or the one before: "Geoff Vane said he
// chose the berries… “…,” Vane said" means Geoff, though the bare
// surname meant his wife Rita before, since the text has just turned to
// him by his full name (issue 20, round 22b).
func (f *finder) spokeInFullLast(e *entity, para int) bool {
	if len(e.parts) < 2 || partIs(e.surname, e.parts[0]) || para < 0 {
		return false
	}
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= e.last })
	if k >= len(f.toks) || f.toks[k].para < para-1 {
		return false
	}
	full := false
	for n := 0; k < len(f.toks) && n < maxRun && f.isCapWord(k) && !f.toks[k].poss; n++ {
		full = full || f.toks[k].lower == e.parts[0] && k+1 < len(f.toks) && partIs(e.surname, f.toks[k+1].lower)
		k++
	}
	if !full || k >= len(f.toks) || f.toks[k].k != tWord || f.toks[k].cap {
		return false
	}
	v, ok := f.toks[k].verb()
	return ok && !v.participle
}

// listedOnly reports whether person e was named only in a list of names
// ("Miguel Angel Jimenez, Dustin Johnson and Brandt Snedeker were in
// with 68s"): of two people sharing a surname, the bare surname means the
// one the article introduced on their own ("clubhouse leader Zach
// Johnson"), not one it merely listed (issue 20, twenty-first round).
func (f *finder) listedOnly(e *entity) bool {
	return f.listedAt(e.first) && (e.last == e.first || f.listedAt(e.last))
}

// listedAt reports whether the name starting at rune offset pos stands in
// a list of names: a comma or "and" between it and another capitalised
// name on one side, a comma on the other.
func (f *finder) listedAt(pos int) bool {
	k := f.tokAt(pos)
	if k < 0 {
		return false
	}
	e := k
	for e+1 < len(f.toks) && f.toks[e+1].k == tWord && f.toks[e+1].cap {
		e++
	}
	sep := func(i int) bool {
		return i >= 0 && i < len(f.toks) && (f.isPunct(i, ",") || f.toks[i].k == tWord && f.toks[i].lower == "and")
	}
	before := k-2 >= 0 && sep(k-1) && f.isCapWord(k-2)
	after := sep(e+1) && f.isCapWord(e+2)
	return before && after && (f.isPunct(k-1, ",") || f.isPunct(e+1, ","))
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

// sharedSurname returns, for a known given name alone with no title before
// "and" and another given name and a one-word surname ("Andy and Charlotte
// Roche bought…"), the surname's token: a couple or siblings named with
// one surname, each of whom bears it. Else -1.
func (f *finder) sharedSurname(m *mention) int {
	a, b := m.ca, m.b
	if b != a+1 || len(m.titles) > 0 || m.a != m.ca || b+3 >= len(f.toks) {
		return -1
	}
	g, and, g2, sur, after := &f.toks[a], &f.toks[b], &f.toks[b+1], &f.toks[b+2], &f.toks[b+3]
	if g.poss || !g.cap || !g.is(cFemale|cMale) || and.lower != "and" || and.k != tWord {
		return -1
	}
	if g2.k != tWord || !g2.cap || g2.poss || !g2.is(cFemale|cMale) || g2.is(cTitle) {
		return -1
	}
	if sur.k != tWord || !sur.cap || sur.is(cFemale|cMale|cTitle|cPlace|cOrg|cFunction) {
		return -1
	}
	// (a longer run after the surname is some other name)
	if after.k == tWord && after.cap && !sur.poss {
		return -1
	}
	return b + 2
}

// knownSurnameRun reports a one-word name that is the surname of a person
// named in full before ("Gerber" after "Rande Gerber").
func (f *finder) knownSurnameRun(core []token) bool {
	return len(core) == 1 && f.surnameKnown(core[0].lower)
}

// surnameKnown reports whether w is the family name of a person already
// named in full.
func (f *finder) surnameKnown(w string) bool {
	for _, i := range f.withPart(w) {
		if e := &f.ents[i]; e.kind == ePerson && !e.single && partIs(e.surname, w) {
			return true
		}
	}
	return false
}

// bareElsewhere reports whether the word of token k occurs elsewhere in the
// text on its own, capitalised and outside a longer run of capitalised
// words (a title before it aside): "Levy said", "Mr. Levy".
func (f *finder) bareElsewhere(k int) bool {
	w := f.toks[k].lower
	lo, hi := max(0, k-4000), min(len(f.toks), k+4000)
	for i := lo; i < hi; i++ {
		if i == k || f.toks[i].lower != w || !f.toks[i].cap || f.toks[i].k != tWord {
			continue
		}
		if p := i - 1; p >= 0 && f.isCapWord(p) && !f.toks[p].is(cTitle) && !f.toks[p].first {
			continue
		}
		if !f.isCapWord(i + 1) {
			return true
		}
	}
	return false
}

// bareBefore reports whether the word of token k occurs before it on its
// own: capitalised, with no capitalised word after it and none before it
// but a sentence's first word.
func (f *finder) bareBefore(k int) bool {
	w := f.toks[k].lower
	for i := max(0, k-4000); i < k; i++ {
		t := &f.toks[i]
		if t.lower != w || !t.cap || t.k != tWord || f.isCapWord(i+1) {
			continue
		}
		if p := i - 1; p >= 0 && f.isCapWord(p) && !f.toks[p].first && !t.first {
			continue
		}
		return true
	}
	return false
}

// eponymGiven returns the token of a known given name that stands before
// the surname w in the name of an institution called after the person
// ("the Tomas Brek Diving School"), or -1: a surname said alone is then that
// person, whom the text names in full only there (issue 20, twentieth
// round).
func (f *finder) eponymGiven(w string) int {
	found := -1
	for i := 1; i+1 < len(f.toks); i++ {
		if f.toks[i].lower != w || !f.isCapWord(i) || f.toks[i].poss || !f.isCapWord(i-1) || !f.toks[i-1].is(cFemale|cMale) || f.toks[i-1].poss {
			continue
		}
		// ("the Bill and Melinda Gates Foundation": two people)
		if i >= 2 && (f.isPunct(i-2, "&") || f.toks[i-2].lower == "and") {
			continue
		}
		j := i + 1
		for j < len(f.toks) && j < i+3 && f.isCapWord(j) && !eponymHead(f.toks[j].lower) {
			j++
		}
		if j >= len(f.toks) || !f.isCapWord(j) || !eponymHead(f.toks[j].lower) {
			continue
		}
		if found >= 0 && f.toks[found].lower != f.toks[i-1].lower {
			return -1
		}
		found = i - 1
	}
	return found
}

// eponymHead reports the head nouns of institutions named after a person.
func eponymHead(w string) bool {
	switch w {
	case "academy", "school", "foundation", "institute", "center", "centre", "clinic", "trust", "fund", "museum", "library":
		return true
	}
	return false
}

// placeSurname reports a lone place word at token k ("Spain", "Jordan")
// that is the family name of a person named in full before ("Glen Spain,
// a regional director, said …") and stands where a person does: the
// subject of a reporting verb or an owner ("Spain said", "Spain’s
// organization"), not after a preposition or "the" ("in Spain").
func (f *finder) placeSurname(s sentence, k int) bool {
	t := &f.toks[k]
	if !t.is(cPlace) || allUpper(t.w) || !f.surnameKnown(t.lower) {
		return false
	}
	if p := k - 1; p >= s.a && f.toks[p].k == tWord && (f.toks[p].is(cPrep|cDet) || f.toks[p].lower == "the" || f.toks[p].cap || f.toks[p].poss) {
		return false
	}
	if t.poss {
		return true
	}
	n := k + 1
	if n < s.b && f.toks[n].k == tWord && !f.toks[n].cap && (f.toks[n].lower == "also" || f.toks[n].lower == "then") {
		n++
	}
	if n >= s.b || f.toks[n].k != tWord || f.toks[n].cap {
		return false
	}
	_, ok := f.toks[n].verb()
	return ok
}

// ownedPlaceSurname reports a lone place or nationality word at token k
// after an owner's possessive ("ESPN’s Thai reports") that is the family
// name of a person named in full before ("ESPN’s Xuan Thai"): a place has
// no employer, so it is that person.
func (f *finder) ownedPlaceSurname(s sentence, k int) bool {
	t := &f.toks[k]
	if !t.is(cPlace) || t.poss || k-1 < s.a || !f.toks[k-1].poss || !f.toks[k-1].cap {
		return false
	}
	return f.surnameKnown(t.lower)
}

// orgWordSurname returns where a person's name starts in core when the
// run is a given name and a surname that is also an organisation's word
// ("House", "Church", "Banks"), after a title ("Chief Constable Sir
// Stephen House") or an occupation ("Singer Charlotte Church"), or -1. A
// monarch's, a peer's or a saint's title before a name and such a word
// names a building or an institution ("Queen Elizabeth House",
// "St John Church"), as do the words for institutions.
func orgWordSurname(core []token, titles []string) int {
	n := -1
	switch {
	case len(core) == 2 && len(titles) > 0:
		n = 0
	case len(core) == 3 && len(titles) == 0 && (occupation(&core[0]) || moreOccupation(core[0].lower)) && !core[0].poss:
		n = 1
	default:
		return -1
	}
	for _, t := range titles {
		if nameTitle(t) || t == "prince" || t == "princess" || t == "st" || t == "saint" {
			return -1
		}
	}
	given, last := &core[n], &core[n+1]
	if !given.is(cFemale|cMale) || given.is(cOrg|cPlace|cTitle|cGeo) || given.poss ||
		!last.is(cOrg) || last.is(cPlace|cGeo|cTitle) || institutionWord(last.lower) {
		return -1
	}
	return n
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

// institutionWord reports an organisation's word that names a place or a
// body, never a family: "Hospital", "School", "University".
func institutionWord(w string) bool {
	switch w {
	case "hospital", "school", "university", "college", "academy", "institute", "foundation",
		"centre", "center", "museum", "library", "hall", "council", "committee", "commission",
		"ministry", "department", "agency", "office", "party", "group", "trust", "fund",
		"corporation", "company", "inc", "ltd", "co", "corp", "association", "union", "league":
		return true
	}
	return false
}

// personSurnameOrg reports whether the two words [a, b) are a person's
// name whose surname is also an organisation's word ("Alex Press", "Ann
// Post"): a lower-case person noun right before them ("journalist") and a
// reporting verb right after them.
func (f *finder) personSurnameOrg(s sentence, a, b int) bool {
	if b-a != 2 || b >= s.b || !f.personNounBefore(s, a) || f.toks[a].is(cOrg|cPlace|cTitle|cFunction|cCompany) || !f.toks[a+1].is(cOrg) || f.toks[a+1].poss {
		return false
	}
	if allUpper(f.toks[a].w) || allUpper(f.toks[a+1].w) {
		return false
	}
	t := &f.toks[b]
	v, ok := t.verb()
	return ok && t.k == tWord && !t.cap && !v.participle
}

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

// surnameOutlet reports organisation words that are also family names
// ("Michael Bloomberg", "Paul Reuter").
func surnameOutlet(w string) bool {
	switch w {
	case "bloomberg", "reuters":
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

// invertedOpening reports a verb of speech opening a sentence before the
// surname of a person already named ("Said Davis, who chaired the
// hearing: “…”"): it is the verb inverted, not a given name, unless that
// person's given name is the word ("Said Jalili").
func (f *finder) invertedOpening(s sentence, k int) bool {
	t := &f.toks[k]
	if k != s.a || k+1 >= s.b || !f.isCapWord(k+1) {
		return false
	}
	switch t.lower {
	case "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "recalled", "recalls":
	default:
		return false
	}
	w := f.toks[k+1].lower
	if k+2 < s.b && f.isCapWord(k+2) {
		return false // "Said Ali Jalili": a longer name
	}
	found := false
	for _, i := range f.withPart(w) {
		e := &f.ents[i]
		if e.kind != ePerson || !partIs(e.surname, w) {
			continue
		}
		if len(e.parts) > 0 && partIs(e.parts[0], t.lower) {
			return false
		}
		found = true
	}
	return found
}

// kinGender returns the gender a kinship noun gives the name after it
// ('f' for "wife"), or 0.
func kinGender(w string) byte {
	switch w {
	case "wife", "widow", "daughter", "mother", "sister", "girlfriend", "fiancee", "fiancée", "granddaughter", "grandmother", "aunt", "niece":
		return 'f'
	case "husband", "widower", "son", "father", "brother", "boyfriend", "fiance", "fiancé", "grandson", "grandfather", "uncle", "nephew":
		return 'm'
	}
	return 0
}

// kinAdjective reports adjectives between a possessive and a kinship noun
// ("his late father", "her younger sister").
func kinAdjective(w string) bool {
	switch w {
	case "late", "younger", "elder", "older", "eldest", "oldest", "youngest", "estranged", "twin", "former", "first", "second":
		return true
	}
	return false
}

// neutralKin reports kinship nouns that give no gender.
func neutralKin(w string) bool {
	switch w {
	case "cousin", "child", "sibling", "spouse", "partner", "relative", "grandchild", "twin", "parent":
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

// surnameTail reports whether tokens [a, b) are a person's name of two or
// three words after a title that is also a department's word ("Supreme
// Court Justice Ricardo Lewandowski"): plain capitalised words, no
// organisation's, place's or title's among them, the last one standing
// alone elsewhere in the text as a family name does ("Lewandowski
// explained").
func (f *finder) surnameTail(a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := &f.toks[k]
		if !f.isCapWord(k) || t.is(cOrg|cPlace|cTitle|cFunction|cDept) || t.poss && k < b-1 {
			return false
		}
	}
	return f.bareElsewhere(b - 1)
}
