package index

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"dossier/app"
	"dossier/app/corpus"
)

// TestPhraseAsBleve: a phrase searched on positions (positionPhrase) finds
// the same documents with the same scores as Bleve's phrase query, for two-
// and three-word phrases, repeated words, phrases with stop words inside and
// around, phrases that do not occur, and one word; alone, and inside
// conjunctions and disjunctions, which advance it past documents; in an
// index of several segments with deleted and replaced documents.
func TestPhraseAsBleve(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	docs := append(testDocs(), corpusDocs(300)...)
	docs = append(docs, app.IndexDoc{ID: "S1", Type: app.TypeNote, Body: "reopened at Monday; reopened Monday; the port reopened on a Monday", Fingerprint: "s1"},
		app.IndexDoc{ID: "S2", Type: app.TypeNote, Body: "korea north korea north korea", Fingerprint: "s2"},
		app.IndexDoc{ID: "S3", Type: app.TypeNote, Body: "The Bank of England and the bank in England; England bank of", Fingerprint: "s3"},
		app.IndexDoc{ID: "S4", Type: app.TypeNote, Body: "minister minister minister foreign minister", Fingerprint: "s4"})
	ctx := context.Background()
	// Several batches make several segments; a later batch deletes and
	// replaces documents of earlier ones.
	for i := 0; i < len(docs); i += 400 {
		if err := x.Apply(ctx, app.IndexBatch{Upserts: docs[i:min(i+400, len(docs))]}); err != nil {
			t.Fatal(err)
		}
	}
	x.churn(t, docs, "North Korea and the foreign minister; ")
	if n, _ := x.Segments(); n < 3 {
		t.Fatalf("%d segments: the test needs several", n)
	}
	phrases := []string{"North Korea", "foreign minister", "the United States", "special envoy said", "Workers' Party",
		"reopened on Monday", "reopened Monday", "North Korea said the", "korea north korea", "north korea north",
		"minister foreign", "sanctioned banks", "summit", "the of", "central bank", "prime minister of",
		"nuclear weapons programme", "Bank of England", "minister minister", "bank in England", "no such words here"}
	for _, p := range phrases {
		for _, f := range textFields {
			want := query.NewMatchPhraseQuery(p)
			want.SetField(f)
			got := newPhraseQuery(f, p)
			if a, b := x.runRaw(t, want), x.runRaw(t, got); a != b {
				t.Errorf("%q in %s:\n positions %s\n bleve     %s", p, f, b, a)
			}
			// In a conjunction the phrase is advanced to the other
			// clause's documents; in a disjunction it is asked for its next.
			for _, other := range []string{"minister", "said", "korea"} {
				tq := query.NewTermQuery(other)
				tq.SetField(f)
				if a, b := x.runRaw(t, query.NewConjunctionQuery([]query.Query{tq, want})),
					x.runRaw(t, query.NewConjunctionQuery([]query.Query{tq, got})); a != b {
					t.Errorf("%q and %s in %s:\n positions %s\n bleve     %s", p, other, f, b, a)
				}
				if a, b := x.runRaw(t, query.NewDisjunctionQuery([]query.Query{tq, want})),
					x.runRaw(t, query.NewDisjunctionQuery([]query.Query{tq, got})); a != b {
					t.Errorf("%q or %s in %s:\n positions %s\n bleve     %s", p, other, f, b, a)
				}
			}
		}
	}
}

// churn deletes some of docs and replaces others with their bodies opened
// by lead, in one batch (a segment holding the new versions, deletions in
// the older ones), then holds merges back for the rest of the test: the
// merger waits for a quiet index, as if it had just been written.
func (x *Index) churn(t testing.TB, docs []app.IndexDoc, lead string) {
	t.Helper()
	var gone []string
	var changed []app.IndexDoc
	for i, d := range docs {
		switch {
		case i%17 == 3:
			gone = append(gone, d.ID)
		case i%23 == 5:
			d.Body = lead + d.Body
			d.Fingerprint += "'"
			changed = append(changed, d)
		}
	}
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: changed, Deletes: gone}); err != nil {
		t.Fatal(err)
	}
	x.gate.lastWrite.Store(time.Now().Add(time.Hour).UnixNano())
}

// runRaw runs q and returns its total and hits with scores.
func (x *Index) runRaw(t testing.TB, q query.Query) string {
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
	var s strings.Builder
	fmt.Fprint(&s, res.Total)
	for _, h := range hits {
		fmt.Fprintf(&s, " %s:%.9f", h.ID, h.Score)
	}
	return s.String()
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

// BenchmarkPhrase compares a phrase searched on its positions
// (positionPhrase) with Bleve's phrase query and with a term query, on 2,000 generated articles
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
		"positions": func(i int) query.Query {
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
	x.benchKinds(b, kinds, "term", "bleve", "positions")
}

// benchKinds times the top 20 hits of each named kind of query, the i-th
// query of a kind being kinds[name](i), in wall and CPU time per query.
func (x *Index) benchKinds(b *testing.B, kinds map[string]func(i int) query.Query, names ...string) {
	for _, name := range names {
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

// TestPhraseInLongText: in a long text whose words repeat thousands of
// times, a phrase is found wherever it is, as Bleve's phrase query finds it.
func TestPhraseInLongText(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	var long []byte
	for i := range 30000 {
		long = fmt.Appendf(long, "w%d harbour ", i%797)
	}
	long = append(long, "the harbour master resigned"...)
	docs := append(testDocs(), app.IndexDoc{ID: "LONG", Type: app.TypeNote, Body: string(long), Fingerprint: "long"},
		app.IndexDoc{ID: "SHORT", Type: app.TypeNote, Body: "A harbour master spoke.", Fingerprint: "short"})
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: docs}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"harbour master", "harbour master resigned", "w5 harbour w6", "w6 w5", "North Korea"} {
		want := query.NewMatchPhraseQuery(p)
		want.SetField("body")
		if a, b := x.runRaw(t, want), x.runRaw(t, newPhraseQuery("body", p)); a != b {
			t.Errorf("%q: positions %s, bleve %s", p, b, a)
		}
	}
	if got := x.runRaw(t, newPhraseQuery("body", "master resigned")); !strings.Contains(got, "LONG") {
		t.Errorf("the phrase at the end of the long text was not found: %s", got)
	}
}
