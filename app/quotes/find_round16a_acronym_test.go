package quotes

import "testing"

// An acronym speaks under the full name the text spells out for it, even
// when that name only ever appears before an official's title ("Federal
// Water Authority Director Ana Ruiz") and a headline gave the acronym
// first. Each text is written for this test (issue 20, sixteenth round).
func TestFindRound16aSpelledOutAcronym(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"headline acronym, full name before a title",
			"FWA orders mill to stop dumping\n\nIn a letter to the mill's owner, Federal Water Authority Director Ana Ruiz ordered the plant to stop all discharges.\n\nThe FWA gave the company two days. “The river cannot take another spill,” the FWA said in a statement.",
			[]want{{"The river cannot take another spill,", "Federal Water Authority", Full, ""}}},
	})
}
