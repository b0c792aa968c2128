package quotes

import "strings"

// originFrom reports "from" at token i after an indefinite common noun
// ("one actor from Bangkok", "a dancer from the troupe"): what follows
// "from" says where the person comes from, and the noun, not the name
// after it, heads the speaker phrase. Role nouns the lexicon knows take
// their post-modifiers anyway; this covers the ordinary nouns it does not
// list (issue 20, twenty-fifth round).
func (f *finder) originFrom(i int) bool {
	if i < 2 || i+1 >= len(f.toks) || f.toks[i].lower != "from" || f.toks[i].cap {
		return false
	}
	n := &f.toks[i-1]
	if n.k != tWord || n.cap || n.poss || n.is(cFunction|cStopNP|cSkip) || len(n.lower) < 3 {
		return false
	}
	if _, verb := n.verb(); verb {
		return false
	}
	d := i - 2
	// one plain modifier between ("one young actor from")
	if m := &f.toks[d]; d-1 >= 0 && m.k == tWord && !m.cap && !m.poss && !m.is(cFunction|cStopNP|cDet) {
		if _, verb := m.verb(); !verb {
			d--
		}
	}
	switch f.toks[d].lower {
	case "a", "an", "one", "another":
		return true
	}
	return false
}

// describedPerson25b reports a described source headed by a short person
// noun that the suffix test of validHead misses ("one actor", "a local
// star"): a person, whom "he" or "she" can stand for. The head must be
// written in lower case ("Ms. Pope" is a name) (issue 20, twenty-fifth
// round).
func describedPerson25b(name string) bool {
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

// phrasalSpeech reports a verb of motion or action and its particle that
// report speech by a quotation: "“But not before that?” Gupta followed
// up.", "“…,” she shot back.", "he piped up: “…”". Alone the verbs say
// nothing of speech ("followed the story", "shot a video"), so the
// particle must follow and close the clause, and a quotation be near
// (issue 20, twenty-fifth round).
func (f *finder) phrasalSpeech(s sentence, k int) bool {
	return k+1 < s.b && f.phrasalParticle(k) && f.quoteNear(s, k)
}

// phrasalParticle reports a verb at token k whose particle follows it and
// closes the clause, the pair being a verb of speech ("followed up",
// "shot back", "went on"); attributionAhead takes it for one after a
// quotation that ends in a question mark ("“Why?” Gupta followed up.").
func (f *finder) phrasalParticle(k int) bool {
	if k+1 >= len(f.toks) || f.toks[k+1].k != tWord || f.toks[k].cap {
		return false
	}
	want := ""
	switch f.toks[k].lower {
	case "followed", "follows", "piped", "pipes", "spoke", "speaks":
		want = "up"
	case "shot", "shoots", "fired", "fires", "hit", "hits":
		want = "back"
	case "cut", "cuts", "broke", "breaks", "jumped", "jumps":
		want = "in"
	case "went", "goes":
		want = "on"
	}
	if want == "" || f.toks[k+1].lower != want {
		return false
	}
	return k+2 >= len(f.toks) || f.toks[k+2].k != tWord
}

// toldPerson returns the person named right after the verb at v as the
// one spoken to ("she tells Roshan", "she confides to Roshan", "he said
// to Clark"), or -1. A pronoun subject of that verb is someone else: no
// one tells themselves (issue 20, twenty-fifth round).
func (f *finder) toldPerson(s sentence, v int, mm mentionMap) int {
	k := v + 1
	if k < s.b && f.toks[k].lower == "to" && !f.toks[k].cap {
		k++
	}
	m := mm.at(k)
	if m == nil || m.a != k || m.poss || m.kind != mPerson && m.kind != mUnknown {
		return -1
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	return m.ent
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

// monthWord reports a month's name, whole or abbreviated.
func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec":
		return true
	}
	return false
}
