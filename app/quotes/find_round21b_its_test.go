package quotes

import "testing"

// "its report read" after a quotation: the body "its" stands for (the
// organisation the text spoke of last) issued the report and says its
// words, not an owner named earlier ("Parliament's transport committee")
// nor "its report" itself. The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bItsReport(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"earlier owner",
			"The decision follows a report by Parliament's transport committee which raised doubts about the contract.\n\nThe minister said the review would finish in June.\n\nThe UK's Transport Select Committee (TSC) raised concerns about the deal last month.\n\n\"These risks do not, in our opinion, outweigh the benefits,\" its report read.",
			[]want{{"These risks do not, in our opinion, outweigh the benefits,", "Transport Select Committee", Full, ""}}},
		{"alone",
			"The Transport Select Committee (TSC) raised concerns about the deal last month.\n\n\"These risks do not, in our opinion, outweigh the benefits,\" its report read.",
			[]want{{"These risks do not, in our opinion, outweigh the benefits,", "Transport Select Committee", Full, ""}}},
	})
}
