package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Proper names: the entity and mention types, the runs of capitalised words
// of a sentence (findMentions), what a run names once its function words
// and titles are stripped (classifyRun), which mentions a pronoun may
// stand for (setSalience) and the entity each mention names
// (resolveMention).

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

	// person evidence (see names_evidence.go): a mention showed a person;
	// a mention was of a form any name takes, or of one no person's name
	// takes; the gender is a pronoun's guess across sentences
	evid, plain, odd, gguess bool
	story, told              bool // mentioned in a line that is no sentence; elsewhere

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
		joined := false // connectorSpan joined two runs: a body's name
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
				// ("Americans for Prosperity" named again, "as The Globe
				// and Mail reported")
				if f.connectorSpan(s, a, b) {
					b += 2
					joined = true
					continue
				}
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
			// ("Data for Progress", "Globe and Mail": no person's name
			// holds the connector the article uses so)
			if joined && (m.kind == mPerson || m.kind == mUnknown) && m.ca < b-2 && len(m.titles) == 0 {
				m.kind = mOrg
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
			// ("Local Kings Mill, Ohio news outlets reported": a town and
			// its state or country)
			if (m.kind == mPerson || m.kind == mUnknown) && f.townOfState(s, &m) {
				m.kind = mPlace
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
		(b-a > 1 && f.initialPos(s, a) && (frontedAdverb(&f.toks[a]) && !(strings.HasSuffix(f.toks[a].lower, "ly") && f.apposAfter(s, b)) || gerund(&f.toks[a]) && !(b-a == 2 && f.toks[a+1].is(cGeo)) || f.questionAux(s, a))) ||
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
	if st, chain := f.chainName(s, a, b); st >= 0 && !f.wholeNameRecurs(a, b) {
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
			if f.toks[k].is(cTitle) && (!f.toks[k].is(cDept) || f.surnameTail(k+1, b)) && !nameSuffix(f.toks[k+1].lower) &&
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
	// "said Sheriff Israel" after "sheriff Scott Israel": a title before
	// the family name of someone named in full is that person
	knownName = knownName || len(core) == 1 && len(m.titles) > 0 && f.surnameKnown(core[0].lower)
	// "Veteran Wall Streeter Charlotte Beyer": a known first name and a
	// surname ending a long run are a person; the words before describe
	// her
	// ("Bank of America Merrill Lynch" again and again, "Lynch" never
	// alone: one body's name, not a person's after a description)
	if fn := max(f.trailingPerson(core), f.placeLabelPerson(core)); fn > 0 && len(m.titles) == 0 && !f.wholeNameRecurs(m.ca, b) {
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

// apposAfter reports whether a comma and the opening of an appositive
// that describes a person follow token b ("Cecily Myart-Cruz, president
// of the union, said"): the run before it is a whole name, so a first
// word in -ly is a given name, not a fronted adverb ("Apparently Lindsey's
// posts…").
func (f *finder) apposAfter(s sentence, b int) bool {
	if b+1 >= s.b || !f.isPunct(b, ",") || f.toks[b+1].k != tWord {
		return false
	}
	nx := &f.toks[b+1]
	return nx.lower == "a" || nx.lower == "an" || nx.lower == "the" || nx.lower == "who" || nx.is(cRole) && !nx.cap
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
		// ("The IAS released a statement … “…,” it said": a body's name
		// after the "the" opening the sentence is its subject)
		body := p == s.a && f.toks[p].lower == "the" && m.kind == mOrg && !m.poss
		if f.toks[p].is(cPrep|cDet) && !topic && !body && f.toks[p].lower != "by" && !f.infinitiveSubject(s, m) && !f.subordinateSubject(s, m) {
			return
		}
	}
	m.salient = true
}

// subordinateSubject reports whether mention m is the subject of a clause
// that a word both preposition and conjunction opens inside the sentence
// ("The announcement came after Cameron gave a speech"): a verb's
// subject, salient as the one who acts, not the object of a preposition
// ("after Cameron's speech", "before Ortiz, the …"). (A clause opening the
// sentence, "After Lily Miyazaki won…, it was Katie Boulter who…", stays
// in the background.)
func (f *finder) subordinateSubject(s sentence, m *mention) bool {
	p := m.pa - 1
	if p <= s.a || !subordinator(f.toks[p].lower) || m.poss || m.b >= s.b {
		return false
	}
	v := &f.toks[m.b]
	return v.k == tWord && !v.cap && !v.is(cFunction|cDet|cPrep|cStopNP)
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
		// ("Sam Bankman-Fried (SBF)", "known in the crypto world as
		// SBF", then "SBF said": a person's other name)
		if id := f.akaOf(m); id >= 0 {
			f.registerAlias(id, m, name, parts)
			f.touch(id, m, surface, pos)
			return
		}
		if id, ok := f.aliasIdx[name.lower]; ok {
			m.kind = mPerson
			f.touch(id, m, surface, pos)
			return
		}
		m.ent = f.orgEntity(name, pos)
		f.ents[m.ent].place, f.ents[m.ent].seenOrg = false, true
		f.notePersonEvidence(m.ent, m)
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
				f.registerAlias(id, m, name, parts)
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
		// "Working Partners gave" after "Working Partners Foundation":
		// the body named without its organisation's word
		if id < 0 && !m.rel && len(m.titles) == 0 {
			if oid := f.orgNamedShort(parts); oid >= 0 {
				m.kind = mOrg
				f.touch(oid, m, surface, pos)
				return
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
			f.registerAlias(id, m, name, parts)
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
	f.notePersonEvidence(id, m)
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

// paraAt returns the paragraph of the token starting at or before rune
// offset pos.
func (f *finder) paraAt(pos int) int {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s > pos }) - 1
	if k < 0 {
		return 0
	}
	return f.toks[k].para
}
