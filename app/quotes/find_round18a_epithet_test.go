package quotes

import "testing"

// A teaser line opening a page ("The singer previously opened up on her
// plans") refers to the person the next paragraph names, so a later "the
// brave singer added" is she; and an earlier "the Oscar-winning actor"
// only referred back, so a later "the actor said" is the named actor.
// Each text is written for this test (issue 20, eighteenth round).
func TestFindRound18aEpithet(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"teaser epithet",
			"The singer previously opened up on her touring plans\n\nMARA Quellby has vowed \"not to give up\" as she revealed an update on her health.\n\nIn March, The Quellbys singer, 52, gave a sad update on her illness.\n\nNow Mara has told how the illness made her forget the name of her Morning Show star sister Dana's daughter.\n\nWriting in a magazine Mara said: \"The doctors were pleased with me this week.\n\n\"My voice is still there and the band is ready.\n\n\"We have booked the halls and the tickets are printed.\n\n\"I will see everyone in the autumn.\"\n\nThe brave singer then added: \"I am not going to stop singing while I can still stand on a stage.\"",
			[]want{
				{"not to give up", "MARA Quellby", Partial, ""},
				{"The doctors were pleased with me this week.\n\n\"My voice is still there and the band is ready.\n\n\"We have booked the halls and the tickets are printed.\n\n\"I will see everyone in the autumn.", "MARA Quellby", Full, ""},
				{"I am not going to stop singing while I can still stand on a stage.", "MARA Quellby", Full, ""},
			}},
		{"modified epithet used before",
			"Nora Pell had not expected to marry Tobias Wren.\n\nIt was 2011 when the Oscar-winning actor came to the festival to hand an award to his old co-star.\n\nBack in 2019, Wren told a radio show that he swims every morning.\n\n\"I have been lucky all my life,\" he said at the time.\n\n\"I have always liked the water and still do,\" the actor told the magazine.",
			[]want{
				{"I have been lucky all my life,", "Tobias Wren", Full, ""},
				{"I have always liked the water and still do,", "Tobias Wren", Full, ""},
			}},
	})
}
