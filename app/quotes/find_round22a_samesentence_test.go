package quotes

import "testing"

// A double-barrelled surname used alone after the full name in the same
// sentence ("Anna Smith-Jones said: “…” Then Smith-Jones said: “…”") is
// the person's: a hyphenated capitalised word alone is otherwise taken
// for a place. The text is written for this test (issue 20,
// twenty-second round).
func TestFindRound22aSameSentenceSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"hyphenated surname after the full name",
			"The talks ended.\n\nAnna Smith-Jones said: \"We tried hard.\" Then Smith-Jones said: \"We will try again.\"",
			[]want{{"We tried hard.", "Anna Smith-Jones", Full, ""},
				{"We will try again.", "Anna Smith-Jones", Full, ""}}},
	})
}
