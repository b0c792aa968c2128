package quotes

import "strings"

// falseTitle reports nouns for ordinary people that news copy fuses to a
// name as if they were titles ("Villager Samiullah said", "Resident Ada
// Roe said"): the word describes the person and is no part of the name.
// The list holds only words that are not also given names or common
// surnames ("Farmer", "Porter", "Hunter" are left out) (issue 20,
// twenty-first round).
func falseTitle(w string) bool {
	switch w {
	case "villager", "villagers", "resident", "residents", "shopkeeper", "protester", "protestor",
		"eyewitness", "bystander", "passenger", "commuter", "pensioner", "mourner", "refugee",
		"tribesman", "activist", "survivor", "student", "pupil", "vendor", "shopowner",
		// (ordinary occupations, capitalised only to open the sentence)
		"nurse", "teacher", "trainer", "farmer", "fisherman", "driver", "worker", "voter",
		"shopper", "homeowner", "tenant", "patient", "volunteer", "neighbour", "neighbor":
		return true
	}
	return false
}

// falseTitleLead reports whether the run [a, b) opens its sentence with a
// false title before a one- or two-word name ("Villager Samiullah",
// "Resident Ada Roe"): the name starts after it.
func (f *finder) falseTitleLead(s sentence, a, b int) bool {
	n := b - a
	if n == 4 && nameSuffix(f.toks[b-1].lower) {
		n-- // ("Trainer Al Stall Jr.": a generational suffix)
	}
	if n < 2 || n > 3 || !f.initialPos(s, a) || f.toks[a].poss || !falseTitle(f.toks[a].lower) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if f.toks[k].is(cOrg | cPlace | cGeo | cNonName | cTitle | cFunction) {
			return false
		}
	}
	return true
}

// outletInterview reports a run [ca, b) that modifies "interview" or
// "profile" after an article or a year ("a 2015 Elle UK interview", "an
// Esquire profile"): the outlet that ran the interview, not a person,
// unless the run opens with a known given name ("a Mara Quell
// interview" names the one interviewed). Without this, "she told the
// magazine" after it takes the outlet for the woman (issue 20,
// twenty-first round).
func (f *finder) outletInterview(s sentence, a, ca, b int) bool {
	if b >= s.b || a-1 < s.a || f.toks[b].cap || f.toks[ca].is(cFemale|cMale) || f.toks[b-1].poss {
		return false
	}
	switch f.toks[b].lower {
	case "interview", "interviews", "profile", "cover", "podcast":
	default:
		return false
	}
	p := &f.toks[a-1]
	if p.k == tWord && p.cap {
		return false
	}
	w := p.lower
	return w == "a" || w == "an" || w == "the" || len(w) == 4 && w[0] >= '1' && w[0] <= '2' && isDigits(w)
}

// isDigits reports whether w is ASCII digits only.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// listedOnly reports whether person e was named only in a list of names
// ("Miguel Angel Jimenez, Dustin Johnson and Brandt Snedeker were in
// with 68s"): of two people sharing a surname, the bare surname means the
// one the article introduced on their own ("clubhouse leader Zach
// Johnson"), not one it merely listed (issue 20, twenty-first round).
func (f *finder) listedOnly(e *entity) bool {
	return f.listedAt(e.first) && (e.last == e.first || f.listedAt(e.last))
}

// listedAt reports whether the name starting at rune offset pos stands in
// a list of names: a comma or "and" between it and another capitalised
// name on one side, a comma on the other.
func (f *finder) listedAt(pos int) bool {
	k := f.tokAt(pos)
	if k < 0 {
		return false
	}
	e := k
	for e+1 < len(f.toks) && f.toks[e+1].k == tWord && f.toks[e+1].cap {
		e++
	}
	sep := func(i int) bool {
		return i >= 0 && i < len(f.toks) && (f.isPunct(i, ",") || f.toks[i].k == tWord && f.toks[i].lower == "and")
	}
	before := k-2 >= 0 && sep(k-1) && f.isCapWord(k-2)
	after := sep(e+1) && f.isCapWord(e+2)
	return before && after && (f.isPunct(k-1, ",") || f.isPunct(e+1, ","))
}

// webDomain reports a word that is a web address's host ("NHL.com",
// "Salon.com."): a site, an organisation, never a person (issue 20,
// twenty-first round).
func webDomain(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for _, suf := range []string{".com", ".org", ".net", ".co.uk", ".io", ".tv"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// domainEndsSentence reports a web address that carries the period ending
// its sentence ("NHL.com.").
func domainEndsSentence(w string) bool {
	return strings.HasSuffix(w, ".") && webDomain(w)
}
