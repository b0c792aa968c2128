package quotes

import "strings"

// Round 16 rules on names and people.

// givenLly reports a word in -lly that is shaped like a given name
// ("Molly", "Holly", "Shelly", "Lilly"), not an adverb: adverbs in -lly
// end in -ally or -ully ("Really", "Fully"), so "Molly Proch said" keeps
// its given name at the head of a sentence.
func givenLly(w string) bool {
	return strings.HasSuffix(w, "lly") && !strings.HasSuffix(w, "ally") && !strings.HasSuffix(w, "ully")
}

// middleDropped returns the one person among cands whose longer name has
// the same first and last words as the two-word parts, the middle names
// left out ("Richard Carrington" after "Richard Christopher Carrington"),
// or -1 when none or several do.
func (f *finder) middleDropped(parts []string, cands []int) int {
	if len(parts) != 2 {
		return -1
	}
	found := -1
	for _, i := range cands {
		e := &f.ents[i]
		n := len(e.parts)
		if e.kind != ePerson || n < 3 || e.relative || e.parts[0] != parts[0] || e.parts[n-1] != parts[1] {
			continue
		}
		if found >= 0 && found != i {
			return -1
		}
		found = i
	}
	return found
}

// ownedPlaceSurname reports a lone place or nationality word at token k
// after an owner's possessive ("ESPN’s Thai reports") that is the family
// name of a person named in full before ("ESPN’s Xuan Thai"): a place has
// no employer, so it is that person.
func (f *finder) ownedPlaceSurname(s sentence, k int) bool {
	t := &f.toks[k]
	if !t.is(cPlace) || t.poss || k-1 < s.a || !f.toks[k-1].poss || !f.toks[k-1].cap {
		return false
	}
	return f.surnameKnown(t.lower)
}
