package quotes

import "testing"

// A body owned by a titled person ("Texas Gov. Greg Abbott's office") is
// named with the owner's name and without the titles, as a speaker's
// titles are never part of the name. The texts are written for this test
// (issue 20, twenty-second round).
func TestFindRound22aOwnerTitles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"governor's office",
			"The bill was signed on Friday.\n\nOhio Gov. Dana Whitlow's office said: \"The law stands as written.\"",
			[]want{{"The law stands as written.", "Dana Whitlow's office", Full, ""}}},
		{"senator's campaign",
			"The race tightened in October.\n\nSen. Mark Udvardy's campaign said: \"We are confident of victory.\"",
			[]want{{"We are confident of victory.", "Mark Udvardy's campaign", Full, ""}}},
	})
}
