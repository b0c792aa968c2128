package quotes

import "testing"

// "A Harbour councillor has said … a “sign of a town which has run out of
// patience”" then, paragraphs on, a named councillor says the same words:
// an indefinite described source whose words a person named later repeats
// is that person. Each text is written for this test (issue 20, fifteenth
// round).
func TestFindRound15DescribedThenNamed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"lede's councillor, named below",
			"A Harbour councillor has said that graffiti in the Eastfield area is a \"sign of a town which has run out of patience\".\n\nThe slogans appeared this week on walls near the market.\n\nPolice said they were looking into it.\n\nHarbour Eastfield councillor Mara Quinlan said she had spoken to residents. \"I condemn all of it, but I think it is a sign of a town which has run out of patience.\"",
			[]want{
				{"sign of a town which has run out of patience", "Mara Quinlan", Partial, "Harbour Eastfield councillor"},
				{"I condemn all of it, but I think it is a sign of a town which has run out of patience.", "Mara Quinlan", Full, "Harbour Eastfield councillor"},
			}},
		{"a spokeswoman, then said Name",
			"A spokeswoman for the chancellor said on Friday that the request for a loan extension provided \"a useful basis for more talks\".\n\n\"From our point of view, the offer is still not enough,\" said Greta Wendt. But \"it certainly offers a useful basis for more talks.\"",
			[]want{
				{"a useful basis for more talks", "Greta Wendt", Partial, ""},
				{"From our point of view, the offer is still not enough,", "Greta Wendt", Full, ""},
				{"it certainly offers a useful basis for more talks.", "Greta Wendt", Partial, ""},
			}},
	})
}
