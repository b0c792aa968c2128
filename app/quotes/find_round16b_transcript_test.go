package quotes

import "testing"

// A transcript set out line by line, each line a label, a dash and the
// words spoken ("Dover operator - “…”"): the label names who speaks the
// line, and a later shortened label ("Dover -") the one first labelled in
// full. Each text is written for this test (issue 20, sixteenth round).
func TestFindRound16bDashLabels(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"operators' exchange",
			"One station chief, Hal Brandt, told the paper the storm had cut every line. The paper printed an exchange between two stations that night:\n\nDover operator, (to Calais operator) - \"Please take your battery off the line for ten minutes.\"\n\nCalais operator - \"Will do so. It is now off.\"\n\nDover - \"Mine is off too, and we are working on the storm current alone.\"\n\nCalais - \"Better than with the batteries on.\"\n\nDover - \"Yes. Go ahead.\"",
			[]want{
				{"Please take your battery off the line for ten minutes.", "Dover operator", Full, ""},
				{"Will do so. It is now off.", "Calais operator", Full, ""},
				{"Mine is off too, and we are working on the storm current alone.", "Dover operator", Full, ""},
				{"Better than with the batteries on.", "Calais operator", Full, ""},
				{"Yes. Go ahead.", "Dover operator", Full, ""},
			}},
		{"named parties, surnames as labels",
			"Mayor Ann Holt met the union leader Piet Brandt on the quay, and a clerk took down what they said:\n\nHolt - \"We cannot pay for a second crane this year.\"\n\nBrandt - \"Then the night shift stops on Monday.\"\n\nHolt - \"Give me a week to find the money.\"",
			[]want{
				{"We cannot pay for a second crane this year.", "Ann Holt", Full, ""},
				{"Then the night shift stops on Monday.", "Piet Brandt", Full, ""},
				{"Give me a week to find the money.", "Ann Holt", Full, ""},
			}},
	})
}

// “…” “…” “…”: a paragraph of quotations set back to back, without a word
// of narration, gives excerpts (a video's voices) whose speakers the text
// does not name: no one, not the person the story is about.
func TestFindRound16bQuotesOnlyParagraph(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"video excerpts",
			"Video\n\nTomas Garza, 34, of Eastfield, was charged on Friday with setting fire to the harbour warehouse.\n\n\u201cThe suspect has been named as Tomas Garza. He will appear in court on Monday.\u201d \u201cNobody was hurt, and the fire crews did a remarkable job tonight.\u201d \u201cWe will rebuild the warehouse before the winter comes.\u201d\n\nThe warehouse had stood empty since the spring.",
			[]want{
				{"The suspect has been named as Tomas Garza. He will appear in court on Monday.", "", Full, ""},
				{"Nobody was hurt, and the fire crews did a remarkable job tonight.", "", Full, ""},
				{"We will rebuild the warehouse before the winter comes.", "", Full, ""},
			}},
	})
}
