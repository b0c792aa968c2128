package quotes

import "testing"

// "“…,” said Mara's OB-GYN, Ann Cole of Lakeside Hospital", "said her
// surgeon, Tom Reyes": after an inverted verb, an owner and what it has,
// then a comma and a person's name, is that person with the phrase as the
// affiliation, whatever the noun; neither the owner nor the phrase speaks.
// The texts are written for this test (issue 20, twenty-fourth round).
func TestFindRound24bOwnedAppositive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a named owner and a capitalised noun",
			"Mara Quist fell ill in May.\n\n" +
				"\"My heart sank during the operation,\" said Mara's OB-GYN, Ann Cole of Lakeside Hospital in Dunmore.",
			[]want{{"My heart sank during the operation,", "Ann Cole", Full, ""}}},
		{"a named owner and a noun missing from the role lists",
			"Mara Quist fell ill in May.\n\n" +
				"\"Then it was over,\" said Mara's surgeon, Tom Reyes.",
			[]want{{"Then it was over,", "Tom Reyes", Full, ""}}},
		{"a possessive pronoun",
			"Mara Quist fell ill in May.\n\n" +
				"\"Then it was over,\" said her surgeon, Tom Reyes, who led the team.",
			[]want{{"Then it was over,", "Tom Reyes", Full, ""}}},
	})
}
