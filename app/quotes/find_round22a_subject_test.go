package quotes

import "testing"

// An adverb after a body's name that opens a sentence ("The … Foundation
// primarily provides what it calls …") begins the predicate: the body
// alone is the subject that "it" stands for, and its name is the speaker.
// The text is written for this test (issue 20, twenty-second round).
func TestFindRound22aSubjectAdverb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"adverb after a foundation's name",
			"The Riverside Youth Foundation primarily provides what it calls \"real chances for the kids,\" including fishing trips and cooking classes.",
			[]want{{"real chances for the kids,", "Riverside Youth Foundation", Partial, ""}}},
	})
}
