package quotes

import "testing"

// "The trend … – notably Tom Reyes and Ana Cole – guarantees attention,
// says political scientist Marcus Webb. “…,” he adds.": a reporting clause
// that closes its sentence makes everything before its comma what the
// speaker says, so a name in it is talked about and the next "he" is the
// speaker's. The texts are written for this test (issue 20, twenty-fourth
// round).
func TestFindRound24bClosingReport(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"inverted clause after a name in the subject",
			"The habit of young voters to follow comedians – notably Tom Reyes (\"Late Hour\") and Ana Cole – gives the campaign wide reach, says Harbor State University sociologist Marcus Webb.\n\n" +
				"\"Young voters take this very seriously,\" he adds.",
			[]want{{"Young voters take this very seriously,", "Marcus Webb", Full, ""}}},
		{"name then verb",
			"The pull of comedians – above all Tom Reyes (\"Night Desk\") and Ana Cole – on young voters has grown, Marcus Webb says.\n\n" +
				"\"It will not last,\" he says.",
			[]want{{"It will not last,", "Marcus Webb", Full, ""}}},
	})
}
