package index

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"dossier/app"
	"dossier/app/corpus"
)

// TestPhraseByPairsAsBleve: a phrase searched from its word pairs finds the
// same documents with the same scores as Bleve's phrase query, for two- and
// three-word phrases, phrases with stop words inside and around, phrases
// that do not occur, and one word.
func TestPhraseByPairsAsBleve(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	docs := append(testDocs(), corpusDocs(300)...)
	docs = append(docs, app.IndexDoc{ID: "S1", Type: app.TypeNote, Body: "reopened at Monday; reopened Monday; the port reopened on a Monday", Fingerprint: "s1"},
		app.IndexDoc{ID: "S2", Type: app.TypeNote, Body: "korea north korea north korea", Fingerprint: "s2"})
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: docs}); err != nil {
		t.Fatal(err)
	}
	phrases := []string{"North Korea", "foreign minister", "the United States", "special envoy said", "Workers' Party",
		"reopened on Monday", "reopened Monday", "North Korea said the", "korea north korea", "north korea north",
		"minister foreign", "sanctioned banks", "summit", "the of", "central bank", "prime minister of", "nuclear weapons programme"}
	for _, p := range phrases {
		for _, f := range textFields {
			want := query.NewMatchPhraseQuery(p)
			want.SetField(f)
			got := newPhraseQuery(f, p)
			a, b := x.runRaw(t, want), x.runRaw(t, got)
			if a != b {
				t.Errorf("%q in %s:\n pairs %s\n bleve %s", p, f, b, a)
			}
		}
	}
}

// runRaw runs q and returns its total and hits with scores.
func (x *Index) runRaw(t *testing.T, q query.Query) string {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 10000, 0, false)
	res, err := x.b.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	// Hits of equal score in document order, which a background merge
	// between two searches may change: by ID instead.
	hits := res.Hits
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].ID < hits[j].ID
	})
	s := fmt.Sprint(res.Total)
	for _, h := range hits {
		s += fmt.Sprintf(" %s:%.9f", h.ID, h.Score)
	}
	return s
}

// TestFacetCountsCachedUntilChange: facet counts come from the cache for
// the same query and filters, and are counted again once the index changes.
func TestFacetCountsCachedUntilChange(t *testing.T) {
	x := loaded(t)
	ctx := context.Background()
	count := func(req app.SearchRequest) int {
		t.Helper()
		req.Facets = true
		res, err := x.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Facets[app.FacetType] {
			if f.Value == "quote" {
				return f.Count
			}
		}
		return 0
	}
	req := app.SearchRequest{Query: "sanctions OR common"}
	if n := count(req); n != 2 {
		t.Fatalf("quotes = %d, want 2", n)
	}
	if len(x.facets.m) != 1 {
		t.Fatalf("cache holds %d entries", len(x.facets.m))
	}
	// A caller changing its counts does not change the cache's.
	res, _ := x.Search(ctx, app.SearchRequest{Query: req.Query, Facets: true, Sort: app.SortNewest, Size: 1})
	res.Facets[app.FacetType][0].Count = 99
	if n := count(req); n != 2 {
		t.Fatalf("quotes after a caller's change = %d", n)
	}
	if n := count(app.SearchRequest{Query: req.Query, Types: []app.DocType{app.TypeArticle}}); n != 0 {
		t.Fatalf("filtered quotes = %d", n)
	}
	q := app.IndexDoc{ID: "Q9", Type: app.TypeQuote, Body: "More sanctions to come", Fingerprint: "q9"}
	if err := x.Apply(ctx, app.IndexBatch{Upserts: []app.IndexDoc{q}}); err != nil {
		t.Fatal(err)
	}
	if n := count(req); n != 3 {
		t.Fatalf("quotes after an update = %d, want 3", n)
	}
}

// BenchmarkPhrase compares a phrase searched from its word pairs with
// Bleve's phrase query and with a term query, on 2,000 generated articles
// (top 20 of the four text fields, as Search asks), in CPU time per query.
func BenchmarkPhrase(b *testing.B) {
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
	fields := func(mk func(f, p string) query.Query, p string) query.Query {
		var out []query.Query
		for _, f := range textFields {
			out = append(out, mk(f, p))
		}
		return query.NewDisjunctionQuery(out)
	}
	kinds := map[string]func(i int) query.Query{
		"pairs": func(i int) query.Query {
			return fields(func(f, p string) query.Query { return newPhraseQuery(f, p) }, qs.Phrases[i%len(qs.Phrases)])
		},
		"bleve": func(i int) query.Query {
			return fields(func(f, p string) query.Query {
				q := query.NewMatchPhraseQuery(p)
				q.SetField(f)
				return q
			}, qs.Phrases[i%len(qs.Phrases)])
		},
		"term": func(i int) query.Query {
			return fields(func(f, p string) query.Query {
				q := query.NewMatchQuery(p)
				q.SetField(f)
				return q
			}, qs.Terms[i%len(qs.Terms)])
		},
	}
	for _, name := range []string{"term", "bleve", "pairs"} {
		b.Run(name, func(b *testing.B) {
			c0 := cpuSeconds()
			i := 0
			for b.Loop() {
				if _, err := x.b.Search(bleve.NewSearchRequestOptions(kinds[name](i), 20, 0, false)); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric((cpuSeconds()-c0)*1000/float64(i), "cpu-ms/op")
		})
	}
}

// TestPhraseInTextPastThePairBound: a text longer than maxPairTerms keeps
// word pairs for its start only (a long text of varied words took over
// 500 MB to import); a phrase past them is still found, and the same
// documents come back as from Bleve's own phrase query.
func TestPhraseInTextPastThePairBound(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	var long []byte
	for i := 0; i < maxPairTerms+5000; i++ {
		long = fmt.Appendf(long, "w%d ", i%7919)
	}
	long = append(long, "the harbour master resigned"...)
	docs := append(testDocs(), app.IndexDoc{ID: "LONG", Type: app.TypeNote, Body: string(long), Fingerprint: "long"},
		app.IndexDoc{ID: "SHORT", Type: app.TypeNote, Body: "A harbour master spoke.", Fingerprint: "short"})
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: docs}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"harbour master", "harbour master resigned", "w5 w6", "North Korea"} {
		want := query.NewMatchPhraseQuery(p)
		want.SetField("body")
		a, b := x.runRaw(t, want), x.runRaw(t, newPhraseQuery("body", p))
		if ids := func(s string) string { // documents and total, not scores
			out := ""
			for _, f := range strings.Fields(s) {
				id, _, _ := strings.Cut(f, ":")
				out += id + " "
			}
			return out
		}; ids(a) != ids(b) {
			t.Errorf("%q: pairs %s, bleve %s", p, b, a)
		}
	}
	if got := x.runRaw(t, newPhraseQuery("body", "master resigned")); !strings.Contains(got, "LONG") {
		t.Errorf("the phrase past the pairs' bound was not found: %s", got)
	}
}
