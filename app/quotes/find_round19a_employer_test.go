package quotes

import "testing"

// "Morgan Hale analyst Adam Ekberg said…, but he believes…" then "“…,” he
// said": a name before a role noun and another name qualifies the noun and
// is no antecedent for "he", even when it opens with a given name; so
// "Taylor Reade critic Nina Holt said she…". Each text is written for this test (issue 20, nineteenth
// round).
func TestFindRound19aEmployer(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"employer with a given name",
			"Carmakers asked the agency to revisit the rules.\n\nMorgan Hale analyst Adam Ekberg said the industry expected to miss the targets anyway, but he believes the agency's move may carry little weight.\n\n\"Of all the things likely to drive fuel economy, I would rank the agency a distant third,\" he said.",
			[]want{
				{"Of all the things likely to drive fuel economy, I would rank the agency a distant third,", "Adam Ekberg", Full, ""},
			}},
		{"a critic is no employer",
			"The concert sold out in minutes.\n\nTaylor Reade critic Nina Holt said she had queued since dawn to heckle.\n\n\"I would have waited a week for this,\" she said.",
			[]want{
				{"I would have waited a week for this,", "Nina Holt", Full, ""},
			}},
	})
}
