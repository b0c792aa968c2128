package quotes

import "sort"

// theBefore reports whether the word at byte j of the lower-case text s
// ends a noun phrase opened by "the", with at most two modifiers between
// ("the singer", "the Nolans singer", "the brave singer"): such a use
// only referred back to someone, as against "a singer", "singers" or
// "her fellow singer", which bring someone in (issue 20, eighteenth
// round).
func theBefore(s string, j int) bool {
	for n := 0; n < 3; n++ {
		// the word before j, past one space
		if j == 0 || s[j-1] != ' ' {
			return false
		}
		e := j - 1
		b := e
		for b > 0 && (isLetterByte(s[b-1]) || s[b-1] == '-' || s[b-1] >= '0' && s[b-1] <= '9') {
			b--
		}
		if b == e {
			return false
		}
		w := s[b:e]
		if w == "the" {
			return true
		}
		if modifierStop(w) {
			return false
		}
		j = b
	}
	return false
}

// modifierStop reports words that cannot stand between "the" and the noun
// of its phrase: determiners, possessives, conjunctions and prepositions,
// and "fellow"/"other", which name someone else of the kind.
func modifierStop(w string) bool {
	switch w {
	case "a", "an", "one", "another", "his", "her", "their", "its", "our", "my", "your",
		"and", "or", "of", "with", "by", "for", "to", "as", "fellow", "other", "every", "each",
		"this", "that", "no", "any", "some":
		return true
	}
	return false
}

// teaserEpithet reports a name of the words "the" and an epithet ("The
// singer", "the star"): a teaser line opening a tabloid page refers so to
// the person its first paragraph names (issue 20, eighteenth round).
func teaserEpithet(words []string) bool {
	return len(words) == 2 && words[0] == "the" && epithet(words[1])
}

// introDescribed reports whether e was introduced opening a paragraph
// with an appositive that describes who they are ("Zhou Shunzhu, a
// mother of two, has one of the jobs"): like one introduced speaking,
// someone the text now turns to, so the surname alone that follows means
// them rather than a namesake named before (issue 20, eighteenth round).
func (f *finder) introDescribed(e *entity) bool {
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= e.first })
	if k == 0 || k >= len(f.toks) || f.toks[k-1].k != tBreak {
		return false
	}
	n := 0
	for k < len(f.toks) && n < maxRun && f.isCapWord(k) && !f.toks[k].poss {
		k++
		n++
	}
	if n < 2 || k+1 >= len(f.toks) || !f.isPunct(k, ",") {
		return false
	}
	w := f.toks[k+1].lower
	return w == "a" || w == "an"
}

// diplomatEpithet reports the nouns of a diplomat's office ("the French
// envoy said", "the Russian ambassador added"): with a country's
// adjective they refer back to the diplomat just named, like "the Pentagon
// chief"; bare ("the envoy told reporters") they stay someone new, as
// officeTitle keeps them (issue 20, eighteenth round).
func diplomatEpithet(w string) bool {
	return w == "envoy" || w == "ambassador"
}
