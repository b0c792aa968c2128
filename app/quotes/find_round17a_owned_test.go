package quotes

import "testing"

// An institution owned by a common noun ("the country’s interior
// ministry") is described: the owner is left out and the head takes
// "a"/"an"; a proper name's ("Norvia’s interior ministry") stays. Each
// text is written for this test (issue 20, seventeenth round).
func TestFindRound17aCommonOwnedInstitution(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"after the quotation",
			"Offences ranged from theft to holding \"dangerous views\", the country’s interior ministry said in a statement.",
			[]want{{"dangerous views", "an interior ministry", Partial, ""}}},
		{"opening the sentence",
			"The country’s interior ministry said the men held \"dangerous views\".",
			[]want{{"dangerous views", "an interior ministry", Partial, ""}}},
		{"a proper name's ministry keeps the owner",
			"Offences ranged from theft to holding \"dangerous views\", Norvia’s interior ministry said.",
			[]want{{"dangerous views", "Norvia’s interior ministry", Partial, ""}}},
	})
}
