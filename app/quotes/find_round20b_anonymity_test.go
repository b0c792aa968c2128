package quotes

import "testing"

// A verb of speech inside a clause of anonymity ("on condition that his
// or her identity was not disclosed") is the terms the source talks on,
// not speech: the source who told reporters says the words. The text is
// written for this test (issue 20, twentieth round).
func TestFindRound20bAnonymity(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"identity not disclosed",
			"\"An informal setting lets the leaders cover more ground,\" said a senior ministry official.\n\nThe talks are meant to \"build a relationship we will rely on for years,\" the senior official told reporters on condition that his or her identity was not disclosed.",
			[]want{{"An informal setting lets the leaders cover more ground,", "a senior ministry official", Full, ""},
				{"build a relationship we will rely on for years,", "a senior ministry official", Partial, ""}}},
	})
}
