package quotes

import "testing"

// A spokesperson owned by a pronoun ("His official spokesman said") is
// named as an unnamed source, "an official spokesman", as one owned by a
// name is ("Gordon Brown's spokesman" is "a spokesman"); the pronoun is no
// affiliation. The text is written for this test (issue 20, twenty-second
// round). So is a lone lawyer owned by a body ("The company's lawyer" is
// "a lawyer").
func TestFindRound22aPronounOwner(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"his official spokesman, her spokeswoman",
			"Prime Minister Tom Harlow visited the camp.\n\nHis official spokesman said: \"We are listening to the arguments.\"\n\nThe minister, Ada Brisk, left early. Her spokeswoman said: \"She will attend the summit.\"",
			[]want{{"We are listening to the arguments.", "an official spokesman", Full, ""},
				{"She will attend the summit.", "a spokeswoman", Full, ""}}},
		{"the company's lawyer",
			"Acme Corp was sued in May.\n\nThe company's lawyer said: \"The claims have no merit at all.\"",
			[]want{{"The claims have no merit at all.", "a lawyer", Full, ""}}},
	})
}
