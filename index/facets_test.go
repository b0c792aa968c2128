package index

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"dossier/app"
)

// TestFacetCountsAsBleve: the facet counts read from the per-segment
// columns equal those of Bleve's facet builder, over several segments, with
// deleted and replaced documents, for words, phrases, prefixes, a speaker
// found by an alias (a synonym) and filters.
func TestFacetCountsAsBleve(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	ctx := context.Background()
	docs := append(testDocs(), corpusDocs(200)...)
	for i := 0; i < len(docs); i += 400 { // several segments
		if err := x.Apply(ctx, app.IndexBatch{Upserts: docs[i:min(i+400, len(docs))]}); err != nil {
			t.Fatal(err)
		}
	}
	changed := docs[len(docs)-1]
	changed.Tags = []string{"topic/replaced"}
	if err := x.Apply(ctx, app.IndexBatch{Upserts: []app.IndexDoc{changed}, Deletes: []string{docs[10].ID, docs[500].ID}}); err != nil {
		t.Fatal(err)
	}
	for _, req := range []app.SearchRequest{
		{Query: "sanctions"},
		{Query: `"North Korea"`},
		{Query: "minist*"},
		{Query: "speaker:\"Chairman Moon\""},
		{Query: "talks", Types: []app.DocType{app.TypeQuote}},
		{Query: "government", Tags: []string{"topic"}},
		{Query: "nothingmatchesthis"},
	} {
		clauses, err := parseQuery(req.Query)
		if err != nil {
			t.Fatal(err)
		}
		q, err := buildQuery(clauses)
		if err != nil {
			t.Fatal(err)
		}
		if f := filterQuery(req); len(f) > 0 {
			q = query.NewConjunctionQuery(append([]query.Query{q}, f...))
		}
		got, err := x.countFacets(ctx, x.b, q)
		if err != nil {
			t.Fatal(err)
		}
		sr := bleve.NewSearchRequestOptions(q, 0, 0, false)
		sr.AddFacet(fFacet, bleve.NewFacetRequest(fFacet, 100000))
		res, err := x.b.SearchInContext(ctx, sr)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{}
		if fr := res.Facets[fFacet]; fr != nil && fr.Terms != nil {
			for _, tf := range fr.Terms.Terms() {
				want[tf.Term] = tf.Count
			}
		}
		if len(got) != len(want) {
			t.Errorf("%+v: %d facet values, Bleve %d", req, len(got), len(want))
		}
		for k, n := range want {
			if got[k] != n {
				t.Errorf("%+v: %s counted %d, Bleve %d", req, k, got[k], n)
			}
		}
		if req.Query == "sanctions" && len(want) == 0 {
			t.Error("the test query matched nothing")
		}
	}
}

// TestDateOrderAsBleve: hits sorted by date from the columns are Bleve's
// "-date, _id" and "date, _id" orders, with types, totals and pages, over
// several segments, with deleted documents, undated ones and shared dates.
func TestDateOrderAsBleve(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	ctx := context.Background()
	docs := append(testDocs(), corpusDocs(150)...)
	docs = append(docs, app.IndexDoc{ID: "U1", Type: app.TypeNote, Body: "sanctions without a date", Fingerprint: "u1"},
		app.IndexDoc{ID: "U0", Type: app.TypeNote, Body: "more sanctions, no date", Fingerprint: "u0"})
	for i := 0; i < len(docs); i += 300 {
		if err := x.Apply(ctx, app.IndexBatch{Upserts: docs[i:min(i+300, len(docs))]}); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Apply(ctx, app.IndexBatch{Deletes: []string{docs[20].ID, docs[400].ID}}); err != nil {
		t.Fatal(err)
	}
	for _, sort := range []app.SortOrder{app.SortNewest, app.SortOldest} {
		for _, page := range [][2]int{{0, 20}, {0, 1}, {15, 30}, {2000, 20}} {
			for _, qs := range []string{"sanctions", "minister", "type:quote", "nothingmatchesthis"} {
				req := app.SearchRequest{Query: qs, Sort: sort, From: page[0], Size: page[1]}
				got, err := x.Search(ctx, req)
				if err != nil {
					t.Fatal(err)
				}
				clauses, _ := parseQuery(qs)
				q, _ := buildQuery(clauses)
				sr := bleve.NewSearchRequestOptions(q, page[1], page[0], false)
				sr.Fields = []string{fType}
				if sort == app.SortNewest {
					sr.SortBy([]string{"-" + fDate, "_id"})
				} else {
					sr.SortBy([]string{fDate, "_id"})
				}
				want, err := x.b.SearchInContext(ctx, sr)
				if err != nil {
					t.Fatal(err)
				}
				if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
					t.Errorf("%s %s %v: %d of %d, Bleve %d of %d", qs, sort, page, len(got.Hits), got.Total, len(want.Hits), want.Total)
					continue
				}
				for i, h := range want.Hits {
					if g := got.Hits[i]; g.ID != h.ID || string(g.Type) != h.Fields[fType] {
						t.Errorf("%s %s %v: hit %d is %s (%s), Bleve %s (%v)", qs, sort, page, i, g.ID, g.Type, h.ID, h.Fields[fType])
					}
				}
			}
		}
	}
}
