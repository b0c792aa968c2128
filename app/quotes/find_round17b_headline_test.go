package quotes

import "testing"

// "Lumen CEO says folding phone is ‘years away’" above "Lumen's chief Dara
// Quill spoke …": the headline's role label is the person the opening
// paragraph names after the employer, so the headline's words and the
// body's, which "she" took back to the label, are hers. A person the
// opening names without the label's employer before the name is someone
// else. Each text is written for this test (issue 20, seventeenth round).
func TestFindRound17bHeadlineLabelPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"employer before the name",
			"Shock! Lumen CEO says folding phone is 'years away'\n\nLumen's chief Dara Quill spoke at the company's annual meeting in Denver, and when asked about a folding phone, she said the screens she had seen were \"not ready for shops.\" She also said such phones were \"years away,\" but that the firm would keep its focus.",
			[]want{
				{"years away", "Dara Quill", "", ""},
				{"not ready for shops.", "Dara Quill", "", ""},
				{"years away,", "Dara Quill", "", ""},
			}},
		{"someone else named",
			"Shock! Lumen CEO says folding phone is 'years away'\n\nRhea Stone, an analyst at Vantage Research, said on Tuesday that rivals were also slow, and that buyers were \"not in a hurry.\"",
			[]want{
				{"years away", "Lumen CEO", "", ""},
				{"not in a hurry.", "Rhea Stone", "", ""},
			}},
	})
}
