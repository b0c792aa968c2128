package quotes

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
		// introduced as a named one is)
		person := e.kind == ePerson || e.kind == eGroup && !e.plural && f.personish(e.name)
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

// splitQuoteText returns the normalised words of the accepted quotation
// j and the next one when a clause of speech splits one utterance in two
// ("“I don't wear pink anymore,” she said. “It turns my stomach.”"): the
// same speaker, the same paragraph. A pull quote gives the utterance
// whole. Else "".
func (f *finder) splitQuoteText(j int) string {
	if j+1 >= len(f.accepted) {
		return ""
	}
	a, b := &f.qs[f.accepted[j]], &f.qs[f.accepted[j+1]]
	if a.ent < 0 || b.ent != a.ent || b.tok < 0 || f.toks[a.tok].para != f.toks[b.tok].para {
		return ""
	}
	ra, rb := f.regs[f.accepted[j]], f.regs[f.accepted[j+1]]
	return normQuote(f.r[ra.start:ra.stop]) + " " + normQuote(f.r[rb.start:rb.stop])
}

// roleBeforeName reports whether the lower-case noun at token k is a
// person's role right before a name ("wrote journalist Dmitry Orlov"):
// the writer, not a thing written ("wrote melodies for such shows").
func (f *finder) roleBeforeName(k int, s sentence) bool {
	return k+1 < s.b && f.isCapWord(k+1) && !f.toks[k+1].first && f.personishHead(f.toks[k].lower)
}

// bodyNoun reports a noun for a body of people or an organisation ("the
// group said", "the panel"): a role noun that never means the person the
// text named last ("Berg raised money for the Green Trust. The group
// said…" is the trust).
func bodyNoun(lx *lexicon, w string) bool {
	return lx.is(w, cOrgHead) || collective(w)
}

// anonymityClause reports whether the verb at token k stands in a
// clause of anonymity ("told reporters on condition that his or her
// identity was not disclosed"): the terms a source talks on, no one's
// speech.
func (f *finder) anonymityClause(s sentence, k int) bool {
	for j := k - 1; j > s.a+1 && j >= k-10; j-- {
		t := &f.toks[j]
		if t.k == tQuote {
			return false
		}
		if t.lower == "condition" && f.toks[j-1].lower == "on" && j+1 < k && f.toks[j+1].lower == "that" {
			return true
		}
	}
	return false
}
