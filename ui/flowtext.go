package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowText is a paragraph of styled text with links in it, wrapped at word
// boundaries. Fyne's rich text places a hyperlink as one unbreakable box
// and, once a row overflows, wraps the text after it a character per row;
// here a link is a run of words like any other, split across rows when it
// must be, and each of its pieces takes a click. The first piece of a link
// takes the keyboard focus (Tab), so the links of a note's preview can be
// reached and opened without the mouse.
type flowText struct {
	widget.BaseWidget
	runs   []flowRun
	indent float32 // left margin, for block quotes
	widths *textWidths
}

// flowRun is a stretch of the paragraph in one style; with link set it is
// (part of) that link.
type flowRun struct {
	text  string
	style widget.RichTextStyle
	link  *flowLink
}

func newFlowText(runs []flowRun, widths *textWidths) *flowText {
	f := &flowText{runs: runs, widths: widths}
	f.ExtendBaseWidget(f)
	return f
}

// textWidths remembers measured words, so rendering the preview again
// after a keystroke measures only the words that are new.
type textWidths struct {
	m map[textKey]fyne.Size
}

type textKey struct {
	text  string
	size  float32
	style fyne.TextStyle
}

func newTextWidths() *textWidths { return &textWidths{m: map[textKey]fyne.Size{}} }

func (tw *textWidths) measure(s string, size float32, style fyne.TextStyle) fyne.Size {
	if tw == nil {
		return fyne.MeasureText(s, size, style)
	}
	k := textKey{s, size, style}
	if v, ok := tw.m[k]; ok {
		return v
	}
	if len(tw.m) > 50000 {
		clear(tw.m)
	}
	v := fyne.MeasureText(s, size, style)
	tw.m[k] = v
	return v
}

// flowToken is a word with the spaces after it.
type flowToken struct {
	run       int
	text      string
	w, wWord  float32 // with and without the trailing spaces
	h         float32
	lineBreak bool // a new row starts before it
}

func (f *flowText) CreateRenderer() fyne.WidgetRenderer {
	r := &flowRenderer{f: f, laidW: -1}
	r.tokenize()
	return r
}

type flowRenderer struct {
	f      *flowText
	tokens []flowToken
	// The last line breaking: the width it was made for, each token's
	// position and the height of the whole.
	laidW  float32
	pos    []fyne.Position
	height float32
	texts  []*canvas.Text // pool of plain text pieces
	objs   []fyne.CanvasObject
}

func (r *flowRenderer) tokenize() {
	th := r.f.Theme()
	r.tokens = r.tokens[:0]
	lineBreak := false
	for i, run := range r.f.runs {
		size := th.Size(sizeName(run.style))
		style := run.style.TextStyle
		rest := run.text
		for rest != "" {
			if rest[0] == '\n' {
				lineBreak = true
				rest = rest[1:]
				continue
			}
			end := strings.IndexAny(rest, " \t\n")
			if end < 0 {
				end = len(rest)
			}
			word := rest[:end]
			sp := end
			for sp < len(rest) && (rest[sp] == ' ' || rest[sp] == '\t') {
				sp++
			}
			tok := flowToken{run: i, text: rest[:sp], lineBreak: lineBreak}
			lineBreak = false
			ws := r.f.widths.measure(word, size, style)
			tok.wWord, tok.h = ws.Width, ws.Height
			tok.w = tok.wWord
			if sp > end {
				tok.w = r.f.widths.measure(rest[:sp], size, style).Width
			}
			if word == "" {
				tok.h = r.f.widths.measure("M", size, style).Height
			}
			r.tokens = append(r.tokens, tok)
			rest = rest[sp:]
		}
	}
	r.laidW = -1
}

func sizeName(s widget.RichTextStyle) fyne.ThemeSizeName {
	if s.SizeName == "" {
		return theme.SizeNameText
	}
	return s.SizeName
}

// lineBreak places every token for a row width of w.
func (r *flowRenderer) lineBreak(w float32) {
	if w == r.laidW {
		return
	}
	r.laidW = w
	if cap(r.pos) < len(r.tokens) {
		r.pos = make([]fyne.Position, len(r.tokens))
	}
	r.pos = r.pos[:len(r.tokens)]
	x, y, rowH := float32(0), float32(0), float32(0)
	for i, t := range r.tokens {
		if t.lineBreak || (x > 0 && x+t.wWord > w) {
			y += rowH
			x, rowH = 0, 0
		}
		r.pos[i] = fyne.NewPos(x, y)
		x += t.w
		rowH = max(rowH, t.h)
	}
	r.height = y + rowH
}

func (r *flowRenderer) textWidth() float32 {
	pad := r.f.Theme().Size(theme.SizeNameInnerPadding)
	w := r.f.Size().Width - 2*pad - r.f.indent
	if w <= 0 {
		// Not laid out yet: everything on one row.
		w = float32(1 << 20)
	}
	return w
}

func (r *flowRenderer) MinSize() fyne.Size {
	pad := r.f.Theme().Size(theme.SizeNameInnerPadding)
	r.lineBreak(r.textWidth())
	var widest float32
	for _, t := range r.tokens {
		widest = max(widest, t.wWord)
	}
	// A long word or URL may overflow rather than widen the preview.
	return fyne.NewSize(min(widest, 120)+2*pad+r.f.indent, r.height+2*pad)
}

func (r *flowRenderer) Layout(size fyne.Size) {
	th := r.f.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	r.lineBreak(r.textWidth())
	for _, l := range r.linkSet() {
		l.used = 0
	}
	r.objs = r.objs[:0]
	nText := 0
	for i := 0; i < len(r.tokens); {
		// A piece: the tokens of one run on one row.
		j := i + 1
		for j < len(r.tokens) && r.tokens[j].run == r.tokens[i].run && r.pos[j].Y == r.pos[i].Y {
			j++
		}
		var b strings.Builder
		var w float32
		for k := i; k < j; k++ {
			b.WriteString(r.tokens[k].text)
			w = r.pos[k].X - r.pos[i].X + r.tokens[k].wWord
		}
		text := strings.TrimRight(b.String(), " \t")
		run := r.f.runs[r.tokens[i].run]
		at := fyne.NewPos(pad+r.f.indent+r.pos[i].X, pad+r.pos[i].Y)
		sz := fyne.NewSize(w, r.tokens[i].h)
		if run.link != nil {
			p := run.link.part(text, run.style)
			p.Move(at)
			p.Resize(sz)
			r.objs = append(r.objs, p)
		} else if text != "" {
			if nText == len(r.texts) {
				r.texts = append(r.texts, canvas.NewText("", color.Black))
			}
			t := r.texts[nText]
			nText++
			t.Text, t.TextStyle = text, run.style.TextStyle
			t.TextSize = th.Size(sizeName(run.style))
			t.Color = th.Color(colorName(run.style), fyne.CurrentApp().Settings().ThemeVariant())
			t.Move(at)
			t.Resize(sz)
			t.Refresh()
			r.objs = append(r.objs, t)
		}
		i = j
	}
	// Pieces a link no longer needs (the row got wider) are dropped.
	for _, l := range r.linkSet() {
		l.parts = l.parts[:max(1, l.used)]
	}
}

func colorName(s widget.RichTextStyle) fyne.ThemeColorName {
	if s.ColorName == "" {
		return theme.ColorNameForeground
	}
	return s.ColorName
}

// linkSet is every link of the paragraph, once.
func (r *flowRenderer) linkSet() []*flowLink {
	var out []*flowLink
	for _, run := range r.f.runs {
		if run.link != nil && (len(out) == 0 || out[len(out)-1] != run.link) {
			out = append(out, run.link)
		}
	}
	return out
}

func (r *flowRenderer) Refresh() {
	r.tokenize()
	r.Layout(r.f.Size())
	for _, o := range r.objs {
		o.Refresh()
	}
	canvas.Refresh(r.f)
}

func (r *flowRenderer) Objects() []fyne.CanvasObject {
	if len(r.objs) == 0 && len(r.tokens) > 0 {
		r.Layout(r.f.Size())
	}
	return r.objs
}

func (r *flowRenderer) Destroy() {}

// flowLink is a link in a flowText: the pieces it is drawn in, one per row
// it spans. The first piece (head) takes the keyboard focus.
type flowLink struct {
	label string
	open  func()
	// leave gives the focus back (Escape); reveal scrolls a focused link
	// into view.
	leave, reveal func(fyne.CanvasObject)
	head          *linkHead
	parts         []*linkPart
	used          int
	hovered       bool
	focused       bool
}

func newFlowLink(label string, open func()) *flowLink {
	l := &flowLink{label: label, open: open}
	l.head = &linkHead{}
	l.head.link = l
	l.head.ExtendBaseWidget(l.head)
	l.parts = []*linkPart{&l.head.linkPart}
	return l
}

// part returns the link's next piece, showing text.
func (l *flowLink) part(text string, style widget.RichTextStyle) fyne.CanvasObject {
	if l.used == len(l.parts) {
		p := &linkPart{link: l}
		p.ExtendBaseWidget(p)
		l.parts = append(l.parts, p)
	}
	p := l.parts[l.used]
	l.used++
	p.text, p.style = text, style
	if p == &l.head.linkPart {
		return l.head
	}
	return p
}

// refresh redraws every piece (the first piece's widget is the head).
func (l *flowLink) refresh() {
	for _, p := range l.parts {
		p.Refresh()
	}
}

// linkPart is one row's piece of a link: coloured text, underlined under
// the mouse, with a focus box while the link has the keyboard.
type linkPart struct {
	widget.BaseWidget
	link  *flowLink
	text  string
	style widget.RichTextStyle
}

func (p *linkPart) Tapped(*fyne.PointEvent) { p.link.open() }

func (p *linkPart) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (p *linkPart) MouseIn(*desktop.MouseEvent) {
	p.link.hovered = true
	p.link.refresh()
}

func (p *linkPart) MouseMoved(*desktop.MouseEvent) {}

func (p *linkPart) MouseOut() {
	p.link.hovered = false
	p.link.refresh()
}

func (p *linkPart) CreateRenderer() fyne.WidgetRenderer {
	r := &linkPartRenderer{p: p, text: canvas.NewText("", color.Black),
		under: canvas.NewRectangle(color.Black), box: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type linkPartRenderer struct {
	p     *linkPart
	text  *canvas.Text
	under *canvas.Rectangle
	box   *canvas.Rectangle
}

func (r *linkPartRenderer) Layout(s fyne.Size) {
	r.text.Move(fyne.Position{})
	r.text.Resize(s)
	r.under.Move(fyne.NewPos(0, s.Height-2))
	r.under.Resize(fyne.NewSize(s.Width, 1))
	r.box.Move(fyne.NewPos(-2, 0))
	r.box.Resize(fyne.NewSize(s.Width+4, s.Height))
}

func (r *linkPartRenderer) MinSize() fyne.Size { return r.text.MinSize() }

func (r *linkPartRenderer) Refresh() {
	th := r.p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.text.Text, r.text.TextStyle = r.p.text, r.p.style.TextStyle
	r.text.TextSize = th.Size(sizeName(r.p.style))
	r.text.Color = th.Color(theme.ColorNameHyperlink, v)
	r.under.FillColor = r.text.Color
	r.under.Hidden = !r.p.link.hovered && !r.p.link.focused
	r.box.FillColor = color.Transparent
	if r.p.link.focused {
		r.box.FillColor = th.Color(theme.ColorNameFocus, v)
	}
	r.Layout(r.p.Size())
	r.text.Refresh()
	r.under.Refresh()
	r.box.Refresh()
}

func (r *linkPartRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.box, r.text, r.under}
}

func (r *linkPartRenderer) Destroy() {}

// linkHead is a link's first piece, the one that takes the keyboard:
// Enter or Space opens the link, Escape leaves the links, Tab moves on.
type linkHead struct {
	linkPart
}

func (h *linkHead) FocusGained() {
	h.link.focused = true
	h.link.refresh()
	if h.link.reveal != nil {
		h.link.reveal(h)
	}
}

func (h *linkHead) FocusLost() {
	h.link.focused = false
	h.link.refresh()
}

func (h *linkHead) TypedRune(rune) {}

func (h *linkHead) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		h.link.open()
	case fyne.KeyEscape:
		if h.link.leave != nil {
			h.link.leave(h)
		}
	}
}

// embedCard shows an embedded quote or highlight in the preview: a bar at
// its side, its content, and a focus box. A click, or Enter or Space while
// it has the focus, opens it; Escape leaves the preview.
type embedCard struct {
	widget.BaseWidget
	content fyne.CanvasObject
	label   string // for tests and screen readers: the quoted text
	open    func()
	// leave gives the focus back (Escape); reveal scrolls it into view.
	leave, reveal    func(fyne.CanvasObject)
	focused, hovered bool
}

func newEmbedCard(content fyne.CanvasObject, label string, open func()) *embedCard {
	c := &embedCard{content: content, label: label, open: open}
	c.ExtendBaseWidget(c)
	return c
}

func (c *embedCard) Tapped(*fyne.PointEvent) { c.open() }

func (c *embedCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (c *embedCard) MouseIn(*desktop.MouseEvent) {
	c.hovered = true
	c.Refresh()
}

func (c *embedCard) MouseMoved(*desktop.MouseEvent) {}

func (c *embedCard) MouseOut() {
	c.hovered = false
	c.Refresh()
}

func (c *embedCard) FocusGained() {
	c.focused = true
	c.Refresh()
	if c.reveal != nil {
		c.reveal(c)
	}
}

func (c *embedCard) FocusLost() {
	c.focused = false
	c.Refresh()
}

func (c *embedCard) TypedRune(rune) {}

func (c *embedCard) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		c.open()
	case fyne.KeyEscape:
		if c.leave != nil {
			c.leave(c)
		}
	}
}

func (c *embedCard) CreateRenderer() fyne.WidgetRenderer {
	r := &embedCardRenderer{c: c, bar: canvas.NewRectangle(color.Black), bg: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type embedCardRenderer struct {
	c       *embedCard
	bar, bg *canvas.Rectangle
}

// barWidth is the width of the bar at an embed's side.
const barWidth = 3

func (r *embedCardRenderer) inset() float32 {
	return barWidth + r.c.Theme().Size(theme.SizeNamePadding)
}

func (r *embedCardRenderer) Layout(s fyne.Size) {
	r.bg.Resize(s)
	r.bar.Move(fyne.Position{})
	r.bar.Resize(fyne.NewSize(barWidth, s.Height))
	in := r.inset()
	r.c.content.Move(fyne.NewPos(in, 0))
	r.c.content.Resize(fyne.NewSize(s.Width-in, s.Height))
}

func (r *embedCardRenderer) MinSize() fyne.Size {
	return r.c.content.MinSize().AddWidthHeight(r.inset(), 0)
}

func (r *embedCardRenderer) Refresh() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bar.FillColor = th.Color(theme.ColorNamePrimary, v)
	switch {
	case r.c.focused:
		r.bg.FillColor = th.Color(theme.ColorNameFocus, v)
	case r.c.hovered:
		r.bg.FillColor = th.Color(theme.ColorNameHover, v)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bar.Refresh()
	r.bg.Refresh()
	r.c.content.Refresh()
}

func (r *embedCardRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.bar, r.c.content}
}

func (r *embedCardRenderer) Destroy() {}

// columnLayout stacks objects as a VBox does, but gives each its width
// before asking its height: text that wraps then takes the rows it needs
// in the same pass, instead of overlapping what follows until the next
// frame.
type columnLayout struct{}

func (columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		if o.Size().Width != size.Width {
			o.Resize(fyne.NewSize(size.Width, o.Size().Height))
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

func (columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	n := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		n++
	}
	if n > 1 {
		s.Height += float32(n-1) * theme.Padding()
	}
	return s
}
