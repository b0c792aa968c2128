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
