package quotes

import "testing"

// A group the text introduced with a bare plural is named by that noun
// when "the <noun>" speaks later: also when the plural opens the text
// ("Rabbis in Umbria are…"), and when it is a title's plural. Each text is
// written for this test (issue 20, nineteenth round).
func TestFindRound19aPlural(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"plural opening the text",
			"Rabbis in Umbria are backing the new hiking route through their valleys.\n\nThe support comes in a letter sent on Friday to walking clubs.\n\n\"We have seen how the path brings visitors to villages that had almost emptied,\" the rabbis wrote.",
			[]want{
				{"We have seen how the path brings visitors to villages that had almost emptied,", "rabbis", Full, ""},
			}},
		{"a title's plural",
			"The storm reached the coast on Monday.\n\nGovernors in three states asked for federal help as the water rose.\n\n\"We cannot rebuild these roads alone, and we should not be asked to,\" the governors wrote.",
			[]want{
				{"We cannot rebuild these roads alone, and we should not be asked to,", "governors", Full, ""},
			}},
	})
}

// "the <plural>" as the subject of a sentence, or owning its subject,
// refers back to the group quoted before, which a "they" after it means,
// not another group quoted since. Each text is written for this test
// (issue 20, nineteenth round).
func TestFindRound19aGroupSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"group owning the subject",
			"Rabbis in Umbria are backing the new hiking route.\n\n\"The path brings visitors to villages that had almost emptied,\" the rabbis wrote.\n\nSome farmers in the valley reacted to the first letter, saying the walkers leave gates open.\n\nThe rabbis' second letter echoed part of that worry.\n\n\"Walkers must respect the fields they cross, and most of them do,\" they wrote.",
			[]want{
				{"The path brings visitors to villages that had almost emptied,", "rabbis", Full, ""},
				{"Walkers must respect the fields they cross, and most of them do,", "rabbis", Full, ""},
			}},
		{"group as the subject after a fronted phrase",
			"Rabbis in Umbria are backing the new hiking route.\n\n\"The path brings visitors to villages that had almost emptied,\" the rabbis wrote.\n\nSome farmers in the valley reacted to the first letter, saying the walkers leave gates open.\n\nIn one area, the rabbis walked back their position.\n\n\"We understand that the route is not safe for every walker in every season,\" they wrote.",
			[]want{
				{"The path brings visitors to villages that had almost emptied,", "rabbis", Full, ""},
				{"We understand that the route is not safe for every walker in every season,", "rabbis", Full, ""},
			}},
	})
}
