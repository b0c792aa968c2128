package quotes

import "testing"

// Capitalised modifiers before a role noun and a name ("Four-time Olympic
// champion", "Swedish Olympic gold medallist", a party's initials before
// "chairman") are no person: the pronoun after goes to the name. The texts
// are written for this test (issue 20, twenty-fourth round).
func TestFindRound24aModifierBeforeRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"number compound and adjective before a champion",
			"Four-time Olympic champion Marta Velles says she has lost some drive ahead of the season.\n\n\"I would say my hunger is not what it used to be,\" she said.",
			[]want{{"I would say my hunger is not what it used to be,", "Marta Velles", Full, ""}}},
		{"demonym and adjective before a medallist",
			"Swedish Olympic gold medallist Anders Holm also criticised the schedule.\n\nHe said: \"It is very strange to run so late in the year.\"",
			[]want{{"It is very strange to run so late in the year.", "Anders Holm", Full, ""}}},
	})
}
