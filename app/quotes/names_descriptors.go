package quotes

import (
	"strings"
	"unicode/utf8"
)

// Words before a name that describe the person and are no part of the
// name: a nationality, a ranking, a feeling, where someone was born or
// schooled, an occupation or a false title ("Villager X"), a role noun and
// its modifiers, and words that open a sentence before a name (a
// participle, an imperative, a sentence adverb, a question's auxiliary).

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

// adjectivalEnding reports a capitalised word shaped like a nationality or
// a faith's adjective ("Mauritanian", "Togolese", "Islamic").
func adjectivalEnding(w string) bool {
	for _, suf := range []string{"ian", "ese", "ish", "ean", "ine", "ic", "ist"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// feelingLead reports an adjective of feeling that a tabloid puts before a
// person's name at the start of a sentence ("Heartbroken Patsy Swayze
// said"): no part of the name.
func feelingLead(t *token) bool {
	if t.k != tWord || !t.cap || t.is(cFemale|cMale) {
		return false
	}
	switch t.lower {
	case "heartbroken", "devastated", "distraught", "grieving", "tearful", "furious", "delighted",
		"emotional", "stunned", "shocked", "horrified", "overjoyed", "elated", "relieved", "bereaved",
		"frustrated", "terrified", "grief-stricken", "jubilant", "thrilled", "anguished",
		"outraged", "incensed", "fuming", "livid", "gutted", "ecstatic", "beaming", "smiling", "sobbing":
		return true
	}
	return false
}

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

// falseTitle reports nouns for ordinary people that news copy fuses to a
// name as if they were titles ("Villager Samiullah said", "Resident Ada
// Roe said"): the word describes the person and is no part of the name.
// The list holds only words that are not also given names or common
// surnames ("Farmer", "Porter", "Hunter" are left out) (issue 20,
// twenty-first round).
func falseTitle(w string) bool {
	switch w {
	case "villager", "villagers", "resident", "residents", "shopkeeper", "protester", "protestor",
		"eyewitness", "bystander", "passenger", "commuter", "pensioner", "mourner", "refugee",
		"tribesman", "activist", "survivor", "student", "pupil", "vendor", "shopowner",
		// (ordinary occupations, capitalised only to open the sentence)
		"nurse", "teacher", "trainer", "farmer", "fisherman", "driver", "worker", "voter",
		"shopper", "homeowner", "tenant", "patient", "volunteer", "neighbour", "neighbor":
		return true
	}
	return false
}

// falseTitleLead reports whether the run [a, b) opens its sentence with a
// false title before a one- or two-word name ("Villager Samiullah",
// "Resident Ada Roe"): the name starts after it.
func (f *finder) falseTitleLead(s sentence, a, b int) bool {
	n := b - a
	if n == 4 && nameSuffix(f.toks[b-1].lower) {
		n-- // ("Trainer Al Stall Jr.": a generational suffix)
	}
	if n < 2 || n > 3 || !f.initialPos(s, a) || f.toks[a].poss || !falseTitle(f.toks[a].lower) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if f.toks[k].is(cOrg | cPlace | cGeo | cNonName | cTitle | cFunction) {
			return false
		}
	}
	return true
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

// nounThenName reports whether the words from token b are a role noun,
// with at most one modifier before it, and then a name of two words or
// more ("analyst Adam Jonas", "senior economist Ana Ruiz", "critic Nina
// Holt"): the name before them qualifies the noun ("Morgan Stanley analyst
// Adam Jonas", "Joe Biden adviser Mike Donilon", "Taylor Reade critic Nina
// Holt") and is no antecedent for a "he" or "she" that follows; the name
// after the noun is (issue 20, nineteenth round).
func (f *finder) nounThenName(s sentence, b int) bool {
	k := b
	if k < s.b && f.toks[k].k == tWord && !f.toks[k].cap && titleModifier(f.toks[k].lower) {
		k++
	}
	if k+2 >= s.b {
		return false
	}
	t := &f.toks[k]
	if t.k != tWord || t.cap || t.poss || !(t.is(cRole) || t.is(cTitle)) || t.is(cFunction|cOrg) {
		return false
	}
	return f.isCapWord(k+1) && !f.toks[k+1].poss && f.isCapWord(k+2) && !pronounWord(f.toks[k+1].lower) && !pronounWord(f.toks[k+2].lower)
}

// modifierBeforeRole reports a run of capitalised words from a to b that
// lower-case modifiers and a person's role noun, then a capitalised name of
// two words or more, follow ("Six-time Olympic champion Ada Roe", "British
// Olympic gold medallist Ben Roe"): the run qualifies the role (an
// adjective, a competition, an employer) and is no person, though it is
// two capitalised words with no title. It is taken as a body, like the
// employer before a title (see titleFollows); as a person it took a later
// "he said", being the first of its sentence. A known given name opening
// the run keeps the person ("Ann Lee" in a list of names).
func (f *finder) modifierBeforeRole(s sentence, a, b int) bool {
	if b-a < 2 || f.toks[a].is(cFemale|cMale) || f.toks[b-1].poss {
		return false
	}
	role := false
	for k := b; k < s.b && k < b+4; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss {
			return false
		}
		if t.cap {
			// the name: two capitalised words, the first no place's,
			// body's or function word
			return role && k+1 < s.b && f.isCapWord(k+1) && !t.is(cPlace|cOrg|cFunction|cNonName) && !f.toks[k+1].is(cOrg|cGeo)
		}
		if t.is(cFunction | cDet | cPrep | cStopNP) {
			return false
		}
		if _, v := t.verb(); v {
			return false
		}
		role = t.is(cTitle|cRole) || epithet(t.lower) || occupation(t) || occupationNoun(t.lower) || moreOccupation(t.lower)
	}
	return false
}

// indefiniteRole reports a run of capitalised words ending in a role or
// title, no given name or known surname among them, after "a" or "an"
// and at most two lower-case modifiers ("Nora
// Feldhaus, a former Senior Advisor at USAID,"): a role written with
// capitals, as "the PAHO Director" is, never a name.
func (f *finder) indefiniteRole(s sentence, a, b int) bool {
	if h := &f.toks[b-1]; b-a > 3 || h.poss || !roleHead(h) && !(h.is(cRole) && !h.is(cOrg|cPlace|cFemale|cMale)) {
		return false
	}
	// ("an emotional Dean" after "Geoff Dean": a surname)
	for k := a; k < b; k++ {
		if f.toks[k].is(cFemale|cMale) || f.surnameKnown(f.toks[k].lower) {
			return false
		}
	}
	for k := a - 1; k >= s.a && k >= a-3; k-- {
		t := &f.toks[k]
		if t.k == tWord && (t.lower == "a" || t.lower == "an") {
			return true
		}
		if t.k != tWord || t.cap || t.is(cFunction|cPrep|cStopNP|cSkip) || t.poss {
			return false
		}
		if _, v := t.verb(); v {
			return false
		}
	}
	return false
}

// gerund reports an -ing word that opens a sentence before a name
// ("Taking Archie outside is…"): a verb, never a given name.
func gerund(t *token) bool {
	return t.k == tWord && strings.HasSuffix(t.lower, "ing") && utf8.RuneCountInString(t.lower) >= 6 && !t.is(cFemale|cMale|cTitle|cOrg|cPlace|cGeo)
}

// gerundBeforeRole reports a one-word run at token a that opens the
// sentence with a word in "-ing" before a lower-case role noun and a name
// ("Spacewalking partner Ada Roe, a U.S. astronaut, took a look",
// "Managing director Ada Roe said"): the word modifies the role, which
// describes the person named; it is no name of its own (issue 20,
// twentieth round).
func (f *finder) gerundBeforeRole(s sentence, a, b int) bool {
	return b-a == 1 && f.initialPos(s, a) && gerund(&f.toks[a]) && f.isRoleOrDoc(b) && !f.toks[b].cap && f.isCapWord(b+1)
}

// openingParticiple reports a lone capitalised participle in -ing opening
// a sentence before "and", "or", a preposition or an article ("Waving and
// beaming in a pink shirt, the laureate…", "Leaning over the rail, he…"):
// the clause describes the subject after it and names no one. A known
// surname ("Manning and Cole said" after "Lee Manning") is still a name.
func (f *finder) openingParticiple(s sentence, k int) bool {
	if !f.initialPos(s, k) || !gerund(&f.toks[k]) || k+1 >= s.b || f.surnameKnown(f.toks[k].lower) {
		return false
	}
	n := &f.toks[k+1]
	if n.k != tWord || n.cap {
		return false
	}
	return n.lower == "and" || n.lower == "or" || n.lower == "to" || n.is(cPrep|cDet) || particleWord(n.lower)
}

// participleBeforeObject reports a lone capitalised word in -ing opening a
// sentence before a lower-case word that is no verb, adverb or role, with
// a comma later in the sentence ("Citing early reports from his staff,
// Vell called…", "Quoting a friend, she said…"): a participle clause
// describing the subject after the comma, which names no one. (A
// surname alone there would be a verb's subject: "Manning said", "Manning
// also told"; one known from the text is kept all the same.)
func (f *finder) participleBeforeObject(s sentence, k int) bool {
	if !f.initialPos(s, k) || !gerund(&f.toks[k]) || f.toks[k].is(cCompany) || k+2 >= s.b || f.surnameKnown(f.toks[k].lower) {
		return false
	}
	n := &f.toks[k+1]
	if n.k != tWord || n.cap || n.poss || n.is(cSkip|cRole|cDoc|cTitle|cOrgHead) || occupation(n) {
		return false
	}
	if _, v := n.verb(); v {
		return false
	}
	for j := k + 2; j < s.b; j++ {
		if f.isPunct(j, ",") {
			return true
		}
	}
	return false
}

// pointerVerb reports whether the run from token a opens its sentence (or
// a clause after a colon or dash) with an imperative that points readers
// elsewhere ("iReport.com: See McQueen's photos", "Watch Tom Hale's
// interview", "Meet Ann Vole"), or brings someone on like a stage
// direction ("Enter Novavax, now looking to…"): the verb is no part of the
// name after it (issue 20, twenty-fifth round; "enter" the twenty-sixth).
func (f *finder) pointerVerb(s sentence, a, b int) bool {
	if b-a < 2 || !f.initialPos(s, a) {
		return false
	}
	switch f.toks[a].lower {
	case "see", "watch", "read", "view", "meet", "enter":
		return true
	}
	return false
}

// subjectPronounAt reports a personal pronoun in the subject case at token
// a that no name starts at ("He", "They"): the whole of a sentence's
// subject (issue 20, twenty-fifth round).
func (f *finder) subjectPronounAt(a int, mm mentionMap) bool {
	if a >= len(f.toks) || f.toks[a].k != tWord || mm.at(a) != nil {
		return false
	}
	switch f.toks[a].lower {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// adjectiveBeforeText reports whether the one capitalised word at token k
// opens its sentence as an adjective before a lower-case noun for a text
// ("Promotional emails from RW Arms…", "Internal memos show…"): an
// adjective by its ending, no name the text knows, so the phrase is a
// document's, not a person called "Promotional" (issue 20, twenty-fifth
// round).
func (f *finder) adjectiveBeforeText(s sentence, k int) bool {
	t := &f.toks[k]
	if !f.initialPos(s, k) || k+1 >= s.b || t.poss || t.is(cFemale|cMale|cOrg|cPlace|cCompany|cTitle) || len(t.lower) < 6 || f.surnameKnown(t.lower) {
		return false
	}
	n := &f.toks[k+1]
	if n.k != tWord || n.cap || !n.is(cDoc) {
		return false
	}
	for _, suf := range []string{"al", "ive", "ous", "ful", "ic", "ary", "ory"} {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// questionAux reports whether token k is an auxiliary opening a question
// ("Is Starmer a good leader?", "Did Okafor know?"): it is no part of the
// name after it.
func (f *finder) questionAux(s sentence, k int) bool {
	return k == s.a && auxiliary(f.toks[k].lower) && f.isPunct(s.b-1, "?")
}

// sentenceAdverb reports a capitalised adverb opening a sentence or
// following a quotation before a comma ("Luckily, Fischer says, …"): no
// name. Only endings no surname has are taken ("Connolly," and "Daly,"
// may open a sentence).
func (f *finder) sentenceAdverb(s sentence, k int) bool {
	t := &f.toks[k]
	if !f.initialPos(s, k) || !f.isPunct(k+1, ",") || !frontedAdverb(t) {
		return false
	}
	for _, suf := range []string{"ily", "ally", "ately", "ously", "ently", "antly", "ively", "fully", "edly", "ingly", "ably", "ibly", "ssly", "tely"} {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// placeAdjective reports a capitalised compound adjective made from a
// place or a language ("Beirut-based", "French-language",
// "Moscow-backed"): it qualifies the name after it and is no part of it.
func placeAdjective(t *token) bool {
	if !t.cap || !hasHyphen(t.lower) {
		return false
	}
	i := strings.LastIndexByte(t.lower, '-')
	if i < 0 {
		return false
	}
	switch t.lower[i+1:] {
	case "based", "language", "owned", "backed", "funded", "registered", "listed", "headquartered", "speaking", "run":
		return true
	}
	return false
}
