package quotes

import "testing"

// "A source close to Mr Harwick said": a role tied by a post-adjective to
// the person named after it speaks for itself, as "a spokesman for" does;
// the person is whom it talks about, and "The source added" goes on being
// the source. The text is written for this test (issue 20, round 22b).
func TestFindRound22bSourceCloseTo(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"source close to a named man",
			"Last night Tom Harwick broke ranks with Mr Bell over the plan.\n\nMr Harwick said: “I am proud of the work the council has done.”\n\nThe council has refused to join the scheme.\n\nA source close to Mr Harwick said: “We are one of the most generous towns in the county and Tom believes we have a duty to help.”\n\nThe source added: “The council has been the most generous in the region and it would be self-defeating to look mean.”",
			[]want{{"I am proud of the work the council has done.", "Tom Harwick", Full, ""},
				{"We are one of the most generous towns in the county and Tom believes we have a duty to help.", "A source", Full, ""},
				{"The council has been the most generous in the region and it would be self-defeating to look mean.", "A source", Full, ""}}},
		{"aide familiar with a named woman",
			"Ann Lisle spoke at the rally.\n\n“She will not back down,” an aide familiar with Ms Lisle said.",
			[]want{{"She will not back down,", "an aide", Full, ""}}},
	})
}
