package quotes

import "strings"

// describedNameAfter finds, after a verb of speech inverted right after
// its quotation (token k is the first word after the verb), a person's
// full name that ends the clause behind a description of the one who
// holds it: "…,” wrote professor and attorney Tom Baxter", "…,” quipped
// Gas and Flame co-creator Rob Denman", "…?” wrote self-described
// “internet loudmouth” Jeff Tidwell". The name speaks; the words before
// it describe the speaker, whatever their shape. A description needs a
// role noun or a quoted epithet right before the name, and holds no verb,
// preposition, pronoun or punctuation, so "said a lawyer for Tom Baxter"
// and "wrote that Tom Baxter" stay as they were. It returns the name's
// token range.
func (f *finder) describedNameAfter(s sentence, k int, mm mentionMap) (int, int, bool) {
	for e := k; e < s.b && e < k+12; e++ {
		if m := mm.at(e); m != nil && m.a == e {
			if m.kind == mPerson && !m.poss && m.b-m.ca >= 2 && e > k && f.endsClause(s, m.b) && (m.ca > m.a || f.describesNext(e-1)) {
				return m.a, m.b, true
			}
			if m.poss {
				return 0, 0, false
			}
			e = m.b - 1
			continue
		}
		t := &f.toks[e]
		switch {
		case t.k == tQuote:
			continue
		case t.k != tWord, t.cap && !t.first:
			return 0, 0, false
		case t.lower == "and":
			continue
		case t.is(cPrep|cFunction|cSkip) || isPronoun(t.lower) || possessivePronoun(t.lower) != "":
			return 0, 0, false
		}
		if v, ok := t.verb(); ok && !v.participle {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// endsClause reports whether token j ends the clause of an inverted
// subject: the sentence's end, a stop or comma, a quotation mark or a
// break.
func (f *finder) endsClause(s sentence, j int) bool {
	return j >= s.b || f.toks[j].k == tQuote || f.toks[j].k == tBreak || f.isPunct(j, ".,;:!?")
}

// describesNext reports a token that can stand right before the name it
// describes: a role noun ("attorney", "co-creator") or the closing mark
// of a quoted epithet.
func (f *finder) describesNext(j int) bool {
	t := &f.toks[j]
	if t.k == tQuote {
		return true
	}
	return t.k == tWord && !t.cap && (f.isRoleOrDoc(j) || f.sharedRole(t.lower) || t.is(cTitle) || sharedNoun(t.lower))
}

// sharedNoun reports a noun of a part shared with others ("co-creator",
// "co-host", "co-star"): whatever the lexicon knows of the noun after
// "co-", the whole names what someone is.
func sharedNoun(w string) bool {
	r, ok := strings.CutPrefix(w, "co-")
	return ok && len(r) >= 3 && !strings.Contains(r, "-")
}

// describedAfterQuote reports a verb at token k right after its
// quotation whose subject is a described name after it (see
// describedNameAfter): "…,” wrote professor and attorney Tom Baxter" is
// speech, not something written.
func (f *finder) describedAfterQuote(s sentence, k int, mm mentionMap) bool {
	if k+1 >= s.b || k-1 < s.a || !(f.toks[k-1].k == tQuote || f.isPunct(k-1, ",") && k-2 >= s.a && f.toks[k-2].k == tQuote) {
		return false
	}
	_, _, ok := f.describedNameAfter(s, k+1, mm)
	return ok
}

// readSubjectTail reports whether the words from token n finish the
// subject of an inverted "read" ("“…,” read a photographed copy| of the
// leaflet translated by the agency."): an "of" phrase of at most four
// words, then perhaps a participle with its agent, up to the sentence's
// end. A clause after the subject ("read a copy of it and laughed") is
// no such tail.
func (f *finder) readSubjectTail(n int) bool {
	toks := f.toks
	if n+1 >= len(toks) || toks[n].k != tWord || toks[n].lower != "of" {
		return false
	}
	e := n + 1
	if toks[e].k == tWord && toks[e].is(cDet) {
		e++
	}
	start := e
	for e < len(toks) && e < start+4 && toks[e].k == tWord && !toks[e].is(cFunction|cDet|cPrep) {
		if v, ok := toks[e].verb(); ok && !v.participle {
			return false
		}
		if e > start && isParticipleEd(&toks[e]) && e+1 < len(toks) && toks[e+1].lower == "by" {
			break
		}
		e++
	}
	if e == start {
		return false
	}
	// "translated by the agency", "obtained by Reuters"
	if e+1 < len(toks) && toks[e].k == tWord && isParticipleEd(&toks[e]) && toks[e+1].lower == "by" {
		e += 2
		if e < len(toks) && toks[e].k == tWord && toks[e].is(cDet) {
			e++
		}
		for i := e; i < len(toks) && i < e+4 && toks[i].k == tWord && !toks[i].is(cFunction|cDet|cPrep); i++ {
			if v, ok := toks[i].verb(); ok && !v.participle && !toks[i].cap {
				return false
			}
			e = i + 1
		}
	}
	return e >= len(toks) || toks[e].k == tBreak || toks[e].k == tQuote || toks[e].k == tPunct && (toks[e].w == "." || toks[e].w == ";")
}

// frontedMax bounds the fronted adverbial phrase subjectNP skips to its
// comma: a phrase with its own clause ("In a sign of how deeply the
// dismissal of the three chiefs shook the establishment, six candidates
// issued a statement warning…") runs past fifteen words.
const frontedMax = 22

// issuedTextAuthors records, for a participle of speech right after a
// text its subject issued ("six candidates issued a joint statement
// warning that “…”"), that the text is that speaker's: "The statement
// added: “…”" later quotes the same authors. docAuthors finds issuers by
// their names only; a described group is found here through the clause
// of speech it was resolved for.
func (f *finder) issuedTextAuthors(s sentence, ats []attrib) {
	for i := range ats {
		at := &ats[i]
		n := at.verb - 1
		if at.ent < 0 || !at.info.participle || n-2 < s.a {
			continue
		}
		t := &f.toks[n]
		if t.k != tWord || t.cap || !authoredText(t.lower) {
			continue
		}
		// back over at most two modifiers to the determiner after the
		// verb of issuing: "issued a joint statement"
		j := n - 1
		for m := 0; m < 2 && j > s.a && f.toks[j].k == tWord && !f.toks[j].is(cDet) && !f.toks[j].cap; m++ {
			j--
		}
		if d := f.toks[j].lower; (d != "a" && d != "an") || j-1 < s.a || !publishVerb(f.toks[j-1].lower) {
			continue
		}
		f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: at.ent})
	}
}

// indefiniteSubject returns the described person an indefinite subject
// opening sentence s introduces ("A second State department official
// sought to downplay the reports."), or -1: "a"/"an", at most five
// modifiers, a singular role noun and a lower-case word that is no
// function word or noun of its own (the predicate). Whatever the verb,
// such a sentence is about that person, whom a "he" or "she" after it
// means, not whoever spoke before.
func (f *finder) indefiniteSubject(s sentence) int {
	if w := f.toks[s.a].lower; f.toks[s.a].k != tWord || w != "a" && w != "an" {
		return -1
	}
	for h := s.a + 1; h < s.b-1 && h <= s.a+6; h++ {
		t := &f.toks[h]
		if t.k != tWord || t.poss || t.is(cFunction|cPrep|cStopNP|cSkip) {
			return -1
		}
		if t.cap || !t.is(cRole) || strings.HasSuffix(t.lower, "s") {
			continue
		}
		nx := &f.toks[h+1]
		if !f.personishHead(t.lower) || nx.k != tWord || nx.cap || nx.is(cFunction|cPrep|cStopNP|cSkip) || f.isRoleOrDoc(h+1) {
			return -1
		}
		return f.entityByName(f.spanPhrase(s.a, h+1), eGroup, f.toks[s.a].s)
	}
	return -1
}
