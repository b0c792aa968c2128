package quotes

import (
	"strings"
	"unicode/utf8"
)

// Organisations' names: where a body's name starts and ends (an acronym
// spelt out, a firm of partners, a body of two places, a topic after a
// possessive, an owner before it), the words that make a run a body's
// (company suffixes, trades, figures, a plural after "the"), outlets and
// web sites, and a body's name inside a speaker phrase.

// spelledOutOrg returns a new organisation named by the capitalised words
// whose initials spell the acronym acr and whose last word is an
// organisation's ("EPA" when the text also says "Environmental Protection
// Agency Administrator Lisa Jackson", even after a headline gave the
// acronym first): the convention names a body by its full name as the
// article introduces it. Else -1.
func (f *finder) spelledOutOrg(acr string, pos int) int {
	n := len(acr)
	if n < 2 || n > 6 || !allUpper(acr) {
		return -1
	}
	// (bounded as bracketAcronym: the full name is given early)
	for k := 0; k+n <= len(f.toks) && k < 8000; k++ {
		if !f.isCapWord(k) || f.toks[k].w[0] != acr[0] || k > 0 && f.isCapWord(k-1) && !f.toks[k-1].poss {
			continue
		}
		e, i := k, 0
		for e < len(f.toks) && i < n {
			t := &f.toks[e]
			if t.k == tWord && !t.cap && e > k && (t.lower == "of" || t.lower == "and" || t.lower == "for") && f.isCapWord(e+1) {
				e++
				continue
			}
			if !f.isCapWord(e) || t.w[0] != acr[i] || t.poss || allUpper(t.w) {
				break
			}
			e++
			i++
		}
		// ("Federal Aviation Administration Office": a longer name)
		if i < n || !f.toks[e-1].is(cOrg) || f.isCapWord(e) && f.toks[e].is(cOrg) {
			continue
		}
		id := f.entityByName(f.spanPhrase(k, e), eOrg, pos)
		parts := make([]string, 0, e-k)
		for _, t := range f.toks[k:e] {
			parts = append(parts, t.lower)
		}
		f.setParts(id, parts)
		return id
	}
	return -1
}

// spelledBracketOrg returns the organisation spelt out before the acronym
// in brackets at token k when no entity holds that name: an office named
// by a title ("the U.S. Special Inspector General for Kosovo
// Reconstruction (SIGKR)") is no person and so made no organisation. The
// initials of the capitalised words before the bracket, small words left
// out, must spell the acronym (issue 20, twentieth round).
func (f *finder) spelledBracketOrg(k int, acr string) int {
	n := len(acr)
	i := k - 2
	for i >= 0 && n > 0 {
		t := &f.toks[i]
		switch {
		case t.k == tWord && t.cap && !t.poss && t.w[0] == acr[n-1]:
			n--
		case t.k == tWord && !t.cap && (t.lower == "of" || t.lower == "for" || t.lower == "and" || t.lower == "the") && f.isCapWord(i-1):
		default:
			return -1
		}
		i--
	}
	if n > 0 || k-1-(i+1) < 2 {
		return -1
	}
	return f.orgEntity(f.spanPhrase(i+1, k-1), f.toks[i+1].s)
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

// properBodyHead reports the lower-case nouns that end a body's name
// after a proper name ("UK government", "Kestrel Press agency").
func properBodyHead(w string) bool {
	switch w {
	case "government", "agency":
		return true
	}
	return false
}

// properBodyPhrase reports a described body whose modifiers are a proper
// name before a lower-case noun for a government or an agency ("the UK
// government", "the Kestrel Press agency"): tokens [npA, head] are "the",
// capitalised words that are no nationality adjective and no given name,
// and the head (the word before the head no nationality adjective). The body is named without its determiner ("UK
// government"), as a named organisation is; "the Scottish government"
// and "the Indian army" stay described.
func (f *finder) properBodyPhrase(npA, head int) bool {
	if head < npA+2 || head >= len(f.toks) || f.toks[npA].lower != "the" {
		return false
	}
	if h := &f.toks[head]; h.k != tWord || h.cap || h.poss || !properBodyHead(h.lower) {
		return false
	}
	for i := npA + 1; i < head; i++ {
		t := &f.toks[i]
		if t.k != tWord || !t.cap || t.poss || t.is(cFemale|cMale) {
			return false
		}
		// ("the Saudi Press agency": the word before the noun is a
		// name's, not a nationality's)
		if i == head-1 && (demonymWord(t.lower) || f.demonym(t) || adjectivalEnding(t.lower)) {
			return false
		}
	}
	// (one word is an acronym, "UK", "EU": a single capitalised word
	// may be a country's name used as an adjective, "the Norland
	// government", which stays described)
	return head > npA+2 || allUpper(f.toks[npA+1].w)
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

// andBodyName reports whether "and" at token k joins the capitalised run
// [a, k) to a run after it that ends in an institution's noun ("U.S. House
// Oversight and Reform Committee", "UN Relief and Works Agency"): the run
// before names no body by itself (it does not end in an organisation
// word, as "Microsoft Corp and Apple Inc" or "the White House and Defense
// Department" do), so both halves are one body's name.
func (f *finder) andBodyName(s sentence, a, k int) bool {
	if k-a < 2 || f.toks[k-1].is(cOrg) || f.toks[k-1].poss {
		return false
	}
	i := k + 1
	for i < s.b && i < k+1+maxRun && f.isCapWord(i) && !f.toks[i].poss {
		i++
	}
	if i-k-1 < 2 || i < s.b && f.toks[i].poss {
		return false
	}
	return institution(f.toks[i-1].lower) && !f.personAfterAnd(k+1)
}

// continentScope reports whether "in" at token k and the continent after
// it close a body's name whose run [a, k) has a preposition and "and" in
// it ("Organization for Security and Co-operation in Europe"): a body so
// named by its purpose takes its continent as its scope. A city after
// "in" is where a body sits ("the Centre for Science and Environment in
// New Delhi"), no part of its name (issue 20, twenty-fifth round).
func (f *finder) continentScope(s sentence, a, k int) bool {
	if k+1 >= s.b || f.isCapWord(k+2) || !f.runHasOrg(a, k) {
		return false
	}
	switch f.toks[k+1].lower {
	case "europe", "asia", "africa", "americas":
	default:
		return false
	}
	prep, and := false, false
	for i := a; i < k; i++ {
		switch f.toks[i].lower {
		case "for", "on", "of":
			prep = prep || !f.toks[i].cap
		case "and":
			and = true
		}
	}
	return prep && and
}

// personAfterAnd reports a person's name of two words at token k, after
// an "and" that ends an organisation's name with "of" in it ("Ola Brandt
// of the Bergen Institute of Technology and Tove Lind of …"): the
// name is a second person, not the rest of the organisation's name as in
// "Department of Health and Human Services". The first word is a known
// given name, or the second stands alone elsewhere in the text, as a
// surname does ("said Lind"; issue 20, twentieth round).
func (f *finder) personAfterAnd(k int) bool {
	if !f.isCapWord(k) || !f.isCapWord(k+1) || f.isCapWord(k+2) || f.toks[k].poss ||
		f.toks[k].is(cOrg|cPlace|cTitle|cFunction) || f.toks[k+1].is(cOrg|cPlace|cTitle) {
		return false
	}
	if f.toks[k].is(cFemale | cMale) {
		return true
	}
	w := f.toks[k+1].lower
	for i := range f.toks {
		if i != k+1 && f.toks[i].lower == w && f.isCapWord(i) && !f.isCapWord(i-1) && (!f.isCapWord(i+1) || f.toks[i].poss) {
			return true
		}
	}
	return false
}

// topicOwner reports a place's possessive at token b-1 right after "on"
// or "for" inside an organisation's name, before capitalised words that
// are no title or given name: the body's topic ("Blue Ribbon Commission
// on America’s Nuclear Future", "Campaign for Europe’s Rivers") goes on
// past the possessive.
func (f *finder) topicOwner(s sentence, a, b int) bool {
	p := &f.toks[b-1]
	if b-2 <= a || b >= s.b || !p.is(cPlace) || pluralPossWord(p.w) || !f.isCapWord(b) {
		return false
	}
	if c := f.toks[b-2].lower; f.toks[b-2].k != tWord || c != "on" && c != "for" || !f.runHasOrg(a, b-2) {
		return false
	}
	t := &f.toks[b]
	return !t.is(cTitle|cFemale|cMale|cFunction) && !f.surnameKnown(t.lower)
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

// pluralPoss reports a plural possessive token ("Sheriffs'", "Teachers’").
func (f *finder) pluralPoss(k int) bool {
	t := &f.toks[k]
	if !t.poss || t.e < 2 || t.e > len(f.r) {
		return false
	}
	last, before := f.r[t.e-1], f.r[t.e-2]
	return (last == '\'' || last == '’') && (before == 's' || before == 'S')
}

// groupOwnerBefore reports a capitalised possessive of people in general
// right before token a ("Women's Health Specialists", "Children's Aid
// Society"): the run after it names a body serving them, never a person,
// though none of its words is an organisation's. (A given name after it
// is a person's: "People's Ann Roe". Other plural owners are bands, teams
// and firms whose members are named after them: "the Zombies' Rod Argent".)
func (f *finder) groupOwnerBefore(s sentence, a int) bool {
	p := a - 1
	if p < s.a || !f.toks[p].cap || !f.toks[p].poss || f.toks[a].is(cFemale|cMale) {
		return false
	}
	switch f.toks[p].lower {
	case "women", "men", "children", "people":
		return true
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

// personOwnerEnd returns where a body's name starts in a speaker phrase
// from st when a person's possessive opens it ("Kohl's Christian
// Democratic Union"): the owner is the body's leader or member, no part
// of its name (a place's owning a body, "North Korea's Central News
// Agency", stays); st otherwise.
func (f *finder) personOwnerEnd(st int, m *mention, mm mentionMap) int {
	o := mm.at(st)
	if o == nil || o.a != st || o.b > m.a || o.b <= o.a || !f.toks[o.b-1].poss || !(o.kind == mPerson || o.kind == mUnknown) {
		return st
	}
	if o.ent < 0 {
		f.resolveMention(o)
	}
	if o.ent < 0 || f.ents[o.ent].kind != ePerson {
		return st
	}
	return o.b
}

// kindAfterName returns the token of a body's name that ends right before
// the lower-case noun at head saying what kind of body it is ("the
// Christian Democratic Union party", "the Acme Holdings company"): the
// name speaks, the noun is no part of it; or -1 (issue 20, twenty-fifth
// round).
func (f *finder) kindAfterName(npA, head int, mm mentionMap) int {
	t := &f.toks[head]
	if head <= npA || t.k != tWord || t.cap || mm.at(head) != nil {
		return -1
	}
	switch t.lower {
	case "party", "company", "firm":
	default:
		return -1
	}
	m := mm.at(head - 1)
	if m == nil || m.b != head || m.kind != mOrg || m.a < npA || f.toks[head-1].poss {
		return -1
	}
	return head - 1
}

// pastOrgNoun skips lower-case words naming a kind of body before its name
// ("the law firm Walsh, Wilkins, Creighton", "the agency Reuters"): it
// returns the name's token, or n.
func (f *finder) pastOrgNoun(n, end int) int {
	for k := n; k < end && k < n+3; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.cap || t.is(cFunction|cDet) {
			return n
		}
		if (firmNoun(t.lower) || t.is(cOrgHead)) && k+1 < end && f.isCapWord(k+1) {
			return k + 1
		}
	}
	return n
}

// socialPlatform reports the social networks whose pages speak for their
// owner ("the school district's Facebook said").
func socialPlatform(w string) bool {
	switch w {
	case "facebook", "twitter", "instagram", "tiktok", "youtube", "linkedin", "threads", "bluesky":
		return true
	}
	return false
}

// tradeGerund reports the trades that end a small business's name ("Four
// Seasons Total Landscaping", "Rossi Plumbing"); no family name ends a
// person's name with them.
func tradeGerund(w string) bool {
	switch w {
	case "landscaping", "paving", "plumbing", "roofing", "trucking", "towing", "excavating",
		"remodeling", "remodelling", "flooring", "fencing", "catering", "staffing", "contracting",
		"cleaning", "heating", "publishing", "consulting", "engineering", "marketing", "printing",
		"shipping", "mining", "manufacturing", "recycling", "lending", "advertising", "accounting",
		"packaging", "welding", "glazing", "plastering", "auctioneering", "outfitting":
		return true
	}
	return false
}

// tradeNamed reports a name of two or more words that ends in a trade
// ("North Star Total Paving"): a business, whatever kind the name rules
// gave it, so no "he" or "she" stands for it.
func tradeNamed(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && tradeGerund(strings.ToLower(name[i+1:]))
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

// outletInterview reports a run [ca, b) that modifies "interview" or
// "profile" after an article or a year ("a 2015 Elle UK interview", "an
// Esquire profile"): the outlet that ran the interview, not a person,
// unless the run opens with a known given name ("a Mara Quell
// interview" names the one interviewed). Without this, "she told the
// magazine" after it takes the outlet for the woman (issue 20,
// twenty-first round).
func (f *finder) outletInterview(s sentence, a, ca, b int) bool {
	if b >= s.b || a-1 < s.a || f.toks[b].cap || f.toks[ca].is(cFemale|cMale) || f.toks[b-1].poss {
		return false
	}
	switch f.toks[b].lower {
	case "interview", "interviews", "profile", "cover", "podcast":
	default:
		return false
	}
	p := &f.toks[a-1]
	if p.k == tWord && p.cap {
		return false
	}
	w := p.lower
	return w == "a" || w == "an" || w == "the" || len(w) == 4 && w[0] >= '1' && w[0] <= '2' && isDigits(w)
}

// webDomain reports a word that is a web address's host ("NHL.com",
// "Salon.com."): a site, an organisation, never a person (issue 20,
// twenty-first round).
func webDomain(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for _, suf := range []string{".com", ".org", ".net", ".co.uk", ".io", ".tv"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// domainEndsSentence reports a web address that carries the period ending
// its sentence ("NHL.com.").
func domainEndsSentence(w string) bool {
	return strings.HasSuffix(w, ".") && webDomain(w)
}

// connectorSpan decides whether the lower-case connector at token b
// ("and", "for", "of", "in", "on") joins the capitalised run [a, b) and
// the capitalised run after it into one organisation's name, by what the
// article does with the words elsewhere: the whole span named again
// ("Americans for Prosperity … Americans for Prosperity president Tim
// Phillips") or a capitalised "The" inside the sentence that opens the
// span, which then reports ("as The Globe and Mail reported"), joins
// them, unless a word of either run stands alone elsewhere, as a name of
// its own does. A person's name on either side (a known given name, "Ola
// Brandt … and Tove Lind") is left to the other rules.
func (f *finder) connectorSpan(s sentence, a, b int) bool {
	c := f.toks[b].lower
	if c != "and" && c != "for" && c != "of" && c != "in" && c != "on" {
		return false
	}
	e := b + 1
	for e < s.b && e-b <= maxRun/2 && f.isCapWord(e) && !pronounWord(f.toks[e].lower) {
		e++
		if f.toks[e-1].poss {
			break
		}
	}
	st := a
	if f.toks[st].lower == "the" {
		st++
	}
	if st >= b || f.toks[b-1].poss || f.toks[st].is(cFemale|cMale|cTitle) || f.toks[b+1].is(cFemale|cMale|cTitle) || f.personAfterAnd(b+1) {
		return false
	}
	if f.spanSearches >= maxSpanSearches {
		return false
	}
	f.spanSearches++
	// (a word of either run standing alone elsewhere is a name of its
	// own: "Harry and Meghan", "Jeff Kolodjay of Norwalk … Kolodjay
	// said"; before "for" or "on" only the topic's words count: people
	// are no "Americans for Prosperity")
	alone := f.wordAlone(b+1, e) || c != "for" && c != "on" && f.wordAlone(st, b)
	if !alone && f.runElsewhere(st, e) {
		return true
	}
	// ("as The Globe and Mail reported": a title's capitalised "The")
	if !alone && f.toks[a].w == "The" && !f.initialPos(s, a) && e < s.b && f.toks[e].k == tWord && !f.toks[e].cap {
		if _, v := f.toks[e].verb(); v {
			return true
		}
	}
	return false
}

// maxSpanSearches bounds connectorSpan's searches of the whole text per
// article, so that a text full of capitalised lists stays linear.
const maxSpanSearches = 200

// runElsewhere reports whether the text of tokens [a, e) occurs in the
// text more than once.
func (f *finder) runElsewhere(a, e int) bool {
	w := f.text(f.toks[a].s, f.toks[e-1].e)
	i := strings.Index(f.src, w)
	return i >= 0 && strings.Contains(f.src[i+len(w):], w)
}

// wordAlone reports whether a word of the capitalised run [a, e) stands
// alone elsewhere in the text, capitalised, with no capitalised word
// before or after it ("Kolodjay said"), or the run is an acronym alone
// ("the DUP and PUP"): a name of its own. Institution words ("University") and function words do not count.
func (f *finder) wordAlone(a, e int) bool {
	if !f.aloneBuilt {
		f.aloneBuilt = true
		if f.alone == nil {
			f.alone = map[string]bool{}
		}
		for i := range f.toks {
			t := &f.toks[i]
			if t.k != tWord || !t.cap || t.is(cFunction) || institution(t.lower) {
				continue
			}
			if f.capNeighbour(i, -1) || f.capNeighbour(i, 1) {
				continue
			}
			f.alone[strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s")] = true
		}
	}
	for k := a; k < e; k++ {
		t := &f.toks[k]
		// ("US Fish and Wildlife Service": a place opening a longer
		// run qualifies the body)
		if k == a && e-a > 1 && t.is(cPlace) {
			continue
		}
		if allUpper(t.w) && e-a == 1 || t.k == tWord && t.cap && f.alone[strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s")] {
			return true
		}
	}
	return false
}

// capNeighbour reports whether token i has a capitalised word next to it
// in direction d (-1 or 1), directly or across a connector ("for" in
// "Americans for Prosperity"); a capitalised function word right before
// it ("The") does not count.
func (f *finder) capNeighbour(i, d int) bool {
	n := i + d
	if n < 0 || n >= len(f.toks) {
		return false
	}
	if t := &f.toks[n]; t.k == tWord && !t.cap && (t.lower == "and" || t.lower == "of" || t.lower == "for" || t.lower == "in" || t.lower == "on") {
		n += d
	}
	return f.isCapWord(n) && !(d < 0 && n == i-1 && f.toks[n].is(cFunction))
}

// wholeNameRecurs reports whether the capitalised run [a, b) occurs again
// in the text while its last word never stands alone, as a person's
// family name would ("Bank of America Merrill Lynch" twice, never
// "Lynch said").
func (f *finder) wholeNameRecurs(a, b int) bool {
	return b-a >= 3 && f.runElsewhere(a, b) && !f.bareElsewhere(b-1)
}

// orgNamedShort returns the organisation whose name is parts followed
// only by organisation words ("Working Partners" of "Working Partners
// Foundation", "Acme" of "Acme Holdings Inc"), the one mentioned last, or
// -1. A body is often named again without its kind; a person a body is
// named after is not.
func (f *finder) orgNamedShort(parts []string) int {
	// ("Michael Fox said" after "the Michael Fox Foundation": a given
	// name opens a person's name, whatever body bears it)
	if f.lx.is(parts[0], cFemale|cMale) {
		return -1
	}
	best := -1
	for _, i := range f.withPart(parts[0]) {
		e := &f.ents[i]
		if e.kind != eOrg || len(e.parts) <= len(parts) || !equalStrs(e.parts[:len(parts)], parts) {
			continue
		}
		rest := true
		for _, w := range e.parts[len(parts):] {
			rest = rest && (f.lx.is(w, cOrg) || companySuffix(w))
		}
		if rest && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}
