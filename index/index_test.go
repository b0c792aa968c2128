package index

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"dossier/app"
)

func openTest(t testing.TB, path string) *Index {
	t.Helper()
	x, err := Open(path, Options{LockTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

var day = func(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// testDocs is a small library: two articles, quotes by two people (one
// with aliases), an annotation, a note and a person.
func testDocs() []app.IndexDoc {
	return []app.IndexDoc{
		{ID: "A1", Type: app.TypeArticle, Title: "Sanctions tighten on Pyongyang",
			Body:   "SEOUL – New sanctions were announced on Monday.\n\nNorth Korea said the sanctioned banks would appeal. Pyongyang’s envoy left early.",
			Tags:   []string{"actor", "actor/DPRK", "topic", "topic/sanctions"},
			Source: "Asia Times", Author: "Jane Doe", Date: day("2021-06-20"), Fingerprint: "fa1"},
		{ID: "A2", Type: app.TypeArticle, Title: "Harbour talks resume",
			Body:   "Ministers from the two coastal states agreed to meet again.\n\nThe summit in Port Esker will follow.",
			Tags:   []string{"topic", "topic/maritime"},
			Source: "Harbour Times", Author: "Ola Berg", Date: day("2019-03-02"), Fingerprint: "fa2"},
		{ID: "Q1", Type: app.TypeQuote, Title: "Sanctions tighten on Pyongyang", Body: "We will not bow to sanctions",
			Names: []string{"Moon Chung-in", "Moon", "Professor Moon"}, Speaker: "Moon Chung-in", Source: "Asia Times",
			Tags: []string{"actor", "actor/DPRK"}, Status: "confirmed", Article: "A1", Date: day("2021-06-20"), Fingerprint: "fq1"},
		{ID: "Q2", Type: app.TypeQuote, Title: "Harbour talks resume", Body: "We found more common ground than we expected",
			Names: []string{"Andrei Lankov"}, Speaker: "Andrei Lankov", Source: "Harbour Times",
			Status: "suggested", Article: "A2", Date: day("2019-03-02"), Fingerprint: "fq2"},
		{ID: "N1", Type: app.TypeAnnotation, Title: "Sanctions tighten on Pyongyang", Body: "the sanctioned banks would appeal",
			Note: "Follow up with the banking desk", Tags: []string{"status", "status/follow-up"}, Article: "A1",
			Date: day("2021-06-20"), Fingerprint: "fn1"},
		{ID: "W1", Type: app.TypeNote, Title: "Grey channel", Body: "Back-channel contacts between envoys.", Date: day("2022-01-05"), Fingerprint: "fw1"},
		{ID: "P1", Type: app.TypePerson, Title: "Moon Chung-in", Names: []string{"Moon Chung-in", "Chairman Moon", "CI Moon"},
			Body: "Adviser to presidents.", Date: day("2020-01-01"), Fingerprint: "fp1"},
	}
}

func loaded(t testing.TB) *Index {
	t.Helper()
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: testDocs()}); err != nil {
		t.Fatal(err)
	}
	return x
}

func ids(res app.IndexResult) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.ID)
	}
	slices.Sort(out)
	return out
}

func TestQueryForms(t *testing.T) {
	x := loaded(t)
	ctx := context.Background()
	cases := []struct {
		query string
		want  []string
	}{
		{"sanctions", []string{"A1", "N1", "Q1"}},        // stems: sanctioned, sanctions
		{"SANCTION", []string{"A1", "N1", "Q1"}},         // case
		{"+sanctions +banks", []string{"A1", "N1"}},      // AND
		{"sanctions -type:quote", []string{"A1", "N1"}},  // NOT
		{"-sanctions", []string{"A2", "P1", "Q2", "W1"}}, // NOT alone
		{`"sanctioned banks"`, []string{"A1", "N1"}},     // phrase
		{`"banks sanctioned"`, nil},                      // phrase order
		{`"North Korea said the"`, []string{"A1"}},       // a longer phrase, stop words kept
		{`"korea said banks"`, nil},                      // words apart are no phrase
		{`"Pyongyang envoy"`, []string{"A1"}},            // a possessive 's is dropped
		{`"SANCTIONED   banks"`, []string{"A1", "N1"}},   // case and spaces
		{`title:"tighten on"`, []string{"A1"}},           // a phrase in a field
		{`body:"tighten on"`, nil},                       // not in that field
		{`"Harbour talks" "coastal states"`, []string{"A2"}},
		{`"sanction"`, []string{"A1", "N1", "Q1"}},    // one word: stemmed like a word
		{"sanc*", []string{"A1", "N1", "Q1"}},         // prefix
		{"harb*", []string{"A2"}},                     // prefix in titles
		{"Pyongyan~1", []string{"A1"}},                // fuzzy (title of A1, Q1, N1)
		{"Pyongyng", nil},                             // not fuzzy without ~
		{"title:harbour", []string{"A2"}},             // field
		{"body:harbour", nil},                         // field excludes title
		{"text:summit", []string{"A2"}},               // alias of body
		{"note:banking", []string{"N1"}},              // note field
		{"names:Moon", []string{"P1", "Q1"}},          // names
		{"Moon", []string{"P1", "Q1"}},                // names are searched by default
		{"tag:actor/DPRK", []string{"A1", "Q1"}},      // a tag with a slash
		{"tag:actor", []string{"A1", "Q1"}},           // parent tag
		{"tag:ACTOR/dprk", []string{"A1", "Q1"}},      // case-insensitive tags
		{"tag:status/*", []string{"N1"}},              // tag prefix
		{"speaker:Lankov", []string{"Q2"}},            // a word of the name
		{`speaker:"Andrei Lankov"`, []string{"Q2"}},   // the full name
		{`speaker:"Chairman Moon"`, []string{"Q1"}},   // an alias, through synonyms
		{`speaker:"ci moon"`, []string{"Q1"}},         // an alias, any case
		{"source:Harbour", []string{"A2", "Q2"}},      // a word of a source
		{`source:"asia times"`, []string{"A1", "Q1"}}, // a whole source
		{"author:Doe", []string{"A1"}},                // author
		{"status:confirmed", []string{"Q1"}},          // status
		{"article:A1", []string{"N1", "Q1"}},          // article
		{"type:note", []string{"W1"}},                 // type
		{"type:quotes", []string{"Q1", "Q2"}},         // plural type
		{"date:>2021-06-01", []string{"A1", "N1", "Q1", "W1"}},
		{"date:>=2021-06-20", []string{"A1", "N1", "Q1", "W1"}},
		{"date:>2021-06-20", []string{"W1"}},
		{"date:<2020", []string{"A2", "Q2"}},
		{"date:<=2020", []string{"A2", "P1", "Q2"}},
		{"date:2021", []string{"A1", "N1", "Q1"}},
		{"year:2019", []string{"A2", "Q2"}},
		{"month:2021-06", []string{"A1", "N1", "Q1"}},
		{"date:2019-03-02", []string{"A2", "Q2"}},
		{"+type:article envoy^3", []string{"A1"}},     // a field term narrows; a word must still match
		{"+envoy^3 summit", []string{"A1", "W1"}},     // with a +word, the others are optional
		{`+sanctions +"North Korea"`, []string{"A1"}}, // the example
		{"/pyong.*/", []string{"A1"}},                 // regexp
		{"sanc?ion", []string{"A1", "N1", "Q1"}},      // wildcard over the stems
		{"tag:", nil},                                 // half typed
		{"", nil},
	}
	for _, c := range cases {
		res, err := x.Search(ctx, app.SearchRequest{Query: c.query, Size: 50})
		if err != nil {
			t.Errorf("%q: %v", c.query, err)
			continue
		}
		if got := ids(res); !slices.Equal(got, c.want) {
			t.Errorf("%q = %v; want %v", c.query, got, c.want)
		}
	}
}

func TestQueryErrors(t *testing.T) {
	x := loaded(t)
	for _, q := range []string{
		"colour:red",
		"sanctions~x",
		"title:>2020",
		"date:yesterday",
		"type:memo",
		strings.Repeat("a ", MaxQueryLen),
		strings.Repeat("w ", maxClauses+1),
	} {
		_, err := x.Search(context.Background(), app.SearchRequest{Query: q})
		if !errors.Is(err, ErrBadQuery) {
			t.Errorf("%.40q: err = %v; want ErrBadQuery", q, err)
		}
	}
	_, err := x.Search(context.Background(), app.SearchRequest{Query: "colour:red"})
	if err == nil || !strings.Contains(err.Error(), `unknown field "colour"`) || !strings.Contains(err.Error(), "speaker") {
		t.Errorf("unknown field error = %v", err)
	}
	if _, err := x.Search(context.Background(), app.SearchRequest{Query: "x", Sort: "sideways"}); !errors.Is(err, ErrBadQuery) {
		t.Errorf("bad sort: %v", err)
	}
}

func TestFiltersSortPaging(t *testing.T) {
	x := loaded(t)
	ctx := context.Background()
	cases := []struct {
		req  app.SearchRequest
		want []string
	}{
		{app.SearchRequest{Query: "sanctions", Types: []app.DocType{app.TypeQuote, app.TypeAnnotation}}, []string{"N1", "Q1"}},
		{app.SearchRequest{Tags: []string{"actor/dprk"}}, []string{"A1", "Q1"}},
		{app.SearchRequest{Tags: []string{"actor", "topic/sanctions"}}, []string{"A1"}},
		{app.SearchRequest{Speakers: []string{"Moon Chung-in", "Andrei Lankov"}}, []string{"Q1", "Q2"}},
		{app.SearchRequest{Sources: []string{"Harbour Times"}}, []string{"A2", "Q2"}},
		{app.SearchRequest{Query: "we", Sources: []string{"Harbour Times"}}, nil}, // only a stop word
		{app.SearchRequest{Article: "A1"}, []string{"N1", "Q1"}},
	}
	for _, c := range cases {
		c.req.Size = 50
		res, err := x.Search(ctx, c.req)
		if err != nil {
			t.Fatalf("%+v: %v", c.req, err)
		}
		if got := ids(res); !slices.Equal(got, c.want) {
			t.Errorf("%+v = %v; want %v", c.req, got, c.want)
		}
	}
	res, err := x.Search(ctx, app.SearchRequest{Types: []app.DocType{app.TypeArticle, app.TypeNote}, Sort: app.SortNewest})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, h := range res.Hits {
		order = append(order, h.ID)
	}
	if !slices.Equal(order, []string{"W1", "A1", "A2"}) {
		t.Errorf("newest first = %v", order)
	}
	res, err = x.Search(ctx, app.SearchRequest{Types: []app.DocType{app.TypeArticle, app.TypeNote}, Sort: app.SortOldest, From: 1, Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 || len(res.Hits) != 1 || res.Hits[0].ID != "A1" {
		t.Errorf("oldest, page 2 of 1 = %+v", res)
	}
	if res.Hits[0].Type != app.TypeArticle {
		t.Errorf("hit type = %q", res.Hits[0].Type)
	}
}

func TestFacets(t *testing.T) {
	x := loaded(t)
	res, err := x.Search(context.Background(), app.SearchRequest{Query: "sanctions harbour ground", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]app.FacetCount{
		app.FacetType:    {fc("article", 2), fc("quote", 2), fc("annotation", 1)},
		app.FacetSpeaker: {fc("Andrei Lankov", 1), fc("Moon Chung-in", 1)},
		app.FacetSource:  {fc("Asia Times", 2), fc("Harbour Times", 2)},
		facetYear:        {fc("2021", 3), fc("2019", 2)},
		app.FacetMonth:   {fc("2021-06", 3), fc("2019-03", 2)},
	}
	for name, w := range want {
		got := res.Facets[name]
		slices.SortStableFunc(got, func(a, b app.FacetCount) int { return b.Count - a.Count })
		sortTies(got)
		sortTies(w)
		if !slices.Equal(got, w) {
			t.Errorf("facet %s = %v; want %v", name, got, w)
		}
	}
	tags := map[string]int{}
	for _, f := range res.Facets[app.FacetTag] {
		tags[f.Value] = f.Count
	}
	if tags["actor/DPRK"] != 2 || tags["actor"] != 2 || tags["topic"] != 2 || tags["status/follow-up"] != 1 {
		t.Errorf("tag facet = %v", res.Facets[app.FacetTag])
	}
}

func fc(v string, n int) app.FacetCount { return app.FacetCount{Value: v, Count: n} }

func sortTies(f []app.FacetCount) {
	slices.SortStableFunc(f, func(a, b app.FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Value, b.Value)
	})
}

func TestLocations(t *testing.T) {
	x := loaded(t)
	docs := map[string]app.IndexDoc{}
	for _, d := range testDocs() {
		docs[d.ID] = d
	}
	cases := []struct {
		query, id string
		want      []string // field:text of every location
	}{
		{"sanctions", "A1", []string{"body:sanctions", "body:sanctioned", "title:Sanctions"}},
		{`"sanctioned banks"`, "A1", []string{"body:sanctioned banks"}},
		{"pyongyang", "A1", []string{"body:Pyongyang’s", "title:Pyongyang"}},
		{"moon", "Q1", []string{"names:Moon", "names:Moon", "names:Moon"}},
		{"lankov", "Q2", []string{"names:Lankov"}},
		{"banking", "N1", []string{"body:banks", "note:banking"}},
	}
	for _, c := range cases {
		res, err := x.Search(context.Background(), app.SearchRequest{Query: c.query, Size: 50})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range res.Hits {
			if h.ID != c.id {
				continue
			}
			d := docs[h.ID]
			texts := map[string]string{"title": d.Title, "body": d.Body, "note": d.Note, "names": strings.Join(d.Names, NamesSep)}
			for _, f := range textFields {
				for _, sp := range res.Matcher.Locate(f, texts[f]) {
					got = append(got, f+":"+texts[f][sp[0]:sp[1]])
				}
			}
		}
		slices.Sort(got)
		w := slices.Clone(c.want)
		slices.Sort(w)
		if !slices.Equal(got, w) {
			t.Errorf("%q in %s: locations %v; want %v", c.query, c.id, got, w)
		}
	}
}

func TestUpdatesDeletesAndSynonyms(t *testing.T) {
	x := loaded(t)
	ctx := context.Background()
	search := func(q string) []string {
		t.Helper()
		res, err := x.Search(ctx, app.SearchRequest{Query: q, Size: 50})
		if err != nil {
			t.Fatal(err)
		}
		return ids(res)
	}
	// The person loses an alias: the synonym goes with it.
	p := testDocs()[6]
	p.Names = []string{"Moon Chung-in", "CI Moon"}
	if err := x.Apply(ctx, app.IndexBatch{Upserts: []app.IndexDoc{p}}); err != nil {
		t.Fatal(err)
	}
	if got := search(`speaker:"Chairman Moon"`); got != nil {
		t.Errorf("removed alias still finds %v", got)
	}
	if got := search(`speaker:"CI Moon"`); !slices.Equal(got, []string{"Q1"}) {
		t.Errorf("kept alias finds %v", got)
	}
	// A retagged article.
	a := testDocs()[0]
	a.Tags = []string{"region", "region/East Asia"}
	if err := x.Apply(ctx, app.IndexBatch{Upserts: []app.IndexDoc{a}, Deletes: []string{"P1", "Q2"}}); err != nil {
		t.Fatal(err)
	}
	if got := search("tag:actor/DPRK"); !slices.Equal(got, []string{"Q1"}) {
		t.Errorf("after retag: %v", got)
	}
	if got := search(`tag:"region/east asia"`); !slices.Equal(got, []string{"A1"}) {
		t.Errorf("new tag: %v", got)
	}
	if got := search("lankov"); got != nil {
		t.Errorf("deleted quote found: %v", got)
	}
	if got := search(`speaker:"CI Moon"`); got != nil {
		t.Errorf("deleted person's alias still finds %v", got)
	}
	var fps []string
	if err := x.Fingerprints(ctx, func(id, fp string) error { fps = append(fps, id+"="+fp); return nil }); err != nil {
		t.Fatal(err)
	}
	slices.Sort(fps)
	want := []string{"A1=fa1", "A2=fa2", "N1=fn1", "Q1=fq1", "W1=fw1"}
	if !slices.Equal(fps, want) {
		t.Errorf("fingerprints = %v; want %v", fps, want)
	}
}

func TestFingerprintsMany(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "ix"))
	var docs []app.IndexDoc
	for i := range 5100 {
		docs = append(docs, app.IndexDoc{ID: fmt.Sprintf("%06d", i), Type: app.TypeTag, Title: "t", Fingerprint: strconv.Itoa(i)})
	}
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: docs}); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	if err := x.Fingerprints(context.Background(), func(id, fp string) error {
		seen[id] = fp
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(seen) != len(docs) {
		t.Errorf("walked %d of %d", len(seen), len(docs))
	}
	for _, d := range docs {
		if seen[d.ID] != d.Fingerprint {
			t.Fatalf("%s: fingerprint %q; want %q", d.ID, seen[d.ID], d.Fingerprint)
		}
	}
}

func TestStampResetReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	x, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := x.Stamp(); s != "" {
		t.Fatalf("new index stamp = %q", s)
	}
	ctx := context.Background()
	if err := x.Apply(ctx, app.IndexBatch{Upserts: testDocs()}); err != nil {
		t.Fatal(err)
	}
	if err := x.SetStamp("abc"); err != nil {
		t.Fatal(err)
	}
	x.Close()
	x, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := x.Stamp(); s != "abc" || x.Replaced() != "" {
		t.Fatalf("reopened: stamp %q, replaced %q", s, x.Replaced())
	}
	res, err := x.Search(ctx, app.SearchRequest{Query: "sanctions"})
	if err != nil || res.Total != 3 {
		t.Fatalf("reopened search: %v %v", res.Total, err)
	}
	if err := x.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	if s, _ := x.Stamp(); s != "" {
		t.Errorf("stamp after reset = %q", s)
	}
	res, err = x.Search(ctx, app.SearchRequest{Query: "sanctions"})
	if err != nil || res.Total != 0 {
		t.Errorf("search after reset: %v %v", res.Total, err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if _, err := x.Search(ctx, app.SearchRequest{Query: "x"}); !errors.Is(err, ErrClosed) {
		t.Errorf("search after close: %v", err)
	}
}

func TestLockedIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	x := openTest(t, path)
	for _, ro := range []bool{false, true} {
		start := time.Now()
		_, err := Open(path, Options{ReadOnly: ro, LockTimeout: 150 * time.Millisecond})
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), path) {
			t.Errorf("read-only %v: second open: %v; want ErrLocked naming the path", ro, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("second open took %v", d)
		}
	}
	x.Close()
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		t.Errorf("a locked index must not be replaced: %v", err)
	}
}

func TestCorruptAndOldIndexReplaced(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		spoil func(t *testing.T, path string)
	}{
		{"meta", func(t *testing.T, path string) {
			os.WriteFile(filepath.Join(path, "index_meta.json"), []byte("{not json"), 0o644)
		}},
		{"root", func(t *testing.T, path string) {
			os.WriteFile(filepath.Join(path, "store", "root.bolt"), []byte("garbage garbage garbage"), 0o644)
		}},
		{"version", func(t *testing.T, path string) {
			x, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			x.setInternal(x.b, keyVersion, []byte("dossier-index-0"))
			x.Close()
		}},
		{"empty folder", func(t *testing.T, path string) {
			os.RemoveAll(path)
			os.MkdirAll(path, 0o755)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "index.bleve")
			x, err := Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			x.Apply(ctx, app.IndexBatch{Upserts: testDocs()})
			x.SetStamp("abc")
			x.Close()
			c.spoil(t, path)
			// Read-only: an empty stand-in in memory; the folder is left alone.
			ro, err := Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			if s, _ := ro.Stamp(); s != "" || ro.Replaced() == "" {
				t.Errorf("read-only: stamp %q, replaced %q", s, ro.Replaced())
			}
			ro.Close()
			x, err = Open(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close()
			if s, _ := x.Stamp(); s != "" || x.Replaced() == "" {
				t.Errorf("stamp %q, replaced %q", s, x.Replaced())
			}
			if err := x.Apply(ctx, app.IndexBatch{Upserts: testDocs()}); err != nil {
				t.Fatal(err)
			}
			if res, err := x.Search(ctx, app.SearchRequest{Query: "sanctions"}); err != nil || res.Total != 3 {
				t.Errorf("rebuilt index search: %d %v", res.Total, err)
			}
		})
	}
}

func TestForeignFolderNotDeleted(t *testing.T) {
	path := t.TempDir()
	os.WriteFile(filepath.Join(path, "thesis.docx"), []byte("precious"), 0o644)
	if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), "thesis.docx") {
		t.Fatalf("open of a foreign folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(path, "thesis.docx")); err != nil {
		t.Fatal("foreign file deleted")
	}
}

func TestReadOnlyMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none")
	x, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only open created %s", path)
	}
	if res, err := x.Search(context.Background(), app.SearchRequest{Query: "x"}); err != nil || res.Total != 0 {
		t.Errorf("search: %v %v", res, err)
	}
}

func TestSearchCancelled(t *testing.T) {
	x := loaded(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Search(ctx, app.SearchRequest{Query: "sanctions"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled search: %v", err)
	}
	if err := x.Apply(ctx, app.IndexBatch{Upserts: testDocs()}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled apply: %v", err)
	}
}

// TestMatcher checks the spans a matcher finds for each query form, in
// text it was not indexed with (as after an edit).
func TestMatcher(t *testing.T) {
	x := loaded(t)
	text := "Sanctioned banks in Pyongyang’s port: sanctions, SANCTIONS and a sanctuary. North Korea said no."
	cases := []struct {
		query, field string
		want         []string
	}{
		{"sanctions", "body", []string{"Sanctioned", "sanctions", "SANCTIONS"}},
		{"sanctions", "title", []string{"Sanctioned", "sanctions", "SANCTIONS"}},
		{"body:sanctions", "title", nil},
		{"sanct*", "body", []string{"Sanctioned", "sanctions", "SANCTIONS", "sanctuary"}},
		{"pyongyang", "body", []string{"Pyongyang’s"}},
		{"sanctons~1", "body", []string{"Sanctioned", "sanctions", "SANCTIONS"}},
		{`"north korea"`, "body", []string{"North Korea"}}, // one span for the phrase
		{`"korea north"`, "body", nil},
		{"san?tuari", "body", []string{"sanctuary"}}, // patterns match the stems
		{"/sanctu.*/", "body", []string{"sanctuary"}},
		{"-sanctions", "body", nil},
		{"the", "body", nil}, // a stop word is not in the index either
		{"speaker:Lankov", "body", nil},
	}
	for _, c := range cases {
		res, err := x.Search(context.Background(), app.SearchRequest{Query: c.query})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if res.Matcher != nil {
			for _, sp := range res.Matcher.Locate(c.field, text) {
				got = append(got, text[sp[0]:sp[1]])
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q in %s: %q; want %q", c.query, c.field, got, c.want)
		}
	}
}

// TestMatcherWords checks the matcher's fast word splitter against the
// Unicode segmenter the index uses, on random text and on real prose.
func TestMatcherWords(t *testing.T) {
	x := loaded(t)
	res, err := x.Search(context.Background(), app.SearchRequest{Query: "sanctions"})
	if err != nil || res.Matcher == nil {
		t.Fatal("no matcher", err)
	}
	m := res.Matcher.(*matcher)
	check := func(text string) {
		t.Helper()
		var want [][2]int
		for _, tok := range m.tok.Tokenize([]byte(text)) {
			want = append(want, [2]int{tok.Start, tok.End})
		}
		if got := m.words(text); !slices.Equal(got, want) {
			t.Fatalf("words of %q:\n got %v\nwant %v", text, got, want)
		}
	}
	check("SEOUL – North Korea's envoy, Kim Yo-jong, said on 3.5% of U.S. ships: \"no\" (1,000 times); a:b rock'n'roll 'quoted' foo_bar 東京都 Ünver’s café ")
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZ9 .,;:'_-’é東"
	runes := []rune(alphabet)
	for range 20000 {
		n := r.IntN(12)
		b := make([]rune, n)
		for i := range b {
			b[i] = runes[r.IntN(len(runes))]
		}
		check(string(b))
	}
}

// TestApplyLastChangeWins sends one Apply with the same IDs in batches that
// Apply sends concurrently: the later upsert or delete of an ID must win.
func TestApplyLastChangeWins(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "ix"))
	doc := func(i int, fp string) app.IndexDoc {
		return app.IndexDoc{ID: fmt.Sprintf("%06d", i), Type: app.TypeTag, Title: "t", Fingerprint: fp}
	}
	n := 4*applyBatch + 10
	var batch app.IndexBatch
	for i := range n {
		batch.Upserts = append(batch.Upserts, doc(i, "first"))
	}
	for i := 0; i < n; i += 7 { // again, batches later
		batch.Upserts = append(batch.Upserts, doc(i, "second"))
	}
	for i := 3; i < n; i += 11 {
		batch.Deletes = append(batch.Deletes, fmt.Sprintf("%06d", i))
	}
	if err := x.Apply(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	if err := x.Fingerprints(context.Background(), func(id, fp string) error {
		seen[id] = fp
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		id := fmt.Sprintf("%06d", i)
		want := "first"
		switch {
		case i%11 == 3:
			want = ""
		case i%7 == 0:
			want = "second"
		}
		if got, ok := seen[id]; got != want || ok != (want != "") {
			t.Fatalf("%s: fingerprint %q (indexed %v); want %q", id, got, ok, want)
		}
	}
}

// TestShortPrefixInTitlesAndNames: a one- or two-letter prefix is searched
// in titles and names only (in bodies it matches nearly everything), or in
// every text when no title or name holds it; from three letters on, in
// every text field.
func TestShortPrefixInTitlesAndNames(t *testing.T) {
	x := loaded(t)
	for q, want := range map[string][]string{
		"ha*":       {"A2"},             // "Harbour talks resume"; not the bodies' "harbour"
		"mo*":       {"P1", "Q1"},       // the names Moon; not A1's "Monday"
		"mon*":      {"A1"},             // three letters: the Monday in A1's body
		"sa*":       {"A1"},             // the title "Sanctions…" only, not Q1's or N1's bodies
		"san*":      {"A1", "N1", "Q1"}, // every text
		"co*":       {"A2", "Q2", "W1"}, // no title or name: every text (coastal, common, contacts)
		"title:co*": nil,                // a field named: as asked, in that field
		"body:co*":  {"A2", "Q2", "W1"}, // coastal, common, contacts
	} {
		res, err := x.Search(context.Background(), app.SearchRequest{Query: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(res); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", q, got, want)
		}
	}
}
