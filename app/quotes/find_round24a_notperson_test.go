package quotes

import "testing"

// Capitalised runs that are no person, so a later pronoun or a relative
// clause goes to the person: a body after "Women's" ("Women's Health
// Partners"), a product between an owner and its noun ("Acme's new Cloud
// Window software"), and a place ending a person's affiliation before a
// "who" clause ("from the University of Otago, New Zealand, who … said").
// The texts are written for this test (issue 20, twenty-fourth round).
func TestFindRound24aNotPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a body after a people's possessive",
			"At Women's Health Partners in Jensen Beach, administrator Bill Hughes prefers to lease. For Women's Health Partners, leasing is the better choice, according to Hughes. For instance, \"Car leases allow you to write off the entire payment,\" he says.",
			[]want{{"Car leases allow you to write off the entire payment,", "Bill Hughes", Full, ""}}},
		{"a product between an owner and its noun",
			"Stephen Morrow decided not to go with the rival system when he took over in 2010.\n\nInstead he opted for Acme's new Cloud Window software, which powers the Lumo range. He said in 2011 that the business was \"not a race of machines, it's now a war of systems\".",
			[]want{{"not a race of machines, it's now a war of systems", "Stephen Morrow", Partial, ""}}},
		{"a place ending an affiliation before a who clause",
			"Ana Roe from the University of Otago, New Zealand, who was not involved with the work, said the study was \"in defiance of what some of us have said\".",
			[]want{{"in defiance of what some of us have said", "Ana Roe", Partial, ""}}},
	})
}
