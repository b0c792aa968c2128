package quotes

import "testing"

// "a secret memo obtained by the Ledger": the paper that obtained a text
// did not write it; its words are the author's the article names ("The
// agency memo notes…"). The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bObtainedText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"obtained by a newspaper",
			"The Border Agency has tracked thousands of travellers, according to a secret document obtained by the Ledger.\n\nThe Ledger has verified the document. The document claims \"real-time access to booking systems\" of major airlines.\n\nThe Border Agency document notes the work has \"support from carriers\".",
			[]want{{"real-time access to booking systems", "Border Agency", Partial, ""},
				{"support from carriers", "Border Agency", Partial, ""}}},
	})
}

// "the document, a 30-slide presentation … the presentation claimed": a
// text noun put in apposition to another names the same text, so its
// words are the author's of that text. The text is written for this test
// (issue 20, twenty-first round).
func TestFindRound21bTextAlias(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"presentation in apposition",
			"The Ledger has checked the document, a 30-slide training presentation for new staff.\n\nThe Border Agency document notes the work has \"support from carriers\".\n\nThe rules were changed in 2012.\n\nMonitors were stretched thin.\n\n\"The old rules slowed every request we made,\" the presentation claimed.",
			[]want{{"support from carriers", "Border Agency", Partial, ""},
				{"The old rules slowed every request we made,", "Border Agency", Full, ""}}},
	})
}
