package ui

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/app/wikilink"
)

// autosaveDelay is how long typing pauses before a note is saved.
const autosaveDelay = 700 * time.Millisecond

// autosaveMaxWait bounds what a crash can cost while typing never pauses:
// the edit is saved at most this long after its first unsaved keystroke.
const autosaveMaxWait = time.Second

// autosaveAfter is the wait before the next autosave, given when the first
// unsaved keystroke was made.
func autosaveAfter(since, now time.Time) time.Duration {
	return max(0, min(autosaveDelay, autosaveMaxWait-now.Sub(since)))
}

// noteView is a Markdown note: an editor with a live preview side by side
// (Ctrl+P toggles the preview), [[ completion of page titles, and the
// note's backlinks and unlinked mentions in the inspector.
type noteView struct {
	w       *mainWindow
	note    *app.Note
	titleE  *widget.Entry
	editor  *widget.Entry
	preview *widget.RichText
	split   *container.Split
	body    *fyne.Container
	status  *widget.Label
	obj     fyne.CanvasObject

	dirty      bool
	dirtySince time.Time // first unsaved keystroke
	timer      *time.Timer
	mode       int // 0 side by side, 1 editor only, 2 preview only
	completing *widget.PopUpMenu
	titles     []string // page titles for [[ completion, loaded on first use
	loading    bool     // text being set programmatically
}

func newNoteView(w *mainWindow, id string) (*noteView, error) {
	n, err := w.lib.Note(id)
	if err != nil {
		return nil, err
	}
	v := &noteView{w: w, note: n}
	v.titleE = widget.NewEntry()
	v.titleE.SetText(n.Title)
	v.titleE.OnSubmitted = func(string) { v.rename() }
	v.editor = widget.NewMultiLineEntry()
	v.editor.Wrapping = fyne.TextWrapWord
	v.editor.TextStyle.Monospace = false
	v.loading = true
	v.editor.SetText(n.Body)
	v.loading = false
	v.editor.OnChanged = v.edited
	v.preview = widget.NewRichText()
	v.preview.Wrapping = fyne.TextWrapWord
	v.status = widget.NewLabel("")
	v.status.Importance = widget.LowImportance
	v.split = container.NewHSplit(v.editor, container.NewVScroll(container.NewPadded(v.preview)))
	v.body = container.NewStack(v.split)
	rename := widget.NewButton("Rename", v.rename)
	del := widget.NewButton("Delete", v.askDelete)
	v.obj = container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(rename, del), v.titleE), v.status, nil, nil, v.body)
	v.renderPreview()
	v.status.SetText(v.savedText())
	return v, nil
}

func (v *noteView) key() string               { return "note:" + v.note.ID }
func (v *noteView) title() string             { return shorten(v.note.Title, 28) }
func (v *noteView) object() fyne.CanvasObject { return v.obj }
func (v *noteView) focus()                    { v.w.win.Canvas().Focus(v.editor) }
func (v *noteView) inspect()                  { v.w.inspect.showNote(v) }

// reload re-reads the note unless the user has unsaved typing.
func (v *noteView) reload() {
	if v.dirty {
		return
	}
	n, err := v.w.lib.Note(v.note.ID)
	if err != nil {
		return
	}
	v.note = n
	if v.editor.Text != n.Body {
		v.loading = true
		v.editor.SetText(n.Body)
		v.loading = false
	}
	if v.titleE.Text != n.Title {
		v.titleE.SetText(n.Title)
	}
	v.renderPreview()
	v.w.retitle(v)
}

func (v *noteView) close() {
	if v.dirty {
		v.save()
	}
}

// edited schedules an autosave, refreshes the preview and offers [[
// completion.
func (v *noteView) edited(string) {
	if v.loading {
		return
	}
	if !v.dirty {
		v.dirtySince = time.Now()
	}
	v.dirty = true
	v.status.SetText("Editing…")
	v.renderPreview()
	v.complete()
	if v.w.inline {
		return // tests save explicitly
	}
	if v.timer != nil {
		v.timer.Stop()
	}
	v.timer = time.AfterFunc(autosaveAfter(v.dirtySince, time.Now()), func() { fyne.Do(v.save) })
}

// save writes the body if it changed.
func (v *noteView) save() {
	if !v.dirty || v.w.lib == nil {
		return
	}
	body := v.editor.Text
	n, err := v.w.lib.UpdateNote(v.w.ctx, v.note.ID, app.NoteEdit{Body: &body})
	if err != nil {
		v.status.SetText("Not saved: " + err.Error())
		return
	}
	v.note, v.dirty = n, false
	v.status.SetText(v.savedText())
	v.w.side.reload()
	if v.w.inspect.what == "page:note/"+n.ID {
		v.w.inspect.showNote(v)
	}
}

func (v *noteView) savedText() string {
	return fmt.Sprintf("Saved · revision %d · %s", v.note.Revision, v.note.Updated.Local().Format("2 Jan 15:04"))
}

// rename gives the note the title typed, rewriting links to it.
func (v *noteView) rename() {
	t := strings.TrimSpace(v.titleE.Text)
	if t == v.note.Title || t == "" {
		return
	}
	v.save()
	if _, err := v.w.lib.UpdateNote(v.w.ctx, v.note.ID, app.NoteEdit{Title: &t}); err != nil {
		v.w.showError(err)
		v.titleE.SetText(v.note.Title)
		return
	}
	v.w.changed()
}

func (v *noteView) askDelete() {
	dialog.ShowConfirm("Delete note", "Delete “"+v.note.Title+"”? Links to it will show as missing pages.", func(ok bool) {
		if !ok {
			return
		}
		if err := v.w.lib.DeleteNote(v.w.ctx, v.note.ID); err != nil {
			v.w.showError(err)
			return
		}
		v.dirty = false
		for item, p := range v.w.pages {
			if p == page(v) {
				v.w.closePage(item)
			}
		}
		v.w.changed()
	}, v.w.win)
}

// togglePreview cycles: side by side, editor only, preview only.
func (v *noteView) togglePreview() {
	v.mode = (v.mode + 1) % 3
	switch v.mode {
	case 0:
		v.split.Leading, v.split.Trailing = v.editor, container.NewVScroll(container.NewPadded(v.preview))
		v.body.Objects = []fyne.CanvasObject{v.split}
	case 1:
		v.body.Objects = []fyne.CanvasObject{v.editor}
	case 2:
		v.body.Objects = []fyne.CanvasObject{container.NewVScroll(container.NewPadded(v.preview))}
	}
	v.body.Refresh()
}

// renderPreview shows the Markdown with [[links]] in the link colour
// (Fyne's rich text mis-wraps hyperlinks inside wrapped paragraphs, so
// links are followed from the inspector's Links list instead).
func (v *noteView) renderPreview() {
	md := linksToMarkdown(v.editor.Text, v.w.lib)
	v.preview.ParseMarkdown(md)
	v.preview.Segments = styleLinks(v.preview.Segments)
	v.preview.Refresh()
}

// styleLinks replaces dossier: hyperlinks with bold text in the primary
// colour, recursively.
func styleLinks(segs []widget.RichTextSegment) []widget.RichTextSegment {
	for i, s := range segs {
		switch s := s.(type) {
		case *widget.HyperlinkSegment:
			if s.URL != nil && s.URL.Scheme == "dossier" {
				text := s.Text
				// Move the space before the link into it, so the wrapper can
				// break there.
				if prev, ok := prevText(segs, i); ok && strings.HasSuffix(prev.Text, " ") {
					prev.Text = strings.TrimSuffix(prev.Text, " ")
					text = " " + text
				}
				segs[i] = &widget.TextSegment{Text: text, Style: widget.RichTextStyle{Inline: true,
					ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}}
			}
		case *widget.ParagraphSegment:
			s.Texts = styleLinks(s.Texts)
		case *widget.ListSegment:
			s.Items = styleLinks(s.Items)
		}
	}
	return segs
}

func prevText(segs []widget.RichTextSegment, i int) (*widget.TextSegment, bool) {
	if i == 0 {
		return nil, false
	}
	t, ok := segs[i-1].(*widget.TextSegment)
	return t, ok
}

// linksToMarkdown turns [[Target|Label]] into Markdown links to the page
// (dossier:kind/id), or to dossier:new/Target for a page not written yet.
func linksToMarkdown(src string, lib *app.Library) string {
	links := wikilink.Parse(src)
	if len(links) == 0 {
		return src
	}
	var b strings.Builder
	pos := 0
	for _, l := range links {
		if l.Start < pos {
			continue
		}
		b.WriteString(src[pos:l.Start])
		label := l.Label
		if label == "" {
			label = l.Target
		}
		href := app.HrefScheme + "new/" + strings.ReplaceAll(l.Target, " ", "%20")
		if p, ok, err := lib.Resolve(l.Target); err == nil && ok {
			href = app.PageHref(p)
		} else {
			label += " (new)"
		}
		if l.Embed {
			label = "↪ " + label
		}
		fmt.Fprintf(&b, "[%s](%s)", strings.NewReplacer("[", "", "]", "").Replace(label), href)
		pos = l.End
	}
	b.WriteString(src[pos:])
	return b.String()
}

// cursorOffset is the byte offset of the editor's cursor in its text.
func cursorOffset(e *widget.Entry) int {
	lines := strings.Split(e.Text, "\n")
	off := 0
	for i := 0; i < e.CursorRow && i < len(lines); i++ {
		off += len(lines[i]) + 1
	}
	if e.CursorRow < len(lines) {
		r := []rune(lines[e.CursorRow])
		off += len(string(r[:min(e.CursorColumn, len(r))]))
	}
	return min(off, len(e.Text))
}

// openLinkPrefix returns what is typed after an unclosed "[[" just before
// the cursor, and whether there is one.
func openLinkPrefix(text string, cursor int) (string, bool) {
	before := text[:cursor]
	i := strings.LastIndex(before, "[[")
	if i < 0 {
		return "", false
	}
	typed := before[i+2:]
	if strings.ContainsAny(typed, "]\n|#") || len(typed) > 80 {
		return "", false
	}
	return typed, true
}

// completions are the page titles matching typed, prefix matches first.
func completions(titles []string, typed string, n int) []string {
	t := strings.ToLower(strings.TrimSpace(typed))
	var pre, in []string
	for _, s := range titles {
		l := strings.ToLower(s)
		switch {
		case strings.HasPrefix(l, t):
			pre = append(pre, s)
		case strings.Contains(l, t):
			in = append(in, s)
		}
	}
	out := append(pre, in...)
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// pageTitles lists every page a link can name: notes, people, tags and
// articles.
func pageTitles(lib *app.Library) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
	if notes, err := lib.Notes(); err == nil {
		for _, n := range notes {
			add(n.Title)
		}
	}
	if people, err := lib.People(); err == nil {
		for _, p := range people {
			add(p.Name)
		}
	}
	for _, t := range tagNames(lib) {
		add(t)
	}
	if arts, err := lib.Articles(); err == nil {
		for _, a := range arts {
			add(a.Title)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i]) < strings.ToLower(out[j]) })
	return out
}

// complete offers page titles after an unclosed "[[".
func (v *noteView) complete() {
	if v.completing != nil {
		v.completing.Hide()
		v.completing = nil
	}
	cur := cursorOffset(v.editor)
	typed, ok := openLinkPrefix(v.editor.Text, cur)
	if !ok {
		return
	}
	if v.titles == nil {
		v.titles = pageTitles(v.w.lib)
	}
	matches := completions(v.titles, typed, 8)
	if len(matches) == 0 {
		return
	}
	var items []*fyne.MenuItem
	for _, m := range matches {
		title := m
		items = append(items, fyne.NewMenuItem(title, func() { v.insertLink(title) }))
	}
	c := v.w.win.Canvas()
	v.completing = widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.editor)
	lineH := fyne.MeasureText("M", v.editor.Theme().Size("text"), fyne.TextStyle{}).Height * 1.4
	v.completing.ShowAtPosition(pos.Add(fyne.NewPos(40, float32(v.editor.CursorRow+1)*lineH+12)))
	c.Focus(v.editor)
}

// insertLink completes the open "[[" before the cursor with title.
func (v *noteView) insertLink(title string) {
	if v.completing != nil {
		v.completing.Hide()
		v.completing = nil
	}
	text := v.editor.Text
	cur := cursorOffset(v.editor)
	typed, ok := openLinkPrefix(text, cur)
	if !ok {
		return
	}
	start := cur - len(typed)
	rest := text[cur:]
	closing := "]]"
	if strings.HasPrefix(rest, "]]") {
		closing = ""
	}
	v.editor.SetText(text[:start] + title + closing + rest)
	v.w.win.Canvas().Focus(v.editor)
}

// newNote asks for a title and opens a new note.
func (w *mainWindow) newNote() {
	if w.lib == nil {
		return
	}
	k := w.newDialogKeys()
	title := k.entry()
	title.SetPlaceHolder("Title")
	k.form("New note", "Create", "Cancel", []*widget.FormItem{widget.NewFormItem("Title", title)},
		func() { w.createNote(title.Text) }, nil, fyne.NewSize(440, 160), title)
}

// createNote creates a note and opens it.
func (w *mainWindow) createNote(title string) *noteView {
	n, err := w.lib.CreateNote(w.ctx, strings.TrimSpace(title), "", nil)
	if err != nil {
		w.showError(err)
		return nil
	}
	w.changed()
	v, _ := w.open("note:" + n.ID).(*noteView)
	return v
}

// showNote shows a note's tags, links, backlinks and unlinked mentions.
func (in *inspector) showNote(v *noteView) {
	in.quote = nil
	n := v.note
	objs := []fyne.CanvasObject{wrapped(n.Title),
		hint(fmt.Sprintf("Revision %d · updated %s", n.Revision, n.Updated.Local().Format("2 Jan 2006 15:04")))}
	tags := widget.NewEntry()
	tags.SetText(strings.Join(n.Tags, ", "))
	tags.SetPlaceHolder("tags, comma separated")
	id := n.ID
	save := widget.NewButton("Save tags", func() {
		if _, err := in.w.lib.UpdateNote(in.w.ctx, id, app.NoteEdit{Tags: orEmptySlice(splitTags(tags.Text))}); err != nil {
			in.w.showError(err)
			return
		}
		in.w.changed()
	})
	objs = append(objs, heading("Tags"), container.NewBorder(nil, nil, nil, save, tags))
	objs = append(objs, in.linkSection(n.Title)...)
	in.set("page:note/"+n.ID, "Note", objs...)
}
