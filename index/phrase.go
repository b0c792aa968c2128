package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// A phrase search in Bleve walks the posting lists of all its words and
// reads the positions of every document holding them all: for two common
// words, tens of thousands of documents. Each text field also indexes its
// word pairs (pairFilter), so the documents that can hold a phrase are
// those holding each of its neighbouring-word pairs: one short posting list
// per pair. phraseQuery runs Bleve's own phrase searcher on those
// candidates only, so hits, positions and scores are Bleve's, found at
// about the cost of a term query.

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

// Searcher is Bleve's phrase searcher, advanced over the documents that
// hold every word pair of the phrase.
func (q *phraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	pairs, words := phrasePairs(m, q.field, q.phrase)
	filterOpt := search.SearcherOptions{Score: "none"}
	partial, err := partialTexts(ctx, r, q.field)
	if err != nil {
		return nil, err
	}
	if partial == nil && len(words) == 2 && len(pairs) == 1 {
		// Two neighbouring words: the pair's documents are the phrase's.
		// The words' own searchers, without positions, give Bleve's score.
		return pairPhrase(ctx, r, q.field, pairs[0], words, q.boost, opt)
	}
	mp := query.NewMatchPhraseQuery(q.phrase)
	mp.SetField(q.field)
	mp.SetBoost(q.boost)
	phrase, err := mp.Searcher(ctx, r, m, opt)
	if err != nil {
		if partial != nil {
			partial.Close()
		}
		return nil, err
	}
	if len(pairs) == 0 {
		if partial != nil {
			partial.Close()
		}
		return phrase, nil // one word, or words only stop words keep apart
	}
	var ss []search.Searcher
	closeAll := func() {
		for _, s := range ss {
			s.Close()
		}
		if partial != nil {
			partial.Close()
		}
		phrase.Close()
	}
	for _, p := range pairs {
		s, err := searcher.NewTermSearcher(ctx, r, p, pairField(q.field), 0, filterOpt)
		if err != nil {
			closeAll()
			return nil, err
		}
		ss = append(ss, s)
	}
	cand := ss[0]
	if len(ss) > 1 {
		if cand, err = searcher.NewConjunctionSearcher(ctx, r, ss, filterOpt); err != nil {
			closeAll()
			return nil, err
		}
	}
	if partial != nil {
		// Texts whose pairs stop short can hold the phrase past them.
		if cand, err = searcher.NewDisjunctionSearcher(ctx, r, []search.Searcher{cand, partial}, 1, filterOpt); err != nil {
			closeAll()
			return nil, err
		}
	}
	return &pairFiltered{cand: cand, phrase: phrase}, nil
}

// partialTexts finds the texts of field whose word pairs stop short
// (maxPairTerms), or nil when there are none: then the index's phrases
// are found, and scored, by their pairs alone.
func partialTexts(ctx context.Context, r index.IndexReader, field string) (search.Searcher, error) {
	s, err := searcher.NewTermSearcher(ctx, r, partialPairs, pairField(field), 0, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	if s.Count() == 0 {
		s.Close()
		return nil, nil
	}
	return s, nil
}

// pairPhrase is a two-word phrase found by its pair term: a conjunction of
// the pair (which scores nothing) and the two words, scored as Bleve's
// phrase searcher scores the conjunction of its words.
func pairPhrase(ctx context.Context, r index.IndexReader, field, pair string, words []string, boost float64, opt search.SearcherOptions) (search.Searcher, error) {
	var ss []search.Searcher
	fail := func(err error) (search.Searcher, error) {
		for _, s := range ss {
			s.Close()
		}
		return nil, err
	}
	p, err := searcher.NewTermSearcher(ctx, r, pair, pairField(field), 0, search.SearcherOptions{Score: "none"})
	if err != nil {
		return fail(err)
	}
	// Even when the pair is in no document, the words' searchers stay:
	// their weight is part of the query's norm, as in Bleve's phrase.
	ss = append(ss, p)
	opt.IncludeTermVectors = false
	for _, w := range words {
		s, err := searcher.NewTermSearcher(ctx, r, w, field, boost, opt)
		if err != nil {
			return fail(err)
		}
		ss = append(ss, s)
	}
	return searcher.NewConjunctionSearcher(ctx, r, ss, opt)
}

// phrasePairs are the pair terms of the phrase's neighbouring words, as
// the field's analyser reads them, without repeats, and the phrase's terms.
func phrasePairs(m mapping.IndexMapping, field, phrase string) (pairs, words []string) {
	a := m.AnalyzerNamed(m.AnalyzerNameForPath(field))
	if a == nil {
		return nil, nil
	}
	toks := a.Analyze([]byte(phrase))
	for _, t := range toks {
		words = append(words, string(t.Term))
	}
	var out []string
	seen := map[string]bool{}
	for i := 1; i < len(toks); i++ {
		if toks[i].Position != toks[i-1].Position+1 {
			continue
		}
		t := string(pairTerm(nil, toks[i-1].Term, toks[i].Term))
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out, words
}

// pairFiltered returns the phrase searcher's matches among the candidate
// searcher's documents. Its weight, norm and scores are the phrase
// searcher's.
type pairFiltered struct {
	cand   search.Searcher
	phrase search.Searcher
}

func (s *pairFiltered) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	c, err := s.cand.Next(ctx)
	if err != nil {
		return nil, err
	}
	return s.from(ctx, c)
}

func (s *pairFiltered) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	c, err := s.cand.Advance(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.from(ctx, c)
}

// from returns the first phrase match at or after candidate c.
func (s *pairFiltered) from(ctx *search.SearchContext, c *search.DocumentMatch) (*search.DocumentMatch, error) {
	for c != nil {
		id := append(index.IndexInternalID(nil), c.IndexInternalID...)
		ctx.DocumentMatchPool.Put(c)
		m, err := s.phrase.Advance(ctx, id)
		if err != nil || m == nil {
			return nil, err
		}
		if m.IndexInternalID.Equals(id) {
			return m, nil
		}
		// The phrase's next match is further on: is it a candidate?
		next := append(index.IndexInternalID(nil), m.IndexInternalID...)
		if c, err = s.cand.Advance(ctx, next); err != nil {
			ctx.DocumentMatchPool.Put(m)
			return nil, err
		}
		if c != nil && c.IndexInternalID.Equals(next) {
			ctx.DocumentMatchPool.Put(c)
			return m, nil
		}
		ctx.DocumentMatchPool.Put(m)
	}
	return nil, nil
}

func (s *pairFiltered) Close() error {
	err := s.cand.Close()
	if perr := s.phrase.Close(); err == nil {
		err = perr
	}
	return err
}

func (s *pairFiltered) Weight() float64        { return s.phrase.Weight() }
func (s *pairFiltered) SetQueryNorm(n float64) { s.phrase.SetQueryNorm(n) }
func (s *pairFiltered) Count() uint64          { return min(s.cand.Count(), s.phrase.Count()) }
func (s *pairFiltered) Min() int               { return s.phrase.Min() }
func (s *pairFiltered) Size() int              { return s.cand.Size() + s.phrase.Size() }
func (s *pairFiltered) DocumentMatchPoolSize() int {
	return s.cand.DocumentMatchPoolSize() + s.phrase.DocumentMatchPoolSize() + 1
}
