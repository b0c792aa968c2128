package quotes

import "testing"

// "“…” - Dana Whitlock on Marcus Fenn.": a pull quote credited after a
// dash in its own paragraph is the words of the person named right after
// the dash; the one after "on" is its topic. The text is written for this
// test (issue 20, twenty-first round).
func TestFindRound21bDashAfterQuote(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"on a topic",
			"Marcus Fenn has never cared for awards.\n\n\"Records don't even enter his mind. Very honestly.\" - Dana Whitlock on Marcus Fenn.\n\n\"He has great respect for the game,\" Whitlock said.",
			[]want{{"Records don't even enter his mind. Very honestly.", "Dana Whitlock", Full, ""},
				{"He has great respect for the game,", "Dana Whitlock", Full, ""}}},
		{"name alone",
			"Marcus Fenn has never cared for awards.\n\n\"Records don't even enter his mind.\" — Dana Whitlock\n\nFenn scored 20.",
			[]want{{"Records don't even enter his mind.", "Dana Whitlock", Full, ""}}},
	})
}
