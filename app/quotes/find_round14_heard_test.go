package quotes

import "testing"

// "he heard police yelling “drop the knife!”": words a witness heard are
// the heard one's, not the witness's. Each text is written for this test
// (issue 20, fourteenth round).
func TestFindRound14HeardSpeaker(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"bare plural yelling a fragment",
			"Ray Dunn, the neighbour who filmed the arrest, said he heard police yelling \"get on the ground!\" but saw no weapon.",
			[]want{{"get on the ground!", "police", Partial, ""}}},
		{"a woman scream, comma, a sentence",
			"Ray Dunn said he heard a woman scream, “Help me, please!”",
			[]want{{"Help me, please!", "a woman", Full, ""}}},
		{"a named person heard saying",
			"Lena Osk, a guard, was on duty that night.\n\nTom Pryde said he heard Osk say “Nobody leaves this room” before the lights went out.",
			[]want{{"Nobody leaves this room", "Lena Osk", "", ""}}},
		{"the witness's own words stay his",
			"Ray Dunn said he heard shots. “I hid behind the car,” he said.",
			[]want{{"I hid behind the car,", "Ray Dunn", Full, ""}}},
	})
}
