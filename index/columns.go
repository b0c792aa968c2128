package index

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facet counts and date order need, for every document a search matches,
// its facet values or its date. Bleve reads them from doc values, which are
// stored compressed: every faceted or date-sorted search decompressed the
// whole field, which took as long as the search itself. They are read
// instead once per index segment (segments never change) into columns of
// numbers (docColumn), which a pass over the matches that scores nothing
// reads (scan).

// snapshot returns the index's current snapshot and the function that
// releases it.
func snapshot(b bleve.Index) (*scorch.IndexSnapshot, func(), error) {
	adv, err := b.Advanced()
	if err != nil {
		return nil, nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, nil, err
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		r.Close()
		return nil, nil, fmt.Errorf("a Scorch index was expected, not %T", r)
	}
	return snap, func() { r.Close() }, nil
}

// scan calls fn for every document q matches in snap, in order, with its
// segment's column, its number in that segment and in snap. It scores
// nothing.
func (x *Index) scan(ctx context.Context, snap *scorch.IndexSnapshot, q query.Query, fn func(col *docColumn, local, num uint64)) (snapColumns, error) {
	cols, err := x.columns.of(snap)
	if err != nil {
		return snapColumns{}, err
	}
	// People's aliases are Bleve synonyms, which a search looks up first.
	if x.m.SynonymCount() > 0 {
		fts, err := query.ExtractSynonyms(ctx, x.m, snap, q, nil)
		if err != nil {
			return snapColumns{}, err
		}
		if fts != nil {
			ctx = context.WithValue(ctx, search.FieldTermSynonymMapKey, fts)
		}
	}
	s, err := q.Searcher(ctx, snap, x.m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return snapColumns{}, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	seg, base, end := -1, uint64(0), uint64(0)
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return snapColumns{}, err
			}
		}
		m, err := s.Next(sctx)
		if err != nil {
			return snapColumns{}, err
		}
		if m == nil {
			cols.matches = n
			return cols, nil
		}
		num := m.IndexInternalID.Value()
		sctx.DocumentMatchPool.Put(m)
		for num >= end { // matches come in order: the next segments
			seg++
			base, end = cols.offsets[seg], cols.offsets[seg+1]
		}
		fn(cols.segs[seg], num-base, num)
	}
}

// docColumns keeps the column of each segment of the index.
type docColumns struct {
	mu    sync.Mutex
	bySeg map[segment.Segment]*docColumn
	ids   map[string]uint32 // facet value → its number
	all   []string          // number → facet value
}

// snapColumns are the columns of one snapshot's segments in order, with
// the snapshot's document number where each segment starts.
type snapColumns struct {
	matches int // the documents a scan of them matched
	segs    []*docColumn
	offsets []uint64 // len(segs)+1
	c       *docColumns
}

// names returns the facet values by number.
func (s snapColumns) names() []string {
	s.c.mu.Lock()
	defer s.c.mu.Unlock()
	return s.c.all
}

// of returns the columns of snap's segments, reading those of segments
// not seen before and forgetting those of segments merged away.
func (c *docColumns) of(snap *scorch.IndexSnapshot) (snapColumns, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bySeg == nil {
		c.bySeg, c.ids = map[segment.Segment]*docColumn{}, map[string]uint32{}
	}
	segs := snap.Segments()
	out := snapColumns{segs: make([]*docColumn, len(segs)), offsets: make([]uint64, len(segs)+1), c: c}
	live := make(map[segment.Segment]bool, len(segs))
	var at uint64
	for i, ss := range segs {
		sg := ss.Segment()
		live[sg] = true
		col, ok := c.bySeg[sg]
		if !ok {
			var err error
			if col, err = c.read(sg); err != nil {
				return snapColumns{}, err
			}
			c.bySeg[sg] = col
		}
		out.segs[i], out.offsets[i] = col, at
		at += sg.Count()
	}
	out.offsets[len(segs)] = at
	for sg := range c.bySeg {
		if !live[sg] {
			delete(c.bySeg, sg)
		}
	}
	return out, nil
}

// docColumn is what a search reads of every document of one segment: its
// facet values as numbers (document n's are vals[start[n]:start[n+1]]) and
// its date (seconds since 1970; noDate when it has none).
type docColumn struct {
	start []uint32
	vals  []uint32
	dates []int64
}

// noDate is the date of a document without one.
const noDate = math.MinInt64

func (c *docColumn) date(n uint64) int64 {
	if n >= uint64(len(c.dates)) {
		return noDate
	}
	return c.dates[n]
}

func (f *docColumn) values(n uint64) []uint32 {
	if n+1 >= uint64(len(f.start)) {
		return nil
	}
	return f.vals[f.start[n]:f.start[n+1]]
}

// read reads the facet values of every document of sg; the caller holds
// c.mu.
func (c *docColumns) read(sg segment.Segment) (*docColumn, error) {
	col := &docColumn{start: make([]uint32, 0, sg.Count()+1), dates: make([]int64, sg.Count())}
	for i := range col.dates {
		col.dates[i] = noDate
	}
	dv, ok := sg.(segment.DocValueVisitable)
	if !ok {
		// A segment without doc values (in memory, or no faceted field yet).
		col.start = make([]uint32, sg.Count()+1)
		return col, nil
	}
	fields := []string{fFacet, fDate}
	var state segment.DocVisitState
	var err error
	for n := range sg.Count() {
		col.start = append(col.start, uint32(len(col.vals)))
		state, err = dv.VisitDocValues(n, fields, func(field string, term []byte) {
			if field == fDate {
				if t, err := time.Parse(layoutStamp, string(term)); err == nil {
					col.dates[n] = t.Unix()
				}
				return
			}
			id, ok := c.ids[string(term)]
			if !ok {
				id = uint32(len(c.all))
				c.ids[string(term)] = id
				c.all = append(c.all, string(term))
			}
			col.vals = append(col.vals, id)
		}, state)
		if err != nil {
			return nil, err
		}
	}
	col.start = append(col.start, uint32(len(col.vals)))
	return col, nil
}
