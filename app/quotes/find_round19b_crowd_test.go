package quotes

import "testing"

// Chants of a crowd: a bare quantifier opening its sentence with the
// quotation right after its verb is the part of the crowd that speaks
// ("Many chanted “…”"), and a participle after the main clause belongs to
// the main clause's subject even when another participle clause opens the
// sentence ("Pumping their fists, a large group marched …, chanting
// “…”"). Each text is written for this test (issue 20, nineteenth round).
func TestFindRound19bCrowd(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"many chanted",
			"Crowds gathered in the square on Sunday. Many chanted \"Down with the council\".",
			[]want{{"Down with the council", "Many", Full, ""}}},
		{"several shouted, colon",
			"Crowds gathered in the square on Sunday. Several shouted: \"Down with the council!\"",
			[]want{{"Down with the council!", "Several", Full, ""}}},
		{"fronted participle clause",
			"Pumping their fists in the air, a large group marched through the hall, chanting \"Death to the mayor, death to the council\".",
			[]want{{"Death to the mayor, death to the council", "a large group", Full, ""}}},
		{"a quantifier whose verb takes no quotation",
			"Staff were interviewed. Others reported having to endure \"abrasive and demeaning\" managers.",
			[]want{{"abrasive and demeaning", "", Partial, ""}}},
	})
}
