package quotes

import "testing"

// "the old What The Gab character": a capitalised "The" inside a name is
// a show's or a channel's title, so a later "he says" and a quotation
// with no verb stay with the person. Each text is written for this test
// (issue 20, fifteenth round).
func TestFindRound15InnerTheNoPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"show title, then he says",
			"Ten years ago Dana Pruett mocked celebrities on camera. “The format just doesn’t work now,” Pruett admits.\n\nThe old What The Gab character has been dropped, and today Pruett is just plain Dana Pruett, a gentler video maker. “We worship celebrities now, and I found it all so silly.”\n\n“I bought my home because of the site,” he says.",
			[]want{
				{"The format just doesn’t work now,", "Dana Pruett", Full, ""},
				{"We worship celebrities now, and I found it all so silly.", "Dana Pruett", Full, ""},
				{"I bought my home because of the site,", "Dana Pruett", Full, ""},
			}},
		{"channel title as subject, then she said",
			"Marla Quint started filming in her kitchen in 2009.\n\nLast year Cooking With The Quints passed a million subscribers. “It still feels unreal,” she said.",
			[]want{{"It still feels unreal,", "Marla Quint", Full, ""}}},
	})
}
