package quotes

import "testing"

// Two people share a surname: one named before ("Deputy Mayor Chen Xinlu
// invited him… Chen drove him"), one introduced since with an appositive
// opening a paragraph ("Chen Meifang, a mother of three, has…"). The bare
// surname then means the one just introduced. The text is written for
// this test (issue 20, eighteenth round).
func TestFindRound18aNamesakeDescribed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"namesake introduced with appositive",
			"In the county, then Deputy Mayor Chen Xinlu invited him in 2009 to open a brickworks. Chen drove him down a dirt road to an empty yard. “We needed the jobs,” Chen Xinlu said.\n\nThe works now employ 60 people from the villages around it.\n\nChen Meifang, a mother of three, has one of those jobs, stacking bricks by hand. It was her first paid work.\n\n“The fields alone never fed us,” says Chen, her sleeves rolled to the elbow.",
			[]want{
				{"We needed the jobs,", "Chen Xinlu", Full, ""},
				{"The fields alone never fed us,", "Chen Meifang", Full, ""},
			}},
	})
}
