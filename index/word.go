package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// wordQuery is a plain word searched in one or more text fields: Bleve's
// disjunction over the fields of a match query each. A word that every
// field's analyser reads as one term (or none) is such a disjunction of
// single terms, which is a prefix with one completion per field: in a
// Scorch index prefixSearcher reads its postings straight from the
// segments, and the word is scored as Bleve scores it. Through Bleve's
// searchers a common word's every hit went up through a disjunction of
// term searchers (a heap, a reader and a scorer each): two thirds of a term
// query's time, and more of a two-word AND's, whose conjunction advances
// both disjunctions.
type wordQuery struct {
	fields []string
	word   string
	boost  float64
}

func newWordQuery(fields []string, word string) *wordQuery {
	return &wordQuery{fields: fields, word: word, boost: 1}
}

// SetBoost sets the query's boost.
func (q *wordQuery) SetBoost(b float64) { q.boost = b }

// Boost returns the query's boost.
func (q *wordQuery) Boost() float64 { return q.boost }

// Searcher is prefixSearcher for a word of one term, Bleve's disjunction of
// match queries otherwise (a word the analyser splits, "Chung-in", needs
// all its parts).
func (q *wordQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	if snap, ok := r.(*scorch.IndexSnapshot); ok {
		if groups, ok := q.groups(m); ok && plainScoring(ctx, opt, groups) {
			return newPrefixSearcher(ctx, snap, groups, q.boost)
		}
	}
	return q.bleve().Searcher(ctx, r, m, opt)
}

// groups are the word's term in each field, as the field's analyser reads
// it; false when an analyser reads more than one term.
func (q *wordQuery) groups(m mapping.IndexMapping) ([]prefixGroup, bool) {
	groups := make([]prefixGroup, len(q.fields))
	for i, f := range q.fields {
		a := m.AnalyzerNamed(m.AnalyzerNameForPath(f))
		if a == nil {
			return nil, false
		}
		groups[i].field = f
		switch toks := a.Analyze([]byte(q.word)); len(toks) {
		case 0: // a stop word: the field's match query matches nothing
		case 1:
			groups[i].terms = []string{string(toks[0].Term)}
		default:
			return nil, false
		}
	}
	return groups, true
}

// bleve is the query as Bleve's own: a match query per field, all of the
// word's parts required, in a disjunction over the fields. The boost goes
// to each field's query (a disjunction's own boost Bleve ignores).
func (q *wordQuery) bleve() query.Query {
	qs := make([]query.Query, 0, len(q.fields))
	for _, f := range q.fields {
		mq := query.NewMatchQuery(q.word)
		mq.SetField(f)
		mq.SetOperator(query.MatchQueryOperatorAnd)
		mq.SetBoost(q.boost)
		qs = append(qs, mq)
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

var _ query.Query = (*wordQuery)(nil)
