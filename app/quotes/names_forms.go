package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Forms of one person's name: spellings and misspellings, the middle
// names or the hyphen left out, particles, aliases, nicknames and
// initials, generational suffixes and regnal numbers, names given in full
// inside a quotation, and user names.

// givenLly reports a word in -lly that is shaped like a given name
// ("Molly", "Holly", "Shelly", "Lilly"), not an adverb: adverbs in -lly
// end in -ally or -ully ("Really", "Fully"), so "Molly Proch said" keeps
// its given name at the head of a sentence.
func givenLly(w string) bool {
	return strings.HasSuffix(w, "lly") && !strings.HasSuffix(w, "ally") && !strings.HasSuffix(w, "ully")
}

// initialWord reports an initial with its period ("G.").
func initialWord(w string) bool {
	return len(w) >= 2 && w[len(w)-1] == '.' && utf8.RuneCountInString(w) == 2
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

// shortMisspelling reports whether w, a surname's misspelling by one edit
// (see misspeltSurname), is long enough to trust: five letters, or four
// when only the surname's final "s" is dropped ("Helm" for "Helms"), the
// slip of a writer who reads the name as a plural.
func shortMisspelling(sur, w string) bool {
	return len(w) >= 5 || len(w) == 4 && sur == w+"s"
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

// middleDropped returns the one person among cands whose longer name has
// the same first and last words as the two-word parts, the middle names
// left out ("Richard Carrington" after "Richard Christopher Carrington"),
// or -1 when none or several do.
func (f *finder) middleDropped(parts []string, cands []int) int {
	if len(parts) != 2 {
		return -1
	}
	found := -1
	for _, i := range cands {
		e := &f.ents[i]
		n := len(e.parts)
		if e.kind != ePerson || n < 3 || e.relative || e.parts[0] != parts[0] || e.parts[n-1] != parts[1] {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// hyphenSpelling returns the one person whose family name is the two
// words of parts joined by a hyphen ("El Sayed" for Abdul El-Sayed), or
// -1: the same name spelt without its hyphen (issue 20, twentieth round).
func (f *finder) hyphenSpelling(parts []string) int {
	if len(parts) != 2 {
		return -1
	}
	joined := parts[0] + "-" + parts[1]
	best := -1
	for _, i := range f.withPart(joined) {
		if e := &f.ents[i]; e.kind == ePerson && e.surname == joined && len(e.parts) >= 2 {
			if best >= 0 {
				return -1
			}
			best = i
		}
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

// arabicArticle returns a name token without its Arabic article ("sisi"
// for "al-sisi", "erian" for "el-erian"), or "" when it has none: wire
// copy writes "Abdel Fattah al-Sisi" and then "Sisi said".
func arabicArticle(p string) string {
	for _, pre := range []string{"al-", "el-", "al‑", "el‑"} {
		if strings.HasPrefix(p, pre) && len(p) > len(pre)+1 {
			return p[len(pre):]
		}
	}
	return ""
}

// particleShort reports whether alias a is a particle and the word w
// ("Abu Amer", "van Dijk" for "Amer", "Dijk"): the short form of a
// compound surname.
func (f *finder) particleShort(a, w string) bool {
	fs := strings.Fields(a)
	return len(fs) == 2 && strings.EqualFold(fs[1], w) && f.lx.is(strings.ToLower(fs[0]), cConnect)
}

// particleSurname reports a surname that opens with a lower-case particle
// from token k to b ("de Blasio" in "Mr de Blasio", "van der Berg" in "Dr
// van der Berg"): after a title it is the name, not the end of the title
// block's office ("Duchess of Sussex").
func (f *finder) particleSurname(k, b int) bool {
	for k < b-1 && f.toks[k].k == tWord && !f.toks[k].cap && f.toks[k].is(cConnect) {
		k++
	}
	return k == b-1 && f.isCapWord(k) && f.toks[k-1].is(cConnect)
}

// capWords counts the capitalised words of a name's run, leaving out its
// lower-case particles ("da", "van der", "bin"): a person's name of four
// capitalised words and particles is still a person's.
func capWords(core []token) int {
	n := 0
	for i := range core {
		if core[i].cap {
			n++
		}
	}
	return n
}

// akaOf returns the person an alias mention m renames, the person named
// right before the alias is introduced: "aka", "a.k.a.", "dubbed",
// "nicknamed" or "(also) known … as" with up to four words between
// ("Ron Karenga — aka Dr. Maulana Karenga", "Joko Widodo, known as
// Jokowi", "Sam Bankman-Fried, known in the crypto world as SBF"), after a
// comma, dash or bracket; or the person's initials in brackets right
// after the name ("Tom Vandergriff-Holt (TVH)"). It returns -1 otherwise.
// The alias then names that person wherever it recurs (see
// registerAlias), as the person first introduced.
func (f *finder) akaOf(m *mention) int {
	k := m.a - 1
	if k < 1 || f.toks[k].k == tPunct && f.toks[k].w != "(" {
		return -1
	}
	bracket := false
	switch lw := strings.TrimSuffix(f.toks[k].lower, "."); {
	case f.toks[k].k == tPunct:
		// "(TVH)": initials in brackets, closed right after
		if m.b >= len(f.toks) || !f.isPunct(m.b, ")") || m.b-m.ca != 1 {
			return -1
		}
		bracket = true
		k++ // the bracket is the punctuation before the alias
	case lw == "aka" || lw == "a.k.a" || lw == "dubbed" || lw == "nicknamed":
	case lw == "as":
		j := k - 1
		for j > 0 && k-j <= 5 && f.toks[j].k == tWord && f.toks[j].lower != "known" && !f.toks[j].first {
			j--
		}
		if f.toks[j].lower != "known" {
			return -1
		}
		k = j
		if k-1 >= 0 && f.toks[k-1].lower == "also" {
			k--
		}
	default:
		return -1
	}
	k--
	if k >= 0 && f.isPunct(k, ",—–(-") {
		k--
	}
	best := -1
	if k >= 0 && f.toks[k].k == tWord && f.toks[k].cap {
		w := f.toks[k].lower
		for _, i := range f.withPart(w) {
			if e := &f.ents[i]; e.kind == ePerson && containsStr(e.parts, w) && (best < 0 || e.last > f.ents[best].last) {
				best = i
			}
		}
	}
	// ("The erstwhile executive, known among traders as TVH": a
	// description before the alias; the one person named before whose
	// initials it spells)
	if best < 0 && !bracket {
		best = f.initialsOf(f.toks[m.ca].w, f.toks[m.a].s)
	}
	// ("Tom Vandergriff-Holt (TVH)": only the name's initials; "(R-Texas)",
	// "(CEO)" say something else)
	if bracket && best >= 0 && f.initialsOf(f.toks[m.ca].w, f.toks[m.a].s) != best {
		return -1
	}
	return best
}

// registerAlias makes the words of mention m, introduced as another name
// of person id (akaOf), name that person from here on: "SBF said" later
// is Sam Bankman-Fried, whatever kind of name the words look like.
func (f *finder) registerAlias(id int, m *mention, name phrase, parts []string) {
	if f.aliasIdx == nil {
		f.aliasIdx = map[string]int{}
	}
	f.aliasIdx[name.lower] = id
	f.nameIdx[entKey{ePerson, name.lower}] = id
	// (initials are found by aliasIdx alone: "ASI" is no word of a
	// name that the rules for bodies should see as a person's)
	if !(len(parts) == 1 && allUpper(name.text)) {
		f.addParts(id, parts)
	}
	m.kind = mPerson
}

// pseudonym reports whether a bracket at token k says the name before it
// is not the person's real one, and the gender its pronoun gives.
func (f *finder) pseudonym(s sentence, k int) (byte, bool) {
	if !f.isPunct(k, "(") {
		return 0, false
	}
	var g byte
	named := false
	for i := k + 1; i < s.b && i < k+10; i++ {
		t := &f.toks[i]
		if f.isPunct(i, ")") {
			return g, named
		}
		switch t.lower {
		case "his":
			g = 'm'
		case "her":
			g = 'f'
		case "pseudonym", "alias":
			named = true
		case "name", "names":
			named = named || i-1 > k && (f.toks[i-1].lower == "real" || f.toks[i-1].lower == "full" || f.toks[i-1].lower == "first")
		}
	}
	return 0, false
}

// nicknameGiven returns the given name before a quoted nickname that
// comes right before the surname at token k ("William “Jerry” Boykin",
// "Thomas ‘Tip’ O’Neill"), or -1. The quoted nickname cuts the run of
// capitalised words in two, so the surname alone would otherwise stand
// for someone named only once; the person is the given name and the
// surname, the nickname left out as a title is.
func (f *finder) nicknameGiven(k int) int {
	if k < 2 || f.toks[k-1].k != tQuote || !f.isCapWord(k) {
		return -1
	}
	q, g := &f.toks[k-1], k-2
	if q.para != f.toks[k].para || f.toks[g].para != q.para || !f.isCapWord(g) || f.toks[g].poss || f.toks[g].is(cTitle|cFunction) || q.s != f.toks[g].e+1 || f.toks[k].s != q.e+1 {
		return -1
	}
	// the nickname: one or two capitalised words and nothing else
	inner := f.r[q.s+1 : q.e-1]
	words, start := 0, true
	for _, c := range inner {
		switch {
		case c == ' ':
			start = true
		case start:
			if !unicode.IsUpper(c) {
				return -1
			}
			start = false
			words++
		case !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’':
			return -1
		}
	}
	if words == 0 || words > 2 {
		return -1
	}
	return g
}

// nicknamedPerson resolves the surname at token k after a given name and a
// quoted nickname (see nicknameGiven) to the person of that given name and
// surname, or returns -1.
func (f *finder) nicknamedPerson(k, pos int, titles []string) int {
	g := f.nicknameGiven(k)
	if g < 0 {
		return -1
	}
	given, sur := f.spanPhrase(g, g+1), f.spanPhrase(k, k+1)
	name := phrase{given.text + " " + sur.text, given.lower + " " + sur.lower}
	parts := []string{f.toks[g].lower, f.toks[k].lower}
	if id := f.findFull(parts, name, true); id >= 0 {
		return id
	}
	id := f.newEntity(name, ePerson, pos)
	f.setParts(id, parts)
	e := &f.ents[id]
	e.surname = parts[1]
	e.gender = genderOf(f.lx, titles, parts[0])
	return id
}

// initialsOf returns the one person named before rune offset pos whose
// name's initials the all-capital word w spells ("TVH" for "Tom
// Vandergriff-Holt", each part of a hyphened name counting), or -1. A
// known given name or title is wanted: "The Virtustream Storage Cloud"
// is a product the finder may take for a name.
func (f *finder) initialsOf(w string, pos int) int {
	if n := utf8.RuneCountInString(w); n < 2 || n > 4 || !allUpper(w) || strings.ContainsAny(w, ".-&") {
		return -1
	}
	best := -1
	for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
		e := &f.ents[i]
		if e.kind != ePerson || e.single || e.relative || e.gender == 0 || len(e.parts) < 2 || e.first >= pos || !initialsAre(e.parts, w) {
			continue
		}
		if best >= 0 && best != i {
			return -1 // two people with those initials: no telling which
		}
		best = i
	}
	return best
}

// initialsAre reports whether the initials of the name parts, those of a
// hyphened part's pieces each, spell w exactly.
func initialsAre(parts []string, w string) bool {
	var b strings.Builder
	for _, p := range parts {
		if nameSuffix(p) {
			continue
		}
		for piece := range strings.SplitSeq(p, "-") {
			if c, _ := utf8.DecodeRuneInString(piece); c != utf8.RuneError {
				b.WriteRune(unicode.ToUpper(c))
			}
		}
	}
	return b.String() == w
}

func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "jr", "sr", "snr", "jnr", "ii", "iii", "iv":
		return true
	}
	return false
}

// sameSuffix reports whether two generational suffixes are one ("Snr",
// "Sr.").
func sameSuffix(a, b string) bool {
	norm := func(w string) string {
		switch w = strings.TrimSuffix(w, "."); w {
		case "snr":
			return "sr"
		case "jnr":
			return "jr"
		}
		return w
	}
	return nameSuffix(a) && norm(a) == norm(b)
}

// commaSuffix returns the token of a generational suffix printed after a
// comma that ends the name at b ("trainer Rafe Colter, Jr., took"), or -1:
// the suffix is part of the name, as in "James Roosevelt Jr." (issue 20,
// twentieth round).
func (f *finder) commaSuffix(b int) int {
	k := b + 1
	if !f.isPunct(b, ",") || !f.isCapWord(k) || f.toks[k].poss || !nameSuffix(f.toks[k].lower) || f.isCapWord(k+1) {
		return -1
	}
	return k
}

// regnalNumber reports a Roman numeral that numbers a monarch or a pope
// after the name ("Tawadros II", "Charles III", "Benedict XVI").
func regnalNumber(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// titledCompoundSurname reports a lone hyphenated name after a title
// ("Professor Jean-Louis", "Dr Smith-Jones") that is part of a person named
// before ("Marcel Jean-Louis, a professor"): the surname, addressed by the
// title. A compound of capitalised parts counts as a place's otherwise
// ("Asia-Pacific"), which no person is.
func (f *finder) titledCompoundSurname(core []token, titles []string) bool {
	return len(core) == 1 && len(titles) > 0 && compound(&core[0]) && f.findByPart(core[0].lower, titles, -1) >= 0
}

// surnameEarlierIn reports whether the word at k ends a capitalised
// name earlier in sentence s ("Anna Smith-Jones said: “…” Then Smith-Jones
// said"): the names of a sentence are classified before any is resolved,
// so a double-barrelled surname used alone after its full name in the
// same sentence is the person's, not a place's.
func (f *finder) surnameEarlierIn(s sentence, k int) bool {
	w := f.toks[k].lower
	for i := s.a + 1; i < k; i++ {
		if t := &f.toks[i]; t.k == tWord && t.cap && t.lower == w && f.isCapWord(i-1) && !f.toks[i-1].is(cFunction) && !f.isCapWord(i+1) {
			return true
		}
	}
	return false
}

// quotedPerson returns a new person for the one-word name of mention m
// when an earlier quotation gives it in full (see quotedFullName), or -1.
func (f *finder) quotedPerson(m *mention) int {
	full, first := f.quotedFullName(m)
	if full == "" {
		return -1
	}
	w := f.toks[m.ca].lower
	id := f.newEntity(phrase{full, strings.ToLower(full)}, ePerson, f.toks[m.a].s)
	f.setParts(id, []string{strings.ToLower(first), w})
	e := &f.ents[id]
	e.surname = w
	e.gender = genderOf(f.lx, nil, strings.ToLower(first))
	return id
}

// quotedFullName looks for the one-word name of mention m inside an
// earlier quotation, after a first name ("Rick Fleming"), and returns that
// full name and first name, or "".
func (f *finder) quotedFullName(m *mention) (string, string) {
	t := &f.toks[m.ca]
	if m.b-m.ca != 1 || len(t.w) < 3 || t.is(cNonName|cFunction|cPlace|cTitle) {
		return "", ""
	}
	pos := f.toks[m.a].s
	// the quotations before the mention, the nearest first, a bounded
	// number of them (Find stays linear)
	last := sort.Search(len(f.regs), func(i int) bool { return f.regs[i].stop > pos })
	budget := maxLookBack
	for gi := last - 1; gi >= 0 && gi >= last-40 && budget > 0; gi-- {
		g := &f.regs[gi]
		inner := f.src[f.off[g.start]:f.off[g.stop]]
		if len(inner) > budget {
			inner = inner[:budget]
		}
		budget -= len(inner)
		for i := 0; ; {
			j := strings.Index(inner[i:], t.w)
			if j < 0 {
				break
			}
			j += i
			i = j + len(t.w)
			if i < len(inner) && isLetterByte(inner[i]|0x20) {
				continue // a longer word
			}
			// the word before: a capitalised first name, not a title
			k := j - 1
			if k < 1 || inner[k] != ' ' {
				continue
			}
			st := k
			for st > 0 && inner[st-1] != ' ' && inner[st-1] != '\n' {
				st--
			}
			first := strings.TrimLeft(inner[st:k], "“\"‘'(")
			st = k - len(first)
			if len(first) < 2 || first[0] < 'A' || first[0] > 'Z' || strings.ContainsAny(first, ".,;:’'\"") {
				continue
			}
			lf := strings.ToLower(first)
			if f.lx.is(lf, cTitle|cFunction|cNonName|cPlace|cOrg|cRole) {
				continue
			}
			// "at Harbor Point" is a place
			if pw := lastWord(inner[:st]); pw == "at" || pw == "in" || pw == "on" || pw == "near" || pw == "from" || pw == "the" {
				continue
			}
			return inner[st:i], first
		}
	}
	return "", ""
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
