package quotes

import "testing"

// "said the firm’s senior vice-president for global public policy Omar
// Teague": a title, its office in lower case after "for" or "of", then
// the name of the one who holds it; the name speaks, the rest is the
// affiliation. Each text is written for this test (issue 20, fifteenth
// round).
func TestFindRound15OfficeHolderAfterTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"vice-president for … Name, would “…”",
			"Several large companies back the new safety group.\n\nThis, said the firm’s senior vice-president for global public policy Omar Teague, would “enable the development of tools that labs can use.”",
			[]want{{"enable the development of tools that labs can use.", "Omar Teague", Partial, "the firm’s senior vice-president for global public policy"}}},
		{"“…,” said the agency's director of field operations Name.",
			"Inspections will double next year.\n\n“We have hired forty new staff,” said the agency’s director of field operations Lena Marsh.",
			[]want{{"We have hired forty new staff,", "Lena Marsh", Full, "the agency’s director of field operations"}}},
	})
}
