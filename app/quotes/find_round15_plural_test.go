package quotes

import "testing"

// "Brisk Clip stars can earn millions": a name before a plural noun and
// an auxiliary modifies the noun; it is no person to take the next
// quotation. Each text is written for this test (issue 20, fifteenth
// round).
func TestFindRound15NameBeforePluralNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"platform stars can …, then a verbless quotation",
			"“I started filming in my kitchen,” said Dana Pruett.\n\nTen years on, Brisk Clip stars can earn millions through sponsorship. “We worship celebrities now, and I found it all so silly.”",
			[]want{
				{"I started filming in my kitchen,", "Dana Pruett", Full, ""},
				{"We worship celebrities now, and I found it all so silly.", "Dana Pruett", Full, ""},
			}},
		{"league fans were …, then a verbless quotation",
			"“The stadium will be full again,” said Omar Vell, who runs the club.\n\nLast season Cobalt Shore fans were kept away by the works. “It felt like playing in a library.”",
			[]want{
				{"The stadium will be full again,", "Omar Vell", Full, "runs the club"},
				{"It felt like playing in a library.", "Omar Vell", Full, "runs the club"},
			}},
	})
}
