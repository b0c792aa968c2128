package index

import (
	"context"
	"math"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"dossier/app"
)

// byDate returns the hits from..from+size of q's matches in date order,
// newest or oldest first, the undated last and equal dates by ID (as
// Bleve sorts by "-date, _id"), and the number of matches. Each match's
// date is read from the segment's column (columns.go): Bleve's sort
// decompressed the date doc values of every match on every search.
func (x *Index) byDate(ctx context.Context, b bleve.Index, q query.Query, from, size int, newest bool) ([]app.IndexHit, uint64, error) {
	snap, done, err := snapshot(b)
	if err != nil {
		return nil, 0, err
	}
	defer done()
	type match struct {
		key int64 // smaller first
		num uint64
	}
	var all []match
	n := from + size
	smallest := newBest(n, func(a, b int64) bool { return a > b }) // the n smallest keys
	cols, err := x.scan(ctx, snap, q, func(col *docColumn, local, num uint64) {
		key := col.date(local)
		switch {
		case key == noDate:
			key = math.MaxInt64
		case newest:
			key = -key
		}
		// Only a match among the n smallest keys so far, ties included,
		// can make the page.
		if smallest.full() && key > smallest.worst() {
			return
		}
		all = append(all, match{key, num})
		smallest.offer(key)
	})
	if err != nil {
		return nil, 0, err
	}
	total := uint64(cols.matches)
	if smallest.Len() == 0 {
		return []app.IndexHit{}, total, nil
	}
	limit := smallest.worst()
	type ranked struct {
		key int64
		num uint64
		id  string
	}
	page := make([]ranked, 0, n)
	for _, m := range all {
		if m.key > limit {
			continue
		}
		id, err := snap.ExternalID(index.NewIndexInternalID(nil, m.num))
		if err != nil {
			return nil, 0, err
		}
		page = append(page, ranked{m.key, m.num, id})
	}
	sort.Slice(page, func(i, j int) bool {
		if page[i].key != page[j].key {
			return page[i].key < page[j].key
		}
		return page[i].id < page[j].id
	})
	if from >= len(page) {
		return []app.IndexHit{}, total, nil
	}
	page = page[from:min(n, len(page))]
	names := cols.names()
	hits := make([]app.IndexHit, 0, len(page))
	for _, r := range page {
		hit := app.IndexHit{ID: r.id}
		seg := sort.Search(len(cols.segs), func(i int) bool { return cols.offsets[i+1] > r.num })
		for _, v := range cols.segs[seg].values(r.num - cols.offsets[seg]) {
			if t, ok := strings.CutPrefix(names[v], app.FacetType+":"); ok {
				hit.Type = app.DocType(t)
			}
		}
		hits = append(hits, hit)
	}
	return hits, total, nil
}
