package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynestorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// escEntry is an entry that hands Escape to its dialog (a focused entry
// takes every key, so the window never sees it).
type escEntry struct {
	widget.Entry
	onEscape func()
}

func newEscEntry() *escEntry {
	e := &escEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}

// dialogKeys makes Enter run enter and Escape run escape while d is shown
// and no widget has the focus; the window's own key handler is put back
// when d closes.
func (w *mainWindow) dialogKeys(d dialog.Dialog, enter, escape func()) {
	c := w.win.Canvas()
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			if enter != nil {
				enter()
			}
		case fyne.KeyEscape:
			if escape != nil {
				escape()
			}
		default:
			if prev != nil {
				prev(ev)
			}
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(prev) })
}

// importDialog collects the files and folders of one import: typed or
// pasted paths (Enter adds one), picked files (one pick at a time, as many
// as wanted) and folders.
type importDialog struct {
	w       *mainWindow
	d       *dialog.CustomDialog
	paths   []string
	list    *fyne.Container
	path    *escEntry
	problem *widget.Label
	start   *widget.Button
}

// importFiles shows the import dialog (Ctrl+O).
func (w *mainWindow) importFiles() {
	if w.lib == nil {
		return
	}
	id := w.newImportDialog()
	id.d.Show()
	// The keys go to the path field: type a path, Enter adds it, Enter
	// again imports (without this, typing reached nothing).
	w.win.Canvas().Focus(id.path)
}

func (w *mainWindow) newImportDialog() *importDialog {
	id := &importDialog{w: w, list: container.NewVBox(), path: newEscEntry(), problem: widget.NewLabel("")}
	id.problem.Importance = widget.DangerImportance
	id.problem.Wrapping = fyne.TextWrapWord
	id.problem.Hide()
	id.path.SetPlaceHolder("Type or paste a file or folder, then Enter")
	id.path.OnSubmitted = func(s string) {
		if strings.TrimSpace(s) == "" {
			id.run()
			return
		}
		id.addTyped(s)
	}
	id.path.onEscape = id.cancel
	files := widget.NewButtonWithIcon("Add files…", theme.FileIcon(), id.pickFile)
	folder := widget.NewButtonWithIcon("Add folder…", theme.FolderIcon(), id.pickFolder)
	hint := widget.NewLabel("Articles (" + strings.Join(app.ArticleExtensions, " ") + "), folders (read with everything in them) and bundles (.dossier, .qdpx).")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	scroll := container.NewVScroll(id.list)
	scroll.SetMinSize(fyne.NewSize(560, 160))
	content := container.NewBorder(
		container.NewVBox(hint, container.NewBorder(nil, nil, nil, container.NewHBox(files, folder), id.path), id.problem),
		nil, nil, nil, scroll)
	id.start = widget.NewButton("Import", id.run)
	id.start.Importance = widget.HighImportance
	id.start.Disable()
	cancel := widget.NewButton("Cancel", id.cancel)
	id.d = dialog.NewCustomWithoutButtons("Import", content, w.win)
	id.d.SetButtons([]fyne.CanvasObject{cancel, id.start})
	id.d.Resize(fyne.NewSize(680, 420))
	w.dialogKeys(id.d, id.run, id.cancel)
	id.refresh()
	return id
}

func (id *importDialog) cancel() { id.d.Hide() }

// run starts the import of the listed paths; with none, nothing happens.
func (id *importDialog) run() {
	if len(id.paths) == 0 {
		id.showProblem("Add a file or folder first: type its path, or use Add files… or Add folder….")
		return
	}
	paths := append([]string(nil), id.paths...)
	id.d.Hide()
	id.w.importPaths(paths)
}

// addTyped adds the paths typed or pasted in the entry (one per line).
func (id *importDialog) addTyped(s string) {
	var bad []string
	for _, line := range strings.Split(s, "\n") {
		p := strings.Trim(strings.TrimSpace(line), `"'`)
		if p == "" {
			continue
		}
		if strings.HasPrefix(p, "~/") {
			if home, err := os.UserHomeDir(); err == nil {
				p = filepath.Join(home, p[2:])
			}
		}
		if strings.HasPrefix(p, "file://") {
			if u, err := fynestorage.ParseURI(p); err == nil {
				p = u.Path()
			}
		}
		if _, err := os.Stat(p); err != nil {
			bad = append(bad, p)
			continue
		}
		id.add(p)
	}
	if len(bad) > 0 {
		id.path.SetText(strings.Join(bad, "\n"))
		id.showProblem("No such file or folder: " + strings.Join(bad, ", "))
		return
	}
	id.path.SetText("")
	id.problem.Hide()
}

func (id *importDialog) showProblem(msg string) {
	id.problem.SetText(msg)
	id.problem.Show()
}

// add lists a path once.
func (id *importDialog) add(p string) {
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	for _, q := range id.paths {
		if q == p {
			return
		}
	}
	id.paths = append(id.paths, p)
	id.refresh()
}

func (id *importDialog) remove(p string) {
	for i, q := range id.paths {
		if q == p {
			id.paths = append(id.paths[:i], id.paths[i+1:]...)
			break
		}
	}
	id.refresh()
}

func (id *importDialog) refresh() {
	id.list.RemoveAll()
	for _, p := range id.paths {
		icon := theme.FileIcon()
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			icon = theme.FolderIcon()
		}
		rm := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { id.remove(p) })
		rm.Importance = widget.LowImportance
		id.list.Add(container.NewBorder(nil, nil, widget.NewIcon(icon), rm, widget.NewLabel(p)))
	}
	if len(id.paths) == 0 {
		id.list.Add(widget.NewLabel("Nothing chosen yet."))
		id.start.Disable()
	} else {
		id.start.SetText(fmt.Sprintf("Import %d", len(id.paths)))
		id.start.Enable()
	}
	id.list.Refresh()
}

func (id *importDialog) pickFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			id.w.showError(err)
			return
		}
		if r == nil {
			return
		}
		p := r.URI().Path()
		r.Close()
		id.add(p)
	}, id.w.win)
	d.SetFilter(fynestorage.NewExtensionFileFilter(append(append([]string(nil), app.ArticleExtensions...), ".dossier", ".qdpx")))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

func (id *importDialog) pickFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			id.w.showError(err)
			return
		}
		if u != nil {
			id.add(u.Path())
		}
	}, id.w.win)
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// showImportSummary tells how an import went. When articles came back with
// changed text it asks whether to update them (Enter) or keep the stored
// text (Escape); otherwise Enter and Escape close it.
func (w *mainWindow) showImportSummary(sum app.ImportSummary) {
	msg := widget.NewLabel(importSummary(sum))
	msg.Wrapping = fyne.TextWrapWord
	var changed []string
	for _, o := range sum.Outcomes {
		if o.Status == app.ImportExists {
			changed = append(changed, o.Path)
		}
	}
	if len(changed) == 0 {
		ok := widget.NewButton("OK", nil)
		ok.Importance = widget.HighImportance
		d := dialog.NewCustomWithoutButtons("Import", msg, w.win)
		ok.OnTapped = d.Hide
		d.SetButtons([]fyne.CanvasObject{ok})
		w.dialogKeys(d, d.Hide, d.Hide)
		d.Resize(fyne.NewSize(480, 200))
		d.Show()
		return
	}
	names := make([]string, 0, len(changed))
	for i, p := range changed {
		if i == 8 {
			names = append(names, fmt.Sprintf("… and %d more", len(changed)-i))
			break
		}
		names = append(names, "• "+filepath.Base(p))
	}
	q := widget.NewLabel(fmt.Sprintf("%d of these files hold a changed version of an article already in the library:\n%s\n\n"+
		"Update the stored articles with the new text? Highlights, notes and quotes are kept and moved to the new text; "+
		"any that cannot be placed are kept as orphans.", len(changed), strings.Join(names, "\n")))
	q.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Import", container.NewVBox(msg, widget.NewSeparator(), q), w.win)
	update := widget.NewButton("Update", func() {
		d.Hide()
		w.importUpdates(changed)
	})
	update.Importance = widget.HighImportance
	keep := widget.NewButton("Keep the stored text", d.Hide)
	d.SetButtons([]fyne.CanvasObject{keep, update})
	w.dialogKeys(d, update.OnTapped, d.Hide)
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}
