package quotes

import (
	"strings"
	"unicode"
)

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

// isDoubleMarkRune reports the double quotation marks (apostrophes and
// single marks are left out: they stand inside words).
func isDoubleMarkRune(c rune) bool {
	switch c {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// pullInsetReopen returns the position of the mark re-opening a double
// quotation, left open at the end of the paragraph before j, after an
// unmarked pull quote and its credit line set between two of its
// paragraphs ("…a change of policy:\n\n“Stop undermining the
// party.\n\nWe can draw nationalism into a consensus\n\nAnn Vole\n\n“Stop
// running to the media.”"), or -1. The inset is a paragraph without
// double marks that shares four words in a row with the text quoted after
// it (a pull quote repeats the article's words), the credit one to five
// words starting with a capital and ending without a stop, and the
// paragraph after them opens with a double mark. The quotation then runs
// on over the inset, as a reader takes it.
func pullInsetReopen(r []rune, j int) int {
	para := func(a int) (b int, ok bool) { // end of the paragraph at a, none of its runes a double mark
		for b = a; b < len(r) && !isNewline(r[b]); b++ {
			if isDoubleMarkRune(r[b]) {
				return b, false
			}
		}
		return b, true
	}
	next := func(b int) int { // start of the paragraph after the one ending at b
		for b < len(r) && isBlank(r[b]) {
			b++
		}
		return b
	}
	e1, ok := para(j)
	if !ok || e1-j < 20 || e1-j > 600 {
		return -1
	}
	j2 := next(e1)
	e2, ok := para(j2)
	if !ok || j2 >= len(r) || e2-j2 > 60 || !unicode.IsUpper(r[j2]) || !unicode.IsLetter(r[e2-1]) {
		return -1
	}
	if words := len(strings.Fields(string(r[j2:e2]))); words > 5 {
		return -1
	}
	j3 := next(e2)
	if j3 >= len(r) || !(r[j3] == '“' || r[j3] == '„' || r[j3] == '«' || r[j3] == '"' || doubledMark(r, j3, true)) {
		return -1
	}
	// the pull quote repeats words quoted after it
	later := strings.ToLower(string(r[j3:min(len(r), j3+3000)]))
	words := strings.FieldsFunc(strings.ToLower(string(r[j:e1])), func(c rune) bool { return !isWordRune(c) && c != '\'' && c != '’' })
	for k := 0; k+4 <= len(words); k++ {
		if strings.Contains(later, strings.Join(words[k:k+4], " ")) {
			return j3
		}
	}
	return -1
}
