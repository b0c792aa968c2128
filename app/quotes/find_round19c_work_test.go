package quotes

import "testing"

// "while he was recording Velvet Morning, now his final album with the band,
// Joe Harlan was…": a name in apposition to a work noun after it is the
// work's, no person for a later "he". Each text is written for this test
// (issue 20, nineteenth round).
func TestFindRound19cWorkAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"album after the name",
			"In spring 2015, while he was recording Velvet Morning, now his final album with the Drifters, Joe Harlan was planning a tour, and he was worried by the setlist. \"The crowd always wants the hits,\" he told me.",
			[]want{{"The crowd always wants the hits,", "Joe Harlan", Full, ""}}},
		{"the band's new single",
			"Joe Harlan played for an hour. The crowd sang along to Velvet Morning, the band's new single. \"It never gets old,\" he said.",
			[]want{{"It never gets old,", "Joe Harlan", Full, ""}}},
	})
}
