package quotes

import "testing"

// "…,” X, an appositive, said in a May 17 memo.": the month "May" is no
// auxiliary opening a clause of its own, so the clause of speech closes
// the sentence and the fragment is X's; "said in a May 17 statement" makes
// the subject the statement's author as "said in a statement" does. The
// text is written for this test (issue 20, twenty-fifth round).
func TestFindRound25bDatedText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said in a May memo",
			"The agency plans to move staff south.\n\nOfficers will assist the Border Patrol \"in streamlining operations and managing overcrowding at holding sites,\" Randy J. Howe, the director, said in a May 17 memo.",
			[]want{{"in streamlining operations and managing overcrowding at holding sites,", "Randy J. Howe", Partial, ""}}},
		{"the dated statement's author",
			"The Harbor Council said in a May 17 statement that the port would close.\n\n\"The closure is needed for the safety of the crews,\" the statement said.",
			[]want{{"The closure is needed for the safety of the crews,", "Harbor Council", Full, ""}}},
	})
}
