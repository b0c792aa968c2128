package quotes

import "testing"

// "The group … the release of its final report" then "The report said
// “…”": a text the article gave an owner by "its" is that owner's, the
// body the pronoun stands for. Each text is written for this test (issue
// 20, sixteenth round).
func TestFindRound16bTextsItsReport(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"release of its report",
			"At the request of the mayor, the Harbour Safety Commission was formed to review the docks. The group met a dozen times before the release of its final report in 2021.\n\n1. Cranes: The report said the old cranes were \"too slow for modern ships and costly to repair.\"\n\n2. Staff: The report found that crews \"need far more training than they now receive.\"",
			[]want{
				{"too slow for modern ships and costly to repair.", "Harbour Safety Commission", Partial, ""},
				{"need far more training than they now receive.", "Harbour Safety Commission", Partial, ""},
			}},
	})
}

// "The ruling released Thursday by the Harbour Transport Agency … said the
// report, “…”": a generic text noun ("the report", "the document") refers
// back to the text just given an author under another noun.
func TestFindRound16bGenericTextBack(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the ruling … the report",
			"The ruling released Thursday by the Harbour Transport Agency gives the two ferry companies a year to cut fares for disabled travellers.\n\nThe companies had argued against the change.\n\nCurrent fares, said the report, \"put a heavy and unfair burden on travellers who cannot go anywhere alone.\"",
			[]want{
				{"put a heavy and unfair burden on travellers who cannot go anywhere alone.", "Harbour Transport Agency", "", ""},
			}},
	})
}
