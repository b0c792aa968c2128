package quotes

import "testing"

// Invisible format characters glued to quotation marks, as pages in mixed
// scripts carry them (texts written for this test).
func TestFindRound27cFormatRunes(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"direction marks inside both marks",
			"A ministry spokesman, meanwhile, said: \u200e\"We welcome the new talks between the two harbours.\u200e\"",
			[]want{{"We welcome the new talks between the two harbours.", "A ministry spokesman", Full, ""}}},
		{"a direction mark inside a curly opener",
			"Nora Lind said: “\u200fThe river has never been this low.”",
			[]want{{"The river has never been this low.", "Nora Lind", Full, ""}}},
		{"a zero-width space outside a closer",
			"“The river has never been this low,”\u200b Nora Lind said.",
			[]want{{"The river has never been this low,", "Nora Lind", Full, ""}}},
		{"a soft hyphen inside a word stays",
			"Nora Lind said the inter\u00adnational “fishing rules” were too strict.",
			[]want{{"fishing rules", "Nora Lind", Partial, ""}}},
	})
}
