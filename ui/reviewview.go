package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// Review table columns.
const (
	colText = iota
	colSpeaker
	colArticle
	colDate
	colTags
	colStatus
	numCols
)

var colNames = [numCols]string{"Quote", "Speaker", "Article", "Date", "Tags", "Status"}

// colWeights are the columns' shares of the width.
var colWeights = [numCols]float32{4, 1.7, 1.7, 1, 1, 1.6}

// reviewView is the quote review table: every quote with its speaker,
// article, date, tags and status, filterable by each column, reviewed from
// the keyboard (Enter confirms, Backspace rejects, S changes the speaker,
// O opens the quote in its article, arrows move).
type reviewView struct {
	w       *mainWindow
	all     []app.QuoteRow
	rows    []app.QuoteRow
	sel     int
	list    *keyList
	filters [numCols]*widget.Entry
	status  *widget.Select
	info    *widget.Label
	obj     fyne.CanvasObject
}

var statusChoices = []string{"suggested", "confirmed", "rejected", "all"}

func newReviewView(w *mainWindow) page {
	v := &reviewView{w: w, sel: -1}
	v.status = widget.NewSelect(statusChoices, func(string) { v.reload() })
	v.status.SetSelected("suggested")
	header := container.New(&columnsLayout{}, make([]fyne.CanvasObject, 0, numCols)...)
	filterRow := container.New(&columnsLayout{}, make([]fyne.CanvasObject, 0, numCols)...)
	for c := range numCols {
		header.Add(widget.NewLabelWithStyle(colNames[c], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		if c == colStatus {
			filterRow.Add(v.status)
			continue
		}
		e := widget.NewEntry()
		e.SetPlaceHolder("filter")
		e.OnChanged = func(string) { v.applyFilter() }
		v.filters[c] = e
		filterRow.Add(e)
	}
	v.list = newKeyList(func() int { return len(v.rows) }, v.createRow, v.updateRow)
	v.list.OnSelected = func(id widget.ListItemID) {
		v.sel = id
		if id < len(v.rows) {
			q := v.rows[id].Quote
			v.w.inspect.showQuote(&q)
		}
		v.updateInfo()
		v.focus() // a click on a row leaves the keys with the table
	}
	v.list.onKey = v.keyPressed
	v.list.onRune = v.runeTyped
	v.info = widget.NewLabel("")
	v.info.Importance = widget.LowImportance
	keys := hint("Enter confirm · Backspace reject · S speaker · O open in article · ↑ ↓ move")
	openB := widget.NewButtonWithIcon("Open in article", theme.NavigateNextIcon(), v.openSelected)
	bottom := container.NewBorder(nil, nil, v.info, openB, keys)
	v.obj = container.NewBorder(container.NewVBox(filterRow, header, widget.NewSeparator()), bottom, nil, nil, v.list)
	v.reload()
	return v
}

func (v *reviewView) key() string               { return "review" }
func (v *reviewView) title() string             { return "Quote review" }
func (v *reviewView) object() fyne.CanvasObject { return v.obj }
func (v *reviewView) focus()                    { v.w.win.Canvas().Focus(v.list) }

// reload re-reads the quotes, keeping the selected position.
func (v *reviewView) reload() {
	if v.list == nil {
		return
	}
	f := app.QuoteFilter{}
	if s := v.status.Selected; s != "" && s != "all" {
		f.Status = app.QuoteStatus(s)
	}
	rows, err := v.w.lib.Quotes(f)
	if err != nil {
		v.w.showError(err)
		return
	}
	v.all = rows
	v.applyFilter()
}

// applyFilter keeps the rows whose columns contain every column filter.
func (v *reviewView) applyFilter() {
	var want [numCols]string
	for c, e := range v.filters {
		if e != nil {
			want[c] = strings.ToLower(strings.TrimSpace(e.Text))
		}
	}
	v.rows = v.rows[:0]
	for _, r := range v.all {
		ok := true
		for c := range numCols {
			if want[c] != "" && !strings.Contains(strings.ToLower(cellText(&r, c)), want[c]) {
				ok = false
				break
			}
		}
		if ok {
			v.rows = append(v.rows, r)
		}
	}
	v.list.Refresh()
	if len(v.rows) == 0 {
		v.sel = -1
		v.list.UnselectAll()
	} else if v.sel >= 0 {
		v.selectRow(min(v.sel, len(v.rows)-1))
	}
	v.updateInfo()
}

func cellText(r *app.QuoteRow, c int) string {
	switch c {
	case colText:
		return r.Text
	case colSpeaker:
		return r.Speaker
	case colArticle:
		return r.ArticleTitle
	case colDate:
		if r.Published.IsZero() {
			return ""
		}
		return r.Published.Format("2006-01-02")
	case colTags:
		return strings.Join(r.Tags, ", ")
	case colStatus:
		s := string(r.Status)
		if r.NeedsReview() {
			s += " (moved)"
		} else if r.Orphaned() {
			s += " (orphaned)"
		}
		return s
	}
	return ""
}

func (v *reviewView) createRow() fyne.CanvasObject {
	c := container.New(&columnsLayout{})
	for i := range numCols {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		if i == colStatus {
			dot := canvas.NewCircle(color.Transparent)
			c.Add(container.NewBorder(nil, nil, container.NewCenter(container.NewGridWrap(fyne.NewSize(10, 10), dot)), nil, l))
			continue
		}
		c.Add(l)
	}
	return c
}

func (v *reviewView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(v.rows) {
		return
	}
	r := &v.rows[id]
	c := o.(*fyne.Container)
	for i := range numCols {
		t := cellText(r, i)
		if i == colText {
			t = "“" + t + "”"
		}
		if i == colStatus {
			b := c.Objects[i].(*fyne.Container)
			b.Objects[0].(*widget.Label).SetText(t)
			dot := b.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*canvas.Circle)
			dot.FillColor = statusColor(r.Status)
			dot.Refresh()
			continue
		}
		c.Objects[i].(*widget.Label).SetText(t)
	}
}

func statusColor(s app.QuoteStatus) color.Color {
	switch s {
	case app.QuoteConfirmed:
		return color.NRGBA{R: 0x4c, G: 0xaf, B: 0x50, A: 0xff}
	case app.QuoteRejected:
		return color.NRGBA{R: 0xe5, G: 0x39, B: 0x35, A: 0xff}
	}
	return color.NRGBA{R: 0xf6, G: 0xc7, B: 0x44, A: 0xff}
}

func (v *reviewView) selectRow(i int) {
	if i < 0 || i >= len(v.rows) {
		return
	}
	v.sel = i
	v.list.UnselectAll() // so OnSelected runs even when i was selected
	v.list.Select(i)
	v.list.ScrollTo(i)
}

// selected is the selected row, or nil.
func (v *reviewView) selected() *app.QuoteRow {
	if v.sel < 0 || v.sel >= len(v.rows) {
		return nil
	}
	return &v.rows[v.sel]
}

func (v *reviewView) keyPressed(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown:
		v.selectRow(min(v.sel+1, len(v.rows)-1))
	case fyne.KeyUp:
		v.selectRow(max(v.sel-1, 0))
	case fyne.KeyReturn, fyne.KeyEnter:
		v.verdict(app.QuoteConfirmed)
	case fyne.KeyBackspace, fyne.KeyDelete:
		v.verdict(app.QuoteRejected)
	case fyne.KeyF1:
		v.w.showCheatSheet()
	default:
		return false
	}
	return true
}

func (v *reviewView) runeTyped(r rune) {
	switch r {
	case 's', 'S':
		v.askSpeaker()
	case 'o', 'O':
		v.openSelected()
	}
}

// verdict confirms or rejects the selected quote and moves to the next.
func (v *reviewView) verdict(s app.QuoteStatus) {
	r := v.selected()
	if r == nil {
		if len(v.rows) > 0 {
			v.selectRow(0)
		}
		return
	}
	at := v.sel
	v.w.setQuoteStatus(r.ID, s)
	// With the status filter on, the row left the table and the next one
	// took its place; otherwise move on.
	next := at
	if v.status.Selected == "all" || v.status.Selected == string(s) {
		next = at + 1
	}
	if len(v.rows) > 0 {
		v.selectRow(min(next, len(v.rows)-1))
	}
	v.focus()
}

// askSpeaker changes the selected quote's speaker.
func (v *reviewView) askSpeaker() {
	r := v.selected()
	if r == nil {
		return
	}
	id := r.ID
	var names []string
	if people, err := v.w.lib.People(); err == nil {
		for _, p := range people {
			names = append(names, p.Name)
		}
	}
	pick := widget.NewSelectEntry(names)
	pick.SetText(r.Speaker)
	d := dialog.NewForm("Speaker", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Quote", wrapped("“"+shorten(r.Text, 160)+"”")),
		widget.NewFormItem("Speaker", pick),
	}, func(ok bool) {
		defer v.focus()
		if !ok {
			return
		}
		name := strings.TrimSpace(pick.Text)
		if _, err := v.w.lib.UpdateQuote(id, app.QuoteEdit{Speaker: &name}); err != nil {
			v.w.showError(err)
			return
		}
		v.w.changed()
	}, v.w.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
	v.w.win.Canvas().Focus(pick)
}

func (v *reviewView) openSelected() {
	if r := v.selected(); r != nil {
		v.w.openQuote(r.ID)
	}
}

func (v *reviewView) updateInfo() {
	n := len(v.rows)
	if v.sel >= 0 && v.sel < n {
		v.info.SetText(fmt.Sprintf("%d of %d", v.sel+1, n))
		return
	}
	v.info.SetText(fmt.Sprintf("%d quotes", n))
}

// columnsLayout places objects side by side with the review columns' widths.
type columnsLayout struct{}

func (columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var total float32
	for i := range objs {
		total += colWeights[i%numCols]
	}
	x := float32(0)
	for i, o := range objs {
		w := size.Width * colWeights[i%numCols] / total
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(len(objs))*40, h)
}
