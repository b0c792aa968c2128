package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// wordQuery is a plain or fuzzy word searched in one or more text fields: Bleve's
// disjunction over the fields of a match query each. A word that every
// field's analyser reads as one term (or none) is such a disjunction of
// single terms, which is a prefix with one completion per field: in a
// Scorch index prefixSearcher reads its postings straight from the
// segments, and the word is scored as Bleve scores it. A fuzzy word is the
// same with the field's terms within its edits for completions, each
// weighted as Bleve's fuzzy searcher weights it. Through Bleve's
// searchers a common word's every hit went up through a disjunction of
// term searchers (a heap, a reader and a scorer each): two thirds of a term
// query's time, and more of a two-word AND's, whose conjunction advances
// both disjunctions.
type wordQuery struct {
	fields []string
	word   string
	fuzzy  int // edits allowed, 0 for the word itself
	boost  float64
}

func newWordQuery(fields []string, word string, fuzzy int) *wordQuery {
	return &wordQuery{fields: fields, word: word, fuzzy: fuzzy, boost: 1}
}

// SetBoost sets the query's boost.
func (q *wordQuery) SetBoost(b float64) { q.boost = b }

// Boost returns the query's boost.
func (q *wordQuery) Boost() float64 { return q.boost }

// Searcher is prefixSearcher for a word of one term, Bleve's disjunction of
// match queries otherwise (a word the analyser splits, "Chung-in", needs
// all its parts).
func (q *wordQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	if snap, ok := r.(*scorch.IndexSnapshot); ok && q.fuzzy <= searcher.MaxFuzziness && !q.synonyms(ctx) {
		groups, ok, err := q.groups(snap, m)
		if err != nil {
			return nil, err
		}
		if ok && plainScoring(ctx, opt, groups) {
			return newPrefixSearcher(ctx, snap, groups, q.boost)
		}
	}
	return q.bleve().Searcher(ctx, r, m, opt)
}

// synonyms reports whether the search has synonyms for any of the
// fields, which a fuzzy word's candidates would have to be matched with.
func (q *wordQuery) synonyms(ctx context.Context) bool {
	if q.fuzzy == 0 || ctx == nil {
		return false
	}
	fts, _ := ctx.Value(search.FieldTermSynonymMapKey).(search.FieldTermSynonymMap)
	for _, f := range q.fields {
		if len(fts[f]) > 0 {
			return true
		}
	}
	return false
}

// groups are the word's term in each field, as the field's analyser reads
// it, or for a fuzzy word the index's terms within its edits; false when an
// analyser reads more than one term.
func (q *wordQuery) groups(r index.IndexReaderFuzzy, m mapping.IndexMapping) ([]prefixGroup, bool, error) {
	groups := make([]prefixGroup, len(q.fields))
	for i, f := range q.fields {
		a := m.AnalyzerNamed(m.AnalyzerNameForPath(f))
		if a == nil {
			return nil, false, nil
		}
		groups[i].field = f
		toks := a.Analyze([]byte(q.word))
		switch len(toks) {
		case 0: // a stop word: the field's match query matches nothing
			continue
		case 1:
		default:
			return nil, false, nil
		}
		term := string(toks[0].Term)
		groups[i].terms = []string{term}
		if q.fuzzy == 0 {
			continue
		}
		terms, boosts, err := fuzzyCandidates(r, f, term, q.fuzzy)
		if err != nil {
			return nil, false, err
		}
		// Bleve searches the word itself when it is its only candidate,
		// or there is none: a term of boost 1 either way.
		if len(terms) > 1 || len(terms) == 1 && terms[0] != term {
			groups[i].terms, groups[i].boosts = terms, boosts
		}
	}
	return groups, true, nil
}

// fuzzyCandidates are the terms of field within edits of term, each with
// the boost Bleve's fuzzy searcher gives it: 1/(distance+1).
func fuzzyCandidates(r index.IndexReaderFuzzy, field, term string, edits int) (terms []string, boosts []float64, err error) {
	d, _, err := r.FieldDictFuzzyAutomaton(field, term, edits, "")
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		if cerr := d.Close(); err == nil {
			err = cerr
		}
	}()
	for {
		e, err := d.Next()
		if err != nil {
			return nil, nil, err
		}
		if e == nil {
			return terms, boosts, nil
		}
		terms = append(terms, e.Term)
		boosts = append(boosts, 1/float64(e.EditDistance+1))
	}
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
		mq.SetFuzziness(q.fuzzy)
		mq.SetBoost(q.boost)
		qs = append(qs, mq)
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

var _ query.Query = (*wordQuery)(nil)
