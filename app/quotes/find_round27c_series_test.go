package quotes

import "testing"

// A verb of speech in a series of verbs sharing one subject (texts
// written for this test).
func TestFindRound27cSeriesVerb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said in the middle of a series of verbs",
			"Tom Hale sat still at the first hearing. In the second, though, he winked at the jury as he came in, said the city could \"just barely\" prove its case, and admitted his guilt.",
			[]want{{"just barely", "Tom Hale", Partial, ""}}},
		{"an inverted clause after a comma is no series",
			"The plan, said the mayor, is \"not good enough\" for the town.",
			[]want{{"not good enough", "the mayor", Partial, ""}}},
	})
}
