package quotes

import "testing"

// The subject of a passive verb of announcing with no agent ("Their
// arrival was announced earlier Tuesday") is what was made known, no
// speaker for the quotations after it. The texts are written for this
// test (issue 20, twenty-fifth round).
func TestFindRound25aPassiveAnnounced(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an announced arrival speaks not",
			"\"We are not satisfied with the website,\" Mara Quell said.\n\nShe noted how a team of experts is coming to help. Their arrival was announced earlier Tuesday.\n\nWhy weren't they brought in before?\n\n\"We had hoped that they had their best people on the table\" from the start, Quell said of the contractors.",
			[]want{{"We are not satisfied with the website,", "Mara Quell", Full, ""}, {"We had hoped that they had their best people on the table", "Mara Quell", Full, ""}}},
	})
}
