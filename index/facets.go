package index

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"dossier/app"
)

// Facet counts are counted over every document a search matches, from the
// segments' columns (columns.go) in a pass that scores nothing, and cached
// per query until the index changes (facetCache).

// facetSizes are the facets a search counts, with the most values of each
// it returns. Every month is kept (50 years' worth): the year facet is
// summed from them.
var facetSizes = map[string]int{
	app.FacetType:    10,
	app.FacetTag:     30,
	app.FacetSpeaker: 20,
	app.FacetSource:  20,
	app.FacetMonth:   600,
}

// facetYear is the year facet ("2021").
const facetYear = "year"

// facetKey is what a search's facet counts depend on: the query and the
// filters (not the sort order or the page).
func facetKey(req app.SearchRequest) string {
	return fmt.Sprintf("%q %q %q %q %q %q", req.Query, req.Types, req.Tags, req.Speakers, req.Sources, req.Article)
}

// maxCachedFacets bounds the facet counts kept; when full the cache starts
// afresh (typing makes many one-off queries, so recency buys little).
const maxCachedFacets = 128

// facetCache keeps facet counts by query and filters, for one index
// generation.
type facetCache struct {
	mu sync.Mutex
	m  map[string]cachedFacets
}

type cachedFacets struct {
	gen    uint64
	facets map[string][]app.FacetCount
}

func (c *facetCache) get(key string, gen uint64) (map[string][]app.FacetCount, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	if !ok || e.gen != gen {
		return nil, false
	}
	return copyFacets(e.facets), true
}

func (c *facetCache) put(key string, gen uint64, f map[string][]app.FacetCount) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxCachedFacets {
		c.m = map[string]cachedFacets{}
	}
	c.m[key] = cachedFacets{gen: gen, facets: f}
}

// copyFacets copies counts so a caller may change what it is given.
func copyFacets(f map[string][]app.FacetCount) map[string][]app.FacetCount {
	out := make(map[string][]app.FacetCount, len(f))
	for k, v := range f {
		out[k] = slices.Clone(v)
	}
	return out
}

// yearCounts sums month counts ("2021-06") by year, most frequent first.
func yearCounts(months []app.FacetCount) []app.FacetCount {
	byYear := map[string]int{}
	for _, m := range months {
		if len(m.Value) >= 4 {
			byYear[m.Value[:4]] += m.Count
		}
	}
	out := make([]app.FacetCount, 0, len(byYear))
	for y, n := range byYear {
		out = append(out, app.FacetCount{Value: y, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value > out[j].Value
	})
	return out
}

// splitFacets sorts the counts of the facet field's "kind:value" terms
// into one list per facet, most frequent first, each cut to its size.
func splitFacets(counts map[string]int) map[string][]app.FacetCount {
	out := make(map[string][]app.FacetCount, len(facetSizes)+1)
	for name := range facetSizes {
		out[name] = []app.FacetCount{}
	}
	for term, n := range counts {
		name, value, ok := strings.Cut(term, ":")
		if _, known := facetSizes[name]; ok && known && n > 0 {
			out[name] = append(out[name], app.FacetCount{Value: value, Count: n})
		}
	}
	for name, counts := range out {
		sort.Slice(counts, func(i, j int) bool {
			if counts[i].Count != counts[j].Count {
				return counts[i].Count > counts[j].Count
			}
			return counts[i].Value < counts[j].Value
		})
		if n := facetSizes[name]; len(counts) > n {
			out[name] = counts[:n]
		}
	}
	return out
}

// facetCounts returns the facet counts of req, whose query is q: from the
// cache, or counted and then cached.
func (x *Index) facetCounts(ctx context.Context, b bleve.Index, req app.SearchRequest, q query.Query) (map[string][]app.FacetCount, error) {
	key, gen := facetKey(req), x.gen.Load()
	if f, ok := x.facets.get(key, gen); ok {
		return f, nil
	}
	counts, err := x.countFacets(ctx, b, q)
	if err != nil {
		return nil, err
	}
	f := splitFacets(counts)
	if months, ok := f[app.FacetMonth]; ok {
		f[facetYear] = yearCounts(months)
	}
	x.facets.put(key, gen, f)
	return copyFacets(f), nil
}

// countFacets counts the facet values of the documents q matches.
func (x *Index) countFacets(ctx context.Context, b bleve.Index, q query.Query) (map[string]int, error) {
	snap, done, err := snapshot(b)
	if err != nil {
		return nil, err
	}
	defer done()
	var perValue []int
	cols, err := x.scan(ctx, snap, q, func(col *docColumn, local, _ uint64) {
		for _, v := range col.values(local) {
			if int(v) >= len(perValue) {
				perValue = append(perValue, make([]int, int(v)+1-len(perValue))...)
			}
			perValue[v]++
		}
	})
	if err != nil {
		return nil, err
	}
	names := cols.names()
	out := make(map[string]int, 64)
	for v, c := range perValue {
		if c > 0 {
			out[names[v]] = c
		}
	}
	return out, nil
}
