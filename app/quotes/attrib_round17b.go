package quotes

import "strings"

// undefinedBefore reports whether s uses the word w other than as "the w":
// a noun the text introduced before ("a resident", "an actor", "residents
// say") is someone the later "the resident said" refers back to, while an
// earlier "the actor attended…" only referred back itself to the person
// the text is about, so it does not make the next "the actor told the
// outlet" someone new (issue 20, seventeenth round); nor does "the
// Nolans singer" or "the brave singer" (eighteenth round: see
// theBefore).
func undefinedBefore(s, w string) bool {
	return wordWhere(s, w, func(j int) bool { return !theBefore(s, j) })
}

// headlineLabelPerson credits to the person the opening paragraph names
// what a headline's role label says ("Lumen CEO says phone is ‘years
// away’" above "Lumen's chief Dara Quill spoke …, and she said …"): the
// label ("Lumen CEO") is that person's role, the body names her, so the
// headline's quotation and the body's quotations that "she" took back to
// the label are hers. The label must open the text, end in a role or
// title, and its other words (the employer) must come just before the
// person's name in the next paragraph (issue 20, seventeenth round). A
// teaser's bare epithet ("The singer previously opened up on her plans")
// needs no employer, only a gender that fits (eighteenth round).
func (f *finder) headlineLabelPerson() {
	if !f.lowerOK {
		return
	}
	for id := range f.ents {
		l := &f.ents[id]
		words := strings.Fields(strings.ToLower(l.name))
		// ("The singer previously opened up…" above "Lina Vale has…":
		// a teaser's epithet is the person the next paragraph names)
		epi := teaserEpithet(words)
		if f.paraAt(l.first) != 0 || !epi && !f.roleLabel(l.name) || len(words) < 2 {
			continue
		}
		org := strings.Join(words[:len(words)-1], " ")
		// the first person named in the next paragraph
		p := -1
		for _, ev := range f.events {
			if pa := f.paraAt(ev.pos); pa == 1 {
				if e := &f.ents[ev.ent]; ev.ent != id && e.kind == ePerson && len(e.parts) >= 2 && !e.relative && !f.roleLabel(e.name) {
					p = ev.ent
					break
				}
			} else if pa > 1 {
				break
			}
		}
		if p < 0 {
			continue
		}
		if epi {
			if g := roleGender(words[1]); g != 0 && f.ents[p].gender != 0 && f.ents[p].gender != g {
				continue
			}
		} else {
			// the employer just before the name ("Lumen's chief Dara Quill")
			end := int(f.off[min(f.ents[p].first, len(f.r))])
			win := f.lower[max(0, end-48):end]
			if k := strings.LastIndexByte(win, '\n'); k >= 0 {
				win = win[k+1:] // within the opening paragraph
			}
			if k := strings.LastIndex(win, org); k < 0 || k > 0 && isLetterByte(win[k-1]) {
				continue
			}
		}
		for _, qi := range f.accepted {
			if q := &f.qs[qi]; q.ent == id {
				q.ent, q.affil = p, f.ents[p].affil
			}
		}
	}
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
