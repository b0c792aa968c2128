package quotes

import "testing"

// "Marta Frey, a geneticist at Rockefeller University, who also was not
// involved in the study, said, “…”": a relative clause set off after an
// appositive leaves the appositive before it; the name it describes
// speaks. The text is written for this test (issue 20, twenty-first
// round).
func TestFindRound21bApposThenWho(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"appositive, who clause, said",
			"\"This is really interesting,\" said Dana Ollis, a geneticist at the University of Leeds who was not involved in the study.\n\nMarta Frey, a geneticist at Rockefeller University, who also was not involved in the study, said, \"It is another piece in a very important puzzle.\"",
			[]want{{"This is really interesting,", "Dana Ollis", Full, ""},
				{"It is another piece in a very important puzzle.", "Marta Frey", Full, ""}}},
	})
}
