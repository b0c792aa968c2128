package quotes

import "testing"

// "The scheme has been described as “badly run” by a Commons committee":
// in the passive, the agent after "by" is who calls it that. Each text is
// written for this test (issue 20, sixteenth round).
func TestFindRound16bPassiveCharacterised(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"described as … by a committee",
			"The city's new tram plan has been described as \"badly run\" by a Commons committee.\n\nThe plan was launched in 2021.",
			[]want{
				{"badly run", "a Commons committee", Partial, ""},
			}},
		{"described as … by an inquiry",
			"The council's flagship housing scheme has been described as \"plainly failing\" by a Lords inquiry.",
			[]want{
				{"plainly failing", "a Lords inquiry", Partial, ""},
			}},
		{"one word, by a named chief",
			"Officer Lena Brandt, a nine-year veteran of the Eastfield force, was described as \"fearless\" by Chief Tomas Garza.",
			[]want{
				{"fearless", "Tomas Garza", Partial, ""},
			}},
		{"derided as … by critics",
			"Mayor Ann Holt is derided as the \"queen of the harbour\" by critics who say her power ends at the docks.",
			[]want{
				{"queen of the harbour", "critics", Partial, ""},
			}},
	})
}
