package index

import (
	"fmt"
	"sync"
	"testing"
)

func TestWordTermsAsTheAnalyser(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	an := m.AnalyzerNamed(anText)
	c := newWordTerms(an)
	for _, w := range []string{"Sanctions", "the", "Korea's", "running", "3.5", "Pyongyang"} {
		var want string
		if ts := an.Analyze([]byte(w)); len(ts) > 0 {
			want = string(ts[0].Term)
		}
		for range 2 { // analysed, then remembered
			if got := c.term(w); got != want {
				t.Errorf("term(%q) = %q, want %q", w, got, want)
			}
		}
	}
	if c.term("the") != "" {
		t.Error("a stop word has a term")
	}
}

// TestWordTermsBounded checks that the cache starts afresh past its bound
// and still answers right, with searches reading it at once.
func TestWordTermsBounded(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	c := newWordTerms(m.AnalyzerNamed(anText))
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Go(func() {
			for i := range maxWordTerms/2 + 10 {
				w := fmt.Sprintf("w%dx%d", g, i)
				if got := c.term(w); got != w {
					t.Errorf("term(%q) = %q", w, got)
					return
				}
			}
		})
	}
	wg.Wait()
	n := 0
	c.terms.Range(func(_, _ any) bool { n++; return true })
	if n > maxWordTerms || n == 0 {
		t.Errorf("cache holds %d words, bound %d", n, maxWordTerms)
	}
}
