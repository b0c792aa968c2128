package quotes

import "testing"

// Words printed on stickers are the stickers', as a sign's are (a text
// written for this test).
func TestFindRound27cStickers(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"stickers that read",
			"By December they had sold more than $1 million of goods, like stickers that read \"Save the Harbour Now!\" and \"Fish and Chips Forever!\"",
			[]want{{"Save the Harbour Now!", "stickers", Full, ""}, {"Fish and Chips Forever!", "stickers", Full, ""}}},
	})
}
