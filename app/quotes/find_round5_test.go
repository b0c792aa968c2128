package quotes

import "testing"

// A title chain ending in "of"/"for" and an organisation or a place runs
// straight into the name ("Chief Operating Officer of Harbor Foods Lionel
// Brathwaite"): the name is the last words, the rest is the affiliation,
// and the bare surname later resolves to the full name. Each text is
// written for this test (issue 20, fifth round).
func TestFindRound5TitleChains(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a place after a title with for",
			"Deputy Attorney General for the State of Ohio Karen Mills said the inquiry would widen.\n\n“We are only beginning,” Mills said. “Others will follow.”",
			[]want{{"We are only beginning,", "Karen Mills", Full, ""}, {"Others will follow.", "Karen Mills", Full, ""}}},
		{"a company after a title with of, an unlisted given name",
			"Prices will keep climbing, Chief Operating Officer of Harbor Foods Lionel Brathwaite said on Monday.\n\nBrathwaite said the chain had stocked up. “We cannot absorb the cost,” Brathwaite said.",
			[]want{{"We cannot absorb the cost,", "Lionel Brathwaite", Full, ""}}},
		{"a non-breaking space inside the title chain",
			"Prices will keep climbing, Managing Director\u00a0of Island Grocers Marva Pinder said on Monday, calling the rise “relentless”.\n\n“We buy ahead when we can,” Pinder said.",
			[]want{{"relentless", "Marva Pinder", Partial, ""}, {"We buy ahead when we can,", "Marva Pinder", Full, ""}}},
		{"a middle initial stays with the name",
			"Director of Public Works for Lake County Owen T. Marsh said the road would reopen.\n\n“The bridge is safe,” Marsh said.",
			[]want{{"The bridge is safe,", "Owen T. Marsh", Full, ""}}},
		{"an organisation after of with no later surname stays whole",
			"A spokesman for the Bank of Lower Canada said the rates were fair.\n\n“We do not comment on rumours,” the bank said.",
			[]want{{"We do not comment on rumours,", "-", Full, ""}}},
	})
}
