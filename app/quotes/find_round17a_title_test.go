package quotes

import "testing"

// "Permanent Representative" (like "Permanent Secretary") is a title, not
// a person's name: "he" after "…'s Permanent Representative to the UN
// Ambassador R K Palanthi said" is the ambassador named after it. Each
// text is written for this test (issue 20, seventeenth round).
func TestFindRound17aPermanentTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the pronoun after a title and a name",
			"Speaking after the vote, Norvia's Permanent Representative to the UN Ambassador R K Palanthi said in the General Assembly that Norvia hopes the text \"will not become a model\" for later motions.\n\n\"Our people hold many faiths and we respect every one of them,\" he said.",
			[]want{
				{"will not become a model", "R K Palanthi", Partial, ""},
				{"Our people hold many faiths and we respect every one of them,", "R K Palanthi", Full, ""},
			}},
		{"a permanent secretary",
			"Permanent Secretary Alma Ritter told the committee the budget was spent. \"There is nothing left for the bridges,\" she said.",
			[]want{{"There is nothing left for the bridges,", "Alma Ritter", Full, ""}}},
	})
}
