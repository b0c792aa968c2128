package quotes

import "testing"

// A study or report is its author's: "said the study, led by Ana Berg"
// names the author after a comma with an irregular participle, and a
// definite "the study" elsewhere in the article, before or after, is hers
// when the article names no other author for a study. A co-author
// ("co-authored by a consulting firm") is not the text's author. Each
// text is written for this test (issue 20, nineteenth round).
func TestFindRound19bTextAuthor(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"led by after a comma, then the study",
			"Lead was found in ferns across Europe.\n\n\"Overall, most samples contained at least one metal,\" said the study, led by Anna Berg of the University of Oslo.\n\n\"These results suggest a wide problem,\" said the study.",
			[]want{{"Overall, most samples contained at least one metal,", "Anna Berg", Full, ""}, {"These results suggest a wide problem,", "Anna Berg", Full, ""}}},
		{"the study named far before its author",
			"Lead was found in ferns across Europe. However, the study found that most ferns held \"traces of lead that are known to be harmful\" to deer.\n\nDeer numbers have fallen.\n\nFarmers blame wolves.\n\nHunters blame farmers.\n\nThe study, led by Anna Berg of the University of Oslo, took a year.",
			[]want{{"traces of lead that are known to be harmful", "Anna Berg", Partial, ""}}},
		{"two authors of studies: no sole author",
			"Lead was found in ferns across Europe. However, the study found that most ferns held \"traces of lead that are known to be harmful\" to deer.\n\nDeer numbers have fallen.\n\nFarmers blame wolves.\n\nHunters blame farmers.\n\nThe study, led by Anna Berg of the University of Oslo, took a year. A separate study led by Carl Ruud found less.",
			[]want{{"traces of lead that are known to be harmful", "the study", Partial, ""}}},
		{"a co-author is not the author",
			"Banks are leaving London, the Bankers Guild said in a report on Friday.\n\nLending fell again, according to the report, co-authored by consulting firm Kell Marsh. \"Uncertainty is hurting investment,\" according to the report.",
			[]want{{"Uncertainty is hurting investment,", "Bankers Guild", Full, ""}}},
	})
}
