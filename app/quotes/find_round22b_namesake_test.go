package quotes

import "testing"

// A couple share a surname; the bare "Vane" meant Rita first, but once
// the text turns to "Geoff Vane said he chose…", the next "Vane said"
// is his. The text is written for this test (issue 20, round 22b).
func TestFindRound22bNamesakeSpokeInFull(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"couple sharing a surname",
			"Rita Vane is seen June 5. Vane's husband, Geoff Vane, may have fallen ill from berries.\n\nGeoff Vane was celebrating his anniversary in the park when he had to go to hospital.\n\nVane, a retired builder, was resting at home.\n\n\"It was our firm belief that these were grown at home,\" Rita Vane said.\n\nGeoff Vane said he chose the berries for breakfast for months. Berries were the last thing he thought would make him sick.\n\n\"I would have thought it would be from fish, but not ever from fruit,\" Vane said.",
			[]want{{"It was our firm belief that these were grown at home,", "Rita Vane", Full, ""},
				{"I would have thought it would be from fish, but not ever from fruit,", "Geoff Vane", Full, ""}}},
	})
}
