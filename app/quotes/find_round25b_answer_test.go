package quotes

import "testing"

// "When Roe asked Brisk what he would say, …, his answer was plain: “…”":
// the answer is the one asked, not the asker, also past an aside set off
// by commas. The text is written for this test (issue 20, twenty-fifth
// round).
func TestFindRound25bOwnedAnswer(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"his answer",
			"Tom Brisk testified on Monday.\n\nWhen Dana Roe asked Brisk what he would say if he had found a crime, his answer was plain: \"The statement would be that we would not charge.\"",
			[]want{{"The statement would be that we would not charge.", "Tom Brisk", Full, ""}}},
		{"his answer after an aside",
			"Tom Brisk testified on Monday.\n\nWhen Dana Roe asked Brisk what he would say, either in his report or in court, his answer was plain: \"The statement would be that we would not charge.\"",
			[]want{{"The statement would be that we would not charge.", "Tom Brisk", Full, ""}}},
	})
}
