package quotes

import "testing"

// "DataPod Fluxstor, a managed data infrastructure platform": an
// appositive with several modifiers before a body's noun still makes the
// name a body's, so a later "he says" keeps to the person. Each text is
// written for this test (issue 20, fifteenth round).
func TestFindRound15LongOrgAppositive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"three modifiers before platform",
			"“We needed a partner,” explains Tarik Vessel, the insurer's vice president of cloud.\n\nVessel and his team had their work cut out for them. They went with DataPod Fluxstor, a managed data infrastructure platform that works as an extension of the insurer's operations.\n\n“This service was compelling for us,” he says.",
			[]want{
				{"We needed a partner,", "Tarik Vessel", Full, "the insurer's vice president of cloud"},
				{"This service was compelling for us,", "Tarik Vessel", Full, "the insurer's vice president of cloud"},
			}},
		{"four modifiers before company",
			"“The rollout took a year,” said Ilse Marrow, the bank's head of payments.\n\nThe bank signed with Kestrel Quanta, a small privately held software company based in Utrecht.\n\n“They understood what we wanted,” she said.",
			[]want{
				{"The rollout took a year,", "Ilse Marrow", Full, "the bank's head of payments"},
				{"They understood what we wanted,", "Ilse Marrow", Full, "the bank's head of payments"},
			}},
		{"a trade noun past two modifiers stays a person",
			"Nadia Orrel, a senior mobile game developer, left the studio in May.\n\n“I wanted to build my own thing,” she said.",
			[]want{{"I wanted to build my own thing,", "Nadia Orrel", Full, "a senior mobile game developer"}}},
	})
}
