package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// inspector is the right-hand panel: details of the selected highlight,
// quote or page, editable in place.
type inspector struct {
	w     *mainWindow
	head  *widget.Label
	box   *fyne.Container
	obj   fyne.CanvasObject
	what  string // "annotation:ID", "quote:ID", "page:kind/id" or ""
	quote *app.Quote
}

func newInspector(w *mainWindow) *inspector {
	in := &inspector{w: w, head: widget.NewLabelWithStyle("Inspector", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		box: container.NewVBox()}
	// The panel keeps its width whatever it shows: a long name or button
	// must not push the split and make the whole window jump.
	in.obj = container.New(&fixedMinWidth{width: inspectorMinWidth},
		container.NewBorder(in.head, nil, nil, nil, container.NewVScroll(in.box)))
	in.clear()
	return in
}

func (in *inspector) object() fyne.CanvasObject { return in.obj }

func (in *inspector) set(what, head string, objs ...fyne.CanvasObject) {
	in.what = what
	in.head.SetText(head)
	in.box.Objects = objs
	in.box.Refresh()
}

func (in *inspector) clear() {
	in.quote = nil
	in.set("", "Inspector", hint("Select a highlight or a quote in an article to see it here. Select text and press H to highlight, Q to mark a quote, N to add a note, T to tag it."))
}

// hint is a small wrapped grey text.
func hint(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return l
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func heading(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// showAnnotation shows a highlight: its text, note, tags and colour.
func (in *inspector) showAnnotation(a *app.Annotation) {
	in.quote = nil
	note := widget.NewMultiLineEntry()
	note.SetText(a.Note)
	note.SetPlaceHolder("Note (Markdown)")
	note.SetMinRowsVisible(4)
	note.Wrapping = fyne.TextWrapWord
	tags := widget.NewEntry()
	tags.SetText(strings.Join(a.Tags, ", "))
	tags.SetPlaceHolder("tags, comma separated")
	names, hexes := colorChoices(a.Color)
	col := widget.NewSelect(names, nil)
	for i, h := range hexes {
		if h == a.Color {
			col.SetSelected(names[i])
		}
	}
	id := a.ID
	saveFn := func() {
		n, c := note.Text, ""
		for i, name := range names {
			if name == col.Selected {
				c = hexes[i]
			}
		}
		upd, err := in.w.editAnnotation(id, "highlight edit", &n, splitTags(tags.Text), &c)
		if err != nil {
			in.w.showError(err)
			return
		}
		in.w.changed()
		in.showAnnotation(upd)
	}
	tags.OnSubmitted = func(string) { saveFn() }
	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), saveFn)
	save.Importance = widget.HighImportance
	del := widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), func() {
		err := in.w.track("delete highlight", app.SnapshotRefs{Annotations: []string{id}}, func() (app.SnapshotRefs, error) {
			return app.SnapshotRefs{}, deleteAnnotation(in.w.ctx, in.w.lib, id)
		})
		if err != nil {
			in.w.showError(err)
			return
		}
		in.clear()
		in.w.changed()
	})
	state := "Attached"
	switch {
	case a.Orphaned():
		state = "Orphaned: its text is no longer in the article"
	case a.NeedsReview():
		state = "Re-attached to changed text: check it"
	}
	objs := []fyne.CanvasObject{
		wrapped("“" + a.Selector.Exact + "”"),
		hint(fmt.Sprintf("Characters %d–%d · %s", a.Selector.Start, a.Selector.End, state)),
		heading("Note"), note,
		heading("Tags"), tags, hint("Enter saves"),
		heading("Colour"), col,
		container.NewGridWithColumns(2, save, del),
	}
	if a.Orphaned() {
		objs = append(objs, orphanHelp(a.Selector.Prefix, a.Selector.Suffix),
			widget.NewButton("Re-attach to the selection", func() { in.w.reattach(id) }))
	} else {
		aid, s, e := a.ArticleID, a.Selector.Start, a.Selector.End
		objs = append(objs, widget.NewButton("Show in article", func() { in.w.openSpan(aid, s, e) }))
	}
	objs = append(objs, widget.NewButton("Copy embed for a note", func() { in.w.copyEmbed("annotation", id) }))
	in.set("annotation:"+a.ID, "Highlight", objs...)
}

// orphanHelp tells how to re-attach an orphan, with the words that were
// around it to help find its new place.
func orphanHelp(prefix, suffix string) fyne.CanvasObject {
	msg := "Its words are gone from the article. Select the text it belongs to in the reader, then re-attach it; or delete it."
	if prefix != "" || suffix != "" {
		msg += "\nIt stood between “…" + shorten(prefix, 60) + "” and “" + shorten(suffix, 60) + "…”."
	}
	return hint(msg)
}

// showQuote shows a quote with its review actions.
func (in *inspector) showQuote(q *app.Quote) {
	in.quote = q
	id := q.ID
	speaker := widget.NewLabel(orDash(q.Speaker))
	speaker.Truncation = fyne.TextTruncateEllipsis
	text, current := q.Text, q.Speaker
	setSpeaker := widget.NewButton("Change…", func() {
		in.w.askSpeaker(id, text, current, func() { in.refreshQuote(id) })
	})
	confirm := widget.NewButtonWithIcon("Confirm", theme.ConfirmIcon(), func() { in.w.setQuoteStatus(id, app.QuoteConfirmed) })
	confirm.Importance = widget.HighImportance
	reject := widget.NewButtonWithIcon("Reject", theme.CancelIcon(), func() { in.w.setQuoteStatus(id, app.QuoteRejected) })
	note := widget.NewMultiLineEntry()
	note.SetText(q.Note)
	note.SetMinRowsVisible(3)
	note.Wrapping = fyne.TextWrapWord
	tags := widget.NewEntry()
	tags.SetText(strings.Join(q.Tags, ", "))
	saveFn := func() {
		n := note.Text
		err := in.w.track("quote note and tags", app.SnapshotRefs{Quotes: []string{id}}, func() (app.SnapshotRefs, error) {
			_, err := in.w.lib.UpdateQuote(id, app.QuoteEdit{Note: &n, Tags: orEmptySlice(splitTags(tags.Text))})
			return app.SnapshotRefs{}, err
		})
		if err != nil {
			in.w.showError(err)
			return
		}
		in.w.changed()
		in.refreshQuote(id)
	}
	tags.OnSubmitted = func(string) { saveFn() }
	save := widget.NewButtonWithIcon("Save note and tags", theme.DocumentSaveIcon(), saveFn)
	aid, s, e := q.ArticleID, q.Selector.Start, q.Selector.End
	objs := []fyne.CanvasObject{
		in.quoteInContext(q),
		hint(fmt.Sprintf("%s quote · %s · characters %d–%d", orDash(q.Kind), q.Status, s, e)),
	}
	if q.Orphaned() {
		objs = append(objs, orphanHelp(q.Selector.Prefix, q.Selector.Suffix),
			widget.NewButton("Re-attach to the selection", func() { in.w.reattach(id) }))
	}
	objs = append(objs, heading("Speaker"), container.NewBorder(nil, nil, nil, setSpeaker, speaker))
	if q.Affiliation != "" {
		objs = append(objs, hint(q.Affiliation))
	}
	del := widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), func() {
		d := dialog.NewConfirm("Delete quote", "Delete this quote? The finder will not suggest it again.", func(ok bool) {
			if ok {
				in.w.deleteQuote(id)
			}
		}, in.w.win)
		in.w.newDialogKeys().show(d, d.Confirm, nil)
	})
	objs = append(objs, container.NewGridWithColumns(3, confirm, reject, del),
		heading("Note"), note, heading("Tags"), tags, save)
	if !q.Orphaned() {
		objs = append(objs, widget.NewButton("Show in article", func() { in.w.openSpan(aid, s, e) }))
	}
	if q.SpeakerID != "" {
		pid := q.SpeakerID
		objs = append(objs, widget.NewButton(shorten("Open "+q.Speaker+"’s page", inspectorLabel), func() { in.w.open("person:" + pid) }))
	}
	objs = append(objs, widget.NewButton("Copy embed for a note", func() { in.w.copyEmbed("quote", id) }))
	in.set("quote:"+q.ID, "Quote", objs...)
}

// inspectorMinWidth is the inspector's width at its narrowest.
const inspectorMinWidth = 300

// inspectorLabel is the most characters a button in the inspector shows,
// so that it fits the panel at its narrowest (a button cannot wrap).
const inspectorLabel = 30

// fixedMinWidth lays its objects over its whole size and asks for a fixed
// width, whatever theirs: the inspector's split stays where it is put.
type fixedMinWidth struct{ width float32 }

func (f *fixedMinWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (f *fixedMinWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(f.width, h)
}

// quoteInContext is the quote in bold within the sentence before it and
// the rest of its own sentence after it, so the analyst can judge the
// speaker without opening the article.
func (in *inspector) quoteInContext(q *app.Quote) fyne.CanvasObject {
	before, after := "", ""
	if !q.Orphaned() {
		if a, err := in.w.lib.Article(q.ArticleID); err == nil {
			before, after = sentenceContext([]rune(a.Text()), q.Selector.Start, q.Selector.End)
		}
	}
	grey := widget.RichTextStyleInline
	grey.ColorName = theme.ColorNamePlaceHolder
	// A flowText: Fyne's rich text can wrap the quote one letter per line
	// when it starts near the end of a line.
	runs := []flowRun{{text: before, style: grey}, {text: q.Text, style: widget.RichTextStyleStrong}, {text: after, style: grey}}
	return newFlowText(runs, nil)
}

// sentenceContext is the text from the start of the sentence before
// [start, end) up to start, and from end to the end of the sentence that
// holds end, within the paragraph.
func sentenceContext(text []rune, start, end int) (before, after string) {
	start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
	isEnd := func(i int) bool { // a sentence ends after text[i]
		c := text[i]
		return (c == '.' || c == '?' || c == '!') && (i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '”' || text[i+1] == '"')
	}
	// Back: past one sentence end (the previous sentence), stopping at a paragraph.
	b, ends := start, 0
	for b > 0 && text[b-1] != '\n' {
		if isEnd(b - 1) {
			ends++
			if ends == 2 {
				break
			}
		}
		b--
	}
	// Forward: to the end of the sentence holding the quote's end.
	e := end
	for e < len(text) && text[e] != '\n' {
		if e > end && isEnd(e-1) {
			break
		}
		e++
	}
	for e < len(text) && (text[e] == '”' || text[e] == '"') {
		e++
	}
	const most = 400 // a run-on paragraph is cut
	if start-b > most {
		b = start - most
	}
	if e-end > most {
		e = end + most
	}
	before, after = strings.TrimLeft(string(text[b:start]), " "), strings.TrimRight(string(text[end:e]), " ")
	if b > 0 && text[b-1] != '\n' && ends < 2 {
		before = "…" + before
	}
	return before, after
}

// colorChoices are the highlight colours by name, "Default" first; a
// colour of the highlight's own that has no name is offered as it is.
func colorChoices(own string) (names, hexes []string) {
	names, hexes = []string{"Default"}, []string{""}
	known := own == ""
	for _, c := range app.HighlightColors() {
		names = append(names, strings.ToUpper(c.Name[:1])+c.Name[1:])
		hexes = append(hexes, c.Hex)
		known = known || c.Hex == own
	}
	if !known {
		names, hexes = append(names, "Custom "+own), append(hexes, own)
	}
	return names, hexes
}

func (in *inspector) refreshQuote(id string) {
	if q, err := in.w.lib.Quote(id); err == nil {
		in.showQuote(q)
	}
}

func orEmptySlice(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// showArticle shows an article's details, links and backlinks.
func (in *inspector) showArticle(v *articleView) {
	in.quote = nil
	a := v.art
	objs := []fyne.CanvasObject{wrapped(a.Title)}
	meta := []string{}
	for _, f := range [][2]string{{"Kicker", a.Kicker}, {"Source", a.Source}, {"Author", a.Author}, {"Dateline", a.Dateline}, {"URL", a.URL}, {"File", a.Origin}} {
		if f[1] != "" {
			meta = append(meta, f[0]+": "+f[1])
		}
	}
	if !a.Published.IsZero() {
		meta = append(meta, "Published: "+a.Published.Format("2 January 2006"))
	}
	meta = append(meta, fmt.Sprintf("Revision %d", a.Revision))
	objs = append(objs, hint(strings.Join(meta, "\n")))
	if len(a.Tags) > 0 {
		objs = append(objs, heading("Tags"), wrapped(strings.Join(a.Tags, ", ")))
	}
	in.set("page:article/"+a.ID, "Article", objs...)
	in.addLinksLater(a.Title)
}

// linkSection lists a page's outgoing links, backlinks and unlinked
// mentions, each opening its page.
func (in *inspector) linkSection(title string) []fyne.CanvasObject {
	links, mentions := loadLinks(in.w.ctx, in.w.lib, title)
	return in.linkObjects(title, links, mentions)
}

// addLinksLater reads a page's links off the UI goroutine and appends them
// to the inspector if it still shows the same thing.
func (in *inspector) addLinksLater(title string) {
	what, lib := in.what, in.w.lib
	in.w.goBG(func() {
		links, mentions := loadLinks(in.w.ctx, lib, title)
		fyne.Do(func() {
			if in.what != what || in.w.lib != lib {
				return
			}
			for _, o := range in.linkObjects(title, links, mentions) {
				in.box.Add(o)
			}
		})
	})
}

func loadLinks(ctx context.Context, lib *app.Library, title string) (*app.PageLinks, []app.Mention) {
	links, err := lib.Links(title)
	if err != nil {
		return nil, nil
	}
	mentions, _ := lib.UnlinkedMentions(ctx, title)
	return links, mentions
}

func (in *inspector) linkObjects(title string, links *app.PageLinks, mentions []app.Mention) []fyne.CanvasObject {
	if links == nil {
		return nil
	}
	lib := in.w.lib
	var objs []fyne.CanvasObject
	if len(links.Outgoing)+len(links.Backlinks) > 0 {
		g := NewLinkGraph()
		g.SetLinks(links, title)
		g.OnTap = func(n GraphNode) { in.w.openRef(n.Ref, n.Title) }
		objs = append(objs, heading("Link graph"), g)
	}
	if len(links.Outgoing) > 0 {
		objs = append(objs, heading(fmt.Sprintf("Links (%d)", len(links.Outgoing))))
		for _, l := range links.Outgoing {
			if l.Embed {
				continue
			}
			label := l.Target
			if !l.Exists {
				label += " (new page)"
			}
			ref, target := l.Page, l.Target
			objs = append(objs, widget.NewButton(shorten(label, inspectorLabel), func() { in.w.openRef(ref, target) }))
		}
	}
	objs = append(objs, heading(fmt.Sprintf("Backlinks (%d)", len(links.Backlinks))))
	if len(links.Backlinks) == 0 {
		objs = append(objs, hint("No page links here yet. Link to it with [["+title+"]]."))
	}
	for _, b := range links.Backlinks {
		ref := b.Source
		btn := widget.NewButton(shorten(b.Source.Title, inspectorLabel), func() { in.w.openRef(ref, "") })
		btn.Alignment = widget.ButtonAlignLeading
		objs = append(objs, btn, hint(b.Context))
	}
	if len(mentions) > 0 {
		objs = append(objs, heading(fmt.Sprintf("Unlinked mentions (%d)", len(mentions))))
		for _, m := range mentions {
			link := widget.NewButton("Link", func() {
				if err := lib.LinkMention(in.w.ctx, m, title); err != nil {
					in.w.showError(err)
					return
				}
				in.w.changed()
			})
			open := widget.NewButton(shorten(m.Source.Title, inspectorLabel), func() { in.w.openRef(m.Source, "") })
			open.Alignment = widget.ButtonAlignLeading
			objs = append(objs, container.NewBorder(nil, nil, nil, link, open), hint(m.Context))
		}
	}
	return objs
}
