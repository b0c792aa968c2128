package anchor

import (
	"fmt"
	"unicode/utf8"
)

// Cutter builds the selectors of many spans of one text, as New would,
// without a pass from the start of the text for each: it keeps its place
// and walks forward (or back) from the last span to the next. Spans in text
// order, as a quote finder returns them, cost one pass in all, and nothing
// of the size of the text is allocated (Doc.Select allocates an index of
// every rune).
type Cutter struct {
	text string // valid UTF-8
	r, b int    // rune index r starts at byte b
}

// NewCutter prepares text. Invalid UTF-8 is read as New reads it.
func NewCutter(text string) *Cutter {
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	return &Cutter{text: text}
}

// New builds the selector for text[start:end] (runes), with New's errors.
func (c *Cutter) New(start, end int) (Selector, error) {
	if start < 0 || start >= end {
		return Selector{}, fmt.Errorf("%w: [%d,%d)", ErrBadSpan, start, end)
	}
	from, ok := c.seek(max(0, start-ContextLen))
	s, ok2 := c.seek(start)
	e, ok3 := c.seek(end)
	if !ok || !ok2 || !ok3 {
		return Selector{}, fmt.Errorf("%w: [%d,%d) in a text of %d runes", ErrBadSpan, start, end, utf8.RuneCountInString(c.text))
	}
	to, _ := c.seek(end + ContextLen) // the suffix stops at the end of the text
	return Selector{Exact: c.text[s:e], Prefix: c.text[from:s], Suffix: c.text[e:to], Start: start, End: end}, nil
}

// seek moves to rune index r and returns its byte offset; false (and the
// end of the text) when the text has fewer runes.
func (c *Cutter) seek(r int) (int, bool) {
	for c.r > r {
		_, size := utf8.DecodeLastRuneInString(c.text[:c.b])
		c.b -= size
		c.r--
	}
	for c.r < r {
		if c.b >= len(c.text) {
			return c.b, false
		}
		_, size := utf8.DecodeRuneInString(c.text[c.b:])
		c.b += size
		c.r++
	}
	return c.b, true
}
