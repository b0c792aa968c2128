package quotes

import "testing"

// A time zone's initials ("early Wednesday AEST") name no organisation,
// so a following "it said" goes past them to the body named before. The
// text is written for this test (issue 20, eighteenth round).
func TestFindRound18aTimeZone(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"time zone is no body",
			"The Harbour Transit Authority said it would close the ferry line, in a vote on Tuesday (early Wednesday AEST), after a year of losses.\n\n“The line cannot go on losing money at this rate,” it said in a notice to passengers.",
			[]want{
				{"The line cannot go on losing money at this rate,", "Harbour Transit Authority", Full, ""},
			}},
	})
}
