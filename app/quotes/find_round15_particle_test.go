package quotes

import "testing"

// "Rami Abu Nader … Abu Nader is the head of …" then "Nader, in Rafah,
// stressed …": someone the text calls by a particle and the surname is
// not the bare surname when another person bears it alone. Each text is
// written for this test (issue 20, fifteenth round).
func TestFindRound15ParticleShortName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"Abu X short form, then a bare X",
			"“We are tired of the war,” said Karim Nader, 44, a teacher in Rafah.\n\nA deal was still possible, Rami Abu Nader told reporters. Abu Nader is the head of a dialogue group in Doha.\n\nNader, in Rafah, stressed the importance of talks. \"There are rules to war and rules to peace,\" said Nader.",
			[]want{
				{"We are tired of the war,", "Karim Nader", Full, "a teacher in Rafah"},
				{"There are rules to war and rules to peace,", "Karim Nader", Full, "a teacher in Rafah"},
			}},
		{"van X short form, then a bare X",
			"“The dikes held this time,” said Pieter Dijk, a farmer near the river.\n\nThe ministry will review the plan, Anna van Dijk told the council. Van Dijk chairs the water board.\n\nDijk, back on his farm, was less sure. \"Next winter could be worse,\" said Dijk.",
			[]want{
				{"The dikes held this time,", "Pieter Dijk", Full, "a farmer near the river"},
				{"Next winter could be worse,", "Pieter Dijk", Full, "a farmer near the river"},
			}},
	})
}
