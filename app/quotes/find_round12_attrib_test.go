package quotes

import "testing"

// A described group is named with what it is a group of ("A group of
// independent experts"), a later preposition staying its affiliation;
// "the group of …" after it is the same group. Each text is written for
// this test (issue 20, twelfth round).
func TestFindRound12CollectiveOf(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a group of experts then the group of",
			"Fighting went on in the north.\n\nA group of independent human rights experts warned that civilians are at “grave risk of famine”.\n\n“We call for a ceasefire now,” the group of U.N. special rapporteurs said in a statement.",
			[]want{{"grave risk of famine", "A group of independent human rights experts", Partial, ""}, {"We call for a ceasefire now,", "A group of independent human rights experts", Full, ""}}},
		{"a team of doctors at a hospital",
			"“The boy is recovering well,” a team of doctors at Linden Hospital said on Friday.",
			[]want{{"The boy is recovering well,", "a team of doctors", Full, ""}}},
	})
}
