package quotes

import "testing"

// "“…,” she confides to Roe": the pronoun that tells someone is not the
// person told, though that person was the subject of the sentence before.
// The text is written for this test (issue 20, twenty-fifth round).
func TestFindRound25bToldPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"confides to the editor",
			"Mara Quell has given an interview.\n\nMagazine editor Dana Roe has a cover story, in which the 38-year-old actress talks about her troubles.\n\n\"It is hard being hated,\" she confides to Roe during the interviews.",
			[]want{{"It is hard being hated,", "Mara Quell", Full, ""}}},
		{"tells the editor",
			"Mara Quell has given an interview.\n\nMagazine editor Dana Roe has a cover story, in which the 38-year-old actress talks about her troubles.\n\n\"It is hard being hated,\" she tells Roe.",
			[]want{{"It is hard being hated,", "Mara Quell", Full, ""}}},
	})
}
