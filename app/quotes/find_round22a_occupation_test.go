package quotes

import "testing"

// An ordinary occupation capitalised only because it opens the sentence
// ("Nurse Amy Price said") is no part of the name, nor is it when a
// generational suffix ends the name ("Trainer Al Stall Jr."), nor is an
// occupation the suffix test misses ("Billionaire", "Businessman"), nor a
// place before a party label ("Ohio Democrat Sherrod Brown"). The texts
// are written for this test (issue 20, twenty-second round).
func TestFindRound22aOccupationLead(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"nurse",
			"The ward was full again.\n\nNurse Amy Pricewell said: \"We are tired.\" Pricewell added: \"Very tired indeed.\"",
			[]want{{"We are tired.", "Amy Pricewell", Full, ""},
				{"Very tired indeed.", "Amy Pricewell", Full, ""}}},
		{"trainer with a suffix",
			"The colt won by a length.\n\nTrainer Al Stallard Jr. said: \"He ran well.\" Stallard said: \"Very well indeed.\"",
			[]want{{"He ran well.", "Al Stallard Jr.", Full, ""},
				{"Very well indeed.", "Al Stallard Jr.", Full, ""}}},
		{"billionaire and businessman",
			"The deal closed.\n\nBillionaire Rupert Galton said: \"I will invest in the town.\"\n\nBusinessman Arron Banksley said: \"The vote was fair to all.\"",
			[]want{{"I will invest in the town.", "Rupert Galton", Full, ""},
				{"The vote was fair to all.", "Arron Banksley", Full, ""}}},
		{"place and party label",
			"The bill stalled.\n\nOhio Democrat Sherwin Browne said: \"Workers deserve better than this.\"",
			[]want{{"Workers deserve better than this.", "Sherwin Browne", Full, ""}}},
	})
}
