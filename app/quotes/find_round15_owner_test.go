package quotes

import "testing"

// "Brightwell’s Ferrante noted …. “…,” he said.": an owner before the
// surname of someone named in full is where the person works, not the
// subject a later "he" means. Each text is written for this test (issue
// 20, fifteenth round).
func TestFindRound15OwnerBeforeSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"firm's surname noted, then he said",
			"Most buyers now hire for skills, according to Brightwell.\n\n“Certificates are becoming a baseline,” said Tomas Ferrante, an analyst at the firm.\n\nBrightwell’s Ferrante noted that the trend could be short-lived. “It’s hard to tell where this goes,” he said.",
			[]want{
				{"Certificates are becoming a baseline,", "Tomas Ferrante", Full, "an analyst at the firm"},
				{"It’s hard to tell where this goes,", "Tomas Ferrante", Full, "an analyst at the firm"},
			}},
		{"agency's surname warned, then she added",
			"The flu season started early, according to Norvale.\n\nIngrid Solberg, who leads the agency's surveillance unit, tracks the data weekly.\n\nNorvale’s Solberg warned that clinics were already full. “We have not seen this since 2009,” she added.",
			[]want{{"We have not seen this since 2009,", "Ingrid Solberg", Full, ""}}},
	})
}
