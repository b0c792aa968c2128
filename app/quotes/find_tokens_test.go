package quotes

import "testing"

// Tests of tokens and sentences: marks inside names, a bracketed quotation
// as a sentence, a related story's line (tokens.go, tokens_elision.go). Each
// text is written for its test.

// A related-story line ("BRAD CHILDRESS: Coach says …", no final stop, no
// quotation) is no narration: its names are no antecedents for the
// pronoun of the next quotation.
func TestFindRound6RelatedLinkLine(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a capitals label and a colon",
			"Farlow, wearing a new hat, said winning was the factor that drew him back.\n\nFarlow described months of indecision. But he said the questions haunted him.\n\nBRAD CHILLMAN: Coach says players could convince Farlow to return in person\n\n\"I'd love to win the Super Bowl,\" he said, \"but what happens if you don't?\"",
			[]want{{"I'd love to win the Super Bowl,", "Farlow", Full, ""}, {"but what happens if you don't?", "Farlow", Full, ""}}},
	})
}

// A plus sign ending a name ("LGBTQ+") belongs to it and does not cut the
// appositive that holds it. Written for this test (issue 20, tenth round).
func TestFindRound10PlusSignInName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an appositive with LGBTQ+",
			"On April 17, Gov. Greg Harte indicated he would sign the bill.\n\n“He talks about compassion toward children,” Brian Harte, a 32-year-old member of the LGBTQ+ community said of his father’s support.",
			[]want{{"He talks about compassion toward children,", "Brian Harte", Full, ""}}},
	})
}

// "Governor Anyang’ Nyong’o": an elision mark ending a given name before a
// surname that carries one too is part of the name. Each text is written
// for this test (issue 20, fourteenth round).
func TestFindRound14ElidedGivenName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"title, X’ Y’o, then the role and the surname",
			"Lakeside Governor Omondi’ Ong’alo has warned brokers who took market stalls.\n\n“We built these markets for the hawkers,” said the governor.\n\nProf Ong’alo also opened a new market.\n\n“There is nothing wrong with making money honestly,” Ong’alo said.",
			[]want{{"We built these markets for the hawkers,", "Omondi’ Ong’alo", Full, ""}, {"There is nothing wrong with making money honestly,", "Omondi’ Ong’alo", Full, ""}}},
		{"a plural possessive is no part of a name",
			"The Harrises’ O’Neill Street house was sold.\n\n“It was time,” said Ada Harris.",
			[]want{{"It was time,", "Ada Harris", Full, ""}}},
	})
}

// "…as they left. (“I was so embarrassed.”) She lives with…": a bracketed
// quotation that ends with a full stop is a sentence of its own, so the
// verbs of the next sentence do not claim it. Each text is written for
// this test (issue 20, fifteenth round).
func TestFindRound15BracketedQuoteSentence(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"bracketed quotation, then a naming clause",
			"Nora Vell has lived in the city for six years. \"It was hard at first,\" she says.\n\nIt was tough in the early days, she says, and when friends came to visit she would cry as they left. (\"I was so embarrassed. They will go home and say I'm not coping.\") She lives with her partner, a film-maker called Brian Tosk, but she responds to even the mildest question about him with a frozen smile.",
			[]want{
				{"It was hard at first,", "Nora Vell", Full, ""},
				{"I was so embarrassed. They will go home and say I'm not coping.", "Nora Vell", Full, ""},
			}},
		{"bracketed quotation, then another speaker's verb",
			"“We ran out of seed by April,” said Omar Lund, who farms near the river.\n\nThe dry spring hit him hardest. (“I have never seen the creek this low.”) A neighbour, Carl Imre, told reporters the wells were next.",
			[]want{
				{"We ran out of seed by April,", "Omar Lund", Full, "farms near the river"},
				{"I have never seen the creek this low.", "Omar Lund", Full, "farms near the river"},
			}},
	})
}
