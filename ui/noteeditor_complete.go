package ui

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// completionRows is how many titles the list shows at once.
const completionRows = 8

// completer offers page titles after an unclosed "[[" before the caret.
type completer struct {
	editor  *noteEditor
	box     *completionBox
	titles  func() []string // every page title, loaded on first use
	all     []string
	open    bool
	start   int    // byte offset just after the "[["
	typed   string // text between "[[" and the caret
	matches []string
	sel     int
	// dismissed is the start of a completion closed with Escape: it stays
	// closed while the caret is inside those brackets.
	dismissed int
	busy      bool // inserting a pick
}

func newCompleter(e *noteEditor, titles func() []string) *completer {
	c := &completer{editor: e, titles: titles, dismissed: -1}
	c.box = newCompletionBox(c)
	c.box.Hide()
	e.comp = c
	return c
}

// update re-reads the text around the caret: it opens, filters or closes
// the list. The editor calls it after every change and caret move.
func (c *completer) update() {
	if c.busy {
		return
	}
	e := c.editor
	cur := e.byteOffset()
	typed, ok := openLinkPrefix(e.Text, cur)
	if !ok {
		c.dismissed = -1
		c.close()
		return
	}
	start := cur - len(typed)
	if start == c.dismissed {
		return
	}
	if c.all == nil {
		c.all = c.titles()
	}
	if !c.open || typed != c.typed || start != c.start {
		c.matches = completions(c.all, typed, 0)
		c.sel = 0
		c.box.top = 0
	}
	c.open, c.start, c.typed = true, start, typed
	if len(c.matches) == 0 {
		c.box.Hide()
		return
	}
	c.box.Refresh()
	c.place()
	c.box.Show()
}

// shown tells whether the list is on screen with something to pick.
func (c *completer) shown() bool { return c.open && len(c.matches) > 0 }

func (c *completer) close() {
	c.open = false
	c.matches = nil
	c.all = nil // pages made meanwhile are offered next time
	if c.box.Visible() {
		c.box.Hide()
	}
}

// typedKey handles the keys the open list uses and reports whether it did.
func (c *completer) typedKey(k *fyne.KeyEvent) bool {
	if !c.open {
		return false
	}
	if k.Name == fyne.KeyEscape {
		c.dismissed = c.start
		c.close()
		return true
	}
	if !c.shown() {
		return false
	}
	if c.editor.SelectedText() != "" {
		// Text is selected: the keys are the editor's (a pick would
		// replace the selection).
		c.close()
		return false
	}
	switch k.Name {
	case fyne.KeyDown:
		c.move(1)
	case fyne.KeyUp:
		c.move(-1)
	case fyne.KeyPageDown:
		c.move(completionRows)
	case fyne.KeyPageUp:
		c.move(-completionRows)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyTab:
		c.pick(c.matches[c.sel])
	default:
		return false
	}
	return true
}

func (c *completer) move(d int) {
	c.sel = max(0, min(len(c.matches)-1, c.sel+d))
	c.box.follow()
	c.box.Refresh()
}

// pick completes the open link with title: "[[typed" becomes "[[title]]"
// with the caret after it. Text after the caret up to "]]" on the same line
// is the rest of the link's target and is replaced too; nothing else is
// touched. The edit is one step on the editor's undo stack.
func (c *completer) pick(title string) {
	e := c.editor
	defer func() {
		c.busy = false
		c.dismissed = -1
		c.close()
	}()
	text := e.Text
	cur := e.byteOffset()
	typed, ok := openLinkPrefix(text, cur)
	if !ok || e.hasSelection() {
		return
	}
	c.busy = true
	rest := text[cur:]
	end, closer := 0, ""
	if i := strings.IndexAny(rest, "]|#\n["); i >= 0 {
		switch {
		case strings.HasPrefix(rest[i:], "]]"):
			end, closer = i+2, "]]"
		case rest[i] == '|' || rest[i] == '#':
			end, closer = i, string(rest[i])
		}
	}
	insert := title + "]]"
	if closer == "|" || closer == "#" {
		insert = title
	}
	e.replace(e.posOf(cur-len(typed)), e.posOf(cur+end), insert, editOther)
	if cv := fyne.CurrentApp().Driver().CanvasForObject(e); cv != nil && cv.Focused() != e {
		cv.Focus(e)
	}
}

// cursorMoved follows the caret: the list filters or closes, and opens
// again in a link still being written; a caret that arrow keys move into a
// finished [[link]] passes through it (the open list would take every
// following Up and Down).
func (c *completer) cursorMoved() {
	if !c.open && inClosedLink(c.editor.Text, c.editor.byteOffset()) {
		return
	}
	c.update()
}

// inClosedLink reports whether the text after cursor closes a link on the
// same line before another one opens.
func inClosedLink(text string, cursor int) bool {
	rest := text[cursor:min(len(text), cursor+maxLinkPrefix+2)]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	end := strings.Index(rest, "]]")
	open := strings.Index(rest, "[[")
	return end >= 0 && (open < 0 || end < open)
}

// place puts the list under the caret, or above it near the bottom.
func (c *completer) place() {
	e := c.editor
	p := e.CursorPosition()
	lineH := e.m.lineH
	y := p.Y + lineH + e.Theme().Size(theme.SizeNameInnerPadding)/2
	sz := c.box.MinSize()
	area := e.Size()
	if y+sz.Height > area.Height && p.Y-sz.Height > 0 {
		y = p.Y - sz.Height
	}
	x := max(0, min(p.X, area.Width-sz.Width))
	y = max(0, min(y, area.Height-sz.Height))
	c.box.Move(fyne.NewPos(x, y))
	c.box.Resize(sz)
}

// completionLayer holds the list over the editor without a layout of its
// own: the completer places it.
type completionLayer struct{}

func (completionLayer) Layout([]fyne.CanvasObject, fyne.Size) {}
func (completionLayer) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

func newCompletionLayer(box *completionBox) *fyne.Container {
	return &fyne.Container{Layout: completionLayer{}, Objects: []fyne.CanvasObject{box}}
}

// completionBox draws a window of the matching titles, the selected one
// marked, with a count beneath. It is tappable and scrolls with the wheel
// but never takes the focus.
type completionBox struct {
	widget.BaseWidget
	c   *completer
	top int // first match shown
}

func newCompletionBox(c *completer) *completionBox {
	b := &completionBox{c: c}
	b.ExtendBaseWidget(b)
	return b
}

func (b *completionBox) CreateRenderer() fyne.WidgetRenderer { return newCompletionRenderer(b) }
func (b *completionBox) MinSize() fyne.Size                  { return b.size() }
func (b *completionBox) textSize() float32                   { return b.Theme().Size(theme.SizeNameText) }
func (b *completionBox) rowHeight() float32                  { return b.textSize() * 1.6 }
func (b *completionBox) footerHeight() float32               { return b.textSize() * 1.5 }
func (b *completionBox) count() int                          { return len(b.c.matches) }
func (b *completionBox) visibleRows() int                    { return min(completionRows, b.count()) }

// size is 420 wide, or the editor's width when it is narrower.
func (b *completionBox) size() fyne.Size {
	w := float32(420)
	if ew := b.c.editor.Size().Width; ew > 0 {
		w = min(w, ew)
	}
	return fyne.NewSize(w, float32(b.visibleRows())*b.rowHeight()+b.footerHeight()+4)
}

func (b *completionBox) colour(n fyne.ThemeColorName) color.Color {
	return b.Theme().Color(n, fyne.CurrentApp().Settings().ThemeVariant())
}

// MouseDown inserts the title clicked. It acts on the press, before the
// driver decides where the focus goes, so the editor keeps it.
func (b *completionBox) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button == desktop.MouseButtonPrimary {
		b.pickAt(ev.Position.Y)
	}
}

// MouseUp is part of desktop.Mouseable; the press did the work.
func (b *completionBox) MouseUp(*desktop.MouseEvent) {}

// Tapped inserts the title tapped where there is no mouse (a touch screen).
func (b *completionBox) Tapped(ev *fyne.PointEvent) {
	if !fyne.CurrentDevice().IsMobile() {
		return // MouseDown did it
	}
	b.pickAt(ev.Position.Y)
}

func (b *completionBox) pickAt(y float32) {
	y -= 2
	if y < 0 || y >= float32(b.visibleRows())*b.rowHeight() {
		return
	}
	if i := b.top + int(y/b.rowHeight()); i < b.count() {
		b.c.pick(b.c.matches[i])
	}
}

// Scrolled moves the window over the matches, a row per notch.
func (b *completionBox) Scrolled(ev *fyne.ScrollEvent) {
	if ev.Scrolled.DY == 0 {
		return
	}
	d := -1
	if ev.Scrolled.DY < 0 {
		d = 1
	}
	b.top = max(0, min(b.count()-b.visibleRows(), b.top+d))
	b.Refresh()
}

// follow scrolls the window to show the selected match.
func (b *completionBox) follow() {
	b.top = max(min(b.top, b.c.sel), b.c.sel-completionRows+1)
}

type completionRenderer struct {
	box    *completionBox
	bg     *canvas.Rectangle
	mark   *canvas.Rectangle
	rows   []*canvas.Text
	footer *canvas.Text
	objs   []fyne.CanvasObject
}

func newCompletionRenderer(b *completionBox) *completionRenderer {
	r := &completionRenderer{box: b, bg: canvas.NewRectangle(color.Transparent), mark: canvas.NewRectangle(color.Transparent)}
	r.bg.StrokeWidth = 1
	r.bg.CornerRadius = 4
	r.mark.CornerRadius = 3
	r.footer = canvas.NewText("", color.Black)
	r.objs = []fyne.CanvasObject{r.bg, r.mark}
	for range completionRows {
		t := canvas.NewText("", color.Black)
		r.rows = append(r.rows, t)
		r.objs = append(r.objs, t)
	}
	r.objs = append(r.objs, r.footer)
	return r
}

func (r *completionRenderer) MinSize() fyne.Size           { return r.box.size() }
func (r *completionRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *completionRenderer) Destroy()                     {}
func (r *completionRenderer) Layout(fyne.Size)             { r.Refresh() }

func (r *completionRenderer) Refresh() {
	b := r.box
	size := b.Size()
	r.bg.FillColor = b.colour(theme.ColorNameOverlayBackground)
	r.bg.StrokeColor = b.colour(theme.ColorNameInputBorder)
	r.bg.Resize(size)
	r.bg.Refresh()
	rh, ts := b.rowHeight(), b.textSize()
	pad := b.Theme().Size(theme.SizeNameInnerPadding)
	for i, t := range r.rows {
		j := b.top + i
		if i >= b.visibleRows() || j >= b.count() {
			t.Hide()
			continue
		}
		t.TextSize = ts
		t.Color = b.colour(theme.ColorNameForeground)
		t.TextStyle = fyne.TextStyle{Bold: j == b.c.sel}
		t.Text = fitText(b.c.matches[j], size.Width-2*pad, ts, t.TextStyle)
		t.Move(fyne.NewPos(pad, 2+float32(i)*rh+(rh-ts*1.3)/2))
		t.Resize(fyne.NewSize(size.Width-2*pad, ts*1.3))
		t.Show()
		t.Refresh()
	}
	if s := b.c.sel - b.top; s >= 0 && s < b.visibleRows() {
		r.mark.FillColor = b.colour(theme.ColorNameSelection)
		r.mark.Move(fyne.NewPos(2, 2+float32(s)*rh))
		r.mark.Resize(fyne.NewSize(size.Width-4, rh))
		r.mark.Show()
	} else {
		r.mark.Hide()
	}
	r.mark.Refresh()
	r.footer.TextSize = ts * 0.85
	r.footer.Text = fitText(footerText(b.c.sel, b.count()), size.Width-2*pad, r.footer.TextSize, fyne.TextStyle{})
	r.footer.Color = b.colour(theme.ColorNamePlaceHolder)
	r.footer.Move(fyne.NewPos(pad, 2+float32(b.visibleRows())*rh+(b.footerHeight()-ts)/2))
	r.footer.Refresh()
}

// fitText shortens s with an ellipsis to fit width.
func fitText(s string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r) // the longest prefix that fits is r[:lo]
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}

func footerText(sel, n int) string {
	return strconv.Itoa(sel+1) + " of " + strconv.Itoa(n) + " · ↑↓ choose · Enter or Tab insert · Esc close"
}
