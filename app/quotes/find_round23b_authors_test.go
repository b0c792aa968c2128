package quotes

import "testing"

// "a report issued by the X Commission … “…,” the report's authors
// wrote", "the authors wrote": the authors of a text are whom the article
// named as its author. The text is written for this test (issue 20,
// twenty-third round).
func TestFindRound23bTextAuthors(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"report's authors",
			"The navy could lose its next war, according to a new report issued by the Maritime Readiness Commission.\n\n" +
				"\"The fleet's ability to protect its own harbours is increasingly in doubt,\" the report's authors wrote.\n\n" +
				"\"As the threats have grown, the fleet has shrunk,\" the authors wrote.",
			[]want{{"The fleet's ability to protect its own harbours is increasingly in doubt,", "Maritime Readiness Commission", Full, ""},
				{"As the threats have grown, the fleet has shrunk,", "Maritime Readiness Commission", Full, ""}}},
	})
}
