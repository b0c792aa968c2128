package quotes

import "testing"

// "The post went down well with users, one commented: “…”" and "Another
// said: “…”", "“…,” another replies": a bare "one" or "another" opening a
// clause whose verb takes the quotation is the source the labels name so
// (the labelling convention names an unnamed source by its own words).
// Each text is written for this test (issue 20, seventeenth round).
func TestFindRound17bBareOneAnother(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"one commented, another said",
			"The mural has been a hit with people online, one commented: \"Will the painter do portraits? The detail here is just stunning.\"\n\nAnother said: \"I bet he never forgets his keys again.\"",
			[]want{
				{"Will the painter do portraits? The detail here is just stunning.", "one", "", ""},
				{"I bet he never forgets his keys again.", "Another", "", ""},
			}},
		{"another replies",
			"\"Could the old tales be real?\" a farmer asks.\n\n\"Tales don't knock down barns,\" another replies.",
			[]want{
				{"Could the old tales be real?", "a farmer", "", ""},
				{"Tales don't knock down barns,", "another", "", ""},
			}},
		{"sentence opener",
			"Readers loved it. One wrote: \"Will the painter do portraits?\"",
			[]want{
				{"Will the painter do portraits?", "One", "", ""},
			}},
	})
}
