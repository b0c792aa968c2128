package quotes

import "testing"

// "The group said" after a person and an organisation are named is the
// organisation: a noun for a body of people never means the person the
// text named last, whatever is known of that person's role. The text is
// written for this test (issue 20, twentieth round).
func TestFindRound20bBodyNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the group after a person",
			"Anna Berg raised more than $20,000 for the Dallas-based Maren Hollis Foundation.\n\nBerg was not surprised by the charity's announcement. The group said there has been a drop in \"participation levels\" over four years.",
			[]want{{"participation levels", "Maren Hollis Foundation", Partial, ""}}},
	})
}
