package quotes

import "testing"

// Titles the finder must strip from a name, in the abbreviated police,
// military and parliamentary forms of British, Caribbean and American copy,
// plural titles before a list of people, and middle initials. Each text is
// written for this test (issue 20, fourth round).
func TestFindRound4Titles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"Supt without a period after the full title",
			"Police spokesman Superintendent Marlon Reid said officers arrived within minutes.\n\nSupt Reid said two men fled on foot. “We are following several leads,” Supt Reid said.",
			[]want{{"We are following several leads,", "Marlon Reid", Full, ""}}},
		{"Insp. and Det. with periods",
			"Insp. Carla Moss and Det. Sgt. Ian Brook led the search.\n\n“The house was empty,” Det. Brook said. “We found nothing,” Insp. Moss said.",
			[]want{{"The house was empty,", "Ian Brook", Full, ""}, {"We found nothing,", "Carla Moss", Full, ""}}},
		{"Cpl and Cmdr",
			"Cmdr Ruth Hale and Cpl Owen Tate were on patrol.\n\n“It was quiet,” Cpl Tate said.",
			[]want{{"It was quiet,", "Owen Tate", Full, ""}}},
		{"plural title before a list of names",
			"The plan won over Senators Jon Avery and Mel Dunn of Ohio.\n\n“It is a good deal,” Avery said.",
			[]want{{"It is a good deal,", "Jon Avery", Full, ""}}},
		{"a middle initial is no sentence end and no title",
			"The rule was attacked by Washington lawyer Carter J. Hollis, who represented the chamber.\n\n“It goes too far,” Hollis said.",
			[]want{{"It goes too far,", "Carter J. Hollis", Full, ""}}},
	})
}

// A bare surname shared by relatives goes to the article's subject, not to
// a relative mentioned in passing.
func TestFindRound4Relatives(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a father named once",
			"Governor Ramon Velez has banned the march. “Order comes first,” Velez said.\n\nHis father, Luis Velez, ruled the province in the 1990s and was killed in 2004. The younger Velez now presents himself as his heir.\n\n“I will finish his work,” Velez said.",
			[]want{{"Order comes first,", "Ramon Velez", Full, ""}, {"I will finish his work,", "Ramon Velez", Full, ""}}},
		{"a relative alone keeps the surname",
			"The village mourned on Sunday. Her brother, Tomas Ruiz, spoke at the funeral.\n\n“She was kind to everyone,” Ruiz said.",
			[]want{{"She was kind to everyone,", "Tomas Ruiz", Full, ""}}},
	})
}
