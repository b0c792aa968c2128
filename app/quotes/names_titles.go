package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Titles, offices and honours around a person's name: title words and
// their forms (abbreviated, plural, hyphened, modified), title chains that
// run into the name ("Chief Financial Officer of Super Value Debra
// Symonette"), monarchs' and peers' titles, ranks, honour and degree
// letters, and an office set in apposition to the name.

// givenTitle reports title words that are also common given names.
func givenTitle(w string) bool {
	return w == "marshal" || w == "dean" || w == "earl"
}

// pluralTitle reports the plural of a title ("Judges", "Deputies",
// "Justices").
func (f *finder) pluralTitle(t *token) bool {
	w := t.lower
	switch {
	case w == "justices" || w == "doctors":
		return true
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return f.lx.is(w[:len(w)-3]+"y", cTitle)
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return f.lx.is(w[:len(w)-1], cTitle)
	}
	return false
}

// hyphenTitle reports a title with an "-elect" or "-designate" suffix.
func (f *finder) hyphenTitle(t *token) bool {
	for _, suf := range []string{"-elect", "-designate"} {
		if strings.HasSuffix(t.lower, suf) && len(t.lower) > len(suf)+1 {
			return f.lx.is(t.lower[:len(t.lower)-len(suf)], cTitle)
		}
	}
	return f.rankCompound(t.lower)
}

// titleModifier reports title words that qualify the title after them
// ("Associate Dean", "Vice Chancellor") rather than hold an office.
func titleModifier(w string) bool {
	switch w {
	case "associate", "assistant", "vice", "deputy", "acting", "interim", "executive", "senior", "former", "honorary", "emeritus", "lord", "lady":
		return true
	}
	return false
}

// addressedByName reports titles that are only forms of address ("Mrs",
// "Mr", "Dr"): a word after them is a person's name even when it is also
// a month or a place ("Mrs May", "Mr Jordan"), since no month or place is
// addressed as Mrs.
func addressedByName(titles []string) bool {
	return len(titles) > 0 && honorificTitles(titles)
}

// burmeseHonorific reports the honorific "U" opening a name of two words
// or more ("U Tin Maw Oo"): like "Daw", a title, no part of the name that
// the text later gives alone ("Tin Maw Oo explains"; issue 20, twentieth
// round).
func (f *finder) burmeseHonorific(a, b int) bool {
	if b-a < 3 || f.toks[a].w != "U" || f.isPunct(a+1, ".") {
		return false
	}
	for k := a + 1; k < b; k++ {
		if t := &f.toks[k]; !f.isCapWord(k) || t.is(cOrg|cPlace|cTitle|cNonName) {
			return false
		}
	}
	return true
}

// roleHead reports a capitalised word that heads a role description: a
// title ("Director") or a parliamentary role acronym ("MP", "MEP").
func roleHead(t *token) bool {
	switch t.lower {
	case "mp", "mps", "mep", "msp", "ms", "mla", "mpp", "td", "qb", "mvp":
		return t.w == strings.ToUpper(t.w)
	case "republican", "democrat", "conservative", "tory", "liberal", "socialist":
		return true // "the California Republican"
	}
	return t.is(cTitle) && !t.is(cOrg|cPlace) && !nameSuffix(t.lower)
}

// allTitle reports whether the run [a, b) is made of title words and the
// places and departments that qualify them ("Acting U.S. Attorney").
func (f *finder) allTitle(a, b int) bool {
	for k := a; k < b; k++ {
		if !f.toks[k].is(cTitle|cPlace|cDept) || f.toks[k].is(cFemale|cMale) {
			return false
		}
	}
	return f.toks[b-1].is(cTitle)
}

// runHasTitleOf reports whether the run [a, b) is a title and its
// department joined by "of" ("Director of Public Works").
func (f *finder) runHasTitleOf(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if f.toks[k].is(cTitle) && f.toks[k+1].lower == "of" && !f.toks[k+1].cap {
			return true
		}
	}
	return false
}

// chainName finds a person's name at the end of a title chain that names
// an organisation or a place with "of" or "for": "Chief Financial Officer
// of Super Value Debra Symonette" (one run) or "Acting U.S. Attorney for
// the District of Massachusetts Joshua Levy" (the run after the last
// "of"). Capitalisation cannot tell where the place ends and the name
// begins, so the name is taken as the last two words (three with a
// middle initial) when the article bears it out: its first word is a
// known given name, the word before it names a place or ends an
// organisation's name, or its last word is used elsewhere on its own as
// a surname ("Symonette said"). It returns the first token of the name and
// the first token of the chain (the affiliation), or -1.
func (f *finder) chainName(s sentence, a, b int) (int, int) {
	o, chain := -1, -1
	// in the run: the last "of"/"for" after a title or an institution
	// ("Member of Parliament for Killarney Hubert Minnis")
	for j := b - 2; j > a; j-- {
		if t := &f.toks[j]; !t.cap && (t.lower == "of" || t.lower == "for") {
			for i := a; i < j; i++ {
				if f.toks[i].is(cTitle) || f.toks[i].is(cOrg) && f.toks[i].cap {
					o, chain = j+1, a
					break
				}
			}
			break
		}
	}
	if o < 0 {
		// ("a spokesperson for Sen. Kamala Hart": a run opening with a
		// title is a person the role acts for, not an office's body)
		if f.toks[a].cap && f.toks[a].is(cTitle) {
			return -1, -1
		}
		// before the run: "… for [the] <run>", the chain reaching back to
		// a title through capitalised words, "of", "for", "the" and "and"
		j := a - 1
		if j > s.a && f.toks[j].lower == "the" {
			j--
		}
		// ("Marketing Manager at Ocean Florida Abby Dunn": "at" the
		// employer, after a capitalised role)
		at := j > s.a && f.toks[j].lower == "at"
		// ("Chief Secretary to the Treasury Danny Alexander": "to" the
		// body an office serves)
		if j <= s.a || (f.toks[j].lower != "of" && f.toks[j].lower != "for" && f.toks[j].lower != "to" && f.toks[j].lower != "and" && !at) || f.toks[j].cap {
			return -1, -1
		}
		// ("Minister of Tourism and Aviation Chester Cooper": after "and"
		// the chain needs its "of")
		prep := f.toks[j].lower != "and"
		for i := j - 1; i >= s.a && i >= j-10; i-- {
			t := &f.toks[i]
			if t.k != tWord || t.poss {
				break
			}
			// (a person's office: "members of the British Red Cross" are
			// many)
			if (t.is(cTitle) || (t.is(cRole) && (!t.cap || at))) && prep && (!strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss")) {
				o, chain = a, i
				break
			}
			if !t.cap && t.lower != "of" && t.lower != "for" && t.lower != "the" && t.lower != "and" {
				break
			}
			prep = prep || t.lower == "of" || t.lower == "for"
		}
		if o < 0 {
			return -1, -1
		}
		// the chain starts with its title's capitalised modifiers
		// ("Acting U.S. Attorney")
		for chain > s.a && f.isCapWord(chain-1) && !f.toks[chain-1].poss {
			chain--
		}
		// ("Permanent Representative to the UN Ambassador T S Tirumurti":
		// a title inside the run heads the name itself)
		for k := a; k < b-1; k++ {
			if f.toks[k].cap && f.toks[k].is(cTitle) && !f.toks[k].is(cDept) {
				return -1, -1
			}
		}
		// "the president of the Harbour Chamber of Commerce Ken Pell":
		// the organisation's own "of" is inside the run
		for k := b - 2; k > a; k-- {
			if !f.toks[k].cap {
				o = k + 1
				break
			}
		}
	}
	st := b - 2
	if st-1 > o && initialWord(f.toks[st].w) {
		st--
	}
	if st <= o {
		return -1, -1
	}
	for k := o; k < b; k++ {
		if !f.isCapWord(k) || (f.toks[k].poss && k < b-1) {
			return -1, -1
		}
	}
	last, first := &f.toks[b-1], &f.toks[st]
	if last.is(cOrg|cGeo|cPlace|cCompany|cTitle) || first.is(cOrg|cGeo|cPlace|cTitle|cDept|cFunction) || f.toks[st-1].is(cFemale|cMale) ||
		// "University of California Santa Barbara": a given name as the
		// surname of a word that is no given name ("of Punjab Police
		// Nasim Ahmed": unless an organisation's word ends the office)
		last.is(cFemale|cMale) && !first.is(cFemale|cMale) && !f.toks[st-1].is(cOrg) {
		return -1, -1
	}
	// (a place or an organisation's word right before it ends the
	// office's name: "of the Bank of England Huw Pill")
	if first.is(cFemale|cMale) || f.toks[st-1].is(cPlace|cOrg|cGeo) || f.bareElsewhere(b-1) {
		return st, chain
	}
	return -1, -1
}

// trailingPerson returns the index in core of a first name that, with one
// or two words after it, ends a run of three or more capitalised words
// holding no organisation word after it, or 0.
func (f *finder) trailingPerson(core []token) int {
	n := len(core)
	if n < 3 {
		return 0
	}
	// "Farmer Chad Smith": an occupation and a two-word name
	// ("Carter G. Phillips": a middle initial makes the first word a
	// given name)
	// ("Republican Jeff Miller": so does a party label)
	// ("Politicians Clara Rojas and Consuelo Gonzalez said": so does the
	// plural before a list of names)
	// ("Doctors Without Borders": a capitalised function word makes the
	// run an organisation's name)
	if n == 3 && (occupation(&core[0]) || moreOccupation(core[0].lower) || pluralOccupation(&core[0]) || partyLabel(core[0].lower)) && !core[0].poss && !core[1].is(cPlace|cOrg|cTitle|cFunction) && !core[2].is(cPlace|cOrg|cGeo) && !initialWord(core[1].w) {
		return 1
	}
	for i := n - 2; i >= 1 && i >= n-3; i-- {
		t := &core[i]
		// "Mary Ann Zollman", "D. Joshua Taylor" are one name: what
		// comes before must be two words or more, none a name or initial
		// ("Farmer Chad Smith": one word before will do when it names an
		// occupation)
		if !t.is(cFemale|cMale) || t.is(cPlace|cOrg) || core[i-1].poss || (i < 2 && !occupation(&core[0])) {
			continue
		}
		if p := &core[i-1]; p.is(cFemale|cMale) || utf8.RuneCountInString(strings.TrimSuffix(p.w, ".")) == 1 {
			continue
		}
		for _, u := range core[i:] {
			if u.is(cOrg) || u.is(cPlace) {
				return 0
			}
		}
		return i
	}
	return 0
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

// orgRolePerson returns the index in run of a person's name that closes
// a run naming an organisation and then a capitalised role noun ("Vice
// News Correspondent Alzo Slade", "Acme Radio Reporter Ann Vole"): the
// organisation and the role describe the person named after them, so the
// name is the last two or three words; 0 when the run is not so built
// (issue 20, twenty-fifth round). A title ("Director") is left to the
// title block, which keeps it as the person's title.
func (f *finder) orgRolePerson(run []token) int {
	n := len(run)
	for i := n - 3; i >= 1 && i >= n-4; i-- {
		r := &run[i]
		if !r.is(cRole) || r.is(cTitle|cOrg|cPlace|cFunction) || r.poss || strings.HasSuffix(r.lower, "s") {
			continue
		}
		org := false
		for k := 0; k < i; k++ {
			org = org || run[k].is(cOrg) && !run[k].poss
		}
		if !org {
			return 0
		}
		for k := i + 1; k < n; k++ {
			t := &run[k]
			if t.is(cOrg|cPlace|cTitle|cFunction|cGeo|cRole) || k < n-1 && t.poss || !t.cap {
				return 0
			}
		}
		return i + 1
	}
	return 0
}

// placeLabelPerson returns where the name starts in a run of a place, a
// party label or an occupation, and a two-word name ("Ohio Democrat
// Sherrod Brown", "Texas Rancher Bill Tate"): the place and the label
// describe the person. It returns 0 otherwise.
func (f *finder) placeLabelPerson(core []token) int {
	if len(core) != 4 || !core[0].is(cPlace) || core[0].poss || core[0].is(cFemale|cMale) {
		return 0
	}
	if l := &core[1]; !partyLabel(l.lower) && !occupation(l) && !moreOccupation(l.lower) {
		return 0
	}
	if f.trailingPerson(core[1:]) != 1 {
		return 0
	}
	return 2
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

// degreeLetters reports an academic or medical degree printed after a
// name without a comma ("Jane Okafor PhD", "Tom Hale MD"): like an
// honour's letters it is no part of the name.
func degreeLetters(t *token) bool {
	switch t.w {
	case "PhD", "PHD", "DPhil", "MD", "FRCS", "FRCP", "FRCPsych":
		return true
	}
	return false
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

// honouredName returns the person named right before honour letters that
// head a speaker phrase ("Sir Keir Starmer MP said", "Jane Roe QC told"),
// or -1: the letters are a title after the name, which ends the name's
// run, and the person speaks, not a described "MP".
func (f *finder) honouredName(head int, mm mentionMap) int {
	if mm.at(head) != nil || !honourLetters(&f.toks[head]) && !degreeLetters(&f.toks[head]) {
		return -1
	}
	m := mm.at(head - 1)
	if m == nil || m.b != head || m.poss || m.kind != mPerson && m.kind != mUnknown {
		return -1
	}
	if m.ent < 0 {
		m.kind = mPerson
		f.resolveMention(m)
	}
	return m.ent
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

// gluedTitle returns where a given name starts inside the word r[i:j]
// when the word is a title glued to it ("SecretaryMatt" from "Health
// Secretary Matt Hancock" as an import may give it), or -1: a capital
// after a lower-case letter, a title before it and a known given name
// after it. Names written with inner capitals ("McDonald", "DeSantis")
// have no title before the capital.
func (f *finder) gluedTitle(r []rune, i, j int, lsub func(int, int) string) int {
	if j-i < 5 || !unicode.IsUpper(r[i]) {
		return -1
	}
	for p := i + 2; p < j-1; p++ {
		if !unicode.IsUpper(r[p]) || !unicode.IsLower(r[p-1]) {
			continue
		}
		if f.lx.is(lsub(i, p), cTitle) && f.lx.is(lsub(p, j), cFemale|cMale) {
			return p
		}
		return -1
	}
	return -1
}
