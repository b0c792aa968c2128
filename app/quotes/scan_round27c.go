package quotes

import "unicode"

// isQuoteMarkRune reports the runes scanQuotes may take for quotation marks.
func isQuoteMarkRune(c rune) bool {
	switch c {
	case '"', '\'', '`', '“', '”', '‘', '’', '„', '«', '»':
		return true
	}
	return false
}

// hideFormatRunes makes invisible format characters (Unicode Cf: direction
// marks, zero-width spaces, byte-order marks) glued to a quotation mark
// absent for the scanner. Pages written in mixed scripts put a direction
// mark just inside or outside the marks (said: U+200E"We support …
// relations.U+200E"), and the mark then neither opens (the rune before it
// is no space) nor closes where it should. The rune table keeps its
// length, so offsets into the text stay true: a format rune on the outside
// of a mark becomes a space, and one on the inside (between the mark and
// the quoted words) trades places with the mark, which so stays glued to
// the words, and becomes a space too. Only the rune table changes; words
// and quotations are still cut from the text itself.
func hideFormatRunes(r []rune) {
	for i, c := range r {
		if c < 0x80 || !unicode.Is(unicode.Cf, c) {
			continue
		}
		prev, next := at(r, i-1), at(r, i+1)
		switch {
		case isQuoteMarkRune(next) && prev != 0 && !isBlank(prev) && !openContext(prev) && !isWordRune(at(r, i+2)):
			// relations.U+200E": inside a closer
			r[i], r[i+1] = next, ' '
		case isQuoteMarkRune(prev) && isWordRune(next) && (i < 2 || openContext(r[i-2])):
			// U+200E"We: inside an opener
			r[i-1], r[i] = ' ', prev
		case isQuoteMarkRune(next) || isQuoteMarkRune(prev):
			r[i] = ' '
		}
	}
}
