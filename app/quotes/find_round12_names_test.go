package quotes

import "testing"

// "Adv"/"Adv." (Advocate) and "Fr"/"Fr." (Father) are titles before a
// name: "Adv Moloi says" later in the text is the advocate named in full
// before ("Advocate Thabo Moloi"), and "Fr Brennan" the priest named
// "Father Liam Brennan". Each text is written for this test (issue 20,
// twelfth round).
func TestFindRound12AbbreviatedTitles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an advocate",
			"Born in Mafeteng, Advocate Thabo Moloi has made a career of constitutional cases.\n\n" +
				"The 40-year-old Adv Moloi studied in Roma.\n\n" +
				"“The law was my way out,” Adv Moloi says.\n\n" +
				"“Courts must be open to all,” Adv. Moloi argues.",
			[]want{{"The law was my way out,", "Thabo Moloi", Full, ""}, {"Courts must be open to all,", "Thabo Moloi", Full, ""}}},
		{"a priest",
			"Father Liam Brennan has run the parish for a decade.\n\n" +
				"“We feed two hundred people a week,” Fr Brennan said.\n\n" +
				"“Nobody is turned away,” said Fr. Brennan.",
			[]want{{"We feed two hundred people a week,", "Liam Brennan", Full, ""}, {"Nobody is turned away,", "Liam Brennan", Full, ""}}},
	})
}
