package quotes

import "testing"

// "“…,” Maria Colby, senior policy adviser at Bread First, told
// reporters": an appositive may open with two lower-case modifiers before
// its role noun, and the person named before it speaks, not the group the
// paragraph before described. Each text is written for this test (issue
// 20, nineteenth round).
func TestFindRound19aAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"two modifiers before the role",
			"Ahead of the vote, aid groups were warning against dropping the coalition from the list.\n\n\"Every group working on hunger in the region would be deeply disappointed if the party is removed again,\" Maria Colby, senior policy adviser at Bread First, told reporters from London.\n\n\"All sides have shown a complete disregard for the safety of civilians.\"",
			[]want{
				{"Every group working on hunger in the region would be deeply disappointed if the party is removed again,", "Maria Colby", Full, "senior policy adviser at Bread First"},
				{"All sides have shown a complete disregard for the safety of civilians.", "Maria Colby", Full, ""},
			}},
	})
}
