package quotes

import "testing"

// "Garza has finished his “silent week”, according to the Courier": a
// short fragment after a possessive pronoun whose owner is not the source
// named after it is the owner's term, not the source's words.
func TestFindRound16bOwnersTerm(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"his term, a paper's report",
			"Midfielder Tomas Garza has finished his \"silent week\" in the hills, according to the Daily Courier.\n\n\"I needed to hear nothing for a while,\" Garza said.",
			[]want{
				{"I needed to hear nothing for a while,", "Tomas Garza", Full, ""},
			}},
	})
}
