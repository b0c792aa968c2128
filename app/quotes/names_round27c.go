package quotes

// placeVenue reports a run of capitalised words that names a building
// of the place whose possessive comes right before it ("at Belfast's
// Riverside Hall", "in Leeds's Corn Exchange Centre"): the last word is
// a venue's ("Hall", "Centre", "Museum"; not a body that speaks, such as
// "North Korea's Central News Agency") and no word before it is
// a given name or title. Without it the words after the possessive read
// as a person's ("Riverside Hall"), who then takes the pronouns of the
// speaker addressing the hall. The possessive must be a known place or
// follow "at" or "in" ("NBC's Kenji Hall" is a reporter).
func (f *finder) placeVenue(a, b int) bool {
	if b-a < 2 || b-a > 3 || a < 1 || !f.toks[a-1].poss || !f.toks[a-1].cap || f.toks[b-1].poss || !venueWord(f.toks[b-1].lower) {
		return false
	}
	if !f.toks[a-1].is(cPlace | cGeo) {
		if a < 2 || f.toks[a-2].k != tWord || (f.toks[a-2].w != "at" && f.toks[a-2].w != "in") {
			return false
		}
	}
	for k := a; k < b-1; k++ {
		if t := &f.toks[k]; !t.cap || t.poss || t.is(cFemale|cMale|cTitle) {
			return false
		}
	}
	return true
}
