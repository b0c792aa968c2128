package quotes

import "testing"

// "As Ramdan played down the boos, she added: “…”": the subject of a
// subordinate clause opening the sentence does not displace the main
// clause's speaker as what the next "she" means (nor take her gender).
// Each text is written for this test (issue 20, thirteenth round).
func TestFindRound13FrontedSubordinateSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"debate: she after as-clause, then he",
			"Former Gov. Nina Hale was center stage in the debate on Wednesday.\n\nHale mixed it up with Gov. Ron Talbot and entrepreneur Veko Ramdan.\n\n\"Leave my daughter out of your voice,\" Hale shot back. As Ramdan played down the boos, she added: \"You're just scum.\"\n\nShe also fended off an attack from Ramdan comparing her to a former vice president \"in three-inch heels.\"\n\n\"I'd first like to say they're five-inch heels, and I don't wear them unless you can run in them,\" she said, drawing applause.\n\nAnd Ramdan, a major skeptic of foreign aid in the primary, again accused Ostmark of having a corrupt government.\n\n\"Level with the people here, Ostmark is not a paragon of democracy,\" he said.",
			[]want{{"Leave my daughter out of your voice,", "Nina Hale", Full, ""}, {"You're just scum.", "Nina Hale", Full, ""},
				{"I'd first like to say they're five-inch heels, and I don't wear them unless you can run in them,", "Nina Hale", Full, ""},
				{"Level with the people here, Ostmark is not a paragon of democracy,", "Veko Ramdan", Full, ""}}},
		{"while-clause subject, then she opening the next sentence",
			"\"We stand by the figures,\" Mary Morrow said. While Kiran Dutt checked the tables, she added: \"Every number was audited.\"\n\nShe then took questions. \"Nothing was hidden from the board,\" she said.",
			[]want{{"We stand by the figures,", "Mary Morrow", Full, ""}, {"Every number was audited.", "Mary Morrow", Full, ""}, {"Nothing was hidden from the board,", "Mary Morrow", Full, ""}}},
	})
}
