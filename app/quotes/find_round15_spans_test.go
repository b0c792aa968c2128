package quotes

import "testing"

// "…as they left. (“I was so embarrassed.”) She lives with…": a bracketed
// quotation that ends with a full stop is a sentence of its own, so the
// verbs of the next sentence do not claim it. Each text is written for
// this test (issue 20, fifteenth round).
func TestFindRound15BracketedQuoteSentence(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"bracketed quotation, then a naming clause",
			"Nora Vell has lived in the city for six years. \"It was hard at first,\" she says.\n\nIt was tough in the early days, she says, and when friends came to visit she would cry as they left. (\"I was so embarrassed. They will go home and say I'm not coping.\") She lives with her partner, a film-maker called Brian Tosk, but she responds to even the mildest question about him with a frozen smile.",
			[]want{
				{"It was hard at first,", "Nora Vell", Full, ""},
				{"I was so embarrassed. They will go home and say I'm not coping.", "Nora Vell", Full, ""},
			}},
		{"bracketed quotation, then another speaker's verb",
			"“We ran out of seed by April,” said Omar Lund, who farms near the river.\n\nThe dry spring hit him hardest. (“I have never seen the creek this low.”) A neighbour, Carl Imre, told reporters the wells were next.",
			[]want{
				{"We ran out of seed by April,", "Omar Lund", Full, "farms near the river"},
				{"I have never seen the creek this low.", "Omar Lund", Full, "farms near the river"},
			}},
	})
}
