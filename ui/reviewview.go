package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
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

// colWeights are the columns' shares of the width left beside the date and
// status columns, which are as wide as what they show.
// statusDot is the size of the status colour dot.
const statusDot = 10

var colWeights = [numCols]float32{5, 1.6, 1.6, 1, 1, 1}

// reviewView is the quote review table: every quote with its speaker,
// article, date, tags and status, filterable by each column, reviewed from
// the keyboard (Enter confirms, Backspace rejects, S changes the speaker,
// O opens the quote in its article, arrows move).
//
// A large library has tens of thousands of quotes, so the table is read
// lazily: table holds the status's quote IDs in order (from secondary
// indexes) and only a window of rows around what is shown is decoded.
// Every quote is read only while a column filter is typed in.
type reviewView struct {
	w        *mainWindow
	table    *app.QuoteTable // the status's quotes, when no column filter is on
	win      []app.QuoteRow  // table rows [winAt, winAt+len(win))
	winAt    int
	winErr   error
	filtered bool           // a column filter is on: rows are the matches in all
	all      []app.QuoteRow // every quote of the status, read for the column filters
	rows     []app.QuoteRow
	sel      int
	list     *keyList
	filters  [numCols]*widget.Entry
	status   *widget.Select
	info     *widget.Label
	keys     *widget.Label // the keys, or a short message after one of them
	obj      fyne.CanvasObject
}

var statusChoices = []string{"suggested", "confirmed", "rejected", "all"}

func newReviewView(w *mainWindow) page {
	v := &reviewView{w: w, sel: -1}
	v.status = widget.NewSelect(statusChoices, func(string) { v.reload() })
	v.status.SetSelected("suggested")
	header := container.New(&columnsLayout{}, make([]fyne.CanvasObject, 0, numCols)...)
	filterRow := container.New(&columnsLayout{}, make([]fyne.CanvasObject, 0, numCols)...)
	for c := range numCols {
		head := widget.NewLabelWithStyle(colNames[c], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Truncation = fyne.TextTruncateClip
		header.Add(head)
		if c == colStatus {
			// The status filter sits in the bar under the table: the
			// column itself may shrink to its dot.
			filterRow.Add(layout.NewSpacer())
			continue
		}
		e := widget.NewEntry()
		e.SetPlaceHolder("filter")
		e.OnChanged = func(string) { v.applyFilter() }
		v.filters[c] = e
		filterRow.Add(e)
	}
	v.list = newKeyList(v.count, v.createRow, v.updateRow)
	v.list.OnSelected = func(id widget.ListItemID) {
		v.sel = id
		// A reload in a background tab must not take over the inspector.
		if r := v.row(id); r != nil && v.w.current() == page(v) {
			q := r.Quote
			v.w.inspect.showQuote(&q)
		}
		v.updateInfo()
		v.focus() // a click on a row leaves the keys with the table
	}
	v.list.onKey = v.keyPressed
	v.list.onRune = v.runeTyped
	v.info = widget.NewLabel("")
	v.info.Importance = widget.LowImportance
	v.keys = hint(reviewKeys)
	keys := v.keys
	openB := widget.NewButtonWithIcon("Open in article", theme.NavigateNextIcon(), v.openSelected)
	bottom := container.NewBorder(nil, nil, container.NewHBox(v.status, v.info), openB, keys)
	v.obj = container.NewBorder(container.NewVBox(filterRow, header, widget.NewSeparator()), bottom, nil, nil, v.list)
	v.reload()
	return v
}

func (v *reviewView) key() string               { return "review" }
func (v *reviewView) title() string             { return "Quote review" }
func (v *reviewView) object() fyne.CanvasObject { return v.obj }
func (v *reviewView) focus()                    { v.w.win.Canvas().Focus(v.list) }

// winSize is how many rows the table decodes at a time.
const winSize = 200

// statusFilter is the status chosen above the table ("" for all).
func (v *reviewView) statusFilter() app.QuoteStatus {
	if s := v.status.Selected; s != "" && s != "all" {
		return app.QuoteStatus(s)
	}
	return ""
}

// reload re-reads the quotes, keeping the selected position.
func (v *reviewView) reload() {
	if v.list == nil {
		return
	}
	t, err := v.w.lib.NewQuoteTable(v.statusFilter())
	if err != nil {
		v.w.showError(err)
		return
	}
	v.table, v.win, v.winErr, v.all = t, nil, nil, nil
	v.applyFilter()
}

// count is the number of rows shown.
func (v *reviewView) count() int {
	switch {
	case v.filtered:
		return len(v.rows)
	case v.table != nil:
		return v.table.Len()
	}
	return 0
}

// row is row i of the table, or nil; without a column filter it is read
// from the store with the rows around it.
func (v *reviewView) row(i int) *app.QuoteRow {
	if i < 0 || i >= v.count() {
		return nil
	}
	if v.filtered {
		return &v.rows[i]
	}
	if i < v.winAt || i >= v.winAt+len(v.win) {
		from := max(min(i-winSize/4, v.table.Len()-winSize), 0)
		rows, err := v.w.lib.QuoteRows(v.table, from, from+winSize)
		if err != nil {
			if v.winErr == nil {
				v.winErr = err
				v.w.showError(err)
			}
			return nil
		}
		v.win, v.winAt = rows, from
	}
	if i-v.winAt >= len(v.win) {
		return nil
	}
	return &v.win[i-v.winAt]
}

// applyFilter keeps the rows whose columns contain every column filter.
// The filters need every quote of the status: they are read when the first
// filter is typed and dropped when the last is cleared.
func (v *reviewView) applyFilter() {
	var want [numCols]string
	on := false
	for c, e := range v.filters {
		if e != nil {
			want[c] = strings.ToLower(strings.TrimSpace(e.Text))
			on = on || want[c] != ""
		}
	}
	v.filtered = on
	if !on {
		v.all, v.rows = nil, nil
		v.afterFilter()
		return
	}
	if v.all == nil {
		all, err := v.w.lib.Quotes(app.QuoteFilter{Status: v.statusFilter()})
		if err != nil {
			v.w.showError(err)
			all = []app.QuoteRow{}
		}
		v.all = all
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
	v.afterFilter()
}

// afterFilter shows the new rows, keeping the selected position.
func (v *reviewView) afterFilter() {
	v.list.Refresh()
	if n := v.count(); n == 0 {
		v.sel = -1
		v.list.UnselectAll()
	} else if v.sel >= 0 {
		v.selectRow(min(v.sel, n-1))
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
			c.Add(container.NewBorder(nil, nil, container.NewCenter(container.NewGridWrap(fyne.NewSize(statusDot, statusDot), dot)), nil, l))
			continue
		}
		c.Add(l)
	}
	return c
}

func (v *reviewView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := v.row(id)
	if r == nil {
		r = &app.QuoteRow{}
	}
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
	if i < 0 || i >= v.count() {
		return
	}
	v.sel = i
	v.list.UnselectAll() // so OnSelected runs even when i was selected
	v.list.Select(i)
	v.list.ScrollTo(i)
}

// selected is the selected row, or nil.
func (v *reviewView) selected() *app.QuoteRow {
	return v.row(v.sel)
}

func (v *reviewView) keyPressed(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown:
		v.selectRow(min(v.sel+1, v.count()-1))
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
	case 'e', 'E':
		if r := v.selected(); r != nil {
			v.w.copyEmbed("quote", r.ID)
		}
	case 'p', 'P':
		if r := v.selected(); r != nil && r.SpeakerID != "" {
			v.w.open("person:" + r.SpeakerID)
		}
	}
}

// verdict confirms or rejects the selected quote and moves to the next.
func (v *reviewView) verdict(s app.QuoteStatus) {
	r := v.selected()
	if r == nil {
		if v.count() > 0 {
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
	if n := v.count(); n > 0 {
		v.selectRow(min(next, n-1))
	}
	v.focus()
}

// askSpeaker changes the selected quote's speaker: the people's names are
// filtered as the analyst types, and a name nobody has is asked about
// before it becomes a new person.
func (v *reviewView) askSpeaker() {
	if r := v.selected(); r != nil {
		v.w.askSpeaker(r.ID, r.Text, r.Speaker, v.focus)
	}
}

// askSpeaker changes a quote's speaker in a dialog: the people's names
// are filtered as the analyst types, and a name nobody has is asked about
// before it becomes a new person. done runs after the dialog, whatever
// the answer.
func (w *mainWindow) askSpeaker(id, text, speaker string, done func()) {
	var names []string
	if people, err := w.lib.People(); err == nil {
		for _, p := range people {
			names = append(names, p.Name)
		}
	}
	k := w.newDialogKeys()
	pick := k.picker(names, false)
	pick.entry.SetText(speaker)
	pick.entry.CursorColumn = len([]rune(speaker))
	pick.entry.SetPlaceHolder("Speaker (empty for unknown)")
	save := func(name string) {
		if err := w.setSpeaker(id, name); err != nil {
			w.showError(err)
		}
		if done != nil {
			done()
		}
	}
	k.form("Speaker", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Quote", wrapped("“"+shorten(text, 160)+"”")),
		widget.NewFormItem("Speaker", pick.obj),
	}, func() {
		// Going back from the question keeps the name as typed.
		typed := pick.text()
		w.confirmSpeaker(typed, save, func() { w.askSpeaker(id, text, typed, done) })
	}, done, fyne.NewSize(560, 420), pick.entry)
	// The suggested name is selected, so typing replaces it and an arrow
	// key keeps it to edit.
	pick.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}

func (v *reviewView) openSelected() {
	if r := v.selected(); r != nil {
		v.w.openQuote(r.ID)
	}
}

// reviewKeys is the line of keys under the table.
const reviewKeys = "Enter confirm · Backspace reject · S speaker · P speaker's page · O open in article · E copy embed · ↑ ↓ move"

// setStatus says something short where the keys are listed, until the
// selection moves; that line wraps, so a long message cannot widen the
// window.
func (v *reviewView) setStatus(msg string) { v.keys.SetText(msg) }

func (v *reviewView) updateInfo() {
	if v.keys != nil && v.keys.Text != reviewKeys {
		v.keys.SetText(reviewKeys)
	}
	n := v.count()
	if v.sel >= 0 && v.sel < n {
		v.info.SetText(fmt.Sprintf("%d of %d", v.sel+1, n))
		return
	}
	v.info.SetText(plural(n, "quote"))
}

// narrowTable is the table width below which columns make way for the quote.
const narrowTable = 620

// columnsLayout places objects side by side with the review columns' widths.
type columnsLayout struct{}

func (columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	// The date and status columns are as wide as what they show; the
	// others share the rest.
	cell := func(s string) float32 {
		return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding() + 3*theme.Padding()
	}
	fixed := map[int]float32{colDate: cell("0000-00-00"), colStatus: cell("suggested") + statusDot + theme.Padding()}
	// A narrow table (a 1024 px window) gives the quote the room: the
	// tags (also in the inspector) go.
	weights := colWeights
	if size.Width < narrowTable {
		fixed[colTags] = 0
		weights[colSpeaker], weights[colArticle] = 1.2, 1.2
	}
	var total float32
	free := size.Width
	for i := range objs {
		if w, ok := fixed[i%numCols]; ok {
			free -= w
			continue
		}
		total += weights[i%numCols]
	}
	free = max(free, 0)
	x := float32(0)
	for i, o := range objs {
		w, ok := fixed[i%numCols]
		if !ok {
			w = free * weights[i%numCols] / total
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		if w == 0 {
			o.Hide()
		} else if !o.Visible() {
			o.Show()
		}
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
