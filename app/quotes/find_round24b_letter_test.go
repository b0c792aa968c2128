package quotes

import "testing"

// "On Monday, four councillors wrote to the governor asking…" introduces a
// letter without naming it; "The letter states: “…”" later gives the
// councillors' words, as the labels credit a written text to its author. A
// count opening a speaker phrase is the phrase's ("three residents
// said"), and "the councillors remind X that “…”" reports the councillors' words.
// The texts are written for this test (issue 20, twenty-fourth round).
func TestFindRound24bLetterWriters(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a letter its writers wrote to someone",
			"On Monday, four councillors wrote to the governor asking that the bridge be rebuilt.\n\n" +
				"The letter, which bears the signature of Tom Reyes, was sent by courier.\n\n" +
				"The letter states: \"We cannot wait another winter.\"",
			[]want{{"We cannot wait another winter.", "four councillors", Full, ""}}},
		{"a letter of one writer",
			"Ann Cole has written to the board about the closure.\n\n" +
				"\"The decision was taken in haste,\" the letter said.",
			[]want{{"The decision was taken in haste,", "Ann Cole", Full, ""}}},
		{"a count in an inverted speaker phrase",
			"\"We want the park kept as it is,\" three residents said on Friday.",
			[]want{{"We want the park kept as it is,", "three residents", Full, ""}}},
		{"remind with a plural subject",
			"Four councillors wrote to the governor on Monday.\n\n" +
				"In their letter the councillors also remind the governor, Ann Cole -- who is weighing the request -- that \"every winter the bridge closes for weeks.\"",
			[]want{{"every winter the bridge closes for weeks.", "Four councillors", Partial, ""}}},
	})
}
