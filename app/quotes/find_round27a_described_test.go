package quotes

import "testing"

// People keep the description of their first introduction: lawyers
// introduced bare ("lawyers from a Dallas firm", also as the second of two
// subjects joined by "and") are "lawyers" when "Her lawyers" and "the
// lawyers" speak later; without such an introduction "his lawyers" stays.
// The texts are written for this test (issue 20, twenty-seventh round).
func TestFindRound27aDescribed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a bare plural, then a pronoun owner",
			"In 2016, lawyers from a Dallas firm sued the county on behalf of Ana Ruiz, a woman who drove without a license. Her lawyers argued that jailing Ruiz was unfair. “Bail ties freedom to wealth,” the lawyers wrote. “It has no place in law.”",
			[]want{
				{"Bail ties freedom to wealth,", "lawyers", Full, ""},
				{"It has no place in law.", "lawyers", Full, ""},
			}},
		{"a bare plural after and",
			"In 2016, the group Fair Courts Now and lawyers from a Dallas firm sued the county on behalf of Ana Ruiz, a woman who drove without a license. Her lawyers argued that jailing Ruiz was unfair. “Bail ties freedom to wealth,” the lawyers wrote.",
			[]want{
				{"Bail ties freedom to wealth,", "lawyers", Full, ""},
			}},
		{"no bare introduction",
			"Ana Ruiz sued the county in 2016. Her lawyers argued that jailing Ruiz was unfair: “Bail ties freedom to wealth.”",
			[]want{
				{"Bail ties freedom to wealth.", "Her lawyers", Full, ""},
			}},
	})
}
