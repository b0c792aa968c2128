package quotes

import "testing"

// Fragments someone lauds or mocks a thing as, title-case words a person
// says, and characterisations no one is named for. The texts are written
// for this test (issue 20, twenty-fourth round).
func TestFindRound24cFragments(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"lauded as",
			"Touring the new bridge, Governor Ann Pike lauded the mayor as a “true builder of bridges” and thanked the crews.",
			[]want{{"true builder of bridges", "Ann Pike", Partial, ""}}},
		{"title case closed by its comma and a person's clause of speech",
			"Dana Reyes spoke to reporters on Monday.\n\n“Look at Ohio,” Reyes continued. “We went there twice and won both times.”",
			[]want{{"Look at Ohio,", "Dana Reyes", Full, ""}, {"We went there twice and won both times.", "Dana Reyes", Full, ""}}},
		{"title case a message says is its heading",
			"The family posted a notice about the service. The message included a photograph of the boy. “Our Little Star,” it said.",
			nil},
		{"nickname referred to as",
			"Senator Paul Okafor met the general whom he referred to scornfully last year as “Captain Chaos.”",
			[]want{{"Captain Chaos.", "Paul Okafor", Partial, ""}}},
		{"identified as stays a label",
			"Rosa Vega, identified as “Witness Four” in the court papers, spoke to the inquiry on Monday.",
			nil},
		{"mocked as, with no one named",
			"The town is often mocked as “the capital of potholes”. Its council says repairs are coming.",
			[]want{{"the capital of potholes", "", Partial, ""}}},
		{"called at a place, with no one named",
			"The weekly briefing is what is jokingly called at city hall “the back room.” It meets on Fridays.",
			[]want{{"the back room.", "", Partial, ""}}},
	})
}
