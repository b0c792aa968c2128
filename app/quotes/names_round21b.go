package quotes

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
		"tribesman", "activist", "survivor", "student", "pupil", "vendor", "shopowner":
		return true
	}
	return false
}

// falseTitleLead reports whether the run [a, b) opens its sentence with a
// false title before a one- or two-word name ("Villager Samiullah",
// "Resident Ada Roe"): the name starts after it.
func (f *finder) falseTitleLead(s sentence, a, b int) bool {
	if b-a < 2 || b-a > 3 || !f.initialPos(s, a) || f.toks[a].poss || !falseTitle(f.toks[a].lower) {
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
