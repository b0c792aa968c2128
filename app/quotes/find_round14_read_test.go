package quotes

import "testing"

// "“…,” the statement read." and "“…”, reads this banner.": right after a
// quotation, "read" reports what is written, as "said" does; the
// statement's words are its author's. Each text is written for this test
// (issue 20, fourteenth round).
func TestFindRound14ReadReports(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a joint statement read, after someone else spoke",
			"Actor Tom Rell took to Instagram to mourn him.\n\n“You left us too soon,” Rell wrote.\n\nVistaNet and Polar Television released a statement mourning Gorrin on Tuesday.\n\n“He was the actor that others aspire to be,” the statement read. “We will miss him tremendously.”",
			[]want{{"You left us too soon,", "Tom Rell", Full, ""}, {"He was the actor that others aspire to be,", "VistaNet and Polar Television", Full, ""}, {"We will miss him tremendously.", "VistaNet and Polar Television", Full, ""}}},
		{"inverted: reads this banner",
			"Hundreds of migrants marched on Sunday, said organiser Pia Moll.\n\n\"Down with borders! We have a nationality\", reads this banner.",
			[]want{{"Down with borders! We have a nationality", "this banner", Full, ""}}},
		{"read as reading stays no speech",
			"Ana Lutz said she read the report twice.\n\n“It changed my mind,” she said.",
			[]want{{"It changed my mind,", "Ana Lutz", Full, ""}}},
	})
}
