package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type ekind uint8

const (
	ePerson ekind = iota
	eOrg          // a named organisation or outlet (KCNA, the Asan Institute)
	eGroup        // a described source (one expert, a joint statement)
)

// entity is a speaker candidate: a person, an organisation or a described
// source. Mentions and attributions resolve to entities.
type entity struct {
	name    string
	parts   []string // lower-case name tokens
	surname string   // lower-case family name, for surname-only mentions
	kind    ekind
	affil   string
	titles  []string // lower-case titles seen with the name
	aliases []string
	first   int  // rune offset of the first mention
	last    int  // rune offset of the latest mention
	gender  byte // 'm', 'f' or 0
	plural  bool
	single  bool // named only by one word so far
	// introduced as someone's relative ("His father, Ahmed Kadyrov,"):
	// a bare shared surname means the article's subject, not him
	relative bool
	head     string // head noun of a described source ("diplomat")
	place    bool   // an organisation known only as a place ("Washington said")
	seenOrg  bool   // named as an organisation somewhere

	// strings.ToLower(affilOf), cached for definite and findByPart, which
	// test the affiliations of many entities per call
	affilLow, affilOf string
}

// lowerAffil returns strings.ToLower(e.affil).
func (e *entity) lowerAffil() string {
	if e.affilOf != e.affil {
		e.affilOf, e.affilLow = e.affil, strings.ToLower(e.affil)
	}
	return e.affilLow
}

type mkind uint8

const (
	mNone mkind = iota
	mPerson
	mOrg
	mPlace
	mUnknown // one capitalised word that may be a surname
)

// mention is a run of capitalised words in the narration.
type mention struct {
	a, b    int // token range of the run, title words included
	ca      int // first token of the name proper
	pa      int // first token of the affiliation prefix (lowercase titles)
	kind    mkind
	ent     int
	poss    bool
	salient bool
	appos   string // appositive: ", a professor at X," / ", who heads Y,"
	titles  []string
	kin     byte // gender a kinship noun before the name gives ("his wife Fran")
	rel     bool // named as someone's relative ("his cousin Luis Velez")
}

func (f *finder) text(s, e int) string {
	if s < 0 {
		s = 0
	}
	if e > len(f.r) {
		e = len(f.r)
	}
	if s >= e {
		return ""
	}
	return f.src[f.off[s]:f.off[e]]
}

// spanText returns the text of tokens [a, b), dropping the possessive
// suffix of the last word.
func (f *finder) spanText(a, b int) string {
	s, e := f.spanRunes(a, b)
	return strings.TrimSpace(f.text(s, e))
}

// spanRunes returns the rune range spanText takes its text from.
func (f *finder) spanRunes(a, b int) (int, int) {
	if a >= b || a < 0 || b > len(f.toks) {
		return 0, 0
	}
	last := f.toks[b-1]
	end := last.e
	if last.poss && last.k == tWord {
		end = last.s + utf8.RuneCountInString(last.w)
	}
	return f.toks[a].s, end
}

// phrase is a name and its lower-case form, which indexes entities.
type phrase struct{ text, lower string }

// spanPhrase returns the spanText of tokens [a, b) with its lower-case
// form, taken from the lower-case text when possible.
func (f *finder) spanPhrase(a, b int) phrase {
	text := f.spanText(a, b)
	if !f.lowerOK {
		return phrase{text, strings.ToLower(text)}
	}
	// lower-casing changes neither the white space trimmed nor, here,
	// any rune's length
	s, e := f.spanRunes(a, b)
	lower := ""
	if s = max(s, 0); s < min(e, len(f.r)) {
		lower = f.lower[f.off[s]:f.off[min(e, len(f.r))]]
	}
	return phrase{text, strings.TrimSpace(lower)}
}

func (f *finder) isCapWord(k int) bool {
	return k >= 0 && k < len(f.toks) && f.toks[k].k == tWord && f.toks[k].cap
}

// compound reports hyphenated words whose parts are all capitalised
// (Pyongyang-Washington, Kim-Trump, Korean-American): never a personal name.
func compound(t *token) bool {
	w := t.w
	if !hasHyphen(w) || particleName(w) {
		return false
	}
	if lw := t.lower; strings.HasPrefix(lw, "al-") || strings.HasPrefix(lw, "el-") {
		return false
	}
	for p := range strings.FieldsFuncSeq(w, func(c rune) bool { return c == '-' || c == '‐' || c == '‑' }) {
		if c, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// hasHyphen is strings.ContainsAny(w, "-‐‑") without the generic search
// a non-ASCII set costs.
func hasHyphen(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '-':
			return true
		case "‐"[0]: // the lead byte of ‐ and ‑
			if strings.HasPrefix(w[i:], "‐") || strings.HasPrefix(w[i:], "‑") {
				return true
			}
		}
	}
	return false
}

func allUpper(w string) bool {
	n := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// findMentions returns the capitalised runs of sentence s.
func (f *finder) findMentions(s sentence) []mention {
	out := f.ms[:0] // the previous sentence's mentions are done with
	for k := s.a; k < s.b; k++ {
		// "the 9th U.S. Circuit Court of Appeals", "California’s 4th
		// District Court of Appeal": an ordinal, and a place owning it,
		// belong to an organisation's name
		lead := 0
		if f.ordinal(k) && f.isCapWord(k+1) && f.capRunHasOrg(s, k+1) {
			lead = 1
		} else if f.isCapWord(k) && f.toks[k].poss && f.toks[k].is(cPlace) && f.ordinal(k+1) && f.isCapWord(k+2) && f.capRunHasOrg(s, k+2) {
			lead = 2
		}
		// "a user named acebush1 … acebush1 wrote": a user name the text
		// introduces as one is a name, whatever its case
		if lead == 0 && !f.toks[k].cap && f.handleAt(k) {
			m := mention{a: k, b: k + 1, ca: k, pa: k, ent: -1, kind: mPerson, poss: f.toks[k].poss}
			f.setSalience(s, &m)
			out = append(out, m)
			continue
		}
		if lead == 0 && (!f.isCapWord(k) || pronounWord(f.toks[k].lower) || f.speakerInitials(s, k) || f.invertedOpening(s, k)) {
			continue
		}
		// ("… King's Counsel (KC)": an honour after a name, no name)
		if k+1 < s.b && f.counselHonour(k+1) || f.counselHonour(k) {
			continue
		}
		// ("Having said all that, when Nicole…", "Being asked…": an
		// auxiliary's participle opening a clause is no name)
		if lead == 0 && (f.toks[k].lower == "having" || f.toks[k].lower == "being") && k+1 < s.b && f.toks[k+1].k == tWord && !f.toks[k+1].cap {
			continue
		}
		a := k
		b := k + 1 + lead
		// runs longer than any real name or title are cut (headline-style
		// capitalisation, pathological input)
		// ("the Oklahoma Sheriffs' Association": a plural possessive inside
		// an organisation's name)
		for b < s.b && b-a < maxRun && (!f.toks[b-1].poss || (f.pluralPoss(b-1) && f.isCapWord(b) && f.toks[b].is(cOrg)) || b-1 == a && (f.placeOwner(s, b) || f.firmOwner(s, a, b)) || b-1 > a && (f.bodyOwner(s, a, b) || f.topicOwner(s, a, b))) {
			if f.isCapWord(b) && !pronounWord(f.toks[b].lower) {
				b++
				continue
			}
			// particles inside names, "of" inside titles and organisations
			t := &f.toks[b]
			// "Brandt & Co", "Procter & Gamble"
			if t.k == tPunct && t.w == "&" && b+1 < s.b && f.isCapWord(b+1) {
				b += 2
				continue
			}
			// chained particles: "Ursula von der Leyen", "Charles de la Tour"
			if t.k == tWord && !t.cap && t.is(cConnect) && b+2 < s.b && f.toks[b+1].k == tWord &&
				f.toks[b+1].is(cConnect) && f.isCapWord(b+2) {
				b += 3
				continue
			}
			if t.k == tWord && !t.cap && b+1 < s.b && f.isCapWord(b+1) {
				if t.is(cConnect) || (t.lower == "of" && f.toks[b-1].is(cTitle|cOrg)) ||
					((t.lower == "for" || t.lower == "on" || t.lower == "of") && f.runHasOrg(a, b) && !weekday(f.toks[b+1].lower) && !f.nameAfterTitle(a, b)) ||
					((t.lower == "and" || t.lower == "&") && f.runHasOrg(a, b) && f.runHasConnector(a, b, false) && !f.personAfterAnd(b+1)) ||
					// "University and College Union", "Universities and
					// Colleges Employers’ Association"
					(t.lower == "and" && f.toks[b-1].is(cOrg) && f.capRunHasOrg(s, b+1)) ||
					// "the Immigration Reform and Control Act"
					(t.lower == "and" && f.capRunEndsLaw(s, b+1)) ||
					// "Devon and Cornwall Police": two places' joint body
					(t.lower == "and" && b-a == 1 && f.jointBody(s, a, b+1)) ||
					(t.lower == "and" && f.andBodyName(s, a, b)) || (t.lower == "in" && f.continentScope(s, a, b)) {
					b += 2
					continue
				}
			}
			break
		}
		// "the law firm Walsh, Wilkins, Creighton": the partners'
		// names after "firm" are one name
		firm := false
		if a-1 >= s.a && lead == 0 && !f.toks[a-1].cap && firmNoun(f.toks[a-1].lower) {
			for b+1 < s.b && !f.toks[b-1].poss && (f.isPunct(b, ",&") || f.toks[b].lower == "and") && f.isCapWord(b+1) && !f.toks[b+1].is(cFunction|cDet) {
				e := b + 2
				for e < s.b && f.isCapWord(e) && e-b < 4 {
					e++
				}
				// (the list ends the phrase: not "the firm X, Mayor Y")
				if e < s.b && f.toks[e].k == tWord && !(f.toks[e].lower == "and") {
					break
				}
				b, firm = e, true
			}
		}
		k = b - 1
		if m, ok := f.classifyRun(s, a, b); ok {
			if firm {
				m.kind, m.ca, m.titles = mOrg, a, nil
			}
			// "US Airways Express, which tallied 56 cancellations": what
			// "which" stands for is no person
			if (m.kind == mPerson || m.kind == mUnknown) && len(m.titles) == 0 && b+1 < s.b && f.isPunct(b, ",") && f.toks[b+1].lower == "which" && !f.ofGivenName(s, &m) {
				m.kind = mOrg
			}
			// ("at Belfast's Waterfront Hall": a building, no person)
			if (m.kind == mPerson || m.kind == mUnknown) && f.venueRun(s, &m) {
				m.kind, m.salient = mPlace, false
			}
			// "Greenpeace Japan", "Oxfam Canada": a body the text names
			// alone, with a country after it, is its national branch
			if (m.kind == mPerson || m.kind == mUnknown) && f.branchName(&m) {
				m.kind = mOrg
				m.salient = false
			}
			// "a 2015 Elle UK interview": the outlet ("NHL.com": a site)
			if (m.kind == mPerson || m.kind == mUnknown) && len(m.titles) == 0 && (f.outletInterview(s, a, m.ca, b) || webDomain(f.toks[b-1].lower)) {
				m.kind = mOrg
			}
			out = append(out, m)
		}
	}
	f.ms = out
	return out
}

// ordinal reports whether token k is an ordinal written with figures
// ("4th", "21st").
func (f *finder) ordinal(k int) bool {
	if k < 0 || k >= len(f.toks) || f.toks[k].k != tWord {
		return false
	}
	w := f.toks[k].lower
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for i := 0; i < n-2; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// pronounWord reports capitalised pronouns that never belong to a name
// ("Should I Fury him?", "AD She was all in"); "He" can be a surname and
// is left to the name rules.
func pronounWord(w string) bool {
	switch w {
	case "i", "she", "we", "they", "you", "it", "ok", "okay":
		return true
	}
	return false
}

// speakerInitials reports an interview transcript's speaker label: two or
// three capitals opening a paragraph before a capitalised word ("AD She
// was all in.", "OW I did it every time.").
func (f *finder) speakerInitials(s sentence, k int) bool {
	t := &f.toks[k]
	if k != s.a || !f.paraStart(k) || !allUpper(t.w) || utf8.RuneCountInString(t.w) > 3 || k+1 >= s.b {
		return false
	}
	nx := &f.toks[k+1]
	return nx.k == tWord && nx.cap
}

// initialPos reports whether token k opens a sentence or a quoted or
// parenthesised stretch, where capitalisation says nothing about names.
func (f *finder) initialPos(s sentence, k int) bool {
	if k <= s.a {
		return true
	}
	p := &f.toks[k-1]
	// ("-- The QB said": two hyphens are a dash, as are list bullets)
	return p.k == tQuote || p.k == tBreak || (p.k == tPunct && (strings.Contains(":(—–\"[", p.w) || p.w == "-" || p.w == "--"))
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

func (f *finder) runHasOrg(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].is(cOrg) {
			return true
		}
	}
	return false
}

// capRunHasOrg reports whether the run of capitalised words from token k
// holds an organisation word.
func (f *finder) capRunHasOrg(s sentence, k int) bool {
	for i := k; i < s.b && i < k+maxRun && f.isCapWord(i); i++ {
		if f.toks[i].is(cOrg) {
			return true
		}
		if f.toks[i].poss {
			continue
		}
	}
	return false
}

// capRunEndsLaw reports whether the capitalised run from token k ends in
// the word that names a statute ("Control Act", "Rights Bill").
func (f *finder) capRunEndsLaw(s sentence, k int) bool {
	i := k
	for i < s.b && i < k+maxRun && f.isCapWord(i) {
		i++
	}
	if i == k {
		return false
	}
	switch f.toks[i-1].lower {
	case "act", "bill", "law", "treaty", "convention", "statute", "amendment", "directive":
		return true
	}
	return false
}

// runHasConnector reports a lower-case word in tokens [a, b); with
// particles, the particles of names ("von der Leyen") do not count.
func (f *finder) runHasConnector(a, b int, particles bool) bool {
	for k := a; k < b; k++ {
		if !f.toks[k].cap && !(particles && f.toks[k].is(cConnect)) {
			return true
		}
	}
	return false
}

// classifyRun strips function words and titles from a run and decides what
// it names.
func (f *finder) classifyRun(s sentence, a, b int) (mention, bool) {
	// Capitalised function words open sentences ("The", "However"); in the
	// middle of a sentence they belong to a name ("He Yadong").
	// So do sentence adverbs ("Apparently Lindsey's posts…").
	for a < b && ((f.toks[a].is(cFunction) && (b-a == 1 || f.initialPos(s, a))) || f.toks[a].is(cNonName) && b-a > 1 && !f.toks[a].is(cTitle) ||
		(b-a > 1 && f.initialPos(s, a) && (frontedAdverb(&f.toks[a]) || gerund(&f.toks[a]) && !(b-a == 2 && f.toks[a+1].is(cGeo)) || f.questionAux(s, a))) ||
		b-a > 1 && placeAdjective(&f.toks[a]) || f.pointerVerb(s, a, b)) {
		a++
	}
	// "Analyst Wu believes" after "… analyst Shaw Wu": a role noun that
	// opens the sentence, before the surname of someone named, describes
	// that person and is no part of the name
	if b-a == 2 && f.initialPos(s, a) && f.toks[a].is(cRole) && !f.toks[a].is(cTitle) && !f.toks[a+1].poss && f.surnameKnown(f.toks[a+1].lower) {
		a++
	}
	// ("Villager Samiullah said": an ordinary person's noun fused to
	// the name as a title)
	if f.falseTitleLead(s, a, b) {
		a++
	}
	// ("Luckily, Fischer says": a fronted adverb alone before a comma)
	if a >= b || f.placeVenue(a, b) || b-a == 1 && (f.sentenceAdverb(s, a) || f.openingParticiple(s, a) || f.participleBeforeObject(s, a) || f.adjectiveBeforeText(s, a)) {
		return mention{}, false
	}
	// "Tony Lake Acpo" on a credit line: initials of an organisation the
	// text names ("Association of Chief Police Officers") after a name
	// are the speaker's affiliation, not his surname
	if b-a >= 3 && f.orgInitials(b-1) {
		b--
	}
	// "Afrasiab Anwar MBE", "Jane Roe QC": an honour's letters after a
	// name are no part of it
	for b-a >= 3 && (honourLetters(&f.toks[b-1]) || degreeLetters(&f.toks[b-1])) && f.isCapWord(b-2) && !f.toks[b-2].poss {
		b--
	}
	// ("Tumo Lesa King's Counsel": the honour spelled out)
	if b-a >= 3 && b < s.b && f.counselHonour(b) {
		b--
	}
	// ("… Ada Quill Stories": a headline's plural noun after a name)
	if f.pluralNounAfterName(s, a, b) {
		b--
	}
	// ("Tin Maw Oo T-shirts": a letter compound ends the name)
	for k := a + 1; k < b; k++ {
		if letterCompound(&f.toks[k]) {
			b = k
			break
		}
	}
	// ("Pacific Standard Time": a time zone written out; "Managing
	// director Ada Roe": a word in -ing before a role)
	if f.spelledTimeZone(a, b) || f.gerundBeforeRole(s, a, b) {
		return mention{}, false
	}
	// "Rep. Mark Meadows R-North Carolina", "Sen. Ann Roe D-Calif": a
	// US party-state tag printed without its brackets after a name, and
	// the rest of the state's name, are no part of the name
	for k := a + 1; k < b; k++ {
		if isPartyTag(f.toks[k].w) {
			b = k
			break
		}
	}
	// "Writing in The Mirror Linda said": an outlet's name, then the
	// given name of the one who writes in it
	if a2 := f.outletBeforeGiven(s, a, b); a2 > a {
		a = a2
	}
	// "the PAHO Director", "the Conservative MP": a role described by
	// capitalised modifiers after "the" is no name; the role noun refers
	// back to whoever holds it
	// ("the three-time NFL MVP": lower-case modifiers may come between)
	// ("the Ministry of Defence", "the Ministry of Finance": an
	// organisation's word before "of" names the body, not a role)
	if d := f.theBefore(s, a); b-a <= 3 && d >= 0 && !f.toks[b-1].poss && roleHead(&f.toks[b-1]) && !(b-a == 3 && f.toks[a+1].lower == "of" && f.toks[a].is(cOrg)) {
		return mention{}, false
	}
	if f.indefiniteRole(s, a, b) {
		return mention{}, false
	}
	m := mention{a: a, b: b, ca: a, ent: -1, poss: f.toks[b-1].poss}
	// ("Vice News Correspondent Alzo Slade": the name after a body's
	// role noun)
	if n := f.orgRolePerson(f.toks[a:b]); n > 0 {
		m.ca, m.pa, m.kind = a+n, a, mPerson
		f.setSalience(s, &m)
		return m, true
	}
	// "Chief Financial Officer of Super Value Debra Symonette": the name
	// ends a title chain, the rest is its affiliation
	if st, chain := f.chainName(s, a, b); st >= 0 {
		m.ca, m.pa, m.kind = st, chain, mPerson
		for k := chain; k < st; k++ {
			if f.toks[k].is(cTitle) {
				m.titles = append(m.titles, strings.TrimSuffix(f.toks[k].lower, "."))
			}
		}
		f.setSalience(s, &m)
		return m, true
	}
	// "Acting U.S. Attorney for …", "Director of Public Works for …": a
	// title whose office the next words name is no person
	if nx := b; nx+1 < s.b && f.allTitle(a, b) && !f.toks[nx].cap && (f.toks[nx].lower == "for" || f.toks[nx].lower == "of") && f.isCapWord(nx+1) ||
		nx+1 < s.b && !f.toks[nx].cap && f.toks[nx].lower == "for" && f.runHasTitleOf(a, b) {
		return mention{}, false
	}
	// Title block: places, titles and "of"-departments before the name.
	lastTitle := -1
	afterOf := false
	honU := f.burmeseHonorific(a, b)
	for k := a; k < b; k++ {
		t := &f.toks[k]
		switch {
		case t.is(cTitle) || k == a && honU:
			lastTitle = k
			afterOf = false
			continue
		case k+1 < b && f.hyphenTitle(t):
			// "Mayor-elect Ana Ruiz", "Defense Minister-designate"
			lastTitle = k
			afterOf = false
			continue
		case k == a && k+1 < b && f.pluralTitle(t) && !f.toks[k+1].is(cFunction|cOrg|cPlace|cTitle):
			// "Senators Lamar Alexander and Bob Corker", "Detectives Ann
			// Roe and…": a plural title before a list of names
			lastTitle = k
			continue
		case t.lower == "of" && lastTitle >= 0:
			afterOf = true
			continue
		case afterOf && t.is(cDept|cPlace|cOrg):
			lastTitle = k
			continue
		case t.is(cPlace) && lastTitle < 0:
			continue
		}
		break
	}
	{
		// "Commerce Secretary Gina Marlowe": a title after capitalised
		// modifiers still ends the title block ("Assistant U.S. Attorney
		// Rachel Moss", after another title).
		for k := b - 2; k > max(a, lastTitle); k-- {
			if f.toks[k].is(cTitle) && !f.toks[k].is(cDept) && !nameSuffix(f.toks[k+1].lower) &&
				!f.runHasOrg(k+1, b) && !f.runHasConnector(k+1, b, true) {
				lastTitle = k
				break
			}
		}
	}
	// "Marshal Cohen, the chief retail analyst…", "Dean Baker, a senior
	// economist…": a title word that is also a given name, before a
	// surname and an appositive that gives another role, is the given name
	if lastTitle == a && b-a == 2 && givenTitle(f.toks[a].lower) && b+1 < s.b && f.isPunct(b, ",") &&
		f.toks[b+1].k == tWord && (f.toks[b+1].lower == "the" || f.toks[b+1].lower == "a" || f.toks[b+1].lower == "an") {
		lastTitle = -1
	}
	// "Conservative MP Dean Del Mastro", "Sgt. Earl Grant": such a word
	// after another title is the given name ("Associate Dean Ellen
	// Barker" keeps it: a modifier, not an office, comes before)
	if lastTitle > a && lastTitle < b-1 && givenTitle(f.toks[lastTitle].lower) && f.toks[lastTitle-1].is(cTitle) && !titleModifier(f.toks[lastTitle-1].lower) {
		lastTitle--
	}
	if lastTitle >= 0 && lastTitle < b-1 {
		m.ca = lastTitle + 1
		for k := a; k <= lastTitle; k++ {
			if f.toks[k].is(cTitle) || k == a && honU {
				m.titles = append(m.titles, strings.TrimSuffix(f.toks[k].lower, "."))
			}
		}
		// "King Charles", "Lord Alton": a monarch's or a peer's title
		// before one name is part of the name (see peerOf)
		// ("Pope Tawadros II": a regnal number after the name)
		if (m.ca == b-1 || m.ca == b-2 && regnalNumber(f.toks[b-1].w)) && nameTitle(f.toks[lastTitle].lower) {
			m.ca = lastTitle
		}
	} else if lastTitle == b-1 {
		// "King asked" after "co-host Gayle King": a title word that is
		// the surname of someone named is that person
		if b-a == 1 && f.surnameKnown(f.toks[a].lower) {
			m.titles = nil
			m.kind = mUnknown
			m.pa = m.a
			f.setSalience(s, &m)
			return m, true
		}
		return mention{}, false // a title alone ("the President")
	}
	// "Duchess of Sussex", "Director of Public Works": a title and its
	// office with no name after them
	if !f.toks[m.ca].cap && !f.ordinal(m.ca) && !f.particleSurname(m.ca, b) {
		return mention{}, false
	}
	core := f.toks[m.ca:b]
	// "Swede Daniel Chopra", "No.16 Marcos Baghdatis": a nationality or
	// a ranking before a name describes the person
	if n := f.descriptorLead(s, m.ca, b); n > 0 && len(m.titles) == 0 {
		m.ca += n
		core = core[n:]
	}
	// "Omicron BA.2", "Boeing 737 MAX": a name with a figure in it is a
	// thing's, never a speaker's (an organisation's name may have one)
	if len(core) >= 2 && !f.runHasOrg(m.ca, b) {
		for i := range core {
			if strings.ContainsAny(core[i].w, "0123456789") {
				return mention{}, false
			}
		}
	}
	// "Super Tuesday", "Black Friday", "Easter Monday": a day's name is
	// an event, never a speaker
	// ("New Year", "Lunar New Year": a holiday)
	if len(core) >= 2 && (weekday(core[len(core)-1].lower) || (eventHead(core[len(core)-1].lower) && !core[0].is(cFemale|cMale)) ||
		core[len(core)-1].lower == "year" && core[len(core)-2].lower == "new") {
		return mention{}, false
	}
	// "World War III", "the Cold War": a war, never a speaker
	if warName(core) {
		return mention{}, false
	}
	// "South Carolina", "North Dakota", "West Bengal": a compass word
	// before one capitalised word names a place
	compassPlace := len(core) == 2 && compassWord(core[0].lower) && !core[1].is(cOrg|cTitle|cFemale|cMale) && !core[1].poss
	allPlace, anyOrg := true, false
	// "the Caspian Sea", "Tiananmen Square" are places whatever the rest
	// ("Susan Park", "Dr. Lee Hill" are people: a given name or a personal
	// title before the geographic word)
	geoTail := len(core) >= 2 && core[len(core)-1].is(cGeo) && !core[0].is(cFemale|cMale) && genderOf(f.lx, m.titles, "") == 0 && !containsStr(m.titles, "dr") &&
		!f.personNounBefore(s, a) // "morning host Gayle Park"

	for i := range core {
		t := &core[i]
		// ("Michael R. Bloomberg": a given name before an outlet's
		// name that is also a family name makes a person)
		if (t.is(cOrg) && (i > 0 || len(core) == 1 || !t.is(cTitle)) && !(i == len(core)-1 && i > 0 && surnameOutlet(t.lower) && core[0].is(cFemale|cMale))) ||
			(t.is(cCompany) && len(core) == 1) {
			anyOrg = true
		}
		if !geoTail && !compassPlace && !t.is(cPlace|cNonName|cFunction) && !compound(t) {
			allPlace = false
		}
	}
	// "May said": a month or similar word that is the name of someone
	// already mentioned (Theresa May) is that person.
	// So is a hyphenated word that is a known double-barrelled surname
	// ("Waller-Bridge said" after "Phoebe Waller-Bridge").
	knownName := len(core) == 1 && len(m.titles) == 0 && (core[0].is(cNonName) || compound(&core[0])) && f.findByPart(core[0].lower, nil, -1) >= 0
	// "Bloomberg said" after "Michael R. Bloomberg"
	knownName = knownName || len(core) == 1 && len(m.titles) == 0 && surnameOutlet(core[0].lower) && f.surnameKnown(core[0].lower)
	// "for Radio to work" after "Oleh Radio, a researcher,"
	knownName = knownName || len(core) == 1 && len(m.titles) == 0 && f.orgWordSurname(s, m.ca)
	knownName = knownName || len(core) == 1 && len(m.titles) == 0 && f.ownedPlaceSurname(s, m.ca)
	// "Spain said" after "Glen Spain"
	knownName = knownName || len(core) == 1 && len(m.titles) == 0 && f.placeSurname(s, m.ca)
	knownName = knownName || len(core) == 1 && len(m.titles) == 0 && compound(&core[0]) && f.surnameEarlierIn(s, m.ca)
	knownName = knownName || f.titledCompoundSurname(core, m.titles)
	// "Veteran Wall Streeter Charlotte Beyer": a known first name and a
	// surname ending a long run are a person; the words before describe
	// her
	if fn := max(f.trailingPerson(core), f.placeLabelPerson(core)); fn > 0 && len(m.titles) == 0 {
		m.ca += fn
		m.kind = mPerson
		m.pa = m.a
		f.setSalience(s, &m)
		return m, true
	}
	switch {
	case len(core) >= 2 && vesselPrefix(core[0].lower):
		m.kind = mPlace // "USS Higgins" is a ship, no speaker
	case knownName:
		m.kind = mUnknown
	case anyOrg:
		m.kind = mOrg
	case allPlace && !addressedByName(m.titles):
		// (an acronym is an organisation's, a time zone's no one's)
		if len(core) == 1 && allUpper(core[0].w) && !core[0].is(cPlace|cNonName) {
			m.kind = mOrg
		} else {
			m.kind = mPlace
		}
	case len(core) == 1 && allUpper(core[0].w):
		m.kind = mOrg
	case len(m.titles) == 0 && len(core) >= 2 && core[0].lower == "the":
		// "The Interview", "The Beatles": a work's or a group's name,
		// never a person's (named without its "The", as "Global Times")
		m.kind = mOrg
		m.ca++
	case len(m.titles) == 0 && innerThe(core):
		// "What The Buck", "Keeping Up With The Joneses": a capitalised
		// "The" inside a name is a show's, a channel's or a work's
		// title-case, never a person's
		m.kind = mOrg
	case len(m.titles) > 0 || len(core) >= 2:
		m.kind = mPerson
		// ("Luiz Inácio Lula da Silva": a name's lower-case particles
		// do not count)
		if capWords(core) > 4 {
			m.kind = mOrg
		}
	default:
		m.kind = mUnknown
	}
	// ("Chief Constable Sir Stephen House", "Singer Charlotte Church": a
	// given name and a surname that is an organisation's word, after a
	// title or an occupation)
	if m.kind == mOrg {
		if n := orgWordSurname(core, m.titles); n >= 0 {
			m.kind = mPerson
			m.ca += n
			core = core[n:]
		}
	}
	// "Capital Economics senior economist Ariane Curtis": a name before
	// a title and another name is the employer's
	if m.kind == mPerson && len(m.titles) == 0 && !core[0].is(cFemale|cMale) && !m.poss && (f.titleFollows(s, b) || f.modifierBeforeRole(s, m.ca, b)) || m.kind == mPerson && len(m.titles) == 0 && (f.groupOwnerBefore(s, m.a) || f.ownedNounModifier(s, m.a, b)) {
		m.kind = mOrg
	}
	// "Plumbers Local 12": a name with a figure after it is a body's;
	// so is "the Plumbers"
	if m.kind == mPerson && len(m.titles) == 0 && f.figureNamed(s, core, b) || m.kind == mUnknown && len(m.titles) == 0 && f.pluralAfterThe(s, a, b) {
		m.kind = mOrg
	}
	// "the Chinese Foreign Ministry", "Russia’s Defense Ministry": the
	// title words of an organisation's name are part of it
	if m.kind == mOrg && len(m.titles) > 0 && m.ca > a {
		m.ca, m.titles = a, nil
	}
	// "the American Idol host", "the Chicago Bears quarterback": a name
	// between "the" and a role it qualifies is a show's, a team's or an
	// award's, never a person's
	if (m.kind == mPerson || m.kind == mUnknown) && len(m.titles) == 0 && !m.poss && f.theBefore(s, a) >= 0 && b < s.b {
		if t := &f.toks[b]; t.k == tWord && !t.cap && (epithet(t.lower) || t.is(cRole)) && !t.is(cFunction|cStopNP) {
			m.kind = mOrg
		}
	}
	// "Labor journalist Alex Press noted": a given name and a surname
	// that is an organisation's word, after a person noun, speaking
	if m.kind == mOrg && len(m.titles) == 0 && (f.personSurnameOrg(s, a, b) || f.personSurnameOrgAppos(s, a, b)) {
		m.kind = mPerson
	}
	// "at its annual Camp Strava event": a name before an event noun it
	// qualifies is the event's, never a person's
	if (m.kind == mPerson || m.kind == mUnknown) && len(m.titles) == 0 && f.eventName(s, a, b) {
		m.kind = mOrg
	}
	// "data on the Strava Community Hub" after "Strava said": a name
	// right after "the" that opens with a name used on its own before is
	// a thing's or a body's named after it
	if m.kind == mPerson && len(m.titles) == 0 && len(core) >= 2 && a-1 >= s.a && f.toks[a-1].lower == "the" && !f.toks[a-1].cap && !core[0].is(cFemale|cMale) && !m.rel && f.bareBefore(m.ca) {
		m.kind = mOrg
	}
	// "his wife Fran", "her son Jason": a kinship noun makes a person of
	// the name and tells its gender
	// ("her husband, Pete,": the name may follow a comma)
	k := m.a - 1
	// ("her daughter, 14-year-old Mei Tan": an age between)
	if k-1 >= s.a && f.toks[k].k == tWord && strings.HasSuffix(f.toks[k].lower, "-year-old") {
		k--
	}
	if k-1 >= s.a && f.isPunct(k, ",") {
		k--
	}
	if k >= s.a && (m.kind == mUnknown || m.kind == mPerson || m.kind == mPlace) && len(core) <= 3 {
		// ("his late father", "her younger brother": an adjective between)
		o := k - 1
		if o > s.a && kinAdjective(f.toks[o].lower) {
			o--
		}
		owned := o >= s.a && (possessivePronoun(f.toks[o].lower) != "" || f.toks[o].poss)
		if g := kinGender(f.toks[k].lower); g != 0 && owned {
			m.kind = mPerson
			m.kin = g
			m.rel = true
		} else if owned && neutralKin(f.toks[k].lower) {
			// "his cousin Luis Velez": a relative of unknown gender
			m.kind = mPerson
			m.rel = true
		}
	}
	// "his first bourbon, Spirit Thief,", "her debut album, Salt Road,":
	// a name in apposition to a work or product is no one's (but "found
	// the perfect product, Gerber recalls" after "Rande Gerber": a known
	// surname is the person's)
	if (m.kind == mUnknown || m.kind == mPerson) && len(m.titles) == 0 && m.kin == 0 && m.a-2 >= s.a && f.isPunct(m.a-1, ",") && f.toks[m.a-2].k == tWord && !f.toks[m.a-2].cap && workNoun(f.toks[m.a-2].lower) && !f.knownSurnameRun(core) || (m.kind == mUnknown || m.kind == mPerson) && len(m.titles) == 0 && m.kin == 0 && !m.poss && (f.workBeforeAppos(s, b) || f.listedWithWorks(s, m.ca, b)) {
		m.kind = mOrg
	}
	// "Modern Vidtube stars can earn millions": a name before a plural
	// noun and an auxiliary modifies that noun, the clause's subject
	if (m.kind == mPerson || m.kind == mUnknown) && len(m.titles) == 0 && m.kin == 0 && !m.poss && b+1 < s.b && f.pluralModified(b) {
		m.kind = mOrg
	}
	// "Dan (not his real name)", "Amira (a pseudonym)": someone the
	// text names under a name it made up
	if m.kind == mUnknown || m.kind == mPlace || m.kind == mOrg && len(core) == 1 {
		if g, ok := f.pseudonym(s, b); ok {
			m.kind, m.kin = mPerson, g
		}
	}
	// Lowercase titles before the run ("North Korean leader Kim Jong Un").
	m.pa = m.a
	if m.kind == mPerson || m.kind == mUnknown {
		k := m.a - 1
		for k >= s.a && f.toks[k].k == tWord && (f.toks[k].is(cTitle) || f.toks[k].is(cPlace)) {
			if !f.toks[k].cap {
				m.titles = append(m.titles, f.toks[k].lower)
			}
			k--
		}
		// keep the prefix only when it contains a lowercase title word
		for j := k + 1; j < m.a; j++ {
			if !f.toks[j].cap && f.toks[j].is(cTitle) {
				m.pa = k + 1
				break
			}
		}
		// and extend it over the title's modifiers ("White House press
		// secretary"), stopping at determiners, prepositions and verbs
		if m.pa < m.a {
			for n := 0; n < 5 && m.pa-1 >= s.a; n++ {
				t := &f.toks[m.pa-1]
				if t.k != tWord || t.is(cFunction) || t.is(cPrep) || t.is(cDet) || t.is(cStopNP) || t.is(cSkip) || t.poss {
					break
				}
				if _, isVerb := t.verb(); isVerb || isParticipleEd(t) {
					break
				}
				m.pa--
			}
		}
	}
	f.setSalience(s, &m)
	return m, m.kind != mNone
}

// givenTitle reports title words that are also common given names.
func givenTitle(w string) bool {
	return w == "marshal" || w == "dean" || w == "earl"
}

// theBefore returns the "the" before token a, past up to two lower-case
// modifiers ("the three-time", "the former"), or -1.
func (f *finder) theBefore(s sentence, a int) int {
	for k := a - 1; k >= s.a && k >= a-3; k-- {
		t := &f.toks[k]
		if t.k == tWord && t.lower == "the" {
			return k
		}
		if t.k != tWord || t.cap || t.is(cFunction|cPrep|cStopNP|cSkip) || t.poss {
			return -1
		}
		if _, v := t.verb(); v {
			return -1
		}
	}
	return -1
}

// setSalience marks mentions that can be the antecedent of a pronoun: not
// possessive, not governed by a preposition or determiner; an appositive
// introduction always makes a mention salient.
func (f *finder) setSalience(s sentence, m *mention) {
	b := m.b
	// ("Rep. Tom Cole R-Oklahoma, a supporter of the bill,": the
	// appositive follows the party-state tag)
	if b < s.b && isPartyTag(f.toks[b].w) {
		b++
		for b < s.b && (f.isCapWord(b) || f.isPunct(b, ".")) {
			b++
		}
	}
	// "Meghan, Duchess of Sussex,", "Ann Cole, Mayor of Leeds,": a
	// capitalised title and its office in apposition
	if b+3 < s.b && f.isPunct(b, ",") && !m.poss && f.toks[b+1].cap && f.toks[b+1].is(cTitle) && f.toks[b+2].lower == "of" && f.isCapWord(b+3) {
		e := b + 3
		for e < s.b && e < b+8 && f.isCapWord(e) {
			e++
			if f.toks[e-1].poss {
				break
			}
		}
		m.appos = f.spanText(b+1, e)
		if m.kind == mUnknown {
			m.kind = mPerson // an office holder: "Meghan" is someone
		}
	}
	if m.appos == "" && b+1 < s.b && f.toks[b].k == tPunct && f.toks[b].w == "," && f.toks[b+1].k == tWord {
		nx := f.toks[b+1].lower
		if f.toks[b+1].is(cDet) || nx == "who" || nx == "of" || nx == "former" || nx == "one" || (f.toks[b+1].is(cRole) && !f.toks[b+1].cap) {
			e := b + 1
			for e < s.b && f.toks[e].k != tQuote && !(f.toks[e].k == tPunct && (f.toks[e].w == "," || f.toks[e].w == ";" || isTerminal(firstRune(f.toks[e].w)))) {
				// "According to Hale, the plan is…": a clause, not an appositive
				if w := f.toks[e].lower; nx != "who" && f.toks[e].k == tWord && !f.toks[e].cap && auxiliary(w) {
					if p := f.toks[e-1].lower; p != "who" && p != "that" && p != "which" {
						e = -1
						break
					}
				}
				if v, ok := f.toks[e].verb(); ok && !v.participle && !f.toks[e].cap {
					if nx != "who" || e == b+2 {
						e = -1 // "Rell, who said": the clause reports, it does not describe
						break
					}
					if f.toks[e-1].lower == "and" {
						e-- // "Varga, who runs a café and said": the description ends at "and"
						break
					}
				}
				e++
			}
			if e > b+1 {
				ap := f.spanText(b+1, e)
				ap = strings.TrimPrefix(ap, "who ")
				m.appos = ap
			}
		}
	}
	// "the US special envoy on North Korea, Sung Kim," style apposition.
	if m.appos == "" && m.pa-1 > s.a && f.toks[m.pa-1].w == "," && b < s.b && f.toks[b].w == "," {
		e := m.pa - 1
		st := e - 1
		for st > s.a && f.toks[st-1].k == tWord {
			st--
		}
		if st < e && f.toks[st].k == tWord && f.toks[st].is(cDet) {
			hasRole := false
			for k := st; k < e; k++ {
				if f.toks[k].is(cRole) || f.toks[k].is(cTitle) {
					hasRole = true
				}
				// "The duchess also revealed that she reached out to a
				// friend of Harry's mother, Princess Diana,": a clause
				if _, v := f.toks[k].verb(); v || f.toks[k].lower == "that" || f.toks[k].is(cSkip) {
					hasRole = false
					break
				}
			}
			if hasRole {
				m.appos = f.spanText(st, e)
			}
		}
	}
	// "providers such as Time Warner", "programs including Six Thirty, a
	// … accelerator": an example in a list is no antecedent
	if f.listExample(s, m.pa) {
		return
	}
	if m.appos != "" {
		// "St. Louis, the city where he grew up": a place, whatever its
		// name looks like
		if (m.kind == mPerson || m.kind == mUnknown) && placeAppos(m.appos) {
			m.kind = mPlace
			return
		}
		// "Crescent Technology, a consulting company spun off from…": a
		// body, whatever its name looks like
		if (m.kind == mPerson || m.kind == mUnknown) && len(m.titles) == 0 && f.orgAppos(m.appos) {
			m.kind = mOrg
		}
		m.salient = !m.poss
		return
	}
	if m.poss || f.nounThenName(s, m.b) {
		return
	}
	p := m.pa - 1
	if p >= s.a && f.toks[p].k == tWord {
		// "For Lin, the tone is a signal": a fronted topic stays salient,
		// and so does the agent of a passive ("was handed over by Hanna
		// Strom").
		topic := p == s.a && f.isPunct(m.b, ",") || f.topicThenPronoun(m)
		if f.toks[p].is(cPrep|cDet) && !topic && f.toks[p].lower != "by" && !f.infinitiveSubject(s, m) {
			return
		}
	}
	m.salient = true
}

// surnameOf guesses the family name of a full name: the first token for
// East Asian names written surname-first, the last token otherwise.
func (f *finder) surnameOf(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	if len(parts) == 1 {
		return parts[0]
	}
	// "James Roosevelt Jr.": a generational suffix is no family name
	for len(parts) > 2 && nameSuffix(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	first, last := parts[0], parts[len(parts)-1]
	if f.lx.is(first, cSurnameFirst) {
		second := parts[1]
		if hasHyphen(second) || len(parts) == 3 || !f.lx.is(last, cSurnameFirst) {
			return first
		}
	}
	return last
}

func genderOf(lx *lexicon, titles []string, first string) byte {
	for _, t := range titles {
		switch t {
		case "mr", "u", "sir", "king", "prince", "lord", "father", "emperor", "sultan", "sheikh", "emir", "congressman", "spokesman", "chairman", "duke", "earl", "baron":
			return 'm'
		case "mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "dame", "daw", "empress", "congresswoman", "spokeswoman", "chairwoman", "duchess", "countess", "baroness":
			return 'f'
		}
	}
	if lx.is(first, cFemale) {
		return 'f'
	}
	if lx.is(first, cMale) {
		return 'm'
	}
	return 0
}

// resolveMention links a person/organisation mention to an entity,
// creating one for a new full name. Single capitalised words that match
// no known name stay unresolved (-1).
func (f *finder) resolveMention(m *mention) {
	pos := f.toks[m.a].s
	// token lowers are strings.ToLower(t.w); setParts copies parts
	parts := f.parts[:0]
	for _, t := range f.toks[m.ca:m.b] {
		parts = append(parts, t.lower)
	}
	f.parts = parts
	name := f.spanPhrase(m.ca, m.b)
	surface := f.spanText(m.a, m.b)
	switch m.kind {
	case mOrg:
		// "Moody’s Analytics Inc.": the company without its suffix
		if m.b-m.ca >= 3 && companySuffix(f.toks[m.b-1].lower) && !f.toks[m.b-1].poss {
			name = f.spanPhrase(m.ca, m.b-1)
		}
		// ("…, The Associated Press reports": the article is no part of
		// the name, as "the" is not)
		if m.b-m.ca >= 3 && f.toks[m.ca].lower == "the" && !companySuffix(f.toks[m.b-1].lower) {
			name = f.spanPhrase(m.ca+1, m.b)
		}
		// ("Sam Bankman-Fried (SBF)": a person's initials)
		if id := f.initialsPerson(m); id >= 0 {
			m.kind = mPerson
			f.touch(id, m, surface, pos)
			return
		}
		m.ent = f.orgEntity(name, pos)
		f.ents[m.ent].place, f.ents[m.ent].seenOrg = false, true
		return
	case mPerson, mUnknown:
	default:
		return
	}
	// "Andy and Charlotte Roche": a given name alone before "and" and
	// another's full name shares the surname
	if k := f.sharedSurname(m); k >= 0 {
		sur := f.spanPhrase(k, k+1)
		parts = append(parts, sur.lower)
		f.parts = parts
		name = phrase{name.text + " " + sur.text, name.lower + " " + sur.lower}
		m.kind = mPerson
	}
	// "Rafe Colter, Jr.": a suffix after a comma ends the name
	if k := f.commaSuffix(m.b); k >= 0 && len(parts) >= 2 {
		parts = append(parts, f.toks[k].lower)
		f.parts = parts
		sfx := f.spanPhrase(k, k+1)
		name = phrase{name.text + " " + sfx.text, name.lower + " " + sfx.lower}
	}
	if len(parts) >= 2 {
		// "Her sister, Grace Chen": a relative of someone is not the person
		// so far known only as "Ms. Chen"
		id := f.peerOf(parts, m.titles)
		if id < 0 {
			id = f.findFull(parts, name, !m.rel)
		}
		if id < 0 {
			// "Ron Karenga — aka Dr. Maulana Karenga": another name of the
			// person just named, who keeps the name first introduced
			if id = f.akaOf(m); id >= 0 {
				f.nameIdx[entKey{ePerson, name.lower}] = id
				f.addParts(id, parts)
			}
		}
		// "Stacy Sullivan" after "Stacey Sullivan": a given name spelt
		// another way
		if id < 0 && !m.rel {
			id = f.spellingOf(parts)
		}
		// "El Sayed" after "Abdul El-Sayed": the hyphen left out
		if id < 0 && !m.rel {
			id = f.hyphenSpelling(parts)
		}
		// "The pilot, identified as Chesley Sullenberger,": the one the
		// text quoted as "the pilot"
		if id < 0 && !m.rel {
			if id = f.describedNamed(m); id < 0 {
				id = f.ledeEpithetNamed(m)
			}
			if id >= 0 {
				f.personForDescribed(id, name, parts, m.titles)
			}
		}
		if id < 0 {
			// "’Manteboheng Molatjeng": a Sesotho name's elision mark
			name = f.elidedName(m.ca, name)
			id = f.newEntity(name, ePerson, pos)
			f.setParts(id, parts)
			e := &f.ents[id]
			e.surname = f.surnameOf(parts)
			e.gender = genderOf(f.lx, m.titles, parts[0])
			e.relative = m.rel
		}
		f.touch(id, m, surface, pos)
		return
	}
	// ("as Ms Laube suggests": a form of address is no office)
	if len(m.titles) > 0 && !honorificTitles(m.titles) && m.a > 0 && f.toks[m.a-1].k == tWord {
		switch f.toks[m.a-1].lower {
		case "become", "became", "becomes", "becoming", "as", "named", "appointed", "elected", "made":
			// "to become Chief Whip": an office, not a person
			return
		}
	}
	id := f.findByPart(parts[0], m.titles, f.toks[m.a].para)
	// ("Joko Widodo, known as Jokowi,": a one-word alias of the person
	// just named)
	if id < 0 {
		if id = f.akaOf(m); id >= 0 {
			f.addParts(id, parts)
		}
	}
	// "The elder Soros" after "George and Alexander Soros"
	if o := f.elderNamesake(parts[0], m.a); o >= 0 {
		id = o
	}
	// "Connie Seacrest … works with Seacrest's younger sister": a bare
	// possessive surname in the sentence that introduces someone of that
	// name is the other person who bears it
	if id >= 0 && m.poss && f.ents[id].first >= f.sentStart(m.a) {
		if o := f.namesake(parts[0], id); o >= 0 {
			id = o
		}
	}
	// "William “Jerry” Boykin": the surname after a quoted nickname
	// (which names in full someone met before by the surname alone: see
	// findFull's upgrade)
	if (id < 0 || f.ents[id].single) && m.ca == m.a {
		if nid := f.nicknamedPerson(m.ca, pos, m.titles); nid >= 0 {
			id, m.kind = nid, mPerson
		}
	}
	if id < 0 {
		if id = f.quotedPerson(m); id >= 0 {
			m.kind = mPerson
		}
	}
	// "Mr Haselby" after "Ian Hasleby": a misspelt surname
	if id < 0 {
		id = f.misspeltSurname(parts[0], m.titles, f.toks[m.a].para)
	}
	// "After closing his thoughts, Elizabeth stood up": a known given name
	// alone, the subject of a verb, is a person
	if id < 0 && m.kind == mUnknown && f.givenNameSubject(m) {
		m.kind = mPerson
	}
	if id < 0 && m.kind == mPerson {
		// "said Brek" where only "the Tomas Brek Diving School" gives
		// the given name
		if g := f.eponymGiven(parts[0]); g >= 0 {
			full := f.spanPhrase(g, g+2)
			id = f.newEntity(full, ePerson, pos)
			f.setParts(id, []string{f.toks[g].lower, parts[0]})
			e := &f.ents[id]
			e.surname = parts[0]
			e.gender = genderOf(f.lx, m.titles, f.toks[g].lower)
		} else {
			id = f.newEntity(name, ePerson, pos)
			f.setParts(id, parts)
			e := &f.ents[id]
			e.surname, e.single = parts[0], true
			e.gender = genderOf(f.lx, m.titles, "")
		}
	}
	if id >= 0 {
		f.touch(id, m, surface, pos)
	}
}

// sentStart returns the rune offset of the sentence of token k.
func (f *finder) sentStart(k int) int {
	for k > 0 && !f.toks[k].first {
		k--
	}
	return f.toks[k].s
}

// namesake returns the person other than id whose surname is w, the one
// mentioned last, or -1.
func (f *finder) namesake(w string, id int) int {
	best := -1
	for _, i := range f.withPart(w) {
		if e := &f.ents[i]; i != id && e.kind == ePerson && partIs(e.surname, w) && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}

// akaOf returns the person an alias mention m renames: the name right
// before "aka", "a.k.a." or "also known as" (after a comma, dash or
// bracket), or -1.
func (f *finder) akaOf(m *mention) int {
	k := m.a - 1
	if k < 1 || f.toks[k].k != tWord {
		return -1
	}
	switch lw := strings.TrimSuffix(f.toks[k].lower, "."); {
	case lw == "aka" || lw == "a.k.a":
		k--
	case lw == "as" && f.toks[k-1].lower == "known":
		k -= 2
		if k >= 0 && f.toks[k].lower == "also" {
			k--
		}
	default:
		return -1
	}
	if k >= 0 && f.isPunct(k, ",—–(-") {
		k--
	}
	if k < 0 || f.toks[k].k != tWord || !f.toks[k].cap {
		return -1
	}
	w := f.toks[k].lower
	best := -1
	for _, i := range f.withPart(w) {
		if e := &f.ents[i]; e.kind == ePerson && containsStr(e.parts, w) && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}

// addParts indexes more name tokens for entity id (an alias's), keeping
// the parts it has.
func (f *finder) addParts(id int, parts []string) {
	all := append(append([]string(nil), f.ents[id].parts...), parts...)
	f.setParts(id, all)
}

// touch records a mention of entity id.
func (f *finder) touch(id int, m *mention, surface string, pos int) {
	m.ent = id
	e := &f.ents[id]
	e.last = pos
	if m.kind == mUnknown {
		m.kind = mPerson
	}
	for _, t := range m.titles {
		if !containsStr(e.titles, t) {
			e.titles = append(e.titles, t)
		}
	}
	if e.gender == 0 {
		e.gender = genderOf(f.lx, m.titles, "")
	}
	if e.gender == 0 {
		e.gender = m.kin
	}
	if e.affil == "" {
		e.affil = f.mentionAffil(m)
	}
	if e.relative && f.namedOnOwn(e, m) {
		e.relative = false
	}
	if surface != "" && surface != e.name && !containsStr(e.aliases, surface) {
		e.aliases = append(e.aliases, surface)
	}
}

// mentionAffil returns the affiliation a mention carries: its appositive,
// else its title prefix ("US President", "North Korean leader").
func (f *finder) mentionAffil(m *mention) string {
	if m.appos != "" {
		return m.appos
	}
	if m.ca > m.pa && !f.honorifics(m.pa, m.ca) {
		return f.spanText(m.pa, m.ca)
	}
	return ""
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// paraAt returns the paragraph of the token starting at or before rune
// offset pos.
func (f *finder) paraAt(pos int) int {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s > pos }) - 1
	if k < 0 {
		return 0
	}
	return f.toks[k].para
}

func (f *finder) newEntity(name phrase, k ekind, pos int) int {
	f.ents = append(f.ents, entity{name: name.text, kind: k, first: pos, last: pos})
	id := len(f.ents) - 1
	f.nameIdx[entKey{k, name.lower}] = id
	return id
}

// entKey indexes entities by kind and lower-case name.
type entKey struct {
	kind ekind
	name string
}

// setParts records the name tokens of entity id and indexes them.
// parts may be scratch: the entity keeps a copy, in f.partStore.
func (f *finder) setParts(id int, parts []string) {
	start := len(f.partStore)
	f.partStore = append(f.partStore, parts...)
	parts = f.partStore[start:len(f.partStore):len(f.partStore)]
	f.ents[id].parts = parts
	for _, p := range parts {
		f.indexPart(p, id)
		if bare := arabicArticle(p); bare != "" {
			f.indexPart(bare, id) // "al-Sisi" is also "Sisi"
		}
		// "Müller" is also written "Muller" and "Mueller"
		if plain, wide, ok := foldName(p); ok {
			f.indexPart(plain, id)
			if wide != plain {
				f.indexPart(wide, id)
			}
		}
	}
}

// indexPart lists entity id under name token p.
func (f *finder) indexPart(p string, id int) {
	li, ok := f.partIdx[p]
	if !ok {
		li = f.newPartList()
		f.partIdx[p] = li
	}
	if l := f.partLists[li]; len(l) == 0 || l[len(l)-1] != id {
		f.partLists[li] = append(l, id)
	}
}

// foldName returns the ASCII spellings of a name token with accented
// letters: without the accents ("muller", "jose") and with German
// umlauts spelt out ("mueller"). ok is false for a token that has none.
func foldName(p string) (plain, wide string, ok bool) {
	ascii := true
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return "", "", false
	}
	var pb, wb strings.Builder
	for _, c := range p {
		b, w := foldRune(c)
		if b == "" {
			return "", "", false // not a Latin letter we know: no spelling
		}
		pb.WriteString(b)
		wb.WriteString(w)
	}
	return pb.String(), wb.String(), true
}

// foldRune spells a lower-case rune in ASCII, plainly and the German way.
func foldRune(c rune) (string, string) {
	if c < utf8.RuneSelf {
		s := string(c)
		return s, s
	}
	switch c {
	case 'ä':
		return "a", "ae"
	case 'ö':
		return "o", "oe"
	case 'ü':
		return "u", "ue"
	case 'ß':
		return "ss", "ss"
	case '’':
		return "'", "'"
	}
	const from, to = "àáâãåāăąçćčďđèéêëēęěğìíîïīıłľĺñńňòóôõøōőŕřśšşťţùúûůūűýÿźżž", "aaaaaaaacccddeeeeeeegiiiiiilllnnnooooooorrssssttuuuuuuyyzzz"
	i := 0
	for _, x := range from {
		if x == c {
			s := to[i : i+1]
			return s, s
		}
		i++
	}
	return "", ""
}

// partIs reports whether name token p is w or an ASCII spelling of it.
func partIs(p, w string) bool {
	if p == w || (len(p) > len(w) && arabicArticle(p) == w) {
		return true
	}
	plain, wide, ok := foldName(p)
	return ok && (plain == w || wide == w)
}

// hasPart is containsStr(parts, w) up to spelling (partIs).
func hasPart(parts []string, w string) bool {
	for _, p := range parts {
		if partIs(p, w) {
			return true
		}
	}
	return false
}

// newPartList adds an empty list to f.partLists and returns its index. It
// reuses the storage of an earlier call's list when there is one, so that
// indexing names allocates nothing once the finder has been used a little.
func (f *finder) newPartList() int {
	n := len(f.partLists)
	if n < cap(f.partLists) {
		f.partLists = f.partLists[:n+1]
		f.partLists[n] = f.partLists[n][:0]
	} else {
		f.partLists = append(f.partLists, nil)
	}
	return n
}

// withPart returns the most recently created entities having name token w
// (bounded, so that pathological texts stay linear).
func (f *finder) withPart(w string) []int {
	li, ok := f.partIdx[w]
	if !ok {
		return nil
	}
	l := f.partLists[li]
	if len(l) > maxCandidates {
		l = l[len(l)-maxCandidates:]
	}
	return l
}

// maxRun is the longest run of capitalised words treated as one name.
const maxRun = 12

// maxCandidates bounds every backward search over entities and events.
const maxCandidates = 300

// entityByName finds or creates an organisation/group entity by its
// case-insensitive name.
func (f *finder) entityByName(name phrase, k ekind, pos int) int {
	if id, ok := f.nameIdx[entKey{k, name.lower}]; ok {
		f.ents[id].last = pos
		return id
	}
	return f.newEntity(name, k, pos)
}

// orgEntity finds the organisation named name, or an earlier one whose
// name contains it ("the Commission" after "the European Commission"), or
// creates it.
func (f *finder) orgEntity(name phrase, pos int) int {
	parts := f.orgParts[:0]
	for p := range strings.FieldsSeq(name.lower) {
		parts = append(parts, p)
	}
	f.orgParts = parts
	if len(parts) == 0 {
		return f.entityByName(name, eOrg, pos)
	}
	best := -1
	for _, i := range f.withPart(parts[0]) {
		e := &f.ents[i]
		if e.kind != eOrg {
			continue
		}
		if equalStrs(e.parts, parts) {
			e.last = pos
			return i
		}
		if len(e.parts) > len(parts) && subseq(e.parts, parts) && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	if best < 0 && len(parts) == 1 {
		best = f.acronymOf(name.text)
		if best < 0 {
			best = f.spelledOutOrg(name.text, pos)
		}
	}
	if best >= 0 {
		f.ents[best].last = pos
		return best
	}
	id := f.entityByName(name, eOrg, pos)
	f.setParts(id, parts)
	return id
}

// acronymOf returns the organisation an all-capital acronym stands for
// ("KCNA" after "North Korea’s Central News Agency", "UCEA" after
// "Universities and Colleges Employers’ Association"), or -1: the initials
// of its name's words, small words left out, end with the acronym.
func (f *finder) acronymOf(acr string) int {
	if n := len(acr); n < 2 || n > 6 || !allUpper(acr) {
		return -1
	}
	for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
		e := &f.ents[i]
		if e.kind != eOrg || len(e.parts) < 2 {
			continue
		}
		var ini [16]byte
		n := 0
		for _, p := range e.parts {
			switch p {
			case "of", "and", "the", "for", "&", "de", "du", "des", "la":
				continue
			}
			c, _ := utf8.DecodeRuneInString(p)
			if c >= utf8.RuneSelf || n == len(ini) {
				n = -1
				break
			}
			ini[n] = byte(unicode.ToUpper(c))
			n++
		}
		if n >= len(acr) && strings.HasSuffix(string(ini[:n]), acr) {
			return i
		}
	}
	return f.bracketAcronym(acr)
}

// findFull finds the person whose full name is parts, or a person whose
// name contains parts, or (with upgrade) an earlier one-word person to
// upgrade.
func (f *finder) findFull(parts []string, name phrase, upgrade bool) int {
	cands := f.withPart(parts[0])
	for _, i := range cands {
		e := &f.ents[i]
		if e.kind == ePerson && equalStrs(e.parts, parts) {
			return i
		}
	}
	// "Galabuzi Brian Kakembo" after "Brian Galabuzi Kakembo": the same
	// names in another order
	if len(parts) >= 3 {
		for _, i := range cands {
			e := &f.ents[i]
			if e.kind == ePerson && samePartSet(e.parts, parts) {
				return i
			}
		}
	}
	// "Allan Snr" after "Allan Bryant Snr": a given name and the
	// generational suffix of a known full name
	if len(parts) == 2 && nameSuffix(parts[1]) {
		for _, i := range cands {
			e := &f.ents[i]
			if e.kind == ePerson && len(e.parts) > 2 && e.parts[0] == parts[0] && sameSuffix(e.parts[len(e.parts)-1], parts[1]) {
				return i
			}
		}
	}
	// a longer known name containing this one ("Jong Un" of "Kim Jong Un"),
	// not for a relative ("Ms Khairunisa's father, Haidar Fauzi": a
	// patronymic family name is part of the daughter's)
	best := -1
	for _, i := range cands {
		e := &f.ents[i]
		if upgrade && e.kind == ePerson && len(e.parts) > len(parts) && subseq(e.parts, parts) {
			if best < 0 || e.last > f.ents[best].last {
				best = i
			}
		}
	}
	if best < 0 && upgrade {
		best = f.middleDropped(parts, cands)
	}
	if best >= 0 {
		return best
	}
	// upgrade a person so far known only by one of these words
	if !upgrade {
		return -1
	}
	for _, w := range []string{parts[len(parts)-1], parts[0]} {
		for _, i := range f.withPart(w) {
			e := &f.ents[i]
			if e.kind == ePerson && e.single && len(e.parts) == 1 && e.parts[0] == w {
				e.name = name.text
				e.single = false
				f.setParts(i, parts)
				e.surname = f.surnameOf(parts)
				f.nameIdx[entKey{ePerson, name.lower}] = i
				return i
			}
		}
	}
	return -1
}

// samePartSet reports whether a and b hold the same distinct words, each
// once, in any order.
func samePartSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i, w := range a {
		if !containsStr(b, w) || containsStr(a[i+1:], w) {
			return false
		}
	}
	return true
}

func equalStrs(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func subseq(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		if equalStrs(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

// findByPart resolves a one-word mention in paragraph para (-1: any):
// surname matches beat other name parts, a shared title beats recency, the
// person the bare name meant before or introduced in this paragraph beats
// another, then the most recent mention wins.
func (f *finder) findByPart(w string, titles []string, para int) int {
	best, bestScore := -1, -100
	g := genderOf(f.lx, titles, "") // "Mr. Trump" is not "Ms. Trump"
	last1, last2 := f.lastTwo(w)
	kinTitled := g != 0 && f.onlyRelativeOf(w, g)
	for _, i := range f.withPart(w) {
		e := &f.ents[i]
		if e.kind != ePerson || !hasPart(e.parts, w) {
			continue
		}
		score := 0
		if g != 0 && e.gender != 0 {
			if e.gender != g {
				continue
			}
			score += 3
		}
		if partIs(e.surname, w) {
			score += 2
		}
		// "His father, Ahmed Kadyrov," then "Kadyrov says": a relative
		// mentioned in passing takes the bare surname only when no one
		// else bears it
		if e.relative && !kinTitled {
			score -= 4
		}
		// Two Dahlbergs: the bare name goes on meaning whom it meant
		// before ("his cousin Frida Dahlberg" does not take "Dahlberg"
		// paragraphs later), unless the other was introduced in this
		// paragraph ("Lin Chen-yu, a legislator… “…,” Lin said").
		exact, particle := false, false
		for _, a := range e.aliases {
			if strings.EqualFold(a, w) {
				exact = true
			} else if f.particleShort(a, w) {
				particle = true
			}
		}
		if exact {
			score++
		} else if particle {
			// "Sadeq Abu Amer … Abu Amer is the head of…": one the text
			// calls by the particle and the name is not a bare "Amer"
			// when someone else bears it alone ("Abu Hassan Amer")
			score -= 2
		}
		if para >= 0 && f.paraAt(e.first) == para {
			score++
		}
		// ("Jimenez, Dustin Johnson and Snedeker were in": named only
		// in a list)
		if f.listedOnly(e) {
			score--
		}
		// "Prime Minister Shehbaz Sharif … Sharif said" then "Lt. Gen.
		// Ahmed Sharif said … Sharif also accused": one introduced
		// speaking since the others were last named is the one the bare
		// name now means (or introduced with an appositive opening a
		// paragraph: "Zhou Shunzhu, a mother of two, has…")
		others := last1
		if e.last == last1 {
			others = last2
		}
		if others >= 0 && e.first > others && (f.introSpeaking(e) || f.introDescribed(e)) || others >= 0 && e.last == last1 && f.spokeInFullLast(e, para) {
			score++
		}
		for _, t := range titles {
			if containsStr(e.titles, t) || strings.Contains(e.lowerAffil(), t) {
				score += 4
				break
			}
		}
		if score > bestScore || (score == bestScore && e.last > f.ents[best].last) {
			best, bestScore = i, score
		}
	}
	return best
}

// vesselPrefix reports the prefixes of ships' names.
func vesselPrefix(w string) bool {
	switch w {
	case "uss", "hms", "hmas", "hmcs", "hmnzs", "rms", "ins", "usns", "uscgc":
		return true
	}
	return false
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

// listExample reports whether the name starting at token a is an item of
// a list of examples: right after "including", "like" or "such as", or
// after "and"/"or" later in such a list ("including Six Thirty, a …
// accelerator, and Launch Code").
func (f *finder) listExample(s sentence, a int) bool {
	intro := func(p int) bool {
		if p <= s.a || f.toks[p].k != tWord {
			return false
		}
		lw := f.toks[p].lower
		return lw == "including" || lw == "like" || (lw == "as" && f.toks[p-1].lower == "such")
	}
	p := a - 1
	if intro(p) {
		return true
	}
	if p <= s.a || (f.toks[p].lower != "and" && f.toks[p].lower != "or") {
		return false
	}
	for k := p - 1; k > s.a && k > p-20; k-- {
		t := &f.toks[k]
		if t.k == tQuote || t.k == tBreak || f.isPunct(k, ".;:") {
			return false
		}
		if _, v := t.verb(); (v && !t.cap) || auxiliary(t.lower) {
			return false
		}
		if intro(k) {
			return true
		}
	}
	return false
}

// placeAppos reports an appositive that says its name is a place: "the
// city where…", "a small town in Ohio".
// The place noun must head the phrase: "a city councilman in X" is a
// person's role.
func placeAppos(ap string) bool {
	n := 0
	place := false
	for w := range strings.FieldsSeq(ap) {
		w = strings.Trim(w, ",.")
		if place {
			// the word after the place noun starts its complement
			return placeComplement(w)
		}
		switch {
		case n == 0:
			if !strings.EqualFold(w, "the") && !strings.EqualFold(w, "a") && !strings.EqualFold(w, "an") {
				return false
			}
		case n > 3:
			return false
		default:
			switch w {
			case "city", "town", "village", "country", "state", "capital", "region", "province", "island", "county", "suburb", "neighborhood", "neighbourhood":
				place = true
			}
		}
		n++
	}
	return place
}

// placeComplement reports words that open what follows a place noun ("the
// city where…", "a town of 3,000", "a suburb north of…") rather than
// continue a noun phrase it modifies ("a city councilman").
func placeComplement(w string) bool {
	switch strings.ToLower(w) {
	case "where", "that", "which", "whose", "of", "in", "on", "at", "near", "outside", "north", "south", "east", "west",
		"with", "known", "famous", "best", "once", "just", "about", "some", "along", "across", "by", "from", "whom", "and", "&":
		return true
	}
	return false
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

// surnameOutlet reports organisation words that are also family names
// ("Michael Bloomberg", "Paul Reuter").
func surnameOutlet(w string) bool {
	switch w {
	case "bloomberg", "reuters":
		return true
	}
	return false
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

// personNounBefore reports a lower-case noun for a person right before
// token a ("host Gayle Park", "reporter Ann Street", "his wife Joy Hill").
func (f *finder) personNounBefore(s sentence, a int) bool {
	if a-1 < s.a {
		return false
	}
	t := &f.toks[a-1]
	if t.k != tWord || t.cap {
		return false
	}
	switch t.lower {
	case "host", "co-host", "anchor", "co-anchor", "presenter", "star", "colleague", "friend", "neighbor", "neighbour":
		return true
	}
	return t.is(cTitle|cRole) && !t.is(cFunction|cDoc|cOrg) || kinGender(t.lower) != 0 || occupation(t)
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

// eventHead reports the last words of events' names ("Super Bowl",
// "Cannes Film Festival"), which never speak ("Day" and "Week" are
// family names too).
func eventHead(w string) bool {
	switch w {
	case "bowl", "cup", "summit", "championship", "championships", "marathon", "festival",
		"caucus", "caucuses", "primaries", "awards", "tournament", "expo", "prix",
		"games", "olympics", "paralympics":
		return true
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

// compassWord reports the compass words that open places' names.
func compassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western":
		return true
	}
	return false
}

// gerund reports an -ing word that opens a sentence before a name
// ("Taking Archie outside is…"): a verb, never a given name.
func gerund(t *token) bool {
	return t.k == tWord && strings.HasSuffix(t.lower, "ing") && utf8.RuneCountInString(t.lower) >= 6 && !t.is(cFemale|cMale|cTitle|cOrg|cPlace|cGeo)
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

// initialWord reports an initial with its period ("G.").
func initialWord(w string) bool {
	return len(w) >= 2 && w[len(w)-1] == '.' && utf8.RuneCountInString(w) == 2
}

// occupation reports a capitalised word that names an occupation by its
// ending ("Farmer", "Investigator", "Novelist", "Librarian").
func occupation(t *token) bool {
	lw := t.lower
	if t.is(cFemale|cMale|cPlace|cOrg|cFunction) || utf8.RuneCountInString(lw) < 6 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// orgInitials reports whether token k ("Acpo", "ACPO") is the initials of
// a run of capitalised words elsewhere in the text, joined by "of", "the",
// "and" or "for" ("Association of Chief Police Officers").
func (f *finder) orgInitials(k int) bool {
	t := &f.toks[k]
	n := utf8.RuneCountInString(t.lower)
	if !t.cap || t.poss || n < 3 || n > 6 || t.is(cFemale|cMale) || !isLetters(t.lower) {
		return false
	}
	for i := range f.toks {
		if i == k || !f.toks[i].cap || f.toks[i].lower[0] != t.lower[0] {
			continue
		}
		j, m := i, 0
		for j < len(f.toks) && m < len(t.lower) && f.toks[j].k == tWord {
			u := &f.toks[j]
			if u.cap && u.lower[0] == t.lower[m] && u.lower != t.lower {
				m++
			} else if u.cap || !(u.lower == "of" || u.lower == "the" || u.lower == "and" || u.lower == "for") {
				break
			}
			j++
		}
		if m == len(t.lower) && (j == len(f.toks) || f.toks[j].k != tWord || !f.toks[j].cap) {
			return true
		}
	}
	return false
}

// isLetters reports whether w is ASCII letters only.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// pluralOccupation reports a plural occupation noun ("Politicians",
// "Teachers"), which heads a list of names and is no part of the first.
func pluralOccupation(t *token) bool {
	if !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") {
		return false
	}
	u := *t
	u.lower = strings.TrimSuffix(t.lower, "s")
	return occupation(&u)
}

// weekday reports the days of the week, which end a name before "on"
// ("Federal Reserve Chair Helen Marsh on Thursday").
func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
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

// pluralPoss reports a plural possessive token ("Sheriffs'", "Teachers’").
func (f *finder) pluralPoss(k int) bool {
	t := &f.toks[k]
	if !t.poss || t.e < 2 || t.e > len(f.r) {
		return false
	}
	last, before := f.r[t.e-1], f.r[t.e-2]
	return (last == '\'' || last == '’') && (before == 's' || before == 'S')
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

// branchName reports a two-word name of a body and a country ("Greenpeace
// Japan") whose first word the text has used alone shortly before, and is
// no given name.
func (f *finder) branchName(m *mention) bool {
	if len(m.titles) != 0 || m.b-m.ca != 2 || !f.lowerOK {
		return false
	}
	first, last := &f.toks[m.ca], &f.toks[m.ca+1]
	if !last.cap || !last.is(cPlace) || first.is(cFemale|cMale|cPlace|cTitle|cFunction) || first.poss || len(first.lower) < 3 {
		return false
	}
	// ("Shaquille Jordan" after "Shaquille said": a person's name)
	for _, i := range f.withPart(first.lower) {
		if e := &f.ents[i]; e.kind == ePerson && (!e.single || e.gender != 0) {
			return false
		}
	}
	b := int(f.off[first.s])
	win := f.lower[max(0, b-maxLookBack):b]
	for i := 0; ; {
		j := strings.Index(win[i:], first.lower)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(first.lower)
		if (j == 0 || !isLetterByte(win[j-1])) && (e == len(win) || !isLetterByte(win[e])) {
			// alone: not followed by the country
			k := e
			for k < len(win) && win[k] == ' ' {
				k++
			}
			if k < len(win) && !strings.HasPrefix(win[k:], last.lower) {
				return true
			}
		}
		i = e
	}
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

// firmNoun reports nouns for a partnership named after its partners.
func firmNoun(w string) bool {
	switch w {
	case "firm", "firms", "partnership", "practice", "agency":
		return true
	}
	return false
}

// orgAppos reports an appositive that describes a body: "a"/"an", up to
// four lower-case modifiers and an organisation noun ("a consulting
// company", "an Ohio-based firm"), not a person who works for one ("a
// company spokesman").
func (f *finder) orgAppos(ap string) bool {
	fs := strings.Fields(ap)
	if len(fs) < 2 || fs[0] != "a" && fs[0] != "an" {
		return false
	}
	for i := 1; i < len(fs) && i <= 5; i++ {
		w := strings.Trim(fs[i], ",.")
		// ("a managed data infrastructure platform": past two modifiers
		// only a head that names no trade, since "a senior mobile game
		// developer" is a person)
		if f.lx.is(w, cOrgHead) && (i <= 3 || !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "or")) {
			// the noun heads the phrase: nothing after it, or its
			// complement ("spun off", "based in", "that")
			if i+1 >= len(fs) {
				return true
			}
			nx := strings.Trim(fs[i+1], ",.")
			return f.lx.is(nx, cFunction|cPrep) || strings.HasSuffix(nx, "ed") || nx == "spun" || nx == "founded" || nx == "owned"
		}
		// ("a senior producer for Fox": a rank makes the trade a
		// person's job)
		if w != strings.ToLower(w) || f.lx.is(w, cRole|cFunction) || titleModifier(w) {
			return false
		}
	}
	return false
}

// innerThe reports whether a capitalised "The" stands inside a run after
// its first word ("What The Buck").
func innerThe(core []token) bool {
	for i := 1; i < len(core)-1; i++ {
		if core[i].w == "The" {
			return true
		}
	}
	return false
}

// particleShort reports whether alias a is a particle and the word w
// ("Abu Amer", "van Dijk" for "Amer", "Dijk"): the short form of a
// compound surname.
func (f *finder) particleShort(a, w string) bool {
	fs := strings.Fields(a)
	return len(fs) == 2 && strings.EqualFold(fs[1], w) && f.lx.is(strings.ToLower(fs[0]), cConnect)
}

// pluralModified reports whether token k is a lower-case plural noun
// (no verb of the lexicon) before an auxiliary: "stars can", "fans were".
func (f *finder) pluralModified(k int) bool {
	t := &f.toks[k]
	if t.k != tWord || t.cap || len(t.lower) < 4 || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") || t.is(cFunction|cPrep|cSkip) {
		return false
	}
	if _, v := t.verb(); v {
		return false
	}
	return f.toks[k+1].k == tWord && auxiliary(f.toks[k+1].lower)
}
