package ui

import (
	"image/color"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// SpanKind says how the reader paints a span of the article text.
type SpanKind int

// Span kinds, in painting order.
const (
	SpanHighlight SpanKind = iota // an annotation: a background in its colour
	SpanSuggested                 // a suggested quote: a thin underline
	SpanQuote                     // a confirmed quote: a solid underline
	SpanMatch                     // a find-in-article match
	SpanCurrent                   // the current find match or jump target
)

// Span is a stretch of the article's text (rune offsets into
// Article.Text(), end exclusive) that the reader paints.
type Span struct {
	ID         string
	Kind       SpanKind
	Start, End int
	Color      color.Color // highlight colour; nil for the theme's
	Noted      bool        // a highlight that carries a note: marked at its end
}

// Reader shows an article (title, metadata, paragraphs and captions where
// their pictures stood) and
// lets the user select text with the mouse or keyboard. It lays out the
// text itself so that every point maps to an exact rune offset in
// Article.Text(), and it only builds canvas objects for the lines inside the
// viewport its view reports with SetViewport, so long articles stay cheap.
type Reader struct {
	widget.BaseWidget

	// OnSelect is called when a selection is made or cleared.
	OnSelect func(start, end int)
	// OnTapSpan is called when the user clicks a highlight or quote.
	OnTapSpan func(Span)
	// OnCommand is called with 'H', 'Q', 'N' or 'T' typed in the reader.
	OnCommand func(cmd rune)
	// OnHeightChanged is called when re-wrapping changed the text height,
	// so the enclosing scroll can update.
	OnHeightChanged func()
	// OnScrollTo asks the view to scroll so that y is visible.
	OnScrollTo func(y float32)
	// OnKey receives keys the reader does not use (F1, Escape...).
	OnKey func(*fyne.KeyEvent)
	// OnShortcut receives shortcuts the reader does not use (Ctrl+Z...).
	OnShortcut func(fyne.Shortcut)
	// OnWheel scrolls the view by dy (a mouse wheel's distance, scaled to
	// lines of text).
	OnWheel func(dy float32)

	art   *app.Article
	text  []rune
	spans []Span // sorted by Start
	size  float32

	anchor, caret int

	laidW          float32
	lines          []textLine
	height         float32
	viewTop, viewH float32

	focused, shift, dragging bool
	widths                   map[widthKey]float32
	ascii                    []asciiWidths // per size and style: the common case without hashing
}

// asciiWidths caches the widths of ASCII runes at one size and style.
type asciiWidths struct {
	size  float32
	style fyne.TextStyle
	w     [128]float32 // 0: not measured yet
}

// textLine is one laid-out line.
type textLine struct {
	y, h       float32
	x          float32
	text       string // what is drawn (tabs as spaces, trailing space trimmed)
	runes      int    // rune count of text
	start, end int    // rune span in the article text; start < 0 outside the body
	size       float32
	style      fyne.TextStyle
	color      fyne.ThemeColorName
}

func (l *textLine) body() bool { return l.start >= 0 }

type widthKey struct {
	r     rune
	size  float32
	style fyne.TextStyle
}

// NewReader returns an empty reader.
func NewReader() *Reader {
	r := &Reader{size: defaultTextSize, viewH: 4000, widths: map[widthKey]float32{}}
	r.ExtendBaseWidget(r)
	return r
}

// SetArticle shows an article with its spans and clears the selection.
func (r *Reader) SetArticle(a *app.Article, spans []Span) {
	r.art = a
	r.text = []rune(a.Text())
	r.anchor, r.caret = 0, 0
	r.setSpans(spans)
	r.relayout()
}

// Article is the article shown.
func (r *Reader) Article() *app.Article { return r.art }

// SetSpans replaces the painted spans, keeping the selection.
func (r *Reader) SetSpans(spans []Span) {
	r.setSpans(spans)
	r.Refresh()
}

func (r *Reader) setSpans(spans []Span) {
	r.spans = append(r.spans[:0], spans...)
	sort.SliceStable(r.spans, func(i, j int) bool {
		if r.spans[i].Kind != r.spans[j].Kind {
			return r.spans[i].Kind < r.spans[j].Kind
		}
		return r.spans[i].Start < r.spans[j].Start
	})
}

// SetTextSize sets the reading text size and re-wraps.
func (r *Reader) SetTextSize(s float32) {
	r.size = clampTextSize(s)
	r.relayout()
}

// TextSize is the reading text size.
func (r *Reader) TextSize() float32 { return r.size }

// Select selects the span [start, end) of the article text (clamped).
func (r *Reader) Select(start, end int) {
	r.anchor, r.caret = r.clamp(start), r.clamp(end)
	r.Refresh()
	r.notifySelect()
}

// Selection returns the selected span, start <= end.
func (r *Reader) Selection() (int, int) {
	return min(r.anchor, r.caret), max(r.anchor, r.caret)
}

// SelectedText is the selected text.
func (r *Reader) SelectedText() string {
	s, e := r.Selection()
	return string(r.text[s:e])
}

// SetViewport tells the reader which part of it is visible (in its own
// coordinates), so it draws only those lines.
func (r *Reader) SetViewport(top, height float32) {
	if top == r.viewTop && height == r.viewH {
		return
	}
	r.viewTop, r.viewH = top, height
	r.Refresh()
}

// OffsetY is the top of the line holding rune offset off, for jumping.
func (r *Reader) OffsetY(off int) float32 {
	if i := r.lineOf(off); i >= 0 {
		return r.lines[i].y
	}
	return 0
}

// Height is the laid-out height of the article.
func (r *Reader) Height() float32 { return r.height }

func (r *Reader) clamp(off int) int { return max(0, min(len(r.text), off)) }

func (r *Reader) notifySelect() {
	if r.OnSelect != nil {
		s, e := r.Selection()
		r.OnSelect(s, e)
	}
}

// MinSize is a narrow column as tall as the wrapped text.
func (r *Reader) MinSize() fyne.Size {
	r.ExtendBaseWidget(r)
	return fyne.NewSize(200, r.height)
}

// Resize re-wraps the text when the width changes.
func (r *Reader) Resize(s fyne.Size) {
	if s.Width != r.laidW {
		r.layout(s.Width)
	}
	s.Height = max(s.Height, r.height)
	r.BaseWidget.Resize(s)
}

func (r *Reader) relayout() {
	old := r.height
	r.layout(r.Size().Width)
	r.Refresh()
	if r.height != old && r.OnHeightChanged != nil {
		r.OnHeightChanged()
	}
}

// Reading layout metrics, relative to the text size.
const (
	lineSpacing  = 1.55 // line height / text size
	paraSpacing  = 0.75 // gap between paragraphs / text size
	readingWidth = 38   // widest text column / text size (about 75 characters)
)

// layout wraps every block of the article at width w. Measuring is cheap
// (per-rune widths are cached); canvas objects are made only for visible
// lines, in the renderer.
func (r *Reader) layout(w float32) {
	r.laidW = w
	r.lines = r.lines[:0]
	r.height = 0
	if r.art == nil || w <= 0 {
		return
	}
	margin := theme.Padding() * 4
	colW := min(w-2*margin, r.size*readingWidth)
	if colW < 40 {
		colW = max(w-2*theme.Padding(), 20)
	}
	x := max((w-colW)/2, theme.Padding())
	y := margin
	s := r.size
	add := func(text string, start int, size float32, style fyne.TextStyle, col fyne.ThemeColorName) {
		y = r.wrap([]rune(text), start, x, y, colW, size, style, col)
	}
	a := r.art
	if k := strings.TrimSpace(a.Kicker); k != "" {
		// The label over the headline, as papers print it.
		add(strings.ToUpper(k), -1, s*0.8, fyne.TextStyle{Bold: true}, theme.ColorNamePrimary)
		y += s * 0.2
	}
	add(a.Title, -1, s*1.6, fyne.TextStyle{Bold: true}, theme.ColorNameForeground)
	y += s * 0.3
	if meta := articleMeta(a); meta != "" {
		add(meta, -1, s*0.85, fyne.TextStyle{Italic: true}, theme.ColorNamePlaceHolder)
	}
	y += s * paraSpacing * 1.5
	off := 0
	// A caption stands where its picture stood, indented in small italics.
	// Its lines are outside the text (start -1); end is set just before
	// the next paragraph's offset so lineOf's search stays ordered.
	captions := func(i int) {
		for _, c := range a.CaptionsAt(i) {
			t := "Caption: " + c.Text
			if c.Credit != "" {
				t += " (" + c.Credit + ")"
			}
			first := len(r.lines)
			indent := min(s*1.5, colW/4)
			y = r.wrap([]rune(t), -1, x+indent, y, colW-indent, s*0.85, fyne.TextStyle{Italic: true}, theme.ColorNamePlaceHolder)
			for k := first; k < len(r.lines); k++ {
				r.lines[k].end = off - 1
			}
			y += s * paraSpacing
		}
	}
	for i, p := range a.Body {
		captions(i)
		n := len([]rune(p))
		style, size := fyne.TextStyle{}, s
		if a.IsHeading(i) {
			style, size = fyne.TextStyle{Bold: true}, s*1.15
			y += s * paraSpacing
		}
		y = r.wrap(r.text[off:off+n], off, x, y, colW, size, style, theme.ColorNameForeground)
		y += s * paraSpacing
		off += n + len([]rune(app.ParagraphSep))
	}
	captions(len(a.Body))
	r.height = y + margin
}

// articleMeta is the line under the title: source, author, date, dateline.
func articleMeta(a *app.Article) string {
	var parts []string
	for _, p := range []string{a.Source, a.Author} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if !a.Published.IsZero() {
		parts = append(parts, a.Published.Format("2 January 2006"))
	}
	if d := strings.TrimSpace(a.Dateline); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, " · ")
}

// wrap breaks runes into lines no wider than colW, at spaces where it can,
// and appends them. start is the offset of runes[0] in the article text
// (negative for text outside the body). It returns the y below the text.
func (r *Reader) wrap(runes []rune, start int, x, y, colW, size float32, style fyne.TextStyle, col fyne.ThemeColorName) float32 {
	h := size * lineSpacing
	emit := func(from, to int) {
		ln := textLine{y: y, h: h, x: x, size: size, style: style, color: col, start: -1, end: -1}
		if start >= 0 {
			ln.start, ln.end = start+from, start+to
		}
		disp := string(runes[from:to])
		if strings.ContainsAny(disp, "\t\n\r") {
			disp = strings.Map(func(c rune) rune {
				if c == '\t' || c == '\n' || c == '\r' {
					return ' '
				}
				return c
			}, disp)
		}
		disp = strings.TrimRightFunc(disp, unicode.IsSpace)
		ln.text, ln.runes = disp, utf8.RuneCountInString(disp)
		r.lines = append(r.lines, ln)
		y += h
	}
	if len(runes) == 0 {
		emit(0, 0)
		return y
	}
	lineStart, lastBreak := 0, -1
	var width float32
	for i, c := range runes {
		if c == '\n' {
			emit(lineStart, i+1)
			lineStart, lastBreak, width = i+1, -1, 0
			continue
		}
		cw := r.runeWidth(c, size, style)
		if width+cw > colW && i > lineStart && !unicode.IsSpace(c) {
			brk := i
			if lastBreak > lineStart {
				brk = lastBreak
			}
			emit(lineStart, brk)
			lineStart, lastBreak = brk, -1
			width = 0
			for _, c2 := range runes[brk:i] {
				width += r.runeWidth(c2, size, style)
			}
		}
		width += cw
		if unicode.IsSpace(c) || c == '-' || c == '—' || c == '/' {
			lastBreak = i + 1
		}
	}
	if lineStart < len(runes) {
		emit(lineStart, len(runes))
	}
	return y
}

func (r *Reader) runeWidth(c rune, size float32, style fyne.TextStyle) float32 {
	if c < 128 {
		t := r.asciiTable(size, style)
		if w := t.w[c]; w != 0 {
			return w
		}
		w := fyne.MeasureText(string(c), size, style).Width
		if w == 0 {
			w = 1e-6 // a zero-width rune: remember it was measured
		}
		t.w[c] = w
		return w
	}
	k := widthKey{c, size, style}
	if w, ok := r.widths[k]; ok {
		return w
	}
	w := fyne.MeasureText(string(c), size, style).Width
	r.widths[k] = w
	return w
}

// asciiTable is the ASCII width table for a size and style (a reader
// uses a handful: body, title, meta, headings).
func (r *Reader) asciiTable(size float32, style fyne.TextStyle) *asciiWidths {
	for i := range r.ascii {
		if t := &r.ascii[i]; t.size == size && t.style == style {
			return t
		}
	}
	r.ascii = append(r.ascii, asciiWidths{size: size, style: style})
	return &r.ascii[len(r.ascii)-1]
}

// measure is the exact drawn width of s.
func measure(s string, size float32, style fyne.TextStyle) float32 {
	if s == "" {
		return 0
	}
	return fyne.MeasureText(s, size, style).Width
}

// lineOf is the index of the body line holding offset off (-1 if none).
func (r *Reader) lineOf(off int) int {
	// Lines outside the body have an end below every offset after them
	// (title: -1; a caption: just before the next paragraph), so this
	// search is ordered; a caption found is passed for the body line after.
	i := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].end >= off })
	for i < len(r.lines) && !r.lines[i].body() {
		i++
	}
	if i == len(r.lines) {
		for i = len(r.lines) - 1; i >= 0 && !r.lines[i].body(); i-- {
		}
		return i
	}
	// Skip a line that ends exactly at off when the next line starts there.
	if r.lines[i].end == off && i+1 < len(r.lines) && r.lines[i+1].body() && r.lines[i+1].start == off {
		return i + 1
	}
	return i
}

// xAt is the x of rune offset off within body line l.
func (r *Reader) xAt(l *textLine, off int) float32 {
	k := off - l.start
	if k <= 0 {
		return l.x
	}
	if k >= l.runes {
		return l.x + measure(l.text, l.size, l.style)
	}
	return l.x + measure(string([]rune(l.text)[:k]), l.size, l.style)
}

// offsetAt maps a point to the nearest rune offset in the article text.
func (r *Reader) offsetAt(p fyne.Position) int {
	if len(r.lines) == 0 {
		return 0
	}
	i := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].y+r.lines[i].h > p.Y })
	if i == len(r.lines) {
		return len(r.text)
	}
	l := &r.lines[i]
	if !l.body() {
		// Above the body (title, metadata): the start of the text.
		for j := i; j < len(r.lines); j++ {
			if r.lines[j].body() {
				return r.lines[j].start
			}
		}
		return len(r.text)
	}
	x := p.X - l.x
	if x <= 0 {
		return l.start
	}
	runes := []rune(l.text)
	// Largest k whose prefix fits in x, then round to the nearer edge.
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(string(runes[:mid]), l.size, l.style) <= x {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	k := lo
	if k < len(runes) {
		left := measure(string(runes[:k]), l.size, l.style)
		right := measure(string(runes[:k+1]), l.size, l.style)
		if x-left > right-x {
			k++
		}
	}
	return l.start + k
}

// spanAt is the topmost span under offset off, preferring highlights and
// quotes over find matches.
func (r *Reader) spanAt(off int) (Span, bool) {
	best, found := Span{}, false
	for _, s := range r.spans {
		if s.Kind >= SpanMatch || off < s.Start || off >= s.End {
			continue
		}
		// The shortest span wins, so a quote inside a highlight stays reachable.
		if !found || s.End-s.Start < best.End-best.Start {
			best, found = s, true
		}
	}
	return best, found
}

// Tapped selects the highlight or quote under the pointer.
func (r *Reader) Tapped(ev *fyne.PointEvent) {
	r.requestFocus()
	if s, e := r.Selection(); s != e {
		return
	}
	if sp, ok := r.spanAt(r.offsetAt(ev.Position)); ok && r.OnTapSpan != nil {
		r.OnTapSpan(sp)
	}
}

// DoubleTapped selects the word under the pointer.
func (r *Reader) DoubleTapped(ev *fyne.PointEvent) {
	off := r.offsetAt(ev.Position)
	s, e := off, off
	isWord := func(c rune) bool {
		return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '\'' || c == '’' || c == '-'
	}
	for s > 0 && isWord(r.text[s-1]) {
		s--
	}
	for e < len(r.text) && isWord(r.text[e]) {
		e++
	}
	r.Select(s, e)
}

// MouseDown starts a selection (or extends it with shift).
func (r *Reader) MouseDown(ev *desktop.MouseEvent) {
	r.requestFocus()
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	off := r.offsetAt(ev.Position)
	if ev.Modifier&fyne.KeyModifierShift != 0 {
		r.caret = off
		r.Refresh()
		r.notifySelect()
		return
	}
	if s, e := r.Selection(); s != e {
		r.anchor, r.caret = off, off
		r.Refresh()
		r.notifySelect()
		return
	}
	r.anchor, r.caret = off, off
	r.Refresh()
}

// MouseUp is part of desktop.Mouseable.
func (r *Reader) MouseUp(*desktop.MouseEvent) {}

// Dragged extends the selection to the pointer.
func (r *Reader) Dragged(ev *fyne.DragEvent) {
	if !r.dragging {
		r.dragging = true
		start := fyne.NewPos(ev.Position.X-ev.Dragged.DX, ev.Position.Y-ev.Dragged.DY)
		r.anchor = r.offsetAt(start)
	}
	r.caret = r.offsetAt(ev.Position)
	r.Refresh()
	if r.OnScrollTo != nil {
		r.OnScrollTo(ev.Position.Y)
	}
}

// DragEnd finishes a mouse selection.
func (r *Reader) DragEnd() {
	r.dragging = false
	r.notifySelect()
}

// wheelNotch is how far Fyne's desktop driver scrolls for one notch of a
// mouse wheel on Linux and Windows (its scrollSpeed); wheelLines is how
// many lines of text a notch moves the reader instead.
const (
	wheelNotch = 25
	wheelLines = 3
)

// Scrolled moves the reader three lines per notch of the wheel: Fyne's
// own 25 px is a third of a line of large reading text.
func (r *Reader) Scrolled(ev *fyne.ScrollEvent) {
	if r.OnWheel == nil {
		return
	}
	r.OnWheel(ev.Scrolled.DY / wheelNotch * wheelLines * r.size * lineSpacing)
}

// Cursor is a text cursor.
func (r *Reader) Cursor() desktop.Cursor { return desktop.TextCursor }

func (r *Reader) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil && c.Focused() != r {
		c.Focus(r)
	}
}

// FocusGained shows the caret.
func (r *Reader) FocusGained() { r.focused = true; r.Refresh() }

// FocusLost hides the caret.
func (r *Reader) FocusLost() { r.focused, r.shift = false, false; r.Refresh() }

// KeyDown tracks the shift key for keyboard selection.
func (r *Reader) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		r.shift = true
	}
}

// KeyUp tracks the shift key for keyboard selection.
func (r *Reader) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		r.shift = false
	}
}

// TypedRune runs the single-key commands.
func (r *Reader) TypedRune(c rune) {
	switch unicode.ToUpper(c) {
	case 'H', 'Q', 'N', 'T':
		if r.OnCommand != nil {
			r.OnCommand(unicode.ToUpper(c))
		}
	}
}

// moveCaret puts the caret at off; extend keeps the selection's anchor.
func (r *Reader) moveCaret(off int, extend bool) {
	off = r.clamp(off)
	r.caret = off
	if !extend {
		r.anchor = off
	}
	r.Refresh()
	r.reveal(off)
	r.notifySelect()
}

// wordEnd is the end of the word at or after off; wordStart the start of
// the word before off. Ctrl+arrows move by them, so a phrase is selected
// in a few keys instead of one key a letter.
func (r *Reader) wordEnd(off int) int {
	for off < len(r.text) && !isProseWordRune(r.text[off]) {
		off++
	}
	for off < len(r.text) && isProseWordRune(r.text[off]) {
		off++
	}
	return off
}

func (r *Reader) wordStart(off int) int {
	for off > 0 && !isProseWordRune(r.text[off-1]) {
		off--
	}
	for off > 0 && isProseWordRune(r.text[off-1]) {
		off--
	}
	return off
}

// isProseWordRune: a word of the article runs through apostrophes and hyphens.
func isProseWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '\'' || c == '’' || c == '-'
}

// wordShortcut moves the caret by words (Ctrl+←/→, with Shift selecting)
// or to either end of the text (Ctrl+Home/End); it reports whether s was
// one of those.
func (r *Reader) wordShortcut(s fyne.Shortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || cs.Modifier&fyne.KeyModifierShortcutDefault == 0 || cs.Modifier&^(fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift) != 0 {
		return false
	}
	extend := cs.Modifier&fyne.KeyModifierShift != 0
	switch cs.KeyName {
	case fyne.KeyRight:
		r.moveCaret(r.wordEnd(r.caret), extend)
	case fyne.KeyLeft:
		r.moveCaret(r.wordStart(r.caret), extend)
	case fyne.KeyHome:
		r.moveCaret(0, extend)
	case fyne.KeyEnd:
		r.moveCaret(len(r.text), extend)
	default:
		return false
	}
	return true
}

// TypedKey moves the caret; with shift held it extends the selection.
func (r *Reader) TypedKey(ev *fyne.KeyEvent) {
	move := func(off int) { r.moveCaret(off, r.shift) }
	switch ev.Name {
	case fyne.KeyLeft:
		if s, e := r.Selection(); s != e && !r.shift {
			move(s)
			return
		}
		move(r.caret - 1)
	case fyne.KeyRight:
		if s, e := r.Selection(); s != e && !r.shift {
			move(e)
			return
		}
		move(r.caret + 1)
	case fyne.KeyUp, fyne.KeyDown:
		i := r.lineOf(r.caret)
		if i < 0 {
			return
		}
		x := r.xAt(&r.lines[i], r.caret)
		j := i
		for {
			if ev.Name == fyne.KeyUp {
				j--
			} else {
				j++
			}
			if j < 0 || j >= len(r.lines) || r.lines[j].body() {
				break
			}
		}
		switch {
		case j < 0:
			move(0)
		case j >= len(r.lines):
			move(len(r.text))
		default:
			move(r.offsetAt(fyne.NewPos(x, r.lines[j].y+r.lines[j].h/2)))
		}
	case fyne.KeyHome:
		if i := r.lineOf(r.caret); i >= 0 {
			move(r.lines[i].start)
		}
	case fyne.KeyEnd:
		if i := r.lineOf(r.caret); i >= 0 {
			move(r.lines[i].start + r.lines[i].runes)
		}
	case fyne.KeyPageUp, fyne.KeyPageDown:
		d := r.viewH * 0.9
		if ev.Name == fyne.KeyPageUp {
			d = -d
		}
		if r.OnScrollTo != nil {
			r.OnScrollTo(max(0, r.viewTop+d))
			if d > 0 {
				r.OnScrollTo(min(r.height, r.viewTop+d+r.viewH))
			}
		}
	case fyne.KeyEscape:
		if s, e := r.Selection(); s != e {
			r.anchor = r.caret
			r.Refresh()
			r.notifySelect()
			return
		}
		fallthrough
	default:
		if r.OnKey != nil {
			r.OnKey(ev)
		}
	}
}

// TypedShortcut copies the selection and selects all.
func (r *Reader) TypedShortcut(s fyne.Shortcut) {
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		if t := r.SelectedText(); t != "" && s.Clipboard != nil {
			s.Clipboard.SetContent(t)
		}
	case *fyne.ShortcutSelectAll:
		r.Select(0, len(r.text))
	default:
		if r.wordShortcut(s) {
			return
		}
		if r.OnShortcut != nil {
			r.OnShortcut(s)
		}
	}
}

// reveal scrolls the line holding off into view.
func (r *Reader) reveal(off int) {
	i := r.lineOf(off)
	if i < 0 || r.OnScrollTo == nil {
		return
	}
	l := &r.lines[i]
	if l.y < r.viewTop || l.y+l.h > r.viewTop+r.viewH {
		r.OnScrollTo(l.y)
		r.OnScrollTo(l.y + l.h)
	}
}

// CreateRenderer is part of fyne.Widget.
func (r *Reader) CreateRenderer() fyne.WidgetRenderer {
	rr := &readerRenderer{r: r, caret: canvas.NewRectangle(color.Transparent)}
	rr.Refresh()
	return rr
}

// readerRenderer draws the visible lines from pools of canvas objects.
type readerRenderer struct {
	r     *Reader
	rects []*canvas.Rectangle
	texts []*canvas.Text
	caret *canvas.Rectangle
	objs  []fyne.CanvasObject
}

func (rr *readerRenderer) Destroy()                     {}
func (rr *readerRenderer) Layout(fyne.Size)             { rr.Refresh() }
func (rr *readerRenderer) MinSize() fyne.Size           { return rr.r.MinSize() }
func (rr *readerRenderer) Objects() []fyne.CanvasObject { return rr.objs }

// Refresh rebuilds the objects for the lines in the viewport (plus a screen
// above and below, so scrolling a little does not show blank space).
func (rr *readerRenderer) Refresh() {
	r := rr.r
	nr, nt := 0, 0
	rect := func(x1, y1, x2, y2 float32, c color.Color) {
		if x2 <= x1 {
			return
		}
		// Measured widths drift a pixel or two from the drawn glyphs over a
		// long line; a little slack keeps the last letter covered.
		x1, x2 = x1-1, x2+1.5
		if nr == len(rr.rects) {
			rr.rects = append(rr.rects, canvas.NewRectangle(c))
		}
		o := rr.rects[nr]
		nr++
		o.FillColor = c
		o.Move(fyne.NewPos(x1, y1))
		o.Resize(fyne.NewSize(x2-x1, y2-y1))
	}
	fg := theme.Color(theme.ColorNameForeground)
	sel := theme.Color(theme.ColorNameSelection)
	prim := theme.Color(theme.ColorNamePrimary)
	top, bottom := r.viewTop-r.viewH, r.viewTop+2*r.viewH
	first := sort.Search(len(r.lines), func(i int) bool { return r.lines[i].y+r.lines[i].h >= top })
	selS, selE := r.Selection()
	caretShown := false
	var textObjs []*canvas.Text
	for i := first; i < len(r.lines) && r.lines[i].y <= bottom; i++ {
		l := &r.lines[i]
		if l.body() {
			for _, s := range r.spans {
				if s.End <= l.start || s.Start >= l.end || s.Start == s.End {
					continue
				}
				x1, x2 := r.xAt(l, max(s.Start, l.start)), r.xAt(l, min(s.End, l.end))
				switch s.Kind {
				case SpanHighlight:
					rect(x1, l.y+1, x2, l.y+l.h-1, highlightColor(s.Color))
					if s.Noted && s.End > l.start && s.End <= l.end {
						// A note mark: a dog-ear in the theme's primary
						// colour at the highlight's top right corner.
						m := max(7, l.size*0.55)
						rect(x2-m+1.5, l.y+1, x2-1.5, l.y+1+m, prim)
					}
				case SpanSuggested:
					rect(x1, l.y+l.h-3, x2, l.y+l.h-1.5, withAlpha(prim, 0x90))
				case SpanQuote:
					rect(x1, l.y+l.h-3.5, x2, l.y+l.h-1, prim)
				case SpanMatch:
					rect(x1, l.y+1, x2, l.y+l.h-1, color.NRGBA{R: 0xff, G: 0xd0, B: 0x40, A: 0x60})
				case SpanCurrent:
					rect(x1, l.y+1, x2, l.y+l.h-1, color.NRGBA{R: 0xff, G: 0x90, B: 0x20, A: 0x90})
				}
			}
			if selS != selE && selE > l.start && selS < l.end {
				rect(r.xAt(l, max(selS, l.start)), l.y, r.xAt(l, min(selE, l.end)), l.y+l.h, sel)
			}
			if r.focused && selS == selE && !caretShown && r.caret >= l.start && r.caret <= l.end {
				caretShown = true
				x := r.xAt(l, r.caret)
				rr.caret.FillColor = fg
				rr.caret.Move(fyne.NewPos(x, l.y+2))
				rr.caret.Resize(fyne.NewSize(1.5, l.h-4))
			}
		}
		if l.text == "" {
			continue
		}
		if nt == len(rr.texts) {
			rr.texts = append(rr.texts, canvas.NewText("", fg))
		}
		t := rr.texts[nt]
		nt++
		t.Text, t.TextSize, t.TextStyle = l.text, l.size, l.style
		t.Color = theme.Color(l.color)
		th := fyne.MeasureText("M", l.size, l.style).Height
		t.Move(fyne.NewPos(l.x, l.y+(l.h-th)/2))
		t.Resize(fyne.NewSize(r.laidW-l.x, th))
		textObjs = append(textObjs, t)
	}
	rr.objs = rr.objs[:0]
	for _, o := range rr.rects[:nr] {
		rr.objs = append(rr.objs, o)
	}
	for _, o := range textObjs {
		rr.objs = append(rr.objs, o)
	}
	if caretShown {
		rr.objs = append(rr.objs, rr.caret)
	}
	canvas.Refresh(r)
}

func highlightColor(c color.Color) color.Color {
	if c == nil {
		return color.NRGBA{R: 0xf6, G: 0xc7, B: 0x44, A: 0x70}
	}
	return withAlpha(c, 0x70)
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
