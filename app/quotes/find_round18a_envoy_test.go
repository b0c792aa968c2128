package quotes

import "testing"

// "The Norwegian envoy said…" after the ambassador is named refers back
// to her; a bare "the envoy" with no diplomat named is someone new. Each
// text is written for this test (issue 20, eighteenth round).
func TestFindRound18aEnvoy(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"country's envoy refers back",
			"Norway's Permanent Representative to the UN Ambassador Anya Lorne, speaking after the vote, said the text did not meet “the concern we all share”.\n\n\"We cannot support a day for every cause that is put to this hall,\" Lorne said.\n\nThe Norwegian envoy said the draft had raised a number of difficulties for her delegation.\n\n\"The word has no agreed meaning in law, and the draft does not give it one,\" she said.",
			[]want{
				{"the concern we all share", "Anya Lorne", Partial, ""},
				{"We cannot support a day for every cause that is put to this hall,", "Anya Lorne", Full, ""},
				{"The word has no agreed meaning in law, and the draft does not give it one,", "Anya Lorne", Full, ""},
			}},
		{"bare envoy is new",
			"Talks resumed in the capital on Monday under the mediation of Carl Ostby.\n\n\"Nobody in this room wants another winter of fighting,\" the envoy told reporters.",
			[]want{
				{"Nobody in this room wants another winter of fighting,", "the envoy", Full, ""},
			}},
	})
}
