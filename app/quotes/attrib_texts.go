package quotes

import "strings"

// Written texts as speakers: the nouns for texts and recordings whose
// words are their author's, and the one order in which a text phrase
// finds its author (textAuthor): its owner ("Wadsworth's February
// presentation", "the Economist's leader", "its report", "whose Web
// site"), an author after it ("a statement from families", "the letter,
// signed by 40 lawmakers", "an editorial in the Daily Star"), a name
// that qualifies it ("the KCNA statement", "an agency statement"); what
// an earlier sentence says of the text is authors.go's. Also a voice on
// a recording attributed to someone.

// textDoc reports nouns for written texts, whose words are their author's
// ("the KCNA statement"), unlike institutions ("President Lai’s office")
// or people ("a State Department spokesperson").
func textDoc(w string) bool {
	switch w {
	case "statement", "statements", "report", "reports", "communique", "communiqué", "commentary",
		"editorial", "article", "release", "letter", "memo", "document", "transcript", "readout",
		"post", "message", "note", "notice", "declaration", "announcement", "bulletin", "dispatch",
		"blog", "study", "survey", "forecast", "analysis", "filing", "lawsuit", "complaint",
		"tweet", "email", "cable", "brief", "briefing", "guidance", "proposal", "plan",
		"resolution", "resolutions":
		return true
	}
	return false
}

// textDocs is textDoc for a plural too ("emails", "statements"): texts
// from one author are that author's words as one text is.
func textDocs(w string) bool {
	return textDoc(w) || len(w) > 4 && strings.HasSuffix(w, "s") && textDoc(w[:len(w)-1])
}

// authoredText reports the nouns for a written text whose words are its
// author's: the documents of textDoc and books, pamphlets and the like
// ("Blair's new book … The book says").
func authoredText(w string) bool {
	switch w {
	case "book", "memoir", "memoirs", "autobiography", "brochure", "pamphlet", "leaflet", "booklet",
		"manifesto", "essay", "op-ed", "column", "presentation", "slideshow", "slides", "story", "piece", "profile", "timeline":
		return true
	}
	return textDoc(w)
}

// ownWriting reports nouns for someone's own writing beyond the texts of
// authoredText: a scholar's paper, speaking notes, filings. They name their
// owner's words only, no text whose author a later sentence could name
// ("a Nobel background paper" is no prize's).
func ownWriting(w string) bool {
	switch w {
	case "paper", "papers", "notes", "filings", "diary":
		return true
	}
	return false
}

// textModifiers reports whether tokens [a, b) are at most three plain
// modifiers of a text noun: numbers, months and brand names included
// ("2009", "February", "LinkedIn"), no determiner, verb or possessive.
func (f *finder) textModifiers(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.is(cDet|cPrep|cFunction|cSkip|cStopNP) || t.poss {
			return false
		}
		if _, v := t.verb(); v && !t.cap {
			return false
		}
	}
	return true
}

// anyText reports every noun for a written text, a page or an outlet's
// piece whose words are its author's.
func anyText(w string) bool {
	return authoredText(w) || ownWriting(w) || courtText(w) || ownedPage(w) || outletText(w)
}

// textNoun returns the token of the noun that names the text in a phrase
// ending at head: head itself when it names a written text, a page or an
// outlet's piece ("presentation", "website", "editorial"), or the network
// before "account", "page" or "feed" ("the mayor's Twitter account"), or
// a network alone ("the school district's Facebook"). It returns -1 when
// the phrase names no text.
func (f *finder) textNoun(npA, head int) int {
	t := &f.toks[head]
	if t.k != tWord {
		return -1
	}
	if (t.lower == "account" || t.lower == "page" || t.lower == "feed") && head-1 > npA && f.toks[head-1].cap && socialPlatform(f.toks[head-1].lower) {
		return head - 1
	}
	if t.cap {
		if socialPlatform(t.lower) {
			return head
		}
		return -1
	}
	if anyText(t.lower) {
		return head
	}
	return -1
}

// textOwner returns who wrote the text that the phrase [npA, head] names
// by its owner, whose own text it is: a name's possessive ("Wadsworth’s
// February presentation", "the Economist’s leader", "the Bell County
// School District’s Facebook"), a possessive pronoun resolved as the
// pronoun would be ("his 2009 paper", "its special climate statement",
// "their letter"), a described owner the article named ("the company’s
// website") or the name "whose" stands for ("Americans for Prosperity,
// whose Web site says"). Up to three plain modifiers may stand between
// the owner and the noun. It returns -1 otherwise. An outlet's "leader"
// is its editorial only when the owner is an outlet; "the party's
// leader" is a person.
func (f *finder) textOwner(npA, head int, mm mentionMap) int {
	p := f.textNoun(npA, head)
	if p < 0 {
		return -1
	}
	hl := f.toks[p].lower
	o := -1
	for i := npA; i < p; i++ {
		if f.toks[i].poss {
			o = i
			break
		}
	}
	if o < 0 && possessivePronoun(f.toks[npA].lower) != "" {
		o = npA
	}
	if o < 0 {
		// "Americans for Prosperity, whose Web site says": the name
		// before the relative
		if w := npA - 1; w-1 >= 0 && f.toks[w].lower == "whose" && f.isPunct(w-1, ",") && f.textModifiers(npA, p) {
			if m := mm.at(w - 2); m != nil && m.b == w-1 && !m.poss {
				return f.ownerEnt(m, hl)
			}
		}
		return -1
	}
	if !f.textModifiers(o+1, p) {
		return -1
	}
	// "his 2009 paper", "its report", "their letter": whom the pronoun
	// stands for
	if pr := possessivePronoun(f.toks[o].lower); pr != "" && o == npA {
		id := f.antecedent(pr, f.toks[o].s)
		if id < 0 || hl == "leader" {
			return -1
		}
		switch k := f.ents[id].kind; {
		case (pr == "he" || pr == "she") && k != ePerson:
			return -1
		case pr == "they" && k == ePerson:
			return -1
		}
		return id
	}
	if m := mm.at(o); m != nil && m.b == o+1 && m.poss {
		// the name opens the phrase, after "the" at most
		if m.a != npA && !(m.a == npA+1 && f.toks[npA].lower == "the") {
			return -1
		}
		return f.ownerEnt(m, hl)
	}
	// ("the Economist’s leader": a publication whose one-word name is a
	// title word, and so no name the mention rules keep)
	if t := &f.toks[o]; t.cap && o == npA+1 && f.toks[npA].lower == "the" && mm.at(o) == nil {
		if name := f.spanPhrase(o, o+1); f.outletWords(name.lower) {
			return f.orgEntity(name, t.s)
		}
	}
	// "the company’s website": a described owner
	if id := f.ownedText(npA, o, p, mm); id >= 0 {
		return id
	}
	return -1
}

// ownerEnt returns the person or body a name that owns a text with noun
// hl names (authorEnt: a place writes as its government, and one
// capitalised word no one bears names a body), or -1; an outlet's
// "leader" is an outlet's.
func (f *finder) ownerEnt(m *mention, hl string) int {
	id := f.authorEnt(m)
	if id < 0 {
		return -1
	}
	if k := f.ents[id].kind; k != ePerson && k != eOrg {
		return -1
	}
	if hl == "leader" && !f.outletNamed(id) {
		return -1
	}
	return id
}

// outletNamed reports whether the text calls the organisation id a
// publication (see outletWords).
func (f *finder) outletNamed(id int) bool {
	return f.outletWords(strings.ToLower(f.ents[id].name))
}

// outletWords reports whether the lower-case name occurs right before or
// after "magazine", "newspaper", "paper", "daily" or "weekly" ("This
// week’s Economist magazine"): the text calls it a publication.
func (f *finder) outletWords(name string) bool {
	if !f.lowerOK || name == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(f.lower[i:], name)
		if j < 0 {
			return false
		}
		j += i
		after := strings.TrimLeft(f.lower[j+len(name):min(len(f.lower), j+len(name)+12)], " ")
		before := strings.TrimRight(f.lower[max(0, j-12):j], " ")
		for _, w := range []string{"magazine", "newspaper", "paper", "daily", "weekly"} {
			if strings.HasPrefix(after, w) || strings.HasSuffix(before, w) {
				return true
			}
		}
		i = j + len(name)
	}
}

// ownedTextPhrase reports a speaker phrase [a, head] that is a text under
// its owner's name: capitalised words ending in a possessive, then up to
// three modifiers and a noun for a text ("Wadsworth’s February
// presentation"), which textOwner resolves to the owner.
func (f *finder) ownedTextPhrase(a, head int) bool {
	t := &f.toks[head]
	if t.cap || !(authoredText(t.lower) || ownWriting(t.lower)) || !f.toks[a].cap {
		return false
	}
	for o := a; o < head && o < a+5; o++ {
		w := &f.toks[o]
		if w.k != tWord || !w.cap {
			return false
		}
		if w.poss {
			return f.textModifiers(o+1, head)
		}
	}
	return false
}

// ownedText resolves a text whose owner is a described body or person,
// the possessive at token o and the text's noun at p: "the company’s
// website", "The high court's brief order", "the manufacturer's safety
// sheet", "the paper's editorial". A text's words are its author's, so
// the owner speaks when the article named it: the author of the last
// text of that kind, else the body of that kind ("the company" the one
// last named, "the high court" the court, "the paper" the newspaper).
func (f *finder) ownedText(npA, o, p int, mm mentionMap) int {
	hl := f.toks[p].lower
	ow := &f.toks[o]
	if ow.k != tWord || ow.cap || ow.is(cDet|cPrep|cFunction|cSkip|cStopNP) || isPronoun(ow.lower) {
		return -1
	}
	// "The paper's editorial adds": the newspaper named before
	if w := strings.TrimSuffix(strings.TrimSuffix(ow.lower, "'s"), "’s"); outletText(hl) && (w == "paper" || w == "newspaper" || w == "daily") {
		return f.newspaperBack(ow.s)
	}
	if !(authoredText(hl) || courtText(hl) || ownedPage(hl)) || f.toks[npA].lower != "the" || !f.plainModifiers(npA+1, o) {
		return -1
	}
	// ("the Sky Harbour website … the company's website": the author of
	// the last such text the article named)
	for i := len(f.authors) - 1; i >= 0; i-- {
		if l := f.authors[i]; l.head == hl && l.pos < f.toks[npA].s && f.paraAt(l.pos) >= f.toks[npA].para-maxAuthorGap*2 {
			return l.ent
		}
	}
	// (a body or a role's holder the article named; "The hospital’s own
	// statement" with no hospital named stays the statement)
	if id, _ := f.resolveNP(npA, o+1, o, "", mm); id >= 0 && (f.ents[id].kind == eOrg || f.ents[id].kind == ePerson && ow.is(cRole)) {
		return id
	}
	return -1
}

// ownedPage reports a body's pages and orders that speak for it ("the
// company's website", "the court's order").
func ownedPage(w string) bool {
	switch w {
	case "website", "site", "webpage", "order", "orders":
		return true
	}
	return false
}

// outletText reports the texts an outlet publishes as its own: "an
// editorial in the Daily Star".
func outletText(w string) bool {
	switch w {
	case "editorial", "editorials", "leader", "column", "op-ed", "commentary":
		return true
	}
	return false
}

// outletOfText returns the outlet named after "in" following an outlet's
// text at token head ("An editorial in Lebanon's French-language daily,
// L'Orient le Jour, notes"), within a few words and before any verb, or -1.
// A possessive place on the way ("Lebanon's") only qualifies the outlet.
func (f *finder) outletOfText(head int, mm mentionMap) int {
	t := &f.toks[head]
	end := mm.base + len(mm.idx)
	if t.cap || !outletText(t.lower) {
		return -1
	}
	if head+2 >= end || f.toks[head+1].lower != "in" {
		return -1
	}
	for k := head + 2; k < end && k < head+10; k++ {
		w := &f.toks[k]
		if m := mm.at(k); m != nil && m.a == k {
			if m.poss || m.kind == mPlace || m.b-m.a == 1 && placeAdjective(&f.toks[m.a]) {
				k = m.b - 1
				continue
			}
			if m.kind == mOrg || m.kind == mUnknown || m.kind == mPerson {
				return f.authorEnt(m)
			}
			return -1
		}
		if _, v := w.verb(); v && !w.cap && !isParticipleEd(w) {
			return -1
		}
	}
	return -1
}

// describedAuthor finds a described source after "by"/"from" following
// the text at token head: "a"/"an", at most three modifiers and a singular
// person noun ("a statement by a Sussex spokesperson", "an unnamed
// official"), "the family", or a bare plural of people ("a statement
// from families"). It returns the phrase's first token and its head, or
// -1, -1.
func (f *finder) describedAuthor(head int, mm mentionMap) (int, int) {
	end := mm.base + len(mm.idx)
	n := head + 2
	if n >= end || (f.toks[head+1].lower != "by" && f.toks[head+1].lower != "from") {
		return -1, -1
	}
	switch f.toks[n].lower {
	case "a", "an":
		for h := n + 1; h < end && h <= n+4; h++ {
			t := &f.toks[h]
			if t.k != tWord || t.is(cFunction|cPrep) {
				return -1, -1
			}
			if !t.cap && (spokesNoun(t.lower) || sourceNoun(t.lower) && f.lx.is(t.lower, cRole)) {
				return n, h
			}
		}
	case "the":
		// "a statement from the family": the family named so
		if h := n + 1; h < end && f.toks[h].k == tWord && !f.toks[h].cap && familyNoun(f.toks[h].lower) {
			return n, h
		}
	default:
		// "a statement from families", "a letter from residents": a bare
		// plural of people
		if t := &f.toks[n]; t.k == tWord && !t.cap && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && (familyNoun(t.lower) || f.personishHead(t.lower)) {
			return n, n
		}
	}
	return -1, -1
}

// familyNoun reports the nouns for a family or household that issues a
// statement as one ("the family", "the couple", "the parents").
func familyNoun(w string) bool {
	switch w {
	case "family", "families", "couple", "parents", "relatives", "household":
		return true
	}
	return false
}

// frontedTextAuthor returns the subject of the clause after a phrase "In
// a/an/his/her/its/their <text> …," opening sentence s (j is the
// determiner's token): "In a letter to shareholders, chief executive Tom
// Reyes wrote: …" makes Reyes the letter's author. It returns -1 when the
// clause does not open with a name and a verb.
func (f *finder) frontedTextAuthor(s sentence, j int, mm mentionMap) int {
	if j != s.a+1 || f.toks[s.a].lower != "in" {
		return -1
	}
	if w := f.toks[j].lower; w != "a" && w != "an" && possessivePronoun(w) == "" {
		return -1
	}
	c := j + 1
	for c < s.b && c < j+12 && !f.isPunct(c, ",") {
		if f.toks[c].k != tWord {
			return -1
		}
		c++
	}
	if c >= s.b || !f.isPunct(c, ",") {
		return -1
	}
	for k := c + 1; k < s.b && k <= c+4; k++ {
		m := mm.at(k)
		if m == nil {
			// ("In a statement, it said": the body "it" stands for)
			if id := f.frontedPronounAuthor(s, k); id >= 0 {
				return id
			}
			if t := &f.toks[k]; t.k != tWord || t.cap || t.is(cFunction) && !t.is(cDet) {
				return -1
			}
			continue
		}
		if m.a != k || m.poss || m.b >= s.b || (m.kind != mPerson && m.kind != mOrg && m.kind != mUnknown) {
			return -1
		}
		if _, v := f.toks[m.b].verb(); !v || f.toks[m.b].cap {
			return -1
		}
		return f.authorEnt(m)
	}
	return -1
}

// frontedPronounAuthor returns the body that "it" at token k, right after
// a fronted "In a statement," and before a verb, stands for ("In a
// statement, it said the strikes killed six"), or -1.
func (f *finder) frontedPronounAuthor(s sentence, k int) int {
	if f.toks[k].lower != "it" || k+1 >= s.b || !f.isPunct(k-1, ",") {
		return -1
	}
	if _, v := f.toks[k+1].verb(); !v || f.toks[k+1].cap {
		return -1
	}
	id := f.antecedent("it", f.toks[k].s)
	if id < 0 || f.ents[id].kind != eOrg {
		return -1
	}
	return id
}

// pastDate returns the token before a date that ends at token j and
// qualifies a text ("a May 17 memo", "a Jan. 5 letter", "its March
// report"), or j when none does: the date is no name that issued the text
// (issue 20, twenty-fifth round).
func (f *finder) pastDate(s sentence, j int) int {
	i := j
	if i-1 >= s.a && f.toks[i].k == tWord && isNumber(f.toks[i].w) && len(f.toks[i].w) <= 2 {
		i--
	}
	if i >= s.a && f.toks[i].k == tWord && f.toks[i].cap && monthWord(f.toks[i].lower) && i-1 >= s.a {
		return i - 1
	}
	return j
}

// recordingNoun reports nouns for a recording whose voice an article can
// attribute to someone.
func recordingNoun(w string) bool {
	switch w {
	case "recording", "tape", "audiotape", "videotape", "video", "audio", "message", "broadcast", "speech":
		return true
	}
	return false
}

// voiceNoun reports the nouns an article uses for the voice on a recording.
func voiceNoun(w string) bool {
	return w == "speaker" || w == "voice" || w == "narrator"
}

// attributedTo returns the person or body a recording at token k is said
// to come from ("attributed to X", "purportedly from X", "purportedly by
// X", "said to be from X"), within a few words after it, or -1.
func (f *finder) attributedTo(s sentence, k int, mm mentionMap) int {
	for i := k + 1; i < s.b && i < k+6; i++ {
		w := f.toks[i].lower
		n := -1
		switch {
		case w == "attributed" && i+2 < s.b && f.toks[i+1].lower == "to":
			n = i + 2
		case (w == "purportedly" || w == "allegedly" || w == "apparently") && i+2 < s.b && (f.toks[i+1].lower == "from" || f.toks[i+1].lower == "by"):
			n = i + 2
		}
		if n < 0 {
			continue
		}
		if m := mm.at(n); m != nil && m.a == n && (m.kind == mPerson || m.kind == mOrg || m.kind == mUnknown) {
			return f.authorEnt(m)
		}
		return -1
	}
	return -1
}

// textAuthor resolves a speaker phrase [npA, npB) with head token head
// that names a written text to the text's author. A text's words are its
// author's (the gold conventions), and every text noun is resolved in the
// same order: the owner (textOwner: "Wadsworth’s presentation", "its
// report"), then an author after it (textAfter: "a statement from the
// ministry", "The letter, signed by 40 lawmakers,", "an editorial in the
// Daily Star"), then a name that qualifies it (textQualifier: "the KCNA
// statement"); "the report's authors" are the report's author. ok is
// false when none of these gives an author: the text then stays a
// described source, to which creditAuthors may later give the author
// the article names for the latest such text nearby.
func (f *finder) textAuthor(npA, npB, head int, appos string, mm mentionMap) (int, string, bool) {
	if id := f.textAuthors(npA, head); id >= 0 {
		return id, "", true
	}
	if id := f.textOwner(npA, head, mm); id >= 0 {
		return id, "", true
	}
	if id, affil, ok := f.textAfter(npA, npB, head, appos, mm); ok {
		return id, affil, true
	}
	if id := f.textQualifier(npA, head, mm); id >= 0 {
		return id, appos, true
	}
	return -1, "", false
}

// textAfter finds the author of the text a phrase names after the text's
// noun: "by"/"from" and a name or a described source ("a 2014 report from
// the World Bank", "a statement by a Sussex spokesperson"), the agent of
// a participle ("The letter, signed by 40 lawmakers,", "A report released
// Tuesday by the GAO", "a pamphlet issued by …"), the outlet it appeared
// in ("An editorial in the Daily Star") or the body whose occasion it
// followed ("the statement after its September meeting").
func (f *finder) textAfter(npA, npB, head int, appos string, mm mentionMap) (int, string, bool) {
	hl := f.toks[head].lower
	// ("An editorial in the Beirut-based Daily Star": the outlet's)
	if id := f.outletOfText(head, mm); id >= 0 {
		return id, appos, true
	}
	if textDocs(hl) && !f.toks[head].cap {
		// ("Promotional emails from RW Arms also include…": the subject
		// may stop before "from")
		end := max(npB, min(head+6, mm.base+len(mm.idx)))
		if i := head + 1; i+1 < end && (f.toks[i].lower == "from" || f.toks[i].lower == "by") {
			n := i + 1
			if f.toks[n].lower == "the" && n+1 < end {
				n++
			}
			n = f.pastOrgNoun(n, end)
			if m := mm.at(n); m != nil && m.a == n {
				if id := f.authorEnt(m); id >= 0 {
					return id, appos, true
				}
			}
		}
		// "a statement by a Sussex spokesperson": a described source
		if sa, sh := f.describedAuthor(head, mm); sh >= 0 {
			id, affil := f.resolveNP(sa, sh+1, sh, appos, mm)
			return id, affil, true
		}
	}
	// "The letter, signed by 40 lawmakers, said", "The lawsuit, filed by
	// the ACLU, alleges": the agent of the participle wrote it
	if textDoc(hl) && !f.toks[head].cap && npB+2 < len(f.toks) && f.isPunct(npB, ",") && isParticipleEd(&f.toks[npB+1]) {
		if id := f.agentAuthor(npB+2, len(f.toks), mm); id >= 0 {
			return id, appos, true
		}
	}
	// "a widely distributed pamphlet issued by the Chechen state
	// publishing house Put": the phrase may end at the participle
	if isParticipleEd(&f.toks[head]) && head-1 >= npA && authoredText(f.toks[head-1].lower) && !f.toks[head-1].cap {
		if id := f.agentAuthor(head+1, len(f.toks), mm); id >= 0 {
			return id, "", true
		}
	}
	// "A report released Tuesday by the Government Accountability Office"
	if textDoc(hl) && !f.toks[head].cap && head+2 < npB && isParticipleEd(&f.toks[head+1]) {
		if id := f.agentAuthor(head+2, npB, mm); id >= 0 {
			return id, appos, true
		}
	}
	// "the statement after its September meeting": the owner of the
	// occasion wrote the text
	if textDoc(hl) && !f.toks[head].cap {
		end := mm.base + len(mm.idx) // the sentence's end
		for i := head + 1; i < end && i < head+3 && f.toks[i].k == tWord; i++ {
			if w := f.toks[i].lower; w == "its" {
				// the organisation named last before it in the sentence
				for j := len(mm.ms) - 1; j >= 0; j-- {
					if m := &mm.ms[j]; m.b <= npA && m.kind == mOrg {
						if id := f.authorEnt(m); id >= 0 {
							return id, appos, true
						}
						break
					}
				}
				break
			}
		}
	}
	return -1, "", false
}

// textQualifier returns the person or body whose name qualifies the text
// the phrase [npA, head] names ("the KCNA statement", "a Moody’s
// Analytics forecast"; "a Biden campaign release" is the campaign's), or
// -1.
func (f *finder) textQualifier(npA, head int, mm mentionMap) int {
	if !textDocs(f.toks[head].lower) || f.toks[head].cap {
		return -1
	}
	for i := npA; i < head; i++ {
		m := mm.at(i)
		if m == nil || m.b > head || (m.kind != mOrg && m.kind != mPerson) {
			continue
		}
		if id := f.campaignOf(m, head); id >= 0 {
			return id
		}
		if m.ent < 0 {
			f.resolveMention(m)
		}
		if m.ent >= 0 {
			return m.ent
		}
	}
	// "an agency statement", "a ministry release": the body of that kind
	// the article named, as "the agency" would be ("a police report"
	// stays the report: the police are no one body named)
	if m := head - 1; m > npA && f.toks[m].k == tWord && !f.toks[m].cap && institution(f.toks[m].lower) {
		w := f.toks[m].lower
		id := f.orgNamedBy(w)
		if id < 0 && backInstitution(w) {
			id = f.institutionBack(npA)
		}
		if id >= 0 && f.ents[id].kind == eOrg && !f.ents[id].place {
			return id
		}
	}
	return -1
}
