package quotes

import "testing"

// "VEL-TRA, the actors’ union, called…; “…,” the union said": a name set
// in apposition to a union is the union referred back to, whether the
// finder took it for an organisation or a person. Each text is written
// for this test (issue 20, fourteenth round).
func TestFindRound14UnionByAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"hyphenated capitals, the actors' union",
			"Born in Chicago, Gorrin attended Juilliard.\n\nVEL-TRA, the actors’ union, called Gorrin “a powerful and dynamic performer.”\n\n“He will be deeply missed,” the union said in a post.",
			[]want{{"a powerful and dynamic performer.", "VEL-TRA", Partial, ""}, {"He will be deeply missed,", "VEL-TRA", Full, ""}}},
		{"one word, the dockers' union",
			"The port reopened on Monday after a week.\n\nVeltra, the dockers’ union, had called the strike “the only way to be heard.”\n\n“We won nothing we did not fight for,” the union said.",
			[]want{{"the only way to be heard.", "Veltra", Partial, ""}, {"We won nothing we did not fight for,", "Veltra", Full, ""}}},
		{"a person who heads a union is not it",
			"The port reopened on Monday.\n\nDora Kell, the union's president, said the strike worked.\n\n“We won nothing we did not fight for,” the union said.",
			[]want{{"We won nothing we did not fight for,", "the union", Full, ""}}},
	})
}
