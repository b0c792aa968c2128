package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// noteEditorRenderer draws the note editor like an Entry (a rounded box with
// a border that takes the primary colour when focused) and inside it only
// the rows in view: a canvas.Text per row, a rectangle per selected row,
// the caret and a scroll bar. The editor implements fyne.Scrollable, so
// Fyne clips what it draws to its box.
type noteEditorRenderer struct {
	e      *noteEditor
	bg     *canvas.Rectangle
	border *canvas.Rectangle
	caret  *canvas.Rectangle
	thumb  *canvas.Rectangle
	texts  []*canvas.Text
	sels   []*canvas.Rectangle
	objs   []fyne.CanvasObject
}

func newNoteEditorRenderer(e *noteEditor) *noteEditorRenderer {
	r := &noteEditorRenderer{e: e,
		bg:     canvas.NewRectangle(color.Transparent),
		border: canvas.NewRectangle(color.Transparent),
		caret:  canvas.NewRectangle(color.Transparent),
		thumb:  canvas.NewRectangle(color.Transparent),
	}
	r.rebuildObjects()
	return r
}

func (r *noteEditorRenderer) rebuildObjects() {
	r.objs = r.objs[:0]
	r.objs = append(r.objs, r.bg)
	for _, s := range r.sels {
		r.objs = append(r.objs, s)
	}
	for _, t := range r.texts {
		r.objs = append(r.objs, t)
	}
	r.objs = append(r.objs, r.caret, r.thumb, r.border)
}

func (r *noteEditorRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *noteEditorRenderer) Destroy()                     {}
func (r *noteEditorRenderer) MinSize() fyne.Size           { return r.e.MinSize() }

// Layout re-wraps the text when the width changed and redraws.
func (r *noteEditorRenderer) Layout(fyne.Size) { r.Refresh() }

// text is the i-th row's text object, made when first needed.
func (r *noteEditorRenderer) text(i int) *canvas.Text {
	if i == len(r.texts) {
		t := canvas.NewText("", color.Black)
		r.texts = append(r.texts, t)
		r.rebuildObjects()
	}
	return r.texts[i]
}

func (r *noteEditorRenderer) sel(i int) *canvas.Rectangle {
	if i == len(r.sels) {
		s := canvas.NewRectangle(color.Transparent)
		r.sels = append(r.sels, s)
		r.rebuildObjects()
	}
	return r.sels[i]
}

// Refresh lays out the rows in view. Its cost grows with the rows shown,
// not with the note: the lines' rows are wrapped already (an edit re-wraps
// its own line) and the first row in view is found by binary search.
func (r *noteEditorRenderer) Refresh() {
	e := r.e
	e.readMetrics()
	e.resized()
	e.layoutRows()
	e.clampScroll()
	th := e.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	size := e.Size()
	m := e.m

	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.Resize(size)
	r.bg.Refresh()
	r.border.StrokeWidth = m.border
	r.border.CornerRadius = r.bg.CornerRadius
	r.border.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	if e.focused {
		r.border.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	}
	r.border.Resize(size)
	r.border.Refresh()

	fg := th.Color(theme.ColorNameForeground, v)
	selColour := th.Color(theme.ColorNameSelection, v)
	from, to := e.selection()
	selecting := e.hasSelection()
	total := e.totalRows()
	g0 := max(0, int((e.offsetY-m.pad)/m.lineH))
	g1 := min(total, int((e.offsetY-m.pad+size.Height)/m.lineH)+1)
	nt, ns := 0, 0
	if g0 < g1 {
		line, row := e.rowAt(g0)
		for g := g0; g < g1; g++ {
			l := &e.lines[line]
			start, end := l.rowSpan(row)
			y := float32(g)*m.lineH + m.pad - e.offsetY
			t := r.text(nt)
			nt++
			if s := visibleText(l.text[start:end]); t.Text != s || t.Color != fg || t.TextSize != m.textSize || !t.Visible() {
				t.Text, t.Color, t.TextSize = s, fg, m.textSize
				t.Show()
				t.Refresh()
			}
			t.Move(fyne.NewPos(m.pad, y))
			t.Resize(fyne.NewSize(max(size.Width-2*m.pad, 0), m.lineH))
			if selecting {
				if x0, x1, ok := r.selectedSpan(line, row, start, end, from, to); ok {
					s := r.sel(ns)
					ns++
					s.FillColor = selColour
					s.Move(fyne.NewPos(m.pad+x0, y))
					s.Resize(fyne.NewSize(x1-x0, m.lineH))
					s.Show()
					s.Refresh()
				}
			}
			if row++; row >= l.rowCount() {
				line, row = line+1, 0
			}
		}
	}
	for _, t := range r.texts[nt:] {
		if t.Visible() {
			t.Hide()
		}
	}
	for _, s := range r.sels[ns:] {
		if s.Visible() {
			s.Hide()
		}
	}

	if e.focused {
		p := e.pointOf(e.caret, e.upstream)
		r.caret.FillColor = th.Color(theme.ColorNamePrimary, v)
		r.caret.Move(fyne.NewPos(p.X-m.border/2, p.Y))
		r.caret.Resize(fyne.NewSize(max(m.border, 1), m.lineH))
		r.caret.Show()
	} else {
		r.caret.Hide()
	}
	r.caret.Refresh()

	if ch := e.contentHeight(); ch > size.Height && size.Height > 0 {
		h := max(20, size.Height*size.Height/ch)
		y := e.offsetY / (ch - size.Height) * (size.Height - h)
		w := th.Size(theme.SizeNameScrollBarSmall) * 2
		r.thumb.FillColor = th.Color(theme.ColorNameScrollBar, v)
		r.thumb.CornerRadius = w / 2
		r.thumb.Move(fyne.NewPos(size.Width-w-m.border, y))
		r.thumb.Resize(fyne.NewSize(w, h))
		r.thumb.Show()
	} else {
		r.thumb.Hide()
	}
	r.thumb.Refresh()
}

// selectedSpan is the x range of row (start to end of the line) that lies
// in the selection [from, to). A selected line break shows as a space's
// width after the row's text.
func (r *noteEditorRenderer) selectedSpan(line, row, start, end int, from, to textPos) (float32, float32, bool) {
	e := r.e
	rowFrom, rowTo := textPos{line, start}, textPos{line, end}
	if rowTo.before(from) || !rowFrom.before(to) && !(rowFrom == from && from != to && start == end) {
		return 0, 0, false
	}
	l := &e.lines[line]
	a, b := start, end
	if from.line == line && from.col > start {
		a = from.col
	}
	if to.line == line && to.col < end {
		b = to.col
	}
	if a > b {
		return 0, 0, false
	}
	x0 := e.prefixWidth(l.text[start:a])
	x1 := e.prefixWidth(l.text[start:b])
	lastRow := row == l.rowCount()-1
	if lastRow && b == end && to.line > line {
		x1 += e.width(" ") // the line break is selected
	}
	if x1 <= x0 {
		return 0, 0, false
	}
	return x0, min(x1, e.wrapWidth()), true
}
