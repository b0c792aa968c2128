package index

import (
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
)

// wordTerms remembers the analysed term of each word as written, for every
// search of one index: a page of hits is matched word by word (match.go),
// and analysing a word the index's way costs several times a map lookup.
// The same words come back from search to search (and keystroke to
// keystroke), so the cache outlives one matcher. It is safe for
// concurrent use; past maxWordTerms words it starts afresh, which bounds
// its memory at a few megabytes.
type wordTerms struct {
	an    analysis.Analyzer
	terms sync.Map // word as written → its term ("" for a stop word)
	n     atomic.Int64
}

// maxWordTerms bounds the words wordTerms keeps.
const maxWordTerms = 100_000

func newWordTerms(an analysis.Analyzer) *wordTerms { return &wordTerms{an: an} }

// term is the analysed term of word w ("" for a stop word).
func (c *wordTerms) term(w string) string {
	if t, ok := c.terms.Load(w); ok {
		return t.(string)
	}
	var term string
	if ts := c.an.Analyze([]byte(w)); len(ts) > 0 {
		term = string(ts[0].Term)
	}
	if c.n.Add(1) > maxWordTerms {
		c.terms.Clear()
		c.n.Store(1)
	}
	c.terms.Store(w, term)
	return term
}
