package quotes

import "testing"

// "Norvik says the solvent … was approved by the Harbour Authority and
// the Coast Guard. “…,” the company said": a company is no public body,
// so "the company" is the business that spoke last, not the agency named
// last. Each text is written for this test (issue 20, sixteenth round).
func TestFindRound16bCompanyNotPublicBody(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the company after an agency",
			"Norvik makes the solvent used on the spill.\n\nBut Norvik says the solvent breaks down quickly and has been approved by the Harbour Authority and the Coast Guard.\n\n\"It has worked well on every spill we have seen so far,\" the company said.",
			[]want{
				{"It has worked well on every spill we have seen so far,", "Norvik", Full, ""},
			}},
	})
}
