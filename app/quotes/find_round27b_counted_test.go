package quotes

import "testing"

// Unnamed sources counted off ("The second official put it this way",
// "the third official said") are each the source counted, not the first
// one the text described with the same noun. The texts are written for
// this test (issue 20, twenty-seventh round).
func TestFindRound27bCounted(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the official after the second official",
			"The rally was planned in a rush.\n\n“Nobody told us anything,” a senior official said.\n\nThe second official put it this way: “We were never asked,” the official said, “and they laughed at us.”",
			[]want{
				{"Nobody told us anything,", "a senior official", Full, ""},
				{"We were never asked,", "The second official", Full, ""},
				{"and they laughed at us.", "The second official", Full, ""},
			}},
		{"the third official itself",
			"The rally was planned in a rush.\n\n“Nobody told us anything,” a senior official said.\n\n“We booked the hall ourselves,” the third official said.",
			[]want{
				{"Nobody told us anything,", "a senior official", Full, ""},
				{"We booked the hall ourselves,", "the third official", Full, ""},
			}},
		{"the official after a second official said",
			"The rally was planned in a rush.\n\n“Nobody told us anything,” a senior official said.\n\n“We booked the hall ourselves,” a second official said. “It was cheap,” the official added.",
			[]want{
				{"Nobody told us anything,", "a senior official", Full, ""},
				{"We booked the hall ourselves,", "a second official", Full, ""},
				{"It was cheap,", "a second official", Full, ""},
			}},
	})
}
