package quotes

import "testing"

// "Noor" is given to men as well as women (Noor Nieftagodien, Noor
// Mohammad): the name says nothing of the gender, so a later "he" can be
// a Noor. The text is written for this test (issue 20, twenty-first
// round).
func TestFindRound21bUnisexNoor(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"he after a Noor",
			"\"It matters more now,\" said Noor Ballo, an associate professor.\n\nEngineering student Rami Dawt says he is busy.\n\n\"My parents told me about the hardships,\" he said.\n\nBallo hopes young voters will enter politics.\n\n\"We shouldn't be only doing good things one hour a year,\" he said.",
			[]want{{"It matters more now,", "Noor Ballo", Full, ""},
				{"My parents told me about the hardships,", "Rami Dawt", Full, ""},
				{"We shouldn't be only doing good things one hour a year,", "Noor Ballo", Full, ""}}},
	})
}
