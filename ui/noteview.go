package ui

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
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
	editor  *noteEditor
	comp    *completer
	pane    *fyne.Container // the editor with the completion list over it
	preview *fyne.Container // the preview's blocks (notepreview.go)
	// previewScroll holds the preview; previewKeys are its links and
	// embeds in reading order; widths caches its measured words.
	previewScroll *container.Scroll
	previewKeys   []fyne.Focusable
	previewBlocks map[string]previewBlock // by content, for the next render
	widths        *textWidths
	split         *container.Split
	body          *fyne.Container
	status        *widget.Label
	obj           fyne.CanvasObject

	dirty      bool
	dirtySince time.Time // first unsaved keystroke
	timer      *time.Timer
	mode       int  // 0 side by side, 1 editor only, 2 preview only
	loading    bool // text being set programmatically
	// previewTimer renders the preview once typing pauses, off the path
	// from keystroke to character; previewDirty says one is due.
	previewTimer *time.Timer
	previewDirty bool
	syncPreview  bool // render the preview at once (tests)
	checkpoint   bool // the next save keeps the note as it was opened as a revision

	// Saves run one at a time (saveMu), autosaves off the UI goroutine: a
	// long note's save takes tens of milliseconds, and a keystroke must not
	// wait for it. edits counts changes (UI goroutine); a save stores the
	// text of one count, and one older than the store's (storedEdits, under
	// saveMu) is dropped, so a slow autosave never writes over newer text.
	saveMu      sync.Mutex
	storedEdits uint64
	edits       uint64
	savedEdits  uint64 // the newest count known saved (UI goroutine)
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
	v.editor = newNoteEditor()
	v.loading = true
	v.editor.SetText(n.Body)
	v.loading = false
	v.editor.OnChanged = v.edited
	v.comp = newCompleter(v.editor, func() []string { return pageTitles(w.lib) })
	v.editor.OnCursorChanged = v.comp.cursorMoved
	v.editor.openLink = v.openLinkAtCaret
	v.pane = container.NewStack(v.editor, newCompletionLayer(v.comp.box))
	v.checkpoint, v.syncPreview = true, w.inline
	v.preview = container.New(columnLayout{})
	v.widths = newTextWidths()
	v.previewScroll = container.NewVScroll(container.NewPadded(v.preview))
	v.status = widget.NewLabel("")
	v.status.Importance = widget.LowImportance
	v.split = container.NewHSplit(v.pane, v.previewScroll)
	v.body = container.NewStack(v.split)
	rename := widget.NewButton("Rename", v.rename)
	del := widget.NewButton("Delete", v.askDelete)
	history := widget.NewButton("History", v.showHistory)
	v.obj = container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(rename, history, del), v.titleE), v.status, nil, nil, v.body)
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

// edited schedules an autosave and a preview, and follows [[ completion.
// It runs on every keystroke, so it does nothing that grows with the note
// beyond what the editor itself does.
func (v *noteView) edited(string) {
	if v.loading {
		return
	}
	if !v.dirty {
		v.dirtySince = time.Now()
	}
	v.dirty = true
	v.edits++
	v.status.SetText("Unsaved changes…")
	v.comp.update()
	v.previewLater()
	if v.w.inline {
		return // tests save explicitly
	}
	if v.timer != nil {
		v.timer.Stop()
	}
	v.timer = time.AfterFunc(autosaveAfter(v.dirtySince, time.Now()), func() { fyne.Do(v.autosave) })
}

// previewDelay is how long typing pauses before the preview follows.
const previewDelay = 250 * time.Millisecond

// previewLater renders the preview once typing pauses (at once in tests).
// A hidden preview (editor only) waits until it is shown: rendering and
// laying out a long note's preview holds the UI for most of a second.
func (v *noteView) previewLater() {
	v.previewDirty = true
	if v.mode == 1 {
		return
	}
	if v.syncPreview {
		v.flushPreview()
		return
	}
	if v.previewTimer != nil {
		v.previewTimer.Stop()
	}
	v.previewTimer = time.AfterFunc(previewDelay, func() { fyne.Do(v.flushPreview) })
}

// flushPreview renders a preview that is due.
func (v *noteView) flushPreview() {
	if v.previewDirty {
		v.renderPreview()
	}
}

// save writes the body if it changed.
func (v *noteView) save() {
	if !v.dirty || v.w.lib == nil {
		return
	}
	v.saved(v.saveNow()())
}

// autosave saves off the UI goroutine.
func (v *noteView) autosave() {
	if !v.dirty || v.w.lib == nil {
		return
	}
	save := v.saveNow()
	v.w.goBG(func() {
		r := save()
		fyne.Do(func() { v.saved(r) })
	})
}

// noteSave is the outcome of a save of the text at edits: the note as
// saved, or nil when a newer text had been saved meanwhile.
type noteSave struct {
	note       *app.Note
	edits      uint64
	checkpoint bool
	err        error
}

// saveNow takes the text to save (on the UI goroutine) and returns the
// save, which may run on another goroutine.
func (v *noteView) saveNow() func() noteSave {
	id, body := v.note.ID, v.editor.Text
	r := noteSave{edits: v.edits, checkpoint: v.checkpoint}
	v.checkpoint = false // one save keeps the note as it was opened
	v.status.SetText("Saving…")
	return func() noteSave {
		v.saveMu.Lock()
		defer v.saveMu.Unlock()
		if r.edits <= v.storedEdits {
			return r
		}
		r.note, r.err = v.w.lib.UpdateNote(v.w.ctx, id, app.NoteEdit{Body: &body, Checkpoint: r.checkpoint})
		if r.err == nil {
			v.storedEdits = r.edits
		}
		return r
	}
}

// saved shows the outcome of a save.
func (v *noteView) saved(r noteSave) {
	if r.err != nil {
		v.checkpoint = v.checkpoint || r.checkpoint
		v.status.SetText("Not saved: " + r.err.Error())
		return
	}
	v.savedEdits = max(v.savedEdits, r.edits)
	v.dirty = v.edits != v.savedEdits
	if r.note != nil {
		v.note = r.note
		v.w.side.reload()
		if v.w.inspect.what == "page:note/"+r.note.ID {
			v.w.inspect.showNote(v)
		}
	}
	v.status.SetText(v.savedText())
}

func (v *noteView) savedText() string {
	if v.dirty {
		return "Unsaved changes…"
	}
	return fmt.Sprintf("Saved %s · revision %d", v.note.Updated.Local().Format("2 Jan 15:04:05"), v.note.Revision)
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
		v.split.Leading, v.split.Trailing = v.pane, v.previewScroll
		v.body.Objects = []fyne.CanvasObject{v.split}
	case 1:
		v.body.Objects = []fyne.CanvasObject{v.pane}
	case 2:
		v.body.Objects = []fyne.CanvasObject{v.previewScroll}
	}
	if v.mode != 1 {
		v.flushPreview()
	}
	v.body.Refresh()
}

// openLinkPrefix returns what is typed after an unclosed "[[" just before
// the cursor, and whether there is one.
func openLinkPrefix(text string, cursor int) (string, bool) {
	// Only the last few dozen bytes matter: a longer prefix is refused.
	before := text[max(0, cursor-maxLinkPrefix-2):cursor]
	i := strings.LastIndex(before, "[[")
	if i < 0 {
		return "", false
	}
	typed := before[i+2:]
	if strings.ContainsAny(typed, "]\n|#") || len(typed) > maxLinkPrefix {
		return "", false
	}
	return typed, true
}

// maxLinkPrefix is the longest link text completion follows, in bytes.
const maxLinkPrefix = 80

// completions are the page titles matching typed, prefix matches first;
// n > 0 keeps the first n.
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
	if n > 0 && len(out) > n {
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
	objs = append(objs, embedObjects(in.w, v.editor.Text)...)
	objs = append(objs, in.linkSection(n.Title)...)
	in.set("page:note/"+n.ID, "Note", objs...)
}
