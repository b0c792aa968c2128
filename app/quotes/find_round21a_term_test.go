package quotes

import "testing"

// A short quotation that heads the writer's noun phrase after coordinate
// adjectives is a term; after a participle it is the object, someone's
// words. The texts are written for this test (issue 20, twenty-first
// round).
func TestFindRound21aAdjectiveSeries(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"after coordinate adjectives",
			"Lena Varga was tired of drivers shouting crude, loud, tiresome “chat-up lines” as she cycled past, which surveys show happens to most women.",
			nil},
		{"after a participle",
			"Lena Varga recalls, as a student, using “rather blunt language” about the mayor at a public meeting.",
			[]want{{"rather blunt language", "Lena Varga", Partial, ""}}},
	})
}
