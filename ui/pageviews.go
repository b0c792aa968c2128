package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// rowList is a list of two-line rows (title, detail) that open on click.
type rowList struct {
	rows []sideItem
	open func(sideItem)
	list *widget.List
}

func newRowList(open func(sideItem)) *rowList {
	r := &rowList{open: open}
	r.list = widget.NewList(func() int { return len(r.rows) },
		func() fyne.CanvasObject {
			t := widget.NewLabel("")
			t.Wrapping = fyne.TextWrapWord
			d := widget.NewLabel("")
			d.Importance = widget.LowImportance
			d.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, d, nil, nil, t)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(r.rows) {
				return
			}
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(shorten(r.rows[id].title, 300))
			c.Objects[1].(*widget.Label).SetText(r.rows[id].detail)
			r.list.SetItemHeight(id, o.MinSize().Height)
		})
	r.list.OnSelected = func(id widget.ListItemID) {
		if id < len(r.rows) {
			r.open(r.rows[id])
		}
		r.list.UnselectAll()
	}
	return r
}

func (r *rowList) set(rows []sideItem) {
	r.rows = rows
	r.list.Refresh()
}

// personView is a person's page: names, affiliations, every quote
// attributed to them, and the analyst's own Markdown about them.
type personView struct {
	w      *mainWindow
	id     string
	pg     *app.PersonPage
	head   *widget.Label
	kind   *widget.Select
	meta   *widget.Label
	quotes *rowList
	times  *Timeline
	text   *pageEntry
	obj    fyne.CanvasObject
}

func newPersonView(w *mainWindow, id string) (*personView, error) {
	v := &personView{w: w, id: id}
	v.head = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.meta = hint("")
	v.quotes = newRowList(func(it sideItem) { w.openQuote(strings.TrimPrefix(it.key, "quote:")) })
	v.times = NewTimeline()
	v.times.OnTap = w.openQuote
	v.text = newPageEntry(v.savePage)
	v.text.SetPlaceHolder("Your notes on this person (Markdown, [[links]] welcome; Ctrl+S saves, so does leaving)")
	v.text.SetMinRowsVisible(5)
	save := widget.NewButtonWithIcon("Save page", theme.DocumentSaveIcon(), v.savePage)
	rename := widget.NewButton("Rename…", v.askRename)
	merge := widget.NewButton("Merge into…", v.askMerge)
	split := widget.NewButton("Split…", v.askSplit)
	// What the page stands for: the quote finder sets it for the speakers
	// it creates; the analyst corrects it here.
	v.kind = widget.NewSelect(speakerKindLabels(), func(label string) {
		k := speakerKindOf(label)
		if v.pg == nil || v.pg.Person.Kind == k {
			return // being shown, not chosen
		}
		if _, err := w.lib.SetPersonKind(v.id, k); err != nil {
			w.showError(err)
			return
		}
		w.changed()
	})
	// as wide as its longest choice, which a Select does not ask for
	kindW := fyne.MeasureText(speakerKindLabel(app.SpeakerDescribed), theme.TextSize(), fyne.TextStyle{}).Width +
		2*theme.InnerPadding() + theme.IconInlineSize() + 2*theme.Padding()
	kind := container.NewGridWrap(fyne.NewSize(kindW, v.kind.MinSize().Height), v.kind)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(kind, rename, merge, split), v.head), v.meta,
		heading("Timeline"), v.times)
	bottom := container.NewVBox(heading("Page"), v.text, save)
	v.obj = container.NewBorder(top, bottom, nil, nil, container.NewBorder(heading("Quotes"), nil, nil, nil, v.quotes.list))
	if err := v.load(); err != nil {
		return nil, err
	}
	v.text.SetText(v.pg.Person.Page)
	return v, nil
}

// speakerKindLabels are the choices of a person page's kind.
func speakerKindLabels() []string {
	return []string{speakerKindLabel(app.SpeakerPerson), speakerKindLabel(app.SpeakerOrganisation), speakerKindLabel(app.SpeakerDescribed)}
}

func speakerKindLabel(k app.SpeakerKind) string {
	if l := k.Label(); l != "" {
		return l
	}
	return "Person"
}

func speakerKindOf(label string) app.SpeakerKind {
	for _, k := range []app.SpeakerKind{app.SpeakerOrganisation, app.SpeakerDescribed} {
		if k.Label() == label {
			return k
		}
	}
	return app.SpeakerPerson
}

func (v *personView) load() error {
	pg, err := v.w.lib.Person(v.id)
	if err != nil {
		return err
	}
	v.pg = pg
	p := pg.Person
	v.head.SetText(p.Name)
	v.kind.SetSelected(speakerKindLabel(p.Kind))
	var meta []string
	if len(p.Aliases) > 0 {
		meta = append(meta, "Also: "+strings.Join(p.Aliases, ", "))
	}
	if len(p.Affiliations) > 0 {
		meta = append(meta, strings.Join(p.Affiliations, "; "))
	}
	meta = append(meta, fmt.Sprintf("%s: %d confirmed, %d to review, %d rejected",
		plural(pg.Counts.Total, "quote"), pg.Counts.Confirmed, pg.Counts.Suggested, pg.Counts.Rejected))
	v.meta.SetText(strings.Join(meta, "\n"))
	var rows []sideItem
	var times []TimelineItem
	for _, q := range pg.Quotes {
		d := strings.Join(nonEmpty(string(q.Status), q.ArticleTitle), " · ")
		rows = append(rows, newSideItem("quote:"+q.ID, "“"+q.Text+"”", d))
		times = append(times, TimelineItem{ID: q.ID, When: q.Published, Status: q.Status, Label: "“" + q.Text + "”"})
	}
	v.quotes.set(rows)
	v.times.SetItems(times)
	return nil
}

func (v *personView) key() string               { return "person:" + v.id }
func (v *personView) title() string             { return shorten(v.pg.Person.Name, 28) }
func (v *personView) object() fyne.CanvasObject { return v.obj }
func (v *personView) focus()                    { v.w.win.Canvas().Focus(v.quotes.list) }
func (v *personView) reload() {
	if v.load() == nil {
		v.w.retitle(v)
	}
}

// close saves what was typed on the page (closing the tab, Ctrl+Q).
func (v *personView) close() { v.savePage() }

// savePage stores the page's text when it changed.
func (v *personView) savePage() {
	if v.pg == nil || v.text.Text == v.pg.Person.Page {
		return
	}
	text := v.text.Text
	if err := v.w.lib.SetPageText(v.w.ctx, app.PageRef{Kind: app.TypePerson, ID: v.id}, text); err != nil {
		v.w.showError(err)
		return
	}
	v.pg.Person.Page = text
	v.w.changed()
}

// pageEntry is the text of a person's page. It used to be a plain
// multi-line entry: Tab typed a tab, so the keys could not leave it for
// Save page, and what was typed was lost when the tab closed unsaved.
// Here Tab moves on, Ctrl+S saves, and leaving the field saves.
type pageEntry struct {
	widget.Entry
	save func()
}

func newPageEntry(save func()) *pageEntry {
	e := &pageEntry{save: save}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab is false: Tab moves the keys on.
func (e *pageEntry) AcceptsTab() bool { return false }

func (e *pageEntry) FocusLost() {
	e.Entry.FocusLost()
	e.save()
}

func (e *pageEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.KeyName == fyne.KeyS && cs.Modifier == fyne.KeyModifierShortcutDefault {
		e.save()
		return
	}
	e.Entry.TypedShortcut(s)
}

func (v *personView) inspect() {
	p := v.pg.Person
	objs := []fyne.CanvasObject{wrapped(p.Name)}
	objs = append(objs, v.w.inspect.linkSection(p.Name)...)
	v.w.inspect.set("page:person/"+p.ID, "Person", objs...)
}

func (v *personView) askRename() {
	k := v.w.newDialogKeys()
	name := k.entry()
	name.SetText(v.pg.Person.Name)
	k.form("Rename person", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)}, func() {
		if _, err := v.w.lib.RenamePerson(v.id, name.Text); err != nil {
			v.w.showError(err)
			return
		}
		v.w.changed()
	}, nil, fyne.NewSize(420, 160), name)
}

// otherPeople are the names of everyone but this person.
func (v *personView) otherPeople() []string {
	var names []string
	if people, err := v.w.lib.People(); err == nil {
		for _, p := range people {
			if p.ID != v.id {
				names = append(names, p.Name)
			}
		}
	}
	return names
}

// askMerge merges this person into another (the same speaker under two
// names): their quotes, names and page text go to the other, on the undo
// stack.
func (v *personView) askMerge() {
	k := v.w.newDialogKeys()
	pick := k.picker(v.otherPeople(), false)
	pick.entry.SetPlaceHolder("The person to merge into")
	name := v.pg.Person.Name
	k.form("Merge "+shorten(name, 40)+" into…", "Merge", "Cancel", []*widget.FormItem{
		widget.NewFormItem("", hint("Every quote of "+name+" goes to the person you pick; "+name+" becomes one of their names. Ctrl+Z undoes it.")),
		widget.NewFormItem("Into", pick.obj),
	}, func() {
		into, err := v.w.lib.ResolvePerson(pick.text())
		if err != nil {
			v.w.showError(fmt.Errorf("merge into %q: %w", pick.text(), err))
			return
		}
		if err := v.w.mergePeople(v.id, into.ID); err != nil {
			v.w.showError(err)
			return
		}
		v.w.replacePage(v, "person:"+into.ID)
	}, nil, fyne.NewSize(520, 400), pick.entry)
}

// mergePeople merges person from into person into, on the undo stack.
func (w *mainWindow) mergePeople(from, into string) error {
	pg, err := w.lib.Person(from)
	if err != nil {
		return err
	}
	var qids []string
	for _, q := range pg.Quotes {
		qids = append(qids, q.ID)
	}
	err = w.track("merge of "+pg.Person.Name, app.SnapshotRefs{People: []string{from, into}, Quotes: qids}, func() (app.SnapshotRefs, error) {
		_, err := w.lib.MergePeople(from, into)
		return app.SnapshotRefs{}, err
	})
	if err != nil {
		return err
	}
	w.changed()
	return nil
}

// askSplit moves the quotes ticked to another person, new or existing
// (two speakers the finder took for one), on the undo stack.
func (v *personView) askSplit() {
	if len(v.pg.Quotes) < 2 {
		v.w.showError(fmt.Errorf("%s has %d quote; a split needs at least two", v.pg.Person.Name, len(v.pg.Quotes)))
		return
	}
	k := v.w.newDialogKeys()
	pick := k.picker(v.otherPeople(), false)
	pick.entry.SetPlaceHolder("Who said the ticked quotes (a new or existing name)")
	checks := container.NewVBox()
	var ids []string
	var boxes []*widget.Check
	for _, q := range v.pg.Quotes {
		c := widget.NewCheck("“"+shorten(q.Text, 90)+"” · "+shorten(q.ArticleTitle, 40), nil)
		checks.Add(c)
		boxes = append(boxes, c)
		ids = append(ids, q.ID)
	}
	src := v.id
	split := func(name string) {
		var move []string
		for i, c := range boxes {
			if c.Checked {
				move = append(move, ids[i])
			}
		}
		if err := v.w.splitPerson(src, move, name); err != nil {
			v.w.showError(err)
		}
	}
	k.form("Split "+shorten(v.pg.Person.Name, 40), "Split", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Quotes", container.NewGridWrap(fyne.NewSize(560, 220), container.NewVScroll(checks))),
		widget.NewFormItem("Said by", pick.obj),
	}, func() { v.w.confirmSpeaker(pick.text(), split, nil) }, nil, fyne.NewSize(720, 560), pick.entry)
}

// splitPerson moves quotes of person id to the person called name, on the
// undo stack.
func (w *mainWindow) splitPerson(id string, quoteIDs []string, name string) error {
	refs := app.SnapshotRefs{People: append([]string{id}, w.personIDs(name)...), Quotes: quoteIDs}
	err := w.track("split", refs, func() (app.SnapshotRefs, error) {
		p, err := w.lib.SplitPerson(id, quoteIDs, name)
		if err != nil {
			return app.SnapshotRefs{}, err
		}
		return app.SnapshotRefs{People: []string{p.ID}}, nil
	})
	if err != nil {
		return err
	}
	w.changed()
	return nil
}

// replacePage closes page p (its record is gone) and opens key instead.
func (w *mainWindow) replacePage(p page, key string) {
	for item, q := range w.pages {
		if q == p {
			w.closePage(item)
			break
		}
	}
	w.open(key)
}

// tagView lists everything carrying a tag (and its sub-tags), with the
// tag's colour and description.
type tagView struct {
	w     *mainWindow
	name  string
	info  *app.TagInfo
	head  *widget.Label
	meta  *widget.Label
	items *rowList
	obj   fyne.CanvasObject
}

func newTagView(w *mainWindow, name string) (*tagView, error) {
	v := &tagView{w: w, name: name}
	v.head = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.meta = hint("")
	v.items = newRowList(v.openItem)
	rename := widget.NewButton("Rename…", v.askRename)
	merge := widget.NewButton("Merge into…", v.askMerge)
	v.obj = container.NewBorder(container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(rename, merge), v.head), v.meta), nil, nil, nil, v.items.list)
	if err := v.load(); err != nil {
		return nil, err
	}
	return v, nil
}

func (v *tagView) load() error {
	info, err := v.w.lib.Tag(v.name)
	if err != nil {
		return err
	}
	items, err := v.w.lib.TaggedItems(v.name, true)
	if err != nil {
		return err
	}
	v.info = info
	v.head.SetText("Tag " + info.Name)
	v.meta.SetText(strings.TrimSpace(fmt.Sprintf("%s\n%s with this tag or a tag below it", info.Description, plural(info.Total, "item"))))
	var rows []sideItem
	for _, it := range items {
		title := it.Title
		if it.Text != "" {
			title = "“" + it.Text + "”"
		}
		d := strings.Join(nonEmpty(string(it.Kind), it.Speaker, it.Title, strings.Join(it.Tags, ", ")), " · ")
		key := string(it.Kind) + ":" + it.ID
		if it.ArticleID != "" && it.Kind != app.TypeArticle {
			key = string(it.Kind) + ":" + it.ID + ":" + it.ArticleID
		}
		rows = append(rows, newSideItem(key, title, d))
	}
	v.items.set(rows)
	return nil
}

func (v *tagView) openItem(it sideItem) {
	parts := strings.Split(it.key, ":")
	switch app.DocType(parts[0]) {
	case app.TypeQuote:
		v.w.openQuote(parts[1])
	case app.TypeAnnotation:
		if a, err := v.w.lib.Annotation(parts[1]); err == nil {
			v.w.openSpan(a.ArticleID, a.Selector.Start, a.Selector.End)
			v.w.inspect.showAnnotation(a)
		}
	default:
		v.w.open(parts[0] + ":" + parts[1])
	}
}

func (v *tagView) key() string               { return "tag:" + v.name }
func (v *tagView) title() string             { return "#" + shorten(v.name, 26) }
func (v *tagView) object() fyne.CanvasObject { return v.obj }
func (v *tagView) focus()                    { v.w.win.Canvas().Focus(v.items.list) }
func (v *tagView) reload() {
	if v.load() == nil {
		v.w.retitle(v)
	}
}

func (v *tagView) askRename() {
	k := v.w.newDialogKeys()
	name := k.entry()
	name.SetText(v.name)
	k.form("Rename tag", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)}, func() {
		if _, err := v.w.lib.RenameTag(v.w.ctx, v.name, name.Text); err != nil {
			v.w.showError(err)
			return
		}
		v.name = strings.TrimSpace(name.Text)
		v.w.changed()
		v.w.saveTabs()
	}, nil, fyne.NewSize(420, 160), name)
}

// askMerge merges this tag into another: everything carrying it carries
// the other instead.
func (v *tagView) askMerge() {
	var names []string
	for _, n := range tagNames(v.w.lib) {
		if !strings.EqualFold(n, v.name) {
			names = append(names, n)
		}
	}
	k := v.w.newDialogKeys()
	pick := k.picker(names, false)
	pick.entry.SetPlaceHolder("The tag to merge into")
	k.form("Merge tag "+shorten(v.name, 40)+" into…", "Merge", "Cancel", []*widget.FormItem{
		widget.NewFormItem("", hint("Everything tagged "+v.name+" (and its sub-tags) is tagged with the tag you pick instead.")),
		widget.NewFormItem("Into", pick.obj),
	}, func() {
		into := pick.text()
		if _, err := v.w.lib.MergeTag(v.w.ctx, v.name, into); err != nil {
			v.w.showError(err)
			return
		}
		v.w.changed()
		v.w.replacePage(v, "tag:"+into)
	}, nil, fyne.NewSize(520, 400), pick.entry)
}

// orphansView lists annotations and quotes that lost their place, to
// re-attach (open the article, select the new text, use the inspector)
// or delete.
type orphansView struct {
	w     *mainWindow
	items *rowList
	obj   fyne.CanvasObject
}

func newOrphansView(w *mainWindow) page {
	v := &orphansView{w: w}
	v.items = newRowList(func(it sideItem) { w.openOrphan(strings.TrimPrefix(it.key, "orphan:")) })
	v.obj = container.NewBorder(hint("These highlights and quotes lost their words when their article changed. Open one, select the text it belongs to in the reader and press “Re-attach to the selection” in the inspector, or delete it there."), nil, nil, nil, v.items.list)
	v.reload()
	return v
}

func (v *orphansView) key() string               { return "orphans" }
func (v *orphansView) title() string             { return "Orphans" }
func (v *orphansView) object() fyne.CanvasObject { return v.obj }
func (v *orphansView) focus()                    { v.w.win.Canvas().Focus(v.items.list) }
func (v *orphansView) reload() {
	rows, err := orphanItems(v.w.lib)
	if err == nil {
		v.items.set(rows)
	}
}
