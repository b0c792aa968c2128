package quotes

import "testing"

// A review round-up quotes one critic after another, each quotation
// followed by a byline after a dash ("“…” -- Mara Lindqvist [Full
// review]", "“…” — Pia Jensen, Auto Digest"): the byline names the
// quotation's author, also two critics ("A & B"), not the outlet or the
// maker named above. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19cByline(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"double hyphen and bracket",
			"Maker: Vorland Motors / Kessel Group\n\nMotor Weekly -- 8/10\n\n\"The new engine handles corners with grace. It is the best small car of the year.\" -- Mara Lindqvist [Full review]\n\nAuto Digest -- 4/5\n\n\"Cramped in the back, but a joy to drive. The boot is small and the seats are hard.\" -- Tom Ashby & Rhea Collins [Full review]",
			[]want{{"The new engine handles corners with grace. It is the best small car of the year.", "Mara Lindqvist", Full, ""},
				{"Cramped in the back, but a joy to drive. The boot is small and the seats are hard.", "Tom Ashby and Rhea Collins", Full, ""}}},
		{"em dash and outlet",
			"Critics were divided on the Vorland Sprite.\n\n\"A clear step up from the old model, and cheaper to run than any rival.\" — Pia Jensen, Auto Digest\n\n\"Loud, slow and thirsty. Buy something else.\" — Omar Reyes, Car Monthly",
			[]want{{"A clear step up from the old model, and cheaper to run than any rival.", "Pia Jensen", Full, ""},
				{"Loud, slow and thirsty. Buy something else.", "Omar Reyes", Full, ""}}},
		{"two critics with and",
			"Reviews of the Vorland Sprite are in.\n\n\"Loud, slow and thirsty. Buy something else if you can.\" — Omar Reyes and Lena Brandt, Car Monthly",
			[]want{{"Loud, slow and thirsty. Buy something else if you can.", "Omar Reyes and Lena Brandt", Full, ""}}},
		{"a dash going on with a clause is no byline",
			"Mara Lindqvist reviewed the car for Motor Weekly.\n\n\"It is the best small car of the year,\" she wrote — Tom Ashby disagreed in a long column.",
			[]want{{"It is the best small car of the year,", "Mara Lindqvist", Full, ""}}},
	})
}
