package index

import (
	"reflect"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/size"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Text fields in English are analysed in one pass (textField.Analyze)
// rather than by Bleve's TextField, which runs the analyser stage by stage
// over a token stream and then counts the terms: for every field that
// allocated a token per word, a map sized for every token, and a location
// list per distinct term, and analysis was the largest single cost of an
// import. Here each word goes through the analyser's own filters as it is
// cut, the surviving tokens are kept in a reused buffer, stemmed together,
// and counted into frequencies whose terms, counts and locations share a
// few allocations per field. The filters and the stemmer are the mapping's
// own instances, so the terms are the analyser's by construction; a test
// compares every field with Bleve's TextField.

// onePass is the "dossier_en" analyser taken apart for textField.
type onePass struct {
	words   analysis.Tokenizer     // the Unicode segmenter splitWords falls back on
	filters []analysis.TokenFilter // every filter before the stemmer
	stems   *stemFilter
	scratch sync.Pool // *passScratch
}

// passScratch is the per-field working memory, reused across fields.
type passScratch struct {
	toks   []analysis.Token
	term   []int32 // index of each token's term in the field's frequencies
	counts []int32 // occurrences of each term
}

// newOnePass returns the one-pass form of a, or nil when a is not built
// the way it expects (our word tokenizer, then filters, the stemmer last).
func newOnePass(a analysis.Analyzer) *onePass {
	da, ok := a.(*analysis.DefaultAnalyzer)
	if !ok || len(da.CharFilters) != 0 || len(da.TokenFilters) == 0 {
		return nil
	}
	w, ok := da.Tokenizer.(*wordTokenizer)
	if !ok {
		return nil
	}
	last := len(da.TokenFilters) - 1
	st, ok := da.TokenFilters[last].(*stemFilter)
	if !ok {
		return nil
	}
	return &onePass{words: w.uni, filters: da.TokenFilters[:last], stems: st}
}

// analyze returns the number of terms of value and their frequencies, as
// Bleve's TextField.Analyze would with the same analyser, and the size
// Bleve counts for those frequencies. Like it, it may lower-case value in
// place.
func (p *onePass) analyze(value []byte, arrayPos []uint64, opts bleveindex.FieldIndexingOptions) (int, bleveindex.TokenFrequencies, int) {
	s, _ := p.scratch.Get().(*passScratch)
	if s == nil {
		s = &passScratch{}
	}
	defer p.scratch.Put(s)

	// Cut, filter and keep.
	toks := s.toks[:0]
	tok := new(analysis.Token)
	one := make(analysis.TokenStream, 1)
	n := 0
	splitWords(string(value), p.words, func(start, end int, typ analysis.TokenType) {
		n++
		*tok = analysis.Token{Term: value[start:end:end], Start: start, End: end, Position: n, Type: typ}
		one[0] = tok
		ts := one
		for _, f := range p.filters {
			if ts = f.Filter(ts); len(ts) == 0 {
				return
			}
		}
		for _, t := range ts {
			toks = append(toks, *t)
		}
	})
	s.toks = toks
	stemAll(p.stems, toks, func(t *analysis.Token) *analysis.Token { return t })

	// Count: each distinct term once, in order of first occurrence. Until
	// the counts are known, a term's frequency holds its index in distinct.
	// The distinct terms are allocated in slabs that never move (the map
	// points into them): one slab as long as the text would hold a long
	// text's every token although it has a few thousand distinct words.
	freqs := make(bleveindex.TokenFrequencies, min(len(toks)/2+1, slabSize))
	var distinct []*bleveindex.TokenFreq
	var slab []bleveindex.TokenFreq
	s.term, s.counts = s.term[:0], s.counts[:0]
	termBytes := 0
	for i := range toks {
		tf := freqs[string(toks[i].Term)]
		if tf == nil {
			termBytes += len(toks[i].Term)
			if len(slab) == cap(slab) {
				slab = make([]bleveindex.TokenFreq, 0, min(len(toks), slabSize))
			}
			slab = append(slab, bleveindex.TokenFreq{Term: toks[i].Term})
			tf = &slab[len(slab)-1]
			distinct = append(distinct, tf)
			tf.SetFrequency(len(distinct) - 1)
			freqs[string(toks[i].Term)] = tf
			s.counts = append(s.counts, 0)
		}
		k := int32(tf.Frequency())
		s.term = append(s.term, k)
		s.counts[k]++
	}
	for k := range distinct {
		if opts.SkipFreqNorm() {
			distinct[k].SetFrequency(0)
		} else {
			distinct[k].SetFrequency(int(s.counts[k]))
		}
	}
	nLocs := 0
	if opts.IncludeTermVectors() && len(toks) > 0 {
		nLocs = len(toks)
		locs := make([]bleveindex.TokenLocation, len(toks))
		ptrs := make([]*bleveindex.TokenLocation, len(toks))
		off := 0
		for k := range distinct {
			c := int(s.counts[k])
			distinct[k].Locations = ptrs[off : off : off+c]
			off += c
		}
		for i := range toks {
			// Positions only: phrases need them, but nothing asks Bleve for
			// match offsets (the matcher finds them in the store's text), and
			// two offsets per word were a fifth of the index.
			locs[i] = bleveindex.TokenLocation{ArrayPositions: arrayPos, Position: toks[i].Position}
			tf := distinct[s.term[i]]
			tf.Locations = append(tf.Locations, &locs[i])
		}
	}
	clear(toks) // drop the scratch's references to this field's terms
	return len(toks), freqs, freqsSize(len(distinct), termBytes, nLocs, len(arrayPos))
}

// slabSize is how many distinct terms analyze allocates at a time.
const slabSize = 4096

// textField is an English text field analysed in one pass; it is what
// Bleve's document.TextField is for the same name, value and options.
type textField struct {
	analysed bool
	name     string
	arrayPos []uint64
	opts     bleveindex.FieldIndexingOptions
	value    []byte
	plain    uint64
	an       *onePass
	length   int
	freqs    bleveindex.TokenFrequencies
	size     int // of freqs, counted as analysed
}

func newTextField(name string, arrayPos []uint64, value []byte, opts bleveindex.FieldIndexingOptions, an *onePass) *textField {
	return &textField{name: name, arrayPos: arrayPos, opts: opts, value: value, plain: uint64(len(value)), an: an}
}

func (f *textField) Name() string                             { return f.name }
func (f *textField) ArrayPositions() []uint64                 { return f.arrayPos }
func (f *textField) Options() bleveindex.FieldIndexingOptions { return f.opts }
func (f *textField) Value() []byte                            { return f.value }
func (f *textField) Text() string                             { return string(f.value) }
func (f *textField) NumPlainTextBytes() uint64                { return f.plain }
func (f *textField) EncodedFieldType() byte                   { return 't' }
func (f *textField) AnalyzedLength() int                      { return f.length }

func (f *textField) AnalyzedTokenFrequencies() bleveindex.TokenFrequencies { return f.freqs }

func (f *textField) Analyze() {
	if f.analysed {
		return
	}
	f.analysed = true
	value := f.value
	if f.opts.IsStored() {
		value = append([]byte(nil), value...) // analysis lower-cases in place
	}
	f.length, f.freqs, f.size = f.an.analyze(value, f.arrayPos, f.opts)
}

// Size is the field's memory, counted as Bleve counts a TextField's (Scorch
// uses it to account for batches in memory).
func (f *textField) Size() int {
	return textFieldStaticSize + size.SizeOfPtr + len(f.name) + len(f.arrayPos)*size.SizeOfUint64 + len(f.value) + f.size
}

var textFieldStaticSize = int(reflect.TypeFor[textField]().Size())
