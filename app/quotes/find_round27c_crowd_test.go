package quotes

import "testing"

// A crowd chants: the crowd is the speaker described (texts written for
// this test).
func TestFindRound27cCrowd(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the crowd chanted before a coordinated clause",
			"At the rally outside the town hall, the crowd chanted, \"We want bread,\" and some held up loaves.",
			[]want{{"We want bread,", "the crowd", Full, ""}}},
		{"crowds shouted",
			"Crowds shouted \"Down with the council!\" as the mayor left.",
			[]want{{"Down with the council!", "Crowds", Full, ""}}},
	})
}
