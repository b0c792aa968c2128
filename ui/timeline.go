package ui

import (
	"image/color"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// TimelineItem is one quote on a person's timeline.
type TimelineItem struct {
	ID     string
	When   time.Time // the article's date; zero: undated, drawn at the right
	Status app.QuoteStatus
	Label  string // shown when the pointer rests on the dot
}

// Timeline draws a person's quotes along a time axis: one dot per quote in
// its status colour, quotes of the same day stacked, months or years marked
// under the axis. Clicking a dot calls OnTap with its ID; the dot under the
// pointer shows its label.
type Timeline struct {
	widget.BaseWidget
	OnTap func(id string)

	items []TimelineItem
	hover int // index into items, -1: none
}

// NewTimeline returns an empty timeline.
func NewTimeline() *Timeline {
	t := &Timeline{hover: -1}
	t.ExtendBaseWidget(t)
	return t
}

// SetItems shows items (any order).
func (t *Timeline) SetItems(items []TimelineItem) {
	t.items = append(t.items[:0], items...)
	sort.SliceStable(t.items, func(i, j int) bool {
		a, b := t.items[i].When, t.items[j].When
		if a.IsZero() != b.IsZero() {
			return b.IsZero()
		}
		return a.Before(b)
	})
	t.hover = -1
	t.Refresh()
}

// Timeline geometry.
const (
	tlDot    = 10
	tlMargin = 16
)

// MinSize is a strip tall enough for a few stacked dots and the labels.
func (t *Timeline) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	return fyne.NewSize(200, 96)
}

// span is the range of dates shown, padded so a single date sits mid-axis.
func (t *Timeline) span() (time.Time, time.Time, bool) {
	var lo, hi time.Time
	for _, it := range t.items {
		if it.When.IsZero() {
			continue
		}
		if lo.IsZero() || it.When.Before(lo) {
			lo = it.When
		}
		if hi.IsZero() || it.When.After(hi) {
			hi = it.When
		}
	}
	if lo.IsZero() {
		return lo, hi, false
	}
	pad := max(hi.Sub(lo)/20, 24*time.Hour)
	return lo.Add(-pad), hi.Add(pad), true
}

// positions are the dots' centres, in item order.
func (t *Timeline) positions(size fyne.Size) []fyne.Position {
	lo, hi, ok := t.span()
	axisY := size.Height - 34
	left, right := float32(tlMargin), size.Width-tlMargin
	undatedX := right
	if t.hasUndated() {
		right -= 40 // room for the undated column
	}
	out := make([]fyne.Position, len(t.items))
	stack := map[int]int{} // x bucket → dots already there
	for i, it := range t.items {
		x := undatedX
		if !it.When.IsZero() && ok {
			f := float32(it.When.Sub(lo)) / float32(hi.Sub(lo))
			x = left + f*(right-left)
		}
		b := int(x / tlDot)
		n := stack[b]
		stack[b] = n + 1
		y := axisY - tlDot/2 - 2 - float32(n)*(tlDot+2)
		out[i] = fyne.NewPos(x, max(y, tlDot/2))
	}
	return out
}

func (t *Timeline) hasUndated() bool {
	for _, it := range t.items {
		if it.When.IsZero() {
			return true
		}
	}
	return false
}

// itemAt is the item whose dot is under p (-1: none).
func (t *Timeline) itemAt(p fyne.Position) int {
	best, bestD := -1, float32(tlDot*tlDot)
	for i, c := range t.positions(t.Size()) {
		dx, dy := c.X-p.X, c.Y-p.Y
		if d := dx*dx + dy*dy; d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

// Tapped opens the quote under the pointer.
func (t *Timeline) Tapped(ev *fyne.PointEvent) {
	if i := t.itemAt(ev.Position); i >= 0 && t.OnTap != nil {
		t.OnTap(t.items[i].ID)
	}
}

// MouseIn is part of desktop.Hoverable.
func (t *Timeline) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved shows the label of the dot under the pointer.
func (t *Timeline) MouseMoved(ev *desktop.MouseEvent) {
	if i := t.itemAt(ev.Position); i != t.hover {
		t.hover = i
		t.Refresh()
	}
}

// MouseOut hides the label.
func (t *Timeline) MouseOut() {
	if t.hover >= 0 {
		t.hover = -1
		t.Refresh()
	}
}

// CreateRenderer is part of fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	return &timelineRenderer{t: t}
}

type timelineRenderer struct {
	t    *Timeline
	objs []fyne.CanvasObject
}

func (r *timelineRenderer) Destroy()                     {}
func (r *timelineRenderer) MinSize() fyne.Size           { return r.t.MinSize() }
func (r *timelineRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *timelineRenderer) Layout(fyne.Size)             { r.Refresh() }

// Refresh draws the axis, its date marks, the dots and the hover label.
func (r *timelineRenderer) Refresh() {
	t := r.t
	size := t.Size()
	r.objs = r.objs[:0]
	fg := theme.Color(theme.ColorNameForeground)
	grey := theme.Color(theme.ColorNamePlaceHolder)
	small := theme.CaptionTextSize()
	axisY := size.Height - 34
	if len(t.items) == 0 {
		msg := canvas.NewText("No quotes yet", grey)
		msg.TextSize = small
		msg.Move(fyne.NewPos(tlMargin, axisY-small))
		r.objs = append(r.objs, msg)
		canvas.Refresh(t)
		return
	}
	axis := canvas.NewLine(grey)
	axis.Position1, axis.Position2 = fyne.NewPos(tlMargin, axisY), fyne.NewPos(size.Width-tlMargin, axisY)
	r.objs = append(r.objs, axis)
	if lo, hi, ok := t.span(); ok {
		right := size.Width - tlMargin
		if t.hasUndated() {
			right -= 40
		}
		r.objs = append(r.objs, dateMarks(lo, hi, tlMargin, right, axisY, small, grey)...)
	}
	if t.hasUndated() {
		l := canvas.NewText("undated", grey)
		l.TextSize = small
		l.Move(fyne.NewPos(size.Width-tlMargin-measure("undated", small, fyne.TextStyle{})/2-4, axisY+6))
		r.objs = append(r.objs, l)
	}
	pos := t.positions(size)
	for i, it := range t.items {
		d := canvas.NewCircle(statusColor(it.Status))
		if i == t.hover {
			d.StrokeColor, d.StrokeWidth = fg, 2
		}
		c := pos[i]
		d.Move(fyne.NewPos(c.X-tlDot/2, c.Y-tlDot/2))
		d.Resize(fyne.NewSize(tlDot, tlDot))
		r.objs = append(r.objs, d)
	}
	if t.hover >= 0 && t.hover < len(t.items) {
		it := t.items[t.hover]
		label := it.Label
		if !it.When.IsZero() {
			label = it.When.Format("2 Jan 2006") + " · " + label
		}
		label = shorten(label, int(max(20, size.Width/7)))
		txt := canvas.NewText(label, fg)
		txt.TextSize = small
		w := measure(label, small, fyne.TextStyle{})
		x := max(2, min(pos[t.hover].X-w/2, size.Width-w-2))
		bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
		bg.Move(fyne.NewPos(x-4, 0))
		bg.Resize(fyne.NewSize(w+8, small*1.6))
		txt.Move(fyne.NewPos(x, small*0.2))
		r.objs = append(r.objs, bg, txt)
	}
	canvas.Refresh(t)
}

// dateMarks are ticks and labels under the axis: years when the span is
// long, months otherwise, thinned so the labels do not overlap.
func dateMarks(lo, hi time.Time, left, right, y, size float32, col color.Color) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	long := hi.Sub(lo) > 3*365*24*time.Hour
	layout := "Jan 2006"
	start := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, lo.Location()).AddDate(0, 1, 0)
	step := func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	if long {
		layout = "2006"
		start = time.Date(lo.Year()+1, 1, 1, 0, 0, 0, 0, lo.Location())
		step = func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
	}
	labelW := measure("Sep 2000", size, fyne.TextStyle{}) + 12
	lastX := float32(-1e9)
	for m := start; m.Before(hi); m = step(m) {
		f := float32(m.Sub(lo)) / float32(hi.Sub(lo))
		x := left + f*(right-left)
		tick := canvas.NewLine(col)
		tick.Position1, tick.Position2 = fyne.NewPos(x, y), fyne.NewPos(x, y+4)
		out = append(out, tick)
		if x-lastX < labelW {
			continue
		}
		lastX = x
		l := canvas.NewText(m.Format(layout), col)
		l.TextSize = size
		l.Move(fyne.NewPos(x-measure(l.Text, size, fyne.TextStyle{})/2, y+6))
		out = append(out, l)
	}
	if len(out) == 0 { // a span inside one month: its dates at both ends
		for _, d := range []struct {
			t time.Time
			x float32
		}{{lo, left}, {hi, right}} {
			l := canvas.NewText(d.t.Format("2 Jan 2006"), col)
			l.TextSize = size
			w := measure(l.Text, size, fyne.TextStyle{})
			l.Move(fyne.NewPos(max(0, min(d.x-w/2, right-w)), y+6))
			out = append(out, l)
		}
	}
	return out
}
