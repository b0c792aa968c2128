package quotes

import "testing"

// "It was 2007 when the actor attended the awards … “…,” the actor told
// the outlet": an earlier "the actor" referred back itself to the person
// the text is about, so the later one is that person too, not someone
// new. An actor the text introduced ("an actor") stays someone new. Each
// text is written for this test (issue 20, seventeenth round).
func TestFindRound17bEpithetUsedBefore(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the actor twice",
			"Nora Pell had not expected to marry Tobias Wren.\n\nIt was 2011 when the actor came to the festival to hand an award to his old co-star.\n\nBack in 2019, Wren told a radio show that he swims every morning.\n\n\"I have been lucky all my life,\" he said at the time.\n\n\"I have always liked the water and still do,\" the actor told the magazine.",
			[]want{
				{"I have been lucky all my life,", "Tobias Wren", Full, ""},
				{"I have always liked the water and still do,", "Tobias Wren", Full, ""},
			}},
		{"an actor introduced",
			"Tobias Wren opened the festival on Friday.\n\nAn actor who had queued since dawn was turned away at the door.\n\n\"I have always liked this festival and still do,\" the actor told the magazine.",
			[]want{
				{"I have always liked this festival and still do,", "An actor", Full, ""},
			}},
	})
}
