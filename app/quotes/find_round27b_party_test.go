package quotes

import "testing"

// A party-state tag whose state takes two words ("D-New Jersey") sits
// between a name and its verb as "R-Iowa" does. The text is written for
// this test (issue 20, twenty-seventh round).
func TestFindRound27bParty(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a two-word state",
			"The governor was to meet his aides later in the day, according to Hughes.\n\n“I want somebody to win,” Sen. Rob Tolland, D-New Jersey, said. “Think of the country.”",
			[]want{
				{"I want somebody to win,", "Rob Tolland", Full, ""},
				{"Think of the country.", "Rob Tolland", Full, ""},
			}},
		{"a two-word state without a title",
			"The governor was to meet his aides later in the day, according to Hughes.\n\n“I want somebody to win,” Rob Tolland, R-South Carolina, said.",
			[]want{
				{"I want somebody to win,", "Rob Tolland", Full, ""},
			}},
	})
}
