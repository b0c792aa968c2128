package quotes

import "testing"

// A noun that an appositive names as whom the person serves ("special
// assistant to the president", "who appeared at the end of the video") is
// not that person's role: "the president" later is someone else. The
// texts are written for this test (issue 20, twenty-seventh round).
func TestFindRound27bServed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an assistant to the president",
			"President Hal Dorn lost the vote in Halden on Sunday.\n\nTom Vale, a lawyer who serves as the special assistant to the president, called the mayor on Monday.\n\n“Big day today!” the president said.",
			[]want{
				{"Big day today!", "Hal Dorn", Full, ""},
			}},
		{"the president of the assistant's own title stays",
			"Tom Vale, the president of the Halden rowing club, called the mayor on Monday.\n\n“Big day today!” the president said.",
			[]want{
				{"Big day today!", "Tom Vale", Full, ""},
			}},
	})
}
