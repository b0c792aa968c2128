package quotes

import "testing"

// "some of the companies that received the data described it as “…”": a
// part of a group, with or without a relative clause, is the subject; it
// is the phrase itself, not the group or the speaker named before. Each
// text is written for this test (issue 20, fourteenth round).
func TestFindRound14PartOfGroup(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"some of the companies that …, described it as",
			"Many data companies buy the feeds. A Vortex spokesman said the code helped developers.\n\nWhen contacted by The Daily, some of the companies that received that data described it as “unsolicited” or “inappropriate.”",
			[]want{{"unsolicited", "some of the companies", Partial, ""}, {"inappropriate.", "some of the companies", Partial, ""}}},
		{"most of the residents who stayed said",
			"A Vortex spokesman said the plan was sound.\n\nMost of the residents who stayed said the plan was “a disaster for the town.”",
			[]want{{"a disaster for the town.", "Most of the residents", Partial, ""}}},
		{"one of the men keeps being one",
			"Six workers were freed on Friday.\n\n“We thought we would die there,” one of the men said.",
			[]want{{"We thought we would die there,", "one", Full, ""}}},
	})
}
