package quotes

import "testing"

// "Tarn's daughter, 13-year-old Lia Tarn": a kinship noun gives the
// name's gender past an age between them, so "the girl" next is that
// person. Each text is written for this test (issue 20, thirteenth
// round).
func TestFindRound13KinThroughAge(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"daughter, age, name; the girl described",
			"The town promised free schooling for Tarn's daughter, 13-year-old Lia Tarn. The girl described her father as \"gentle\" and \"hard-working, a man of honour, always my hero.\"",
			[]want{{"gentle", "Lia Tarn", Partial, ""}, {"hard-working, a man of honour, always my hero.", "Lia Tarn", Partial, ""}}},
		{"his son, age, name; the boy said",
			"Officers later spoke to his son, 12-year-old Eli Rusk, at the scene. \"I heard the dog first,\" the boy said.",
			[]want{{"I heard the dog first,", "Eli Rusk", Full, ""}}},
	})
}
