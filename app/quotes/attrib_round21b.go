package quotes

import "strings"

// itsText returns the body "its" stands for in a subject "its report",
// "its latest statement" (the text a body issued), or -1: the
// organisation the text spoke of last before it, so "The committee
// raised concerns… “…,” its report read" is the committee's (issue 20,
// twenty-first round).
func (f *finder) itsText(npA, head int) int {
	if f.toks[npA].lower != "its" || head-npA > 2 || f.toks[head].cap || !(authoredText(f.toks[head].lower) || courtText(f.toks[head].lower)) {
		return -1
	}
	if !f.plainModifiers(npA+1, head) {
		return -1
	}
	return f.antecedent("it", f.toks[npA].s)
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

// gotText reports participles of coming to hold a text someone else wrote
// ("a document obtained by the Guardian", "a memo seen by Reuters", "the
// files leaked by a contractor"): the one after "by" has the text, and
// its words stay its author's (issue 20, twenty-first round).
func gotText(w string) bool {
	switch w {
	case "obtained", "seen", "reviewed", "received", "acquired", "leaked", "viewed", "verified",
		"intercepted", "examined", "cited", "quoted", "translated", "provided":
		return true
	}
	return false
}

// docName records that a text noun (head) names the text first called by
// another (of).
type docName struct{ head, of string }

// noteTextAlias records that the text noun at k is in apposition to the
// text noun before it: "the document, a 41-slide PowerPoint presentation"
// (a definite text, a comma, then "a"/"an" and up to three modifiers).
// The same text is later called by either noun (issue 20, twenty-first
// round). It reports whether it recorded one.
func (f *finder) noteTextAlias(s sentence, k int) bool {
	j := k - 1
	for n := 0; j > s.a && n < 3 && f.toks[j].k == tWord && !f.toks[j].is(cDet|cFunction|cPrep) && !f.toks[j].poss; n++ {
		j--
	}
	if j-2 <= s.a || (f.toks[j].lower != "a" && f.toks[j].lower != "an") || !f.isPunct(j-1, ",") {
		return false
	}
	h := &f.toks[j-2]
	if h.k != tWord || h.cap || !authoredText(h.lower) || h.lower == f.toks[k].lower || f.toks[j-3].lower != "the" {
		return false
	}
	f.textAlias = append(f.textAlias, docName{head: f.toks[k].lower, of: h.lower})
	return true
}

// aliasAuthor returns soleAuthor of the text noun that head was put in
// apposition to, or -1.
func (f *finder) aliasAuthor(head string) int {
	for _, a := range f.textAlias {
		if a.head == head {
			if best := f.soleAuthor(a.of); best >= 0 {
				return best
			}
		}
	}
	return -1
}

// frontedClauseBody returns the organisation that is the subject of a
// subordinate clause opening sentence s when "it" at token k is the
// subject of the main clause after it: "When the agency reviews a
// message…, it issues what it calls a “report”" (issue 20, twenty-first
// round). Else -1.
func (f *finder) frontedClauseBody(s sentence, k int, mm mentionMap) int {
	switch f.toks[s.a].lower {
	case "when", "whenever", "if", "once", "after", "before", "because", "since", "while", "although", "though", "as":
	default:
		return -1
	}
	n := s.a + 1
	if n < k && f.toks[n].lower == "the" {
		n++
	}
	m := mm.at(n)
	if m == nil || m.a != n || m.kind != mOrg || m.b >= k {
		return -1
	}
	// one comma closes the clause before "it" ("When X reviews a
	// message it believes…, it issues")
	comma := -1
	for i := m.b; i < k; i++ {
		if t := &f.toks[i]; t.k == tQuote || t.k == tBreak || t.k == tPunct && t.w != "," {
			return -1
		}
		if f.isPunct(i, ",") {
			comma = i
		}
	}
	if comma < 0 {
		return -1
	}
	return f.authorEnt(m)
}

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

// clauseBody returns the organisation that is the subject of a verb
// earlier in sentence s than "it" at token k, the nearest such: "as the
// White House pronounced itself “deeply disappointed” at what it called
// a trend of “…”" (the body the sentence is about, not one a sentence
// before named). Else -1 (issue 20, twenty-first round).
func (f *finder) clauseBody(s sentence, k int, mm mentionMap) int {
	for i := k - 1; i > s.a && i >= k-40; i-- {
		m := mm.at(i)
		if m == nil || m.b != i+1 || m.poss {
			continue
		}
		if m.kind == mPerson {
			return -1 // a person acts nearer "it"
		}
		if m.kind != mOrg {
			continue
		}
		if t := &f.toks[m.b]; t.k == tWord && !t.cap && !t.is(cFunction|cPrep|cDet) && (t.is(cVerb) || callVerb(t.lower) || strings.HasSuffix(t.lower, "ed")) {
			return f.authorEnt(m)
		}
		return -1
	}
	return -1
}
