package quotes

import "testing"

// One picked out of a group is "one", as introduced (the label
// conventions: "one of …" is "one"): so with "one of them", and "the
// adviser" after "one of his legal advisers" is that same "one", not a new
// source. The texts are written for this test (issue 20, twenty-seventh
// round).
func TestFindRound27bPicked(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"one of them",
			"Dockers walked in and out of the yard, mostly keeping their heads down. “I just load the boats,” one of them said. “Ask the office.”",
			[]want{
				{"I just load the boats,", "one", Full, ""},
				{"Ask the office.", "one", Full, ""},
			}},
		{"the adviser after one of his advisers",
			"The mayor kept pressing for a recount.\n\n“He keeps knocking on the door,” one of his legal advisers told me. “It has worked before.”\n\n“He hates to lose,” the adviser added, “more than anything.” The trick, the adviser said, is “never to rush him.”",
			[]want{
				{"He keeps knocking on the door,", "one", Full, ""},
				{"It has worked before.", "one", Full, ""},
				{"He hates to lose,", "one", Full, ""},
				{"more than anything.", "one", Full, ""},
				{"never to rush him.", "one", Partial, ""},
			}},
	})
}
