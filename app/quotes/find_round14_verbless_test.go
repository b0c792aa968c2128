package quotes

import "testing"

// "“…,” Tomas Lenk, senior fellow at the Policy Institute.": a quotation
// ending in a comma and followed by a full name and its role, with no verb
// in the sentence, is that person's (the writer left out "says"); the next
// quotation goes on being theirs. Each text is written for this test
// (issue 20, fourteenth round).
func TestFindRound14VerblessName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name and appositive, no verb, then a continuation",
			"“Pay-for-privacy makes privacy a luxury,” says Dana Elm, professor of law at Kell University.\n\nNot everyone agrees. “I still hold the view that these plans help consumers,” Tomas Lenk, senior fellow at the Policy Institute, a think tank. “These plans give consumers a choice.”",
			[]want{{"Pay-for-privacy makes privacy a luxury,", "Dana Elm", Full, ""}, {"I still hold the view that these plans help consumers,", "Tomas Lenk", Full, ""}, {"These plans give consumers a choice.", "Tomas Lenk", Full, ""}}},
	})
}
