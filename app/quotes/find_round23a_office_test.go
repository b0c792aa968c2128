package quotes

import "testing"

// "said former Under Secretary of Defense and panel co-chair Mark Dallow":
// a capitalised office with its department, joined by "and" to lower-case
// roles, describes the one named after them, who speaks; the adjective
// before the office is no speaker. The texts are written for this test
// (issue 20, twenty-third round).
func TestFindRound23aOfficeAndRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"office opening with a preposition",
			"The panel issued its report on Tuesday.\n\n\"They have learned from what we have done,\" said former Under Secretary of Defense and commission co-chair Mark Dallow.",
			[]want{{"They have learned from what we have done,", "Mark Dallow", Full, ""}}},
		{"office with its department",
			"The panel issued its report on Tuesday.\n\n\"We are in trouble,\" said former Secretary of State and panel co-chair Ann Colex.",
			[]want{{"We are in trouble,", "Ann Colex", Full, ""}}},
	})
}
