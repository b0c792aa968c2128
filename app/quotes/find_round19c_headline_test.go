package quotes

import "testing"

// "9 Wild, on-the-Record Ada Quill Stories" above "Everyone in town has a
// story about Ada Quill": a headline's plural noun after a name is no part
// of it, so the person is "Ada Quill", whom "Quill" later means; a
// three-word name ending in a surname the text never writes as a common
// noun stays whole. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19cHeadlineNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"plural noun after the name",
			"9 Wild, on-the-Record Ada Quill Stories\n\nEveryone in the fashion trade has a story about Ada Quill. Here are the best of them.\n\n1. At a show in Milan, Quill stopped the music. \"Nobody walks until I say so,\" Quill told the models.",
			[]want{{"Nobody walks until I say so,", "Ada Quill", Full, ""}}},
		{"a surname like a plural stays",
			"Mary Ann Waters has run the shelter for a decade. Mary Ann said the waters rose fast.\n\n\"We lost the ground floor in an hour,\" Waters said.",
			[]want{{"We lost the ground floor in an hour,", "Mary Ann Waters", Full, ""}}},
	})
}
