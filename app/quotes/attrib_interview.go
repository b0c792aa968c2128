package quotes

import (
	"unicode"
	"unicode/utf8"
)

// Interviews and exchanges: questions and answers, the turns of an
// interview, the other party of an exchange, an interview transcript's
// initials, and the writer's own questions in narration.

// interviewTurns gives the turns of an interview their speakers: after a
// question by one person answered by another (or an answer, then a
// question), a quotation alone in its paragraph that no clause attributes
// takes the turn: a question is the asker's, anything else the answerer's
// (“Did you feel safe?” / “Not at all.”). It needs the two previous
// quotations, in the paragraphs just before, to be such an exchange.
func (f *finder) interviewTurns() {
	for i := 2; i < len(f.accepted); i++ {
		q := &f.qs[f.accepted[i]]
		if q.direct || q.tok < 0 || !f.aloneInPara(q.tok) {
			continue
		}
		// (the one before the asker: "“But … there is some risk,” Alito
		// interjected. “Do you dispute that?”" asks twice)
		j := f.turnBefore(i)
		p1, p2 := &f.qs[f.accepted[i-1]], &f.qs[f.accepted[j]]
		if p1.ent < 0 || p2.ent < 0 || p1.ent == p2.ent || p1.tok < 0 || p2.tok < 0 ||
			f.ents[p1.ent].kind != ePerson || f.ents[p2.ent].kind != ePerson ||
			f.toks[q.tok].para-f.paraEnd(p1.tok) > 2 || f.toks[p1.tok].para-f.paraEnd(p2.tok) > 2 {
			continue
		}
		qQ, q1, q2 := f.question(f.accepted[i]), f.question(f.accepted[i-1]), f.question(f.accepted[j])
		switch {
		case !qQ && q1 && !q2, qQ && !q1 && q2:
			// Y: “…” / X: “…?” / “…” is Y's; X: “…?” / Y: “…” / “…?” is X's
			q.ent, q.affil = p2.ent, ""
		}
	}
}

// otherParty returns the person quoted last before the last speaker, within
// a few paragraphs of paragraph para and of each other, or -1.
func (f *finder) otherParty(para int) int {
	n := len(f.accepted)
	if n == 0 {
		return -1
	}
	last := &f.qs[f.accepted[n-1]]
	if last.ent < 0 || last.tok < 0 || f.ents[last.ent].kind != ePerson || para-f.paraEnd(last.tok) > 2 {
		return -1
	}
	for j := n - 2; j >= 0 && j >= n-4; j-- {
		q := &f.qs[f.accepted[j]]
		if q.tok < 0 || para-f.paraEnd(q.tok) > 6 {
			return -1
		}
		if q.ent >= 0 && q.ent != last.ent {
			if f.ents[q.ent].kind == ePerson {
				return q.ent
			}
			return -1
		}
	}
	return -1
}

// question reports whether quotation i ends with a question mark.
func (f *finder) question(i int) bool {
	r := f.regs[i]
	last := r.stop - 1
	for last > r.start && (unicode.IsSpace(f.r[last]) || f.r[last] == '"' || f.r[last] == '”') {
		last--
	}
	return last >= r.start && f.r[last] == '?'
}

// turnBefore returns the index in f.accepted of the quotation before the
// turn of quotation i-1: i-2, or, when i-2 is the same speaker's in the
// same paragraph (one turn split around its attribution), the one before
// that.
func (f *finder) turnBefore(i int) int {
	j := i - 2
	p1 := &f.qs[f.accepted[i-1]]
	for j > 0 && j >= i-4 {
		q := &f.qs[f.accepted[j]]
		if q.ent != p1.ent || q.tok < 0 || p1.tok < 0 || f.paraEnd(q.tok) != f.toks[p1.tok].para {
			break
		}
		j--
	}
	return j
}

// replyParty returns, for a "he"/"she" who replies in paragraph para, the
// other party of the exchange: the person quoted before the one quoted
// last, when the one quoted last was quoted in the paragraph before and
// the other one's gender fits the pronoun (the last one's does not, or is
// unknown); else -1.
func (f *finder) replyParty(pron string, para int) int {
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	n := len(f.accepted)
	if n < 2 {
		return -1
	}
	last := &f.qs[f.accepted[n-1]]
	if last.ent < 0 || last.tok < 0 || f.ents[last.ent].kind != ePerson || para-f.paraEnd(last.tok) != 1 || f.ents[last.ent].gender == g {
		return -1
	}
	for j := n - 2; j >= 0 && j >= n-5; j-- {
		q := &f.qs[f.accepted[j]]
		if q.tok < 0 || para-f.paraEnd(q.tok) > 6 {
			return -1
		}
		if q.ent >= 0 && q.ent != last.ent {
			if e := &f.ents[q.ent]; e.kind == ePerson && (e.gender == g || e.gender == 0) {
				return q.ent
			}
			return -1
		}
	}
	return -1
}

// answerer returns the person whose initials open the paragraph of
// sentence s in an interview transcript ("AD She was all in." is Ava
// DuVernay's answer), or -1: the "I" of an answer is that person.
func (f *finder) answerer(s sentence) int {
	k := s.a
	for k > 0 && !f.paraStart(k) {
		k--
	}
	t := &f.toks[k]
	// "McKelvey: He came into my office…": an answer labelled with the
	// surname of someone named before
	if t.k == tWord && t.cap && !t.is(cFunction) && k+1 < len(f.toks) && f.isPunct(k+1, ":") {
		if id := f.findByPart(t.lower, nil, -1); id >= 0 && f.ents[id].kind == ePerson {
			return id
		}
		return -1
	}
	if t.k != tWord || !allUpper(t.w) || k+1 >= len(f.toks) || f.toks[k+1].k != tWord || !f.toks[k+1].cap {
		return -1
	}
	ini := []rune(t.w)
	if len(ini) < 2 || len(ini) > 3 {
		return -1
	}
	best := -1
	for i := range f.ents {
		e := &f.ents[i]
		if e.kind != ePerson || len(e.parts) < 2 {
			continue
		}
		a, _ := utf8.DecodeRuneInString(e.parts[0])
		b, _ := utf8.DecodeRuneInString(e.parts[len(e.parts)-1])
		if unicode.ToUpper(a) == ini[0] && unicode.ToUpper(b) == ini[len(ini)-1] {
			if best >= 0 {
				return -1 // two people with these initials
			}
			best = i
		}
	}
	return best
}

// replyVerb reports verbs of answering a question.
func replyVerb(w string) bool {
	switch w {
	case "replied", "replies", "answered", "answers", "responded", "responds", "retorted", "rejoined", "rejoins", "countered", "counters":
		return true
	}
	return false
}

// askedPerson returns the person a question just before token k was put
// to ("a reporter asked Lee, “…?”"), when that person can be pron, or -1.
func (f *finder) askedPerson(k int, pron string) int {
	q := -1
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if f.toks[i].k == tQuote {
			q = i
			break
		}
		if f.toks[i].k != tBreak && !(f.toks[i].k == tPunct && f.toks[i].w != ".") {
			return -1
		}
	}
	if q < 1 {
		return -1
	}
	g := byte('m')
	if pron == "she" {
		g = 'f'
	}
	return f.askedOf(q, g)
}

// askedOf returns the person the question in quotation token q was put
// to, of gender g (0: any): "asked Lee, “…?”" or "“…?” a reporter asked
// Lee." It returns -1 when q is no question or names no one asked.
func (f *finder) askedOf(q int, g byte) int {
	r := f.regs[f.toks[q].q]
	last := r.stop - 1
	for last > r.start && unicode.IsSpace(f.r[last]) {
		last--
	}
	if last < r.start || f.r[last] != '?' {
		return -1
	}
	lo, hi := -1, -1
	// before: "asked Lee, “…?”"
	j := q - 1
	if j >= 0 && f.toks[j].k == tPunct && (f.toks[j].w == "," || f.toks[j].w == ":") {
		j--
	}
	nameEnd := j
	for j >= 0 && j > nameEnd-4 && f.toks[j].k == tWord && f.toks[j].cap {
		j--
	}
	if j >= 0 && j < nameEnd && f.toks[j].k == tWord && (f.toks[j].lower == "asked" || f.toks[j].lower == "asks") {
		lo, hi = f.toks[j+1].s, f.toks[nameEnd].e
	} else {
		// after: "“…?” a reporter asked Lee."
		for j = q + 1; j < len(f.toks) && j < q+6 && f.toks[j].k == tWord; j++ {
			if w := f.toks[j].lower; w == "asked" || w == "asks" {
				a := j + 1
				b := a
				for b < len(f.toks) && b < a+4 && f.toks[b].k == tWord && f.toks[b].cap {
					b++
				}
				if b > a {
					lo, hi = f.toks[a].s, f.toks[b-1].e
				}
				break
			}
		}
	}
	if lo < 0 {
		return -1
	}
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if ev.pos >= hi {
			continue
		}
		if ev.pos < lo {
			break
		}
		if e := &f.ents[ev.ent]; e.kind == ePerson && (g == 0 || e.gender == 0 || e.gender == g) {
			return ev.ent
		}
	}
	return -1
}

// ownedAnswer reports "his answer", "her reply" at token k: after a
// fronted "When X asked Y …," the answer is the one asked, Y's, so the
// asker is no antecedent of its pronoun (see frontedAsker) (issue 20,
// twenty-fifth round).
func (f *finder) ownedAnswer(s sentence, k int) bool {
	if k+1 >= s.b || f.toks[k].lower != "his" && f.toks[k].lower != "her" {
		return false
	}
	switch f.toks[k+1].lower {
	case "answer", "answers", "reply", "replies", "response", "responses", "retort":
		return true
	}
	return false
}

// answerAhead reports ", his answer" (see ownedAnswer) within twenty words
// after token k, in the same sentence with commas only between: the
// fronted clause of asking runs on past an aside to the answer.
func (f *finder) answerAhead(s sentence, k int) bool {
	for i := k; i < s.b && i < k+20; i++ {
		if f.isPunct(i, ",") {
			if f.ownedAnswer(s, i+1) {
				return true
			}
			continue
		}
		if f.toks[i].k != tWord {
			return false
		}
	}
	return false
}

// narratorQuestion reports whether sentence si is a question the writer
// asks in narration, with no quotation in it: an interview's question,
// whose names are not the one who answers.
func (f *finder) narratorQuestion(si int) bool {
	if si < 0 || si >= len(f.sents) {
		return false
	}
	s := f.sents[si]
	if s.b <= s.a || !f.isPunct(s.b-1, "?") {
		return false
	}
	for k := s.a; k < s.b; k++ {
		if f.toks[k].k == tQuote {
			return false
		}
	}
	return true
}
