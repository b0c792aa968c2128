package quotes

import "testing"

// A pull quote in a paragraph of its own, then a dash and a description
// on the next line ("— Russian tweeter"), is that described source's, as
// a name there makes it the person's. The texts are written for this test
// (issue 20, twenty-third round).
func TestFindRound23aDescribedDashCredit(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"described credits",
			"The news spread fast online.\n\n“When a man divorces, it is a fresh impulse for new work”\n\n— Russian tweeter\n\nMany others joked about it.\n\n“Nobody saw it coming, not even his dog”\n\n— a fellow blogger",
			[]want{
				{"When a man divorces, it is a fresh impulse for new work", "Russian tweeter", Full, ""},
				{"Nobody saw it coming, not even his dog", "a fellow blogger", Full, ""},
			}},
		{"a named credit still names",
			"The news spread fast online.\n\n“It was the best day of my life.”\n\n— Ann Fromley, a teacher",
			[]want{{"It was the best day of my life.", "Ann Fromley", Full, ""}}},
	})
}
