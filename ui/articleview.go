package ui

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// articleView is an article in the reader, with a find bar (Ctrl+F) and
// the single-key commands H (highlight), Q (quote), N (note), T (tag).
type articleView struct {
	w      *mainWindow
	id     string
	art    *app.Article
	anns   []app.Annotation
	quotes []app.QuoteRow

	reader   *Reader
	scroll   *container.Scroll
	status   *widget.Label
	find     *keyEntry
	findInfo *widget.Label
	findBar  *fyne.Container
	matches  [][2]int
	match    int
	jump     *Span  // a span to keep marked (search result, opened quote)
	last     string // the highlight just made, which N and T then work on
	obj      fyne.CanvasObject
}

func newArticleView(w *mainWindow, id string) (*articleView, error) {
	v := &articleView{w: w, id: id, reader: NewReader()}
	if err := v.load(); err != nil {
		return nil, err
	}
	v.reader.SetTextSize(w.textSize)
	v.reader.SetArticle(v.art, v.spans())
	v.scroll = container.NewVScroll(v.reader)
	v.scroll.OnScrolled = func(p fyne.Position) { v.reader.SetViewport(p.Y, v.scroll.Size().Height) }
	v.reader.OnHeightChanged = func() { v.scroll.Refresh() }
	v.reader.OnScrollTo = v.ensureVisible
	v.reader.OnTapSpan = v.tapSpan
	v.reader.OnCommand = v.command
	v.reader.OnSelect = v.selected
	v.reader.OnKey = func(ev *fyne.KeyEvent) { w.globalKey(ev) }
	v.reader.OnShortcut = func(s fyne.Shortcut) { w.typedShortcut(s) }
	v.reader.OnWheel = func(dy float32) { v.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, dy)}) }
	v.status = widget.NewLabel("")
	v.status.Importance = widget.LowImportance
	v.status.Truncation = fyne.TextTruncateEllipsis
	v.buildFindBar()
	watch := container.New(&sizeWatcher{onResize: func(s fyne.Size) {
		v.reader.SetViewport(v.scroll.Offset.Y, s.Height)
	}}, v.scroll)
	v.obj = container.NewBorder(v.findBar, v.status, nil, nil, watch)
	v.updateStatus()
	return v, nil
}

// load reads the article with its annotations and quotes.
func (v *articleView) load() error {
	a, err := v.w.lib.Article(v.id)
	if err != nil {
		return err
	}
	anns, err := articleAnnotations(v.w.lib, v.id)
	if err != nil {
		return err
	}
	qs, err := v.w.lib.Quotes(app.QuoteFilter{ArticleID: v.id})
	if err != nil {
		return err
	}
	v.art, v.anns, v.quotes = a, anns, qs
	return nil
}

// spans are what the reader paints: highlights, quotes, find matches.
func (v *articleView) spans() []Span {
	tagColors := tagColorMap(v.w.lib)
	var out []Span
	for _, a := range v.anns {
		if a.Orphaned() {
			continue
		}
		out = append(out, Span{ID: a.ID, Kind: SpanHighlight, Start: a.Selector.Start, End: a.Selector.End,
			Color: annotationColor(&a, tagColors), Noted: strings.TrimSpace(a.Note) != ""})
	}
	for _, q := range v.quotes {
		if q.Orphaned() || q.Status == app.QuoteRejected {
			continue
		}
		k := SpanQuote
		if q.Status == app.QuoteSuggested {
			k = SpanSuggested
		}
		out = append(out, Span{ID: q.ID, Kind: k, Start: q.Selector.Start, End: q.Selector.End})
	}
	for i, m := range v.matches {
		k := SpanMatch
		if i == v.match {
			k = SpanCurrent
		}
		out = append(out, Span{Kind: k, Start: m[0], End: m[1]})
	}
	if v.jump != nil {
		out = append(out, *v.jump)
	}
	return out
}

// annotationColor is the annotation's own colour, else its first tag's
// (nil: the default highlight colour).
func annotationColor(a *app.Annotation, tagColors map[string]string) color.Color {
	if c, ok := parseHexColor(a.Color); ok {
		return c
	}
	for _, t := range a.Tags {
		if c, ok := parseHexColor(tagColors[strings.ToLower(t)]); ok {
			return c
		}
	}
	return nil
}

func (v *articleView) key() string               { return "article:" + v.id }
func (v *articleView) title() string             { return shorten(v.art.Title, 28) }
func (v *articleView) object() fyne.CanvasObject { return v.obj }
func (v *articleView) focus()                    { v.w.win.Canvas().Focus(v.reader) }

// reload re-reads the article, keeping the scroll position and selection.
func (v *articleView) reload() {
	if err := v.load(); err != nil {
		return // deleted: the tab stays until closed
	}
	s, e := v.reader.Selection()
	off := v.scroll.Offset
	if old := v.reader.Article(); v.art.Text() != string(v.reader.text) || v.art.Title != old.Title ||
		articleMeta(v.art) != articleMeta(old) || v.art.Kicker != old.Kicker || !slices.Equal(v.art.Captions, old.Captions) {
		v.reader.SetArticle(v.art, v.spans())
		v.reader.Select(s, e)
	} else {
		v.reader.SetSpans(v.spans())
	}
	v.scroll.Offset = off
	v.scroll.Refresh()
	v.updateStatus()
	v.w.retitle(v)
}

func (v *articleView) inspect() { v.w.inspect.showArticle(v) }

func (v *articleView) updateStatus() {
	sugg := 0
	for _, q := range v.quotes {
		if q.Status == app.QuoteSuggested {
			sugg++
		}
	}
	words := len(strings.Fields(string(v.reader.text)))
	msg := fmt.Sprintf("%s · %s · %s (%d to review)", plural(words, "word"), plural(len(v.anns), "highlight"), plural(len(v.quotes), "quote"), sugg)
	if s, e := v.reader.Selection(); s != e {
		msg = fmt.Sprintf("Selected %d characters [%d–%d] · H highlight · Q quote · N note · T tag", e-s, s, e)
	}
	v.status.SetText(msg)
}

func (v *articleView) selected(s, e int) { v.updateStatus() }

// ensureVisible scrolls so that y (reader coordinates) is on screen.
func (v *articleView) ensureVisible(y float32) {
	off, h := v.scroll.Offset.Y, v.scroll.Size().Height
	switch {
	case y < off:
		off = y
	case y > off+h:
		off = y - h
	default:
		return
	}
	v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, off)))
	v.reader.SetViewport(v.scroll.Offset.Y, h)
}

// reveal scrolls the span [start, end) to the upper third of the view,
// selects it and keeps it marked.
func (v *articleView) reveal(start, end int) {
	v.jump = &Span{Kind: SpanCurrent, Start: start, End: end}
	v.reader.SetSpans(v.spans())
	v.reader.Select(start, end)
	y := v.reader.OffsetY(start)
	h := v.scroll.Size().Height
	v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-h/3)))
	v.reader.SetViewport(v.scroll.Offset.Y, h)
	v.focus()
}

// tapSpan shows a clicked highlight or quote in the inspector.
func (v *articleView) tapSpan(s Span) {
	switch s.Kind {
	case SpanHighlight:
		for i := range v.anns {
			if v.anns[i].ID == s.ID {
				v.w.inspect.showAnnotation(&v.anns[i])
				return
			}
		}
	case SpanQuote, SpanSuggested:
		for i := range v.quotes {
			if v.quotes[i].ID == s.ID {
				v.w.inspect.showQuote(&v.quotes[i].Quote)
				return
			}
		}
	}
}

// command runs a single-key command on the selection. With nothing
// selected, N and T work on the highlight at the caret (the one H just
// made, say).
func (v *articleView) command(c rune) {
	s, e := v.reader.Selection()
	if s == e {
		if a := v.highlightAtCaret(); a != nil && (c == 'N' || c == 'T') {
			if c == 'N' {
				v.askNoteFor(a)
			} else {
				v.askTagsFor(a)
			}
			return
		}
		v.status.SetText("Select some text first (drag, or Shift+arrows), then press " + string(c) + ".")
		return
	}
	switch c {
	case 'H':
		v.annotate(s, e, "", nil)
	case 'Q':
		v.askQuote(s, e)
	case 'N':
		v.askNote(s, e)
	case 'T':
		v.askTags(s, e)
	}
}

// highlightAtCaret is the highlight just made when the caret is still at
// its end, else the shortest highlight holding the caret.
func (v *articleView) highlightAtCaret() *app.Annotation {
	_, caret := v.reader.Selection()
	var best *app.Annotation
	for i := range v.anns {
		a := &v.anns[i]
		if a.Orphaned() || caret < a.Selector.Start || caret > a.Selector.End {
			continue
		}
		if a.ID == v.last && caret == a.Selector.End {
			return a
		}
		if caret == a.Selector.End {
			continue // only the highlight just made counts from its end
		}
		if best == nil || a.Selector.End-a.Selector.Start < best.Selector.End-best.Selector.Start {
			best = a
		}
	}
	return best
}

// setStatus shows a message in the status line.
func (v *articleView) setStatus(msg string) { v.status.SetText(msg) }

// annotate stores a highlight on [s, e) and shows it in the inspector.
func (v *articleView) annotate(s, e int, note string, tags []string) {
	var a *app.Annotation
	label := "highlight"
	switch {
	case note != "":
		label = "note"
	case len(tags) > 0:
		label = "tags"
	}
	err := v.w.track(label, app.SnapshotRefs{}, func() (app.SnapshotRefs, error) {
		var err error
		a, err = addAnnotation(v.w.ctx, v.w.lib, v.id, s, e, note, tags)
		if err != nil {
			return app.SnapshotRefs{}, err
		}
		return app.SnapshotRefs{Annotations: []string{a.ID}}, nil
	})
	if err != nil {
		v.w.showError(err)
		return
	}
	v.last = a.ID
	v.reader.Select(e, e)
	v.w.changed()
	v.w.inspect.showAnnotation(a)
	v.focus()
	v.status.SetText("Highlighted · N note · T tags · Ctrl+Z undo")
}

// editAnnotation changes a highlight's note, tags or colour on the undo
// stack.
func (w *mainWindow) editAnnotation(id, label string, note *string, tags []string, color *string) (*app.Annotation, error) {
	var a *app.Annotation
	err := w.track(label, app.SnapshotRefs{Annotations: []string{id}}, func() (app.SnapshotRefs, error) {
		var err error
		a, err = updateAnnotation(w.ctx, w.lib, id, note, tags, color)
		return app.SnapshotRefs{}, err
	})
	return a, err
}

// askQuote marks [s, e) as a quote, with a speaker picker that lists the
// article's people first.
func (v *articleView) askQuote(s, e int) { v.askQuoteAs(s, e, nil) }

// askQuoteAs is askQuote with the speaker typed before (nil: the nearest
// quote's speaker).
func (v *articleView) askQuoteAs(s, e int, typed *string) {
	k := v.w.newDialogKeys()
	pick := k.picker(v.articlePeople(), false)
	pick.entry.SetPlaceHolder("Speaker (a name; empty for unknown)")
	sp := v.nearestSpeaker(s)
	if typed != nil {
		sp = *typed
	}
	if sp != "" {
		pick.entry.SetText(sp)
		pick.entry.CursorColumn = len([]rune(sp))
	}
	text := widget.NewLabel("“" + shorten(string(v.reader.text[s:e]), 200) + "”")
	text.Wrapping = fyne.TextWrapWord
	save := func(name string) {
		var q *app.Quote
		err := v.w.track("quote", app.SnapshotRefs{People: v.w.personIDs(name)}, func() (app.SnapshotRefs, error) {
			var err error
			q, err = v.w.lib.AddQuote(v.id, s, e, name)
			if err != nil {
				return app.SnapshotRefs{}, err
			}
			return app.SnapshotRefs{Quotes: []string{q.ID}, People: nonEmpty(q.SpeakerID)}, nil
		})
		if err != nil {
			v.w.showError(err)
			return
		}
		v.reader.Select(e, e)
		v.w.changed()
		v.w.inspect.showQuote(q)
		v.focus()
	}
	k.form("Mark as quote", "Save quote", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Quote", text), widget.NewFormItem("Speaker", pick.obj)},
		func() {
			typed := pick.text()
			v.w.confirmSpeaker(typed, save, func() { v.askQuoteAs(s, e, &typed) })
		}, v.focus,
		fyne.NewSize(560, 420), pick.entry)
}

// personIDs is the ID of the person called name, if there is one, for an
// undo snapshot.
func (w *mainWindow) personIDs(name string) []string {
	if strings.TrimSpace(name) == "" {
		return nil
	}
	if p, err := w.lib.ResolvePerson(name); err == nil {
		return []string{p.ID}
	}
	return nil
}

// confirmSpeaker runs use(name) when name is empty or a person's name or
// alias; otherwise it asks first whether to create a new person, and runs
// back (the dialog again) when the analyst says no: a typo must not
// become a person.
func (w *mainWindow) confirmSpeaker(name string, use func(string), back func()) {
	if name == "" || len(w.personIDs(name)) > 0 {
		use(name)
		return
	}
	k := w.newDialogKeys()
	msg := wrapped("Nobody in the library is called “" + name + "”. Create a new person page for " + name + "?")
	d := dialog.NewCustomConfirm("New person?", "Create "+shorten(name, 30), "Go back", msg, func(ok bool) {
		if ok {
			use(name)
		} else if back != nil {
			back()
		}
	}, w.win)
	d.Resize(fyne.NewSize(460, 200))
	k.show(d, d.Confirm, nil)
}

// articlePeople are the speakers of the article's quotes, then everyone
// else in the library.
func (v *articleView) articlePeople() []string {
	seen := map[string]bool{}
	var out []string
	for _, q := range v.quotes {
		if q.Speaker != "" && !seen[q.Speaker] {
			seen[q.Speaker] = true
			out = append(out, q.Speaker)
		}
	}
	if people, err := v.w.lib.People(); err == nil {
		for _, p := range people {
			if !seen[p.Name] {
				seen[p.Name] = true
				out = append(out, p.Name)
			}
		}
	}
	return out
}

// nearestSpeaker is the speaker of the quote closest to offset off.
func (v *articleView) nearestSpeaker(off int) string {
	best, dist := "", -1
	for _, q := range v.quotes {
		if q.Speaker == "" {
			continue
		}
		d := abs(q.Selector.Start - off)
		if dist < 0 || d < dist {
			best, dist = q.Speaker, d
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// askNote highlights [s, e) with a note.
func (v *articleView) askNote(s, e int) {
	k := v.w.newDialogKeys()
	note := noteField(k, "")
	k.form("Add a note", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Note", note),
		widget.NewFormItem("", hint("Enter saves · Shift+Enter starts a new line"))},
		func() { v.annotate(s, e, note.Text, nil) }, nil, fyne.NewSize(520, 320), note)
}

// askNoteFor edits the note of an existing highlight.
func (v *articleView) askNoteFor(a *app.Annotation) {
	k := v.w.newDialogKeys()
	note := noteField(k, a.Note)
	id := a.ID
	k.form("Note on the highlight", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Highlight", wrapped("“"+shorten(a.Selector.Exact, 160)+"”")),
		widget.NewFormItem("Note", note),
		widget.NewFormItem("", hint("Enter saves · Shift+Enter starts a new line"))},
		func() {
			n := note.Text
			upd, err := v.w.editAnnotation(id, "note", &n, nil, nil)
			if err != nil {
				v.w.showError(err)
				return
			}
			v.w.changed()
			v.w.inspect.showAnnotation(upd)
		}, nil, fyne.NewSize(520, 360), note)
}

func noteField(k *dialogKeys, text string) *keyEntry {
	note := k.multiLineEntry()
	note.SetPlaceHolder("Note (Markdown)")
	note.SetMinRowsVisible(5)
	note.SetText(text)
	return note
}

// askTags highlights [s, e) with tags.
func (v *articleView) askTags(s, e int) {
	k := v.w.newDialogKeys()
	tags := k.picker(tagNames(v.w.lib), true)
	tags.entry.SetPlaceHolder("actor/DPRK, topic/sanctions")
	k.form("Tag the selection", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Tags", tags.obj)},
		func() { v.annotate(s, e, "", splitTags(tags.entry.Text)) }, nil, fyne.NewSize(480, 360), tags.entry)
}

// askTagsFor adds tags to an existing highlight.
func (v *articleView) askTagsFor(a *app.Annotation) {
	k := v.w.newDialogKeys()
	tags := k.picker(tagNames(v.w.lib), true)
	if len(a.Tags) > 0 {
		t := strings.Join(a.Tags, ", ") + ", "
		tags.entry.SetText(t)
		tags.entry.CursorColumn = len([]rune(t))
	}
	id := a.ID
	k.form("Tags of the highlight", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Tags", tags.obj)},
		func() {
			upd, err := v.w.editAnnotation(id, "tags", nil, orEmptySlice(splitTags(tags.entry.Text)), nil)
			if err != nil {
				v.w.showError(err)
				return
			}
			v.w.changed()
			v.w.inspect.showAnnotation(upd)
		}, nil, fyne.NewSize(480, 360), tags.entry)
}

// splitTags reads a comma-separated tag list.
func splitTags(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func (v *articleView) buildFindBar() {
	v.find = &keyEntry{}
	v.find.ExtendBaseWidget(v.find)
	v.find.SetPlaceHolder("Find in article")
	v.find.OnChanged = func(q string) { v.runFind(q) }
	// Enter / Shift+Enter: next / previous match; Escape closes the bar.
	v.find.onKey = func(ev *fyne.KeyEvent) bool {
		switch ev.Name {
		case fyne.KeyEscape:
			v.hideFind()
		case fyne.KeyReturn, fyne.KeyEnter:
			if v.find.shift {
				v.nextMatch(-1)
			} else {
				v.nextMatch(1)
			}
		default:
			return false
		}
		return true
	}
	v.findInfo = widget.NewLabel("")
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { v.nextMatch(-1) })
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { v.nextMatch(1) })
	closeB := widget.NewButtonWithIcon("", theme.CancelIcon(), v.hideFind)
	v.findBar = container.NewBorder(nil, nil, nil, container.NewHBox(v.findInfo, prev, next, closeB), v.find)
	v.findBar.Hide()
}

func (v *articleView) showFind() {
	v.findBar.Show()
	v.obj.Refresh()
	v.w.win.Canvas().Focus(v.find)
	if v.find.Text != "" {
		v.runFind(v.find.Text)
	}
}

func (v *articleView) hideFind() {
	v.findBar.Hide()
	v.matches, v.match = nil, 0
	v.reader.SetSpans(v.spans())
	v.obj.Refresh()
	v.focus()
}

// runFind marks every match of q in the article and shows the first one
// after the top of the view.
func (v *articleView) runFind(q string) {
	v.matches = findInArticle(string(v.reader.text), q)
	v.match = 0
	top := v.scroll.Offset.Y
	for i, m := range v.matches {
		if v.reader.OffsetY(m[0]) >= top {
			v.match = i
			break
		}
	}
	v.showMatch()
}

func (v *articleView) nextMatch(d int) {
	if len(v.matches) == 0 {
		return
	}
	v.match = (v.match + d + len(v.matches)) % len(v.matches)
	v.showMatch()
}

func (v *articleView) showMatch() {
	v.reader.SetSpans(v.spans())
	switch {
	case strings.TrimSpace(v.find.Text) == "":
		v.findInfo.SetText("")
	case len(v.matches) == 0:
		v.findInfo.SetText("No matches")
	default:
		v.findInfo.SetText(fmt.Sprintf("%d of %d", v.match+1, len(v.matches)))
		m := v.matches[v.match]
		y := v.reader.OffsetY(m[0])
		if off, h := v.scroll.Offset.Y, v.scroll.Size().Height; y < off || y > off+h-40 {
			v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-h/3)))
			v.reader.SetViewport(v.scroll.Offset.Y, h)
		}
	}
}

// sizeWatcher is a layout that fills its objects and reports its size.
type sizeWatcher struct {
	onResize func(fyne.Size)
	last     fyne.Size
}

func (s *sizeWatcher) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size != s.last {
		s.last = size
		s.onResize(size)
	}
}

func (s *sizeWatcher) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m
}

// shorten cuts s to n characters with an ellipsis.
func shorten(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
