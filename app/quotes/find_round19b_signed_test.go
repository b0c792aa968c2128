package quotes

import "testing"

// "“…,” a statement signed by 221 MPs asserted": the agent of the
// participle wrote the text, and the described group that signs it ends
// before the verb of the sentence; a plural acronym ("MPs") is a common
// noun for people. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19bSignedBy(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"signed by councillors asserted",
			"Lawmakers turned on the mayor. \"The mayor must answer for the flooding,\" a statement signed by councillors asserted.",
			[]want{{"The mayor must answer for the flooding,", "councillors", Full, ""}}},
		{"signed by a number of councillors said",
			"Lawmakers turned on the mayor. \"The mayor must answer for the flooding,\" a letter signed by 120 councillors said.",
			[]want{{"The mayor must answer for the flooding,", "120 councillors", Full, ""}}},
		{"signed by MPs",
			"Lawmakers turned on the mayor. \"The mayor must answer for the flooding,\" a statement signed by 87 MPs asserted. \"The people have lost patience.\"",
			[]want{{"The mayor must answer for the flooding,", "87 MPs", Full, ""}, {"The people have lost patience.", "87 MPs", Full, ""}}},
	})
}
