package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"dossier/app"
)

// bleveWord is a word query searched by Bleve's own searchers, as every
// plain word was before wordQuery: the reference it is held to.
type bleveWord struct{ *wordQuery }

func (q bleveWord) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	return q.bleve().Searcher(ctx, r, m, opt)
}

// TestWordAsBleve: a word searched by prefixSearcher finds the same
// documents with the same scores as Bleve's disjunction of match queries,
// for common, rare, stemmed, capitalised, absent and stop words and words
// the analyser splits; in one field and in several, boosted; alone, two
// of them ANDed (as "+a +b" asks), and inside conjunctions (which advance
// it across its windows), disjunctions and negations; in an index of
// several segments with deleted and replaced documents.
func TestWordAsBleve(t *testing.T) {
	x := windowedIndex(t)
	words := []string{"minister", "Ministers", "government", "sanctions", "north", "filler7", "qqq", "the", "Chung-in", "korea"}
	fieldSets := [][]string{textFields, {fBody}, {fTitle, fNames}}
	pair := func(a, b query.Query) query.Query {
		return query.NewBooleanQuery([]query.Query{a, b}, nil, nil)
	}
	for _, fz := range []int{0, 1, 2} {
		for _, w := range words {
			for _, fs := range fieldSets {
				for _, boost := range []float64{1, 2.5} {
					got := newWordQuery(fs, w, fz)
					got.SetBoost(boost)
					want := bleveWord{newWordQuery(fs, w, fz)}
					want.SetBoost(boost)
					if a, b := x.runRaw(t, want), x.runRaw(t, got); a != b {
						t.Errorf("%q~%d in %v ^%g:\n segments %.300s\n bleve    %.300s", w, fz, fs, boost, b, a)
					}
					if boost != 1 {
						continue
					}
					for _, other := range []string{"minister", "filler7", "korea"} {
						// +w +other, both words searched the same way.
						if a, b := x.runRaw(t, pair(want, bleveWord{newWordQuery(fs, other, fz)})), x.runRaw(t, pair(got, newWordQuery(fs, other, fz))); a != b {
							t.Errorf("+%q +%q~%d in %v:\n segments %.300s\n bleve    %.300s", w, other, fz, fs, b, a)
						}
						if fz > 0 {
							continue // beside other searchers a fuzzy word is a plain one
						}
						x.besideTerm(t, want, got, other, fmt.Sprintf("%q in %v", w, fs))
					}
				}
			}
		}
	}
}

// TestWordAsBeforeInSearch: a plain or fuzzy word in a search is what it was when
// each field's match query went to Bleve (boost aside: Bleve ignored a
// boost on the disjunction of the fields, the word now carries it).
func TestWordAsBeforeInSearch(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: append(testDocs(), corpusDocs(300)...)}); err != nil {
		t.Fatal(err)
	}
	before := func(fields []string, word string, fuzzy int) query.Query {
		qs := make([]query.Query, 0, len(fields))
		for _, f := range fields {
			q := query.NewMatchQuery(word)
			q.SetField(f)
			q.SetOperator(query.MatchQueryOperatorAnd)
			if fuzzy > 0 {
				q.SetFuzziness(fuzzy)
			}
			qs = append(qs, q)
		}
		return query.NewDisjunctionQuery(qs)
	}
	for _, c := range []struct {
		query, word string
		fuzzy       int
	}{{"minister", "minister", 0}, {"government", "government", 0}, {"North", "North", 0}, {"the", "the", 0},
		{"goverment~1", "goverment", 1}, {"minster~2", "minster", 2}} {
		w := c.query
		clauses, err := parseQuery(w)
		if err != nil {
			t.Fatal(err)
		}
		got, err := buildQuery(clauses)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := got.(*wordQuery); !ok {
			t.Fatalf("%q is searched as %T, not as a wordQuery", w, got)
		}
		if a, b := x.runRaw(t, before(textFields, c.word, c.fuzzy)), x.runRaw(t, got); a != b {
			t.Errorf("%q:\n now    %.300s\n before %.300s", w, b, a)
		}
	}
}
