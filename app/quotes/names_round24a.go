package quotes

// modifierBeforeRole reports a run of capitalised words from a to b that
// lower-case modifiers and a person's role noun, then a capitalised name of
// two words or more, follow ("Six-time Olympic champion Ada Roe", "British
// Olympic gold medallist Ben Roe"): the run qualifies the role (an
// adjective, a competition, an employer) and is no person, though it is
// two capitalised words with no title. It is taken as a body, like the
// employer before a title (see titleFollows); as a person it took a later
// "he said", being the first of its sentence. A known given name opening
// the run keeps the person ("Ann Lee" in a list of names).
func (f *finder) modifierBeforeRole(s sentence, a, b int) bool {
	if b-a < 2 || f.toks[a].is(cFemale|cMale) || f.toks[b-1].poss {
		return false
	}
	role := false
	for k := b; k < s.b && k < b+4; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.poss {
			return false
		}
		if t.cap {
			// the name: two capitalised words, the first no place's,
			// body's or function word
			return role && k+1 < s.b && f.isCapWord(k+1) && !t.is(cPlace|cOrg|cFunction|cNonName) && !f.toks[k+1].is(cOrg|cGeo)
		}
		if t.is(cFunction | cDet | cPrep | cStopNP) {
			return false
		}
		if _, v := t.verb(); v {
			return false
		}
		role = t.is(cTitle|cRole) || epithet(t.lower) || occupation(t) || occupationNoun(t.lower) || moreOccupation(t.lower)
	}
	return false
}
