package quotes

import "testing"

// "wrote" before a role noun and a name is the name writing ("…," wrote
// journalist Dmitry Orlov), not a verb of writing with its object ("who
// wrote melodies for such shows"). Each text is written for this test
// (issue 20, twentieth round).
func TestFindRound20bWroteRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"role and name after wrote",
			"Opposition bloggers said the mayor was clearing the way for a remarriage.\n\n\"The announcement means the family will grow within a year,\" wrote journalist Dmitry Orlov.",
			[]want{{"The announcement means the family will grow within a year,", "Dmitry Orlov", Full, ""}}},
		{"a thing written is no speaker",
			"Tesori, who wrote melodies for such shows as \"Fun Home\", won the prize.",
			nil},
	})
}
