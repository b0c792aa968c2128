package index

import (
	"reflect"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/size"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Keyword fields (type, tags, speaker, source, dates, the facet values) are
// most of the fields of a document: a quote has one text field and a dozen
// keyword values, and there are eight quotes to an article. Built as
// Bleve's TextFields, every value was a field of its own, with its own token
// stream, frequency map and array position, and the segment builder then
// merged a document's values of one name back into one term list. Here all
// the values of one name are a single keywordField, analysed straight into
// that merged list: the same terms, counts and field length reach the
// index. A test compares them with what Bleve's fields give once merged.

// keywordPass is how a keyword analyser turns a value into its one term.
type keywordPass struct {
	lower bool              // the term is the value lower-cased, else the value itself
	an    analysis.Analyzer // lower-cases what is not ASCII
}

// newKeywordPass returns the pass for a, or nil when a can yield other than
// one term per value (keywordField would then be wrong).
func newKeywordPass(a analysis.Analyzer) *keywordPass {
	da, ok := a.(*analysis.DefaultAnalyzer)
	if !ok || len(da.CharFilters) != 0 {
		return nil
	}
	if _, ok := da.Tokenizer.(*single.SingleTokenTokenizer); !ok {
		return nil
	}
	switch {
	case len(da.TokenFilters) == 0:
		return &keywordPass{}
	case len(da.TokenFilters) == 1:
		if _, ok := da.TokenFilters[0].(*lowercase.LowerCaseFilter); ok {
			return &keywordPass{lower: true, an: a}
		}
	}
	return nil
}

// appendTerm appends the term of value to buf and returns buf, nil; for
// text that is not ASCII it returns buf unchanged and the term the
// analyser's own lower-case filter made. ASCII is lower-cased here.
func (p *keywordPass) appendTerm(buf []byte, value string) ([]byte, []byte) {
	if !p.lower {
		return append(buf, value...), nil
	}
	for i := 0; i < len(value); i++ {
		if value[i] >= utf8.RuneSelf {
			toks := p.an.Analyze([]byte(value))
			return buf, toks[0].Term
		}
	}
	for i := 0; i < len(value); i++ {
		c := value[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, nil
}

// keywordField holds every value of one keyword field of a document. With
// more than one value it has no array positions: it is not stored (document
// builds stored fields one value at a time) and keeps no locations, so
// nothing in the index depends on them.
type keywordField struct {
	name     string
	arrayPos []uint64
	opts     bleveindex.FieldIndexingOptions
	values   []string
	plain    uint64
	an       *keywordPass
	freqs    bleveindex.TokenFrequencies
	size     int
}

func newKeywordField(name string, arrayPos []uint64, values []string, opts bleveindex.FieldIndexingOptions, an *keywordPass) *keywordField {
	f := &keywordField{name: name, arrayPos: arrayPos, opts: opts, values: values, an: an}
	for _, v := range values {
		f.plain += uint64(len(v))
	}
	f.size = keywordFieldStaticSize + size.SizeOfPtr + len(name) + len(arrayPos)*size.SizeOfUint64 + int(f.plain)
	return f
}

func (f *keywordField) Name() string                             { return f.name }
func (f *keywordField) ArrayPositions() []uint64                 { return f.arrayPos }
func (f *keywordField) Options() bleveindex.FieldIndexingOptions { return f.opts }
func (f *keywordField) Value() []byte                            { return []byte(f.Text()) }
func (f *keywordField) NumPlainTextBytes() uint64                { return f.plain }
func (f *keywordField) EncodedFieldType() byte                   { return 't' }
func (f *keywordField) AnalyzedLength() int                      { return len(f.values) }
func (f *keywordField) Size() int                                { return f.size }

func (f *keywordField) AnalyzedTokenFrequencies() bleveindex.TokenFrequencies { return f.freqs }

// Text is the field's value; a field of several values (never stored)
// shows the first.
func (f *keywordField) Text() string {
	if len(f.values) == 0 {
		return ""
	}
	return f.values[0]
}

// Analyze counts the values' terms into one frequency list, as Bleve's
// TokenFrequency does for each value and MergeAll for the values together.
func (f *keywordField) Analyze() {
	buf := make([]byte, 0, f.plain) // every ASCII term, so appends never move it
	distinct := make([]bleveindex.TokenFreq, 0, len(f.values))
	freqs := make(bleveindex.TokenFrequencies, len(f.values))
	termBytes := 0
	for _, v := range f.values {
		start := len(buf)
		var term []byte
		if buf, term = f.an.appendTerm(buf, v); term == nil {
			term = buf[start:len(buf):len(buf)]
		}
		tf := freqs[string(term)]
		if tf == nil {
			distinct = append(distinct, bleveindex.TokenFreq{Term: term})
			tf = &distinct[len(distinct)-1] // cap is len(values): no reallocation
			freqs[string(term)] = tf
			termBytes += len(term)
		}
		if !f.opts.SkipFreqNorm() {
			tf.SetFrequency(tf.Frequency() + 1)
		}
	}
	f.freqs = freqs
	f.size += freqsSize(len(distinct), termBytes, 0, 0)
}

var keywordFieldStaticSize = int(reflect.TypeFor[keywordField]().Size())

// Sizes Bleve counts a TokenFrequencies with (bleve_index_api's Size).
var (
	sizeOfMap           = int(reflect.TypeFor[map[int]int]().Size())
	sizeOfTokenFreq     = int(reflect.TypeFor[bleveindex.TokenFreq]().Size())
	sizeOfTokenLocation = int(reflect.TypeFor[bleveindex.TokenLocation]().Size())
)

// freqsSize is what TokenFrequencies.Size returns for a list of distinct
// terms of termBytes bytes in all, with locs locations of arrayPos array
// positions each, without walking the map.
func freqsSize(distinct, termBytes, locs, arrayPos int) int {
	return sizeOfMap + distinct*(size.SizeOfString+size.SizeOfPtr+sizeOfTokenFreq) + 2*termBytes +
		locs*(sizeOfTokenLocation+arrayPos*size.SizeOfUint64)
}
