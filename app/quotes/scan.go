package quotes

import (
	"unicode"
	"unicode/utf8"
)

// region is one top-level quotation found by the mark scanner, in rune
// offsets. The region [open, end) covers the marks; [start, stop) is the
// quoted text without marks and without surrounding white space.
type region struct {
	open, end   int
	start, stop int
	closed      bool // false when the quote ran to the end of its paragraph
	single      bool // delimited by single quotation marks
	multi       bool // spans more than one paragraph
	wideOpen    bool // opened by two marks (`` or ‘‘, AP and TeX style)
	wideClose   bool // closed by two apostrophes (’’ or '')
}

func isWordRune(c rune) bool {
	if uint32(c) < utf8.RuneSelf {
		return asciiWord[c]
	}
	return isWordRuneSlow(c)
}

func isWordRuneSlow(c rune) bool {
	// no mark precedes U+0300, and IsMark is a table search
	return unicode.IsLetter(c) || unicode.IsDigit(c) || (c >= 0x300 && unicode.IsMark(c))
}

// asciiWord and asciiInert classify ASCII runes for the per-rune loops:
// word runes (letters and digits), and runes no state of scanQuotes acts
// on (all but quotation marks and newlines).
var asciiWord, asciiInert = func() (word, inert [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		word[c] = isWordRuneSlow(c)
		inert[c] = c != '"' && c != '\'' && c != '`' && !isNewline(c)
	}
	return word, inert
}()

func isNewline(c rune) bool {
	if c < '\u2028' {
		return '\n' <= c && c <= '\r' // \n \v \f \r
	}
	return c == '\u2028' || c == '\u2029'
}

func isBlank(c rune) bool { return unicode.IsSpace(c) }

func at(r []rune, i int) rune {
	if i < 0 || i >= len(r) {
		return 0
	}
	return r[i]
}

// openContext reports whether the rune before a mark allows the mark to open
// a quotation (start of text, space, bracket, dash, slash, another mark).
func openContext(c rune) bool {
	if c == 0 || isBlank(c) {
		return true
	}
	switch c {
	case '(', '[', '{', '—', '–', '-', '/', ':', '“', '"', '«', '„', '‘', '\'':
		return true
	}
	return false
}

// apostropheWord reports whether a mark at i that precedes a word is an
// elision apostrophe (’90s, ’em, ’til, ’cause) rather than an opening mark.
func apostropheWord(r []rune, i int) bool {
	if unicode.IsDigit(at(r, i+1)) && unicode.IsDigit(at(r, i+2)) && !unicode.IsDigit(at(r, i+3)) {
		return true
	}
	j := i + 1
	for j < len(r) && unicode.IsLetter(r[j]) && j-i <= 6 {
		j++
	}
	if j < len(r) && isWordRune(r[j]) {
		return false
	}
	switch string(r[i+1 : j]) {
	case "em", "til", "tis", "twas", "cause", "bout", "n", "Tis", "Twas", "Til", "Cause":
		return true
	}
	return false
}

// doubledMark reports two single marks standing for a double one at i:
// “ or ‘‘ opening, ’’ or ” closing (AP wire copy, TeX).
func doubledMark(r []rune, i int, open bool) bool {
	c := r[i]
	if at(r, i+1) != c {
		return false
	}
	if open {
		return (c == '`' || c == '‘') && openContext(at(r, i-1)) && !isBlank(at(r, i+2)) && at(r, i+2) != 0
	}
	return (c == '’' || c == '\'') && !isBlank(at(r, i-1)) && !isWordRune(at(r, i+2))
}

func isDoubleOpener(r []rune, i int) bool {
	switch r[i] {
	case '“', '„', '«':
		return true
	case '"':
		prev, next := at(r, i-1), at(r, i+1)
		if next == 0 || isBlank(next) {
			// `He added, " A devaluation…`: a stray space after an
			// opening mark that follows a comma or colon and a space
			return next == ' ' && prev == ' ' && (at(r, i-2) == ',' || at(r, i-2) == ':') && unicode.IsUpper(at(r, i+2))
		}
		// A straight mark glued to a word on its left and followed by
		// punctuation is a stray closer, not an opener.
		if isWordRune(prev) && !isWordRune(next) {
			return false
		}
		return true
	case '”':
		// Sloppy typography sometimes uses ” as an opener.
		return openContext(at(r, i-1)) && isWordRune(at(r, i+1))
	}
	return false
}

func isDoubleCloser(c, opener rune) bool {
	switch c {
	case '”', '"':
		return true
	case '»':
		return opener == '«'
	case '“':
		return opener == '„'
	}
	return false
}

func isSingleOpener(r []rune, i int) bool {
	c := r[i]
	if c != '‘' && c != '\'' {
		return false
	}
	if !openContext(at(r, i-1)) {
		return false
	}
	next := at(r, i+1)
	if next == 0 || isBlank(next) || isNewline(next) {
		return false
	}
	return !apostropheWord(r, i)
}

// singleCloserCandidate reports whether a ’ or ' at i could close a single
// quotation: something other than space before it and no word after it.
func singleCloserCandidate(r []rune, i int) bool {
	c := r[i]
	if c != '’' && c != '\'' {
		return false
	}
	prev := at(r, i-1)
	if prev == 0 || isBlank(prev) {
		return false
	}
	return !isWordRune(at(r, i+1))
}

// pluralPossessive reports whether a closer candidate looks like the
// apostrophe of a plural possessive ("the Koreas’ interests").
func pluralPossessive(r []rune, i int) bool {
	p := at(r, i-1)
	if p != 's' && p != 'S' {
		return false
	}
	// ‘ferocious’ rampage: a word in -us, -ss or -is is no plural
	switch unicode.ToLower(at(r, i-2)) {
	case 'u', 's', 'i':
		return false
	}
	if at(r, i+1) != ' ' {
		return false
	}
	n := at(r, i+2)
	return unicode.IsLower(n) || unicode.IsDigit(n)
}

// skipInert returns the index of the first rune from i on that scanQuotes
// acts on. Most of a text is inert ASCII, and this tight loop runs through
// it faster than the state machine's.
func skipInert(r []rune, i int) int {
	for i < len(r) && uint32(r[i]) < utf8.RuneSelf && asciiInert[r[i]] {
		i++
	}
	return i
}

// scanQuotes pairs quotation marks and returns the top-level quotations in
// text order, in out's storage. It runs in linear time on any input.
func scanQuotes(r []rune, out []region) []region {
	out = out[:0]
	n := len(r)
	const (
		none = iota
		inDouble
		inSingle
		inSingleDouble // a double quotation nested in a top-level single one
	)
	state := none
	var cur region
	var opener rune
	var nested []region // complete doubles inside the current single quote
	var nestedOpen int
	// The last single-closer candidate of the current paragraph (from
	// closerFrom on) is only needed at plural possessives, so it is found
	// on demand, once per paragraph.
	closerFrom, closer := 0, -2 // -2: not looked for yet

	paraEnd := func(i int) int { // first newline at or after i
		for i < n && !isNewline(r[i]) {
			i++
		}
		return i
	}
	lastCloser := func() int {
		if closer == -2 {
			closer = -1
			e := paraEnd(closerFrom)
			for j := e - 1; j >= closerFrom; j-- {
				if singleCloserCandidate(r, j) && !pluralPossessive(r, j) {
					closer = j
					break
				}
			}
		}
		return closer
	}
	paraStarts := func(from int) {
		closerFrom, closer = from, -2
	}
	emit := func(q region) {
		if q.end > q.open {
			out = append(out, q)
		}
	}

	for i := 0; i < n; i++ {
		if i = skipInert(r, i); i >= n {
			break
		}
		c := r[i]
		if isNewline(c) {
			j := i
			for j < n && isBlank(r[j]) {
				j++
			}
			switch state {
			case inDouble:
				// “…,’ he says.: a single closer typed for the double
				// one, before the attribution
				if k := mismatchedCloser(r, opener, max(cur.open, closerFrom-1), i); k >= 0 {
					cur.end = k + 1
					emit(cur)
					state = none
					i = k
					continue
				}
				// (a bulleted list of quoted points: "• “…")
				jb := j
				if jb+1 < n && (r[jb] == '•' || r[jb] == '·') && isBlank(r[jb+1]) {
					for jb++; jb < n && isBlank(r[jb]) && !isNewline(r[jb]); jb++ {
					}
				}
				if jb < n && (r[jb] == '“' || r[jb] == '„' || r[jb] == '«' || r[jb] == '"' || doubledMark(r, jb, true)) {
					cur.multi = true
					paraStarts(j)
					i = jb // the re-opening mark is part of the quotation
					continue
				}
				// “…unrest.\n\nAccording to an aide, … demands.”: the next
				// paragraph goes on without re-opening and closes it
				if k := unreopenedCloser(r, j, opener); k >= 0 {
					cur.multi = true
					cur.end = k + 1
					emit(cur)
					state = none
					paraStarts(j)
					i = k
					continue
				}
				// an unmarked pull quote and its credit inset in it
				if k := pullInsetReopen(r, j); k >= 0 {
					cur.multi = true
					paraStarts(k)
					i = k
					continue
				}
				cur.end, cur.closed = i, false
				emit(cur)
			case inSingle, inSingleDouble:
				if state == inSingle && j < n && (r[j] == '‘' || r[j] == '\'') && isSingleOpener(r, j) {
					cur.multi = true
					paraStarts(j)
					i = j
					continue
				}
				// The opener was not a quotation mark after all: keep the
				// double quotations found inside it.
				out = append(out, nested...)
				if state == inSingleDouble {
					emit(region{open: nestedOpen, end: i})
				}
			}
			state = none
			nested = nested[:0]
			paraStarts(j)
			i = j - 1
			continue
		}
		switch state {
		case none:
			if doubledMark(r, i, true) {
				state, opener = inDouble, '“'
				cur = region{open: i, closed: true, wideOpen: true}
				i++
			} else if isDoubleOpener(r, i) {
				state, opener = inDouble, c
				cur = region{open: i, closed: true}
			} else if isSingleOpener(r, i) {
				state, opener = inSingle, c
				cur = region{open: i, closed: true, single: true}
				nested = nested[:0]
			}
		case inDouble:
			if (c == '’' || c == '\'') && doubledMark(r, i, false) {
				cur.end, cur.wideClose = i+2, true
				emit(cur)
				state = none
				i++
				continue
			}
			// `""Tim's`: a straight mark typed twice opens once
			// (“”This is…: a curly opener typed with its closer)
			if (c == '"' && opener == '"' || c == '”' && opener == '“') && i == cur.open+1 && !cur.wideOpen && isWordRune(at(r, i+1)) {
				cur.wideOpen = true
				continue
			}
			// `"We've had success, Treide said, "and we…"`: the closer
			// before the attribution is missing and this mark re-opens
			if c == '"' && opener == '"' {
				if e := unclosedBeforeAttribution(r, cur.open, i); e >= 0 {
					cur.end, cur.closed = e, false
					emit(cur)
					cur = region{open: i, closed: true}
					continue
				}
			}
			if c == '"' && (opener == '"' || opener == '“') {
				// a quotation nested in this one, in straight marks
				if k := nestedStraight(r, opener, i); k >= 0 {
					i = k
					continue
				}
				e := saidClauseBefore(r, opener, cur.open, i)
				if e < 0 {
					e = saidSentenceBefore(r, opener, cur.open, i)
				}
				if e >= 0 {
					cur.end, cur.closed = e, false
					emit(cur)
					cur = region{open: i, closed: true}
					opener = '"'
					continue
				}
			}
			if (isDoubleCloser(c, opener) || gluedOpenerCloses(r, i, opener)) && i > cur.open {
				cur.end = i + 1
				emit(cur)
				state = none
			}
		case inSingle:
			if c == '“' || c == '„' || c == '«' || (c == '"' && isDoubleOpener(r, i)) {
				state, nestedOpen = inSingleDouble, i
				continue
			}
			if singleCloserCandidate(r, i) {
				if pluralPossessive(r, i) && lastCloser() > i {
					continue
				}
				cur.end = i + 1
				emit(cur)
				state = none
				nested = nested[:0]
			}
		case inSingleDouble:
			if c == '”' || c == '"' || c == '»' {
				nested = append(nested, region{open: nestedOpen, end: i + 1, closed: true})
				state = inSingle
			}
		}
	}
	switch state {
	case inDouble:
		if j := mismatchedCloser(r, opener, cur.open, n); j >= 0 {
			cur.end = j + 1
			emit(cur)
			// what follows the closer holds no other quotation mark
			// worth scanning: a quotation opened there would be
			// unclosed at the end of the text
			break
		}
		cur.end, cur.closed = n, false
		emit(cur)
	case inSingle, inSingleDouble:
		out = append(out, nested...)
		if state == inSingleDouble {
			emit(region{open: nestedOpen, end: n})
		}
	}
	for k := range out {
		q := &out[k]
		q.start = q.open + 1
		if q.wideOpen {
			q.start++
		}
		q.stop = q.end
		if q.closed {
			q.stop = q.end - 1
			if q.wideClose {
				q.stop--
			}
		}
		for q.start < q.stop && isBlank(r[q.start]) {
			q.start++
		}
		for q.stop > q.start && isBlank(r[q.stop-1]) {
			q.stop--
		}
	}
	// Nothing is emitted while a single quote is open, so the doubles
	// recovered from a failed single quote are already in text order.
	return out
}

// isQuoteMarkRune reports the runes scanQuotes may take for quotation marks.
func isQuoteMarkRune(c rune) bool {
	switch c {
	case '"', '\'', '`', '“', '”', '‘', '’', '„', '«', '»':
		return true
	}
	return false
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

// gluedOpenerCloses reports whether the opening-style mark “ at i closes
// the quotation opened by “: it is glued to a word on its left and no word
// follows it (“security fears“ and the need…), the shape of a closer typed
// with the wrong mark. An opener has a word after it instead, so a
// quotation nested in straight or curly marks is not cut short.
func gluedOpenerCloses(r []rune, i int, opener rune) bool {
	if r[i] != '“' || opener != '“' {
		return false
	}
	prev := at(r, i-1)
	return (isWordRune(prev) || prev == '.' || prev == ',' || prev == '!' || prev == '?') && !isWordRune(at(r, i+1))
}
