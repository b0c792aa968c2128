package quotes

import "strings"

// pluralNounAfterName reports whether the capitalised run [a, b) of
// sentence s is a name and a plural common noun after it, as a title-case
// headline writes them ("11 Notorious Ada Quill Stories"): the noun is no
// part of the name, and the person is the name before it. The sentence
// must be in title case, the last word must look plural, the text must
// use it or its singular as a common noun ("a story"), and the words
// before it (two at least) must stand alone as a name elsewhere in the
// text ("a story about Ada Quill"); in prose a three-word name ending in a
// surname like "Waters" keeps it (issue 20, nineteenth round).
func (f *finder) pluralNounAfterName(s sentence, a, b int) bool {
	if b-a < 3 || !f.lowerOK || !f.titleCase(s) {
		return false
	}
	last := &f.toks[b-1]
	if !last.cap || last.poss || last.k != tWord || len(last.lower) < 4 || !strings.HasSuffix(last.lower, "s") || strings.HasSuffix(last.lower, "ss") ||
		last.is(cOrg|cPlace|cFemale|cMale|cTitle) {
		return false
	}
	for k := a; k < b-1; k++ {
		if t := &f.toks[k]; t.k != tWord || !t.cap || t.poss {
			return false
		}
	}
	if !f.commonNounUsed(last.lower) {
		return false
	}
	return f.runAlone(a, b-1)
}

// commonNounUsed reports whether the text writes the plural noun w, or
// its singular, in lower case ("stories", "story").
func (f *finder) commonNounUsed(w string) bool {
	forms := [3]string{w, strings.TrimSuffix(w, "s"), ""}
	if strings.HasSuffix(w, "ies") {
		forms[2] = strings.TrimSuffix(w, "ies") + "y"
	} else if strings.HasSuffix(w, "es") {
		forms[2] = strings.TrimSuffix(w, "es")
	}
	for i := range f.toks {
		t := &f.toks[i]
		if t.k != tWord || t.cap || len(t.lower) < len(w)-3 {
			continue
		}
		for _, x := range forms {
			if x != "" && t.lower == x {
				return true
			}
		}
	}
	return false
}

// runAlone reports whether the capitalised words of tokens [a, b) occur
// elsewhere in the text as a run of their own: not followed by another
// capitalised word.
func (f *finder) runAlone(a, b int) bool {
	n := b - a
	for i := 0; i+n <= len(f.toks); i++ {
		if i == a || f.toks[i].lower != f.toks[a].lower || i > 0 && f.isCapWord(i-1) {
			continue
		}
		same := true
		for j := 1; j < n && same; j++ {
			same = f.toks[i+j].lower == f.toks[a+j].lower && f.toks[i+j].k == tWord
		}
		if same && (i+n == len(f.toks) || !f.isCapWord(i+n) || f.toks[i+n-1].poss) {
			return true
		}
	}
	return false
}

// titleCase reports a sentence of at least four words in title case: no
// lower-case word but function words and prepositions, one aside ("on-the-
// Record").
func (f *finder) titleCase(s sentence) bool {
	words, lower := 0, 0
	for k := s.a; k < s.b; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.w[0] >= '0' && t.w[0] <= '9' {
			continue // (a figure: "11 Notorious …")
		}
		words++
		if !t.cap && !t.is(cFunction|cPrep|cDet) {
			lower++
		}
	}
	return words >= 4 && lower <= 1
}

// workBeforeAppos reports a name in apposition to a work or product noun
// after it: "while recording Salt Road, now his final album with the
// band," or "Salt Road, the band's 2014 album,". The name is the work's, no
// one's (as "her debut album, Salt Road," is; issue 20, nineteenth round).
func (f *finder) workBeforeAppos(s sentence, b int) bool {
	if b+2 >= s.b || !f.isPunct(b, ",") {
		return false
	}
	k := b + 1
	if t := &f.toks[k]; t.k == tWord && (t.lower == "now" || t.lower == "then" || t.lower == "still" || t.lower == "later") {
		k++
	}
	if k >= s.b || f.toks[k].k != tWord || !(f.toks[k].is(cDet) || possessivePronoun(f.toks[k].lower) != "") {
		return false
	}
	for n := 0; n < 3 && k+1 < s.b; n++ {
		k++
		t := &f.toks[k]
		if t.k != tWord || t.cap {
			return false
		}
		// (the head of its phrase: "a senior game developer" is a person)
		if workNoun(t.lower) {
			nx := k + 1
			return nx >= s.b || f.toks[nx].k != tWord || f.toks[nx].is(cFunction|cPrep)
		}
		if t.is(cFunction|cPrep|cStopNP) && !t.poss {
			return false
		}
	}
	return false
}

// listedWithWorks reports a name of two or more words, none a known given
// name, listed with a band's or a work's name that opens with a
// capitalised "The" ("he drew on The Reeds and Copper Kettle as well as
// The Lanterns"): the members of such a list are of one kind, so the name
// is a band's or a work's too, no person a later "his" means (issue 20,
// nineteenth round).
func (f *finder) listedWithWorks(s sentence, a, b int) bool {
	if b-a < 2 || f.toks[a].is(cFemale|cMale|cTitle) {
		return false
	}
	joint := func(k int) bool {
		return f.isPunct(k, ",&") || f.toks[k].k == tWord && (f.toks[k].lower == "and" || f.toks[k].lower == "or")
	}
	capThe := func(k int) bool {
		return k > s.a && k < s.b && f.toks[k].w == "The" && !f.toks[k].first && f.isCapWord(k+1)
	}
	// a member before: "The Reeds and Copper Kettle"
	if k := a - 1; k > s.a && joint(k) {
		i := k - 1
		for i > s.a && f.isCapWord(i) && f.toks[i].w != "The" {
			i--
		}
		if i < k-1 && capThe(i) {
			return true
		}
	}
	// a member after: "Copper Kettle and The Lanterns", "… as well as The
	// Lanterns"
	k := b
	if k+2 < s.b && f.toks[k].lower == "as" && f.toks[k+1].lower == "well" && f.toks[k+2].lower == "as" {
		return capThe(k + 3)
	}
	return k < s.b && joint(k) && capThe(k+1)
}
