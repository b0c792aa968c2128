package quotes

import "strings"

// Quotations credited outside any clause of speech: a credit line after a
// dash or a byline ("— Tyler McCloskey", "-- Mara Lindqvist [Full
// review]", "— Russian tweeter"), a name after the quotation with no verb,
// the next paragraph's "So said X" or "X made the remarks", and a lead-in
// paragraph that introduces the speaker of the quotation after it.

// dashCredit gives a quotation standing alone in its paragraph the person
// a following paragraph credits with a dash: "“I'm not nervous any more.”"
// then "— Tyler McCloskey, a 13-year-old pitcher" (pull quotes, epigraphs).
func (f *finder) dashCredit(s sentence, mm mentionMap) {
	if !f.isPunct(s.a, "—–-") || !f.paraStart(s.a) {
		return
	}
	m := mm.at(s.a + 1)
	// ("— Russian tweeter": a description credits as a name does)
	described := m == nil || m.a != s.a+1 || (m.kind != mPerson && m.kind != mUnknown)
	// ("— Ottawa police Constable Ana Ruiz": a name behind its description
	// speaks, not the place or body that opens it)
	if a, _, ok := f.describedNameAfter(s, s.a+1, mm); ok {
		m, described = mm.at(a), false
	}
	if described && f.describedDashEnd(s) < 0 {
		return
	}
	n := len(f.accepted)
	if n == 0 {
		return
	}
	q := &f.qs[f.accepted[n-1]]
	// the quotation is the whole of the paragraph just before
	if q.direct || q.tok < 0 || !f.paraStart(q.tok) || (q.tok+1 != s.a && f.toks[q.tok+1].k != tBreak) {
		return
	}
	if q.tok+1 != s.a && q.tok+2 != s.a {
		return
	}
	if described {
		q.ent, q.affil, q.direct = f.describedDashCredit(s), "", true
		return
	}
	if m.ent < 0 {
		m.kind = mPerson
		f.resolveMention(m)
	}
	if m.ent >= 0 {
		q.ent, q.affil, q.direct = m.ent, m.appos, true
	}
}

// thatCredit gives a quotation standing alone in its paragraph the person
// the next paragraph names as its speaker with a demonstrative: "“We will
// not back down.”" then "So said Mayor Ana Ruiz on Monday…", "That was
// the message from Helen Marsh…", "Those were the words of…", "That is
// what Ruiz told…".
func (f *finder) thatCredit(si int, mm mentionMap) {
	s := f.sents[si]
	if s.b-s.a < 3 || !f.paraStart(s.a) || f.toks[s.a].k != tWord {
		return
	}
	switch f.toks[s.a].lower {
	case "so", "that", "that's", "those", "this", "these", "such", "thus":
	case "the":
		// "The defiant words came from…": a noun for what was said
		ok := false
		for i := s.a + 1; i < s.b && i <= s.a+3 && f.toks[i].k == tWord; i++ {
			if speechNoun(f.toks[i].lower) {
				ok = true
				break
			}
		}
		if !ok {
			return
		}
	default:
		return
	}
	q := f.paragraphBefore(s.a)
	if q == nil {
		return
	}
	so := f.toks[s.a].lower == "so" || f.toks[s.a].lower == "thus"
	if so {
		// "So said X": the verb follows at once
		if v, ok := f.toks[s.a+1].verb(); !ok || v.participle || v.weak {
			return
		}
	}
	for _, m := range mm.ms {
		if m.a >= s.a+12 {
			return
		}
		if m.kind != mPerson && m.kind != mUnknown {
			continue
		}
		p := m.a - 1
		for p > s.a && mm.at(p) != nil { // "from Federal Reserve Chair Helen Marsh"
			p = mm.at(p).a - 1
		}
		credited := false
		switch {
		case so:
			credited = p == s.a+1
		case p > s.a:
			w := f.toks[p].lower
			// "the message from X", "the words of X", "what X said"
			credited = w == "from" || w == "of" || w == "by"
			if !credited && m.b < s.b {
				v, ok := f.toks[m.b].verb()
				credited = ok && !v.participle && !v.weak && (w == "what" || w == "how")
			}
		}
		if !credited {
			return
		}
		for k := s.a; k < m.a; k++ { // "That is not what Ruiz said"
			if w := f.toks[k].lower; w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
				return
			}
		}
		// the speaker is the topic now, though named after a preposition
		f.creditPerson(q, &m, si)
		return
	}
}

// paragraphBefore returns the last accepted quotation when it is the whole
// of the paragraph just before the token at a and not attributed in its own
// sentence, or nil.
func (f *finder) paragraphBefore(a int) *qstate {
	n := len(f.accepted)
	if n == 0 {
		return nil
	}
	q := &f.qs[f.accepted[n-1]]
	if q.direct || q.tok < 0 || !f.paraStart(q.tok) || (q.tok+1 != a && f.toks[q.tok+1].k != tBreak) || (q.tok+1 != a && q.tok+2 != a) {
		return nil
	}
	return q
}

// remarksCredit gives a quotation standing alone in its paragraph the
// person who opens the next paragraph as the maker of remarks: "“…”" then
// "Smith made the remarks at a rally in Ohio", "Smith's comments came
// as…".
func (f *finder) remarksCredit(si int, mm mentionMap) {
	s := f.sents[si]
	if s.b-s.a < 3 || !f.paraStart(s.a) || len(mm.ms) == 0 {
		return
	}
	m := &mm.ms[0]
	if m.a != s.a || (m.kind != mPerson && m.kind != mUnknown) || m.b >= s.b {
		return
	}
	q := f.paragraphBefore(s.a)
	if q == nil {
		return
	}
	credited := m.poss && speechNoun(f.toks[m.b].lower)
	// "Smith made the remarks", "Smith, the senator, delivered the speech"
	for i := m.b; !credited && i < s.b && i < m.b+8; i++ {
		switch f.toks[i].lower {
		case "made", "delivered", "gave", "posted", "offered", "issued":
			for j := i + 1; j < s.b && j <= i+3; j++ {
				if speechNoun(f.toks[j].lower) || f.toks[j].lower == "statement" {
					credited = true
					break
				}
			}
		}
	}
	if credited {
		f.creditPerson(q, m, si)
	}
}

// creditPerson makes the mention m, read as a person, the speaker of q when
// it is one, and the topic of sentence si from then on.
func (f *finder) creditPerson(q *qstate, m *mention, si int) {
	if m.ent < 0 {
		m.kind = mPerson
		f.resolveMention(m)
	}
	if m.ent >= 0 && f.ents[m.ent].kind == ePerson {
		q.ent, q.affil, q.direct = m.ent, m.appos, true
		f.addEvent(f.toks[m.a].s, m.ent, true, true, si)
	}
}

// bylineCredit gives a quotation that opens its paragraph the person a
// byline after it names: "“…” -- Mara Lindqvist [Full review]", "“…” —
// Pia Jensen, Auto Digest". Review round-ups and pull quotes credit each
// critic's words this way, under a line naming the outlet ("Motor Weekly
// -- 8/10"), so the outlet or the maker named above is no speaker. Two
// critics ("Tom Ashby & Rhea Collins") are one speaker, "A and B". The
// byline must run to the end of the paragraph, with at most an outlet
// after a comma or a bracketed note after it (issue 20, nineteenth round).
func (f *finder) bylineCredit(s sentence, mm mentionMap) {
	for k := s.a; k+2 < s.b; k++ {
		t := &f.toks[k]
		if t.k != tQuote || t.q < 0 || t.q >= len(f.qs) || !f.paraStart(k) {
			continue
		}
		q := &f.qs[t.q]
		if !q.accepted || q.named {
			continue
		}
		d := k + 1
		switch {
		case f.isPunct(d, "—–"):
			d++
		case f.isPunct(d, "-") && f.isPunct(d+1, "-"):
			d += 2 // "--", two hyphens for a dash
		case f.isPunct(d, "-"):
			d++
		default:
			continue
		}
		m := mm.at(d)
		if m == nil || m.a != d || m.poss {
			continue
		}
		// "Omar Reyes and Lena Brandt": two names the finder keeps apart
		var m2 *mention
		if j := m.b; j+1 < s.b && (f.isPunct(j, "&") || f.toks[j].k == tWord && f.toks[j].lower == "and") {
			if m2 = mm.at(j + 1); m2 != nil && (m2.a != j+1 || m2.poss || m2.b-m2.ca < 2 || m.b-m.ca < 2 || !personMention(m) || !personMention(m2)) {
				m2 = nil
			}
		}
		end := m.b
		if m2 != nil {
			end = m2.b
		}
		if !f.bylineTail(end, t.para) {
			continue
		}
		id := -1
		amp := f.coupleJoin(m)
		if m2 != nil {
			amp = m.b
		}
		if amp > 0 {
			a, b := f.spanPhrase(m.ca, amp), f.spanPhrase(amp+1, end)
			id = f.entityByName(phrase{a.text + " and " + b.text, a.lower + " and " + b.lower}, ePerson, f.toks[m.a].s)
		} else if m.kind == mPerson || m.kind == mUnknown && m.b-m.ca >= 2 {
			if m.ent < 0 {
				m.kind = mPerson
				f.resolveMention(m)
			}
			if m.ent >= 0 && f.ents[m.ent].kind == ePerson {
				id = m.ent
			}
		}
		if id >= 0 {
			q.ent, q.affil, q.direct = id, "", true
		}
	}
}

// coupleJoin returns the "&" or "and" token inside byline mention m that
// joins two full names ("Philip Reyes & Ana Cole"), or -1.
func (f *finder) coupleJoin(m *mention) int {
	for j := m.ca + 2; j+2 <= m.b-1; j++ {
		if f.isPunct(j, "&") || f.toks[j].k == tWord && f.toks[j].lower == "and" {
			for i := m.ca; i < m.b; i++ {
				if i != j && (f.toks[i].k != tWord || !f.toks[i].cap) {
					return -1
				}
			}
			return j
		}
	}
	return -1
}

// bylineTail reports whether the tokens from j to the end of paragraph para
// may close a byline: nothing, an outlet after a comma (", Auto Digest"),
// or a short bracketed note ("[Full review]"), without quotation marks.
func (f *finder) bylineTail(j, para int) bool {
	end := j
	for end < len(f.toks) && f.toks[end].k != tBreak && f.toks[end].para == para {
		if f.toks[end].k == tQuote {
			return false
		}
		end++
	}
	if end == j {
		return true
	}
	if end-j > 8 {
		return false
	}
	switch {
	case f.isPunct(j, ","):
		for i := j + 1; i < end; i++ {
			if t := &f.toks[i]; t.k == tWord && !t.cap && !t.is(cFunction) {
				return false // a clause, not an outlet's name
			}
		}
		return true
	case f.isPunct(j, "[("):
		return f.isPunct(end-1, "])")
	}
	return false
}

// personMention reports a mention that may name a person.
func personMention(m *mention) bool { return m.kind == mPerson || m.kind == mUnknown }

// dashAfterQuote gives a quotation that opens its paragraph the person
// named right after a dash behind it: "“…” - Gregg Popovich on Tim
// Duncan." (a pull quote's credit). What follows the name ("on Tim
// Duncan", ", a 13-year-old pitcher") is the topic or the role, never the
// speaker (issue 20, twenty-first round).
func (f *finder) dashAfterQuote(si int, s sentence, mm mentionMap) {
	for k := s.a; k+2 < s.b; k++ {
		t := &f.toks[k]
		if t.k != tQuote || t.q < 0 || t.q >= len(f.qs) || !f.qs[t.q].accepted || f.qs[t.q].direct || !f.paraStart(k) || !f.isPunct(k+1, "—–-") {
			continue
		}
		m := mm.at(k + 2)
		if m == nil || m.a != k+2 || (m.kind != mPerson && m.kind != mUnknown) || m.poss {
			continue
		}
		// the name ends the sentence, or "on"/"about" a topic or a comma
		// and a role follow it
		if m.b < s.b && !f.isPunct(m.b, ",.") && f.toks[m.b].lower != "on" && f.toks[m.b].lower != "about" {
			continue
		}
		ok := true
		for i := m.b; i < s.b && ok; i++ {
			u := &f.toks[i]
			if _, v := u.verb(); v && !u.is(cDet) || u.k == tQuote || u.k == tBreak {
				ok = false
			}
		}
		if !ok {
			continue
		}
		f.creditPerson(&f.qs[t.q], m, si)
	}
}

// describedDashEnd returns the end of a described credit on a line of its
// own after a dash ("— Russian tweeter", "— a fellow passenger"): one to
// four words, none a verb, ending in a lower-case noun, a final full stop
// allowed. It returns -1 for anything else. The importer writes pull
// quotes as the quotation in one paragraph and such a credit in the next;
// a person's name there is credited by dashCredit, and a description
// names an unnamed speaker just as well.
func (f *finder) describedDashEnd(s sentence) int {
	e := s.b
	if e-1 > s.a+1 && f.isPunct(e-1, ".") {
		e--
	}
	if n := e - (s.a + 1); n < 1 || n > 4 {
		return -1
	}
	for k := s.a + 1; k < e; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss && k == e-1 {
			return -1
		}
		if _, v := t.verb(); v && !t.cap {
			return -1
		}
	}
	h := &f.toks[e-1]
	if h.cap || h.is(cFunction|cPrep|cDet) || !f.personishHead(h.lower) {
		return -1
	}
	return e
}

// describedDashCredit returns the described source of the credit line of
// sentence s (see describedDashEnd), or -1.
func (f *finder) describedDashCredit(s sentence) int {
	e := f.describedDashEnd(s)
	if e < 0 {
		return -1
	}
	id := f.entityByName(f.spanPhrase(s.a+1, e), eGroup, f.toks[s.a+1].s)
	en := &f.ents[id]
	en.head = f.toks[e-1].lower
	if en.gender == 0 {
		en.gender = roleGender(en.head)
	}
	return id
}

// verblessCredit gives a quotation ending in a comma the person named
// right after it when the sentence has no verb of its own ("“…,” Thomas
// Lenard, senior fellow at the Policy Institute."): the writer left out
// "says".
func (f *finder) verblessCredit(si int, s sentence, mm mentionMap) {
	for k := s.a; k+2 < s.b; k++ {
		t := &f.toks[k]
		if t.k != tQuote || t.q < 0 || t.q >= len(f.qs) || !f.qs[t.q].accepted || f.qs[t.q].direct {
			continue
		}
		reg := f.regs[t.q]
		if reg.stop <= reg.start || f.r[reg.stop-1] != ',' {
			continue
		}
		m := mm.at(k + 1)
		if m == nil || m.a != k+1 || m.kind != mPerson || m.b-m.ca < 2 || m.poss {
			continue
		}
		if m.b < s.b && !f.isPunct(m.b, ",.") {
			continue
		}
		ok := true
		for i := m.b; i < s.b && ok; i++ {
			u := &f.toks[i]
			if _, v := u.verb(); v || u.k == tQuote || beForm(u.lower) || auxiliary(u.lower) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if m.ent < 0 {
			f.resolveMention(m)
		}
		if m.ent >= 0 && f.ents[m.ent].kind == ePerson {
			f.qs[t.q].ent, f.qs[t.q].affil, f.qs[t.q].direct = m.ent, "", true
			f.addEvent(f.toks[m.a].s, m.ent, true, true, si)
		}
	}
}

// leadInPerson returns the person a lead-in paragraph introduces for the
// quotation after it: the pronoun subject ("he" or "she") at token k
// closes a quotation that opens its paragraph ("“…,” he said"), the
// paragraph right before holds no quotation and at most two sentences,
// and exactly one person of the pronoun's gender (or of none known) is
// named in it. "For Ramiro Vidal, who never finished school, it's simply
// a job. / “Some people are kind,” he said." is Vidal speaking, not the
// source quoted before the lead-in nor the subject of a profile: a
// writer who names someone in a paragraph of their own, just before a
// quotation, introduces its speaker. Else -1.
func (f *finder) leadInPerson(pron string, k int) int {
	if k <= 0 || k >= len(f.toks) {
		return -1
	}
	// the quotation (and its punctuation) opens the pronoun's paragraph
	j := k - 1
	sawQuote := false
	for ; j >= 0 && f.toks[j].k != tBreak; j-- {
		switch t := &f.toks[j]; {
		case t.k == tQuote:
			sawQuote = true
		case t.k == tWord:
			return -1
		}
	}
	if !sawQuote || j <= 0 {
		return -1
	}
	// the paragraph before: no quotation, one or two sentences
	end := j
	sents := 0
	i := end - 1
	for ; i >= 0 && f.toks[i].k != tBreak; i-- {
		t := &f.toks[i]
		if t.k == tQuote {
			return -1
		}
		if t.first {
			sents++
		}
	}
	start := i + 1
	if start >= end || sents == 0 || sents > 2 {
		return -1
	}
	lo, hi := f.toks[start].s, f.toks[end-1].e
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	found, speaker, named, two := -1, -1, false, false
	for x := len(f.events) - 1; x >= 0 && x >= len(f.events)-maxCandidates; x-- {
		ev := f.events[x]
		if ev.pos >= hi {
			continue
		}
		if ev.pos < lo {
			break
		}
		e := &f.ents[ev.ent]
		// ("Vidal's remarks show…", "… for Hodgson - his predecessor
		// Sanchez insisted on … - but…": an owner or a name in an aside
		// is talked about; the lead-in introduces no one)
		if n := f.tokAt(ev.pos); e.kind == ePerson && (n >= 0 && f.ownerAt(n) || f.dashAside(ev)) {
			return -1
		}
		// ("Another blogger had fun wondering…": a described source is
		// introduced as a named one is; "FOUR SEASONS TOTAL LANDSCAPING
		// sat above…" introduces no one, see noPerson)
		person := e.kind == ePerson && !f.noPerson(ev.ent) || e.kind == eGroup && !e.plural && f.personish(e.name)
		if !person {
			continue
		}
		named = true
		if e.gender != 0 && e.gender != g {
			continue
		}
		if ev.speaker && e.kind == ePerson && e.gender == g {
			if speaker >= 0 && speaker != ev.ent {
				speaker = -2 // two who speak
			} else if speaker == -1 {
				speaker = ev.ent
			}
		}
		if found >= 0 && found != ev.ent {
			two = true
		}
		found = ev.ent
	}
	// two people: the lead-in singles out one only when just one of
	// them, of the pronoun's gender as known, speaks in it ("Jimmy Connors has made headlines with his
	// book, and Petrova says she, too, would like to write one")
	if two {
		return max(speaker, -1)
	}
	if !named {
		if id, ok := f.surnameLeadIn(start, end, g); ok {
			return id
		}
		return f.describedLeadIn(start, end, g)
	}
	return found
}

// describedLeadIn returns the source a lead-in paragraph from token a to
// b opens with as its subject, described rather than named ("Another
// blogger had fun wondering…", "A male tweeter, who…"), made an entity
// under that description; -1 if the paragraph opens otherwise or the
// description's gender is not g.
func (f *finder) describedLeadIn(a, b int, g byte) int {
	switch f.toks[a].lower {
	case "another", "a", "an", "one":
	default:
		return -1
	}
	for h := a + 1; h < b-1 && h <= a+3; h++ {
		t := &f.toks[h]
		if t.k != tWord || t.cap || t.poss {
			return -1
		}
		if rg := roleGender(t.lower); rg != 0 && rg != g || t.lower == "male" && g != 'm' || t.lower == "female" && g != 'f' {
			return -1
		}
		if !f.personishHead(t.lower) || f.lx.is(t.lower, cFunction|cStopNP) {
			continue
		}
		// the description is the subject: a verb or an aside follows
		if nx := &f.toks[h+1]; !(nx.k == tWord && !nx.cap && !nx.is(cFunction|cPrep) || f.isPunct(h+1, ",")) {
			return -1
		}
		return f.entityByName(f.spanPhrase(a, h+1), eGroup, t.s)
	}
	return -1
}

// surnameLeadIn returns the one person, of gender g or none known, whose
// family name a lead-in paragraph from token a to b uses where it is no
// salient name ("For people like Adams, though, nothing will bring her
// back."); ok is false when the paragraph names no such person.
func (f *finder) surnameLeadIn(a, b int, g byte) (id int, ok bool) {
	id = -1
	for k := a; k < b; k++ {
		t := &f.toks[k]
		if t.k != tWord || !t.cap {
			continue
		}
		// a bare family name, not a word of a longer name ("Florida
		// Keys", "Nobel Peace Prize")
		if k > a && f.isCapWord(k-1) && !f.toks[k-1].is(cFunction|cPrep|cDet) || k+1 < b && f.isCapWord(k+1) {
			continue
		}
		// ("The Keys closed its doors": a name after an article is a
		// place's or a thing's)
		if k > a && f.toks[k-1].is(cDet) {
			continue
		}
		for _, i := range f.withPart(t.lower) {
			e := &f.ents[i]
			if e.kind != ePerson || e.single || !partIs(e.surname, t.lower) {
				continue
			}
			ok = true
			if e.gender != 0 && e.gender != g {
				continue
			}
			if id >= 0 && id != i {
				return -1, true
			}
			id = i
		}
	}
	return id, ok
}
