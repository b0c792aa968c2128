package quotes

import (
	"sort"
	"strings"
	"unicode"
)

// Described sources: unnamed ones ("a source", "one actor from Bangkok",
// "another", "the second official"), those owned by someone ("the
// senator's aide"), and the name a later sentence or the next paragraph
// gives a described speaker ("The pilot, identified as X", a wire lede's
// subject named below, "who asked to use the pseudonym James").

// anonWord reports pronoun-like words that stand for an unnamed source.
func anonWord(w string) bool {
	switch w {
	case "one", "another", "some", "others", "many", "several", "most", "few":
		return true
	}
	return false
}

// unnamedSourceNoun reports the nouns for a source the article leaves
// unnamed ("the source said", "the insider added"): such a noun never
// refers back to the person the article has just named, who is what the
// source talks about (issue 20, twenty-first round).
func unnamedSourceNoun(w string) bool {
	switch w {
	case "source", "insider", "tipster":
		return true
	}
	return false
}

// unnamedSourceBack returns the unnamed source that "the source" or "the
// insider" refers back to when no source was described with that very
// noun: the latest single source described with another of those nouns
// ("a source told the magazine … the insider said"), or the latest person
// described, not named, who asked not to be ("one actor from Bangkok, who
// asked to remain anonymous, …" then "the source says"). The labels name
// such a source as first described; else -1 (issue 20, twenty-fifth
// round).
func (f *finder) unnamedSourceBack() int {
	best := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		if e.kind != eGroup || e.plural {
			continue
		}
		if !unnamedSourceNoun(e.head) && !anonymityAsked(e.lowerAffil()) {
			continue
		}
		if best < 0 || e.last > f.ents[best].last {
			best = i
		}
	}
	return best
}

// anonymityAsked reports a description that says the person is left
// unnamed at their own wish ("who asked to remain anonymous", "speaking on
// condition of anonymity", "who asked not to be named").
func anonymityAsked(desc string) bool {
	return strings.Contains(desc, "anonym") || strings.Contains(desc, "not to be named") ||
		strings.Contains(desc, "not be named") || strings.Contains(desc, "not to be identified") ||
		strings.Contains(desc, "not be identified")
}

// shortPersonNoun reports a described source headed by a short person
// noun that the suffix test of validHead misses ("one actor", "a local
// star"): a person, whom "he" or "she" can stand for. The head must be
// written in lower case ("Ms. Pope" is a name) (issue 20, twenty-fifth
// round).
func shortPersonNoun(name string) bool {
	fs := strings.Fields(name)
	if len(fs) < 2 {
		return false
	}
	h := fs[len(fs)-1]
	if h != strings.ToLower(h) {
		return false
	}
	return roleGender(h) != 0 || epithet(h) && !strings.HasSuffix(h, "s")
}

// bareOneSpeaks reports whether a bare "one" or "another" before a verb
// of speech is a source the labels name so ("social media users loved
// it, one commented: “…”", "Another said: “…”"): it opens its clause,
// after a stop, a colon or a comma, and its verb takes the quotation
// that follows. The phrase is then resolved as a described source
// (issue 20, seventeenth round).
func (f *finder) bareOneSpeaks(s sentence, at *attrib) bool {
	w := f.toks[at.head].lower
	if w != "one" && w != "another" || at.verb != at.npB {
		return false
	}
	p := at.npA - 1
	if p >= s.a && f.toks[p].k == tQuote {
		return true // "“…,” another replies"
	}
	if p >= s.a && !(f.toks[p].k == tPunct && (f.toks[p].w == "," || f.toks[p].w == ":")) {
		return false
	}
	// the quotation follows the verb ("Another said: “…”"), not a noun
	// ("Another suggested design included…")
	return f.quoteAfterVerb(s, at.verb)
}

// indefiniteOpener returns the noun of an indefinite phrase opening
// sentence s ("A midwife on board the ship MV Aquila described…") when a
// preposition follows it and the words up to token j (before the verb)
// hold no verb, comma or possessive: the name inside the prepositional
// phrase is where the source is, not who speaks. Else -1.
func (f *finder) indefiniteOpener(s sentence, j int) int {
	if d := f.toks[s.a].lower; f.toks[s.a].k != tWord || d != "a" && d != "an" || j-s.a < 4 || j-s.a > 12 || !f.isCapWord(j) {
		return -1
	}
	h := s.a + 1
	if n := &f.toks[h]; n.k != tWord || n.cap || n.is(cFunction|cDet|cPrep|cStopNP) {
		return -1
	}
	if p := &f.toks[h+1]; p.k != tWord || p.cap || !p.is(cPrep) && p.lower != "aboard" || p.lower == "of" {
		return -1
	}
	for k := h + 2; k <= j; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss {
			return -1
		}
		if _, ok := t.verb(); ok && !t.cap {
			return -1
		}
	}
	return h
}

// ownedSource reports the nouns for an unnamed source that, owned by a
// named person or body ("People's unnamed source", "the senator's aide"),
// is "a source", "an aide": the owner is the affiliation.
func ownedSource(w string) bool {
	switch w {
	case "source", "official", "aide", "adviser", "advisor", "representative", "insider":
		return true
	}
	return false
}

// ownedSources reports the plural nouns for unnamed sources that, owned by
// a named person or body ("Apple’s lawyers", "the mayor’s aides"), are
// "lawyers", "aides": the owner is the affiliation, as for one source.
func ownedSources(w string) bool {
	switch w {
	case "sources", "officials", "aides", "advisers", "advisors", "representatives", "insiders",
		"lawyers", "attorneys", "spokesmen", "spokeswomen", "spokespeople":
		return true
	}
	return false
}

// ownedCounsel reports a lone lawyer owned by someone ("the company's
// lawyer said"): an unnamed source, "a lawyer", like an owned spokesman.
func ownedCounsel(w string) bool {
	return w == "lawyer" || w == "attorney"
}

// countWord reports the ordinals a text counts unnamed sources off
// with ("a second official", "the third official").
func countWord(w string) bool {
	switch w {
	case "second", "third", "fourth", "fifth", "sixth":
		return true
	}
	return false
}

// countedBefore finds the phrase "the official" (tokens npA..head)
// means when the text counts its unnamed sources off: the latest earlier
// use of the head noun, in the same paragraph or the two before, if it is
// counted ("The second official put it this way: “…,” the official
// said"); or, when "the" phrase is itself counted ("the third official
// said") and the latest use is not, that phrase. Such a source is not the
// first one described with the noun. It returns the phrase's token range,
// or -1, -1.
func (f *finder) countedBefore(npA, head int) (int, int) {
	hl := f.toks[head].lower
	para := f.toks[npA].para
	for i := npA - 1; i >= 2 && i >= npA-300; i-- {
		t := &f.toks[i]
		if para-t.para > 2 {
			break
		}
		if t.k != tWord || t.cap || t.lower != hl {
			continue
		}
		if countWord(f.toks[i-1].lower) {
			switch f.toks[i-2].lower {
			case "the", "a", "an":
				return i - 2, i + 1
			}
		}
		break // the latest use decides
	}
	if head == npA+2 && countWord(f.toks[npA+1].lower) {
		return npA, head + 1
	}
	return -1, -1
}

// descriptionLinks records the descriptions sentence s gives a named
// person in apposition, on either side of the name, or after "is"/"was":
// "The spokesperson, Hanna Voll, declined…", "Tom Reed, the spokesman,
// added…", "said Sarah's doctor, Julie Jensen", "Joe Vince is a former
// ATF agent". The description's head noun becomes one of the person's
// titles, so that a later "the agent" is that person (see definite and
// describedRef); and a definite description ("the spokesperson") names
// the unnamed source that a phrase with the same noun brought in, in this
// paragraph or the one before: that source's quotations are the person's
// ("“…,” a spokesperson for the ministry said. The spokesperson, Hanna
// Voll, declined…").
func (f *finder) descriptionLinks(s sentence, mm mentionMap) {
	for i := range mm.ms {
		m := &mm.ms[i]
		if m.ent < 0 || m.kind != mPerson || m.poss || f.ents[m.ent].kind != ePerson {
			continue
		}
		if a, h := f.descBefore(s, m); h >= 0 {
			f.linkDescription(m.ent, a, h)
		}
		if a, h := f.descAfter(s, m, mm); h >= 0 {
			f.linkDescription(m.ent, a, h)
		}
	}
}

// descBefore returns the description set off by a comma right before the
// name m ("The spokesperson, Hanna Voll,", "Another prosecutor, Ana Roe,
// proposed"): its first token and its head, or -1, -1. The description
// opens its clause with a determiner, a possessive or "one"/"another",
// holds no verb, and its head is a person noun before any preposition;
// the name is followed by a comma, a verb or the end of the sentence.
func (f *finder) descBefore(s sentence, m *mention) (int, int) {
	e := m.pa - 1
	if e-2 < s.a || !f.isPunct(e, ",") {
		return -1, -1
	}
	if m.b < s.b && !f.isPunct(m.b, ",") && (f.toks[m.b].k != tWord || f.toks[m.b].cap) {
		return -1, -1
	}
	st := e - 1
	for st > s.a && e-st < 10 && f.toks[st-1].k == tWord && !f.descOpener(st) {
		st--
	}
	if !f.descOpener(st) || st > s.a && f.toks[st-1].k == tWord && !f.toks[st-1].is(cPrep) {
		return -1, -1
	}
	return st, f.descHead(st, e)
}

// descAfter returns the description in apposition right after the name m
// (", the spokesman,", ", a former ATF agent") or after "is"/"was" ("is a
// former ATF agent"): its first token and its head, or -1, -1.
func (f *finder) descAfter(s sentence, m *mention, mm mentionMap) (int, int) {
	a := m.b
	if a+1 >= s.b || !(f.isPunct(a, ",") || f.toks[a].lower == "is" || f.toks[a].lower == "was") {
		return -1, -1
	}
	a++
	if w := f.toks[a].lower; w != "the" && w != "a" && w != "an" {
		return -1, -1
	}
	e := a + 1
	for e < s.b && e < a+10 && f.toks[e].k == tWord {
		e++
	}
	h := f.descHead(a, e)
	// ("Saphina Ndali is a mother of two": what she is, not a role the
	// text calls her by; "the mother of four" is someone else)
	if h >= 0 && !f.isPunct(m.b, ",") && (kinGender(f.toks[h].lower) != 0 || plainPersonNoun(f.toks[h].lower)) {
		return -1, -1
	}
	return a, h
}

// descOpener reports a token that opens a description: a determiner, "one"
// or "another", or an owner's name or pronoun ("Sarah's", "his").
func (f *finder) descOpener(k int) bool {
	t := &f.toks[k]
	if t.k != tWord {
		return false
	}
	return t.lower == "the" || t.lower == "a" || t.lower == "an" || t.lower == "one" || t.lower == "another" ||
		possessivePronoun(t.lower) != "" || t.poss && t.cap
}

// descHead returns the head noun of the description [a, e): the last
// word before a preposition, a relative pronoun or the end, if it is a
// person noun and no verb comes before it; else -1.
func (f *finder) descHead(a, e int) int {
	h := -1
	for k := a + 1; k < e; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.is(cPrep) || t.is(cStopNP) {
			break
		}
		if _, v := t.verb(); v || auxiliary(t.lower) {
			return -1
		}
		h = k
	}
	if h < 0 || f.toks[h].cap || f.toks[h].poss || !f.subjectPersonNoun(f.toks[h].lower) || singularNoun(f.toks[h].lower) != "" {
		return -1
	}
	return h
}

// linkDescription records that person id is described by the phrase
// opening at token a with head h (see descriptionLinks).
func (f *finder) linkDescription(id, a, h int) {
	hl := f.toks[h].lower
	f.addDescription(id, hl)
	if f.toks[a].lower != "the" {
		return
	}
	// the unnamed source the same noun described lately
	para := f.toks[a].para
	d := -1
	for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
		if e := &f.ents[i]; e.kind == eGroup && !e.plural && e.head == hl && e.first < f.toks[a].s && para-f.paraAt(e.last) <= 1 && (d < 0 || e.last > f.ents[d].last) {
			d = i
		}
	}
	if d < 0 {
		return
	}
	for i := len(f.accepted) - 1; i >= 0 && i >= len(f.accepted)-maxCandidates; i-- {
		if qi := f.accepted[i]; f.qs[qi].ent == d {
			f.qs[qi].ent = id
		}
	}
}

// identifyLater gives quotations credited to an unnamed person the name
// the next paragraph introduces with the same description, as wire ledes
// do: "A top regional Federal Reserve official criticized … as a
// “dangerous gamble.”" then "Federal Reserve Bank of Kansas City President
// Thomas Hoenig … said…"; "A spokesman for the firm called the claims
// “baseless.”" then "“…,” said the spokesman, Tom Reed.". The person
// speaks in sentence s, is named there for the first time, opens its
// paragraph's speech, and shares the description's head noun or one of its
// capitalised words.
func (f *finder) identifyLater(s sentence, mm mentionMap) {
	para := f.toks[s.a].para
	// the first quotation of the sentence, the first of its paragraph
	qi := -1
	for i := len(f.accepted) - 1; i >= 0; i-- {
		q := &f.qs[f.accepted[i]]
		if q.tok < s.a {
			if q.tok >= 0 && f.paraEnd(q.tok) == para {
				return // the paragraph has speech already
			}
			break
		}
		qi = i
	}
	if qi <= 0 {
		return
	}
	sp := f.qs[f.accepted[qi]].ent
	if sp < 0 || f.ents[sp].kind != ePerson || f.ents[sp].first < f.toks[s.a].s {
		return
	}
	// the person's first mention, with the words before it
	var pm *mention
	for i := range mm.ms {
		if mm.ms[i].ent == sp {
			pm = &mm.ms[i]
			break
		}
	}
	if pm == nil {
		return
	}
	// the unnamed speaker of the paragraph before
	q := &f.qs[f.accepted[qi-1]]
	if q.tok < 0 || f.paraEnd(q.tok) != para-1 || q.ent < 0 {
		return
	}
	d := q.ent
	e := &f.ents[d]
	low := strings.ToLower(e.name)
	if e.kind != eGroup || e.plural || e.first < f.firstOfPara(para-1) ||
		!(strings.HasPrefix(low, "a ") || strings.HasPrefix(low, "an ")) || !f.personish(e.name) {
		return
	}
	p := &f.ents[sp]
	desc := strings.ToLower(f.spanText(s.a, pm.b) + " " + p.affil + " " + pm.appos + " " + strings.Join(p.titles, " "))
	fields := strings.Fields(e.name)
	shared := false
	for i, w := range fields {
		capital := i > 0 && w != "" && w[0] >= 'A' && w[0] <= 'Z'
		w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(strings.Trim(w, ".,")), "'s"), "’s")
		if (i == len(fields)-1 || capital) && containsWord(desc, w) {
			shared = true
			break
		}
	}
	// ("A leader of the state’s largest teachers union said" before
	// "said Dan Holub, executive director of the Indiana State Teachers
	// Association": a noun of the description's own phrase)
	shared = shared || f.affilShared(e.affil, desc)
	if !shared {
		return
	}
	// the described speaker was introduced in the paragraph before: its
	// quotations are all from there on
	for i := len(f.accepted) - 1; i >= 0; i-- {
		q := &f.qs[f.accepted[i]]
		if q.tok >= 0 && f.toks[q.tok].para < para-1 {
			break
		}
		if q.ent == d {
			q.ent = sp
		}
	}
}

// affilShared reports whether a content word of a described speaker's
// phrase (its affiliation, "of the state’s largest teachers union") is in
// desc, what the text says of a person named later: a word of four letters
// or more that is no function word or number.
func (f *finder) affilShared(affil, desc string) bool {
	for _, w := range strings.Fields(strings.ToLower(affil)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,;:()"), "'s"), "’s")
		if len(w) < 4 || f.lx.is(w, cFunction|cDet|cPrep|cStopNP) || isNumber(w) {
			continue
		}
		switch w {
		case "state", "national", "local", "largest", "biggest", "former", "senior", "country", "city":
			continue // too common to tie two descriptions
		}
		if containsWord(desc, w) {
			return true
		}
	}
	return false
}

// ledeIdentity names the described subject of a wire lede: "The father of
// the nightclub gunman … describing himself as its “revolutionary
// president.”" then, opening the next paragraph, "Seddique Mir Mateen
// maintained a high profile…". The lede's quotations credited to a
// definite description ("the father") go to the full name that opens the
// second paragraph, introduced there for the first time.
func (f *finder) ledeIdentity(s sentence, mm mentionMap) {
	if len(f.toks) == 0 || len(mm.ms) == 0 {
		return
	}
	lede := f.toks[0].para
	para := f.toks[s.a].para
	if para != lede+1 || !f.paraStart(s.a) {
		return
	}
	m := &mm.ms[0]
	if m.a != s.a || m.kind != mPerson || m.b-m.ca < 2 || m.b >= s.b || len(m.titles) > 0 {
		return
	}
	nx := &f.toks[m.b]
	appos := f.isPunct(m.b, ",") && m.b+1 < s.b && f.toks[m.b+1].k == tWord && !f.toks[m.b+1].cap
	if !appos && (nx.k != tWord || nx.cap || nx.is(cFunction|cPrep|cStopNP)) {
		return
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	if m.ent < 0 || f.ents[m.ent].kind != ePerson || f.ents[m.ent].first < f.toks[s.a].s {
		return
	}
	// "accusing a young blogger of …" in the lede, "Dave Cournoyer, host
	// of …, paid" opening the next paragraph: the one person the lede
	// describes with an indefinite noun is the one named now, so "the
	// blogger" later is that person (see definite)
	if h := f.ledeDescription(lede); h != "" && !containsStr(f.ents[m.ent].titles, h) {
		f.ents[m.ent].titles = append(f.ents[m.ent].titles, h)
	}
	if appos {
		return
	}
	for _, qi := range f.accepted {
		q := &f.qs[qi]
		if q.tok < 0 || f.toks[q.tok].para != lede || q.ent < 0 {
			continue
		}
		e := &f.ents[q.ent]
		low := strings.ToLower(e.name)
		if e.kind != eGroup || e.plural || !strings.HasPrefix(low, "the ") || !f.personish(e.name) || strings.Count(low, " ") > 2 {
			continue
		}
		// a relation to someone ("the father of the gunman", "the widow"),
		// not a source's usual description ("the spokesman")
		fs := strings.Fields(low)
		k := f.tokAt(e.first)
		if k >= 0 {
			k += len(fs)
		}
		if kinGender(fs[len(fs)-1]) == 0 && !(k > 0 && k < len(f.toks) && f.toks[k].lower == "of") {
			continue
		}
		q.ent = m.ent
	}
}

// ledeDescription returns the head noun of the one person the lede
// paragraph describes as "a"/"an", up to two lower-case modifiers and a
// person noun that is not a source's usual description ("a young
// blogger"), or "".
func (f *finder) ledeDescription(lede int) string {
	head := ""
	for k := 0; k+1 < len(f.toks) && f.toks[k].para == lede; k++ {
		if w := f.toks[k].lower; w != "a" && w != "an" {
			continue
		}
		for j := k + 1; j < len(f.toks) && j <= k+3 && f.toks[j].para == lede; j++ {
			t := &f.toks[j]
			if t.k != tWord || t.cap || t.is(cFunction|cSkip|cStopNP) {
				break
			}
			if _, v := t.verb(); v {
				break
			}
			if epithet(t.lower) || occupationNoun(t.lower) || strings.HasSuffix(t.lower, "er") && f.personishHead(t.lower) && !sourceNoun(t.lower) {
				if head != "" && head != t.lower {
					return "" // two people described: no telling which
				}
				head = t.lower
				break
			}
		}
	}
	return head
}

// describedNamed returns the described source that the text now names in
// apposition before mention m ("The pilot, identified as Chesley
// Sullenberger, is credited…" after "the pilot reported a “double bird
// strike”"; "The driver, Ana Ruiz, said"): a singular "the <noun>" that
// spoke before under that description; or -1 (issue 20, nineteenth
// round).
func (f *finder) describedNamed(m *mention) int {
	k := m.a - 1
	if k >= 1 && f.toks[k].lower == "as" && (f.toks[k-1].lower == "identified" || f.toks[k-1].lower == "named") {
		k -= 2
	}
	if k < 2 || !f.isPunct(k, ",") {
		return -1
	}
	h, d := &f.toks[k-1], &f.toks[k-2]
	if h.k != tWord || h.cap || h.poss || d.lower != "the" || h.is(cFunction) {
		return -1
	}
	id, ok := f.nameIdx[entKey{eGroup, "the " + h.lower}]
	if !ok || f.ents[id].plural || f.ents[id].first >= d.s {
		return -1
	}
	return id
}

// personForDescribed makes the described source id the person now named
// (name, parts): the quotations given to "the pilot" are his.
func (f *finder) personForDescribed(id int, name phrase, parts []string, titles []string) {
	e := &f.ents[id]
	delete(f.nameIdx, entKey{eGroup, strings.ToLower(e.name)})
	if !containsStr(e.titles, e.head) && e.head != "" {
		e.titles = append(e.titles, e.head)
	}
	e.kind, e.name, e.head = ePerson, name.text, ""
	f.nameIdx[entKey{ePerson, name.lower}] = id
	f.setParts(id, parts)
	e.surname = f.surnameOf(parts)
	if g := genderOf(f.lx, titles, parts[0]); g != 0 {
		e.gender = g
	}
}

// ledeEpithetNamed returns the described source that a lede's
// "<Place>'s <role>" introduced ("Britain's foreign secretary has said
// that … “an absolute duty”") when the paragraph after the lede names a
// new person as the subject of a verb of speech ("Speaking on Monday,
// Boris Johnson said,"): a wire lede describes the speaker the body then
// names, so the lede's words and a later "the foreign secretary" are that
// person's; or -1 (issue 20, twenty-fifth round).
func (f *finder) ledeEpithetNamed(m *mention) int {
	if len(f.toks) == 0 || f.toks[m.a].para != f.toks[0].para+1 || m.b >= len(f.toks) || !honorificTitles(m.titles) {
		return -1
	}
	if v, ok := f.toks[m.b].verb(); !ok || v.weak || v.participle {
		return -1
	}
	lede := f.toks[0].para
	id := -1
	for i := range f.ents {
		e := &f.ents[i]
		if e.kind != eGroup || e.plural || e.head == "" {
			continue
		}
		k := f.tokAt(e.first)
		if k < 0 || f.toks[k].para != lede {
			continue
		}
		n := len(strings.Fields(e.name))
		if !f.placeEpithet(k, k+n-1, k+n) {
			continue
		}
		if id >= 0 {
			return -1 // two described in the lede: no telling which
		}
		id = i
	}
	return id
}

// pseudonymGiven returns the person named by the relative clause at token
// b (after an optional comma) that gives a described speaker a name
// without quotation marks: "the director of academic management, who
// asked to use the pseudonym James", "who gave only her first name, Ana",
// "who identified himself only as Omar". It returns -1 when there is none.
func (f *finder) pseudonymGiven(b int, mm mentionMap) int {
	end := mm.base + len(mm.idx)
	// (past the rest of the phrase: "the director of academic management
	// at SUM, who")
	for i := b; i < end && i < b+8 && f.toks[i].k == tWord && f.toks[i].lower != "who"; i++ {
		if _, v := f.toks[i].verb(); v {
			return -1
		}
		b = i + 1
	}
	if f.isPunct(b, ",") {
		b++
	}
	if b >= end || f.toks[b].lower != "who" {
		return -1
	}
	for i := b + 1; i+1 < end && i < b+14; i++ {
		t := &f.toks[i]
		if t.k != tWord {
			if f.isPunct(i, ",") {
				continue
			}
			return -1
		}
		w := t.lower
		// ("who gave her name as Ana Roe", "who identified himself as
		// Omar", "who is known as Stux")
		named := w == "pseudonym" || w == "alias" || (w == "name" && (f.toks[i-1].lower == "first" || f.toks[i-1].lower == "the")) ||
			(w == "as" && namedAs(f.toks[i-1].lower))
		if !named {
			continue
		}
		n := i + 1
		if f.isPunct(n, ",") {
			n++
		}
		m := mm.at(n)
		if m == nil || m.a != n || m.poss || (m.kind != mPerson && m.kind != mUnknown) {
			return -1
		}
		m.kind = mPerson
		if m.ent < 0 {
			f.resolveMention(m)
		}
		return m.ent
	}
	return -1
}

// namedAs reports the words before "as" that give a name: "identified
// (only) as", "gave her name as", "identified himself as", "known as".
func namedAs(w string) bool {
	switch w {
	case "only", "identified", "name", "himself", "herself", "themselves", "known":
		return true
	}
	return false
}

// nameGiven returns the token of a quoted name that a relative clause
// right after a described person's phrase (ending before token b) gives
// as the person's name ("who would say only that his name was “Perry”",
// "who called herself “Kiki”"), or -1.
func (f *finder) nameGiven(b int) int {
	if b >= len(f.toks) || f.toks[b].k != tWord || (f.toks[b].lower != "who" && f.toks[b].lower != "whose") {
		return -1
	}
	for i := b + 1; i < len(f.toks) && i < b+16; i++ {
		t := &f.toks[i]
		if t.k == tBreak || (t.k == tPunct && t.w != ",") {
			return -1
		}
		if t.k != tQuote {
			continue
		}
		if !f.quotedName(i) {
			return -1
		}
		p := f.toks[i-1].lower
		pp := ""
		if i-2 > b {
			pp = f.toks[i-2].lower
		}
		if ((p == "was" || p == "is") && pp == "name") || p == "named" || p == "nicknamed" ||
			((p == "himself" || p == "herself") && (pp == "called" || pp == "calls")) || (p == "as" && namedAs(pp)) {
			f.qs[t.q].named = true
			return i
		}
		return -1
	}
	return -1
}

// quotedName reports a quotation token that holds only a name of one or
// two capitalised words ("“Perry”"), as a speaker who gives only a
// nickname is written.
func (f *finder) quotedName(k int) bool {
	t := &f.toks[k]
	if t.k != tQuote || t.q < 0 || t.q >= len(f.regs) {
		return false
	}
	g := f.regs[t.q]
	txt := f.r[g.start:g.stop]
	if len(txt) < 2 || len(txt) > 30 {
		return false
	}
	words := 0
	for i, c := range txt {
		switch {
		case c == ' ':
			continue
		case i == 0 || txt[i-1] == ' ':
			if !unicode.IsUpper(c) {
				return false
			}
			words++
		case !unicode.IsLetter(c) && c != '-' && c != '.':
			return false
		}
	}
	if words < 1 || words > 2 {
		return false
	}
	w := strings.ToLower(string(txt))
	return !f.lx.is(w, cFunction|cNonName|cTitle|cRole|cDoc|cPlace|cOrg)
}

// quotedNameEnt returns the person a quoted name (see quotedName) at token
// k stands for, creating one named so.
func (f *finder) quotedNameEnt(k int) int {
	g := f.regs[f.toks[k].q]
	name := f.text(g.start, g.stop)
	low := strings.ToLower(name)
	if id, ok := f.nameIdx[entKey{ePerson, low}]; ok {
		return id
	}
	id := f.newEntity(phrase{name, low}, ePerson, g.start)
	parts := strings.Fields(low)
	f.setParts(id, parts)
	e := &f.ents[id]
	e.surname, e.single = parts[len(parts)-1], len(parts) == 1
	return id
}

// replyFrom returns the described source a sentence ends with after a noun
// of speech and "from" ("I got an email reply from an Orbis
// representative."): a determiner, up to three modifiers and a person
// noun closing the sentence. ok is false otherwise.
func (f *finder) replyFrom(s sentence) (int, int, int, bool) {
	e := s.b - 1
	for e > s.a && f.toks[e].k == tPunct {
		e--
	}
	h := e
	if h-2 <= s.a || f.toks[h].k != tWord || f.toks[h].cap || !f.personishHead(f.toks[h].lower) || sourceNoun(f.toks[h].lower) && !spokesNoun(f.toks[h].lower) && f.toks[h].lower != "representative" && f.toks[h].lower != "official" {
		return 0, 0, 0, false
	}
	a := h - 1
	for a > s.a && a >= h-4 && !f.toks[a].is(cDet) {
		if t := &f.toks[a]; t.k != tWord || t.is(cPrep|cFunction) {
			return 0, 0, 0, false
		}
		a--
	}
	if a <= s.a+1 || !f.toks[a].is(cDet) || f.toks[a-1].lower != "from" {
		return 0, 0, 0, false
	}
	if w := f.toks[a-2].lower; !speechNoun(w) && w != "email" && w != "e-mail" && w != "statement" {
		return 0, 0, 0, false
	}
	return a, h + 1, h, true
}

// describedSubjectPhrase returns the subject phrase of sentence s, [sa,
// sb) with head h, when it names no one: "A young crew member watched…",
// "The right-hander had given up…", "Two senior campaign officials
// said…", "His mother told…", "A second State department official sought
// to play down the reports", "The rabbis' second letter echoed…" (the
// owner, a group). Every such clause subject is an entity of the
// discourse, typed by its head noun, which a later "he", "she" or "they",
// or a definite description ("the official"), can mean (see
// describedSubjectEnt). The phrase opens with a determiner, a number, a
// possessive pronoun or a quantifier, or is a bare plural, and holds no
// name but capitalised modifiers after "a"/"an"; a verb, an adverb, a
// preposition or an appositive comma follows it. A phrase that is no
// person or group of people, or the subject of what someone else
// reports ("A single shooter was found dead, Dean said"), is none.
func (f *finder) describedSubjectPhrase(s sentence, ats []attrib, texts bool, mm mentionMap) (int, int, int, bool) {
	// ("BAGHDAD — A distraught mother…": past a dateline)
	for k := s.a; k < s.b && k < s.a+4 && f.toks[k].k == tWord && f.toks[k].cap; k++ {
		if f.isPunct(k+1, "—–-") {
			s.a = k + 2
			break
		}
	}
	if s.a >= s.b {
		return 0, 0, 0, false // a dateline and nothing after it
	}
	sa, sb, h, ok := f.subjectNP(s, mm)
	if ok {
		sa, sb, h, ok = f.describedPhrase(s, sa, sb, h, texts, mm)
	}
	if !ok {
		sa, sb, h, ok = f.indefiniteOpening(s)
	}
	if !ok {
		return 0, 0, 0, false
	}
	// ("… wiped away tears as she described…", "The duchess revealed
	// that she called…": a clause about the subject; "The actor says…":
	// the subject's own clause of speech)
	own := false
	for i := range ats {
		own = own || ats[i].npA == sa
	}
	for i := range ats {
		a := ats[i].npA
		if own || a < 0 || a == sa || ats[i].anon || f.quoteBetween(sb, a) {
			continue // (“…,” she said: the clause of speech has its words)
		}
		if !(a-1 > sb && ats[i].npB == a+1 && isPronoun(f.toks[a].lower) && (subordinator(f.toks[a-1].lower) || f.toks[a-1].lower == "that" || f.toks[a-1].lower == "and")) {
			return 0, 0, 0, false
		}
	}
	return sa, sb, h, true
}

// describedPhrase checks the subject phrase [sa, sb) with head h that
// subjectNP found (see describedSubjectPhrase); for "the Ns' …" it returns
// the owner.
func (f *finder) describedPhrase(s sentence, sa, sb, h int, texts bool, mm mentionMap) (int, int, int, bool) {
	// ("The duchess also revealed": an adverb before the verb)
	for h > sa && f.isAdverb(&f.toks[h]) {
		h, sb = h-1, h
	}
	if sb >= s.b {
		return 0, 0, 0, false
	}
	// ("Vorn’s lawyer, Jeremy Sall, had…", "Prime Minister Lena Holt's
	// spokesman also condemned…": an owner's name opens the phrase)
	owner := false
	if m := mm.at(sa); m != nil && m.a == sa && m.poss && m.b <= h {
		owner = true
		for k := sa; k < m.b; k++ {
			if f.toks[k].k != tWord {
				return 0, 0, 0, false
			}
		}
	}
	for k := sa; k < sb; k++ {
		m := mm.at(k)
		// ("An SEC staffer": a name modifies the head)
		modifier := m != nil && !m.poss && m.b <= h && k > sa && f.toks[sa].is(cDet)
		if m != nil && !(owner && m == mm.at(sa)) && !modifier || f.toks[k].k != tWord {
			return 0, 0, 0, false
		}
	}
	// "The rabbis' second letter echoed…": the group that owns the
	// subject is what the sentence is about
	if f.toks[sa].lower == "the" {
		for k := sa + 1; k < h; k++ {
			if t := &f.toks[k]; t.poss && !t.cap && singularNoun(t.lower) != "" {
				return sa, k + 1, k, true
			}
		}
	}
	t := &f.toks[h]
	if t.cap || t.poss || isPronoun(t.lower) || anonWord(t.lower) {
		return 0, 0, 0, false
	}
	d := f.toks[sa].lower
	plural := strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss")
	opener := owner || f.toks[sa].is(cDet) || possessivePronoun(d) != "" || numberWord(d) || isNumber(d) || anonWord(d)
	if !opener && !(plural && sa == h) {
		return 0, 0, 0, false
	}
	// a person, people, or where texts count a text or a body ("The
	// hospital’s own statement was shorter.")
	if !f.subjectPersonNoun(t.lower) && !(plural && f.subjectPersonNoun(singularNoun(t.lower))) && !(texts && (t.is(cDoc|cRole) || collective(t.lower))) {
		return 0, 0, 0, false
	}
	// ("a small group of dockworkers": named by its members)
	if collective(t.lower) && sb+1 < s.b && f.toks[sb].lower == "of" && f.toks[sb+1].k == tWord && !f.toks[sb+1].cap {
		sb, h = sb+2, sb+1
	}
	// (what ended the phrase: a verb, an auxiliary, an adverb, a
	// preposition or an appositive comma, not a run of ten words)
	n := &f.toks[sb]
	_, verb := n.verb()
	verb = verb || auxiliary(n.lower) || isParticipleEd(n) || strings.HasSuffix(n.lower, "s")
	switch n.lower { // "The duchess also revealed", "The woman who spoke"
	case "also", "not", "who", "whose", "which", "that", "however":
		verb = true
	}
	if sb-sa > 6 || n.cap || !(n.k == tWord && (verb || f.isAdverb(n) || n.is(cPrep))) && !f.isPunct(sb, ",") {
		return 0, 0, 0, false
	}
	// ("Her pro-consumer views on…": a word that only ends like a
	// person noun, owned, before a plural noun; "The waiter returns" is
	// a person's)
	if _, v := n.verb(); !v && !auxiliary(n.lower) && strings.HasSuffix(n.lower, "s") && !f.knownPersonNoun(singularOr(t.lower)) && (h > sa+1 || possessivePronoun(d) != "") {
		return 0, 0, 0, false
	}
	return sa, sb, h, true
}

// indefiniteOpening returns an indefinite subject opening sentence s
// that may hold capitalised modifiers ("A second State department
// official sought to downplay the reports."): "a"/"an", at most five
// modifiers, a singular role noun and a lower-case word that is no
// function word or noun of its own (the predicate). Whatever the verb,
// such a sentence is about that person, whom a "he" or "she" after it
// means, not whoever spoke before.
func (f *finder) indefiniteOpening(s sentence) (int, int, int, bool) {
	if s.a >= s.b {
		return 0, 0, 0, false
	}
	if w := f.toks[s.a].lower; f.toks[s.a].k != tWord || w != "a" && w != "an" {
		return 0, 0, 0, false
	}
	for h := s.a + 1; h < s.b-1 && h <= s.a+6; h++ {
		t := &f.toks[h]
		if t.k != tWord || t.poss || t.is(cFunction|cPrep|cStopNP|cSkip) {
			return 0, 0, 0, false
		}
		if t.cap || !t.is(cRole) || strings.HasSuffix(t.lower, "s") {
			continue
		}
		nx := &f.toks[h+1]
		if !f.personishHead(t.lower) || nx.k != tWord || nx.cap || nx.is(cFunction|cPrep|cStopNP|cSkip) || f.isRoleOrDoc(h+1) {
			return 0, 0, 0, false
		}
		return s.a, h + 1, h, true
	}
	return 0, 0, 0, false
}

// describedSubjectEnt resolves the subject phrase [sa, sb) with head h
// that describedSubjectPhrase found.
func (f *finder) describedSubjectEnt(sa, sb, h int, mm mentionMap) int {
	// ("The rabbis' second letter": the group that has spoken as "the
	// rabbis", or no one)
	if f.toks[h].poss {
		for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
			if e := &f.ents[i]; e.kind == eGroup && e.plural && e.head == f.toks[h].lower {
				return i
			}
		}
		return -1
	}
	id, _ := f.resolveNP(sa, sb, h, "", mm)
	return id
}

// apposNamed returns the person named in apposition right after a
// description whose head noun is token h and which ends before token c
// ("Another officer, Ana Roe, said", "Her mother, Joy Hill, is…"), or -1;
// the noun becomes one of the person's descriptions (a title), so that a
// later "the officer" is that person.
func (f *finder) apposNamed(c, h int, mm mentionMap) int {
	end := mm.base + len(mm.idx)
	if t := &f.toks[h]; t.k != tWord || t.cap || t.is(cDoc) || !f.subjectPersonNoun(t.lower) || singularNoun(t.lower) != "" {
		return -1
	}
	// ("The mayor of Surabaya, Tri Rismaharini, comforted…", "An
	// electrician by trade and a Rolling Stones fan, D’Angelo has…": past
	// the description's own words, with no verb or name among them)
	if c < end && !f.isPunct(c, ",") && !f.toks[c].is(cPrep) {
		return -1
	}
	for k := c; k < end && k < c+12 && !f.isPunct(k, ","); k++ {
		t := &f.toks[k]
		if t.k != tWord {
			return -1
		}
		if _, v := t.verb(); v || auxiliary(t.lower) || t.is(cStopNP) && t.lower != "and" || isParticipleEd(t) && !f.toks[k-1].is(cDet) {
			return -1
		}
		c = k + 1
	}
	if !f.isPunct(c, ",") {
		return -1
	}
	m := mm.at(c + 1)
	if m == nil || m.a != c+1 || m.poss || m.kind != mPerson && m.kind != mUnknown {
		return -1
	}
	if m.b < end && !f.isPunct(m.b, ",") {
		if n := &f.toks[m.b]; n.k != tWord || n.cap {
			return -1
		}
	}
	if m.ent < 0 {
		// (a name in apposition to a person's description is a person's)
		m.kind = mPerson
		f.resolveMention(m)
	}
	if m.ent < 0 || f.ents[m.ent].kind != ePerson {
		return -1
	}
	f.addDescription(m.ent, f.toks[h].lower)
	return m.ent
}

// apposNamedBefore returns the person named right before a description
// [npA, head] set off by commas ("confirmed by Vadim Kobzev, Mr.
// Navalny’s lawyer, who called it…"): the description is in apposition
// to the name, so the clause hanging on it is the person's; or -1. The
// noun becomes one of the person's titles.
func (f *finder) apposNamedBefore(npA, head int, mm mentionMap) int {
	c := npA - 1
	if t := &f.toks[head]; c < 1 || !f.isPunct(c, ",") || t.k != tWord || t.cap || t.is(cDoc) || !f.subjectPersonNoun(t.lower) || singularNoun(t.lower) != "" {
		return -1
	}
	if n := head + 1; n >= len(f.toks) || !f.isPunct(n, ",") {
		return -1
	}
	m := mm.at(c - 1)
	if m == nil || m.b != c || m.poss || m.kind != mPerson || m.ent < 0 || f.ents[m.ent].kind != ePerson {
		return -1
	}
	f.addDescription(m.ent, f.toks[head].lower)
	return m.ent
}

// addDescription records the head noun w of a description as one of
// person id's titles, which definite descriptions resolve by.
func (f *finder) addDescription(id int, w string) {
	if e := &f.ents[id]; e.kind == ePerson && !containsStr(e.titles, w) {
		e.titles = append(e.titles, w)
	}
}

// knownPersonNoun reports a noun the lexicon or the noun classes know as
// one for a person, not only by its ending ("official", "mother",
// "actor", "epidemiologist").
func (f *finder) knownPersonNoun(w string) bool {
	return f.lx.is(w, cRole) || epithet(w) || roleGender(w) != 0 || occupationNoun(w) || ownedKin(w) || sourceNoun(w)
}

// subjectPersonNoun reports a head noun of a subject phrase that names a
// person: by its ending or class ("crew member", "adviser"), as one the
// lexicon knows ("official", "mother") or as a title ("the duchess").
func (f *finder) subjectPersonNoun(w string) bool {
	if institution(w) || f.lx.is(w, cOrgHead|cOrg) {
		return false // "The agency warns": a body
	}
	return f.personishHead(w) || f.knownPersonNoun(w) || f.lx.is(w, cTitle)
}

// singularOr returns the singular of a plain plural noun, else w.
func singularOr(w string) string {
	if s := singularNoun(w); s != "" {
		return s
	}
	return w
}

// fadedDescribed reports whether the event ev of a person the text only
// describes, who has not spoken there and whose sex the text has not
// given ("A coach suggested skeleton."), lies more than one sentence
// before a pronoun at rune offset pos: such a person is what a "he" in the
// next sentence means, not a "he" further on, which goes back to the
// person the text is about.
func (f *finder) fadedDescribed(ev event, pos int) bool {
	e := &f.ents[ev.ent]
	return e.kind == eGroup && !ev.speaker && e.gender == 0 && f.sentAt(pos)-ev.sent > 1
}

// sentAt returns the index of the sentence that holds rune offset pos
// (the first sentence ending after it).
func (f *finder) sentAt(pos int) int {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= pos })
	return sort.Search(len(f.sents), func(i int) bool { return f.sents[i].b > k })
}

// describedGoesOn reports whether event ev is the subject of a person or
// group the text only describes, in the sentence of an unattributed
// quotation at rune offset pos or the one before it ("A distraught
// mother, dressed in black, stares into a camera and declares, “…”"):
// the words are theirs, not those of the person named before.
func (f *finder) describedGoesOn(ev event, pos int) bool {
	e := &f.ents[ev.ent]
	if !ev.subj || e.kind != eGroup || !(e.plural || f.personish(e.name)) || f.sentAt(pos)-ev.sent > 1 {
		return false
	}
	// (someone brought in so, not "The star" or "Her mother", which
	// refer to someone the text is about)
	k := f.tokAt(ev.pos)
	return k >= 0 && f.introducingWord(f.toks[k].lower)
}

// introducingWord reports the words that open a description of someone
// new: an indefinite article, "one", "another", a number or quantifier.
func (f *finder) introducingWord(w string) bool {
	return w == "a" || w == "an" || anonWord(w) || numberWord(w) || isNumber(w)
}

// quoteBetween reports a quotation among the tokens [a, b).
func (f *finder) quoteBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if f.toks[k].k == tQuote {
			return true
		}
	}
	return false
}
