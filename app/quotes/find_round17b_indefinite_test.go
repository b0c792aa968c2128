package quotes

import "testing"

// "… thrown to him by a 16-year-old girl. … “…,” she wrote": with no named
// person or speaking source before it, "she" is the person an indefinite
// phrase of her gender just described; a named woman before it stays the
// antecedent. Each text is written for this test (issue 20, seventeenth
// round).
func TestFindRound17bIndefinitePerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"object of by",
			"The gift was a scarf, thrown to him by a 16-year-old girl. According to a blog post, she had waited for hours outside the arena.\n\n\"It was never my plan for it to hit his face, so I said sorry many times,\" she wrote.",
			[]want{
				{"It was never my plan for it to hit his face, so I said sorry many times,", "a 16-year-old girl", "", ""},
			}},
		{"subject of the sentence before",
			"A 16-year-old girl threw a scarf at him.\n\n\"It was never my plan for it to hit his face, so I said sorry many times,\" she wrote.",
			[]want{
				{"It was never my plan for it to hit his face, so I said sorry many times,", "A 16-year-old girl", "", ""},
			}},
		{"a named woman",
			"Mara Lind handed the scarf to a 16-year-old girl.\n\n\"It was never my plan to keep it,\" she said.",
			[]want{
				{"It was never my plan to keep it,", "Mara Lind", "", ""},
			}},
	})
}
