package quotes

import "testing"

// A paragraph of its own that names one person, right before a paragraph
// opening with a quotation and "he said" or "she said", introduces the
// quotation's speaker: not the source quoted before it, nor the person a
// profile quotes most. A possessive owner or a name in a dashed aside is
// talked about and introduces no one. Each text is written for this test
// (issue 20, twentieth round).
func TestFindRound20bLeadIn(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"new person after a quoted source",
			"\"Beyond the question of money, I think it is simply a question of work,\" said Jose Oriol, a scholar at the National University.\n\nFor 58-year-old Armando Vidal, who like his fellow porters never finished school, it's simply a job.\n\n\"Some people are kind,\" he said of those who hire him. \"Some don't even say hello.\"",
			[]want{{"Beyond the question of money, I think it is simply a question of work,", "Jose Oriol", Full, ""},
				{"Some people are kind,", "Armando Vidal", Full, ""},
				{"Some don't even say hello.", "Armando Vidal", Full, ""}}},
		{"rival after the most quoted player",
			"Maria Petrova and another girl, Jelena Markovic from Belgrade, found themselves battling at the academy.\n\n\"Well,\" said Maria Petrova on Monday, \"she was my rival. We fought for every ball.\"\n\n\"There were so many turning points,\" Petrova explained. \"Moving to Florida was one of them.\"\n\n\"I think so,\" Petrova said. \"Maybe not. I don't know.\"\n\n\"It was a long time ago,\" Petrova said.\n\nMarkovic wasn't exactly sure, either, when the subject arose at her news conference.\n\n\"Yeah,\" she said, \"it was when we were 12 years old, if that counts.\"",
			[]want{{"she was my rival. We fought for every ball.", "Maria Petrova", Full, ""},
				{"There were so many turning points,", "Maria Petrova", Full, ""},
				{"Moving to Florida was one of them.", "Maria Petrova", Full, ""},
				{"I think so,", "Maria Petrova", Full, ""},
				{"Maybe not. I don't know.", "Maria Petrova", Full, ""},
				{"It was a long time ago,", "Maria Petrova", Full, ""},
				{"it was when we were 12 years old, if that counts.", "Jelena Markovic", Full, ""}}},
		{"a described source opens the lead-in",
			"\"When a cat sleeps, it is something to talk about,\" joked one male blogger.\n\nAnother blogger had fun wondering how the city council would react to the news.\n\n\"Will the mayor approve the new park or block it?\" he wrote. \"Gentlemen, place your bets.\"",
			[]want{{"When a cat sleeps, it is something to talk about,", "one male blogger", Full, ""},
				{"Will the mayor approve the new park or block it?", "Another blogger", Full, ""},
				{"Gentlemen, place your bets.", "Another blogger", Full, ""}}},
		{"a family name where it is no subject",
			"\"I walked every year,\" said Lisa Carrow, a teacher from Darien. \"My whole family came.\"\n\n\"Keep in mind that this is a business,\" said Leslie Brandt, a professor of public affairs.\n\nBrandt also wonders if the novelty of the walks has worn off.\n\nFor people like Carrow, though, nothing the charity can do will bring her back.\n\n\"I don't even wear pink anymore,\" she said.",
			[]want{{"I walked every year,", "Lisa Carrow", Full, ""},
				{"My whole family came.", "Lisa Carrow", Full, ""},
				{"Keep in mind that this is a business,", "Leslie Brandt", Full, ""},
				{"I don't even wear pink anymore,", "Lisa Carrow", Full, ""}}},
		{"of two people the one who speaks",
			"\"She is a tough opponent,\" said Vera Kolar.\n\nKip Renner has made headlines with his new book, and Maria Petrova says she, too, would like to write a memoir. It will be based on her journal.\n\n\"Some of it is mind-blowing,\" she said.",
			[]want{{"She is a tough opponent,", "Vera Kolar", Full, ""},
				{"Some of it is mind-blowing,", "Maria Petrova", Full, ""}}},
		{"a possessive owner is talked about",
			"\"They can do a lot of things with this,\" said Pavel Brandt, head of a fraud firm.\n\nKellerman's actions show that not enough attention is given to identity theft.\n\n\"He was pretty open about it,\" he said.",
			[]want{{"They can do a lot of things with this,", "Pavel Brandt", Full, ""},
				{"He was pretty open about it,", "Pavel Brandt", Full, ""}}},
	})
}
