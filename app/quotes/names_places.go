package quotes

import "strings"

// Places: an appositive that says its name is a place, compass words and
// divided countries ("the North"), administrative areas, and buildings
// and grounds named as venues ("at Belfast's Riverside Hall").

// placeAppos reports an appositive that says its name is a place: "the
// city where…", "a small town in Ohio".
// The place noun must head the phrase: "a city councilman in X" is a
// person's role.
func placeAppos(ap string) bool {
	n := 0
	place := false
	for w := range strings.FieldsSeq(ap) {
		w = strings.Trim(w, ",.")
		if place {
			// the word after the place noun starts its complement
			return placeComplement(w)
		}
		switch {
		case n == 0:
			if !strings.EqualFold(w, "the") && !strings.EqualFold(w, "a") && !strings.EqualFold(w, "an") {
				return false
			}
		case n > 3:
			return false
		default:
			switch w {
			case "city", "town", "village", "country", "state", "capital", "region", "province", "island", "county", "suburb", "neighborhood", "neighbourhood":
				place = true
			}
		}
		n++
	}
	return place
}

// placeComplement reports words that open what follows a place noun ("the
// city where…", "a town of 3,000", "a suburb north of…") rather than
// continue a noun phrase it modifies ("a city councilman").
func placeComplement(w string) bool {
	switch strings.ToLower(w) {
	case "where", "that", "which", "whose", "of", "in", "on", "at", "near", "outside", "north", "south", "east", "west",
		"with", "known", "famous", "best", "once", "just", "about", "some", "along", "across", "by", "from", "whom", "and", "&":
		return true
	}
	return false
}

// compassWord reports the compass words that open places' names.
func compassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western":
		return true
	}
	return false
}

// dividedCountry reports countries whose halves news names by a compass
// word alone.
func dividedCountry(w string) bool {
	switch w {
	case "korea", "sudan", "vietnam", "yemen", "cyprus":
		return true
	}
	return false
}

// compassCountry returns the first token of the latest "<Compass> <Place>"
// name before token k whose compass word is k's ("North Korea" for "the
// North"), or -1.
func (f *finder) compassCountry(k int) int {
	w := f.toks[k].lower
	for i := k - 2; i >= 0 && i >= k-maxLookBack/4; i-- {
		if t := &f.toks[i]; t.k == tWord && t.cap && t.lower == w {
			// (a divided country, which news calls "the North" and "the
			// South"; "the South" after "South Carolina" is a region)
			if n := &f.toks[i+1]; n.k == tWord && n.cap && dividedCountry(n.lower) {
				return i
			}
		}
	}
	return -1
}

// adminArea reports the geographic nouns for an administrative area,
// which end a place's name and never a person's ("Broward County").
func adminArea(w string) bool {
	switch w {
	case "county", "province", "district", "prefecture", "oblast", "region", "city", "town", "village",
		"borough", "municipality", "parish", "township":
		return true
	}
	return false
}

// venueWord reports the last word of a building's or a ground's name
// ("Waterfront Hall", "Grace Chapel", "Corn Exchange Centre"), which can
// make the run look like a person's name; never a body that speaks ("…
// Agency", "… Council").
func venueWord(w string) bool {
	switch w {
	case "hall", "chapel", "pavilion", "auditorium", "theatre", "theater", "ballroom", "centre", "center",
		"museum", "library", "arena", "stadium", "gallery", "cathedral", "church", "tower", "palace", "castle":
		return true
	}
	return false
}

// venueRun reports a two-word run "Riverside Hall" that names a building
// where something happens: after "at", maybe with its owner ("at
// Glasgow's Riverside Hall"), its first word no given name (so "at
// Stuart Hall's home" stays a person). Such a run is a place, which no
// later "he" can stand for.
func (f *finder) venueRun(s sentence, m *mention) bool {
	if len(m.titles) != 0 || m.ca != m.a || m.b-m.a != 2 || m.poss || !venueWord(f.toks[m.b-1].lower) {
		return false
	}
	if g := &f.toks[m.a]; g.is(cFemale|cMale|cTitle) || g.poss {
		return false
	}
	p := m.a - 1
	if p > s.a && f.toks[p].poss && f.toks[p].cap {
		p-- // (the owner: "at Glasgow's Riverside Hall")
	}
	return p >= s.a && f.toks[p].k == tWord && f.toks[p].lower == "at"
}

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

// townOfState reports whether mention m is followed by a comma, the one
// word of a state or a country the lexicon knows (not a nationality) and
// a word in lower case ("Kings Mill, Ohio news outlets reported"): the
// state qualifies the noun after it as the town does, so the run names a
// town, not a person. A title or a given name the lexicon knows makes a
// person, and so does a comma after the state ("Ann Roe, Canada,
// providing…", a list's entry).
func (f *finder) townOfState(s sentence, m *mention) bool {
	b := m.b
	if len(m.titles) > 0 || m.poss || b+1 >= s.b || !f.isPunct(b, ",") || !f.isCapWord(b+1) || f.toks[m.ca].is(cFemale|cMale) {
		return false
	}
	st := &f.toks[b+1]
	if !st.is(cPlace) || st.poss || f.isCapWord(b+2) || f.toks[b+1].is(cFemale|cMale|cTitle) {
		return false
	}
	w := st.lower
	for _, suf := range []string{"an", "ish", "ese", "ch", "i", "ern", "ic"} {
		if strings.HasSuffix(w, suf) {
			return false // "Irish", "Kenyan", "Israeli", "Western": a nationality or a region's adjective
		}
	}
	return b+2 < s.b && f.toks[b+2].k == tWord && !f.toks[b+2].cap
}
