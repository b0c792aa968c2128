package index

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	bleveunicode "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// The text analyser is Bleve's English one ("en": Unicode words,
// possessives, lower case, stop words, Porter stemmer) with two of its
// parts made faster, because analysis is the largest single cost of an
// import: the word splitter cuts runs of ASCII letters and digits itself,
// which is many times faster than the Unicode segmenter, and the stemmer
// remembers the stems of the words it has seen (news vocabulary repeats,
// and Porter stemming converts every word to runes and back). The terms are
// exactly Bleve's: TestAnalyzerMatchesEnglish and FuzzAnalyzer compare them.
const (
	tokWords    = "dossier_words"  // tokenizer
	filterStems = "dossier_porter" // token filter
	maxStems    = 1 << 17          // stems remembered per index
)

// Bleve resolves analysis components by name from its registry, so they
// are registered once; each index mapping builds its own instances (the
// stem memory belongs to one index).
func init() {
	if err := registry.RegisterTokenizer(tokWords, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return newWordTokenizer(), nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(filterStems, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return newStemFilter(), nil
	}); err != nil {
		panic(err)
	}
}

// wordTokenizer splits text into the words of Unicode word segmentation.
type wordTokenizer struct {
	uni *bleveunicode.UnicodeTokenizer
}

func newWordTokenizer() *wordTokenizer {
	return &wordTokenizer{uni: bleveunicode.NewUnicodeTokenizer()}
}

// Tokenize returns the words of input with their byte offsets and
// positions, as Bleve's Unicode tokenizer does.
func (w *wordTokenizer) Tokenize(input []byte) analysis.TokenStream {
	toks := make([]analysis.Token, 0, len(input)/6+1)
	splitWords(string(input), w.uni, func(start, end int, typ analysis.TokenType) {
		toks = append(toks, analysis.Token{Term: input[start:end:end], Start: start, End: end,
			Position: len(toks) + 1, Type: typ})
	})
	out := make(analysis.TokenStream, len(toks))
	for i := range toks {
		out[i] = &toks[i]
	}
	return out
}

// splitWords calls emit with the byte span of every word of text, as the
// Unicode segmenter (uni) has them. Word segmentation never joins across an
// ASCII character outside letters, digits, "_" and the punctuation that can
// sit inside a word (. ' : , ; "), nor across a curly double quotation mark
// or a dash followed by an ASCII character, so text is cut into chunks at
// those: a chunk of ASCII alone is split here, many times faster than the
// segmenter, and any other chunk is left to the segmenter, with the break
// before it (a combining mark after a space belongs to the space). News
// quotes with “ ” and sets off clauses with — and –: without those breaks,
// every quotation's first and last words went through the segmenter.
func splitWords(text string, uni analysis.Tokenizer, emit func(start, end int, typ analysis.TokenType)) {
	if !utf8.ValidString(text) {
		// The segmenter stops at a byte that is not UTF-8, dropping the
		// rest: the store's text is valid, but a query need not be.
		for _, t := range uni.Tokenize([]byte(text)) {
			emit(t.Start, t.End, t.Type)
		}
		return
	}
	brk := 0 // where the break before the next chunk starts
	for i := 0; i < len(text); {
		if n := breakAt(text, i); n > 0 {
			brk = i
			i += n
			continue
		}
		start, ascii := i, true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if asciiKind[c]&inWord == 0 {
					break
				}
			} else if breakAt(text, i) > 0 {
				break
			} else {
				ascii = false
			}
			i++
		}
		if ascii {
			asciiWords(text, start, i, emit)
			continue
		}
		from := brk
		if start == 0 {
			from = 0
		}
		for _, t := range uni.Tokenize([]byte(text[from:i])) {
			emit(from+t.Start, from+t.End, t.Type)
		}
	}
}

// breakAt is the length of the break at text[i]: an ASCII character no
// word contains or joins across, or a curly double quotation mark or a dash
// with an ASCII character (or nothing) after it; 0 for anything else.
func breakAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if asciiKind[c]&inWord == 0 {
			return 1
		}
		return 0
	}
	// “ ” — – are E2 80 9C, E2 80 9D, E2 80 94, E2 80 93.
	if c != 0xE2 || i+2 >= len(text) || text[i+1] != 0x80 {
		return 0
	}
	switch text[i+2] {
	case 0x9C, 0x9D, 0x94, 0x93:
		if i+3 == len(text) || text[i+3] < utf8.RuneSelf {
			return 3
		}
	}
	return 0
}

// Kinds of ASCII characters, for splitting words.
const (
	letter = 1 << iota
	digit
	wordChar // letter, digit or "_"
	inWord   // a word character, or punctuation that can sit inside a word
)

var asciiKind = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			k[c] = letter | wordChar | inWord
		case '0' <= c && c <= '9':
			k[c] = digit | wordChar | inWord
		case c == '_':
			k[c] = wordChar | inWord
		case strings.IndexByte(".':,;\"", byte(c)) >= 0:
			k[c] = inWord
		}
	}
	return k
}()

// asciiWords splits the ASCII chunk text[lo:hi] into words.
func asciiWords(text string, lo, hi int, emit func(start, end int, typ analysis.TokenType)) {
	for i := lo; i < hi; {
		if asciiKind[text[i]]&wordChar == 0 {
			i++
			continue
		}
		start, kinds := i, uint8(0)
		for i < hi {
			k := asciiKind[text[i]]
			if k&wordChar != 0 {
				kinds |= k
				i++
				continue
			}
			if i+1 < hi && joinsAt(text, i) {
				i++
				continue
			}
			break
		}
		typ := analysis.AlphaNumeric
		if kinds&(letter|digit) == digit {
			typ = analysis.Numeric
		}
		emit(start, i, typ)
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// joinsAt says whether the punctuation at text[i], between two ASCII
// characters, stays inside a word.
func joinsAt(text string, i int) bool {
	if i == 0 || i+1 >= len(text) {
		return false
	}
	before, after := text[i-1], text[i+1]
	letters := isASCIILetter(before) && isASCIILetter(after)
	digits := isDigit(before) && isDigit(after)
	switch text[i] {
	case '.', '\'':
		return letters || digits
	case ',', ';':
		return digits
	case ':':
		return letters
	}
	return false
}

// stemFilter is Bleve's Porter stemmer with a memory of stems. Terms of
// the same word share one stem slice; nothing after the stemmer in the
// analyser changes terms in place.
type stemFilter struct {
	mu    sync.RWMutex
	stems map[string][]byte
}

func newStemFilter() *stemFilter { return &stemFilter{stems: make(map[string][]byte, 1<<12)} }

// Filter stems every term that is not a keyword.
func (f *stemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	stemAll(f, input, func(t **analysis.Token) *analysis.Token { return *t })
	return input
}

// stemAll stems the terms of toks (tokens, or pointers to them, at gives
// the token). Stems are looked up under a read lock for the whole list, so
// analysis workers do not queue; the words not yet seen are stemmed and
// remembered afterwards.
func stemAll[T any](f *stemFilter, toks []T, at func(*T) *analysis.Token) {
	var miss []*analysis.Token
	f.mu.RLock()
	for i := range toks {
		t := at(&toks[i])
		if t.KeyWord {
			continue
		}
		if stem, ok := f.stems[string(t.Term)]; ok {
			t.Term = stem
		} else {
			miss = append(miss, t)
		}
	}
	full := len(f.stems) >= maxStems
	f.mu.RUnlock()
	if len(miss) == 0 {
		return
	}
	if !full {
		f.mu.Lock()
		defer f.mu.Unlock()
	}
	for _, t := range miss {
		word := string(t.Term)
		stem := analysis.BuildTermFromRunes(porterstemmer.StemWithoutLowerCasing([]rune(word)))
		stem = stem[:len(stem):len(stem)]
		if !full && len(f.stems) < maxStems {
			f.stems[word] = stem
		}
		t.Term = stem
	}
}
