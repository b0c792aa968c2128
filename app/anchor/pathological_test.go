package anchor

import (
	"strings"
	"testing"
	"time"
)

// Periodic text with long quotes puts near matches everywhere: the work
// budget keeps such calls short (times are logged, not asserted).
func TestPathologicalInputs(t *testing.T) {
	cases := []struct{ text, exact string }{
		{strings.Repeat("a", 16000), strings.Repeat("a", 2000) + "b" + strings.Repeat("a", 2000)},
		{strings.Repeat("ab", 8000), strings.Repeat("ab", 1000) + "c" + strings.Repeat("ab", 1000)},
		{strings.Repeat("abc ", 4000), strings.Repeat("abc ", 500) + "x" + strings.Repeat("abd ", 500)},
		{strings.Repeat("a", 16000), "a"},
		{strings.Repeat("ab", 8000), "abababababababababababababababac"},
		{strings.Repeat("abcdefgh", 2000), strings.Repeat("abcdefgx", 8)},
	}
	for i, c := range cases {
		t0 := time.Now()
		r := Reanchor(c.text, Selector{Exact: c.exact, Prefix: "zzz", Start: 5})
		t.Logf("case %d: %v, %s", i, time.Since(t0), r.Status)
		if r.Status == Exact || r.Status == Moved {
			t.Errorf("case %d: the quote is not in the text: %+v", i, r)
		}
	}
}
