package index

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	index "github.com/blevesearch/bleve_index_api"

	"dossier/app"
	"dossier/app/corpus"
)

// blevePrefix is a prefix query searched by Bleve's own searchers, as
// prefixQuery was before prefixSearcher: the reference it is held to.
type blevePrefix struct{ *prefixQuery }

func (q blevePrefix) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	groups, err := q.groups(r, m)
	if err != nil {
		return nil, err
	}
	return bleveDisjunction(ctx, r, groups, q.boost, opt)
}

// TestPrefixAsBleve: a prefix searched by prefixSearcher finds the same
// documents with the same scores as Bleve's disjunctions of term searchers,
// for short and long prefixes, whole words, prefixes with no completions,
// one field and all four, boosted; alone, and inside conjunctions (which
// advance it past documents, across its windows), disjunctions and
// negations; in an index of several segments with deleted and replaced
// documents.
func TestPrefixAsBleve(t *testing.T) {
	x := windowedIndex(t)
	prefixes := []string{"s", "mi", "min", "gov", "sanctions", "Minister", "north", "qqq", "the"}
	fieldSets := [][]string{textFields, {fBody}, {fTitle, fNames}}
	for _, p := range prefixes {
		for _, fs := range fieldSets {
			for _, boost := range []float64{1, 2.5} {
				got := newPrefixQuery(fs, p)
				got.SetBoost(boost)
				want := blevePrefix{newPrefixQuery(fs, p)}
				want.SetBoost(boost)
				if a, b := x.runRaw(t, want), x.runRaw(t, got); a != b {
					t.Errorf("%q in %v ^%g:\n segments %.300s\n bleve    %.300s", p, fs, boost, b, a)
				}
				if boost != 1 {
					continue
				}
				for _, other := range []string{"minister", "filler7", "korea"} {
					x.besideTerm(t, want, got, other, fmt.Sprintf("%q in %v", p, fs))
				}
			}
		}
	}
}

// besideTerm compares the searcher under test (got) with Bleve's (want)
// inside a conjunction, a disjunction and a negation with a term query for
// other in the body, which advance it past documents and across windows.
func (x *Index) besideTerm(t *testing.T, want, got query.Query, other, label string) {
	t.Helper()
	tq := query.NewTermQuery(other)
	tq.SetField(fBody)
	for name, mk := range map[string]func(q query.Query) query.Query{
		"and": func(q query.Query) query.Query { return query.NewConjunctionQuery([]query.Query{tq, q}) },
		"or":  func(q query.Query) query.Query { return query.NewDisjunctionQuery([]query.Query{tq, q}) },
		"not": func(q query.Query) query.Query {
			return query.NewBooleanQuery([]query.Query{q}, nil, []query.Query{tq})
		},
	} {
		if a, b := x.runRaw(t, mk(want)), x.runRaw(t, mk(got)); a != b {
			t.Errorf("%s %s %s:\n segments %.300s\n bleve    %.300s", label, name, other, b, a)
		}
	}
}

// windowedIndex is an index of three segments for the segment readers'
// tests: one of short documents spanning several windows, then two of
// articles, with documents deleted and replaced after them.
func windowedIndex(t *testing.T) *Index {
	t.Helper()
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	// One segment of short documents spanning several windows, then two
	// of articles.
	var docs []app.IndexDoc
	for i := range 2*window + 100 {
		docs = append(docs, app.IndexDoc{ID: "W" + itoa(i), Type: app.TypeQuote, Body: fillerBody(i), Fingerprint: "w"})
	}
	fillers := len(docs)
	docs = append(append(docs, testDocs()...), corpusDocs(200)...)
	ctx := context.Background()
	for _, batch := range [][]app.IndexDoc{docs[:fillers], docs[fillers : fillers+100], docs[fillers+100:]} {
		if err := x.Apply(ctx, app.IndexBatch{Upserts: batch}); err != nil {
			t.Fatal(err)
		}
	}
	x.churn(t, docs, "Ministers of the government met; ")
	if n, _ := x.Segments(); n < 3 {
		t.Fatalf("%d segments: the test needs several", n)
	}
	return x
}

// fillerBody is a short text for document i: a few words shared by many
// documents, so that windows hold many matches, and a rarer one.
func fillerBody(i int) string {
	words := []string{"minister said", "government ministers", "sanctions", "north", "the mining minister", "filler"}
	return words[i%len(words)] + " " + words[(i/7)%len(words)] + " filler" + itoa(i%11)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// TestTermWeightAsBleve: termWeight scores as Bleve's TF-IDF term scorer,
// to the last bit, before and after a query norm.
func TestTermWeightAsBleve(t *testing.T) {
	ctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(1, 0)}
	for _, c := range []struct {
		boost          float64
		total, docTerm uint64
		norm           float64
	}{{1, 1000, 10, 1}, {2.5, 99001, 70000, 0.125}, {1, 5, 0, 0.7071067690849304}, {0.3, 1 << 40, 3, 0.01}} {
		want := scorer.NewTermQueryScorer([]byte("t"), "body", c.boost, c.total, c.docTerm, 0, search.SearcherOptions{})
		got := newTermWeight(c.boost, c.total, c.docTerm)
		if want.Weight() != got.weight() {
			t.Errorf("%+v: weight %v, want %v", c, got.weight(), want.Weight())
		}
		for _, qn := range []float64{0, 1, 0.2345} {
			if qn != 0 {
				want.SetQueryNorm(qn)
				got.setQueryNorm(qn)
			}
			for _, freq := range []uint64{1, 2, 3, 63, 64, 65, 1000} {
				tfd := &index.TermFieldDoc{ID: index.NewIndexInternalID(nil, 1), Freq: freq, Norm: c.norm}
				m := want.Score(ctx, tfd)
				if s := got.score(freq, c.norm); s != m.Score || math.IsNaN(s) {
					t.Errorf("%+v norm %v freq %d: score %v, want %v", c, qn, freq, s, m.Score)
				}
				ctx.DocumentMatchPool.Put(m)
			}
		}
	}
}

// BenchmarkPrefix compares a prefix searched by prefixSearcher with the
// same prefix searched by Bleve's disjunctions, on 2,000 generated articles
// (top 20 of the four text fields, as Search asks for a three- or four-
// letter prefix typed), in CPU time per query.
func BenchmarkPrefix(b *testing.B) {
	x, err := Open(filepath.Join(b.TempDir(), "ix"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: corpusDocs(2000)}); err != nil {
		b.Fatal(err)
	}
	if err := x.Settle(context.Background()); err != nil {
		b.Fatal(err)
	}
	qs := corpus.New(corpus.Options{Seed: 1}).Queries()
	prefix := func(i int) string {
		t := qs.Terms[i%len(qs.Terms)]
		return t[:min(len(t), 3+i%2)]
	}
	kinds := map[string]func(i int) query.Query{
		"segments": func(i int) query.Query { return newPrefixQuery(textFields, prefix(i)) },
		"bleve":    func(i int) query.Query { return blevePrefix{newPrefixQuery(textFields, prefix(i))} },
	}
	x.benchKinds(b, kinds, "bleve", "segments")
}

// FuzzPrefixAsBleve: any prefix, in any set of text fields, alone or with a
// term, finds what Bleve's disjunctions find, with the same scores, in an
// index of three segments with deleted and replaced documents.
func FuzzPrefixAsBleve(f *testing.F) {
	for _, s := range []string{"s", "mi", "min", "sanctions", "Ünver", "north-korea", "qqq", "the", "3.5", "\xff", ""} {
		f.Add(s, uint8(15), false)
	}
	f.Add("gov", uint8(4), true)
	x := openTest(f, filepath.Join(f.TempDir(), "index.bleve"))
	docs := append(testDocs(), corpusDocs(60)...)
	ctx := context.Background()
	half := len(docs) / 2
	for _, b := range [][]app.IndexDoc{docs[:half], docs[half:]} {
		if err := x.Apply(ctx, app.IndexBatch{Upserts: b}); err != nil {
			f.Fatal(err)
		}
	}
	x.churn(f, docs, "Ministers of the government met; ")
	f.Fuzz(func(t *testing.T, prefix string, mask uint8, and bool) {
		var fs []string
		for i, fl := range textFields {
			if mask&(1<<i) != 0 {
				fs = append(fs, fl)
			}
		}
		if len(fs) == 0 || len(prefix) > 64 {
			return
		}
		var got, want query.Query = newPrefixQuery(fs, prefix), blevePrefix{newPrefixQuery(fs, prefix)}
		if and {
			tq := query.NewTermQuery("minist")
			tq.SetField(fBody)
			got, want = query.NewConjunctionQuery([]query.Query{tq, got}), query.NewConjunctionQuery([]query.Query{tq, want})
		}
		if a, b := x.runRaw(t, want), x.runRaw(t, got); a != b {
			t.Errorf("%q in %v (and %v):\n segments %.300s\n bleve    %.300s", prefix, fs, and, b, a)
		}
	})
}
