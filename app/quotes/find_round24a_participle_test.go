package quotes

import "testing"

// A capitalised participle opening a sentence before its object and a
// comma ("Citing early reports…, Tomas Vell called…", "Quoting a friend,
// …") is no one's name: the "he said" after goes to the person named after
// the comma. The texts are written for this test (issue 20, twenty-fourth
// round).
func TestFindRound24aParticipleOpener(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"citing before an adjective",
			"Citing early reports from his staff, Tomas Vell called the vote a \"mixed picture.\"\n\n\"It was a rough day for all of us,\" he said.",
			[]want{
				{"mixed picture.", "Tomas Vell", Partial, ""},
				{"It was a rough day for all of us,", "Tomas Vell", Full, ""},
			}},
		{"quoting before a noun",
			"Quoting colleagues in the ministry, Hana Ostrova described the plan as a \"paper tiger.\"\n\n\"Nobody there believes in it,\" she said.",
			[]want{
				{"paper tiger.", "Hana Ostrova", Partial, ""},
				{"Nobody there believes in it,", "Hana Ostrova", Full, ""},
			}},
		{"a known surname in -ing stays a name",
			"Kay Fleming won the seat last year.\n\nFleming today runs the group, and she has few regrets.\n\n\"It was a rough day for all of us,\" she said.",
			[]want{{"It was a rough day for all of us,", "Kay Fleming", Full, ""}}},
	})
}
