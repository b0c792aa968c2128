package quotes

import "strings"

// commaSuffix returns the token of a generational suffix printed after a
// comma that ends the name at b ("trainer Rafe Colter, Jr., took"), or -1:
// the suffix is part of the name, as in "James Roosevelt Jr." (issue 20,
// twentieth round).
func (f *finder) commaSuffix(b int) int {
	k := b + 1
	if !f.isPunct(b, ",") || !f.isCapWord(k) || f.toks[k].poss || !nameSuffix(f.toks[k].lower) || f.isCapWord(k+1) {
		return -1
	}
	return k
}

// burmeseHonorific reports the honorific "U" opening a name of two words
// or more ("U Tin Maw Oo"): like "Daw", a title, no part of the name that
// the text later gives alone ("Tin Maw Oo explains"; issue 20, twentieth
// round).
func (f *finder) burmeseHonorific(a, b int) bool {
	if b-a < 3 || f.toks[a].w != "U" || f.isPunct(a+1, ".") {
		return false
	}
	for k := a + 1; k < b; k++ {
		if t := &f.toks[k]; !f.isCapWord(k) || t.is(cOrg|cPlace|cTitle|cNonName) {
			return false
		}
	}
	return true
}

// spelledTimeZone reports a time zone written out ("Pacific Standard
// Time", "British Summer Time", "Greenwich Mean Time"): no one who could
// speak, as the initials ("PST") are not (issue 20, twentieth round).
func (f *finder) spelledTimeZone(a, b int) bool {
	if b-a < 2 || f.toks[b-1].w != "Time" {
		return false
	}
	switch f.toks[b-2].lower {
	case "standard", "daylight", "summer", "mean", "saving", "savings":
		return true
	}
	return false
}

// roleAndRoleName finds the name after a role noun at head that "and"
// joins to further role nouns before it: "explained biologist and lead
// author Ines Marrow". The roles describe the one person named, who
// speaks; without the name the first role alone took the quotation
// (issue 20, twentieth round).
func (f *finder) roleAndRoleName(s sentence, head, i int, mm mentionMap) (int, int, bool) {
	if i+2 >= s.b || f.toks[i].lower != "and" || !f.isRoleOrDoc(head) || mm.at(head) != nil || f.lx.is(f.toks[head].lower, cDoc) {
		return 0, 0, false
	}
	return f.rolesThenName(s, i, mm)
}

// rolesThenName finds the name after "and" at token i and the lower-case
// role nouns after it ("and lead author Ines Marrow"), the name ending
// the phrase.
func (f *finder) rolesThenName(s sentence, i int, mm mentionMap) (int, int, bool) {
	for e := i + 1; e < s.b && e <= i+4; e++ {
		if m := mm.at(e); m != nil && m.a == e {
			if e == i+1 || m.kind != mPerson || m.b-m.ca < 2 || m.poss || !f.isRoleOrDoc(e-1) && !f.toks[e-1].is(cTitle) && !f.sharedRole(f.toks[e-1].lower) {
				return 0, 0, false
			}
			if m.b < s.b && f.toks[m.b].k == tWord {
				return 0, 0, false
			}
			return m.a, m.b, true
		}
		w := &f.toks[e]
		if w.k != tWord || w.cap || w.is(cDet|cPrep) {
			return 0, 0, false
		}
		if _, v := w.verb(); v {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// sharedRole reports a role shared with others, with or without its
// hyphen ("co-author", "coauthor", "cofounder").
func (f *finder) sharedRole(w string) bool {
	if f.prefixedRole(w) {
		return true
	}
	r, ok := strings.CutPrefix(w, "co")
	return ok && len(r) >= 4 && f.lx.is(r, cRole|cTitle)
}

// letterCompound reports a common noun made of a capital letter, a hyphen
// and a lower-case word ("T-shirts", "X-ray", "U-turn"): capitalised
// wherever it stands, yet never part of a name, so a run of capitalised
// words ends before it ("selling Tin Maw Oo T-shirts"; issue 20, twentieth
// round).
func letterCompound(t *token) bool {
	w := t.w
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' || w[1] != '-' {
		return false
	}
	for i := 2; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// personAfterAnd reports a person's name of two words at token k, after
// an "and" that ends an organisation's name with "of" in it ("Ola Brandt
// of the Bergen Institute of Technology and Tove Lind of …"): the
// name is a second person, not the rest of the organisation's name as in
// "Department of Health and Human Services". The first word is a known
// given name, or the second stands alone elsewhere in the text, as a
// surname does ("said Lind"; issue 20, twentieth round).
func (f *finder) personAfterAnd(k int) bool {
	if !f.isCapWord(k) || !f.isCapWord(k+1) || f.isCapWord(k+2) || f.toks[k].poss ||
		f.toks[k].is(cOrg|cPlace|cTitle|cFunction) || f.toks[k+1].is(cOrg|cPlace|cTitle) {
		return false
	}
	if f.toks[k].is(cFemale | cMale) {
		return true
	}
	w := f.toks[k+1].lower
	for i := range f.toks {
		if i != k+1 && f.toks[i].lower == w && f.isCapWord(i) && !f.isCapWord(i-1) && (!f.isCapWord(i+1) || f.toks[i].poss) {
			return true
		}
	}
	return false
}

// hyphenSpelling returns the one person whose family name is the two
// words of parts joined by a hyphen ("El Sayed" for Abdul El-Sayed), or
// -1: the same name spelt without its hyphen (issue 20, twentieth round).
func (f *finder) hyphenSpelling(parts []string) int {
	if len(parts) != 2 {
		return -1
	}
	joined := parts[0] + "-" + parts[1]
	best := -1
	for _, i := range f.withPart(joined) {
		if e := &f.ents[i]; e.kind == ePerson && e.surname == joined && len(e.parts) >= 2 {
			if best >= 0 {
				return -1
			}
			best = i
		}
	}
	return best
}

// gerundBeforeRole reports a one-word run at token a that opens the
// sentence with a word in "-ing" before a lower-case role noun and a name
// ("Spacewalking partner Ada Roe, a U.S. astronaut, took a look",
// "Managing director Ada Roe said"): the word modifies the role, which
// describes the person named; it is no name of its own (issue 20,
// twentieth round).
func (f *finder) gerundBeforeRole(s sentence, a, b int) bool {
	return b-a == 1 && f.initialPos(s, a) && gerund(&f.toks[a]) && f.isRoleOrDoc(b) && !f.toks[b].cap && f.isCapWord(b+1)
}

// spelledBracketOrg returns the organisation spelt out before the acronym
// in brackets at token k when no entity holds that name: an office named
// by a title ("the U.S. Special Inspector General for Kosovo
// Reconstruction (SIGKR)") is no person and so made no organisation. The
// initials of the capitalised words before the bracket, small words left
// out, must spell the acronym (issue 20, twentieth round).
func (f *finder) spelledBracketOrg(k int, acr string) int {
	n := len(acr)
	i := k - 2
	for i >= 0 && n > 0 {
		t := &f.toks[i]
		switch {
		case t.k == tWord && t.cap && !t.poss && t.w[0] == acr[n-1]:
			n--
		case t.k == tWord && !t.cap && (t.lower == "of" || t.lower == "for" || t.lower == "and" || t.lower == "the") && f.isCapWord(i-1):
		default:
			return -1
		}
		i--
	}
	if n > 0 || k-1-(i+1) < 2 {
		return -1
	}
	return f.orgEntity(f.spanPhrase(i+1, k-1), f.toks[i+1].s)
}

// eponymGiven returns the token of a known given name that stands before
// the surname w in the name of an institution called after the person
// ("the Tomas Brek Diving School"), or -1: a surname said alone is then that
// person, whom the text names in full only there (issue 20, twentieth
// round).
func (f *finder) eponymGiven(w string) int {
	found := -1
	for i := 1; i+1 < len(f.toks); i++ {
		if f.toks[i].lower != w || !f.isCapWord(i) || f.toks[i].poss || !f.isCapWord(i-1) || !f.toks[i-1].is(cFemale|cMale) || f.toks[i-1].poss {
			continue
		}
		// ("the Bill and Melinda Gates Foundation": two people)
		if i >= 2 && (f.isPunct(i-2, "&") || f.toks[i-2].lower == "and") {
			continue
		}
		j := i + 1
		for j < len(f.toks) && j < i+3 && f.isCapWord(j) && !eponymHead(f.toks[j].lower) {
			j++
		}
		if j >= len(f.toks) || !f.isCapWord(j) || !eponymHead(f.toks[j].lower) {
			continue
		}
		if found >= 0 && f.toks[found].lower != f.toks[i-1].lower {
			return -1
		}
		found = i - 1
	}
	return found
}

// eponymHead reports the head nouns of institutions named after a person.
func eponymHead(w string) bool {
	switch w {
	case "academy", "school", "foundation", "institute", "center", "centre", "clinic", "trust", "fund", "museum", "library":
		return true
	}
	return false
}
