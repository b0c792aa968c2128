package quotes

import "testing"

// An organisation's name after a description in lower case ("Chinese
// social media platform Weibo", "Russia's state news agency Tass") starts
// where the name does; a name capitalised throughout ("North Korea's
// Central News Agency") is kept whole. The texts are written for this test
// (issue 20, twenty-second round).
func TestFindRound22aDescribedOrg(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"platform",
			"The report spread online.\n\nChinese social media platform Weibo said: \"We removed the posts.\"",
			[]want{{"We removed the posts.", "Weibo", Full, ""}}},
		{"news agency",
			"The talks were in Minsk.\n\nRussia's state news agency Tass reported: \"The talks have ended.\"",
			[]want{{"The talks have ended.", "Tass", Full, ""}}},
		{"capitalised throughout",
			"The launch was at dawn.\n\nNorth Korea's Central News Agency said: \"The test succeeded.\"",
			[]want{{"The test succeeded.", "North Korea's Central News Agency", Full, ""}}},
	})
}
