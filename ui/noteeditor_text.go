package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The note editor keeps its text as lines (the text split at "\n"), each
// wrapped into rows on its own. A keystroke changes one line: it is cut and
// joined as a string, re-wrapped, and the editor's count of rows before each
// line is brought up to date; nothing else is measured again. Only the rows
// in view are drawn (see noteeditor_render.go).

// noteLine is one line of the note and its wrapped rows.
type noteLine struct {
	text string
	// rows holds the byte offset at which each wrapped row after the first
	// starts; wrapped tells whether it is up to date for the editor's width.
	rows    []int
	wrapped bool
	// edit, when set, is where the line was last edited while its rows
	// were up to date: re-wrapping starts near it (see rewrap).
	edit *lineEdit
}

// lineEdit is an edit within one line: the bytes from at were replaced,
// ending at end in the new text, and the text after moved by delta.
type lineEdit struct{ at, end, delta int }

// rowCount is the number of rows the line takes (at least one).
func (l *noteLine) rowCount() int { return len(l.rows) + 1 }

// rowSpan is the byte range [start, end) of row r of the line.
func (l *noteLine) rowSpan(r int) (int, int) {
	start, end := 0, len(l.text)
	if r > 0 {
		start = l.rows[r-1]
	}
	if r < len(l.rows) {
		end = l.rows[r]
	}
	return start, end
}

// rowOf is the row holding byte col of the line; upstream puts a col that
// starts a wrapped row at the end of the row before it instead.
func (l *noteLine) rowOf(col int, upstream bool) int {
	r := sort.SearchInts(l.rows, col+1) // rows starting at or before col
	if upstream && r > 0 && l.rows[r-1] == col {
		r--
	}
	return r
}

// textPos is a place in the note: a line and a byte offset in it.
type textPos struct{ line, col int }

func (p textPos) before(q textPos) bool {
	return p.line < q.line || p.line == q.line && p.col < q.col
}

// setLines replaces the editor's lines with text's.
func (e *noteEditor) setLines(text string) {
	parts := strings.Split(text, "\n")
	e.lines = make([]noteLine, len(parts))
	for i, p := range parts {
		e.lines[i].text = p
	}
	e.rowsDirty = true
}

// offsetOf is the byte offset of p in the note's text.
func (e *noteEditor) offsetOf(p textPos) int {
	n := 0
	for i := 0; i < p.line && i < len(e.lines); i++ {
		n += len(e.lines[i].text) + 1
	}
	return n + p.col
}

// posOf is the place at byte offset off of the text, clamped to the text
// and moved back to the start of a UTF-8 sequence.
func (e *noteEditor) posOf(off int) textPos {
	if off < 0 {
		off = 0
	}
	for i := range e.lines {
		l := len(e.lines[i].text)
		if off <= l {
			s := e.lines[i].text
			for off > 0 && off < l && !utf8.RuneStart(s[off]) {
				off--
			}
			return textPos{i, off}
		}
		off -= l + 1
	}
	last := len(e.lines) - 1
	return textPos{last, len(e.lines[last].text)}
}

// endPos is the place after the last character.
func (e *noteEditor) endPos() textPos {
	last := len(e.lines) - 1
	return textPos{last, len(e.lines[last].text)}
}

// spliceLines replaces the text between from and to (from <= to) with s and
// returns the place after s. Only the lines touched are rebuilt and will be
// re-wrapped.
func (e *noteEditor) spliceLines(from, to textPos, s string) textPos {
	head := e.lines[from.line].text[:from.col]
	tail := e.lines[to.line].text[to.col:]
	parts := strings.Split(s, "\n")
	repl := make([]noteLine, len(parts))
	for i, p := range parts {
		repl[i].text = p
	}
	end := textPos{from.line + len(parts) - 1, len(parts[len(parts)-1])}
	if len(parts) == 1 {
		end.col += len(head)
	}
	repl[0].text = head + repl[0].text
	repl[len(repl)-1].text += tail
	n := to.line - from.line + 1
	if n == 1 && len(repl) == 1 {
		// An edit inside one line keeps its rows as they were, for rewrap.
		l := &e.lines[from.line]
		if l.wrapped && l.edit == nil {
			l.edit = &lineEdit{at: from.col, end: end.col, delta: len(repl[0].text) - len(l.text)}
		} else {
			l.edit = nil
		}
		l.text, l.wrapped = repl[0].text, false
	} else if n == len(repl) {
		copy(e.lines[from.line:], repl)
	} else {
		lines := make([]noteLine, 0, len(e.lines)-n+len(repl))
		lines = append(lines, e.lines[:from.line]...)
		lines = append(lines, repl...)
		lines = append(lines, e.lines[to.line+1:]...)
		e.lines = lines
	}
	e.rowsDirty = true
	return end
}

// textBetween is the text from p to q (p <= q).
func (e *noteEditor) textBetween(p, q textPos) string {
	if p.line == q.line {
		return e.lines[p.line].text[p.col:q.col]
	}
	var b strings.Builder
	b.WriteString(e.lines[p.line].text[p.col:])
	for i := p.line + 1; i < q.line; i++ {
		b.WriteByte('\n')
		b.WriteString(e.lines[i].text)
	}
	b.WriteByte('\n')
	b.WriteString(e.lines[q.line].text[:q.col])
	return b.String()
}

// metrics are the theme's sizes the editor lays text out with.
type editorMetrics struct {
	textSize, lineH, pad, border float32
}

func (e *noteEditor) readMetrics() {
	th := e.Theme()
	m := editorMetrics{textSize: th.Size(theme.SizeNameText), pad: th.Size(theme.SizeNameInnerPadding), border: th.Size(theme.SizeNameInputBorder)}
	m.lineH = fyne.MeasureText("M", m.textSize, fyne.TextStyle{}).Height
	if m != e.m {
		e.m = m
		e.widths = map[string]float32{}
		for i := range e.lines {
			e.lines[i].wrapped = false
		}
		e.rowsDirty = true
	}
}

// maxCachedWord is the longest word whose width is kept.
const maxCachedWord = 64

// width is the drawn width of s, cached per word while the text size holds.
func (e *noteEditor) width(s string) float32 {
	if s == "" {
		return 0
	}
	if w, ok := e.widths[s]; ok {
		return w
	}
	w := fyne.MeasureText(visibleText(s), e.m.textSize, fyne.TextStyle{}).Width
	if len(s) > maxCachedWord {
		return w
	}
	if len(e.widths) > 20000 {
		e.widths = map[string]float32{}
	}
	e.widths[s] = w
	return w
}

// prefixWidth is the drawn width of s (part of a row), not cached: rows
// are measured whole only where the caret or a selection edge is.
func (e *noteEditor) prefixWidth(s string) float32 {
	if s == "" {
		return 0
	}
	return fyne.MeasureText(visibleText(s), e.m.textSize, fyne.TextStyle{}).Width
}

// visibleText is s as drawn: a carriage return (from a pasted or imported
// Windows line end) is kept in the text but takes no room.
func visibleText(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\r", "")
}

func isBlank(b byte) bool { return b == ' ' || b == '\t' }

// wrap breaks the line into rows no wider than w: at spaces, which stay at
// the end of the row they follow (a space never starts a row), and inside a
// word only where the word alone is wider than a row.
func (e *noteEditor) wrap(l *noteLine, w float32) {
	l.rows = l.rows[:0]
	l.wrapped, l.edit = true, nil
	if w >= noWrap {
		return
	}
	e.wrapFrom(l, w, 0, nil)
}

// rewrap re-wraps a line after an edit inside it. Greedy wrapping of a row
// depends only on the text from the row's start, so the rows before the
// edited word's row and the one before it stay, and once a new row starts
// where an old one started, moved by the edit, every later row is the old
// one moved.
func (e *noteEditor) rewrap(l *noteLine, w float32) {
	ed := l.edit
	l.wrapped, l.edit = true, nil
	if w >= noWrap {
		l.rows = l.rows[:0]
		return
	}
	old := l.rows
	// Re-wrap from the row before the one the edited word starts on: the
	// word is wrapped whole (a long one may be broken over rows), and if it
	// became shorter the row before may now take it. Text before the edit
	// is as it was, so the word's start is found in the new text.
	ws := ed.at
	for ws > 0 && !isBlank(l.text[ws-1]) {
		ws--
	}
	r := max(sort.SearchInts(old, ws+1)-1, 0) // rows kept: old[:r]
	start := 0
	if r > 0 {
		start = old[r-1]
	}
	tail := old[r:]
	l.rows = append([]int(nil), old[:r]...)
	e.wrapFrom(l, w, start, func(p int) (bool, []int) {
		if p <= ed.end {
			return false, nil
		}
		i := sort.SearchInts(tail, p-ed.delta)
		if i == len(tail) || tail[i] != p-ed.delta {
			return false, nil
		}
		rest := make([]int, len(tail)-i-1)
		for k, q := range tail[i+1:] {
			rest[k] = q + ed.delta
		}
		return true, rest
	})
}

// wrapFrom appends to the line's rows the rows from byte start (a row's
// start) on. After each new row break p, same (when set) may report that
// the rows from p on are known and give the ones after p.
func (e *noteEditor) wrapFrom(l *noteLine, w float32, start int, same func(p int) (bool, []int)) {
	s := l.text
	x, rowStart := float32(0), start
	brk := func(p int) bool {
		l.rows = append(l.rows, p)
		if same != nil {
			if ok, rest := same(p); ok {
				l.rows = append(l.rows, rest...)
				return true
			}
		}
		return false
	}
	for i := start; i < len(s); {
		j := i
		if isBlank(s[i]) {
			for j < len(s) && isBlank(s[j]) {
				j++
			}
			x += e.width(s[i:j])
			i = j
			continue
		}
		for j < len(s) && !isBlank(s[j]) {
			j++
		}
		// A word whose runes could not fit even at the narrowest glyph is
		// not measured whole (a pasted URL or blob may be very long).
		long := float32(utf8.RuneCountInString(s[i:j]))*e.m.textSize*minGlyphEm > w
		var ww float32
		if !long {
			ww = e.width(s[i:j])
			long = ww > w
		}
		if (long || x+ww > w) && i > rowStart {
			if brk(i) {
				return
			}
			rowStart, x = i, 0
		}
		if long {
			// A word wider than a row: as much as fits on each row.
			p := i
			for {
				k := e.fitRunes(s[p:j], w)
				if p+k >= j {
					break
				}
				if brk(p + k) {
					return
				}
				p, rowStart = p+k, p+k
			}
			ww = e.prefixWidth(s[p:j])
		}
		x += ww
		i = j
	}
}

// minGlyphEm is a lower bound on a glyph's width, in ems: no more runes
// than a row's width over this can fit on a row.
const minGlyphEm = 0.15

// fitRunes is the byte length of the longest prefix of s, at least one
// rune, that is no wider than w.
func (e *noteEditor) fitRunes(s string, w float32) int {
	// Only the runes that could fit are searched, so a row costs its own
	// length to find, not the rest of the word's.
	limit := len(s)
	if n := int(w/(e.m.textSize*minGlyphEm)) + 2; n < len(s) {
		limit = 0
		for range n {
			_, size := utf8.DecodeRuneInString(s[limit:])
			limit += size
		}
	}
	_, first := utf8.DecodeRuneInString(s)
	if limit == len(s) && e.prefixWidth(s) <= w {
		return len(s)
	}
	lo, hi := first, limit // lo fits (or is the minimum); the result is below hi or hi itself
	for lo < hi {
		mid := (lo + hi + 1) / 2
		for mid < hi && !utf8.RuneStart(s[mid]) {
			mid++
		}
		if e.prefixWidth(s[:mid]) <= w {
			lo = mid
		} else {
			hi = mid - 1
			for hi > lo && !utf8.RuneStart(s[hi]) {
				hi--
			}
		}
	}
	return lo
}

// layoutRows wraps the lines not yet wrapped for the editor's width and
// counts the rows before each line.
func (e *noteEditor) layoutRows() {
	if !e.rowsDirty {
		return
	}
	w := e.wrapWidth()
	if cap(e.rowsBefore) < len(e.lines)+1 {
		e.rowsBefore = make([]int, len(e.lines)+1, len(e.lines)+len(e.lines)/4+1)
	}
	e.rowsBefore = e.rowsBefore[:len(e.lines)+1]
	n := 0
	for i := range e.lines {
		l := &e.lines[i]
		if !l.wrapped {
			if l.edit != nil {
				e.rewrap(l, w)
			} else {
				e.wrap(l, w)
			}
		}
		e.rowsBefore[i] = n
		n += l.rowCount()
	}
	e.rowsBefore[len(e.lines)] = n
	e.rowsDirty = false
}

// wrapWidth is the width rows are broken at; before the editor has a size
// lines are not broken (nothing is measured until it is laid out).
func (e *noteEditor) wrapWidth() float32 {
	if e.Size().Width <= 0 {
		return noWrap
	}
	return max(e.Size().Width-2*e.m.pad, 1)
}

// noWrap is the wrap width of an editor not laid out yet.
const noWrap = float32(1 << 30)

// resized re-wraps every line when the width changes.
func (e *noteEditor) resized() {
	if w := e.wrapWidth(); w != e.wrapW {
		e.wrapW = w
		for i := range e.lines {
			e.lines[i].wrapped, e.lines[i].edit = false, nil
		}
		e.rowsDirty = true
	}
}

// totalRows is the number of rows in the note.
func (e *noteEditor) totalRows() int {
	e.layoutRows()
	return e.rowsBefore[len(e.lines)]
}

// rowAt is the line and row of the note's global row g.
func (e *noteEditor) rowAt(g int) (line, row int) {
	e.layoutRows()
	g = max(0, min(g, e.rowsBefore[len(e.lines)]-1))
	line = sort.SearchInts(e.rowsBefore[1:], g+1) // first line whose end is past g
	return line, g - e.rowsBefore[line]
}

// globalRow is the note's row holding p.
func (e *noteEditor) globalRow(p textPos, upstream bool) int {
	e.layoutRows()
	return e.rowsBefore[p.line] + e.lines[p.line].rowOf(p.col, upstream)
}

// contentHeight is the height of all rows with the padding.
func (e *noteEditor) contentHeight() float32 {
	return float32(e.totalRows())*e.m.lineH + 2*e.m.pad
}

// pointOf is where the caret at p is drawn, in the editor's coordinates:
// the top left of its row's line box.
func (e *noteEditor) pointOf(p textPos, upstream bool) fyne.Position {
	e.layoutRows()
	l := &e.lines[p.line]
	r := l.rowOf(p.col, upstream)
	start, _ := l.rowSpan(r)
	x := min(e.prefixWidth(l.text[start:p.col]), e.wrapWidth())
	y := float32(e.rowsBefore[p.line]+r)*e.m.lineH + e.m.pad - e.offsetY
	return fyne.NewPos(e.m.pad+x, y)
}

// posAtPoint is the place nearest to pt (editor coordinates) and whether it
// is the end of a wrapped row (shown there rather than at the next row).
func (e *noteEditor) posAtPoint(pt fyne.Position) (textPos, bool) {
	g := int((pt.Y + e.offsetY - e.m.pad) / e.m.lineH)
	if pt.Y+e.offsetY-e.m.pad < 0 {
		g = 0
	}
	line, row := e.rowAt(g)
	return e.posInRow(line, row, pt.X-e.m.pad)
}

// posInRow is the place in row r of the line nearest to x from the row's
// left edge. A wrapped row's end is the place before its trailing space.
func (e *noteEditor) posInRow(line, r int, x float32) (textPos, bool) {
	l := &e.lines[line]
	start, end := l.rowSpan(r)
	wrappedRow := r < len(l.rows)
	last := end
	if wrappedRow && end > start && isBlank(l.text[end-1]) {
		last = end - 1
	}
	s := l.text
	bounds := make([]int, 0, last-start+1)
	for i := start; i < last; {
		bounds = append(bounds, i)
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	bounds = append(bounds, last)
	// The last boundary at or left of x, then the nearer of it and the next.
	lo, hi := 0, len(bounds)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if e.prefixWidth(s[start:bounds[mid]]) <= x {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	col := bounds[lo]
	if lo+1 < len(bounds) {
		a, b := e.prefixWidth(s[start:bounds[lo]]), e.prefixWidth(s[start:bounds[lo+1]])
		if x-a > b-x {
			col = bounds[lo+1]
		}
	}
	return textPos{line, col}, wrappedRow && col == end
}
