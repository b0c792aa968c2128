package quotes

import "testing"

// "Analyst Okafor believes…" after "Harbor Securities analyst Dara Okafor"
// is she: a role noun capitalised because it opens the sentence, before a
// known surname, is no part of the name. Each text is written for this
// test (issue 20, nineteenth round).
func TestFindRound19aRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"role opening the sentence",
			"\"The handset is all but finished,\" said Harbor Securities analyst Dara Okafor.\n\nAnalyst Okafor believes the phone will be a slab, not a flip.\n\n\"I think it'll be simple, close to the music player,\" Okafor said.",
			[]want{
				{"The handset is all but finished,", "Dara Okafor", Full, ""},
				{"I think it'll be simple, close to the music player,", "Dara Okafor", Full, ""},
			}},
	})
}
