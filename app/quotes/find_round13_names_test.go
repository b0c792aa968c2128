package quotes

import "testing"

// A surname that is also a function word ("Steven Still", "Ana Even")
// ends the name after an inverted verb as it does before one. Each text is
// written for this test (issue 20, thirteenth round).
func TestFindRound13CommonWordSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said then a surname that is an adverb, with appositive",
			"Governor Ray Dallow declared an emergency on Monday.\n\n“It does throw a unique spin on it,” said Steven Still, emergency management director for Marren County. “It’s a major challenge, no doubt.”",
			[]want{{"It does throw a unique spin on it,", "Steven Still", Full, ""}, {"It’s a major challenge, no doubt.", "Steven Still", Full, ""}}},
		{"said then such a surname at the sentence's end",
			"“We will open the shelters tonight,” said Ana Even.",
			[]want{{"We will open the shelters tonight,", "Ana Even", Full, ""}}},
	})
}
