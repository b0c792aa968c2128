package quotes

import "testing"

// "cracked" after a quotation is a verb of speech, as "quipped" is: the
// name after it speaks, not the person the paragraph before is about.
// The text is written for this test (issue 20, twentieth round).
func TestFindRound20bCracked(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"cracked before the name",
			"Coach Nick Varga has trained both players.\n\nLately, though, Lena Holt has struggled. This year, playing without a coach, she has improved.\n\n\"She's changed coaches more than I've changed wives,\" cracked Varga, who at 81 has been married eight times.",
			[]want{{"She's changed coaches more than I've changed wives,", "Nick Varga", Full, ""}}},
		{"cracked after the name",
			"\"I never lose my keys twice,\" Nick Varga cracked.",
			[]want{{"I never lose my keys twice,", "Nick Varga", Full, ""}}},
	})
}
