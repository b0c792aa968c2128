package quotes

import "testing"

// "“…,” Ostrander’s March presentation said", "according to Vell’s
// LinkedIn profile", "says his 2011 paper": a text named by its owner is
// the owner's words, even when an earlier sentence gave a text of that
// noun another author. The texts are written for this test (issue 20,
// twenty-third round).
func TestFindRound23bOwnedText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name's presentation",
			"The costs were set out by a senior official of the Harbour Authority in a presentation to investors.\n\n" +
				"The official, Dale Ostrander, says the rules are \"badly broken\".\n\n" +
				"The authority said the figures were no more than a sketch of the worst case.\n\n" +
				"\"We cannot keep passing these costs to the next generation,\" Ostrander’s March presentation said.",
			[]want{{"badly broken", "Dale Ostrander", Partial, ""},
				{"We cannot keep passing these costs to the next generation,", "Dale Ostrander", Full, ""}}},
		{"name's profile",
			"Mira Vell ran Harbour Consulting for a decade.\n\n" +
				"According to Vell’s LinkedIn profile, Harbour Consulting \"delivered logistics support services,\" such as shipping, to several ministries.",
			[]want{{"delivered logistics support services,", "Mira Vell", Partial, ""}}},
		{"his paper",
			"Dr. Owen Taskar spoke to the students on Monday.\n\n" +
				"\"Families are the first school of every society, and they are failing,\" says his 2011 paper on the subject.",
			[]want{{"Families are the first school of every society, and they are failing,", "Owen Taskar", Full, ""}}},
	})
}
