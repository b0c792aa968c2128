package quotes

import "testing"

// "“But not before that?” Brisk followed up.": a verb and its particle
// that close the clause report speech by a quotation, also after a
// question mark, which would else end the sentence before the name. The
// text is written for this test (issue 20, twenty-fifth round).
func TestFindRound25bPhrasalSpeech(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"followed up after a question",
			"Dr. Tom Brisk asked Kara Vell when the flaws came to light. Vell said it was soon after the launch.\n\n\"But not before that?\" Brisk followed up.",
			[]want{{"But not before that?", "Tom Brisk", Full, ""}}},
		{"fired back after a question",
			"Kara Vell met Tom Brisk.\n\n\"No, sir,\" Vell said.\n\n\"Is that all?\" Brisk fired back.",
			[]want{{"No, sir,", "Kara Vell", Full, ""},
				{"Is that all?", "Tom Brisk", Full, ""}}},
	})
}
