package quotes

import "strings"

// Capitalised runs that name no one: events, days and time zones, wars,
// works and products (titles in title case, a name in apposition to a
// work, bands listed with "The", a show's title with an inner "The"),
// ships, letter compounds ("T-shirts") and plural nouns after a name.

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

// weekday reports the days of the week, which end a name before "on"
// ("Federal Reserve Chair Helen Marsh on Thursday").
func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// spelledTimeZone reports a time zone written out ("Pacific Standard
// Time", "British Summer Time", "Greenwich Mean Time"): no one who could
// speak, as the initials ("PST") are not (issue 20, twentieth round).
func (f *finder) spelledTimeZone(a, b int) bool {
	if b-a < 2 || f.toks[b-1].w != "Time" {
		return false
	}
	switch f.toks[b-2].lower {
	case "standard", "daylight", "summer", "mean", "saving", "savings":
		return true
	}
	return false
}

// warName reports a war's name: "World War III", "World War 2", "the Cold
// War", "Civil War" (the word "War" last, or before a numeral).
func warName(core []token) bool {
	n := len(core)
	if n < 2 || core[0].is(cFemale|cMale) {
		return false
	}
	if core[n-1].lower == "war" {
		return true
	}
	switch core[n-1].lower {
	case "i", "ii", "iii", "iv", "1", "2", "3", "one", "two", "three":
		return core[n-2].lower == "war"
	}
	return false
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

// workBeforeAppos reports a name in apposition to a work or product noun
// after it: "while recording Salt Road, now his final album with the
// band," or "Salt Road, the band's 2014 album,". The name is the work's, no
// one's (as "her debut album, Salt Road," is; issue 20, nineteenth round).
func (f *finder) workBeforeAppos(s sentence, b int) bool {
	if b+2 >= s.b || !f.isPunct(b, ",") {
		return false
	}
	k := b + 1
	if t := &f.toks[k]; t.k == tWord && (t.lower == "now" || t.lower == "then" || t.lower == "still" || t.lower == "later") {
		k++
	}
	if k >= s.b || f.toks[k].k != tWord || !(f.toks[k].is(cDet) || possessivePronoun(f.toks[k].lower) != "") {
		return false
	}
	for n := 0; n < 3 && k+1 < s.b; n++ {
		k++
		t := &f.toks[k]
		if t.k != tWord || t.cap {
			return false
		}
		// (the head of its phrase: "a senior game developer" is a person)
		if workNoun(t.lower) {
			nx := k + 1
			return nx >= s.b || f.toks[nx].k != tWord || f.toks[nx].is(cFunction|cPrep)
		}
		if t.is(cFunction|cPrep|cStopNP) && !t.poss {
			return false
		}
	}
	return false
}

// listedWithWorks reports a name of two or more words, none a known given
// name, listed with a band's or a work's name that opens with a
// capitalised "The" ("he drew on The Reeds and Copper Kettle as well as
// The Lanterns"): the members of such a list are of one kind, so the name
// is a band's or a work's too, no person a later "his" means (issue 20,
// nineteenth round).
func (f *finder) listedWithWorks(s sentence, a, b int) bool {
	if b-a < 2 || f.toks[a].is(cFemale|cMale|cTitle) {
		return false
	}
	joint := func(k int) bool {
		return f.isPunct(k, ",&") || f.toks[k].k == tWord && (f.toks[k].lower == "and" || f.toks[k].lower == "or")
	}
	capThe := func(k int) bool {
		return k > s.a && k < s.b && f.toks[k].w == "The" && !f.toks[k].first && f.isCapWord(k+1)
	}
	// a member before: "The Reeds and Copper Kettle"
	if k := a - 1; k > s.a && joint(k) {
		i := k - 1
		for i > s.a && f.isCapWord(i) && f.toks[i].w != "The" {
			i--
		}
		if i < k-1 && capThe(i) {
			return true
		}
	}
	// a member after: "Copper Kettle and The Lanterns", "… as well as The
	// Lanterns"
	k := b
	if k+2 < s.b && f.toks[k].lower == "as" && f.toks[k+1].lower == "well" && f.toks[k+2].lower == "as" {
		return capThe(k + 3)
	}
	return k < s.b && joint(k) && capThe(k+1)
}

// pluralNounAfterName reports whether the capitalised run [a, b) of
// sentence s is a name and a plural common noun after it, as a title-case
// headline writes them ("11 Notorious Ada Quill Stories"): the noun is no
// part of the name, and the person is the name before it. The sentence
// must be in title case, the last word must look plural, the text must
// use it or its singular as a common noun ("a story"), and the words
// before it (two at least) must stand alone as a name elsewhere in the
// text ("a story about Ada Quill"); in prose a three-word name ending in a
// surname like "Waters" keeps it (issue 20, nineteenth round).
func (f *finder) pluralNounAfterName(s sentence, a, b int) bool {
	if b-a < 3 || !f.lowerOK || !f.titleCase(s) {
		return false
	}
	last := &f.toks[b-1]
	if !last.cap || last.poss || last.k != tWord || len(last.lower) < 4 || !strings.HasSuffix(last.lower, "s") || strings.HasSuffix(last.lower, "ss") ||
		last.is(cOrg|cPlace|cFemale|cMale|cTitle) {
		return false
	}
	for k := a; k < b-1; k++ {
		if t := &f.toks[k]; t.k != tWord || !t.cap || t.poss {
			return false
		}
	}
	if !f.commonNounUsed(last.lower) {
		return false
	}
	return f.runAlone(a, b-1)
}

// commonNounUsed reports whether the text writes the plural noun w, or
// its singular, in lower case ("stories", "story").
func (f *finder) commonNounUsed(w string) bool {
	forms := [3]string{w, strings.TrimSuffix(w, "s"), ""}
	if strings.HasSuffix(w, "ies") {
		forms[2] = strings.TrimSuffix(w, "ies") + "y"
	} else if strings.HasSuffix(w, "es") {
		forms[2] = strings.TrimSuffix(w, "es")
	}
	for i := range f.toks {
		t := &f.toks[i]
		if t.k != tWord || t.cap || len(t.lower) < len(w)-3 {
			continue
		}
		for _, x := range forms {
			if x != "" && t.lower == x {
				return true
			}
		}
	}
	return false
}

// runAlone reports whether the capitalised words of tokens [a, b) occur
// elsewhere in the text as a run of their own: not followed by another
// capitalised word.
func (f *finder) runAlone(a, b int) bool {
	n := b - a
	for i := 0; i+n <= len(f.toks); i++ {
		if i == a || f.toks[i].lower != f.toks[a].lower || i > 0 && f.isCapWord(i-1) {
			continue
		}
		same := true
		for j := 1; j < n && same; j++ {
			same = f.toks[i+j].lower == f.toks[a+j].lower && f.toks[i+j].k == tWord
		}
		if same && (i+n == len(f.toks) || !f.isCapWord(i+n) || f.toks[i+n-1].poss) {
			return true
		}
	}
	return false
}

// titleCase reports a sentence of at least four words in title case: no
// lower-case word but function words and prepositions, one aside ("on-the-
// Record").
func (f *finder) titleCase(s sentence) bool {
	words, lower := 0, 0
	for k := s.a; k < s.b; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.w[0] >= '0' && t.w[0] <= '9' {
			continue // (a figure: "11 Notorious …")
		}
		words++
		if !t.cap && !t.is(cFunction|cPrep|cDet) {
			lower++
		}
	}
	return words >= 4 && lower <= 1
}

// ownedNounModifier reports a run of capitalised words from a to b that an
// owner opens and a lower-case noun closes ("Microsoft's new Windows Phone
// software", "its Cloud Window service"): a product's or a brand's name
// qualifying the noun, never a person (a person the owner has is named
// after a kin or role noun: "his friend Ada Roe"). One lower-case word
// that names no role may come between the owner and the run.
func (f *finder) ownedNounModifier(s sentence, a, b int) bool {
	if b-a < 2 || b >= s.b || f.toks[a].is(cFemale|cMale) || f.toks[b-1].poss {
		return false
	}
	p := a - 1
	if p > s.a {
		if t := &f.toks[p]; t.k == tWord && !t.cap && !t.poss && !t.is(cFunction|cDet|cPrep|cRole|cTitle|cSkip) && !occupation(t) && !epithet(t.lower) && kinGender(t.lower) == 0 && !neutralKin(t.lower) {
			if _, v := t.verb(); !v {
				p--
			}
		}
	}
	if p < s.a || f.toks[p].k != tWord || !f.toks[p].poss && possessivePronoun(f.toks[p].lower) == "" {
		return false
	}
	n := &f.toks[b]
	if n.k != tWord || n.cap || n.poss || n.is(cFunction|cDet|cPrep|cSkip|cConnect|cStopNP|cRole|cTitle) || strings.HasSuffix(n.lower, "ly") || strings.HasSuffix(n.lower, "ed") {
		return false
	}
	_, v := n.verb()
	return !v
}

// vesselPrefix reports the prefixes of ships' names.
func vesselPrefix(w string) bool {
	switch w {
	case "uss", "hms", "hmas", "hmcs", "hmnzs", "rms", "ins", "usns", "uscgc":
		return true
	}
	return false
}

// letterCompound reports a common noun made of a capital letter, a hyphen
// and a lower-case word ("T-shirts", "X-ray", "U-turn"): capitalised
// wherever it stands, yet never part of a name, so a run of capitalised
// words ends before it ("selling Tin Maw Oo T-shirts"; issue 20, twentieth
// round).
func letterCompound(t *token) bool {
	w := t.w
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' || w[1] != '-' {
		return false
	}
	for i := 2; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
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
