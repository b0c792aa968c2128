package quotes

import "testing"

// A US party-state tag printed without its brackets after a name ("Rep.
// Dana Whitlock R-North Carolina", "Sen. Lou Ferrante D-Calif.") is no part
// of the name, and the appositive after it still describes the person.
// Each text is written for this test (issue 20, nineteenth round).
func TestFindRound19aParty(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"tag with a two-word state",
			"The vote on the farm bill slipped to next week, leaders said.\n\nThe delay came as a surprise to Rep. Dana Whitlock R-North Carolina, who chairs the rural caucus.\n\n\"We had the votes on Tuesday and we still have them,\" Whitlock said.",
			[]want{
				{"We had the votes on Tuesday and we still have them,", "Dana Whitlock", Full, ""},
			}},
		{"tag before an appositive",
			"The vote on the farm bill slipped to next week, leaders said.\n\nSen. Lou Ferrante D-Oregon, a sponsor of the bill, said the delay \"will cost growers a whole season.\"\n\n\"Nobody in my state can plant on a promise,\" Ferrante said.",
			[]want{
				{"will cost growers a whole season.", "Lou Ferrante", Partial, "a sponsor of the bill"},
				{"Nobody in my state can plant on a promise,", "Lou Ferrante", Full, ""},
			}},
		{"abbreviated state",
			"Rep. Mia Caldera D-Calif. said the plan would \"leave the valley's farmers with nothing at all.\"",
			[]want{
				{"leave the valley's farmers with nothing at all.", "Mia Caldera", Partial, ""},
			}},
	})
}
