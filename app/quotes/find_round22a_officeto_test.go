package quotes

import "testing"

// An office named with "to" ("Chief Secretary to the Treasury", "Envoy to
// the Arctic Council") before a person's name ends where the name begins,
// as one with "of" or "for" does, so that the person's surname alone later
// refers back to the whole name and the body alone is the body; a title
// inside the run after the "to" still heads the name. The texts are written
// for this test (issue 20, twenty-second round).
func TestFindRound22aOfficeTo(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"secretary to the treasury",
			"Grants to six towns will be withdrawn, Chief Secretary to the Treasury Moira Calloway told MPs.\n\nMs Calloway said the cuts were \"painful but fair\".\n\nA harbour plan, which the Treasury says will be reviewed \"before the winter\", was paused.",
			[]want{{"painful but fair", "Moira Calloway", Partial, ""},
				{"before the winter", "Treasury", Partial, ""}}},
		{"envoy to a council",
			"The talks resumed in Oslo, said Special Envoy to the Arctic Council Petra Lindgaard.\n\n\"We have a draft and we have a deadline,\" Lindgaard said.",
			[]want{{"We have a draft and we have a deadline,", "Petra Lindgaard", Full, ""}}},
		{"a title inside the run",
			"The vote is no precedent, Permanent Representative to the UN Ambassador R K Varadan said on Monday.\n\n\"The text singles out one faith,\" Varadan said.",
			[]want{{"The text singles out one faith,", "R K Varadan", Full, ""}}},
	})
}
