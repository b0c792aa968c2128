package quotes

import "testing"

// A headline left at the top of a body or between a live blog's posts
// ("Harbour MP warns looters they will face 'the full weight of the law'")
// labels its speaker; the quotation is whoever says the same words in the
// next two paragraphs. A headline that names its speaker keeps it. Each
// text is written for this test (issue 20, fifteenth round).
func TestFindRound15HeadlineQuote(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"label subject, the MP named below",
			"Harbour MP warns looters they will face 'the full weight of the law'\n\nAn MP in Harbourton has condemned those who came to the town to cause trouble.\n\nTessa Marlow posted online: “Anyone who came here to smash windows will face the full weight of the law.”",
			[]want{
				{"the full weight of the law", "Tessa Marlow", Partial, ""},
				{"Anyone who came here to smash windows will face the full weight of the law.", "Tessa Marlow", Full, ""},
			}},
		{"unnamed she in the headline, named below",
			"\"He is a very gifted young man,\" she said of her daughter's boyfriend\n\nMarion Pell has praised the singer's new record. Speaking at a charity lunch, she said: “I played it all morning. He is a very gifted young man, and it is his best work.”",
			[]want{
				{"He is a very gifted young man,", "Marion Pell", Full, ""},
				{"I played it all morning. He is a very gifted young man, and it is his best work.", "Marion Pell", Full, ""},
			}},
		{"a headline naming its speaker keeps it",
			"The Harbour Greens said the mayor ‘must immediately explain the deal’\n\nMayor Ian Dole has been accused of hiding the contract.\n\nGreens leader Mia Tarn said the mayor “must immediately explain the deal”.",
			[]want{
				{"must immediately explain the deal", "Harbour Greens", Partial, ""},
				{"must immediately explain the deal", "Mia Tarn", Partial, ""},
			}},
	})
}
