package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// GraphNode is a page in a link graph.
type GraphNode struct {
	Ref    app.PageRef
	Title  string
	Out    bool // the page links to it
	In     bool // it links to the page
	Exists bool // false: a link to a page not written yet
}

// LinkGraph draws the links around one page: the page in the middle, the
// pages it links to and those linking to it on a ring around it, an arrow
// per link (both ways when they link each other), pages of each kind in
// their own colour. Clicking a page calls OnTap; the page under the
// pointer is named in full.
type LinkGraph struct {
	widget.BaseWidget
	OnTap func(GraphNode)

	center GraphNode
	nodes  []GraphNode
	hover  int // -1: none; len(nodes): the centre
}

// maxGraphNodes is how many neighbours the ring shows; more would be a blur.
const maxGraphNodes = 24

// NewLinkGraph returns an empty graph.
func NewLinkGraph() *LinkGraph {
	g := &LinkGraph{hover: -1}
	g.ExtendBaseWidget(g)
	return g
}

// SetLinks shows a page's links.
func (g *LinkGraph) SetLinks(links *app.PageLinks, title string) {
	g.center = GraphNode{Ref: links.Page, Title: title, Exists: true}
	idx := map[string]int{}
	g.nodes = g.nodes[:0]
	key := func(r app.PageRef, t string) string {
		if r.ID != "" {
			return string(r.Kind) + ":" + r.ID
		}
		return "new:" + t
	}
	for _, l := range links.Outgoing {
		if l.Embed {
			continue // a quote embedded in a note is not a page
		}
		k := key(l.Page, l.Target)
		if i, ok := idx[k]; ok {
			g.nodes[i].Out = true
			continue
		}
		if len(g.nodes) == maxGraphNodes {
			continue
		}
		idx[k] = len(g.nodes)
		t := l.Target
		if l.Page.Title != "" {
			t = l.Page.Title
		}
		g.nodes = append(g.nodes, GraphNode{Ref: l.Page, Title: t, Out: true, Exists: l.Exists})
	}
	for _, b := range links.Backlinks {
		k := key(b.Source, b.Source.Title)
		if i, ok := idx[k]; ok {
			g.nodes[i].In = true
			continue
		}
		if len(g.nodes) == maxGraphNodes {
			continue
		}
		idx[k] = len(g.nodes)
		g.nodes = append(g.nodes, GraphNode{Ref: b.Source, Title: b.Source.Title, In: true, Exists: true})
	}
	g.hover = -1
	g.Refresh()
}

// Nodes are the pages on the ring.
func (g *LinkGraph) Nodes() []GraphNode { return g.nodes }

// MinSize is a square that fits the inspector.
func (g *LinkGraph) MinSize() fyne.Size {
	g.ExtendBaseWidget(g)
	return fyne.NewSize(220, 240)
}

const graphDot = 12

// layout places the centre and the ring.
func (g *LinkGraph) layout(size fyne.Size) (fyne.Position, []fyne.Position) {
	c := fyne.NewPos(size.Width/2, size.Height/2)
	rx, ry := size.Width/2-30, size.Height/2-26
	out := make([]fyne.Position, len(g.nodes))
	for i := range g.nodes {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(len(g.nodes))
		out[i] = fyne.NewPos(c.X+rx*float32(math.Cos(a)), c.Y+ry*float32(math.Sin(a)))
	}
	return c, out
}

func (g *LinkGraph) nodeAt(p fyne.Position) int {
	c, ring := g.layout(g.Size())
	near := func(q fyne.Position) bool {
		dx, dy := q.X-p.X, q.Y-p.Y
		return dx*dx+dy*dy <= graphDot*graphDot
	}
	for i, q := range ring {
		if near(q) {
			return i
		}
	}
	if near(c) {
		return len(g.nodes)
	}
	return -1
}

// Tapped opens the page under the pointer.
func (g *LinkGraph) Tapped(ev *fyne.PointEvent) {
	if i := g.nodeAt(ev.Position); i >= 0 && i < len(g.nodes) && g.OnTap != nil {
		g.OnTap(g.nodes[i])
	}
}

// MouseIn is part of desktop.Hoverable.
func (g *LinkGraph) MouseIn(ev *desktop.MouseEvent) { g.MouseMoved(ev) }

// MouseMoved names the page under the pointer.
func (g *LinkGraph) MouseMoved(ev *desktop.MouseEvent) {
	if i := g.nodeAt(ev.Position); i != g.hover {
		g.hover = i
		g.Refresh()
	}
}

// MouseOut is part of desktop.Hoverable.
func (g *LinkGraph) MouseOut() {
	if g.hover != -1 {
		g.hover = -1
		g.Refresh()
	}
}

// CreateRenderer is part of fyne.Widget.
func (g *LinkGraph) CreateRenderer() fyne.WidgetRenderer { return &graphRenderer{g: g} }

type graphRenderer struct {
	g    *LinkGraph
	objs []fyne.CanvasObject
}

func (r *graphRenderer) Destroy()                     {}
func (r *graphRenderer) MinSize() fyne.Size           { return r.g.MinSize() }
func (r *graphRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *graphRenderer) Layout(fyne.Size)             { r.Refresh() }

// kindColor tells pages apart by kind.
func kindColor(k app.DocType, exists bool) color.Color {
	if !exists {
		return theme.Color(theme.ColorNameDisabled)
	}
	switch k {
	case app.TypeArticle:
		return color.NRGBA{R: 0x7c, G: 0xc4, B: 0xf2, A: 0xff}
	case app.TypeNote:
		return color.NRGBA{R: 0x9b, G: 0xd3, B: 0x7c, A: 0xff}
	case app.TypePerson:
		return color.NRGBA{R: 0xf2, G: 0xb2, B: 0x7c, A: 0xff}
	case app.TypeTag:
		return color.NRGBA{R: 0xc7, G: 0xa4, B: 0xf2, A: 0xff}
	}
	return theme.Color(theme.ColorNamePrimary)
}

// Refresh draws edges, then nodes, then labels.
func (r *graphRenderer) Refresh() {
	g := r.g
	size := g.Size()
	r.objs = r.objs[:0]
	grey := theme.Color(theme.ColorNamePlaceHolder)
	fg := theme.Color(theme.ColorNameForeground)
	small := theme.CaptionTextSize()
	c, ring := g.layout(size)
	if len(g.nodes) == 0 {
		t := canvas.NewText("No links yet", grey)
		t.TextSize = small
		t.Move(fyne.NewPos(c.X-measure(t.Text, small, fyne.TextStyle{})/2, c.Y+graphDot))
		r.objs = append(r.objs, t)
	}
	for i, n := range g.nodes {
		p := ring[i]
		line := canvas.NewLine(grey)
		line.StrokeWidth = 1
		if i == g.hover {
			line.StrokeColor, line.StrokeWidth = fg, 2
		}
		line.Position1, line.Position2 = c, p
		r.objs = append(r.objs, line)
		// Arrow heads at the end each link points to.
		if n.Out {
			r.objs = append(r.objs, arrowHead(c, p, line.StrokeColor)...)
		}
		if n.In {
			r.objs = append(r.objs, arrowHead(p, c, line.StrokeColor)...)
		}
	}
	dot := func(p fyne.Position, col color.Color, size float32, strong bool) {
		d := canvas.NewCircle(col)
		if strong {
			d.StrokeColor, d.StrokeWidth = fg, 2
		}
		d.Move(fyne.NewPos(p.X-size/2, p.Y-size/2))
		d.Resize(fyne.NewSize(size, size))
		r.objs = append(r.objs, d)
	}
	for i, n := range g.nodes {
		dot(ring[i], kindColor(n.Ref.Kind, n.Exists), graphDot, i == g.hover)
	}
	dot(c, kindColor(g.center.Ref.Kind, true), graphDot*1.6, true)
	label := func(text string, p fyne.Position, strong bool) {
		col := grey
		if strong {
			col = fg
		}
		t := canvas.NewText(text, col)
		t.TextSize = small
		t.TextStyle.Bold = strong
		w := measure(text, small, t.TextStyle)
		x := max(0, min(p.X-w/2, size.Width-w))
		y := p.Y + graphDot/2 + 1
		if p.Y < c.Y-1 {
			y = p.Y - graphDot/2 - small*1.35
		}
		if strong {
			bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
			bg.Move(fyne.NewPos(x-3, y))
			bg.Resize(fyne.NewSize(w+6, small*1.35))
			r.objs = append(r.objs, bg)
		}
		t.Move(fyne.NewPos(x, y))
		r.objs = append(r.objs, t)
	}
	// Names are cut short on a crowded ring; the hovered one is in full.
	most := 18
	if len(g.nodes) > 8 {
		most = 10
	}
	for i, n := range g.nodes {
		if i != g.hover {
			label(shorten(n.Title, most), ring[i], false)
		}
	}
	label(shorten(g.center.Title, 28), c, g.hover == len(g.nodes))
	if g.hover >= 0 && g.hover < len(g.nodes) {
		label(g.nodes[g.hover].Title, ring[g.hover], true)
	}
	canvas.Refresh(g)
}

// arrowHead is two short strokes at to, pointing from from, stopping at
// the edge of to's dot.
func arrowHead(from, to fyne.Position, col color.Color) []fyne.CanvasObject {
	dx, dy := float64(to.X-from.X), float64(to.Y-from.Y)
	l := math.Hypot(dx, dy)
	if l < 1 {
		return nil
	}
	ux, uy := dx/l, dy/l
	tip := fyne.NewPos(to.X-float32(ux*graphDot*0.8), to.Y-float32(uy*graphDot*0.8))
	var out []fyne.CanvasObject
	for _, s := range []float64{1, -1} {
		// back along the edge and out to one side
		bx := float64(tip.X) - ux*7 + s*uy*4
		by := float64(tip.Y) - uy*7 - s*ux*4
		ln := canvas.NewLine(col)
		ln.StrokeWidth = 1.5
		ln.Position1, ln.Position2 = tip, fyne.NewPos(float32(bx), float32(by))
		out = append(out, ln)
	}
	return out
}
