package quotes

import "strings"

// spokenTitleCase reports whether a quotation in title case ("“Look at
// Florida,” Trump continued.", "“With Russia and China,” Edelman said")
// is a person's words rather than a title: it is closed by its own comma
// and the clause of speech after it has a person for its speaker. A text
// "saying" a phrase in title case ("“God’s Little Angel,” it said" of a
// message) is more likely giving its heading.
func (f *finder) spokenTitleCase(post *attrib, c content) bool {
	if post == nil || !c.punctEnd || c.terminal || post.ent < 0 {
		return false
	}
	return f.ents[post.ent].kind == ePerson
}

// titleCharacterised reports whether a quotation in title case at k may
// still be what someone calls a thing: it follows "as" after a describing
// verb ("referred to derisively last year as “Little Rocket Man.”",
// "mocked as “the Republic of NGOs”"), where the marks hold the
// characterisation, not a work's title. "Identified as" gives a label
// ("identified as “Minor Victim 1”"), not a view.
func (f *finder) titleCharacterised(s sentence, k int) bool {
	j := k - 1
	if j >= s.a && f.toks[j].k == tWord && f.toks[j].is(cDet) {
		j--
	}
	if j < s.a || f.toks[j].k != tWord || f.toks[j].lower != "as" {
		return false
	}
	for i := j - 1; i >= s.a && i >= j-8 && f.toks[i].k == tWord; i-- {
		if w := f.toks[i].lower; describeVerb(w) {
			return !strings.HasPrefix(w, "identif")
		}
	}
	return false
}

// frequencyAdverb reports adverbs that stand between an auxiliary and
// its participle without ending in -ly ("is often mocked as", "has long
// been called").
func frequencyAdverb(w string) bool {
	switch w {
	case "often", "sometimes", "also", "now", "still", "even", "long", "once", "already", "since":
		return true
	}
	return false
}

// unnamedCharacteriser returns the token of a passive verb of calling or
// describing with no agent that governs the quotation at k ("Haiti is
// often mocked as “the Republic of NGOs”", "what is jokingly called at
// the agency headquarters “the secret meeting.”"), or -1. The words are
// someone's characterisation though the article names no one: a
// quotation without a speaker. Only "called" may have a phrase of place
// or time between verb and marks; a naming verb ("known as", "dubbed")
// gives a name instead.
func (f *finder) unnamedCharacteriser(s sentence, k int) int {
	if f.byAfter(s, k) {
		return -1
	}
	word := func(i int) string {
		if i < s.a || f.toks[i].k != tWord {
			return ""
		}
		return f.toks[i].lower
	}
	j := k - 1
	if word(j) != "" && f.toks[j].is(cDet) {
		j--
	}
	v := -1
	switch {
	case word(j) == "as":
		// ("is referred to as", "was identified as": a name or a label)
		if w := word(j - 1); describeVerb(w) && !strings.HasPrefix(w, "refer") && !strings.HasPrefix(w, "identif") {
			v = j - 1
		}
	case word(j) != "":
		// "called at the agency headquarters": a prepositional phrase of
		// up to five words after the participle
		for i, n := j, 0; i >= s.a && n < 6; i, n = i-1, n+1 {
			w := word(i)
			if w == "" {
				break
			}
			if w == "called" {
				if i+1 < k && f.toks[i+1].is(cPrep) {
					v = i
				}
				break
			}
		}
	}
	if v < 0 || !passiveBe(word(v-1), word(v-2)) {
		return -1
	}
	return v
}
