package anchor

import (
	"errors"
	"math/rand/v2"
	"testing"
)

// A Cutter gives exactly New's selectors and errors, for spans in any order.
func TestCutterMatchesNew(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	alphabet := []string{"a", "b", " ", "é", "“", "北", "\xff", "\n", "🙂"}
	for range 300 {
		var text string
		for range r.IntN(200) {
			text += alphabet[r.IntN(len(alphabet))]
		}
		n := len([]rune(text))
		c := NewCutter(text)
		for range 40 {
			start := r.IntN(n+3) - 1
			end := start + r.IntN(80) - 2
			if r.IntN(4) == 0 { // mostly in order, as the quote finder's spans
				start, end = r.IntN(n+1), r.IntN(n+2)
			}
			want, werr := New(text, start, end)
			got, gerr := c.New(start, end)
			if (werr == nil) != (gerr == nil) || werr != nil && (!errors.Is(gerr, ErrBadSpan) || werr.Error() != gerr.Error()) {
				t.Fatalf("%q [%d,%d): error %v; New %v", text, start, end, gerr, werr)
			}
			if got != want {
				t.Fatalf("%q [%d,%d):\n got %+v\nwant %+v", text, start, end, got, want)
			}
		}
	}
}
