package index

import (
	"context"
	"math"
	"slices"
	"sort"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Bleve's phrase searcher asks each word's term searcher for term vectors,
// turns every candidate's positions into location maps and compares paths
// through them: for two common words, allocations for tens of thousands of
// documents, about fifteen times a term query. positionPhrase reads each
// distinct word's postings straight from the index's segments, positions
// included, compares the positions in place, and scores only the documents
// that hold the phrase, as Bleve's scorers score them (one term score per word
// of the phrase, summed as its conjunction sums them), so hits and scores
// are those of Bleve's phrase query.
// Going to the segments rather than through Bleve's term readers saves
// copying every position into a term vector: a third of a common phrase's
// time at 100,000 articles. (Searching a large segment in two halves on two
// goroutines was tried twice: it cut the time of the commonest phrase by a
// quarter on an idle machine, cost half as much CPU again, and was slower
// on a busy one.)

// phraseQuery is a phrase in one text field.
type phraseQuery struct {
	field  string
	phrase string
	boost  float64
}

func newPhraseQuery(field, phrase string) *phraseQuery {
	return &phraseQuery{field: field, phrase: phrase, boost: 1}
}

// SetBoost sets the query's boost.
func (q *phraseQuery) SetBoost(b float64) { q.boost = b }

// Boost returns the query's boost.
func (q *phraseQuery) Boost() float64 { return q.boost }

// Searcher is positionPhrase for two words or more in a Scorch index,
// Bleve's phrase searcher otherwise.
func (q *phraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	if snap, ok := r.(*scorch.IndexSnapshot); ok && plainScoring(ctx, opt, nil) {
		if terms := analyzePhrase(m, q.field, q.phrase); len(terms) >= 2 {
			return newPositionPhrase(ctx, snap, q.field, terms, q.boost, opt)
		}
	}
	mp := query.NewMatchPhraseQuery(q.phrase)
	mp.SetField(q.field)
	mp.SetBoost(q.boost)
	return mp.Searcher(ctx, r, m, opt)
}

// phraseTerm is a word of the phrase at its offset from the first word.
type phraseTerm struct {
	term   string
	offset uint64
	word   int // index of the word among positionPhrase.words
}

// analyzePhrase reads the phrase as the field's analyser does: its words
// and their offsets (a stop word leaves a gap, as in the indexed text).
func analyzePhrase(m mapping.IndexMapping, field, phrase string) []phraseTerm {
	a := m.AnalyzerNamed(m.AnalyzerNameForPath(field))
	if a == nil {
		return nil
	}
	toks := a.Analyze([]byte(phrase))
	out := make([]phraseTerm, 0, len(toks))
	for _, t := range toks {
		out = append(out, phraseTerm{term: string(t.Term), offset: uint64(t.Position - toks[0].Position)})
	}
	return out
}

// phraseSeg is a segment of the snapshot, as the phrase searches it.
type phraseSeg struct {
	dict    segment.TermDictionary // the field's
	deleted *roaring.Bitmap
	offset  uint64                 // the snapshot's number of the segment's first document
	n       uint64                 // the segment's documents, deleted ones included
	lists   []segment.PostingsList // each distinct word's, in positionPhrase.words' order
}

// positionPhrase is the searcher of a phrase of at least two words.
type positionPhrase struct {
	terms   []phraseTerm
	words   [][]byte     // the distinct words, rarest first
	weights []termWeight // per word of the phrase
	count   uint64       // Count's worst case

	segs []phraseSeg
	at   int        // the segment cur reads
	cur  *segCursor // nil before the first read and between segments
}

// newPositionPhrase returns the searcher of the phrase terms (at least two
// words) in field.
func newPositionPhrase(ctx context.Context, snap *scorch.IndexSnapshot, field string, terms []phraseTerm, boost float64, opt search.SearcherOptions) (search.Searcher, error) {
	s := &positionPhrase{}
	opt.IncludeTermVectors = false // positions are checked here, not reported
	docCount, err := snap.DocCount()
	if err != nil {
		return nil, err
	}
	var at uint64
	for _, ss := range snap.Segments() {
		d, err := ss.Segment().Dictionary(field)
		if err != nil {
			return nil, err
		}
		n := ss.Segment().Count()
		s.segs = append(s.segs, phraseSeg{dict: d, deleted: ss.Deleted(), offset: at, n: n})
		at += n
	}
	// Each distinct word's count over the snapshot, as a term reader counts.
	seen := map[string]int{}
	var counts []uint64
	for _, t := range terms {
		if err := search.RecordTermSearcher(ctx); err != nil {
			return nil, err
		}
		k, ok := seen[t.term]
		if !ok {
			var n uint64
			for i := range s.segs {
				seg := &s.segs[i]
				pl, err := seg.dict.PostingsList([]byte(t.term), seg.deleted, nil)
				if err != nil {
					return nil, err
				}
				seg.lists = append(seg.lists, pl)
				n += pl.Count()
			}
			k = len(s.words)
			seen[t.term] = k
			s.words = append(s.words, []byte(t.term))
			counts = append(counts, n)
		}
		t.word = k
		s.terms = append(s.terms, t)
		s.weights = append(s.weights, newTermWeight(boost, docCount, counts[k]))
		s.count += counts[k]
	}
	// The rarest word steps from document to document and the others jump
	// to where it stands: the common words' positions are read only where
	// the rare one is.
	order := make([]int, len(s.words))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return counts[order[a]] < counts[order[b]] })
	where := make([]int, len(order))
	words := make([][]byte, len(order))
	for k, old := range order {
		where[old], words[k] = k, s.words[old]
	}
	s.words = words
	for i := range s.segs {
		lists := make([]segment.PostingsList, len(order))
		for k, old := range order {
			lists[k] = s.segs[i].lists[old]
		}
		s.segs[i].lists = lists
	}
	for i := range s.terms {
		s.terms[i].word = where[s.terms[i].word]
	}
	// As Bleve's conjunction does when it is built; a query holding the
	// phrase sets its own norm after.
	s.SetQueryNorm(1 / math.Sqrt(s.Weight()))
	return s, nil
}

// segCursor reads each word's postings in one segment.
type segCursor struct {
	seg phraseSeg
	its []segment.PostingsIterator
	cur []segment.Posting // each word's current document
	end bool              // a word has no more documents
}

// newSegCursor returns a cursor on the first documents of seg holding each
// of the phrase's words.
func newSegCursor(seg phraseSeg) (*segCursor, error) {
	c := &segCursor{seg: seg, its: make([]segment.PostingsIterator, len(seg.lists)), cur: make([]segment.Posting, len(seg.lists))}
	for k, pl := range seg.lists {
		var err error
		c.its[k] = pl.Iterator(true, true, true, nil)
		if c.cur[k], err = c.its[k].Next(); err != nil {
			return nil, err
		}
		c.end = c.end || c.cur[k] == nil
	}
	return c, nil
}

// advance moves every word to its first document at or after local.
func (c *segCursor) advance(local uint64) error {
	for k, it := range c.its {
		if c.end {
			return nil
		}
		if c.cur[k].Number() >= local {
			continue
		}
		post, err := it.Advance(local)
		if err != nil {
			return err
		}
		c.cur[k], c.end = post, post == nil
	}
	return nil
}

// step moves past the current document.
func (c *segCursor) step() error {
	if c.end {
		return nil
	}
	post, err := c.its[0].Next()
	c.cur[0], c.end = post, post == nil
	return err
}

// find moves to the first document, at or after where the words stand,
// that holds the phrase; false at the end of the segment.
func (c *segCursor) find(terms []phraseTerm) (bool, error) {
	for !c.end {
		// Leapfrog: advance every word to the furthest one's document.
		var far uint64
		for _, p := range c.cur {
			far = max(far, p.Number())
		}
		if err := c.advance(far); err != nil || c.end {
			return false, err
		}
		if !c.same() {
			continue
		}
		if c.holds(terms) {
			return true, nil
		}
		if err := c.step(); err != nil {
			return false, err
		}
	}
	return false, nil
}

// same reports whether every word stands on the same document.
func (c *segCursor) same() bool {
	for _, p := range c.cur[1:] {
		if p.Number() != c.cur[0].Number() {
			return false
		}
	}
	return true
}

// holds reports whether the current document has the phrase's words at
// their offsets in one value of the field.
func (c *segCursor) holds(terms []phraseTerm) bool {
	for _, v := range c.cur[terms[0].word].Locations() {
		if c.holdsAt(terms, v) {
			return true
		}
	}
	return false
}

// holdsAt reports whether every word of the phrase follows the first one,
// found at v, at its offset, in the same value of the field.
func (c *segCursor) holdsAt(terms []phraseTerm, v segment.Location) bool {
	pos, ap := v.Pos(), v.ArrayPositions()
	for _, t := range terms[1:] {
		want, found := pos+t.offset, false
		for _, w := range c.cur[t.word].Locations() {
			if w.Pos() == want && slices.Equal(w.ArrayPositions(), ap) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (s *positionPhrase) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if s.cur != nil {
		if err := s.cur.step(); err != nil {
			return nil, err
		}
	}
	return s.next(ctx, 0)
}

func (s *positionPhrase) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	var g uint64
	if id != nil {
		g = id.Value()
	}
	return s.next(ctx, g)
}

// next returns the first document, at or after the snapshot's document g
// and where the search stands, that holds the phrase, scored; nil at the
// end.
func (s *positionPhrase) next(ctx *search.SearchContext, g uint64) (*search.DocumentMatch, error) {
	for ; s.at < len(s.segs); s.at, s.cur = s.at+1, nil {
		seg := s.segs[s.at]
		if seg.offset+seg.n <= g {
			continue
		}
		if s.cur == nil {
			var err error
			if s.cur, err = newSegCursor(seg); err != nil {
				return nil, err
			}
		}
		if g > seg.offset {
			if err := s.cur.advance(g - seg.offset); err != nil {
				return nil, err
			}
		}
		ok, err := s.cur.find(s.terms)
		if err != nil {
			return nil, err
		}
		if ok {
			return s.scored(ctx), nil
		}
	}
	return nil, nil
}

// scored is the cursor's current document scored as Bleve's phrase
// searcher scores it: the sum of each word's term score, in the phrase's
// order.
func (s *positionPhrase) scored(ctx *search.SearchContext) *search.DocumentMatch {
	var score float64
	for i, t := range s.terms {
		p := s.cur.cur[t.word]
		score += s.weights[i].score(p.Frequency(), norm(p))
	}
	m := ctx.DocumentMatchPool.Get()
	m.IndexInternalID = index.NewIndexInternalID(m.IndexInternalID, s.cur.seg.offset+s.cur.cur[0].Number())
	m.Score = score
	return m
}

func (s *positionPhrase) Weight() float64 {
	var w float64
	for _, tw := range s.weights {
		w += tw.weight()
	}
	return w
}

func (s *positionPhrase) SetQueryNorm(n float64) {
	for i := range s.weights {
		s.weights[i].setQueryNorm(n)
	}
}

// Count is the worst case, as for Bleve's conjunction.
func (s *positionPhrase) Count() uint64 { return s.count }

func (s *positionPhrase) Min() int { return 0 }

func (s *positionPhrase) Size() int { return len(s.terms) * 64 }

func (s *positionPhrase) DocumentMatchPoolSize() int { return len(s.terms) + 1 }

func (s *positionPhrase) Close() error { return nil }
