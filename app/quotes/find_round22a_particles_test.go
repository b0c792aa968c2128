package quotes

import "testing"

// A person's name of four capitalised words and a lower-case particle
// ("Luiz Inácio Lula da Silva") after a title is still a person's: the
// title is dropped and a part of the name used alone later refers back to
// it. The text is written for this test (issue 20, twenty-second round).
func TestFindRound22aParticleName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"five words with a particle",
			"The summit opened.\n\nPresident José Mário Amado dos Reis said: \"Brazil is back.\" Amado said: \"Back for good, and back to stay.\"",
			[]want{{"Brazil is back.", "José Mário Amado dos Reis", Full, ""},
				{"Back for good, and back to stay.", "José Mário Amado dos Reis", Full, ""}}},
	})
}
