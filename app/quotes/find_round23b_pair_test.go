package quotes

import "testing"

// "the A and B said", "A and B issued … They added": a subject of two
// names joined by "and" is both speakers, "A and B" as each was first
// introduced, and a later "they" is the pair, also past a person the
// pair spoke of. A title in the first conjunct ("Harlow President and
// CEO Dara Venn") makes one office. The texts are written for this test
// (issue 20, twenty-third round).
func TestFindRound23bPair(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"two parties",
			"In a joint statement, the Coastal Farmers Party (CFP) and Upland Workers Party (UWP) accused the mayor of a \"quiet betrayal\".\n\n" +
				"They called on farmers to attend a \"rural summit\" in the autumn to promote local produce.\n\n" +
				"The mayor's office declined to comment.\n\n" +
				"However, the CFP and UWP statement claimed Tom Brask was acting as a \"paid courier\" for the council.\n\n" +
				"They accused the council of \"bureaucratic arrogance\" and promised to fight on.",
			[]want{{"quiet betrayal", "Coastal Farmers Party and Upland Workers Party", Partial, ""},
				{"rural summit", "Coastal Farmers Party and Upland Workers Party", Partial, ""},
				{"paid courier", "Coastal Farmers Party and Upland Workers Party", Partial, ""},
				{"bureaucratic arrogance", "Coastal Farmers Party and Upland Workers Party", Partial, ""}}},
		{"two people",
			"In their joint statement, CFP councillor Nora Quill and UWP councillor Piet Hallam said the fair was about \"honouring a long tradition of our towns\".\n\n" +
				"\"There has been a clear attempt to erase that history,\" they added.",
			[]want{{"honouring a long tradition of our towns", "Nora Quill and Piet Hallam", Partial, ""},
				{"There has been a clear attempt to erase that history,", "Nora Quill and Piet Hallam", Full, ""}}},
		{"one office",
			"\"We have joined three partners to begin the trials at once,\" Harlow President and CEO Dara Venn said.",
			[]want{{"We have joined three partners to begin the trials at once,", "Dara Venn", Full, ""}}},
	})
}
