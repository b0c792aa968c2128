package quotes

import "testing"

// Two golfers share a surname: one introduced on his own ("clubhouse
// leader Zach Orlen"), one named since only in a list ("Ravi Dutt, Kyle
// Orlen and Sam Pryce were in with 68s"). The bare surname means the one
// introduced on his own. The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bListedNamesake(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"listed namesake",
			"Tom Barker finished three shots behind clubhouse leader Zach Orlen (5-under 66).\n\nRavi Dutt, Kyle Orlen and Sam Pryce were in with 3-under 68s.\n\n\"The greens are rolling fast,\" Orlen said.",
			[]want{{"The greens are rolling fast,", "Zach Orlen", Full, ""}}},
		{"named on his own later",
			"Tom Barker finished three shots behind clubhouse leader Zach Orlen (5-under 66).\n\nKyle Orlen was in with a 68.\n\n\"The greens are rolling fast,\" Orlen said.",
			[]want{{"The greens are rolling fast,", "Kyle Orlen", Full, ""}}},
	})
}
