package index

import (
	"context"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	index "github.com/blevesearch/bleve_index_api"
)

// Bleve's phrase searcher asks each word's term searcher for term vectors,
// turns every candidate's positions into location maps and compares paths
// through them: for two common words, allocations for tens of thousands of
// documents, about fifteen times a term query. positionPhrase reads each
// distinct word's postings once, positions included, into reused buffers,
// compares the positions in place, and scores only the documents that hold
// the phrase, with Bleve's own scorers (one term scorer per word of the
// phrase, summed as its conjunction sums them), so hits and scores are those
// of Bleve's phrase query.

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

// Searcher is positionPhrase for two words or more, Bleve's phrase searcher
// for one (or none).
func (q *phraseQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opt search.SearcherOptions) (search.Searcher, error) {
	if terms := analyzePhrase(m, q.field, q.phrase); len(terms) >= 2 {
		return newPositionPhrase(ctx, r, q.field, terms, q.boost, opt)
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
	reader int // index of the word's postings in positionPhrase.readers
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

// positionPhrase is the searcher of a phrase of at least two words.
type positionPhrase struct {
	terms   []phraseTerm
	scorers []*scorer.TermQueryScorer // per word of the phrase
	conj    *scorer.ConjunctionQueryScorer
	readers []index.TermFieldReader // per distinct word
	docs    []index.TermFieldDoc    // each reader's current document, reused
	cur     []*index.TermFieldDoc   // nil before the first read and after the last
	started bool
	score   bool
	matches []*search.DocumentMatch // reused for the conjunction's scorer
}

// newPositionPhrase returns the searcher of the phrase terms (at least two
// words) in field.
func newPositionPhrase(ctx context.Context, r index.IndexReader, field string, terms []phraseTerm, boost float64, opt search.SearcherOptions) (search.Searcher, error) {
	opt.IncludeTermVectors = false // positions are checked here, not reported
	s := &positionPhrase{score: opt.Score != "none", conj: scorer.NewConjunctionQueryScorer(opt)}
	docCount, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	seen := map[string]int{}
	for _, t := range terms {
		if err := search.RecordTermSearcher(ctx); err != nil {
			s.Close()
			return nil, err
		}
		k, ok := seen[t.term]
		if !ok {
			tfr, err := r.TermFieldReader(ctx, []byte(t.term), field, s.score, s.score, true)
			if err != nil {
				s.Close()
				return nil, err
			}
			k = len(s.readers)
			seen[t.term] = k
			s.readers = append(s.readers, tfr)
		}
		t.reader = k
		s.terms = append(s.terms, t)
		s.scorers = append(s.scorers, scorer.NewTermQueryScorer([]byte(t.term), field, boost, docCount, s.readers[k].Count(), 0, opt))
	}
	// The first reader steps from document to document and the others
	// jump to where it stands: with the rarest word first, the common
	// words' positions are read only where the rare one is.
	order := make([]int, len(s.readers))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return s.readers[order[a]].Count() < s.readers[order[b]].Count() })
	where := make([]int, len(order))
	readers := make([]index.TermFieldReader, len(order))
	for k, old := range order {
		where[old], readers[k] = k, s.readers[old]
	}
	s.readers = readers
	for i := range s.terms {
		s.terms[i].reader = where[s.terms[i].reader]
	}
	s.docs = make([]index.TermFieldDoc, len(s.readers))
	s.cur = make([]*index.TermFieldDoc, len(s.readers))
	s.matches = make([]*search.DocumentMatch, len(s.terms))
	// As Bleve's conjunction does when it is built; a query holding the
	// phrase sets its own norm after.
	s.SetQueryNorm(1 / math.Sqrt(s.Weight()))
	return s, nil
}

func (s *positionPhrase) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started {
		return s.Advance(ctx, nil)
	}
	// Step past the current document, then find the next that holds it.
	if s.cur[0] == nil {
		return nil, nil
	}
	d, err := s.readers[0].Next(s.docs[0].Reset())
	if err != nil {
		return nil, err
	}
	s.cur[0] = d
	return s.find(ctx)
}

func (s *positionPhrase) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	for k, r := range s.readers {
		if s.started && (s.cur[k] == nil || id == nil || s.cur[k].ID.Compare(id) >= 0) {
			continue
		}
		var d *index.TermFieldDoc
		var err error
		if id == nil {
			d, err = r.Next(s.docs[k].Reset())
		} else {
			d, err = r.Advance(id, s.docs[k].Reset())
		}
		if err != nil {
			return nil, err
		}
		s.cur[k] = d
	}
	s.started = true
	return s.find(ctx)
}

// find moves the readers to the first document, at or after where they
// are, that holds every word, and on from there to the first that holds
// the phrase; it returns that document scored, or nil at the end.
func (s *positionPhrase) find(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for {
		// Leapfrog: advance every reader to the furthest one's document.
		var max index.IndexInternalID
		for _, d := range s.cur {
			if d == nil {
				return nil, nil
			}
			if max == nil || d.ID.Compare(max) > 0 {
				max = d.ID
			}
		}
		max = append(index.IndexInternalID(nil), max...)
		same := true
		for k, r := range s.readers {
			if s.cur[k].ID.Equals(max) {
				continue
			}
			d, err := r.Advance(max, s.docs[k].Reset())
			if err != nil {
				return nil, err
			}
			if s.cur[k] = d; d == nil {
				return nil, nil
			}
			if !d.ID.Equals(max) {
				same = false
			}
		}
		if !same {
			continue
		}
		if s.holds() {
			return s.scored(ctx), nil
		}
		d, err := s.readers[0].Next(s.docs[0].Reset())
		if err != nil {
			return nil, err
		}
		s.cur[0] = d
	}
}

// holds reports whether the readers' current document has the phrase's
// words at their offsets in one value of the field.
func (s *positionPhrase) holds() bool {
	for _, v := range s.cur[s.terms[0].reader].Vectors {
		if s.holdsAt(v) {
			return true
		}
	}
	return false
}

// holdsAt reports whether every word of the phrase follows the first one,
// found at v, at its offset, in the same value of the field.
func (s *positionPhrase) holdsAt(v *index.TermFieldVector) bool {
	for _, t := range s.terms[1:] {
		want, found := v.Pos+t.offset, false
		for _, w := range s.cur[t.reader].Vectors {
			if w.Pos == want && slices.Equal(w.ArrayPositions, v.ArrayPositions) {
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

// scored is the readers' current document scored as Bleve's phrase
// searcher scores it: the sum of each word's term score.
func (s *positionPhrase) scored(ctx *search.SearchContext) *search.DocumentMatch {
	for i, t := range s.terms {
		d := *s.cur[t.reader]
		d.Vectors = nil // the scorer would copy them into locations
		s.matches[i] = s.scorers[i].Score(ctx, &d)
	}
	m := s.conj.Score(ctx, s.matches)
	for _, o := range s.matches[1:] {
		ctx.DocumentMatchPool.Put(o)
	}
	return m
}

func (s *positionPhrase) Weight() float64 {
	var w float64
	for _, sc := range s.scorers {
		w += sc.Weight()
	}
	return w
}

func (s *positionPhrase) SetQueryNorm(n float64) {
	for _, sc := range s.scorers {
		sc.SetQueryNorm(n)
	}
}

// Count is the worst case, as for Bleve's conjunction.
func (s *positionPhrase) Count() uint64 {
	var n uint64
	for _, t := range s.terms {
		n += s.readers[t.reader].Count()
	}
	return n
}

func (s *positionPhrase) Min() int { return 0 }

func (s *positionPhrase) Size() int { return len(s.terms) * 64 }

func (s *positionPhrase) DocumentMatchPoolSize() int { return len(s.terms) + 1 }

func (s *positionPhrase) Close() error {
	var err error
	for _, r := range s.readers {
		if rerr := r.Close(); err == nil {
			err = rerr
		}
	}
	return err
}
