package quotes

import "testing"

// A personal pronoun opening a sentence is its whole subject, whatever
// verb follows ("He believes the board delayed…" is his, not a body
// called "He believes the board"); a capitalised adjective opening a
// sentence before a text's noun is no name ("Promotional emails"); and
// texts "from" a body, though the subject stops before "from", are the
// body's words. The texts are written for this test (issue 20,
// twenty-fifth round).
func TestFindRound25aSubjects(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a pronoun is the whole subject",
			"Joe Vance is a former agent, now a consultant on crime analysis. He believes the board delayed the vote \"because the lobby is so powerful.\"",
			[]want{{"because the lobby is so powerful.", "Joe Vance", Partial, ""}}},
		{"an adjective before emails from a body",
			"There is a countdown clock on the website of Redwater Tools, a seller of garden machines.\n\nPromotional emails from Redwater Tools also include the clock, urging customers to \"order now\" while they can.",
			[]want{{"order now", "Redwater Tools", Partial, ""}}},
	})
}
