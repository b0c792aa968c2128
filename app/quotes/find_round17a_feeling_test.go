package quotes

import "testing"

// An adjective of feeling before a person's name at the start of a
// sentence ("Heartbroken … said") is no part of the name. Each text is
// written for this test (issue 20, seventeenth round).
func TestFindRound17aFeelingBeforeName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an unknown given name after the adjective",
			"Devastated Marla Quint, a retired nurse, said: \"Tom doesn't deserve any of this. He has such a kind soul.\"",
			[]want{{"Tom doesn't deserve any of this. He has such a kind soul.", "Marla Quint", Full, ""}}},
		{"a known given name after the adjective",
			"Distraught Ivo Brankel said his son had done nothing wrong. \"He was at home all night,\" he said.",
			[]want{{"He was at home all night,", "Ivo Brankel", Full, ""}}},
		{"a plural noun after the adjective is described",
			"Furious residents said: \"We were never asked.\"",
			[]want{{"We were never asked.", "Furious residents", Full, ""}}},
	})
}
