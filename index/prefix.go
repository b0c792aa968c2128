package index

import (
	"context"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// prefixQuery matches the most frequent completions of a prefix in one or
// more text fields, plus the word itself as the analyser reads it:
// "sanctions*" then still finds "sanction", the stem the index holds.
// Walking the term dictionary is bounded, so a one-letter prefix costs no
// more than a few milliseconds.
//
// Its hits and scores are those of Bleve's disjunction (over the fields) of
// multi-term disjunctions (over each field's completions), but in a Scorch
// index prefixSearcher finds them by reading the completions' postings
// straight from the segments. A prefix typed on the way to a common word
// ("gov", "min") matches most documents, and Bleve's searchers spent three
// quarters of such a query's time passing every hit up through two levels of
// disjunction (a heap of term searchers, their readers, a scorer each).
type prefixQuery struct {
	fields []string
	prefix string // lower-cased
	word   string // as typed, for the analyser
	boost  float64
}

func newPrefixQuery(fields []string, word string) *prefixQuery {
	return &prefixQuery{fields: fields, prefix: strings.ToLower(word), word: word, boost: 1}
}

// SetBoost sets the query's boost.
func (q *prefixQuery) SetBoost(b float64) { q.boost = b }

// Boost returns the query's boost.
func (q *prefixQuery) Boost() float64 { return q.boost }

// Searcher walks each field's term dictionary for the completions.
func (q *prefixQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	groups, err := q.groups(r, m)
	if err != nil {
		return nil, err
	}
	if snap, ok := r.(*scorch.IndexSnapshot); ok && plainScoring(ctx, opt, groups) {
		return newPrefixSearcher(ctx, snap, groups, q.boost)
	}
	return bleveDisjunction(ctx, r, groups, q.boost, opt)
}

// groups are the completions in each field.
func (q *prefixQuery) groups(r index.IndexReader, m mapping.IndexMapping) ([]prefixGroup, error) {
	groups := make([]prefixGroup, len(q.fields))
	for i, f := range q.fields {
		terms, err := q.completions(r, m, f)
		if err != nil {
			return nil, err
		}
		groups[i] = prefixGroup{field: f, terms: terms}
	}
	return groups, nil
}

// completions are the prefix's most frequent completions in field, and the
// word as the field's analyser reads it.
func (q *prefixQuery) completions(r index.IndexReader, m mapping.IndexMapping, field string) ([]string, error) {
	terms, err := topCompletions(r, field, q.prefix, completions(q.prefix))
	if err != nil {
		return nil, err
	}
	if a := m.AnalyzerNamed(m.AnalyzerNameForPath(field)); a != nil {
		for _, tok := range a.Analyze([]byte(q.word)) {
			if t := string(tok.Term); !slices.Contains(terms, t) {
				terms = append(terms, t)
			}
		}
	}
	return terms, nil
}

// prefixGroup is one field's completions.
type prefixGroup struct {
	field string
	terms []string
	// boosts are the terms' own boosts, times the query's; nil when all
	// are 1 (a fuzzy word's candidates have less the further they are).
	boosts []float64
}

// boost is the i-th term's own boost.
func (g prefixGroup) boost(i int) float64 {
	if g.boosts == nil {
		return 1
	}
	return g.boosts[i]
}

// bleveDisjunction is the searcher Bleve builds for the groups: a
// multi-term disjunction per field (matching nothing without terms), and a
// disjunction of those for more than one field.
func bleveDisjunction(ctx context.Context, r index.IndexReader, groups []prefixGroup, boost float64, opt search.SearcherOptions) (search.Searcher, error) {
	ss := make([]search.Searcher, 0, len(groups))
	closeAll := func() {
		for _, s := range ss {
			_ = s.Close()
		}
	}
	for _, g := range groups {
		var s search.Searcher
		var err error
		if len(g.terms) == 0 {
			s, err = searcher.NewMatchNoneSearcher(r)
		} else {
			s, err = searcher.NewMultiTermSearcher(ctx, r, g.terms, g.field, boost, opt, false)
		}
		if err != nil {
			closeAll()
			return nil, err
		}
		ss = append(ss, s)
	}
	if len(ss) == 1 {
		return ss[0], nil
	}
	s, err := searcher.NewDisjunctionSearcher(ctx, r, ss, 0, opt)
	if err != nil {
		closeAll()
	}
	return s, err
}

// plainScoring reports whether a search asks for nothing prefixSearcher
// leaves out: explanations, term vectors, BM25, score breakdowns, or
// synonyms of a completion (a synonym searcher replaces its term searcher).
func plainScoring(ctx context.Context, opt search.SearcherOptions, groups []prefixGroup) bool {
	if opt.Explain || opt.IncludeTermVectors || opt.Score == "none" {
		return false
	}
	if ctx == nil {
		return true
	}
	if breakdown, _ := ctx.Value(search.IncludeScoreBreakdownKey).(bool); breakdown {
		return false
	}
	if model, ok := ctx.Value(search.GetScoringModelCallbackKey).(search.GetScoringModelCallbackFn); ok && model() == index.BM25Scoring {
		return false
	}
	if fts, ok := ctx.Value(search.FieldTermSynonymMapKey).(search.FieldTermSynonymMap); ok {
		for _, g := range groups {
			for _, t := range g.terms {
				if _, found := fts[g.field][t]; found {
					return false
				}
			}
		}
	}
	return true
}

// termWeight scores a term's postings as Bleve's TF-IDF term scorer does
// (scorer.TermQueryScorer; TestTermWeightAsBleve holds them equal).
type termWeight struct {
	boost, idf, queryWeight float64
}

func newTermWeight(boost float64, docTotal, docTerm uint64) termWeight {
	return termWeight{boost: boost, idf: 1.0 + math.Log(float64(docTotal)/float64(docTerm+1.0)), queryWeight: 1}
}

func (w termWeight) weight() float64 {
	s := w.boost * w.idf
	return s * s
}

func (w *termWeight) setQueryNorm(n float64) { w.queryWeight = w.boost * w.idf * n }

func (w termWeight) score(freq uint64, norm float64) float64 {
	var tf float64
	if freq < scorer.MaxSqrtCache {
		tf = scorer.SqrtCache[int(freq)]
	} else {
		tf = math.Sqrt(float64(freq))
	}
	s := tf * norm * w.idf
	if w.queryWeight != 1.0 {
		s *= w.queryWeight
	}
	return s
}

// fieldNorms[n] is the norm zap gives a field of n words (its Posting.Norm
// works it out with a square root for every posting).
var fieldNorms = func() (t [1024]float64) {
	for n := range t {
		t[n] = float64(float32(1.0 / math.Sqrt(float64(n))))
	}
	return t
}()

// norm is p's field norm, looked up for the usual field lengths.
func norm(p segment.Posting) float64 {
	if z, ok := p.(interface{ NormUint64() uint64 }); ok {
		if n := z.NormUint64(); n < uint64(len(fieldNorms)) {
			return fieldNorms[n]
		}
	}
	return p.Norm()
}

// prefixTerm is a completion in one field.
type prefixTerm struct {
	group  int // index into prefixSearcher.groups
	term   []byte
	count  uint64
	weight termWeight
}

// groupSum is what the groups' scores need of a group.
type groupSum struct {
	terms      float64 // how many terms the group has: its coord's denominator
	start, end int     // its terms in prefixSearcher.terms
	count      uint64
}

// prefixSeg is a segment of the snapshot, as the searcher reads it.
type prefixSeg struct {
	offset uint64                 // the snapshot's number of the segment's first document
	n      uint64                 // the segment's documents, deleted ones included
	lists  []segment.PostingsList // per prefixSearcher.terms; nil where the segment lacks the term
}

// window is how many documents of a segment are scored at a time: each
// term's postings are read in turn into arrays this long, and the window's
// matches are then handed out in document order.
const window = 4096

// prefixSearcher scores the documents holding any completion of any group,
// a window of a segment at a time: the sum of each group's term scores times
// its coord (terms matched of its terms), summed over the groups matched
// times the outer coord (groups matched of the groups), as Bleve's nested
// disjunctions score them.
type prefixSearcher struct {
	terms  []prefixTerm // by group, groups in the order Bleve sums them
	groups []groupSum
	count  uint64
	segs   []prefixSeg

	at   int  // the segment being read
	open bool // its iterators are set up
	its  []segment.PostingsIterator
	cur  []segment.Posting // each term's next posting in the segment, nil at its end
	lo   uint64            // the window's first document, segment-local
	hi   uint64            // past its last
	next uint64            // the first document of the window not yet handed out

	total   [window]float64 // the score so far of each document of the window
	matched [window]uint8   // groups matched
	gsum    [window]float64 // the current group's sum
	gcount  [window]uint16  // the current group's terms matched
	hits    [window / 64]uint64
	ghits   [window / 64]uint64
}

func newPrefixSearcher(ctx context.Context, snap *scorch.IndexSnapshot, groups []prefixGroup, boost float64) (search.Searcher, error) {
	docTotal, err := snap.DocCount()
	if err != nil {
		return nil, err
	}
	s := &prefixSearcher{}
	type segDicts struct {
		dicts   map[string]segment.TermDictionary
		deleted *roaring.Bitmap
	}
	var at uint64
	dicts := make([]segDicts, 0, len(snap.Segments()))
	for _, ss := range snap.Segments() {
		n := ss.Segment().Count()
		s.segs = append(s.segs, prefixSeg{offset: at, n: n})
		dicts = append(dicts, segDicts{dicts: map[string]segment.TermDictionary{}, deleted: ss.Deleted()})
		at += n
	}
	for gi, g := range groups {
		start := len(s.terms)
		var count uint64
		for ti, t := range g.terms {
			if err := search.RecordTermSearcher(ctx); err != nil {
				return nil, err
			}
			var n uint64
			for i, ss := range snap.Segments() {
				d, ok := dicts[i].dicts[g.field]
				if !ok {
					if d, err = ss.Segment().Dictionary(g.field); err != nil {
						return nil, err
					}
					dicts[i].dicts[g.field] = d
				}
				pl, err := d.PostingsList([]byte(t), dicts[i].deleted, nil)
				if err != nil {
					return nil, err
				}
				if c := pl.Count(); c > 0 {
					n += c
				} else {
					pl = nil
				}
				s.segs[i].lists = append(s.segs[i].lists, pl)
			}
			s.terms = append(s.terms, prefixTerm{group: gi, term: []byte(t), count: n, weight: newTermWeight(boost*g.boost(ti), docTotal, n)})
			count += n
		}
		s.groups = append(s.groups, groupSum{terms: float64(len(g.terms)), start: start, end: len(s.terms), count: count})
		s.count += count
	}
	// Bleve's disjunctions hold their searchers fewest matches first and sum
	// the scores of the matching ones in that order; summing in the same
	// order gives the same scores to the last bit, nearly always.
	s.sortBleveOrder()
	// As Bleve's disjunction does when it is built; a query holding the
	// prefix sets its own norm after.
	s.SetQueryNorm(1 / math.Sqrt(s.Weight()))
	s.its = make([]segment.PostingsIterator, len(s.terms))
	s.cur = make([]segment.Posting, len(s.terms))
	return s, nil
}

// sortBleveOrder orders the groups, and each group's terms, by how many
// documents they match, keeping the segments' lists in step.
func (s *prefixSearcher) sortBleveOrder() {
	perm := make([]int, 0, len(s.terms))
	order := make([]int, len(s.groups))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmpUint(s.groups[a].count, s.groups[b].count) })
	groups := make([]groupSum, 0, len(s.groups))
	for _, gi := range order {
		g := s.groups[gi]
		idx := make([]int, 0, g.end-g.start)
		for i := g.start; i < g.end; i++ {
			idx = append(idx, i)
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmpUint(s.terms[a].count, s.terms[b].count) })
		start := len(perm)
		perm = append(perm, idx...)
		groups = append(groups, groupSum{terms: g.terms, start: start, end: len(perm), count: g.count})
	}
	terms := make([]prefixTerm, len(perm))
	for i, old := range perm {
		terms[i] = s.terms[old]
	}
	for si := range s.segs {
		lists := make([]segment.PostingsList, len(perm))
		for i, old := range perm {
			lists[i] = s.segs[si].lists[old]
		}
		s.segs[si].lists = lists
	}
	s.terms, s.groups = terms, groups
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (s *prefixSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.advance(ctx, 0)
}

func (s *prefixSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	var g uint64
	if id != nil {
		g = id.Value()
	}
	return s.advance(ctx, g)
}

// advance returns the first match at or after the snapshot's document g
// and after the last one handed out; nil at the end.
func (s *prefixSearcher) advance(ctx *search.SearchContext, g uint64) (*search.DocumentMatch, error) {
	for ; s.at < len(s.segs); s.at, s.open = s.at+1, false {
		seg := &s.segs[s.at]
		if seg.offset+seg.n <= g {
			continue
		}
		if !s.open {
			if err := s.openSeg(seg); err != nil {
				return nil, err
			}
		}
		local := uint64(0)
		if g > seg.offset {
			local = g - seg.offset
		}
		for {
			if local >= s.hi {
				more, err := s.fill(local)
				if err != nil {
					return nil, err
				}
				if !more {
					break
				}
			}
			if d, ok := s.take(max(local, s.next)); ok {
				m := ctx.DocumentMatchPool.Get()
				m.IndexInternalID = index.NewIndexInternalID(m.IndexInternalID, seg.offset+d)
				m.Score = s.scoreOf(d)
				return m, nil
			}
			local = s.hi
		}
	}
	return nil, nil
}

// openSeg starts reading seg's postings.
func (s *prefixSearcher) openSeg(seg *prefixSeg) error {
	for i, pl := range seg.lists {
		prev := s.its[i] // done with: its memory is reused
		s.its[i], s.cur[i] = nil, nil
		if pl == nil {
			continue
		}
		s.its[i] = pl.Iterator(true, true, false, prev)
		p, err := s.its[i].Next()
		if err != nil {
			return err
		}
		s.cur[i] = p
	}
	s.clearWindow()
	s.lo, s.hi, s.next, s.open = 0, 0, 0, true
	return nil
}

// fill scores the next window holding a match at or after the local
// document from; false when the segment has none.
func (s *prefixSearcher) fill(from uint64) (bool, error) {
	s.clearWindow()
	lo := uint64(math.MaxUint64)
	for i, p := range s.cur {
		if p == nil {
			continue
		}
		if p.Number() < from {
			q, err := s.its[i].Advance(from)
			if err != nil {
				return false, err
			}
			if s.cur[i] = q; q == nil {
				continue
			}
			p = q
		}
		lo = min(lo, p.Number())
	}
	if lo == math.MaxUint64 {
		s.lo, s.hi, s.next = from, from, from
		return false, nil
	}
	s.lo, s.hi, s.next = lo, lo+window, lo
	for gi := range s.groups {
		g := &s.groups[gi]
		for i := g.start; i < g.end; i++ {
			p := s.cur[i]
			w := s.terms[i].weight
			for p != nil && p.Number() < s.hi {
				d := p.Number() - lo
				s.gsum[d] += w.score(p.Frequency(), norm(p))
				s.gcount[d]++
				s.ghits[d>>6] |= 1 << (d & 63)
				var err error
				if p, err = s.its[i].Next(); err != nil {
					return false, err
				}
			}
			s.cur[i] = p
		}
		// The group's coord, and its score into each document's total.
		for wi, word := range s.ghits {
			for word != 0 {
				d := wi<<6 | bits.TrailingZeros64(word)
				word &= word - 1
				s.total[d] += s.gsum[d] * (float64(s.gcount[d]) / g.terms)
				s.matched[d]++
				s.gsum[d], s.gcount[d] = 0, 0
			}
			s.hits[wi] |= s.ghits[wi]
			s.ghits[wi] = 0
		}
	}
	return true, nil
}

// take finds the window's first match at or after the local document from,
// and marks everything before it and it handed out.
func (s *prefixSearcher) take(from uint64) (uint64, bool) {
	if from >= s.hi {
		return 0, false
	}
	d := from - s.lo
	for wi := int(d >> 6); wi < len(s.hits); wi++ {
		word := s.hits[wi]
		if wi == int(d>>6) {
			word &^= 1<<(d&63) - 1
		}
		if word != 0 {
			at := uint64(wi<<6 | bits.TrailingZeros64(word))
			s.next = s.lo + at + 1
			return s.lo + at, true
		}
	}
	s.next = s.hi
	return 0, false
}

// scoreOf is the local document d's score: its total times the outer coord.
func (s *prefixSearcher) scoreOf(d uint64) float64 {
	i := d - s.lo
	return s.total[i] * (float64(s.matched[i]) / float64(len(s.groups)))
}

// clearWindow zeroes what the last window set.
func (s *prefixSearcher) clearWindow() {
	for wi, word := range s.hits {
		for word != 0 {
			d := wi<<6 | bits.TrailingZeros64(word)
			word &= word - 1
			s.total[d], s.matched[d] = 0, 0
		}
		s.hits[wi] = 0
	}
}

func (s *prefixSearcher) Weight() float64 {
	var w float64
	for _, g := range s.groups {
		var gw float64
		for _, t := range s.terms[g.start:g.end] {
			gw += t.weight.weight()
		}
		w += gw
	}
	return w
}

func (s *prefixSearcher) SetQueryNorm(n float64) {
	for i := range s.terms {
		s.terms[i].weight.setQueryNorm(n)
	}
}

// Count is the worst case, as for Bleve's disjunction.
func (s *prefixSearcher) Count() uint64 { return s.count }

func (s *prefixSearcher) Min() int { return 0 }

func (s *prefixSearcher) Size() int { return len(s.terms)*64 + window*26 }

func (s *prefixSearcher) DocumentMatchPoolSize() int { return 1 }

func (s *prefixSearcher) Close() error { return nil }

// completions is how many completions of a prefix are searched. A short
// prefix, typed on the way to a word, has many completions that are each in
// many documents: its few most frequent ones already match nearly every
// document the rest would, at a fraction of the cost.
func completions(prefix string) int {
	switch utf8.RuneCountInString(prefix) {
	case 1:
		return maxPrefixTerms / 8
	case 2:
		return maxPrefixTerms / 4
	case 3:
		return maxPrefixTerms / 2
	}
	return maxPrefixTerms
}

// topCompletions returns up to n terms of field starting with prefix, the
// ones in most documents first.
func topCompletions(r index.IndexReader, field, prefix string, n int) ([]string, error) {
	if prefix == "" {
		return nil, nil
	}
	d, err := r.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil, err
	}
	defer d.Close()
	frequent := newBest(n, func(a, b termCount) bool { return a.count < b.count })
	for walked := 0; walked < maxPrefixWalk; walked++ {
		e, err := d.Next()
		if err != nil {
			return nil, err
		}
		if e == nil {
			break
		}
		frequent.offer(termCount{e.Term, e.Count})
	}
	out := make([]string, 0, frequent.Len())
	for _, t := range frequent.items {
		out = append(out, t.term)
	}
	return out, nil
}

type termCount struct {
	term  string
	count uint64
}

var _ query.Query = (*prefixQuery)(nil)
