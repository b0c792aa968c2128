package quotes

import "testing"

// "As for Danforth, he seems…", "… was a turning point for Mr. Okafor, he
// wrote": a person named after "for" just before ", he" is whom the
// pronoun takes up, and the next "he said" is his, not the last man
// quoted nor a woman of unknown gender named after him. "unlike Mr. Rees,
// he" sets the name against the pronoun. The texts are written for this
// test (issue 20, twenty-third round).
func TestFindRound23bTopicPronoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"as for",
			"Governor Paul Danforth spoke on Friday.\n\n" +
				"\"It was a good week,\" said Hal Brenner, his rival.\n\n" +
				"As for Danforth, he seems sure that Okoro and Lindqvist will settle the feud. \"I think both of them are going to move forward,\" he said.",
			[]want{{"It was a good week,", "Hal Brenner", Full, ""},
				{"I think both of them are going to move forward,", "Paul Danforth", Full, ""}}},
		{"for in a closing clause",
			"Victor Okafor ran for the seat in 1990.\n\n" +
				"\"He was uneasy with it,\" Mr. Rees said, recalling the race.\n\n" +
				"June 1989 was a turning point for Mr. Okafor, he wrote in his memoir. \"One side or the other,\" he wrote, \"would have to lose.\"",
			[]want{{"He was uneasy with it,", "Rees", Full, ""},
				{"One side or the other,", "Victor Okafor", Full, ""},
				{"would have to lose.", "Victor Okafor", Full, ""}}},
	})
}
