package quotes

import "testing"

// A one-word alias given with "known as" after a full name ("Joko
// Widodo, known as Jokowi,") is the same person when used alone later.
// The text is written for this test (issue 20, twenty-second round).
func TestFindRound22aOneWordAlias(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"known as",
			"The summit opened.\n\nPresident Rano Wibisono, known as Rawi, said: \"We welcome investment.\"\n\n\"We are open for business,\" Rawi said.",
			[]want{{"We welcome investment.", "Rano Wibisono", Full, ""},
				{"We are open for business,", "Rano Wibisono", Full, ""}}},
	})
}
