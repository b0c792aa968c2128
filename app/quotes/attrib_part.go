package quotes

// partOfGroupSubject finds a subject that picks a part of a group ("some of
// the companies", "most of the residents who stayed") whose last word is
// token j, right before the verb, or whose relative clause ("that
// received the data", no punctuation) ends there. It returns the phrase's
// first token and its head (the group's noun), or -1, -1.
func (f *finder) partOfGroupSubject(s sentence, j int) (int, int) {
	if j < s.a || j >= s.b || f.toks[j].k != tWord {
		return -1, -1
	}
	if a := f.partOfGroupAt(s, j); a >= 0 {
		return a, j
	}
	for h := j - 1; h > s.a && h >= j-10; h-- {
		t := &f.toks[h]
		if t.k != tWord {
			break
		}
		if t.lower == "that" || t.lower == "who" {
			if a := f.partOfGroupAt(s, h-1); a >= 0 {
				return a, h - 1
			}
		}
	}
	return -1, -1
}

// partOfGroupAt returns the first token of "some of the companies" ending
// with the noun at token n and opening its clause (the sentence's start, or
// after a comma), or -1.
func (f *finder) partOfGroupAt(s sentence, n int) int {
	a := n - 3
	if a < s.a {
		return -1
	}
	hd := &f.toks[n]
	if hd.k != tWord || hd.cap || hd.is(cFunction|cDet|cPrep) || !f.toks[n-1].is(cDet) || f.toks[n-2].lower != "of" || !partOfGroup(f.toks[a].lower) {
		return -1
	}
	if a > s.a && !f.isPunct(a-1, ",") {
		return -1
	}
	return a
}

// partOfGroup reports the quantifiers that pick a part of a group before
// "of the" ("some of the companies").
func partOfGroup(w string) bool {
	switch w {
	case "some", "most", "many", "several", "few", "none", "all", "both", "half", "two", "three", "four", "five":
		return true
	}
	return false
}
