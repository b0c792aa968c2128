package quotes

import (
	"slices"
	"sort"
	"strings"
)

// Pronouns: whom a "he", "she", "it" or "they" stands for (antecedent,
// personAntecedent), and whom an unattributed quotation goes on with
// (lastSpeaker): the subject of the latest sentence, past names that are
// only talked about (in a subordinate clause, an aside, what a closing
// clause reports, the quotation's own words), a profile's subject, the
// source that reported on someone, a body that speaks as "it".

// antecedent resolves a subject pronoun at rune offset pos.
func (f *finder) antecedent(pron string, pos int) int {
	skip := -1 // the person of a coordinated subject, for "they"
	// ("which quoted him as saying": an object pronoun as its subject form)
	switch pron {
	case "him":
		pron = "he"
	case "her":
		pron = "she"
	case "them":
		pron = "they"
	}
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= pos {
			continue
		}
		e := &f.ents[ev.ent]
		switch pron {
		case "he", "she":
			if id := f.personAntecedent(pron, pos, i); id >= 0 {
				return id
			}
			return f.indefinitePerson(pron, pos)
		case "it":
			if (e.kind == eOrg || (e.kind == eGroup && !e.plural && !f.personish(e.name))) && !f.storyOnly(ev.ent) {
				return ev.ent
			}
			// ("RW Arms would not agree to an interview, but it emailed a
			// response": the subject of the pronoun's own sentence, a
			// name nothing shows to be a person's, is the body "it" is)
			if e.kind == ePerson && ev.subj && f.sentOfTokenBefore(pos) == ev.sent && !f.namedPerson(ev.ent) {
				return ev.ent
			}
		case "they":
			if e.kind == eGroup && e.plural {
				return ev.ent
			}
			if e.kind == ePerson {
				// ("Gallagher and his colleagues asked…": one of a
				// coordinated subject is not "they"; the group named
				// before may be)
				if ev.ent == skip || f.coordinated(ev.pos) {
					skip = ev.ent
					continue
				}
				return f.groupSpeakerOf(i)
			}
		default:
			return -1
		}
	}
	if pron == "he" || pron == "she" {
		return f.indefinitePerson(pron, pos)
	}
	return -1
}

// personAntecedent resolves he/she scanning events back from index from:
// the most recent sentence with a compatible person wins, and within it
// its subject (a speaker or its first salient name) beats later names.
func (f *finder) personAntecedent(pron string, pos, from int) int {
	cand, candSent := -1, -1
	for i := from; i >= 0 && i > from-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= pos {
			continue
		}
		if candSent >= 0 && ev.sent != candSent {
			break
		}
		e := &f.ents[ev.ent]
		// ("Bullets continued as she…": a name with no evidence of a
		// person, met only in forms no person's name takes, is none)
		person := e.kind == ePerson && !f.noPerson(ev.ent) || (e.kind == eGroup && !e.plural && f.personish(e.name))
		if !person || (pron == "he" && e.gender == 'f') || (pron == "she" && e.gender == 'm') || tradeNamed(e.name) || f.fadedDescribed(ev, pos) {
			continue
		}
		// ("Nationality is no issue for Hodgson - his predecessor Sanchez
		// insisted on … - but height will be": a name inside dashes is an
		// aside, not the sentence's topic)
		if f.dashAside(ev) {
			continue
		}
		// ("What Paige was doing was “…,” he said": the subject of a
		// clause used as the sentence's subject is talked about)
		if f.whClauseBefore(ev.pos, pos) {
			continue
		}
		// ("As Ramdan played down the boos, she added: “…”": the subject
		// of a fronted subordinate clause does not displace the speaker of
		// the main clause)
		if cand < 0 || (ev.subj || f.contrastSpeaker(ev)) && !f.contrastSpeaker(f.events[cand]) && !(f.events[cand].speaker && (f.frontedSubordinate(ev.pos) || f.reportedBefore(cand, ev))) {
			cand, candSent = i, ev.sent
		}
	}
	if cand < 0 {
		return -1
	}
	if id := f.talkedAboutInQuote(pron, pos, cand); id >= 0 {
		return id
	}
	if id := f.sourceTalksOf(pron, pos, cand); id >= 0 {
		return id
	}
	// "“…,” Paltrow said. … she dumped Pitt. “…,” she shared.": a name of
	// unknown gender that is no subject does not take the pronoun from the
	// speaker of that gender the text is quoting
	// (nor does the subject of a clause opening the pronoun's sentence:
	// "As Prasad played down the boos, she added")
	if c0 := f.events[cand].ent; f.ents[c0].gender == 0 && f.ents[c0].kind == ePerson && !f.events[cand].speaker && (!f.events[cand].subj || f.objectAt(f.events[cand].pos) || f.subordinateBefore(f.events[cand].pos, pos)) {
		g := byte('m')
		if pron == "she" {
			g = 'f'
		}
		if id := f.speakerWithin(from+1, pos, 2, g, c0); id >= 0 {
			return id
		}
	}
	id := f.events[cand].ent
	// (a guess: a person-like source gets one too, "another" who is the
	// "she" here is no "he" later)
	if e := &f.ents[id]; e.gender == 0 && (e.kind == ePerson || e.kind == eGroup && !e.plural) {
		e.gender, e.gguess = 'm', true
		if pron == "she" {
			e.gender = 'f'
		}
	}
	return id
}

// personish reports whether a described source names a person ("one
// expert", "a senior official") rather than a document or body.
func (f *finder) personish(name string) bool {
	fs := strings.Fields(strings.ToLower(name))
	if len(fs) == 0 {
		return false
	}
	return f.personishHead(strings.Trim(fs[len(fs)-1], ".,")) || shortPersonNoun(name)
}

// personishHead is personish for a lower-case head noun.
func (f *finder) personishHead(h string) bool {
	if f.lx.is(h, cDoc) && !f.lx.is(h, cRole) {
		return false
	}
	switch h { // a body of people is “it” or “they”, never “he” or “she”
	case "board", "panel", "jury", "committee", "council", "staff", "crew", "family", "union":
		return false
	}
	if collective(h) || actingBodyHead(h) {
		return false
	}
	return f.validHead(&token{k: tWord, w: h, lower: h, lex: f.lx.info(h)}) || anonWord(h)
}

// lastSpeaker returns the entity an unattributed quotation at pos most
// likely belongs to: the latest speaker or salient person before it.
func (f *finder) lastSpeaker(pos int) int {
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= pos {
			continue
		}
		// ("Merry Christmas. “…”", "Kwanzaa praises collectivism… (“…”)":
		// what is no person says nothing, and the quotation it would have
		// taken is no one's rather than someone's from further back; a
		// line that is no sentence, a related story's headline, is passed
		// over)
		if f.noPerson(ev.ent) {
			if k := f.tokAt(ev.pos); k >= 0 && f.storyLine(k) {
				continue
			}
			return -1
		}
		if ev.speaker {
			return ev.ent
		}
		// "Another user expressed frustration… “…”": the described
		// subject of the quotation's sentence or the one before
		if f.describedGoesOn(ev, pos) {
			return ev.ent
		}
		// "Is Starmer a good leader? / “Well, I’m fully supportive…”": a
		// name in the interviewer's question is not who answers
		if f.narratorQuestion(ev.sent) {
			if id := f.speakerWithin(i, pos, 4, 0, -1); id >= 0 {
				return id
			}
		}
		// "That he … thinks Kamala Harris is tough. “…”": a name after the
		// sentence's subject pronoun is talked about; the one the pronoun
		// stands for, quoted before, goes on
		if g := f.pronounSubjectBefore(ev); g != 0 && f.ents[ev.ent].kind == ePerson {
			if id := f.speakerWithin(i, pos, 4, 0, -1); id >= 0 && id != ev.ent && f.ents[id].gender == g {
				return id
			}
		}
		// "In 2014, the year Brewlist named him best new brewer, he bought
		// the building. “…”": a "he" or "she" later than the name, opening
		// a clause, is the one quoted before, who goes on; the name of
		// another gender or none is talked about
		if f.ents[ev.ent].kind == ePerson {
			if g := f.pronounSubjectAfter(ev.pos, pos); g != 0 && f.ents[ev.ent].gender != g {
				if id := f.speakerWithin(i, pos, 4, g, -1); id >= 0 {
					return id
				}
			}
		}
		// "Buttar said Ms Bhutto had inspired her. “Now we will continue
		// her mission.”": the person the quotation calls "she" is talked
		// about; the sentence's speaker goes on
		if f.ents[ev.ent].kind == ePerson && !ev.speaker && f.thirdPersonIn(pos, ev.ent) {
			if id := f.speakerOfSentence(i, ev.sent, ev.ent); id >= 0 {
				return id
			}
		}
		if f.ents[ev.ent].kind == ePerson {
			// "Paltrow said that she approves of Affleck's wife, Jennifer
			// Garner. “…”": the speaker of that sentence goes on, not a
			// person she names in an appositive or after a preposition
			// ("He said Isaac zeroed in on…" is about Isaac)
			if k := f.tokAt(ev.pos); k > 0 && (f.isPunct(k-1, ",") || (f.toks[k-1].k == tWord && f.toks[k-1].is(cPrep))) {
				for j := i - 1; j >= 0 && j > i-maxCandidates && f.events[j].sent == ev.sent; j-- {
					if f.events[j].speaker && f.ents[f.events[j].ent].kind == ePerson {
						return f.events[j].ent
					}
				}
			}
			// "This contradicts statements by Harper, who said Mulroney
			// never raised it. “…”": a name reported on in a relative
			// clause about someone else does not take over from the
			// speaker quoted just before
			if f.relativeReported(ev.pos) {
				j := i - 1
				for j >= 0 && f.events[j].sent == ev.sent {
					j--
				}
				if id := f.speakerWithin(j+1, pos, 2, 0, -1); id >= 0 {
					return id
				}
			}
			// "Smith hired Jones in 1990. “It was the best decision I ever
			// made.”": the sentence's subject goes on, not its object
			if !ev.subj && !f.objectSubject(ev.pos) {
				for j := i - 1; j >= 0 && j > i-maxCandidates && f.events[j].sent == ev.sent; j-- {
					if e := f.events[j]; e.subj && f.ents[e.ent].kind == ePerson {
						return e.ent
					}
				}
			}
			// "“…,” Smith said. The bill, sponsored by Sen. Jane Doe,
			// passed in May. “…”": a name after a preposition in a
			// sentence about something else does not take over from the
			// speaker quoted just before
			if !ev.subj && f.afterPrep(ev.pos) {
				if id := f.speakerWithin(i, pos, 2, 0, -1); id >= 0 {
					return id
				}
			}
			return ev.ent
		}
	}
	return -1
}

// afterPrep reports whether the name at rune offset pos follows a
// preposition (its title aside).
func (f *finder) afterPrep(pos int) bool {
	k := f.tokAt(pos)
	return k > 0 && f.toks[k-1].k == tWord && f.toks[k-1].is(cPrep) && !f.toks[k-1].cap
}

// speakerWithin returns the person who spoke last in the events before
// index i, within paras paragraphs before the one of pos, unless not
// spoke later; with g set, the last speaker whose gender is known, when
// that gender is g. It is the one rule by which a pronoun or an
// unattributed quotation goes on with the source the text is quoting
// rather than with a name it only talks about (it replaces recentSpeaker,
// speakerBefore and speakerOfGender). It returns -1 when there is none.
func (f *finder) speakerWithin(i, pos, paras int, g byte, not int) int {
	para := f.paraAt(pos)
	for j := i - 1; j >= 0 && j > i-maxCandidates; j-- {
		ev := f.events[j]
		if para-f.paraAt(ev.pos) > paras {
			break
		}
		e := &f.ents[ev.ent]
		if !ev.speaker || e.kind != ePerson {
			continue
		}
		if ev.ent == not {
			return -1 // ("after club boss Bruno Cole said…": it speaks itself)
		}
		if g != 0 && e.gender == 0 {
			continue
		}
		if g != 0 && e.gender != g {
			return -1
		}
		return ev.ent
	}
	return -1
}

// frontedAsker reports whether m asks the question in a clause opening the
// sentence ("When Winfrey asked if he could share…, he declined"): the
// one asked answers in the main clause, so the asker is no antecedent of
// its pronoun.
func (f *finder) frontedAsker(s sentence, m *mention) bool {
	if m.poss || m.a > s.a+2 || m.b >= s.b || !subordinator(f.toks[s.a].lower) {
		return false
	}
	switch f.toks[m.b].lower {
	case "asked", "questioned", "pressed":
	default:
		return false
	}
	for k := m.b + 1; k < s.b && k < m.b+30; k++ {
		if f.isPunct(k, ",") {
			if k+1 < s.b && (f.toks[k+1].lower == "he" || f.toks[k+1].lower == "she" || f.ownedAnswer(s, k+1)) {
				return true
			}
			// ("…asked Mueller what he would say, either in his report
			// or…, his answer": an aside within the clause)
			if !f.answerAhead(s, k+1) {
				return false
			}
			continue
		}
		if f.toks[k].k != tWord {
			return false
		}
	}
	return false
}

// possNamed reports whether the possessive mention m opens a phrase that
// the next words name: "Bolger’s lawyer, Jeremy Robinson, had…" is about
// the lawyer, not Bolger.
func (f *finder) possNamed(s sentence, m *mention) bool {
	// "Ban Ki-moon’s Special Representative Joachim Rücker told": a
	// capitalised title and the name it gives
	if f.titledNameAt(s, m.b) {
		return true
	}
	// "Gartner’s Ramirez noted": the surname of someone named in full;
	// the owner is where the person works
	if m.b < s.b && f.isCapWord(m.b) && !f.toks[m.b].poss && f.surnameKnown(f.toks[m.b].lower) {
		return true
	}
	for k := m.b; k < s.b && k <= m.b+3; k++ {
		t := &f.toks[k]
		if f.isPunct(k, ",") {
			return k > m.b && f.isCapWord(k+1) && k+1 < s.b
		}
		if t.k != tWord || t.cap {
			return false
		}
	}
	return false
}

// frontedOwner reports whether the possessive mention m stands in a
// prepositional phrase opening the sentence whose subject is a personal
// pronoun: "In Hajjaj’s case, she decided…", "After Ruiz’s arrest, he…".
func (f *finder) frontedOwner(s sentence, m *mention) bool {
	if t := &f.toks[s.a]; t.k != tWord || !t.is(cPrep) || m.a <= s.a || m.a > s.a+3 {
		return false
	}
	for k := s.a + 1; k < m.a; k++ {
		if f.toks[k].k != tWord {
			return false
		}
	}
	for k := m.b; k < s.b && k < m.b+4; k++ {
		if f.isPunct(k, ",") {
			w := ""
			if k+1 < s.b {
				w = f.toks[k+1].lower
			}
			return w == "he" || w == "she"
		}
		if f.toks[k].k != tWord || f.toks[k].cap {
			return false
		}
	}
	return false
}

// objectAt reports whether the name starting at rune offset pos follows a
// lower-case content word, as a verb's object does ("she dumped Pitt").
func (f *finder) objectAt(pos int) bool {
	k, found := slices.BinarySearchFunc(f.toks, pos, func(t token, p int) int { return t.s - p })
	if !found || k == 0 {
		return false
	}
	p := &f.toks[k-1]
	_, verb := p.verb()
	return p.k == tWord && !p.cap && !verb && !p.is(cPrep|cDet|cFunction|cStopNP) && !p.is(cTitle|cRole)
}

// objectSubject reports whether the name at rune offset pos opens a
// reported clause after a verb of speech ("He said Isaac zeroed in on…"):
// the subject of what is reported, which may go on speaking.
func (f *finder) objectSubject(pos int) bool {
	k := f.tokAt(pos)
	if k <= 0 {
		return false
	}
	p := &f.toks[k-1]
	if p.k != tWord {
		return false
	}
	if p.lower == "that" {
		return true
	}
	// "she told Guardian Business.": the one told is no speaker (the one
	// asked is: an answer follows)
	switch p.lower {
	case "told", "tell", "tells", "telling":
		return false
	}
	v, ok := p.verb()
	return ok && !v.weak
}

// relativeReported reports whether the name at rune offset pos opens the
// clause reported by a verb of speech in a relative clause: "Harper, who
// said Mulroney never raised…".
func (f *finder) relativeReported(pos int) bool {
	k := f.tokAt(pos)
	if k < 3 {
		return false
	}
	v, ok := f.toks[k-1].verb()
	if !ok || v.weak || v.participle {
		return false
	}
	w := f.toks[k-2].lower
	return (w == "who" || w == "which") && f.isPunct(k-3, ",")
}

// noOneIf reports the subject pronouns whose clause is no one's when they
// stand for no one the text names: he, she, they, and the writer's "I"
// (the labelling convention gives the narrator's words no speaker).
func noOneIf(w string) bool {
	return w == "he" || w == "she" || w == "they" || w == "i"
}

// continuedSpeaker returns the speaker of the latest quotation before pos
// when it is a person the pronoun fits, quoted in this paragraph or the
// one before, and the antecedent of the pronoun has no quotation of its
// own and is not named in the pronoun's paragraph; else -1.
func (f *finder) continuedSpeaker(pron string, pos int) int {
	n := len(f.accepted)
	if n == 0 {
		return -1
	}
	q := &f.qs[f.accepted[n-1]]
	if q.ent < 0 || q.tok < 0 || f.paraAt(pos)-f.toks[q.tok].para > 1 {
		return -1
	}
	e := &f.ents[q.ent]
	if e.kind != ePerson || (pron == "he" && e.gender == 'f') || (pron == "she" && e.gender == 'm') {
		return -1
	}
	ant := f.antecedent(pron, pos)
	if ant < 0 || ant == q.ent {
		return q.ent
	}
	// named in the pronoun's own paragraph ("In Hajjaj’s case, she
	// decided to stay. “…,” she continued."): the topic there
	para := f.paraAt(pos)
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := &f.events[i]
		if ev.pos >= pos {
			continue
		}
		if f.paraAt(ev.pos) != para {
			break
		}
		if ev.ent == ant {
			return -1
		}
	}
	for _, i := range f.accepted {
		if f.qs[i].ent == ant {
			return -1 // both quoted: the pronoun rules decide
		}
	}
	return q.ent
}

// onlyPersonBefore returns the one person of a gender compatible with
// pronoun pron whom the sentence names before token end, or -1 when it
// names none or several.
func (f *finder) onlyPersonBefore(pron string, end int, mm mentionMap) int {
	id := -1
	for i := range mm.ms {
		m := &mm.ms[i]
		if m.b > end {
			break
		}
		if m.kind != mPerson || m.ent < 0 || f.ents[m.ent].kind != ePerson {
			continue
		}
		e := &f.ents[m.ent]
		if (pron == "he" && e.gender == 'f') || (pron == "she" && e.gender == 'm') {
			continue
		}
		if id >= 0 && id != m.ent {
			return -1
		}
		id = m.ent
	}
	return id
}

// otherPerson returns the latest person before rune offset pos, other
// than not, whom the pronoun pron can stand for, or -1.
func (f *finder) otherPerson(pron string, pos, not int) int {
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= pos || ev.ent == not {
			continue
		}
		e := &f.ents[ev.ent]
		if e.kind != ePerson || (pron == "he" && e.gender == 'f') || (pron == "she" && e.gender == 'm') {
			continue
		}
		return ev.ent
	}
	return -1
}

// profileSubject returns the person a profile quotes throughout when the
// speaker pronoun pron at rune pos resolved to person x, who has not
// spoken (in quotation marks or reported) and was introduced at least two paragraphs before (someone the
// article talks about, not a new source): the person credited with at
// least four of the quotations before pos and most of them, of the
// pronoun's gender. Else -1.
func (f *finder) profileSubject(x int, pron string, pos int) int {
	e := &f.ents[x]
	if e.kind != ePerson || f.paraAt(pos)-f.paraAt(e.first) < 2 {
		return -1
	}
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	// the speaker of the most quotations so far (a majority vote: one
	// pass finds the candidate, a second counts)
	cand, n, total := -1, 0, 0
	for i := range f.qs {
		if i >= len(f.regs) || f.regs[i].start >= pos {
			break
		}
		q := &f.qs[i]
		if !q.accepted || q.ent < 0 {
			continue
		}
		if q.ent == x {
			return -1 // x speaks in the article
		}
		total++
		switch {
		case n == 0:
			cand, n = q.ent, 1
		case q.ent == cand:
			n++
		default:
			n--
		}
	}
	if cand < 0 || total < 4 {
		return -1
	}
	// ("Whittaker adds that…": x speaks in the article, if not in
	// quotation marks)
	for i := len(f.events) - 1; i >= 0; i-- {
		if ev := f.events[i]; ev.ent == x && ev.speaker && ev.pos < pos {
			return -1
		}
	}
	count := 0
	for i := range f.qs {
		if i >= len(f.regs) || f.regs[i].start >= pos {
			break
		}
		if q := &f.qs[i]; q.accepted && q.ent == cand {
			count++
		}
	}
	if d := &f.ents[cand]; d.kind != ePerson || d.gender != g || count < 4 || 2*count <= total {
		return -1
	}
	return cand
}

// reportingSource returns the speaker whose reported speech introduced
// person x ("Moeketsi said the lease was issued to one Mr Makama"), when x
// has not spoken before rune pos and that speaker, of the pronoun's gender,
// is the last one to speak before pos within two paragraphs: a later
// "he said" goes on with the source, not with the man he talked about.
// Else -1.
func (f *finder) reportingSource(x int, pron string, pos int) int {
	e := &f.ents[x]
	if e.kind != ePerson {
		return -1
	}
	k := f.tokAt(e.first)
	if k < 0 {
		return -1
	}
	// a reporting verb before the first mention in its sentence, with no
	// quotation between
	verb := false
	for i := k - 1; i >= 0 && i >= k-60; i-- {
		t := &f.toks[i]
		if t.k == tQuote || t.k == tBreak {
			break
		}
		if v, ok := t.verb(); ok && t.k == tWord && !t.cap && !v.participle && !v.weak {
			verb = true
			break
		}
		if t.first {
			break
		}
	}
	if !verb {
		return -1
	}
	introSent, last := -1, -1
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= pos {
			continue
		}
		if ev.ent == x {
			if ev.speaker {
				return -1 // x speaks in the article
			}
			if ev.pos == e.first || introSent < 0 && ev.pos <= e.first {
				introSent = ev.sent
			}
			continue
		}
		if ev.speaker && last < 0 {
			if f.paraAt(pos)-f.paraAt(ev.pos) > 2 {
				return -1
			}
			last = i
		}
	}
	if last < 0 || introSent < 0 {
		return -1
	}
	y := f.events[last].ent
	d := &f.ents[y]
	if d.kind != ePerson || pron == "he" && d.gender != 'm' || pron == "she" && d.gender != 'f' {
		return -1
	}
	// the source spoke in the sentence that introduced x
	for i := range f.events {
		if ev := f.events[i]; ev.ent == y && ev.speaker && ev.sent == introSent {
			return y
		}
	}
	return -1
}

// nameStartingWith returns the latest person whose name has more than one
// word and begins with the word w ("He Jianxiong" for "he"), or -1.
func (f *finder) nameStartingWith(w string) int {
	best := -1
	for i := range f.ents {
		e := &f.ents[i]
		if e.kind == ePerson && len(e.parts) >= 2 && e.parts[0] == w && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}

// clauseSubjectPronoun returns the subject pronoun (and its offset) of the
// clause a participle at token v hangs on: the nearest he/she/they (or
// he'd, she'll…) before it ("a finale he'd preface by saying"), these
// being subject forms only. It returns "" when there is none or a
// quotation comes between.
func (f *finder) clauseSubjectPronoun(s sentence, v int) (string, int) {
	for k := v - 1; k >= s.a && k > v-25; k-- {
		t := &f.toks[k]
		if t.k == tQuote {
			return "", 0
		}
		if t.k != tWord {
			continue
		}
		w := t.lower
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // he'd, she’ll
		}
		if w != "he" && w != "she" && w != "they" && w != "i" {
			continue
		}
		return w, t.s
	}
	return "", 0
}

// latestPerson returns the person of the latest sentence before rune pos
// (in paragraph para or the two before it) that has one of gender g (0:
// any), preferring that sentence's subject, or -1.
func (f *finder) latestPerson(pos, para int, g byte) int {
	cand, candSent := -1, -1
	for i, n := len(f.events)-1, 0; i >= 0 && n < 6; i-- {
		ev := f.events[i]
		if ev.pos >= pos {
			continue
		}
		n++
		if para-f.paraAt(ev.pos) > 2 || (candSent >= 0 && ev.sent != candSent) {
			break
		}
		e := &f.ents[ev.ent]
		// a phrase such as "the Goop founder" refers back itself
		person := e.kind == ePerson || (e.kind == eGroup && !e.plural && f.personish(e.name) && !strings.HasPrefix(strings.ToLower(e.name), "the "))
		// "the actress" is a woman: a named person of unknown gender is not
		// taken for her, an unnamed one ("a resident") may be
		if !person || (g != 0 && e.gender != g && (e.gender != 0 || e.kind == ePerson)) {
			continue
		}
		if cand < 0 || ev.subj {
			cand, candSent = ev.ent, ev.sent
		}
	}
	return cand
}

// subordinateBefore reports whether the name at rune offset at is the
// subject of a subordinate clause ("As Prasad played down the boos, she
// added") in the sentence of the pronoun at rune offset pron.
func (f *finder) subordinateBefore(at, pron int) bool {
	k := f.tokAt(at)
	if k <= 0 || !subordinator(f.toks[k-1].lower) || f.toks[k-1].k != tWord {
		return false
	}
	for j := k; j < len(f.toks) && f.toks[j].s < pron; j++ {
		if f.toks[j].k == tBreak || f.toks[j].k == tQuote || f.isPunct(j, ".?!") {
			return false
		}
	}
	return true
}

// frontedSubordinate reports whether the name at rune offset at is in a
// subordinate clause that opens its sentence: "As Ramdan played down the
// boos, she added", "While making clear the team won't overrate Willis,
// Tomlin says".
func (f *finder) frontedSubordinate(at int) bool {
	k := f.tokAt(at)
	if k <= 0 {
		return false
	}
	// back to the sentence's start with no comma between: the clause
	// the name is in opens the sentence ("While making clear the team
	// won't overrate Willis…, Tomlin says")
	j := k - 1
	for n := 0; j >= 0 && n < 40; j, n = j-1, n+1 {
		t := &f.toks[j]
		if t.k == tBreak || t.k == tQuote || f.isPunct(j, ".?!") {
			break
		}
		if f.isPunct(j, ",;:") {
			return false
		}
	}
	o := j + 1
	return o < k && f.toks[o].k == tWord && f.toks[o].cap && subordinator(f.toks[o].lower)
}

// frontedClauseName reports whether mention m stands in a subordinate
// clause that opens sentence s ("When asked if he was surprised by how
// well Rask has played, Bruins defenseman Andrew Ference just laughed")
// and the main clause after the comma that closes it opens with a
// person's name: that person is the sentence's subject, the one a later
// "he" means, not the name in the clause. (With no name there, "As I sit
// opposite Tony Blair, I ask…", the name in the clause stays the topic.)
func (f *finder) frontedClauseName(s sentence, m *mention, mm mentionMap) bool {
	if m.a <= s.a || m.kind != mPerson && m.kind != mUnknown || f.topicThenPronoun(m) || !f.frontedSubordinate(f.toks[m.a].s) {
		return false
	}
	c := m.b
	for c < s.b && !f.isPunct(c, ",") {
		if f.toks[c].k == tQuote {
			return false
		}
		c++
	}
	// past the words that describe the person ("Bruins veteran
	// defenseman"), the name and then its verb
	for k := c + 1; k < s.b && k <= c+6; k++ {
		if n := mm.at(k); n != nil && n.a == k {
			if n.kind == mPerson && n.b < s.b && f.toks[n.b].k == tWord && !f.toks[n.b].cap {
				return true
			}
			k = n.b - 1
			continue
		}
		t := &f.toks[k]
		if _, verb := t.verb(); t.k != tWord || verb || t.is(cFunction|cPrep) && !t.is(cDet) {
			return false
		}
	}
	return false
}

// parentheticalReport reports whether clause at is a pronoun's clause of
// speech set off by commas right after the name that opens the sentence
// ("Mr. Favre, he says, is a “move-the-meter guy”"): the sentence is what
// the pronoun's person says about that name, so the pronoun is whom the
// text was about before the sentence.
func (f *finder) parentheticalReport(s sentence, at *attrib, mm mentionMap) bool {
	if at.npA-2 < s.a || at.verb != at.npB || at.verb+2 >= s.b || !f.isPunct(at.npA-1, ",") || !f.isPunct(at.verb+1, ",") {
		return false
	}
	if t := &f.toks[at.verb+2]; t.k != tWord || t.cap {
		return false
	}
	m := mm.at(at.npA - 2)
	return m != nil && m.pa <= s.a+1 && m.b == at.npA-1 && (m.kind == mPerson || m.kind == mUnknown)
}

// modifiesName reports whether mention m qualifies the role of the person
// named right after it ("Bruins veteran defenseman Andrew Ference",
// "Vikings coach Brad Childress"): a team or an employer before one to
// three lower-case words and a person's name is no subject of its own.
func (f *finder) modifiesName(s sentence, m *mention, mm mentionMap) bool {
	if m.poss {
		return false
	}
	for k := m.b; k < s.b && k <= m.b+3; k++ {
		if n := mm.at(k); n != nil && n.a == k {
			return k > m.b && n.kind == mPerson
		}
		// (nouns only: not "Kohl welcomed Prime Minister Viktor Orban",
		// "employed by Williamson are Patricia Ewing")
		t := &f.toks[k]
		if _, verb := t.verb(); t.k != tWord || t.cap || verb || auxiliary(t.lower) || isParticipleEd(t) || strings.HasSuffix(t.lower, "s") || t.is(cFunction|cPrep|cDet|cSkip) {
			return false
		}
	}
	return false
}

// nominalWh reports the words that open a clause used as a noun ("What
// Paige was doing was…", "How Smith handled it matters").
func nominalWh(w string) bool {
	switch w {
	case "what", "how", "why", "whether":
		return true
	}
	return false
}

// whClauseBefore reports whether the name at rune offset at follows a word
// opening a clause used as a noun ("What Paige was doing was…") in the
// sentence of the pronoun at rune offset pron.
func (f *finder) whClauseBefore(at, pron int) bool {
	k := f.tokAt(at)
	if k <= 0 || f.toks[k-1].k != tWord || !nominalWh(f.toks[k-1].lower) {
		return false
	}
	for j := k; j < len(f.toks) && f.toks[j].s < pron; j++ {
		if f.toks[j].k == tBreak || f.isPunct(j, ".?!") {
			return false
		}
	}
	return true
}

// pronounSubjectBefore returns the gender ('m', 'f') of a "he" or "she"
// that comes before the name of event ev in its sentence, with no other
// name between, or 0.
func (f *finder) pronounSubjectBefore(ev event) byte {
	k := f.tokAt(ev.pos)
	if k < 0 || ev.sent < 0 || ev.sent >= len(f.sents) {
		return 0
	}
	s := f.sents[ev.sent]
	// ("He said Isaac zeroed in on…": whom a verb of speech reports on
	// may speak next)
	if p := k - 1; p >= s.a && f.toks[p].k == tWord {
		if v, ok := f.toks[p].verb(); ok && v.core {
			return 0
		}
	}
	for j := k - 1; j >= s.a && j >= k-20; j-- {
		t := &f.toks[j]
		if t.k == tQuote || t.k == tWord && t.cap && !t.is(cFunction) {
			return 0
		}
		if g := pronounGender(t.lower); g != 0 {
			return g
		}
	}
	return 0
}

// pronounGender is the gender of "he" ('m') or "she" ('f'), else 0.
func pronounGender(w string) byte {
	switch w {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}

// pronounSubjectAfter returns the gender ('m', 'f') of the last "he" or
// "she" opening a clause (after a comma, a conjunction or a sentence's
// start) between the name at rune offset from and the quotation at pos,
// or 0. (A quotation between has its own event, later than the name's.)
func (f *finder) pronounSubjectAfter(from, pos int) byte {
	k := f.tokAt(from)
	if k < 0 {
		return 0
	}
	var g byte
	for j := k + 1; j < len(f.toks) && j <= k+80 && f.toks[j].s < pos; j++ {
		t := &f.toks[j]
		pg := pronounGender(t.lower)
		if pg == 0 {
			continue
		}
		p := &f.toks[j-1]
		if t.cap || f.isPunct(j-1, ",;") || p.k == tWord && clauseOpener(p.lower) {
			g = pg
		}
	}
	return g
}

// clauseOpener reports conjunctions after which a pronoun opens a clause.
func clauseOpener(w string) bool {
	switch w {
	case "and", "but", "though", "although", "because", "so", "while":
		return true
	}
	return false
}

// talkedAboutInQuote returns the speaker quoted before when the pronoun at
// rune offset pos closes a quotation that speaks of the candidate event's
// person in the third person ("Clarkson's actions show… “He was pretty
// open…,” he said" after “…,” said Andreas Baumhof): the one the quotation
// calls "he" is talked about, not the one who talks. The quotation must
// open with the pronoun, and the person be an owner ("Palling's
// actions"). It returns -1 otherwise.
func (f *finder) talkedAboutInQuote(pron string, pos, cand int) int {
	ev := f.events[cand]
	if ev.speaker || f.ents[ev.ent].kind != ePerson {
		return -1
	}
	// (the person is an owner opening the sentence, "Palling's actions",
	// what the sentence is about rather than one who acts in it)
	if n := f.tokAt(ev.pos); n < 0 || !f.ownerAt(n) {
		return -1
	}
	k := f.tokAt(pos)
	q := k - 1
	if q >= 0 && f.isPunct(q, ",") {
		q--
	}
	if q < 0 || f.toks[q].k != tQuote || !f.thirdPersonIn(f.toks[q].s, ev.ent) {
		return -1
	}
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	// (the quotation opens with the pronoun: "He was…", its subject)
	if r := f.regs[f.toks[q].q]; !f.lowerOK || !strings.HasPrefix(f.lower[f.off[r.start]:f.off[r.stop]], pron+" ") {
		return -1
	}
	para := f.paraAt(pos)
	for i := cand - 1; i >= 0 && i > cand-maxCandidates; i-- {
		e := f.events[i]
		if para-f.paraAt(e.pos) > 2 {
			break
		}
		if e.speaker && e.ent != ev.ent && f.ents[e.ent].kind == ePerson && (f.ents[e.ent].gender == g || f.ents[e.ent].gender == 0) {
			return e.ent
		}
	}
	return -1
}

// ownerAt reports whether the name starting at token n ends in a
// possessive ("Palling's actions").
func (f *finder) ownerAt(n int) bool {
	for k := n; k < len(f.toks) && k < n+4 && f.toks[k].k == tWord && f.toks[k].cap; k++ {
		if f.toks[k].poss {
			return true
		}
	}
	return false
}

// thirdPersonIn reports whether the quotation starting at rune offset pos
// speaks of person id as "she"/"her" or "he"/"him"/"his" (by id's gender)
// and has no "I" of its own: its speaker is someone else.
func (f *finder) thirdPersonIn(pos, id int) bool {
	g := f.ents[id].gender
	if g == 0 {
		return false
	}
	k := f.tokAt(pos)
	if k < 0 || f.toks[k].k != tQuote || f.toks[k].q < 0 || f.toks[k].q >= len(f.regs) {
		return false
	}
	r := f.regs[f.toks[k].q]
	if !f.lowerOK {
		return false
	}
	low := f.lower[f.off[r.start]:f.off[r.stop]]
	for _, w := range []string{"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "my"} {
		if hasWord(low, w) {
			return false
		}
	}
	prons := []string{"she", "her"}
	if g == 'm' {
		prons = []string{"he", "him", "his"}
	}
	for _, w := range prons {
		if hasWord(low, w) {
			return true
		}
	}
	return false
}

// speakerOfSentence returns the person who speaks in sentence sent (an
// event before index i other than not), or -1.
func (f *finder) speakerOfSentence(i, sent, not int) int {
	for j := i - 1; j >= 0 && j > i-maxCandidates && f.events[j].sent == sent; j-- {
		if ev := f.events[j]; ev.speaker && ev.ent != not && f.ents[ev.ent].kind == ePerson {
			return ev.ent
		}
	}
	for j := i + 1; j < len(f.events) && f.events[j].sent == sent; j++ {
		if ev := f.events[j]; ev.speaker && ev.ent != not && f.ents[ev.ent].kind == ePerson {
			return ev.ent
		}
	}
	return -1
}

// dashAside reports whether the name of event ev stands between two
// dashes of its sentence that set off an aside ("… for Hodgson - his
// predecessor Lawrie Sanchez insisted on … - but height …"), with a name
// of a person before the first dash.
func (f *finder) dashAside(ev event) bool {
	k := f.tokAt(ev.pos)
	if k < 0 || ev.sent < 0 || ev.sent >= len(f.sents) {
		return false
	}
	s := f.sents[ev.sent]
	dash := func(i int) bool { return f.isPunct(i, "-–—") || f.toks[i].k == tPunct && f.toks[i].w == "--" }
	open := -1
	for i := k - 1; i >= s.a; i-- {
		if dash(i) {
			open = i
			break
		}
		if f.toks[i].k == tQuote {
			return false
		}
	}
	if open <= s.a {
		return false
	}
	closed := false
	for i := k + 1; i < s.b; i++ {
		if dash(i) {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for i := s.a; i < open; i++ {
		if f.toks[i].k == tWord && f.toks[i].cap && i > s.a {
			return true
		}
	}
	return false
}

// coordinated reports whether the name at rune offset pos is followed by
// "and" and a possessive pronoun or a plural noun ("Gallagher and his
// colleagues", "Smith and others"): one of a group that "they" may stand
// for only with the rest.
func (f *finder) coordinated(pos int) bool {
	k := f.tokAt(pos)
	if k < 0 {
		return false
	}
	// past the rest of the name
	for k+1 < len(f.toks) && f.toks[k+1].k == tWord && f.toks[k+1].cap {
		k++
	}
	if k+2 >= len(f.toks) || f.toks[k+1].lower != "and" {
		return false
	}
	n := &f.toks[k+2]
	return n.k == tWord && !n.cap && (possessivePronoun(n.lower) != "" || n.lower == "others" || n.lower == "colleagues")
}

// namedInQuote reports whether a quotation of sentence s names person id
// by a capitalised part of the name of four letters or more, as a whole
// word ("“Mr Al Fayed is a very persuasive man,” he said" names Al Fayed).
func (f *finder) namedInQuote(s sentence, id int) bool {
	e := &f.ents[id]
	if e.kind != ePerson {
		return false
	}
	for k := s.a; k < s.b; k++ {
		t := &f.toks[k]
		if t.k != tQuote || t.q < 0 || t.q >= len(f.regs) || f.qs[t.q].named {
			continue
		}
		g := f.regs[t.q]
		if !f.lowerOK {
			return false
		}
		txt := f.text(g.start, g.stop) // (no copy: a slice of the text)
		low := f.lower[f.off[g.start]:f.off[g.stop]]
		for _, p := range e.parts {
			if len(p) < 4 {
				continue
			}
			for i := 0; ; {
				j := strings.Index(low[i:], p)
				if j < 0 {
					break
				}
				a, b := i+j, i+j+len(p)
				// (not "I’ve been called Juice": the speaker's own name)
				if (a == 0 || !isLetterByte(txt[a-1])) && (b == len(txt) || !isLetterByte(txt[b])) && txt[a] >= 'A' && txt[a] <= 'Z' &&
					!strings.HasSuffix(low[:a], "called ") && !strings.HasSuffix(low[:a], "named ") && !strings.HasSuffix(low[:a], "call me ") {
					return true
				}
				i = b
			}
		}
	}
	return false
}

// indefinitePerson resolves "she"/"he" that no named person or speaking
// source before it fits to the person an indefinite phrase just described
// ("… given to him by a 16-year-old girl. … “…,” she wrote"): the latest
// "a"/"an", a few lower-case modifiers and a noun of the pronoun's gender
// (girl, woman, mother; boy, man, father) in the paragraph or the one
// before. It is -1 when there is none (issue 20, seventeenth round).
func (f *finder) indefinitePerson(pron string, pos int) int {
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	k := f.tokAt(pos)
	if k < 0 {
		return -1
	}
	para := f.toks[k].para
	for j := k - 1; j > 0 && k-j < 150 && para-f.toks[j].para <= 1; j-- {
		t := &f.toks[j]
		if t.k != tWord || t.cap || roleGender(t.lower) != g {
			continue
		}
		// "a 16-year-old girl": the article a few modifiers before
		for a := j - 1; a >= 0 && j-a <= 4; a-- {
			m := &f.toks[a]
			if m.k != tWord {
				break
			}
			if m.lower == "a" || m.lower == "an" {
				return f.entityByName(f.spanPhrase(a, j+1), eGroup, m.s)
			}
			if m.cap || m.is(cFunction) {
				break
			}
		}
		return -1 // the latest such noun is not indefinite
	}
	return -1
}

// sourceTalksOf returns the person an unnamed source talks about when a
// pronoun's candidate (event cand) is that source: "“She is not ready,”
// the source added. But, according to an interview, she may never be.
// “…,” she told the magazine." The source's gender is unknown and its
// latest quotation speaks of a "she" in the third person, so the "she"
// of the narration is that woman, the person named last, not the source
// (issue 20, twenty-first round). Else -1.
func (f *finder) sourceTalksOf(pron string, pos, cand int) int {
	ev := f.events[cand]
	src := &f.ents[ev.ent]
	if src.kind != eGroup || src.gender != 0 || src.plural || !f.lowerOK {
		return -1
	}
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	// the source's latest quotation before pos
	said := ""
	for n := len(f.accepted) - 1; n >= 0; n-- {
		qi := f.accepted[n]
		if r := f.regs[qi]; r.start < pos && f.qs[qi].ent == ev.ent {
			said = f.lower[f.off[r.start]:f.off[r.stop]]
			break
		}
	}
	if said == "" || !hasWord(said, pron) {
		return -1
	}
	for _, w := range []string{"i", "i'm", "i’m", "me", "my"} {
		if hasWord(said, w) {
			return -1
		}
	}
	para := f.paraAt(pos)
	for i := cand - 1; i >= 0 && i > cand-2*maxCandidates; i-- {
		e := f.events[i]
		if para-f.paraAt(e.pos) > 4 {
			break
		}
		if p := &f.ents[e.ent]; e.ent != ev.ent && p.kind == ePerson && (p.gender == g || p.gender == 0) {
			return e.ent
		}
	}
	return -1
}

// groupSpeakerOf returns, for a "they" whose latest candidate is the
// person of event i, a plural group that speaks in that person's sentence,
// or -1: "the DUP and PUP statement claimed Mr McVeigh was … . They
// accused …" is the pair who claimed, not the man they spoke of.
func (f *finder) groupSpeakerOf(i int) int {
	sent := f.events[i].sent
	for j := i - 1; j >= 0 && f.events[j].sent == sent; j-- {
		ev := f.events[j]
		if e := &f.ents[ev.ent]; ev.speaker && e.kind == eGroup && e.plural {
			return ev.ent
		}
	}
	return -1
}

// topicThenPronoun reports a person's name after "for" closing a phrase
// set off by a comma right before "he" or "she" ("As for Obama, he
// seems…", "… was a decisive moment for Mr. Gingrich, he wrote"): the
// pronoun takes up the name, so the name stays a candidate antecedent and
// the sentence's subject, though a preposition governs it. Other
// prepositions set the name against the pronoun ("unlike Mr. Wright, he
// was writing", "under cross-examination by Mpofu, he said").
func (f *finder) topicThenPronoun(m *mention) bool {
	if m.poss || m.kind == mOrg || m.kind == mPlace || m.pa < 1 || f.toks[m.pa-1].lower != "for" || m.b+1 >= len(f.toks) || !f.isPunct(m.b, ",") {
		return false
	}
	t := &f.toks[m.b+1]
	return t.k == tWord && (t.lower == "he" || t.lower == "she") && t.para == f.toks[m.a].para
}

// closingReportComma returns, for the event of a speaker whose reporting
// clause closes its sentence (“The habit of following comedians –
// notably Tom Reyes – gives the campaign reach, says sociologist Marcus
// Webb.”, “…, Webb says.”), the token of the
// comma that sets the clause off; else -1. Everything before that comma
// is what the speaker says, so a name in it is talked about and is not
// what a later "he" or "she" means.
func (f *finder) closingReportComma(sp event) int {
	k := f.tokAt(sp.pos)
	if !sp.speaker || k <= 0 || sp.sent < 0 || sp.sent >= len(f.sents) {
		return -1
	}
	s := f.sents[sp.sent]
	// back over the clause's words (the verb, titles and the name's
	// modifiers) to the comma, a reporting verb among them
	verb := false
	j := k - 1
	for n := 0; j > s.a && n < 12; j, n = j-1, n+1 {
		t := &f.toks[j]
		if t.k != tWord {
			break
		}
		if v, ok := t.verb(); ok && !v.participle && !t.cap {
			verb = true
		}
	}
	if !f.isPunct(j, ",") || j <= s.a {
		return -1
	}
	if !verb {
		// ", Webb says.": the verb after the name
		if v, ok := f.verbAfterName(k, s); !ok || v {
			return -1
		}
	}
	// forward to the sentence's end: no quotation, no second clause
	for i := k; i < s.b; i++ {
		if t := &f.toks[i]; t.k == tQuote || f.isPunct(i, ";:") {
			return -1
		}
	}
	return j
}

// verbAfterName reports, for a name starting at token k, whether a
// non-participle reporting verb follows the name's capitalised words
// (ok) and whether anything but the sentence's end follows that verb
// (more).
func (f *finder) verbAfterName(k int, s sentence) (more, ok bool) {
	i := k
	for i < s.b && f.toks[i].k == tWord && f.toks[i].cap {
		i++
	}
	if i >= s.b {
		return false, false
	}
	t := &f.toks[i]
	if v, isVerb := t.verb(); !isVerb || v.participle || t.k != tWord {
		return false, false
	}
	return i+1 < s.b && !f.isPunct(i+1, ".!?"), true
}

// reportedBefore reports whether event ev lies before the comma of the
// closing reporting clause of candidate event cand, in the same sentence:
// a name inside what the speaker says.
func (f *finder) reportedBefore(cand int, ev event) bool {
	sp := f.events[cand]
	if sp.sent != ev.sent || ev.speaker {
		return false
	}
	c := f.closingReportComma(sp)
	return c >= 0 && f.tokAt(ev.pos) < c
}

// actingBodyHead reports head nouns of a body that acts and speaks as one
// ("the government said", "the agency said"): such a body is "it", never
// the "he" or "she" of the sentences after it, so a person's pronoun skips
// it for the person named before (issue 20, twenty-seventh round).
func actingBodyHead(h string) bool {
	if institution(h) {
		return true
	}
	switch h {
	case "government", "administration", "cabinet", "company", "firm", "corporation",
		"organisation", "organization", "newspaper", "broadcaster", "network", "prosecution":
		return true
	}
	return false
}

// contrastSpeaker reports whether event ev is a name opening a clause of
// speech joined to the one before by a contrast ("X said that …, but Tom
// Pike, its treasurer, said that …"): that clause is no report inside the
// first speaker's words but the sentence's last speaker, so a "he" right
// after it is Tom Pike, not the sentence's first subject.
func (f *finder) contrastSpeaker(ev event) bool {
	k := f.tokAt(ev.pos)
	if k < 2 || f.toks[k].k != tWord || !f.toks[k].cap {
		return false
	}
	switch f.toks[k-1].lower {
	case "but", "while", "whereas":
		if !f.isPunct(k-2, ",;") {
			return false
		}
	default:
		return false
	}
	j := k + 1
	for j < len(f.toks) && f.isCapWord(j) {
		j++
	}
	// an appositive between commas ("its treasurer")
	if f.isPunct(j, ",") {
		c := j + 1
		for c < len(f.toks) && c-j <= 8 && f.toks[c].k == tWord {
			c++
		}
		if !f.isPunct(c, ",") {
			return false
		}
		j = c + 1
	}
	for j < len(f.toks) && f.toks[j].k == tWord && f.toks[j].is(cSkip) {
		j++
	}
	if j >= len(f.toks) || f.toks[j].k != tWord || !f.toks[j].is(cVerb) {
		return false
	}
	v := f.toks[j].lex.verb
	return v.core && !v.participle
}

// saidGender records that the person attribution at names by name says or
// tells something (evidence of a person), and fixes that person's gender
// when a "he" or "she" opens the clause the verb reports: "Cecily Myart-Cruz …
// said she understood", "Ana Kovac told reporters that she…". The name's
// gender must be unknown, or only a pronoun's guess from another
// sentence; the phrase must be a name, not a pronoun. A gender fixed so is
// evidence of a person and keeps the name from the pronouns of the other
// gender (issue 20, twenty-eighth round).
func (f *finder) saidGender(s sentence, at *attrib) {
	if at.ent < 0 || at.npA < 0 || at.head < 0 || at.verb+1 >= s.b || at.verb < at.npA {
		return
	}
	e := &f.ents[at.ent]
	if e.kind != ePerson || !f.toks[at.head].cap || isPronoun(f.toks[at.head].lower) {
		return
	}
	// ("Farlow, wearing a new hat, said winning was…": who says or tells
	// something by name is a person; "continued" or "noted" may be a
	// thing's)
	if sayingVerb(f.toks[at.verb].lower) {
		e.evid = true
	}
	if e.gender != 0 && !e.gguess {
		return
	}
	// ("Rick Lamplugh of Gardiner, who…, said he": a name after a
	// preposition in the phrase may not be whom the clause is about)
	for k := max(at.npA-1, s.a); k < at.head; k++ {
		if f.toks[k].k == tWord && f.toks[k].is(cPrep) && !f.toks[k].cap {
			return
		}
	}
	k := at.verb + 1
	// ("told reporters that she": the one told, then "that")
	if t := &f.toks[k]; t.k == tWord && !t.cap && !isPronoun(t.lower) && (f.toks[at.verb].lower == "told" || f.toks[at.verb].lower == "tells") && k+1 < s.b {
		k++
	}
	if f.toks[k].lower == "that" && k+1 < s.b {
		k++
	}
	g := pronounGender(f.toks[k].lower)
	if g == 0 {
		return
	}
	e.gender, e.gguess, e.evid = g, false, true
}

// namedPerson reports whether person entity id bears what only people's
// names bear: a title, a gender (its name's, a title's or a pronoun's),
// or a given name the lexicon knows.
func (f *finder) namedPerson(id int) bool {
	e := &f.ents[id]
	return slices.ContainsFunc(e.titles, f.personTitle) || e.gender != 0 || len(e.parts) >= 2 && f.lx.is(e.parts[0], cFemale|cMale)
}

// personTitle reports a title only a person bears: not a description
// whose noun is a person's by its ending alone, which a firm may bear
// too ("RW Arms, a Texas seller of accessories").
func (f *finder) personTitle(w string) bool {
	return f.knownPersonNoun(w) || f.lx.is(w, cTitle) || !f.personishHead(w)
}

// sentOfTokenBefore returns the index of the sentence of the token at or
// before rune offset pos, or -1 (sentAt takes the token at or after it).
func (f *finder) sentOfTokenBefore(pos int) int {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s > pos }) - 1
	if k < 0 {
		return -1
	}
	return sort.Search(len(f.sents), func(i int) bool { return f.sents[i].b > k })
}

// iContraction reports the writer's "I" contracted with its verb ("i’m",
// "i've", "i’ll", "i'd"): a pronoun, never a name.
func iContraction(w string) bool {
	return len(w) > 2 && w[0] == 'i' && (w[1] == '\'' || strings.HasPrefix(w[1:], "’"))
}
