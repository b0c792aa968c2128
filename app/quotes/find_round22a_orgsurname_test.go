package quotes

import "testing"

// A given name and a surname that is also an organisation's word
// ("House", "Church") after a title or an occupation name a person, whose
// titles are dropped; a monarch's title before such words names a
// building. The texts are written for this test (issue 20, twenty-second
// round).
func TestFindRound22aOrgWordSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"titles before the name",
			"The hearing opened.\n\nChief Constable Sir Stephen House said: \"Officers acted properly.\"",
			[]want{{"Officers acted properly.", "Stephen House", Full, ""}}},
		{"an occupation before the name",
			"The festival was cancelled.\n\nSinger Charlotte Church said: \"I am furious about it.\"",
			[]want{{"I am furious about it.", "Charlotte Church", Full, ""}}},
		{"a building",
			"Wards were closed.\n\nQueen Elizabeth Hospital said: \"Visiting is suspended.\"",
			[]want{{"Visiting is suspended.", "Queen Elizabeth Hospital", Full, ""}}},
	})
}
