package quotes

import "testing"

// "“…,” disclosed the Harbour Gazette": "disclosed" after a quotation
// reports it like "revealed"; "disclosed the “…”" before a noun phrase
// names a thing made known, not words. Each text is written for this test
// (issue 20, sixteenth round).
func TestFindRound16bDisclosed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"inverted after the quotation",
			"\"The sky was red at midnight,\" wrote a startled reader for the Eastfield Echo.\n\nOthers were calmer.\n\n\"Strange as it seems, a farmer caught two owls in daylight yesterday,\" disclosed the Harbour Gazette, \"a thing never seen before in the county.\"",
			[]want{
				{"The sky was red at midnight,", "a startled reader", Full, ""},
				{"Strange as it seems, a farmer caught two owls in daylight yesterday,", "Harbour Gazette", Full, ""},
				{"a thing never seen before in the county.", "Harbour Gazette", "", ""},
			}},
		{"a document disclosed",
			"Lawyers for Mara Quinlan disclosed the council's \"letter of consent\" in a filing on Friday.",
			[]want{}},
	})
}
