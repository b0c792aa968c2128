package quotes

import "testing"

// "Dario Venn, Senior Manager, Talent Acquisition, Corvex Networks, says":
// a person's name, capitalised titles and the employer's name before the
// verb; the person speaks, whatever the employer's name looks like. Each
// text is written for this test (issue 20, fifteenth round).
func TestFindRound15TitleChainSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name, title, department, employer, says",
			"The start-up also sells a test for web developers.\n\nDario Venn, Senior Manager, EMEA Talent Acquisition, Corvex Networks, says, \"The tool is a vital part of our hiring.\"",
			[]want{{"The tool is a vital part of our hiring.", "Dario Venn", Full, "Senior Manager, EMEA Talent Acquisition, Corvex Networks"}}},
		{"name, title, employer, said",
			"Orders rose again in March.\n\nHelga Marsh, Vice President, Tollan Brothers, said: “We could not keep up with demand.”",
			[]want{{"We could not keep up with demand.", "Helga Marsh", Full, "Vice President, Tollan Brothers"}}},
	})
}
