package quotes

import "testing"

// A place word that is the family name of someone named in full is that
// person where it speaks or owns ("Spain said", "Spain’s group"), and still
// a place after a preposition ("from Spain"). The texts are written for
// this test (issue 20, twenty-third round).
func TestFindRound23aPlaceSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"place surname speaks",
			"Fish are moving north.\n\nGlen Spain, a regional director of a fishermen's federation, said boats are hard to pay for. Spain’s group represents 1,000 boats.\n\n“Everything depends on predictability,” Spain said. He called for more spending.\n\n“The biggest problem is that the model assumes a stable world,” he said.",
			[]want{
				{"Everything depends on predictability,", "Glen Spain", Full, ""},
				{"The biggest problem is that the model assumes a stable world,", "Glen Spain", Full, ""},
			}},
		{"the place after a preposition",
			"Fish are moving north.\n\nGlen Spain, a regional director of a fishermen's federation, said boats are hard to pay for.\n\nBoats from Spain also fish there. \"We see them every week,\" said a skipper.",
			[]want{{"We see them every week,", "a skipper", Full, ""}}},
	})
}
