package quotes

import "testing"

// "The Global Fund greeted the news as “…”": greeting something as a
// phrase characterises it, as hailing it does; the subject says the
// phrase. The text is written for this test (issue 20, twenty-first
// round).
func TestFindRound21bGreetedAs(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"greeted as",
			"Prices fell on Thursday.\n\nThe Global Fund, which has been pressing for faster progress, greeted the news as \"a great step forward for women and girls.\"",
			[]want{{"a great step forward for women and girls.", "Global Fund", Partial, ""}}},
	})
}
