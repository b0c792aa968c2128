package quotes

import "testing"

// A pull quote, alone in its paragraph and unattributed, repeats a line
// the article quotes later in two pieces split by "she said": the
// speaker of the two pieces says it. The text is written for this test
// (issue 20, twentieth round).
func TestFindRound20bPullSplit(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"split by a clause of speech",
			"Spokeswoman Andrea Voss said the walks were costly. \"It has been harder for people to do,\" Voss said.\n\nDozens of supporters complained on the charity's page.\n\n\"I don't even wear pink anymore. It just turns my stomach.\"\n\nLisa Carrow, a teacher from Darien, walked every year until 2011.\n\n\"I don't even wear pink anymore,\" Carrow said. \"It just turns my stomach.\"",
			[]want{{"It has been harder for people to do,", "Andrea Voss", Full, ""},
				{"I don't even wear pink anymore. It just turns my stomach.", "Lisa Carrow", Full, ""},
				{"I don't even wear pink anymore,", "Lisa Carrow", Full, ""},
				{"It just turns my stomach.", "Lisa Carrow", Full, ""}}},
	})
}
