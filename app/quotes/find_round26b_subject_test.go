package quotes

import "testing"

// An indefinite described person opening a sentence with a verb that is
// no verb of speech ("A second Treasury official sought to …") is whom
// the "he" of the quotation after it means, not the body that spoke
// before. The text is written for this test (issue 20, twenty-sixth
// round).
func TestFindRound26bSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an indefinite subject before he said",
			"Two guards were hurt in the raid, which the Halden administration first said was the work of a lone man.\n\nA second Treasury department official sought to play down the reports. “We can’t confirm that,” he said.",
			[]want{
				{"We can’t confirm that,", "A second Treasury department official", Full, ""},
			}},
	})
}
