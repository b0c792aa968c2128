package quotes

import "testing"

// "When the Border Agency reviews a booking…, it issues what it calls a
// “flag”": the "it" of the main clause is the body the fronted clause is
// about, not an earlier one. The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bFrontedClauseBody(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"when clause",
			"Defenders of the Patriot Act argued that the agency needed consent.\n\nWhen the Border Agency reviews a booking it believes merits a closer look, it issues what it calls a \"flag\".",
			[]want{{"flag", "Border Agency", Partial, ""}}},
	})
}
