package quotes

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

// ownedApposName returns the person named after the comma of an inverted
// speaker phrase [k, i) that is an owner and what the owner has: “…,”
// said Mara's OB-GYN, Ann Cole of Lakeside Hospital”, “…,” said her
// surgeon, Tom Reyes. The name speaks and the phrase is its affiliation,
// whatever the noun (the role lists miss "surgeon", and "OB-GYN" reads as
// a name); else nil.
func (f *finder) ownedApposName(s sentence, k, head, i int, mm mentionMap) *mention {
	if !f.isPunct(i, ",") || head <= k || head != i-1 {
		return nil
	}
	// the owner: a possessive pronoun, or a possessive name (of a person,
	// a body or a place: "Britain's envoy, Tom Reyes") right before
	// the head
	owner := k
	if m := mm.at(k); m != nil && m.a == k {
		if !m.poss || m.b != head {
			return nil
		}
	} else if f.toks[owner].k != tWord || possessivePronoun(f.toks[owner].lower) == "" || owner+1 != head {
		return nil
	}
	// the head: a common noun, or a capitalised word that is no person's
	// name
	h := &f.toks[head]
	if h.k != tWord || h.is(cFunction|cStopNP) || isPronoun(h.lower) {
		return nil
	}
	if hm := mm.at(head); hm != nil && (hm.kind == mPerson || hm.a != head || hm.b != i) {
		return nil
	}
	m := mm.at(i + 1)
	if m == nil || m.a != i+1 || m.poss || m.kind != mPerson {
		return nil
	}
	// the name closes the phrase: the sentence's end, a comma or an "of"
	// or "who" after it
	if e := m.b; e < s.b && !f.isPunct(e, ",.;:!?") && f.toks[e].k != tQuote {
		if w := f.toks[e].lower; f.toks[e].k != tWord || (w != "of" && w != "who" && w != "at" && w != "from") {
			return nil
		}
	}
	return m
}

// countedNoun reports a number word opening a speaker phrase before the
// rest of it ("seven U.S. senators said", "“…,” two officials said"): the
// count is the phrase's, as the capitalised "Seven senators" at a
// sentence's start keeps it.
func (f *finder) countedNoun(a, end int) bool {
	return numberWord(f.toks[a].lower) && a+1 < end && f.toks[a+1].k == tWord
}

// letterWriters links the texts one writes to someone to the writers:
// "On Monday, seven senators wrote to the government urging…" introduces
// a letter without naming it, and "The letter states: “…”" later gives
// the senators' words, as the labels credit a written text to its author
// (testdata/README.md). The writer is the subject of "wrote to" /
// "have written to" followed by an addressee (not "wrote to ask").
func (f *finder) letterWriters(s sentence, mm mentionMap) {
	for v := s.a + 1; v+2 < s.b; v++ {
		t := &f.toks[v]
		if t.k != tWord || t.cap || (t.lower != "wrote" && t.lower != "written" && t.lower != "writes") || f.toks[v+1].lower != "to" {
			continue
		}
		// an addressee, not an infinitive: a determiner, a possessive or
		// a name
		if n := &f.toks[v+2]; n.k != tWord || !(n.is(cDet) || possessivePronoun(n.lower) != "" || n.cap) {
			continue
		}
		vi, _ := t.verb()
		vi.core = true
		w := v
		if t.lower == "written" && w-1 > s.a && (f.toks[w-1].lower == "have" || f.toks[w-1].lower == "has" || f.toks[w-1].lower == "had") {
			w--
		}
		a, b, h, ap, ok := f.leftNP(s, w, vi, mm)
		if !ok || b != w || isPronoun(f.toks[h].lower) {
			continue
		}
		id, _ := f.resolveNP(a, b, h, ap, mm)
		if id < 0 || f.ents[id].kind == eGroup && !f.ents[id].plural {
			continue
		}
		for _, head := range []string{"letter", "email", "message", "note"} {
			f.authors = append(f.authors, docLink{pos: t.s, head: head, ent: id})
		}
	}
}
