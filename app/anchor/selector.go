package anchor

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// ContextLen is the number of runes of prefix and suffix kept (32).
const ContextLen = 32

// ErrBadSpan reports a span that is empty or does not fit the text.
var ErrBadSpan = errors.New("anchor: bad span")

// Selector combines a TextQuoteSelector (Exact with ~32 runes of Prefix/Suffix
// context) and a TextPositionSelector (Start/End, rune offsets, end exclusive).
type Selector struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Status says how a selector was found again in a new text.
type Status string

// The outcomes of re-anchoring, from best to worst.
const (
	Exact    Status = "exact"    // the position still holds the exact text
	Moved    Status = "moved"    // exact text found elsewhere (unique, or disambiguated by prefix/suffix)
	Fuzzy    Status = "fuzzy"    // approximate match: the text changed; flag for review
	Orphaned Status = "orphaned" // not found; keep the annotation, never attach to wrong words
)

// Result is where a selector now lies. For Orphaned, Start and End are 0 and
// Exact is empty: the caller keeps the old selector to show what was lost.
type Result struct {
	Start, End int
	Status     Status
	// Exact is the text now at Start:End (for Fuzzy it differs from the
	// selector's Exact).
	Exact string
	// Distance is the edit distance (in runes) between the selector's Exact
	// and the matched text; 0 unless Status is Fuzzy.
	Distance int
}

// New builds the selector for text[start:end] (runes). Errors: span outside
// the text, empty span (start >= end) — ErrBadSpan wrapped with the numbers.
//
// It walks the string without converting all of it; to build many selectors
// on one text, a Cutter (or a Doc already made for anchoring) is cheaper.
func New(text string, start, end int) (Selector, error) {
	if start < 0 || start >= end {
		return Selector{}, fmt.Errorf("%w: [%d,%d)", ErrBadSpan, start, end)
	}
	if !utf8.ValidString(text) {
		// Offsets count runes as []rune does (one per invalid byte), and the
		// stored strings must be valid UTF-8 to survive JSON.
		text = string([]rune(text))
	}
	from := max(0, start-ContextLen)
	// Byte offsets of rune indexes from, start, end, end+ContextLen.
	marks := [4]int{from, start, end, end + ContextLen}
	var pos [4]int
	i, n, b := 0, 0, 0
	for n <= marks[3] && i < 4 {
		for i < 4 && marks[i] == n {
			pos[i] = b
			i++
		}
		if b >= len(text) {
			break
		}
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
		n++
	}
	if i < 3 {
		// end (and maybe start) lies beyond the text; count it all for the
		// error message.
		return Selector{}, fmt.Errorf("%w: [%d,%d) in a text of %d runes", ErrBadSpan, start, end, utf8.RuneCountInString(text))
	}
	if i == 3 {
		pos[3] = len(text) // the suffix stops at the end of the text
	}
	return Selector{
		Exact:  text[pos[1]:pos[2]],
		Prefix: text[pos[0]:pos[1]],
		Suffix: text[pos[2]:pos[3]],
		Start:  start,
		End:    end,
	}, nil
}

// Select builds the selector for the doc's runes [start, end), like New but
// without rescanning the text.
func (d *Doc) Select(start, end int) (Selector, error) {
	if start < 0 || start >= end || end > d.Len() {
		return Selector{}, fmt.Errorf("%w: [%d,%d) in a text of %d runes", ErrBadSpan, start, end, d.Len())
	}
	return Selector{
		Exact:  d.Slice(start, end),
		Prefix: d.Slice(start-ContextLen, start),
		Suffix: d.Slice(end, end+ContextLen),
		Start:  start,
		End:    end,
	}, nil
}
