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
