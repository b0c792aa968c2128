package quotes

import "testing"

// "The report, by Nursing Council president Hal Brennick, found…": the
// author of a text set off by commas after it, past an employer and a
// title before the name, writes its words. Each text is written for this
// test (issue 20, thirteenth round).
func TestFindRound13TextByComma(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the report, by an employer, title and name",
			"A report on the Corran Hospital ward has found serious failures.\n\nThe report, by Nursing Council of Varnia president Hal Brennick, found complaints were ignored.\n\n\"Patients were left without care for hours,\" the report said.",
			[]want{{"Patients were left without care for hours,", "Hal Brennick", Full, ""}}},
		{"the study, by a person",
			"Pay at the port has fallen for a decade.\n\nThe study, by economist Ada Vint, was published on Monday.\n\n\"Wages have not kept up with rents,\" the study said.",
			[]want{{"Wages have not kept up with rents,", "Ada Vint", Full, ""}}},
	})
}
