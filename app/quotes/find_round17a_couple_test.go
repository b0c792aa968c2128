package quotes

import "testing"

// "Peter and Susan Brisket": a given name alone before "and" and another's
// full name is a person of that surname too, named in full ("Peter
// Brisket"); "Mr Brisket" is then he, "Mrs Brisket" she. Each text is
// written for this test (issue 20, seventeenth round).
func TestFindRound17aCoupleSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"Mr and the surname",
			"So when Peter and Susan Brisket bought a plot on Hill Road, they turned the plan upside down.\n\n\"It feels like living in the trees,\" said Mr Brisket, a director of Brisket Homes.",
			[]want{{"It feels like living in the trees,", "Peter Brisket", Full, ""}}},
		{"Mrs and the surname",
			"Peter and Susan Brisket bought a plot on Hill Road.\n\n\"It feels like living in the trees,\" said Mrs Brisket.",
			[]want{{"It feels like living in the trees,", "Susan Brisket", Full, ""}}},
		{"the first given name alone",
			"Peter and Susan Brisket bought a plot on Hill Road.\n\n\"It feels like living in the trees,\" Peter said.",
			[]want{{"It feels like living in the trees,", "Peter Brisket", Full, ""}}},
	})
}
