package quotes

import "testing"

// A hall named after a place's possessive is no person (texts written for
// this test).
func TestFindRound27cPlaceVenue(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a hall after a place's possessive takes no pronoun",
			"Mayor fights back\n\nHarbour party leader Tom Hale has turned on rebels asking him to quit the coalition.\n\nSpeaking to the party rally at Leeds's Riverside Hall, Mr Hale said he still backed the river deal.\n\nThe First Minister, who may face a vote of the party council within weeks, said rebel members were harming the best hope for growth.\n\nAnswering their calls, he said \"the link between the bridge and the budget\" had not been cut.\n",
			[]want{{"the link between the bridge and the budget", "Tom Hale", Partial, ""}}},
		{"a reporter after an outlet's possessive stays a person",
			"NBC's Kenji Hall reported from the port. \"The ships are late,\" Hall said.",
			[]want{{"The ships are late,", "Kenji Hall", Full, ""}}},
	})
}

// A body named after a country's possessive ("… News Agency") is no
// venue: it speaks, and keeps its page as an organisation.
func TestFindRound27cBodyNotVenue(t *testing.T) {
	r := Find("Ministers met on Thursday.\n\n“The chairman stressed the need to be ready for both talks and trade,” North Korea’s Central News Agency said in a report carried on Friday by South Korea’s Yonhap News Agency.")
	for _, p := range r.People {
		if p.Name == "North Korea’s Central News Agency" {
			if p.Kind != SpeakerOrganisation {
				t.Errorf("%q is a %v, want an organisation", p.Name, p.Kind)
			}
			return
		}
	}
	t.Errorf("no speaker for the agency: %+v", r.People)
}
