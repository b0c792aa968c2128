package quotes

import "testing"

// "The high court's brief order said “…”", "According to the company's
// website, “…”": a text owned by a described body is that body's words,
// and the body is the one of that kind the article named. Each text is
// written for this test (issue 20, sixteenth round).
func TestFindRound16bOwnedText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the high court's order",
			"The Harbour Supreme Court agreed on Monday to hear the fishermen's appeal. The justices acted after the governor refused to intervene.\n\nThe high court's brief order said the \"ban on night fishing … is suspended\" while the justices decide.",
			[]want{
				{"ban on night fishing … is suspended", "Harbour Supreme Court", Partial, ""},
			}},
		{"the company's website after the named one",
			"The cabins are run by Glenmoor Retreats, and the Daily Courier visited them in May.\n\nAccording to the Glenmoor Retreats website, the owners have \"guided more than 200 silent stays\" since 2015.\n\nThe Daily Courier's reporter said the cabins were small.\n\nAccording to the company's website, \"apart from our daily visit you will be left entirely alone in the dark until the end of your stay.\"",
			[]want{
				{"guided more than 200 silent stays", "-", Partial, ""},
				{"apart from our daily visit you will be left entirely alone in the dark until the end of your stay.", "Glenmoor Retreats", "", ""},
			}},
	})
}
