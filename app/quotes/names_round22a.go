package quotes

import "strings"

// originLead reports a capitalised compound that tells where someone was
// born, raised or schooled ("Eton-educated", "Lagos-born",
// "Texas-raised") or how many children they have ("Mother-of-two"):
// before a name it describes the person and is no part of the name. ("-based" is left out: "London-based" qualifies companies
// as often as people.)
func originLead(t *token) bool {
	if !t.cap || t.poss {
		return false
	}
	i := strings.LastIndexByte(t.lower, '-')
	if i <= 0 {
		return false
	}
	switch t.lower[i+1:] {
	case "educated", "born", "raised", "bred", "trained", "schooled":
		return true
	}
	// ("Grandmother-of-five Joan Miller", "Father-of-two Ian Roe": how
	// many children someone has, said of a person)
	if head, n, ok := strings.Cut(t.lower, "-of-"); ok && head != "" && (n == "one" || numberWord(n) || isNumber(n)) {
		return true
	}
	return false
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

// ownerNameStart returns where the name of the owned phrase [npA, head]
// starts: after the titles of a person who owns it ("Texas Gov. Greg
// Abbott's office" is "Greg Abbott's office", as a speaker's titles are
// never part of the name), else npA.
func (f *finder) ownerNameStart(npA, head int, mm mentionMap) int {
	for i := npA; i < head; i++ {
		if !f.toks[i].poss {
			continue
		}
		if m := mm.at(i); m != nil && m.b == i+1 && m.kind == mPerson && len(m.titles) > 0 && min(m.a, m.pa) <= npA && m.ca > npA {
			return m.ca
		}
		break
	}
	return npA
}

// ownedCounsel reports a lone lawyer owned by someone ("the company's
// lawyer said"): an unnamed source, "a lawyer", like an owned spokesman.
func ownedCounsel(w string) bool {
	return w == "lawyer" || w == "attorney"
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

// describedOrgStart returns where an organisation's name starts in a
// speaker phrase whose first capitalised word is at st and whose name is
// mention m: "Chinese social media platform Weibo" is Weibo, the words
// before it, some of them lower-case nouns or adjectives, describe it; a name all capitalised from
// st ("North Korea's Central News Agency") starts at st.
func (f *finder) describedOrgStart(st int, m *mention) int {
	for k := st; k < m.a; k++ {
		// (a lower-case "of", "for", "and" may join the name's own words:
		// "Bank of England")
		if t := &f.toks[k]; t.k == tWord && !t.cap && !t.is(cFunction|cConnect|cPrep|cDet) {
			return m.a
		}
	}
	return st
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

// moreOccupation reports occupations that the suffix test of occupation
// misses ("Businessman", "Billionaire", "Entrepreneur", "Chef"): opening
// a run before a two-word name they describe the person ("Billionaire
// Rupert Galt"). A list, since surnames end in "-man" as often.
func moreOccupation(w string) bool {
	switch w {
	case "businessman", "businesswoman", "businessperson", "policeman", "policewoman",
		"cameraman", "fisherman", "sportsman", "sportswoman", "craftsman", "tradesman",
		"billionaire", "millionaire", "entrepreneur", "tycoon", "magnate", "mogul", "chef",
		"pilot", "surgeon", "athlete", "nurse", "midwife", "paramedic", "firefighter", "veteran",
		"graduate", "undergraduate", "socialite", "influencer", "youtuber", "tiktoker":
		return true
	}
	return false
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
