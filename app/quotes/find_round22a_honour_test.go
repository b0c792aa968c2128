package quotes

import "testing"

// Honour letters after a titled name that speaks ("Sir Keir Starmer MP
// said", "said Dame Ada Roe QC") are no part of the name: the person
// speaks, not a described "MP". The texts are written for this test
// (issue 20, twenty-second round).
func TestFindRound22aHonourHead(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"MP before the verb",
			"The inquiry resumed.\n\nSir Tobias Wren MP said: \"We will deliver on every promise.\"",
			[]want{{"We will deliver on every promise.", "Tobias Wren", Full, ""}}},
		{"QC after the verb",
			"The appeal was heard.\n\n\"The ruling cannot stand,\" said Dame Ada Pellow QC.",
			[]want{{"The ruling cannot stand,", "Ada Pellow", Full, ""}}},
	})
}
