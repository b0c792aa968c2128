package anchor

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Symbol ids of the virtual runes before the start and after the end of a
// text. A context cut short by the start or end of the text is padded with
// them, so "this passage opened the article" is evidence like any other
// context. They differ so that the two ends never stand in for each other.
const (
	startMark int32 = 0
	endMark   int32 = 129
	firstSym        = 130 // the first id of non-ASCII runes
)

// Doc is a text prepared once for anchoring many selectors: its runes as
// small symbol ids, and an index of its 8-rune pieces (built on first need),
// so that 500 annotations re-anchor in a few milliseconds on a 10,000-word
// article.
//
// A Doc is immutable after NewDoc (the index is built under a sync.Once) and
// safe for concurrent use.
type Doc struct {
	text string // valid UTF-8
	// ids holds one small symbol id per rune: ASCII r is r+1, other runes get
	// ids from firstSym on in order of appearance. Dense ids make the bit-parallel
	// matcher's tables plain arrays whatever the script.
	ids    []int32
	nsym   int            // number of symbol ids, marks included
	sym    map[rune]int32 // ids of non-ASCII runes
	byteOf []int          // byte offset of each rune index (len n+1); nil for ASCII text

	gramOnce sync.Once
	gram     *gramIndex // see grams
}

// NewDoc prepares text for anchoring. Invalid UTF-8 is read as []rune reads
// it: each bad byte is one U+FFFD rune.
func NewDoc(text string) *Doc {
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	n := utf8.RuneCountInString(text)
	d := &Doc{text: text, ids: make([]int32, n), nsym: firstSym}
	ascii := n == len(text)
	if !ascii {
		d.byteOf = make([]int, n+1)
		d.sym = make(map[rune]int32)
	}
	i := 0
	for b, r := range text {
		if !ascii {
			d.byteOf[i] = b
		}
		if r < utf8.RuneSelf {
			d.ids[i] = r + 1
		} else {
			d.ids[i] = d.intern(r)
		}
		i++
	}
	if !ascii {
		d.byteOf[n] = len(text)
	}
	return d
}

func (d *Doc) intern(r rune) int32 {
	if id, ok := d.sym[r]; ok {
		return id
	}
	id := int32(d.nsym)
	d.sym[r] = id
	d.nsym++
	return id
}

// symOf returns the id of r in this doc, or -1 when r does not occur in it
// (such a rune can match nothing).
func (d *Doc) symOf(r rune) int32 {
	if r >= 0 && r < utf8.RuneSelf {
		return r + 1
	}
	if id, ok := d.sym[r]; ok {
		return id
	}
	return -1
}

// symsOf converts s to symbol ids of this doc.
func (d *Doc) symsOf(s string) []int32 {
	out := make([]int32, 0, len(s))
	for _, r := range s {
		out = append(out, d.symOf(r))
	}
	return out
}

// Len is the length of the text in runes.
func (d *Doc) Len() int { return len(d.ids) }

// Text is the prepared text (the input, with invalid UTF-8 replaced).
func (d *Doc) Text() string { return d.text }

// Slice returns the runes [start, end) of the text, clamped to the text;
// empty when the clamped span is empty.
func (d *Doc) Slice(start, end int) string {
	start = max(0, min(start, len(d.ids)))
	end = max(0, min(end, len(d.ids)))
	if start >= end {
		return ""
	}
	if d.byteOf == nil {
		return d.text[start:end]
	}
	return d.text[d.byteOf[start]:d.byteOf[end]]
}

// runeAt converts a byte offset at a rune boundary to a rune index.
func (d *Doc) runeAt(b int) int {
	if d.byteOf == nil {
		return b
	}
	return sort.SearchInts(d.byteOf, b)
}

// occurrences returns the rune offsets of every (possibly overlapping)
// occurrence of q, which must be valid, non-empty UTF-8.
func (d *Doc) occurrences(q string, limit int) []int {
	var out []int
	_, first := utf8.DecodeRuneInString(q)
	for from := 0; from <= len(d.text)-len(q); {
		i := strings.Index(d.text[from:], q)
		if i < 0 {
			break
		}
		out = append(out, d.runeAt(from+i))
		if limit > 0 && len(out) >= limit {
			break
		}
		from += i + first
	}
	return out
}

// Reanchor is NewDoc(text).Anchor(s).
func Reanchor(text string, s Selector) Result {
	return NewDoc(text).Anchor(s)
}
