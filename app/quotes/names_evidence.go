package quotes

import "strings"

// Person evidence: whether what a run of capitalised words names is shown
// to be a person. Capitalisation alone makes a person of any unknown name
// (see classifyRun's default), and so "Bullets continued as she…", "A
// Seventh-day Adventist, Carson…", a related story's headline ("chip
// designer Alphawave IP seeks…") or "Merry Christmas." became the
// antecedents of he and she and the speakers of quotations nothing
// attributes. A pronoun, a lead-in or an unattributed quotation may go to
// a person only when the text gives evidence that it is one (issue 20,
// twenty-eighth round):
//
//   - a title or honorific, a kinship noun, a role in apposition, or a
//     given name the lexicon knows before a surname;
//   - a quotation of its own, a verb of saying ("X said", "X told"), or a
//     gender a "he" or "she" right after that verb fixes ("Ana Kovac said
//     she…");
//
// and forms that a person's name never takes count against it: a run in a
// line that is no sentence (a headline, a list's item, a link), a run in
// capitals, a run after "a"/"an" (a class, "a Democrat"), a sentence of
// capitalised words alone, one word opening its sentence. An entity with
// no evidence and only such mentions, or named like a thing (a plural the
// text writes as a common noun, "Trilith Studios"), is "no person".

// mentionEvidence classifies mention m: +1 when it shows a person (see
// above), -1 when its form is one a person's name never takes, 0 when it
// says neither.
func (f *finder) mentionEvidence(m *mention) int {
	if f.noPersonForm(m) {
		return -1
	}
	if len(m.titles) > 0 || m.kin != 0 || m.rel || m.appos != "" {
		return 1
	}
	if m.b-m.ca >= 2 && f.toks[m.ca].is(cFemale|cMale) {
		return 1
	}
	// one word opening its sentence, which the text never capitalises
	// elsewhere ("Bullets continued as she…", "Anyway, …")
	if m.b-m.ca == 1 && m.ca == m.a && f.opensSentence(m.ca) && !f.toks[m.ca].is(cFemale|cMale) {
		return -1
	}
	return 0
}

// noPersonForm reports the forms of a mention that no person's name takes,
// whatever else it shows: in a line that is no sentence of the narration,
// all in capitals, after an indefinite article, or in a sentence of
// capitalised words alone ("Merry Christmas.").
func (f *finder) noPersonForm(m *mention) bool {
	if m.ca >= m.b {
		return false
	}
	if f.storyLine(m.ca) {
		return true
	}
	caps := true
	for k := m.ca; k < m.b; k++ {
		if t := &f.toks[k]; t.k == tWord && !(len(t.w) >= 2 && allUpper(t.w)) {
			caps = false
			break
		}
	}
	if caps && m.b-m.ca >= 2 {
		return true
	}
	if p := m.pa - 1; p >= 0 && f.toks[p].k == tWord && (f.toks[p].lower == "a" || f.toks[p].lower == "an") && len(m.titles) == 0 {
		return true
	}
	return f.capsOnlySentence(m.ca)
}

// opensSentence reports whether token k opens its sentence or paragraph
// (after a bullet or a colon too), where a capital says nothing of a name.
// A word right after a quotation does not: "“…,” Smith said".
func (f *finder) opensSentence(k int) bool {
	if k <= 0 || f.toks[k].first {
		return true
	}
	p := &f.toks[k-1]
	return p.k == tBreak || p.k == tPunct && (p.w == ":" || p.w == "-" || p.w == "–" || p.w == "—" || p.w == "(")
}

// capsOnlySentence reports whether the sentence of token k has words and
// no word in lower case ("Merry Christmas.", "Thank God!").
func (f *finder) capsOnlySentence(k int) bool {
	// (looking a dozen tokens either way: a longer sentence has a word in
	// lower case, and the search stays bounded)
	a := k
	for a > 0 && k-a < 12 && !f.toks[a].first && f.toks[a-1].k != tBreak {
		a--
	}
	if k-a >= 12 {
		return false
	}
	for j := a; j < len(f.toks) && (j == a || !f.toks[j].first) && f.toks[j].k != tBreak; j++ {
		t := &f.toks[j]
		if t.k == tQuote || t.k == tWord && !t.cap || j-k >= 12 {
			return false
		}
	}
	return true
}

// storyLine reports whether token k stands in a paragraph that is no
// sentence of the narration: a headline-like line without a final stop
// (a related story's link, a note such as "(updated below – Update II)").
func (f *finder) storyLine(k int) bool {
	if !f.headlinePara(k) {
		return false
	}
	// (a quotation in it is someone's pull quote or a headline's, which
	// other rules attribute; a colon ending it introduces the paragraph
	// after it: "Councillor Ann Roe has issued the following statement:")
	a := k
	for a > 0 && f.toks[a-1].k != tBreak {
		a--
	}
	j := a
	for ; j < len(f.toks) && f.toks[j].k != tBreak; j++ {
		if f.toks[j].k == tQuote {
			return false
		}
	}
	return !f.isPunct(j-1, ":,;")
}

// notePersonEvidence records on entity id what mention m shows (see
// mentionEvidence).
func (f *finder) notePersonEvidence(id int, m *mention) {
	e := &f.ents[id]
	if m.ca < m.b && f.storyLine(m.ca) {
		e.story = true
	} else {
		e.told = true
	}
	if e.kind != ePerson {
		return
	}
	switch f.mentionEvidence(m) {
	case 1:
		e.evid = true
		e.plain = true
	case 0:
		e.plain = true
	default:
		e.odd = true
	}
}

// personEvidence reports whether entity id is shown to be a person: by a
// mention (see mentionEvidence), a quotation of its own, or a gender its
// name, a title or its own sentence gives (not one a pronoun resolved to
// it across sentences guessed).
func (f *finder) personEvidence(id int) bool {
	e := &f.ents[id]
	return e.kind == ePerson && (e.evid || e.gender != 0 && !e.gguess)
}

// noPerson reports whether entity id, a person by its kind, has no
// evidence of being one and was met only in forms no person's name takes
// (see noPersonForm), or is named by words the text uses as common nouns:
// it is no antecedent of "he" or "she" and speaks no quotation that no
// clause attributes.
func (f *finder) noPerson(id int) bool {
	e := &f.ents[id]
	if e.kind != ePerson || f.personEvidence(id) {
		return false
	}
	if e.odd && !e.plain {
		return true
	}
	return f.commonNounName(e)
}

// commonNounName reports whether the last word of person e's name is a
// plural the text also writes in lower case, as a common noun, and its
// first word is no given name ("Trilith Studios" beside "the studios",
// "SEA Games" beside "the games"): a thing's, a place's or an event's
// name. (A surname that is also a word, "Leslie Field" beside "the
// field", is singular; "Bill Banks" keeps its given name.)
func (f *finder) commonNounName(e *entity) bool {
	if len(e.parts) < 2 || len(e.titles) > 0 || f.lx.is(e.parts[0], cFemale|cMale) {
		return false
	}
	last := e.parts[len(e.parts)-1]
	if len(last) < 5 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || strings.ContainsAny(last, ".’'") {
		return false
	}
	return f.lowerWord(last)
}

// lowerWord reports whether the text writes word w (lower case) in lower
// case somewhere in its narration. The set of such words is built once,
// on the first question.
func (f *finder) lowerWord(w string) bool {
	if !f.lowerBuilt {
		f.lowerBuilt = true
		for i := range f.toks {
			if t := &f.toks[i]; t.k == tWord && !t.cap {
				f.lowerSet[t.lower] = struct{}{}
			}
		}
	}
	_, ok := f.lowerSet[w]
	return ok
}

// noteSpoke records that the person attribution a names by name (not by a
// pronoun, which chose it) speaks a quotation of its own: evidence that it
// is a person.
func (f *finder) noteSpoke(a *attrib) {
	if a.ent < 0 || a.head < 0 || a.head >= len(f.toks) || f.ents[a.ent].kind != ePerson {
		return
	}
	if h := &f.toks[a.head]; h.k == tWord && h.cap && !isPronoun(h.lower) {
		f.ents[a.ent].evid = true
	}
}

// storyOnly reports whether every mention of entity id, of any kind, stood
// in a line that is no sentence of the narration (see storyLine): the
// headline "No, France Did Not Ban Workers From Answering Emails After 6
// P.M." names no body that a later "it" means.
func (f *finder) storyOnly(id int) bool {
	e := &f.ents[id]
	return e.story && !e.told
}

// sayingVerb reports the verbs of saying whose subject is always a speaker.
func sayingVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "tell", "asked", "asks":
		return true
	}
	return false
}
