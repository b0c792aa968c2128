package quotes

import "testing"

// A body's name runs across "and" when the words before it name no body
// by themselves ("House Oversight and Reform Committee") and across "in"
// before a continent when a preposition and "and" name the body's purpose
// ("… Co-operation in Europe"), but not before a city; a person's
// possessive before a body's name and a lower-case noun of the body's kind
// after it ("party", "company") are no part of the name, while a place's
// possessive is. The texts are written for this test (issue 20,
// twenty-fifth round).
func TestFindRound25aBodyNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a committee's name across and",
			"Tom Hale agreed to an interview with the U.S. House Oversight and Reform Committee but did not answer questions.\n\nThe request \"had been outstanding for months,\" according to a news release from the House committee.",
			[]want{{"had been outstanding for months,", "U.S. House Oversight and Reform Committee", Partial, ""}}},
		{"two bodies joined by and stay two",
			"The Microsoft Corp and Apple Inc both declined. \"We have nothing to add,\" Apple Inc said.",
			[]want{{"We have nothing to add,", "Apple Inc", Full, ""}}},
		{"a continent closes the name",
			"The Organization for Peace and Co-operation in Europe has warned that \"ethnically oriented curricula\" impede reconciliation.",
			[]want{{"ethnically oriented curricula", "Organization for Peace and Co-operation in Europe", Partial, ""}}},
		{"a city does not",
			"\"Shrinking rivers threaten farms,\" said the Centre for Water and Soil in Nairobi.",
			[]want{{"Shrinking rivers threaten farms,", "Centre for Water and Soil", Full, ""}}},
		{"a person's possessive and the body's kind",
			"Otto Brandt died on Friday.\n\nBrandt's Social Democratic Union party posted on Twitter: \"We are in sorrow.\"\n\nThe Acme Holdings company said: \"We share the grief.\"",
			[]want{{"We are in sorrow.", "Social Democratic Union", Full, ""}, {"We share the grief.", "Acme Holdings", Full, ""}}},
		{"a place's possessive stays",
			"Nepal's Central News Agency said: \"The talks have failed.\"",
			[]want{{"The talks have failed.", "Nepal's Central News Agency", Full, ""}}},
	})
}
