package quotes

import "testing"

// A body's name and a capitalised role noun before a person's name
// describe the person ("Acme News Correspondent Alzo Slade" is Alzo
// Slade), and an imperative pointing readers elsewhere ("See McQueen's
// photos") is no part of the name after it, so a later "McQueen" is still
// the person named in full. The texts are written for this test (issue
// 20, twenty-fifth round).
func TestFindRound25aNameForms(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a body and a role before the name",
			"According to Acme News Correspondent Alzo Slade, \"Good news is told through great stories.\"\n\nLater, Slade said: \"We take viewers on a journey.\"",
			[]want{{"Good news is told through great stories.", "Alzo Slade", Full, ""}, {"We take viewers on a journey.", "Alzo Slade", Full, ""}}},
		{"an imperative before a surname",
			"\"I think it's only a matter of time,\" said Ed McQueen, an Ohio resident who attended the rally. Example.com: See McQueen's photos\n\nMcQueen, a 44-year-old consultant, said he had no problem with paying taxes.\n\n\"It seems like an injustice,\" he said.",
			[]want{{"I think it's only a matter of time,", "Ed McQueen", Full, ""}, {"It seems like an injustice,", "Ed McQueen", Full, ""}}},
	})
}
