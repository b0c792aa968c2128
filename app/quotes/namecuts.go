package quotes

import (
	"sort"
	"strings"
	"unicode"
)

// Name-cutting rules (issue 20): what comes before or after a person's
// name in a run of capitalised words without being part
// of it.

// demonymWord reports nationality nouns and adjectives ("Dutchman",
// "Swede", "American") that may open a run of capitalised words before a
// person's name.
func demonymWord(w string) bool {
	switch w {
	case "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman",
		"irishman", "irishwoman", "scotsman", "scotswoman", "welshman", "welshwoman",
		"swede", "spaniard", "briton", "brit", "dane", "finn", "pole", "scot", "kiwi", "aussie",
		"swiss", "greek", "czech", "slovak", "serb", "croat", "cypriot", "norwegian", "belgian",
		"austrian", "argentine", "argentinian", "colombian", "chilean", "peruvian", "venezuelan",
		"cuban", "jamaican", "nigerian", "kenyan", "ethiopian", "moroccan", "algerian", "tunisian",
		"serbian", "croatian", "slovenian", "bosnian", "hungarian", "romanian", "bulgarian",
		"portuguese", "dutch", "swedish", "danish", "finnish", "icelandic", "georgian",
		"armenian", "scottish", "welsh", "irish", "zimbabwean", "ghanaian", "ugandan", "zambian",
		"tanzanian", "namibian", "estonian", "latvian", "lithuanian", "ukrainian", "russian",
		"american", "british", "english", "french", "german", "italian", "spanish", "canadian",
		"mexican", "brazilian", "australian", "japanese", "chinese", "korean", "indian",
		"pakistani", "iranian", "iraqi", "israeli", "palestinian", "syrian", "lebanese",
		"turkish", "egyptian", "saudi", "polish", "taiwanese", "vietnamese", "thai", "filipino",
		"indonesian", "malaysian", "afghan", "south african", "new zealander", "uruguayan",
		"paraguayan", "ecuadorian", "bolivian", "dominican", "haitian", "slovakian", "belarusian",
		"kazakh", "uzbek", "mongolian", "nepalese", "nepali", "sri lankan", "bangladeshi":
		return true
	}
	return false
}

// descriptorLead returns how many words open core before a person's name
// without being part of it, or 0: a nationality ("Swede Daniel Chopra",
// "American Steve Stricker") or a ranking written with a figure ("No.16
// Marcos Baghdatis"), before a name of two or three words that holds no
// title, place, organisation or figure and is a person's: its first word
// a known given name or its last used elsewhere on its own ("Chopra
// said"), and no determiner before the run ("the British Red Cross").
func (f *finder) descriptorLead(s sentence, a, b int) int {
	core := f.toks[a:b]
	n := 0
	for n < len(core) && n < 2 && !core[n].poss && (demonymWord(core[n].lower) || n == 0 && rankWord(core[n].lower) || n == 0 && a == s.a && feelingLead(&core[0]) || n == 0 && originLead(&core[0])) {
		n++
	}
	rest := core[n:]
	if n == 0 || len(rest) < 2 || len(rest) > 3 {
		return 0
	}
	for i := range rest {
		t := &rest[i]
		if t.poss && i < len(rest)-1 || t.is(cTitle|cPlace|cOrg|cGeo|cFunction|cNonName|cCompany) || strings.ContainsAny(t.w, "0123456789") {
			return 0
		}
	}
	// ("the Eton-educated Ada Roe": where a person comes from or was
	// schooled is said of a person, with or without "the")
	origin := originLead(&core[0])
	if a-1 >= s.a && f.toks[a-1].is(cDet) && !origin {
		return 0
	}
	if !rest[0].is(cFemale|cMale) && !f.bareElsewhere(b-1) && !feelingLead(&core[0]) && !origin {
		return 0
	}
	return n
}

// rankWord reports a ranking written as one word with a figure ("No.16",
// "No.1").
func rankWord(w string) bool {
	r, ok := strings.CutPrefix(w, "no.")
	if !ok || r == "" {
		return false
	}
	for i := 0; i < len(r); i++ {
		if r[i] < '0' || r[i] > '9' {
			return false
		}
	}
	return true
}

// rankCompound reports a military or police rank written as one
// hyphenated word whose parts are titles ("Major-Gen", "Lieutenant-Colonel",
// "Lt-Col"), or a title after "Vice"/"Rear" ("Rear-Admiral").
func (f *finder) rankCompound(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	head, tail := w[:i], strings.TrimSuffix(w[i+1:], ".")
	if strings.IndexByte(tail, '-') >= 0 || !f.lx.is(tail, cTitle) || f.lx.is(tail, cFemale|cMale) {
		return false
	}
	return head == "rear" || f.lx.is(strings.TrimSuffix(head, "."), cTitle) && !f.lx.is(head, cFemale|cMale)
}

// honourLetters reports the letters of an honour or an office written
// after a name in capitals ("MBE", "QC", "MP").
func honourLetters(t *token) bool {
	switch t.lower {
	case "mbe", "obe", "cbe", "kbe", "dbe", "gbe", "bem", "qc", "kc", "mp", "msp", "mep", "mla", "frs", "jp":
		return t.w == strings.ToUpper(t.w)
	}
	return false
}

// nameTitle reports the titles that name a monarch or a peer together with
// one name after them ("King Charles", "Queen Margrethe", "Lord Alton",
// "Baroness Warnock").
func nameTitle(w string) bool {
	switch w {
	case "king", "queen", "lord", "lady", "baron", "baroness", "pope":
		return true
	}
	return false
}

// peerOf returns the person named in full before whose surname a peer's
// title names ("Kenneth Baker, now Lord Baker"), for a mention whose parts
// are such a title and one name, or -1.
func (f *finder) peerOf(parts []string, titles []string) int {
	if len(parts) != 2 || !nameTitle(parts[0]) {
		return -1
	}
	g := genderOf(f.lx, titles, "")
	best := -1
	for _, i := range f.withPart(parts[1]) {
		e := &f.ents[i]
		if e.kind != ePerson || e.single || len(e.parts) < 2 || nameTitle(e.parts[0]) || !partIs(e.surname, parts[1]) || g != 0 && e.gender != 0 && e.gender != g {
			continue
		}
		if best < 0 || e.last > f.ents[best].last {
			best = i
		}
	}
	return best
}

// misspeltSurname resolves a one-word name w that matches no one to the
// person whose surname it misspells: w is no word the lexicon knows, has
// five letters or more and is one edit (a letter changed, added, dropped
// or two swapped, or two letters that sound alike changed) from the
// surname of people named in full, all bearing
// that one surname, with the same first letter ("Haselby" for "Ian
// Hasleby", "Hauser" for "Trevor Houser"). It returns -1 otherwise.
func (f *finder) misspeltSurname(w string, titles []string, para int) int {
	if len(w) < 4 || f.lx.info(w).class != 0 {
		return -1
	}
	sur := ""
	for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
		e := &f.ents[i]
		if e.kind != ePerson || e.single || len(e.surname) < 5 || e.surname[0] != w[0] || e.surname == w || !oneEdit(e.surname, w) && !soundAlike(e.surname, w) || !shortMisspelling(e.surname, w) {
			continue
		}
		if sur != "" && sur != e.surname {
			return -1
		}
		sur = e.surname
	}
	if sur == "" {
		return -1
	}
	return f.findByPart(sur, titles, para)
}

// soundAlike reports whether a and b, of one length, differ in at most two
// letters that sound alike: a vowel for a vowel, "s" for "z" ("Jensen" for
// "Janzen").
func soundAlike(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	n := 0
	for i := 0; i < len(a); i++ {
		if a[i] == b[i] {
			continue
		}
		n++
		x, y := a[i], b[i]
		if n > 2 || !(vowelByte(x) && vowelByte(y) || (x == 's' || x == 'z') && (y == 's' || y == 'z')) {
			return false
		}
	}
	return true
}

func vowelByte(c byte) bool {
	return strings.IndexByte("aeiouy", c) >= 0
}

// oneEdit reports whether a and b differ by one edit: a byte changed,
// added or dropped, or two adjacent bytes swapped.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return false
		}
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

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

// placeOwner reports whether the possessive place before token k owns the
// organisation that the capitalised words from k name: one to three words
// ending in an organisation word, no "of" after them ("Russia’s Defense
// Ministry", not "Pakistan’s Ministry of Foreign Affairs").
func (f *finder) placeOwner(s sentence, k int) bool {
	if p := &f.toks[k-1]; !p.is(cPlace) || p.is(cFemale|cMale) || pluralPossWord(p.w) {
		return false
	}
	return f.ownedBody(s, k)
}

// bodyOwner reports whether the run [a, b), ending in a possessive, names
// an organisation that owns the one the capitalised words from b name
// ("the National Weather Service’s Storm Prediction Center"), as
// placeOwner has it.
func (f *finder) bodyOwner(s sentence, a, b int) bool {
	if pluralPossWord(f.toks[b-1].w) || !f.runHasOrg(a, b) {
		return false
	}
	return f.ownedBody(s, b)
}

// ownedBody reports whether the capitalised words from token k are one to
// three words ending in an organisation word, with no "of" after them.
func (f *finder) ownedBody(s sentence, k int) bool {
	e := k
	for e < s.b && e-k < 3 && f.isCapWord(e) && !f.toks[e].poss {
		e++
	}
	if e == k || !f.toks[e-1].is(cOrg) || e < s.b && (f.isCapWord(e) || f.toks[e].lower == "of") {
		return false
	}
	return true
}

// pluralPossWord reports a plural possessive written with the mark alone
// ("Farmers’").
func pluralPossWord(w string) bool {
	return strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")
}

// eventName reports whether the run [a, b) names an event: a determiner
// or a possessive before it, past up to two lower-case modifiers, and an
// event noun right after it ("its annual Camp Strava event", "the Web
// Summit conference").
func (f *finder) eventName(s sentence, a, b int) bool {
	if b >= s.b || f.toks[b-1].poss {
		return false
	}
	switch t := &f.toks[b]; {
	case t.k != tWord || t.cap:
		return false
	default:
		switch t.lower {
		case "event", "events", "conference", "summit", "festival", "convention", "ceremony", "gala", "expo", "fair", "rally", "keynote":
		default:
			return false
		}
	}
	for k := a - 1; k >= s.a && k >= a-3; k-- {
		t := &f.toks[k]
		if t.k != tWord || t.cap {
			return false
		}
		if t.lower == "the" || t.lower == "a" || t.lower == "an" || t.lower == "this" || possessivePronoun(t.lower) != "" {
			return true
		}
		if t.is(cFunction|cPrep|cStopNP|cSkip) || t.poss {
			return false
		}
		if _, v := t.verb(); v {
			return false
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

// companySuffix reports the abbreviations that end a company's legal name.
func companySuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "inc", "corp", "ltd", "llc", "plc", "co", "gmbh":
		return true
	}
	return false
}

// firmOwner reports whether the possessive word at token a opens a
// company's name that the capitalised words from token b go on with: one
// or two words and a company suffix ("Moody’s Analytics Inc."), or words
// that with it make the name of an organisation already named ("Moody’s
// Analytics’ forecast").
func (f *finder) firmOwner(s sentence, a, b int) bool {
	if f.toks[a].is(cPlace|cFemale|cMale) || pluralPossWord(f.toks[a].w) {
		return false
	}
	e := b
	for e < s.b && e-b < 3 && f.isCapWord(e) {
		e++
		if f.toks[e-1].poss {
			break
		}
	}
	if e == b {
		return false
	}
	if e-b >= 2 && companySuffix(f.toks[e-1].lower) && !f.toks[e-1].poss {
		return true
	}
	_, ok := f.nameIdx[entKey{eOrg, f.spanPhrase(a, e).lower}]
	return ok
}

// jointBody reports whether the word at token a, "and" and the
// capitalised words from token k name one body of two places ("Devon and
// Cornwall Police", "Brighton and Hove City Council"): one word, no
// person's name or given name, on each side of "and", and after the
// second organisation words ending the run.
func (f *finder) jointBody(s sentence, a, k int) bool {
	first, second := &f.toks[a], &f.toks[k]
	if first.poss || second.poss || first.is(cOrg|cTitle|cFemale|cMale|cFunction) || second.is(cOrg|cTitle|cFemale|cMale|cFunction) {
		return false
	}
	for _, w := range []string{first.lower, second.lower} {
		for _, i := range f.withPart(w) {
			if f.ents[i].kind == ePerson {
				return false
			}
		}
	}
	e := k + 1
	for e < s.b && e-k < 4 && f.isCapWord(e) {
		e++
		if f.toks[e-1].poss {
			break
		}
	}
	return e > k+1 && f.toks[e-1].is(cOrg) && !(e < s.b && f.isCapWord(e))
}

// spellingOf returns the one person named in full with the same family
// name as the two-word name parts and a given name one edit from its own
// ("Stacy Sullivan" after "Stacey Sullivan"), or -1.
func (f *finder) spellingOf(parts []string) int {
	if len(parts) != 2 || len(parts[0]) < 4 {
		return -1
	}
	best := -1
	for _, i := range f.withPart(parts[1]) {
		e := &f.ents[i]
		if e.kind != ePerson || len(e.parts) != 2 || e.parts[1] != parts[1] || e.parts[0] == parts[0] {
			continue
		}
		if !oneEdit(e.parts[0], parts[0]) || e.parts[0][0] != parts[0][0] || best >= 0 {
			return -1
		}
		best = i
	}
	return best
}

// elidedName returns name, the name whose first token is k, with the
// elision mark glued before it ("’Manteboheng", "’Mathabo": Sesotho
// names), when the mark follows white space.
func (f *finder) elidedName(k int, name phrase) phrase {
	s := f.toks[k].s
	if s < 1 || f.r[s-1] != '’' || s >= 2 && !unicode.IsSpace(f.r[s-2]) {
		return name
	}
	return phrase{"’" + name.text, "’" + name.lower}
}

// nameAfterTitle reports whether the run [a, b) ends in a name of two
// words or more after its last title word ("Senate Democratic Leader Greg
// Taylor"): an "of" after it gives the person's place or body ("… of
// Indianapolis"), not more of an organisation's name.
func (f *finder) nameAfterTitle(a, b int) bool {
	k := b - 1
	for k >= a && !f.toks[k].is(cTitle) {
		if f.toks[k].is(cOrg|cPlace|cDept|cGeo) || f.toks[k].poss {
			return false
		}
		k--
	}
	return k >= a && b-k-1 >= 2
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

// handleAt reports whether token k is a user name the text introduces as
// one ("a user named acebush1", "the username lilly_k"): a lower-case
// word of letters with figures or an underscore, given after "named",
// "username", "handle" or "user" here or before.
func (f *finder) handleAt(k int) bool {
	t := &f.toks[k]
	if t.k != tWord || !handleShape(t.lower) {
		return false
	}
	for i := k; i >= 1 && i >= k-4000; i-- {
		if f.toks[i].lower != t.lower {
			continue
		}
		switch f.toks[i-1].lower {
		case "named", "username", "handle", "user", "called", "alias":
			return true
		}
	}
	return false
}

// handleShape reports a word shaped like a user name: a letter first,
// then letters and at least one figure or underscore, four characters or
// more.
func handleShape(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	other := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
		case c >= '0' && c <= '9' || c == '_':
			other = true
		default:
			return false
		}
	}
	return other
}

// bracketAcronym returns the organisation whose name the text gives right
// before the acronym in brackets ("the Netherlands Organisation for
// Applied Scientific Research (TNO)"), whatever its letters, or -1.
func (f *finder) bracketAcronym(acr string) int {
	// (bounded: an acronym is given in brackets early, where it is
	// introduced)
	for k := 1; k+1 < len(f.toks) && k < 8000; k++ {
		if f.toks[k].w != acr || !f.isPunct(k-1, "(") || !f.isPunct(k+1, ")") {
			continue
		}
		p := f.toks[k-1].s
		before := strings.TrimRight(f.text(max(0, p-200), p), " ")
		best := -1
		for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
			e := &f.ents[i]
			if e.kind == eOrg && len(e.parts) >= 2 && e.first < p && strings.HasSuffix(before, e.name) && (best < 0 || len(e.name) > len(f.ents[best].name)) {
				best = i
			}
		}
		if best < 0 {
			best = f.spelledBracketOrg(k, acr)
		}
		return best
	}
	return -1
}

// outletBeforeGiven returns the given name ending the run a..b when the
// run is "The" (or a lower-case "the" before it), an organisation's words
// and that given name ("in The Mirror Linda said"), else a.
func (f *finder) outletBeforeGiven(s sentence, a, b int) int {
	last := &f.toks[b-1]
	if b-a < 2 || last.poss || !last.is(cFemale|cMale) {
		return a
	}
	k := a
	if f.toks[k].lower == "the" {
		k++
	} else if a-1 < s.a || f.toks[a-1].lower != "the" {
		return a
	}
	if k >= b-1 {
		return a
	}
	for i := k; i < b-1; i++ {
		if !f.toks[i].is(cOrg) || f.toks[i].is(cFemale|cMale) {
			return a
		}
	}
	return b - 1
}

// workNoun reports nouns of works and products whose names stand in
// apposition after them ("his first bourbon, Spirit Thief,").
func workNoun(w string) bool {
	switch w {
	case "book", "novel", "memoir", "album", "record", "single", "song", "film", "movie",
		"documentary", "show", "series", "sitcom", "podcast", "play", "musical", "opera",
		"bourbon", "whiskey", "whisky", "gin", "vodka", "rum", "beer", "ale", "lager", "stout",
		"wine", "brand", "label", "product", "app", "game", "restaurant", "bar", "pub",
		"cafe", "café", "boat", "yacht", "ship", "horse", "racehorse":
		return true
	}
	return false
}

// workTitleOwner reports whether token p, right before a quotation, is a
// capitalised possessive name ("Amit Majmudar's “…”"): the owner of a
// titled work.
func (f *finder) workTitleOwner(p int, s sentence) bool {
	if p < s.a || p >= s.b {
		return false
	}
	t := &f.toks[p]
	return t.k == tWord && t.cap && t.poss && !t.is(cFunction)
}

// counselHonour reports "Counsel" at token j after "King's" or "Queen's":
// the honour (KC, QC) spelled out after a name.
func (f *finder) counselHonour(j int) bool {
	if j < 1 || j >= len(f.toks) || f.toks[j].lower != "counsel" || !f.toks[j].cap {
		return false
	}
	p := &f.toks[j-1]
	return p.poss && p.cap && (p.lower == "king" || p.lower == "queen")
}
