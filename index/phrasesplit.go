package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// A phrase costs two to three times a term query: every candidate's
// positions are read. In a large index its searcher is split in two halves
// of the documents: the first is searched as the collector asks, on the
// search's goroutine, while a second goroutine searches the second half
// ahead and hands its hits over in order. On a laptop's second core that
// halves the time a phrase search takes; hits, order and scores are those
// of one searcher.

// splitPhraseDocs is the index size (documents) from which phrases are
// searched in two halves: below it a phrase search takes a few
// milliseconds, less than starting a goroutine would save.
const splitPhraseDocs = 20_000

// splitHit is a hit of the second half: its document and score.
type splitHit struct {
	id    index.IndexInternalID
	score float64
}

// splitPhrase searches documents before mid with lo, on the caller's
// goroutine, and from mid on with hi, on its own.
type splitPhrase struct {
	ctx     context.Context
	lo, hi  *positionPhrase
	mid     index.IndexInternalID
	loDone  bool
	started bool
	hits    chan []splitHit // hi's hits in order, closed after the last
	errc    chan error      // hi's failure, if any (buffered)
	stop    chan struct{}   // closed by Close
	done    chan struct{}   // closed when hi's goroutine has returned
	pending []splitHit
}

func newSplitPhrase(ctx context.Context, r index.IndexReader, field string, terms []phraseTerm, boost float64, opt search.SearcherOptions, docs uint64) (search.Searcher, error) {
	lo, err := newPhraseHalf(ctx, r, field, terms, boost, opt)
	if err != nil {
		return nil, err
	}
	hi, err := newPhraseHalf(ctx, r, field, terms, boost, opt)
	if err != nil {
		lo.Close()
		return nil, err
	}
	// Scorch numbers documents from 0 across its segments, in order.
	mid := index.NewIndexInternalID(nil, docs/2)
	lo.end = mid
	return &splitPhrase{ctx: ctx, lo: lo, hi: hi, mid: mid,
		hits: make(chan []splitHit, 4), errc: make(chan error, 1),
		stop: make(chan struct{}), done: make(chan struct{})}, nil
}

// start sets hi searching. It runs at the first read, when the query's
// norm has been set on both halves.
func (s *splitPhrase) start() {
	if s.started {
		return
	}
	s.started = true
	go func() {
		defer close(s.done)
		defer close(s.hits)
		sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.hi.DocumentMatchPoolSize(), 0)}
		batch := make([]splitHit, 0, 256)
		send := func() bool {
			select {
			case s.hits <- batch:
				batch = make([]splitHit, 0, 256)
				return true
			case <-s.stop:
				return false
			}
		}
		m, err := s.hi.Advance(sctx, s.mid)
		for ; m != nil && err == nil; m, err = s.hi.Next(sctx) {
			batch = append(batch, splitHit{id: append(index.IndexInternalID(nil), m.IndexInternalID...), score: m.Score})
			sctx.DocumentMatchPool.Put(m)
			if len(batch) == cap(batch) {
				if s.ctx.Err() != nil || !send() {
					return
				}
			}
		}
		if err != nil {
			s.errc <- err
			return
		}
		if len(batch) > 0 {
			send()
		}
	}()
}

func (s *splitPhrase) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	s.start()
	if !s.loDone {
		m, err := s.lo.Next(ctx)
		if m != nil || err != nil {
			return m, err
		}
		s.loDone = true
	}
	return s.nextHi(ctx, nil)
}

func (s *splitPhrase) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	s.start()
	if !s.loDone && id.Compare(s.mid) < 0 {
		m, err := s.lo.Advance(ctx, id)
		if m != nil || err != nil {
			return m, err
		}
	}
	s.loDone = true
	return s.nextHi(ctx, id)
}

// nextHi returns the second half's next hit at or after id (nil: any).
func (s *splitPhrase) nextHi(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	for {
		for len(s.pending) > 0 {
			h := s.pending[0]
			s.pending = s.pending[1:]
			if id != nil && h.id.Compare(id) < 0 {
				continue
			}
			m := ctx.DocumentMatchPool.Get()
			m.IndexInternalID = append(m.IndexInternalID[:0], h.id...)
			m.Score = h.score
			return m, nil
		}
		batch, ok := <-s.hits
		if !ok {
			select {
			case err := <-s.errc:
				return nil, err
			default:
			}
			return nil, s.ctx.Err()
		}
		s.pending = batch
	}
}

func (s *splitPhrase) Close() error {
	close(s.stop)
	if s.started {
		<-s.done
	}
	err := s.lo.Close()
	if herr := s.hi.Close(); err == nil {
		err = herr
	}
	return err
}

func (s *splitPhrase) Weight() float64 { return s.lo.Weight() }

func (s *splitPhrase) SetQueryNorm(n float64) {
	s.lo.SetQueryNorm(n)
	s.hi.SetQueryNorm(n)
}

func (s *splitPhrase) Count() uint64              { return s.lo.Count() }
func (s *splitPhrase) Min() int                   { return 0 }
func (s *splitPhrase) Size() int                  { return s.lo.Size() + s.hi.Size() }
func (s *splitPhrase) DocumentMatchPoolSize() int { return s.lo.DocumentMatchPoolSize() + 1 }
