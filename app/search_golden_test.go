package app_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"dossier/app"
	"dossier/app/corpus"
)

var updateGolden = flag.Bool("update-search-golden", false, "rewrite testdata/search_golden.json from the current code")

// goldenArticles is the size of the corpus the bench's query set is checked
// on: large enough that every query kind scores thousands of documents.
const goldenArticles = 2000

// goldenHit is a hit as a key that survives a fresh import (IDs do not:
// they are made at import time) and its rank value: the score, or the date
// for the sorted queries.
type goldenHit struct {
	Key  string  `json:"key"`
	Rank float64 `json:"rank"`
}

type goldenResult struct {
	Total  int                         `json:"total"`
	Top    []goldenHit                 `json:"top"`
	Facets map[string][]app.FacetCount `json:"facets,omitempty"`
}

// goldenQueries are the bench's query kinds (cli/search.go) over the whole
// of the corpus's query set, in a fixed order.
func goldenQueries(qs corpus.QuerySet) map[string]app.SearchRequest {
	out := map[string]app.SearchRequest{}
	for _, t := range qs.Terms {
		out["term "+t] = app.SearchRequest{Query: t}
		for _, n := range []int{2, 3, 4} {
			if n < len(t) {
				out[fmt.Sprintf("as-you-type %s", t[:n])] = app.SearchRequest{Query: t[:n]}
			}
		}
	}
	for _, p := range qs.Pairs {
		out["and "+p[0]+" "+p[1]] = app.SearchRequest{Query: "+" + p[0] + " +" + p[1]}
	}
	for _, p := range qs.Phrases {
		out["phrase "+p] = app.SearchRequest{Query: `"` + p + `"`}
	}
	for _, p := range qs.Prefixes {
		out["prefix "+p] = app.SearchRequest{Query: p + "*"}
	}
	for _, f := range qs.Fuzzy {
		out["fuzzy "+f] = app.SearchRequest{Query: f + "~1"}
	}
	for i, t := range qs.Terms[:8] {
		out["faceted "+t] = app.SearchRequest{Query: t, Facets: true}
		tag := qs.Tags[i%len(qs.Tags)]
		out["filtered "+t+" "+tag] = app.SearchRequest{Query: t, Tags: []string{tag}, Sort: app.SortNewest}
	}
	for _, s := range qs.Speakers {
		out["speaker "+s] = app.SearchRequest{Query: "speaker:" + s}
	}
	return out
}

// TestSearchResultsUnchanged runs the bench's query set on a 2,000-article
// corpus and compares totals, the top 20 hits and facet counts with the
// results recorded from the code before the index was made faster
// (testdata/search_golden.json; -update-search-golden rewrites it). Hits
// tied on the 20th hit's rank may differ: which of them make the page
// depends on the order documents reached the index.
func TestSearchResultsUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 2,000 articles")
	}
	ctx := context.Background()
	src := t.TempDir()
	gen := corpus.New(corpus.Options{Seed: 1})
	if _, err := gen.WriteFiles(ctx, src, goldenArticles, 2); err != nil {
		t.Fatal(err)
	}
	l := newSearchLib(t)
	if sum, err := l.Import(ctx, []string{src}, app.ImportOptions{}); err != nil || sum.Failed > 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	got := map[string]goldenResult{}
	for name, req := range goldenQueries(gen.Queries()) {
		req.Size = 20
		res, err := l.Search(ctx, req)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r := goldenResult{Total: res.Total, Top: []goldenHit{}}
		for _, h := range res.Hits {
			rank := h.Score
			if req.Sort != app.SortRelevance {
				rank = float64(h.Date.Unix())
			}
			r.Top = append(r.Top, goldenHit{Key: goldenKey(t, l, h), Rank: math.Round(rank*1e6) / 1e6})
		}
		if req.Facets {
			r.Facets = res.Facets
		}
		got[name] = r
	}
	path := filepath.Join("testdata", "search_golden.json")
	if *updateGolden {
		b, err := json.MarshalIndent(got, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]goldenResult
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(got) != len(want) {
		t.Errorf("%d queries, the golden file has %d", len(got), len(want))
	}
	for _, n := range names {
		w, g := want[n], got[n]
		if g.Total != w.Total {
			t.Errorf("%s: total %d, was %d", n, g.Total, w.Total)
		}
		if msg := sameTop(w.Top, g.Top); msg != "" {
			t.Errorf("%s: %s", n, msg)
		}
		if w.Facets != nil && !sameFacets(w.Facets, g.Facets) {
			t.Errorf("%s: facets\n got %v\nwant %v", n, g.Facets, w.Facets)
		}
	}
}

// sameTop compares two pages of hits: the same ranks in the same order,
// and the same hits above the last rank (hits tied on it may differ).
func sameTop(want, got []goldenHit) string {
	if len(want) != len(got) {
		return fmt.Sprintf("%d hits, was %d", len(got), len(want))
	}
	if len(want) == 0 {
		return ""
	}
	for i := range want {
		if math.Abs(want[i].Rank-got[i].Rank) > 1e-5*max(1, math.Abs(want[i].Rank)) {
			return fmt.Sprintf("hit %d ranked %v, was %v", i+1, got[i].Rank, want[i].Rank)
		}
	}
	last := want[len(want)-1].Rank
	keys := func(hs []goldenHit) []string {
		var out []string
		for _, h := range hs {
			if math.Abs(h.Rank-last) > 1e-5*max(1, math.Abs(last)) {
				out = append(out, fmt.Sprintf("%.5g %s", h.Rank, h.Key))
			}
		}
		slices.Sort(out)
		return out
	}
	if w, g := keys(want), keys(got); !slices.Equal(w, g) {
		return fmt.Sprintf("hits\n got %v\nwant %v", g, w)
	}
	return ""
}

func sameFacets(want, got map[string][]app.FacetCount) bool {
	for name, w := range want {
		g := got[name]
		if len(w) == 0 && len(g) == 0 {
			continue
		}
		ws, gs := slices.Clone(w), slices.Clone(g)
		less := func(a, b app.FacetCount) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			if a.Value < b.Value {
				return -1
			}
			if a.Value > b.Value {
				return 1
			}
			return 0
		}
		slices.SortFunc(ws, less)
		slices.SortFunc(gs, less)
		if !slices.Equal(ws, gs) {
			return false
		}
	}
	return true
}

// goldenKey names a hit by what it is rather than by its ID.
func goldenKey(t *testing.T, l *searchLib, h app.SearchHit) string {
	t.Helper()
	sum := func(s string) string {
		f := fnv.New64a()
		f.Write([]byte(s))
		return fmt.Sprintf("%016x", f.Sum64())
	}
	switch h.Type {
	case app.TypeArticle:
		a, err := l.Article(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		return "article " + sum(a.Title+"\n"+a.Text())
	case app.TypeQuote:
		q, err := l.Quote(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, err := l.Article(q.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("quote %s %d %s", sum(a.Title+"\n"+a.Text()), q.Selector.Start, sum(q.Text))
	}
	return string(h.Type) + " " + h.Title
}
