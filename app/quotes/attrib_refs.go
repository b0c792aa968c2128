package quotes

import (
	"sort"
	"strings"
	"unicode"
)

// Definite descriptions that refer back to a person: "the senator", "the
// actress", "the expert", "the striker", "the French envoy", "Iran's
// president", "the former cabinet member". A role noun is the person the
// text gave that role (by title, by a noun before the name, by a verb)
// or has just named, unless the noun brings in someone new.

// roleTitles maps a role noun to the titles, abbreviations and phrases
// that give a person the same role: "the senator" is "Sen. Jane Doe", "the
// CEO" is "Chief Executive Officer Paul Grant".
var roleTitles = map[string][]string{
	"senator":        {"sen"},
	"general":        {"gen"},
	"governor":       {"gov"},
	"colonel":        {"col"},
	"lieutenant":     {"lt"},
	"captain":        {"capt"},
	"sergeant":       {"sgt"},
	"admiral":        {"adm"},
	"major":          {"maj"},
	"professor":      {"prof"},
	"doctor":         {"dr", "physician"},
	"reverend":       {"rev"},
	"priest":         {"rev", "father"},
	"detective":      {"det"},
	"superintendent": {"supt"},
	"representative": {"rep"},
	"congressman":    {"rep", "representative"},
	"congresswoman":  {"rep", "representative"},
	"lawmaker":       {"sen", "rep", "senator", "representative", "congressman", "congresswoman", "legislator", "assemblyman", "assemblywoman", "mp"},
	"legislator":     {"sen", "rep", "senator", "representative", "congressman", "congresswoman", "lawmaker", "assemblyman", "assemblywoman", "mp"},
	"executive":      {"ceo", "cfo", "coo", "cto", "cio"},
	// a party label refers back to a politician ("Rep. Ed Royce … the
	// California Republican said")
	"republican":   {"sen", "rep", "senator", "representative", "congressman", "congresswoman", "gov", "governor", "lawmaker", "mp"},
	"democrat":     {"sen", "rep", "senator", "representative", "congressman", "congresswoman", "gov", "governor", "lawmaker", "mp"},
	"conservative": {"mp", "minister", "lawmaker"},
	"tory":         {"mp", "minister", "lawmaker"},
	"ceo":          {"chief executive"},
	"cfo":          {"chief financial officer", "finance chief", "finance director"},
	"coo":          {"chief operating officer"},
	"cto":          {"chief technology officer"},
	"cio":          {"chief information officer"},
	"pm":           {"prime minister", "premier"},
	"premier":      {"prime minister"},
}

// roleOf reports whether person e holds the role noun head under another
// name: an abbreviated title or the words an acronym stands for.
func roleOf(head string, e *entity) bool {
	eq := roleTitles[head]
	if eq == nil {
		return false
	}
	affil := e.lowerAffil()
	for _, w := range eq {
		if strings.IndexByte(w, ' ') < 0 {
			if containsStr(e.titles, w) || containsWord(affil, w) {
				return true
			}
			continue
		}
		if strings.Contains(affil, w) || strings.Contains(strings.Join(e.titles, " "), w) {
			return true
		}
	}
	return false
}

// roleGender returns the gender a role noun gives ("actress", "the
// spokeswoman", "his father"), or 0.
func roleGender(w string) byte {
	switch w {
	case "woman", "actress", "mother", "wife", "sister", "daughter", "girl", "queen",
		"princess", "lady", "grandmother", "aunt", "niece", "widow", "heiress", "waitress",
		"duchess", "empress", "hostess", "songstress", "girlfriend", "mom", "mum":
		return 'f'
	case "man", "actor", "father", "husband", "brother", "son", "boy", "king", "prince",
		"grandfather", "uncle", "nephew", "widower", "duke", "emperor", "boyfriend", "dad":
		return 'm'
	}
	switch {
	case strings.HasSuffix(w, "woman"):
		return 'f'
	case strings.HasSuffix(w, "man") && len(w) > 4:
		return 'm'
	}
	return 0
}

// sourceNoun reports role nouns that usually bring in a new, unnamed
// source rather than refer back to someone named ("the spokesman said").
func sourceNoun(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "adviser",
		"advisor", "analyst", "expert", "witness", "representative", "insider", "person",
		"statement", "one", "other", "latter", "former":
		return true
	}
	return false
}

// roleBack resolves "the senator", "the actress", "the billionaire", "the
// 34-year-old" that no earlier mention was given: wire copy refers back so
// to the person it has just named (“…,” the governor said after "Gov.
// Kathy Hochul said…"), or to an unnamed person just described ("A
// resident … said" then "the woman said"). The phrase [npA, head] is "the",
// modifiers and a singular person noun; it is someone new when the text
// has used the noun before (it refers back to that) or when it is a
// source's usual description (the spokesman, the official).
func (f *finder) roleBack(npA, head int) int {
	t := &f.toks[head]
	hl := t.lower
	// "the ex-president", "the then-governor": a past office
	exOffice := false
	for _, pre := range []string{"ex-", "then-", "former-"} {
		if strings.HasPrefix(hl, pre) && len(hl) > len(pre)+2 {
			hl, exOffice = hl[len(pre):], true
			break
		}
	}
	// "the Conservative MP", "the PAHO Director": a capitalised role
	// after capitalised modifiers
	capHead := t.cap && head > npA+1 && f.toks[head-1].cap && roleHead(t)
	// ("The QB said": an abbreviated epithet is written in capitals)
	abbrHead := t.cap && allUpper(t.w) && epithet(hl)
	if (t.cap && !capHead && !abbrHead) || t.k != tWord || sourceNoun(hl) || f.lx.is(hl, cDoc|cOrgHead) || isPronoun(hl) || anonWord(hl) ||
		(strings.HasSuffix(hl, "s") && !strings.HasSuffix(hl, "ss")) || !(epithet(hl) || roleGender(hl) != 0) {
		return -1
	}
	// "Moore, who will direct the show … the director said": the role
	// the text gave someone with its verb
	byVerb := f.lowerOK && f.roleByVerb(hl, t.s)
	capMod := exOffice || byVerb
	// "the American Idol host", "the Chicago Bears QB": a name of a show,
	// team or award (one run of capitalised words) before an epithet
	capRun := true
	for k := npA + 1; k < head; k++ {
		if m := &f.toks[k]; m.k != tWord || (m.cap && k != npA+1 && !capHead && !(capRun && epithet(hl))) {
			return -1
		}
		// "the former mayor": someone who held the office, so someone
		// the text is about
		capMod = capMod || f.toks[k].cap || formerWord(f.toks[k].lower)
		capRun = capRun && (f.toks[k].cap || k == npA+1)
	}
	// "the mayor told reporters" with no mayor named is someone new (a
	// named mayor has the title: see definite); "the Pentagon chief" with
	// its institution refers back
	if officeTitle(hl) && !capMod {
		return -1
	}
	// a noun the text used before refers back to that use ("the former
	// mayor" is the person the text is about, however often it says so)
	// (not an epithet named after a show, team or award, nor an
	// abbreviated one: "the NFL MVP", "the QB" describe one person)
	named := abbrHead || capRun && head > npA+1 && f.toks[head-1].cap && epithet(hl)
	if f.lowerOK && !exOffice && !named && !byVerb && !formerBefore(f, npA, head) {
		// (the last few thousand bytes only: Find stays linear)
		b := max(0, int(f.off[t.s])-len("the "))
		if undefinedBefore(f.lower[max(0, b-maxLookBack):b], hl) {
			return -1
		}
	}
	id := f.latestPerson(t.s, t.para, roleGender(hl))
	if id < 0 && epithet(hl) && !officeTitle(hl) {
		id = f.soleSpeaker(t.s, roleGender(hl))
	}
	// the epithet is now a title of the person it refers back to, so
	// that the next "the QB said" (which finds the noun used before) is
	// the same person (see definite)
	if id >= 0 && epithet(hl) && !containsStr(f.ents[id].titles, hl) {
		f.ents[id].titles = append(f.ents[id].titles, hl)
	}
	return id
}

// epithet reports nouns by which wire copy refers back to someone it has
// named ("the billionaire", "the star", "the senator", "the 34-year-old"),
// as against roles that bring in someone new ("the waiter", "the judge").
func epithet(w string) bool {
	switch w {
	case "billionaire", "millionaire", "star", "superstar", "tycoon", "mogul", "celebrity",
		"athlete", "quarterback", "striker", "goalkeeper", "pitcher", "rapper", "singer",
		"comedian", "entrepreneur", "magnate", "monarch", "pope", "candidate", "nominee",
		"veteran", "incumbent", "challenger", "president", "chancellor", "premier",
		"senator", "congressman", "congresswoman", "lawmaker", "legislator", "ceo", "cfo",
		"coo", "cto", "cio", "executive", "general", "colonel", "captain", "sergeant",
		"lieutenant", "admiral", "governor", "mayor", "minister", "secretary", "chairman",
		"chairwoman", "chair", "chief", "boss", "founder", "co-founder",
		"actor", "actress", "director", "filmmaker", "musician", "artist", "author",
		"novelist", "writer", "politician", "businessman", "businesswoman", "activist",
		"economist", "scientist", "researcher", "professor", "coach", "manager", "player",
		"champion", "winner", "frontrunner", "front-runner", "leader", "mp", "mep", "msp",
		"republican", "democrat", "conservative", "tory",
		// sports: "Jayson Tatum… “…,” the forward said"
		"forward", "center", "centre", "midfielder", "defender", "winger", "catcher", "shortstop",
		"outfielder", "infielder", "linebacker", "receiver", "rookie", "playmaker", "batsman",
		"bowler", "sprinter", "swimmer", "golfer", "boxer", "skier", "netminder",
		// "the American Idol host", "the three-time NFL MVP", "the Bears QB"
		"host", "co-host", "presenter", "anchor", "qb", "mvp":
		return true
	}
	if expertEpithet(w) || diplomatEpithet(w) {
		return true
	}
	// "the biologist", "the historian": an occupation a named expert has
	return strings.HasSuffix(w, "-year-old") || (len(w) > 6 && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian")))
}

// formerBefore reports a past-office modifier between npA and head.
func formerBefore(f *finder, npA, head int) bool {
	for k := npA + 1; k < head; k++ {
		if formerWord(f.toks[k].lower) {
			return true
		}
	}
	return false
}

// formerWord reports modifiers of a past office ("the former mayor").
func formerWord(w string) bool {
	switch w {
	case "former", "ex", "then", "one-time", "onetime", "erstwhile", "outgoing", "retired":
		return true
	}
	return false
}

// partyLabel reports the nouns of party membership that open a
// politician's appositive ("Republican of South Carolina").
func partyLabel(w string) bool {
	switch w {
	case "republican", "democrat", "independent", "conservative", "labour", "liberal", "tory":
		return true
	}
	return false
}

// officeTitle reports the nouns of offices that a person holding them is
// named with ("Mayor Ana Ruiz", "Gov. Kathy Hale"): "the mayor" refers
// back to someone only through that title.
func officeTitle(w string) bool {
	switch w {
	case "mayor", "governor", "senator", "president", "minister", "chancellor", "premier", "secretary",
		"chairman", "chairwoman", "chair", "general", "colonel", "captain", "sergeant", "lieutenant",
		"admiral", "congressman", "congresswoman", "judge", "sheriff", "commissioner", "ambassador",
		"chief", "boss", "leader", "director", "manager", "coach", "ceo", "cfo", "coo", "cto", "cio", "envoy":
		return true
	}
	return false
}

// plainPersonNoun reports nouns that say only that someone is a person
// ("the man", "the woman", "the guy").
func plainPersonNoun(w string) bool {
	switch w {
	case "man", "woman", "guy", "boy", "girl", "lady", "gentleman":
		return true
	}
	return false
}

// definite resolves "the diplomat", "the minister" to the most recent
// source described or titled with the same noun; with latest, a role noun
// nobody has yet is the latest salient person whose role is unknown.
func (f *finder) definite(head string, latest bool) int {
	best := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		match := false
		switch e.kind {
		case eGroup:
			match = e.head == head
		case ePerson:
			// "the airline" is not "airline boss Tony Fernandes"
			// ("the army" is not "an Ostmark army officer": a body's
			// noun is the body)
			match = containsStr(e.titles, head) || (containsWord(e.lowerAffil(), head) && !servedRole(e.lowerAffil(), head) && !f.lx.is(head, cOrgHead) && !f.lx.is(head, cOrg)) || roleOf(head, e) ||
				head == "judge" && judgeRole(e)
		}
		if match && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	if best < 0 {
		best = f.nounBeforeName(head)
	}
	if best < 0 && unnamedSourceNoun(head) {
		best = f.unnamedSourceBack()
	}
	// ("the group", "the panel": a body, never the person just named)
	// ("the source": an unnamed source, never the person just named)
	if best >= 0 || !latest || !f.lx.is(head, cRole) || bodyNoun(f.lx, head) || unnamedSourceNoun(head) {
		return best
	}
	// "Lee said… The opposition leader added…": a role noun picks up the
	// latest salient person when nothing is known about that person's role.
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-3; i-- {
		e := &f.ents[f.events[i].ent]
		if e.kind == ePerson {
			// ("Mr Sunak told MPs… the prime minister said": a form of
			// address says nothing of the role)
			if e.affil == "" && honorificTitles(e.titles) {
				return f.events[i].ent
			}
			break
		}
	}
	return -1
}

// demonym reports a capitalised word for a nationality that wire copy uses
// of a person ("the German", "the Spaniard", "the Briton").
func (f *finder) demonym(t *token) bool {
	if !t.cap || t.k != tWord {
		return false
	}
	w := t.lower
	switch w {
	case "briton", "spaniard", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "englishman",
		"englishwoman", "scotsman", "scotswoman", "welshman", "irishman", "irishwoman", "swede", "dane",
		"finn", "pole", "czech", "serb", "croat", "swiss", "scot", "turk", "greek", "argentine",
		"kiwi", "aussie", "slovak", "slovenian", "norwegian", "belgian", "austrian", "portuguese",
		"brazilian", "colombian", "chilean", "kenyan", "ethiopian", "nigerian", "ghanaian",
		"georgian", "bulgarian", "romanian", "hungarian", "latvian", "lithuanian", "estonian":
		return true
	}
	if !t.is(cPlace) {
		return false
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleByVerb reports whether a relative clause shortly before rune offset
// pos gave someone the role noun w with its verb: "who will direct the
// show" for "the director", "who coaches" for "the coach", "who blogs" for
// "the blogger".
func (f *finder) roleByVerb(w string, pos int) bool {
	stem := w
	for _, suf := range []string{"or", "er"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			stem = w[:len(w)-len(suf)]
			break
		}
	}
	// "blogger": a doubled consonant before the suffix
	if n := len(stem); stem != w && n > 4 && stem[n-1] == stem[n-2] {
		stem = stem[:n-1]
	}
	if len(stem) < 4 {
		return false
	}
	b := max(0, int(f.off[pos])-len("the "))
	win := f.lower[max(0, b-1500):b]
	for i := 0; ; {
		j := strings.Index(win[i:], "who ")
		if j < 0 {
			return false
		}
		j += i + len("who ")
		// the next three words
		rest := win[j:min(len(win), j+40)]
		for n, fw := range strings.Fields(rest) {
			if n >= 3 {
				break
			}
			if strings.HasPrefix(fw, stem) {
				return true
			}
		}
		i = j
	}
}

// indefiniteBefore finds where the text introduced the person or thing
// that "the … head" (tokens from npA) refers back to: an earlier "a/an"
// or possessive ("Grande's rep") phrase with the same head noun and at
// most three lower-case words between, in the same paragraph or the two before. It returns that
// phrase's token range, or -1, -1.
func (f *finder) indefiniteBefore(npA, head int) (int, int) {
	hl := f.toks[head].lower
	if hl == "guy" {
		hl = "man" // "the guy" after "one man"
	}
	para := f.toks[npA].para
	for i := npA - 1; i >= 0 && i >= npA-300; i-- {
		t := &f.toks[i]
		if para-t.para > 2 {
			break
		}
		if t.k != tWord || t.cap || t.lower != hl {
			continue
		}
		for j, n := i-1, 0; j >= 0 && n <= 3; j, n = j-1, n+1 {
			w := &f.toks[j]
			if w.k == tWord && (w.lower == "a" || w.lower == "an" || w.lower == "one") {
				return j, i + 1
			}
			// "Grande's rep confirmed… “…,” the rep said": the owner's
			if w.k == tWord && w.poss && w.cap && !w.is(cNonName) && !f.toks[head].is(cDoc) {
				a := j // the owner's whole name: "Nora Vance's"
				for a-1 >= 0 && a > j-3 && f.toks[a-1].k == tWord && f.toks[a-1].cap && !f.toks[a-1].poss && !f.toks[a-1].is(cFunction) {
					a--
				}
				return a, i + 1
			}
			if w.k != tWord || w.cap {
				break
			}
			if w.is(cDet | cPrep | cFunction) {
				break
			}
			if _, ok := w.verb(); ok {
				break
			}
		}
		return -1, -1 // the latest use decides
	}
	return -1, -1
}

// describedSubjectBefore returns the span of an indefinite description of
// one person opening the sentence right before token npA ("A teacher at a
// community hub has branded…" before "The woman, who…, called…"): the
// person a plain "the woman"/"the man" opening the next sentence means.
// Else -1, -1.
func (f *finder) describedSubjectBefore(npA int) (int, int) {
	if npA-1 < 0 || !f.toks[npA].first {
		return -1, -1
	}
	st := npA - 1
	for st > 0 && !f.toks[st].first && npA-st < 80 {
		st--
	}
	if !f.toks[st].first || f.toks[npA].para-f.toks[st].para > 1 {
		return -1, -1
	}
	if d := f.toks[st].lower; f.toks[st].k != tWord || d != "a" && d != "an" {
		return -1, -1
	}
	h := -1
	for k := st + 1; k < npA && k <= st+4; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.cap || t.is(cFunction|cPrep|cDet) {
			break
		}
		if _, ok := t.verb(); ok {
			break
		}
		h = k
	}
	if h < 0 || !f.toks[h].is(cRole) || !f.personishHead(f.toks[h].lower) || pluralOccupation(&f.toks[h]) {
		return -1, -1
	}
	return st, h + 1
}

// undefinedBefore reports whether s uses the word w other than as "the w":
// a noun the text introduced before ("a resident", "an actor", "residents
// say") is someone the later "the resident said" refers back to, while an
// earlier "the actor attended…" only referred back itself to the person
// the text is about, so it does not make the next "the actor told the
// outlet" someone new (issue 20, seventeenth round); nor does "the
// Nolans singer" or "the brave singer" (eighteenth round: see
// theBefore).
func undefinedBefore(s, w string) bool {
	return wordWhere(s, w, func(j int) bool { return !theBefore(s, j) })
}

// theBefore reports whether the word at byte j of the lower-case text s
// ends a noun phrase opened by "the", with at most two modifiers between
// ("the singer", "the Nolans singer", "the brave singer"): such a use
// only referred back to someone, as against "a singer", "singers" or
// "her fellow singer", which bring someone in (issue 20, eighteenth
// round).
func theBefore(s string, j int) bool {
	for n := 0; n < 3; n++ {
		// the word before j, past one space
		if j == 0 || s[j-1] != ' ' {
			return false
		}
		e := j - 1
		b := e
		for b > 0 && (isLetterByte(s[b-1]) || s[b-1] == '-' || s[b-1] >= '0' && s[b-1] <= '9') {
			b--
		}
		if b == e {
			return false
		}
		w := s[b:e]
		if w == "the" {
			return true
		}
		if modifierStop(w) {
			return false
		}
		j = b
	}
	return false
}

// modifierStop reports words that cannot stand between "the" and the noun
// of its phrase: determiners, possessives, conjunctions and prepositions,
// and "fellow"/"other", which name someone else of the kind.
func modifierStop(w string) bool {
	switch w {
	case "a", "an", "one", "another", "his", "her", "their", "its", "our", "my", "your",
		"and", "or", "of", "with", "by", "for", "to", "as", "fellow", "other", "every", "each",
		"this", "that", "no", "any", "some":
		return true
	}
	return false
}

// teaserEpithet reports a name of the words "the" and an epithet ("The
// singer", "the star"): a teaser line opening a tabloid page refers so to
// the person its first paragraph names (issue 20, eighteenth round).
func teaserEpithet(words []string) bool {
	return len(words) == 2 && words[0] == "the" && epithet(words[1])
}

// diplomatEpithet reports the nouns of a diplomat's office ("the French
// envoy said", "the Russian ambassador added"): with a country's
// adjective they refer back to the diplomat just named, like "the Pentagon
// chief"; bare ("the envoy told reporters") they stay someone new, as
// officeTitle keeps them (issue 20, eighteenth round).
func diplomatEpithet(w string) bool {
	return w == "envoy" || w == "ambassador"
}

// expertEpithet adds nouns by which an article refers back to the expert it
// profiles ("the former Google exec says", "the expert says"): the short
// form of "executive" and the generic word for someone consulted.
func expertEpithet(w string) bool {
	switch w {
	case "exec", "expert":
		return true
	}
	return false
}

// soleSpeaker returns the one named person credited with every attributed
// quotation before rune pos (at least one), of gender g (0: any), or -1:
// in a profile of one expert, "the former Google exec says" several
// paragraphs after the last mention of her name is still her. (roleBack
// only asks when the noun is new to the text and no person is near.)
func (f *finder) soleSpeaker(pos int, g byte) int {
	cand, n := -1, 0
	for i := range f.qs {
		if i >= len(f.regs) || f.regs[i].start >= pos {
			break
		}
		q := &f.qs[i]
		if !q.accepted || q.ent < 0 {
			continue
		}
		if cand >= 0 && q.ent != cand {
			return -1
		}
		cand = q.ent
		n++
	}
	if n < 1 {
		return -1
	}
	if e := &f.ents[cand]; e.kind != ePerson || g != 0 && e.gender != 0 && e.gender != g {
		return -1
	}
	return cand
}

// expertNoun reports role nouns for a specialist an article quotes by name
// and then refers back to with "the expert".
func expertNoun(w string) bool {
	switch w {
	case "expert", "analyst", "specialist":
		return true
	}
	return false
}

// expertBack resolves "the expert" (tokens npA and head, nothing between)
// to the person the text has given that role, else to the latest named
// person quoted in the paragraph or the three before: an article that
// quotes "Radek Babicek from Fantastic Gardeners" goes on with "the expert
// explains". It returns -1 when the text introduced an unnamed one ("an
// expert told us … the expert said") or quoted no named person lately.
func (f *finder) expertBack(npA, head int) int {
	hl := f.toks[head].lower
	if head != npA+1 || f.toks[npA].lower != "the" || f.toks[head].cap || !expertNoun(hl) {
		return -1
	}
	if a, _ := f.indefiniteBefore(npA, head); a >= 0 {
		return -1
	}
	if id := f.definite(hl, false); id >= 0 {
		if f.ents[id].kind == ePerson {
			return id
		}
		return -1
	}
	pos := f.toks[head].s
	para := f.toks[head].para
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= pos {
			continue
		}
		if para-f.paraAt(ev.pos) > 3 {
			break
		}
		if e := &f.ents[ev.ent]; ev.speaker && e.kind == ePerson {
			return ev.ent
		}
	}
	return -1
}

// judgeRole reports whether person e is a judge by title or affiliation:
// "Justice Alexander Sosna", "Ontario Superior Court Justice", "Magistrate
// Ann Roe".
func judgeRole(e *entity) bool {
	for _, w := range []string{"justice", "judge", "magistrate"} {
		if containsStr(e.titles, w) {
			return true
		}
	}
	affil := e.lowerAffil()
	return containsWord(affil, "judge") || containsWord(affil, "magistrate") ||
		containsWord(affil, "justice") && strings.Contains(affil, "court")
}

// maxNounBack bounds, in events, how far back nounBeforeName looks.
const maxNounBack = 60

// nounBeforeName returns the person most recently named right after the
// lower-case noun head ("spinner Tom Kettle", "striker Ana Ruiz"), so that
// "the spinner" later is that person, or -1. The noun becomes the person's
// title, as a title word before a name is.
func (f *finder) nounBeforeName(head string) int {
	if f.lx.is(head, cFunction|cDoc|cOrgHead) || isPronoun(head) {
		return -1
	}
	for i, n := len(f.events)-1, 0; i >= 0 && n < maxNounBack; i, n = i-1, n+1 {
		ev := f.events[i]
		e := &f.ents[ev.ent]
		if e.kind != ePerson {
			continue
		}
		k := f.tokAt(ev.pos)
		if k < 1 || f.toks[k-1].k != tWord || f.toks[k-1].cap || f.toks[k-1].lower != head || !f.toks[k].cap {
			continue
		}
		if _, v := f.toks[k-1].verb(); v {
			continue
		}
		if !containsStr(e.titles, head) {
			e.titles = append(e.titles, head)
		}
		return ev.ent
	}
	return -1
}

// asRoleTitle gives the person named after a fronted "As a young lawyer,"
// the role it describes, so that "the lawyer" later is that person ("As a
// nurse, Tilda Marr has seen…"): the noun heads up to three lower-case
// words after "As a"/"As an" and before the comma the name follows.
func (f *finder) asRoleTitle(s sentence, mm mentionMap) {
	if s.a+3 >= s.b || f.toks[s.a].lower != "as" || (f.toks[s.a+1].lower != "a" && f.toks[s.a+1].lower != "an") {
		return
	}
	c := s.a + 2
	for c < s.b && c < s.a+5 && f.toks[c].k == tWord && !f.toks[c].cap && !f.toks[c].is(cFunction|cPrep|cStopNP) {
		if _, v := f.toks[c].verb(); v {
			return
		}
		c++
	}
	if c == s.a+2 || c+1 >= s.b || !f.isPunct(c, ",") {
		return
	}
	h := f.toks[c-1].lower
	if f.lx.is(h, cDoc|cOrgHead) || !(epithet(h) || occupationNoun(h) || roleGender(h) != 0 || f.lx.is(h, cRole) || f.personishHead(h) && !collective(h)) {
		return
	}
	m := mm.at(c + 1)
	if m == nil || m.a != c+1 || m.kind != mPerson || m.ent < 0 || m.poss {
		return
	}
	if e := &f.ents[m.ent]; e.kind == ePerson && !containsStr(e.titles, h) {
		e.titles = append(e.titles, h)
	}
}

// pastMemberBack resolves "the former cabinet member", "the ex-board
// member" to the person named latest: one who sat on a body, marked by a
// past-office word, is an epithet of someone the text is about (a plain
// "the member" may be any member of a body just named). roleBack leaves
// it, "member" being no epithet of its own; it returns -1 otherwise.
func (f *finder) pastMemberBack(npA, head int) int {
	t := &f.toks[head]
	if t.lower != "member" || f.toks[npA].lower != "the" {
		return -1
	}
	past := false
	for k := npA + 1; k < head; k++ {
		if f.toks[k].k != tWord {
			return -1
		}
		past = past || formerWord(f.toks[k].lower)
	}
	if !past {
		return -1
	}
	return f.latestPerson(t.s, t.para, 0)
}

// countryOffice returns the person that "<Country>'s <office>" (tokens
// npA, head) refers back to: the one person named with that office's
// title ("President Mahmoud Ahmadinejad … Iran's president dismissed the
// protests") whose description names no other country ("US President
// Barack Obama" is not "Iran's president"); -1 when there is none or more
// than one (issue 20, nineteenth round).
func (f *finder) countryOffice(npA, head, npB int) int {
	o, h := &f.toks[npA], &f.toks[head]
	if head != npA+1 || npB != head+1 || o.k != tWord || !o.poss || !o.cap || !o.is(cPlace) || h.cap || !officeTitle(h.lower) {
		return -1
	}
	cand := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		if e.kind != ePerson || !containsStr(e.titles, h.lower) || f.otherCountry(e, o.lower) {
			continue
		}
		if cand >= 0 {
			return -1
		}
		cand = i
	}
	return cand
}

// otherCountry reports whether the description of e (its affiliation and
// titles, and the capitalised words right before its first mention: "US
// President Barack Obama") names a place or nationality other than place
// ("US" for "iran"; "Iranian" is Iran's).
func (f *finder) otherCountry(e *entity, place string) bool {
	other := func(w string) bool {
		w = strings.TrimSuffix(w, ".")
		if w == "" || !(f.lx.is(w, cPlace) || demonymWord(w)) {
			return false
		}
		n := min(4, len(w), len(place))
		return w[:n] != place[:n]
	}
	desc := e.lowerAffil() + " " + strings.Join(e.titles, " ")
	for _, w := range strings.FieldsFunc(desc, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		if other(w) {
			return true
		}
	}
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= e.first })
	for j := k - 1; j >= 0 && j >= k-3 && f.toks[j].k == tWord && f.toks[j].cap; j-- {
		if other(f.toks[j].lower) {
			return true
		}
	}
	return false
}

// placeEpithet reports whether tokens [npA, npB) are "<Place>'s [up to
// two lower-case modifiers] <role>" ("Norland's exiled religious leader",
// "Britain's foreign secretary"): a description of one person by the
// place they serve, a definite description though it has no "the".
func (f *finder) placeEpithet(npA, head, npB int) bool {
	o, h := &f.toks[npA], &f.toks[head]
	if npB != head+1 || head == npA || head > npA+3 || o.k != tWord || !o.poss || !o.cap || !o.is(cPlace) {
		return false
	}
	hl := h.lower
	if h.k != tWord || h.cap || h.poss || !(epithet(hl) || officeTitle(hl)) || sourceNoun(hl) || spokesNoun(hl) || ownedKin(hl) {
		return false
	}
	for k := npA + 1; k < head; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.cap || t.poss || t.is(cFunction|cDet|cStopNP) {
			return false
		}
	}
	return true
}

// placeEpithetBack returns the person that "<Place>'s [modifiers] <role>"
// refers back to: the person just named of whose role the text has said
// nothing yet ("The Grand Abbot has renewed his call… Norland's exiled
// religious leader said"), as "the exiled leader" would; -1 when there is
// none. The role becomes that person's title, so a later "the exiled
// leader" is the same person. A person the text gave another office or
// description ("President Anna Vok", "Tom Reed, an analyst") is not taken
// for a role of a place, nor one whose description names another country
// (issue 20, twenty-fifth round).
func (f *finder) placeEpithetBack(npA, head, npB int, mm mentionMap) int {
	if !f.placeEpithet(npA, head, npB) {
		return -1
	}
	h := &f.toks[head]
	// "Nepal's religious leader, the Grand Abbot, fled": the person
	// named in apposition
	if id := f.apposPerson(npB, mm); id >= 0 {
		return id
	}
	g := roleGender(h.lower)
	id := f.latestPerson(h.s, h.para, g)
	if id < 0 {
		// (named, not yet quoted: "The Grand Abbot has renewed his call")
		id = f.namedLastBefore(npA, func(e *entity) bool { return e.kind == ePerson && (g == 0 || e.gender == g) })
	}
	if id < 0 {
		return -1
	}
	e := &f.ents[id]
	if e.kind != ePerson || e.affil != "" || f.otherCountry(e, f.toks[npA].lower) {
		return -1
	}
	for _, t := range e.titles {
		if t != h.lower && !honorificTitles([]string{t}) {
			return -1
		}
	}
	if !containsStr(e.titles, h.lower) {
		e.titles = append(e.titles, h.lower)
	}
	return id
}

// apposPerson returns the person named in apposition at token c, between
// commas, with or without "the" (", the Grand Abbot,"), or -1.
func (f *finder) apposPerson(c int, mm mentionMap) int {
	if c+2 >= len(f.toks) || !f.isPunct(c, ",") {
		return -1
	}
	k := c + 1
	m := mm.at(k)
	if m == nil && f.toks[k].lower == "the" {
		k++
		m = mm.at(k)
	}
	if m == nil || m.a != k || m.kind != mPerson || m.poss || m.b >= len(f.toks) || !f.isPunct(m.b, ",") {
		return -1
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	if m.ent < 0 || f.ents[m.ent].kind != ePerson {
		return -1
	}
	return m.ent
}

// servedRole reports whether every use of the noun w in the lower-case
// affiliation s is the object of a preposition ("special assistant to the
// president", "chief of staff for the governor"): the appositive names
// whom the person serves, so "the president" later is not that person.
func servedRole(s, w string) bool {
	seen := false
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return seen
		}
		j += i
		i = j + 1
		if e := j + len(w); j > 0 && isLetterByte(s[j-1]) || e < len(s) && isLetterByte(s[e]) {
			continue
		}
		seen = true
		before := s[:j]
		object := false
		for _, p := range [...]string{"to the ", "of the ", "for the ", "with the "} {
			if strings.HasSuffix(before, p) {
				object = true
			}
		}
		if !object {
			return false
		}
	}
}

// describedRef resolves a definite description with modifiers, "the
// [modifiers] N" (tokens npA, the "the", to head), to the entity of the
// discourse it refers back to: of the recent entities described with the
// noun N (a described source's head, "one of his advisers" making
// "adviser", or a person's title or appositive), the latest one whose
// description holds every modifier ("the former senior Pentagon
// official" is "a former senior Pentagon official", not the "former
// military official" quoted since; "the same former military official"
// is "another former military official"). The entity keeps the name it
// was introduced with. It returns -1 when the phrase has no modifier
// (the plain "the official" is left to definite and the rules about
// sources introduced before), names someone other ("the other
// official") or when no entity fits.
func (f *finder) describedRef(npA, head int) int {
	h := &f.toks[head]
	if f.toks[npA].lower != "the" || head-npA < 2 || h.k != tWord || h.cap || h.poss {
		return -1
	}
	var mods []string
	for k := npA + 1; k < head; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss || t.is(cDet|cFunction|cPrep) {
			return -1
		}
		w := t.lower
		switch {
		case w == "same":
			continue
		case w == "other" || countWord(w) || isNumber(w) || numberWord(w):
			return -1
		}
		mods = append(mods, w)
	}
	if len(mods) == 0 {
		return -1
	}
	hl := h.lower
	// (people only: "the Indian army" is no soldier's appositive)
	if !f.personishHead(singularOr(hl)) || f.lx.is(hl, cOrgHead|cOrg) || institution(hl) {
		return -1
	}
	best := -1
	for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
		e := &f.ents[i]
		var desc string
		switch e.kind {
		case eGroup:
			if e.head != hl || e.plural != (singularNoun(hl) != "") {
				continue
			}
			desc = strings.ToLower(e.name) + " " + e.lowerAffil()
		case ePerson:
			if !containsStr(e.titles, hl) && !containsWord(e.lowerAffil(), hl) {
				continue
			}
			desc = strings.Join(e.titles, " ") + " " + e.lowerAffil()
		default:
			continue
		}
		// (by words: a name may hold a no-break space)
		words := strings.FieldsFunc(desc, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
		fits := true
		for _, w := range mods {
			fits = fits && containsStr(words, w)
		}
		if fits && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}
