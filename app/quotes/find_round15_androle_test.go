package quotes

import "testing"

// "former chief of staff Ron Kellan and senior campaign adviser said":
// a role after "and" with no determiner is a second role of the person
// just named, not another speaker. Each text is written for this test
// (issue 20, fifteenth round).
func TestFindRound15NameAndBareRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name and bare role said that “…”",
			"Staff praise her calm.\n\nIn an interview with the Ledger, former chief of staff Ron Kellan and senior campaign adviser said that \"She's great as a leader, and she's great as a manager.\"",
			[]want{{"She's great as a leader, and she's great as a manager.", "Ron Kellan", Full, "senior campaign adviser"}}},
		{"name and bare role told …: “…”",
			"The club named a new chair on Monday.\n\nLongtime member Greta Solberg and club treasurer told the meeting: “We need someone who knows the books.”",
			[]want{{"We need someone who knows the books.", "Greta Solberg", Full, "club treasurer"}}},
	})
}
