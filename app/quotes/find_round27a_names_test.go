package quotes

import "testing"

// Speakers named by what points back to a person or body the text has
// named: "the former … member" for the person quoted last, the members of
// a campaign by the whole phrase, a page on a social network by its
// owner, and a surname met alone before the full name with a quoted
// nickname; a hall one meets at is a place, which no "he" stands for; a
// four-letter slip dropping a surname's final "s" is still the surname;
// a business named after its trade is no "he". The texts are written for this test (issue 20, twenty-seventh
// round).
func TestFindRound27aNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the former cabinet member",
			"Harbor campaign Chairman Paul Renner issued a statement Friday.\n\n“The count is not over,” Renner said.\n\n“Calls for a winner now are wrong,” the former Baltic cabinet member said, urging his rivals to wait.",
			[]want{
				{"The count is not over,", "Paul Renner", Full, ""},
				{"Calls for a winner now are wrong,", "Paul Renner", Full, ""},
			}},
		{"members of a campaign",
			"Members of the Save Our Park campaign tweeted: “We are watching the news with hope.”",
			[]want{
				{"We are watching the news with hope.", "Members of the Save Our Park campaign", Full, ""},
			}},
		{"a body's social page",
			"A post shared on the Bell County School District's Facebook said that the town has been \"seeing an increase in students who are ill with flu.\"",
			[]want{
				{"seeing an increase in students who are ill with flu.", "Bell County School District", Partial, ""},
			}},
		{"a surname alone before the nicknamed full name",
			"Editor’s Note: A day after this story ran, Haddad admitted that he made it up.\n\nLunchtime is when 17-year-old Karim “Lone Fox” Haddad made his money.\n\nNow Karim plans to launch a fund.\n\n“I was lost after my loss,” said Karim, who went on to study markets. Haddad said his worth is in the “high seven figures.”",
			[]want{
				{"I was lost after my loss,", "Karim Haddad", Full, ""},
				{"high seven figures.", "Karim Haddad", Partial, ""},
			}},
		{"a hall named after at is no person",
			"Party leader Tom Harlow has rounded on dissidents.\n\nAddressing his party's conference at Glasgow's Riverside Hall, Mr Harlow said he was still committed to the deal.\n\nThe First Minister said rebels were undermining the peace.\n\nPre-empting their demands, he said \"the link between arms and power\" had not been broken.",
			[]want{
				{"the link between arms and power", "Tom Harlow", Partial, ""},
			}},
		{"a surname's final s dropped",
			"Karen Tolls, a close friend of Ada Brink, said she worked with Ada for years.\n\n“She was always there,” Tolls said.\n\n“She will stay with me through all the memories,” Toll said.",
			[]want{
				{"She was always there,", "Karen Tolls", Full, ""},
				{"She will stay with me through all the memories,", "Karen Tolls", Full, ""},
			}},
		{"a business named after its trade is no he",
			"They all came to see the sign: North Star Total Paving.\n\n“It was the funniest thing,” Ben Waldo said. A singer who lived in Boston, Waldo said it worked. As a comedy event, North Star Total Paving was “not as smart as I would like,” Waldo said, but it worked. He was inspired by the news that morning. “I always start with the first line, and it seemed right that Rudy Giuliani was standing there,” he said.",
			[]want{
				{"It was the funniest thing,", "Ben Waldo", Full, ""},
				{"not as smart as I would like,", "Ben Waldo", Partial, ""},
				{"I always start with the first line, and it seemed right that Rudy Giuliani was standing there,", "Ben Waldo", Full, ""},
			}},
	})
}
