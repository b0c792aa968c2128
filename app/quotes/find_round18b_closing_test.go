package quotes

import "testing"

// "The ruling was a “warning shot” to landlords, Dan Shore said at an
// industry event last year.": a clause of speech closing the sentence may
// end in a short phrase and a time phrase after its verb; it still says
// whose the fragment is. Each text is written for this test (issue 20,
// eighteenth round).
func TestFindRound18bClosingTimePhrase(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"phrase then last year",
			"The ruling served as a \"warning shot\" to landlords, Dan Shore said at an industry event last year.",
			[]want{{"warning shot", "Dan Shore", Partial, ""}}},
		{"appositive, phrase, on Monday",
			"The ruling served as a \"warning shot\" to landlords, Dan Shore, head of the tenants' union, said at a panel in Leeds on Monday.",
			[]want{{"warning shot", "Dan Shore", Partial, "head of the tenants' union"}}},
	})
}
