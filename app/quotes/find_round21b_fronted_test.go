package quotes

import "testing"

// "When the Border Agency reviews a booking…, it issues what it calls a
// “flag”": the "it" of the main clause is the body the fronted clause is
// about, not an earlier one. The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bFrontedClauseBody(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"when clause",
			"Defenders of the Patriot Act argued that the agency needed consent.\n\nWhen the Border Agency reviews a booking it believes merits a closer look, it issues what it calls a \"flag\".",
			[]want{{"flag", "Border Agency", Partial, ""}}},
	})
}

// "as the Foreign Office pronounced itself “deeply concerned” at what it
// called a “…”": "it" is the body that is the subject of a verb earlier in
// its own sentence, not one named a sentence before. The text is written
// for this test (issue 20, twenty-first round).
func TestFindRound21bClauseBody(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"subject earlier in the sentence",
			"The Border Agency has kept the travel records of Jon Vell, who is now staying in a hotel.\n\nThe verdict on Thursday further underscored the divide between the two countries as the Foreign Office pronounced itself \"deeply concerned\" at what it called a trend of \"silencing critics at home.\"",
			[]want{{"deeply concerned", "Foreign Office", Partial, ""},
				{"silencing critics at home.", "Foreign Office", Partial, ""}}},
	})
}
