package quotes

import "strings"

// bodyHead27b reports head nouns of a body that acts and speaks as one
// ("the government said", "the agency said"): such a body is "it", never
// the "he" or "she" of the sentences after it, so a person's pronoun skips
// it for the person named before (issue 20, twenty-seventh round).
func bodyHead27b(h string) bool {
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

// coordSpeaker27b reports whether event ev is a name opening a clause of
// speech joined to the one before by a contrast ("X said that …, but Tom
// Pike, its treasurer, said that …"): that clause is no report inside the
// first speaker's words but the sentence's last speaker, so a "he" right
// after it is Tom Pike, not the sentence's first subject.
func (f *finder) coordSpeaker27b(ev event) bool {
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

// oneOfThem27b returns the speaker of "one of them said": one picked out
// of the group last named is "one", as "one of the survivors" is (the
// label conventions), not the whole group; its head is the group's noun
// made singular ("Workers …; “…,” one of them said" is a worker), so "the
// worker" later is the same one.
func (f *finder) oneOfThem27b(one int) int {
	id := f.entityByName(f.spanPhrase(one, one+1), eGroup, f.toks[one].s)
	e := &f.ents[id]
	e.head = "one"
	if g := f.antecedent("they", f.toks[one].s); g >= 0 {
		if h := singularNoun27b(f.ents[g].head); h != "" {
			e.head = h
		}
	}
	return id
}

// pickedHead27b returns the singular of the group's head noun in "one of
// his legal advisers" (npA the "one", head the group's noun), which "the
// adviser" later names: the one picked out, named "one" as introduced.
// It returns "" when the phrase is no such pick.
func (f *finder) pickedHead27b(npA, npB int) string {
	if npA+2 >= npB || f.toks[npA].lower != "one" || f.toks[npA+1].lower != "of" {
		return ""
	}
	h := npB - 1
	if f.toks[h].k != tWord || f.toks[h].cap {
		return ""
	}
	return singularNoun27b(f.toks[h].lower)
}

// singularNoun27b makes a plain plural noun singular ("advisers",
// "officials", "workers"); "" for a word that is no such plural.
func singularNoun27b(w string) string {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ies") {
		return ""
	}
	return w[:len(w)-1]
}

// countWord27b reports the ordinals a text counts unnamed sources off
// with ("a second official", "the third official").
func countWord27b(w string) bool {
	switch w {
	case "second", "third", "fourth", "fifth", "sixth":
		return true
	}
	return false
}

// countedBefore27b finds the phrase "the official" (tokens npA..head)
// means when the text counts its unnamed sources off: the latest earlier
// use of the head noun, in the same paragraph or the two before, if it is
// counted ("The second official put it this way: “…,” the official
// said"); or, when "the" phrase is itself counted ("the third official
// said") and the latest use is not, that phrase. Such a source is not the
// first one described with the noun. It returns the phrase's token range,
// or -1, -1.
func (f *finder) countedBefore27b(npA, head int) (int, int) {
	hl := f.toks[head].lower
	para := f.toks[npA].para
	for i := npA - 1; i >= 2 && i >= npA-300; i-- {
		t := &f.toks[i]
		if para-t.para > 2 {
			break
		}
		if t.k != tWord || t.cap || t.lower != hl {
			continue
		}
		if countWord27b(f.toks[i-1].lower) {
			switch f.toks[i-2].lower {
			case "the", "a", "an":
				return i - 2, i + 1
			}
		}
		break // the latest use decides
	}
	if head == npA+2 && countWord27b(f.toks[npA+1].lower) {
		return npA, head + 1
	}
	return -1, -1
}

// objectRole27b reports whether every use of the noun w in the lower-case
// affiliation s is the object of a preposition ("special assistant to the
// president", "chief of staff for the governor"): the appositive names
// whom the person serves, so "the president" later is not that person.
func objectRole27b(s, w string) bool {
	seen := false
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return seen
		}
		j += i
		i = j + 1
		if e := j + len(w); j > 0 && isLetterByte(s[j-1]) || e < len(s) && isLetterByte(s[e]) {
			continue
		}
		seen = true
		before := s[:j]
		object := false
		for _, p := range [...]string{"to the ", "of the ", "for the ", "with the "} {
			if strings.HasSuffix(before, p) {
				object = true
			}
		}
		if !object {
			return false
		}
	}
}

// partyTagAppos27b reports whether tokens [a, b) are a party-state tag
// whose state takes more than one word ("D-New Jersey", "R-South
// Carolina"): a parenthesis between the name and its verb, as "R-Iowa" is.
func (f *finder) partyTagAppos27b(a, b int) bool {
	if b-a < 2 || b-a > 3 || !isPartyTag(f.toks[a].w) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !f.isCapWord(k) {
			return false
		}
	}
	return true
}

// habitVerb27b reports the verbs of habit or liking an infinitive of
// speech hangs on ("loved to say", "used to say", "likes to tell").
func habitVerb27b(w string) bool {
	switch w {
	case "loved", "loves", "liked", "likes", "used", "wanted", "wants", "preferred", "prefers", "tended", "tends":
		return true
	}
	return false
}

// infinitiveSpeaker27b returns the person named right before the verb of
// habit an infinitive of speech hangs on ("he told the audience that Tom
// loved to say “…”"): the one who says the words, even inside what
// someone else tells; or -1.
func (f *finder) infinitiveSpeaker27b(s sentence, at *attrib, mm mentionMap) int {
	v := at.verb - 2
	if v <= s.a || f.toks[at.verb-1].lower != "to" || f.toks[v].k != tWord || !habitVerb27b(f.toks[v].lower) {
		return -1
	}
	j := f.skipBack(s, v-1)
	m := mm.at(j)
	if m == nil || m.kind != mPerson || m.b != j+1 || m.poss || m.ent < 0 {
		return -1
	}
	return m.ent
}
