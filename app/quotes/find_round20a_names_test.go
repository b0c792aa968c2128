package quotes

import "testing"

// Forms of names: a generational suffix printed after a comma ("Rafe
// Colter, Jr.") is part of the name; the Burmese honorific "U" before a
// name is no part of it, as "Daw" is not; a spelled-out time zone
// ("Pacific Standard Time") names no one; a role noun joined to another
// before a name ("biologist and lead author Ines Marrow") describes the
// person named; a plural common noun after a name in prose ("selling
// Tin Maw Oo posters") is no part of the name. The texts are written for
// this test (issue 20, twentieth round).
func TestFindRound20aNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"suffix after a comma",
			"After a fourth place finish in the Ohio Stakes, the owners, along with trainer Rafe Colter, Jr., took the colt out of the big race.\n\n“We never thought about it, to be honest,” Colter said. “He needs a rest.”",
			[]want{
				{"We never thought about it, to be honest,", "Rafe Colter Jr.", Full, ""},
				{"He needs a rest.", "Rafe Colter Jr.", Full, ""},
			}},
		{"Burmese honorific",
			"The party office in Mandalay was busy on Monday. But U Tin Maw Oo says the strategy of patience has paid off.\n\n“We waited for twenty years, and we can wait a little longer,” he said.",
			[]want{
				{"We waited for twenty years, and we can wait a little longer,", "Tin Maw Oo", Full, ""},
			}},
		{"spelled-out time zone",
			"Dana Whitlow has high hopes for the launch, which is set for 03:10 UTC. (That's 7:10 p.m. Pacific Standard Time in the United States.)\n\n“I hope that you stop what you are doing and look up,” she writes on her blog.",
			[]want{
				{"I hope that you stop what you are doing and look up,", "Dana Whitlow", Full, ""},
			}},
		{"role nouns joined before a name",
			"The moss grows faster than anyone thought.\n\n“These plants have more than 300 genes we have never seen before,” explained biologist and study coauthor Ines Marrow, who is also at the museum.",
			[]want{
				{"These plants have more than 300 genes we have never seen before,", "Ines Marrow", Full, ""},
			}},
		{"role nouns joined before a name, plain role",
			"The reef is recovering.\n\n“We counted twice as many fish as last year,” said ecologist and lead author Oren Blay, of the marine station.",
			[]want{
				{"We counted twice as many fish as last year,", "Oren Blay", Full, ""},
			}},
		{"letter compound after a name",
			"Walk past the stalls selling Tin Maw Oo T-shirts, mugs and calendars. Tin Maw Oo has led the party for years.\n\n“We waited for twenty years, and we can wait a little longer,” Tin Maw Oo said.",
			[]want{
				{"We waited for twenty years, and we can wait a little longer,", "Tin Maw Oo", Full, ""},
			}},
		{"person after an organisation with of and and",
			"Ola Brandt of the Bergen Institute of Technology and Tove Lind of the Oslo Institute of Technology won the 2019 prize for their work, the academy announced.\n\n“It is a win for all of us,” said Lind, speaking by phone from Oslo.",
			[]want{
				{"It is a win for all of us,", "Tove Lind", Full, ""},
			}},
		{"family name without its hyphen",
			"Omar Al-Hadi ran the city's water board for two years. Now Al-Hadi wants to be mayor.\n\nHe turned down the offer because it was “a clear conflict,” Al Hadi says.",
			[]want{
				{"a clear conflict,", "Omar Al-Hadi", Partial, ""},
			}},
		{"word in -ing before a role and a name",
			"The dive was cut short after a leak in the suit.\n\nDiving partner Tomas Brek, a Navy veteran, took a look: “There is a lot of water in his mask.”",
			[]want{
				{"There is a lot of water in his mask.", "Tomas Brek", Full, ""},
			}},
		{"acronym of an office named by a title",
			"The office of the U.S. Special Inspector General for Kosovo Reconstruction (SIGKR) is investigating several contractors.\n\nAccording to court documents, SIGKR alleges that Brek grew his business only because he “paid bribes” to managers.",
			[]want{
				{"paid bribes", "Special Inspector General for Kosovo Reconstruction", Partial, ""},
			}},
		{"surname given in full only in an institution's name",
			"Her father took her to Florida, to the Peter Halloran Tennis Academy in Tampa.\n\n“To tell you the truth,” said Halloran from his office on Tuesday, “she was the hardest worker we had.”",
			[]want{
				{"To tell you the truth,", "Peter Halloran", Full, ""},
				{"she was the hardest worker we had.", "Peter Halloran", Full, ""},
			}},
		{"institution named after two people",
			"Her father took her to Florida, to the Peter and Mary Halloran Foundation in Tampa.\n\n“To tell you the truth,” said Halloran from the office on Tuesday.",
			[]want{
				{"To tell you the truth,", "Halloran", Full, ""},
			}},
		{"cracked as a verb of saying",
			"Ada Vance and Petra Lind trained together as girls.\n\n“She has changed coaches more than I have changed cars,” cracked Tomas Brek, who has coached both. “I am happy to see Petra playing well again.”",
			[]want{
				{"She has changed coaches more than I have changed cars,", "Tomas Brek", Full, ""},
				{"I am happy to see Petra playing well again.", "Tomas Brek", Full, ""},
			}},
	})
}
