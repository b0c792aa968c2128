package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/app/ingest"
)

// progress is a progress dialog with a Cancel button for work running off
// the UI goroutine. Its methods may be called from any goroutine.
type progress struct {
	d      *dialog.CustomDialog
	bar    *widget.ProgressBar
	msg    *widget.Label
	cancel context.CancelFunc

	mu      sync.Mutex
	pending bool // an update is queued with fyne.Do
	done    int
	total   int
	text    string
}

// set reports progress; updates are coalesced so a fast loop does not
// flood the UI goroutine.
func (p *progress) set(done, total int, text string) {
	p.mu.Lock()
	p.done, p.total, p.text = done, total, text
	queue := !p.pending
	p.pending = true
	p.mu.Unlock()
	if !queue {
		return
	}
	fyne.Do(func() {
		p.mu.Lock()
		done, total, text := p.done, p.total, p.text
		p.pending = false
		p.mu.Unlock()
		if total > 0 {
			p.bar.Max = float64(total)
			p.bar.SetValue(float64(done))
		}
		p.msg.SetText(text)
	})
}

// runTask runs work with a cancellable progress dialog; when it ends, the
// library views reload and done (if any) runs on the UI goroutine with the
// result.
func (w *mainWindow) runTask(title string, work func(ctx context.Context, p *progress) (string, error), done func(msg string, err error)) {
	ctx, cancel := context.WithCancel(w.ctx)
	p := &progress{bar: widget.NewProgressBar(), msg: widget.NewLabel("Starting…"), cancel: cancel}
	p.msg.Wrapping = fyne.TextWrapWord
	stop := widget.NewButton("Cancel", func() { cancel(); p.msg.SetText("Cancelling…") })
	p.d = dialog.NewCustomWithoutButtons(title, container.NewVBox(p.bar, p.msg), w.win)
	p.d.SetButtons([]fyne.CanvasObject{stop})
	p.d.Resize(fyne.NewSize(460, 180))
	// Escape cancels the work; Enter does nothing (the dialog closes
	// itself when the work ends).
	k := w.newDialogKeys()
	k.cancel = stop.OnTapped
	k.show(p.d, func() {}, nil)
	w.goBG(func() {
		defer cancel()
		msg, err := work(ctx, p)
		fyne.Do(func() {
			p.d.Hide()
			w.changed()
			if done != nil {
				done(msg, err)
				return
			}
			w.taskResult(title, msg, err)
		})
	})
}

// taskResult tells the user how a task ended: cancelled, failed, or its
// message (none when msg is empty).
func (w *mainWindow) taskResult(title, msg string, err error) {
	if errors.Is(err, context.Canceled) {
		w.showInfo(title, "Cancelled. "+msg)
		return
	}
	if err != nil {
		w.showError(err)
		return
	}
	if msg != "" {
		w.showInfo(title, msg)
	}
}

// importPaths imports files and folders with a progress dialog. Encrypted
// bundles met on the way are set aside and, once the rest is in, imported
// one by one after asking for their passphrase (passphrase.go).
func (w *mainWindow) importPaths(paths []string) {
	if w.lib == nil || len(paths) == 0 {
		return
	}
	w.runImport(paths, false)
}

// importUpdates imports again, with update, files whose article changed
// since it was imported (the user chose so in the import summary).
func (w *mainWindow) importUpdates(paths []string) {
	if w.lib == nil || len(paths) == 0 {
		return
	}
	w.runImport(paths, true)
}

func (w *mainWindow) runImport(paths []string, update bool) {
	lib := w.lib
	locked := &lockedBundles{}
	var sum app.ImportSummary // written by the task, read by done after it
	w.runTask("Import", func(ctx context.Context, p *progress) (string, error) {
		if w.cfg.Passphrase != nil {
			ctx = w.cfg.Passphrase(ctx, locked.setAside)
		}
		s, err := lib.Import(ctx, paths, app.ImportOptions{Update: update, Progress: func(ip app.ImportProgress) {
			p.set(ip.Done, ip.Files, fmt.Sprintf("%d of %d files · %d added · %d skipped · %d failed\n%s",
				ip.Done, ip.Files, ip.Added, ip.Skipped, ip.Failed, filepath.Base(ip.Current)))
		}})
		sum = locked.drop(s)
		if len(sum.Outcomes) == 0 && len(locked.list()) > 0 {
			return "", err // only encrypted bundles: straight to the passphrase
		}
		return importSummary(sum), err
	}, func(msg string, err error) {
		switch {
		case err != nil:
			w.taskResult("Import", msg, err)
		case msg != "":
			w.showImportSummary(sum)
		}
		if err == nil {
			w.unlockBundles(lib, locked.list(), "")
		}
	})
}

func importSummary(s app.ImportSummary) string {
	msg := fmt.Sprintf("%d added, %d updated, %d already in the library, %d skipped, %d failed.",
		s.Added, s.Updated, s.Duplicates+s.Exists, s.Skipped, s.Failed)
	n := 0
	for _, o := range s.Outcomes {
		if o.Status == app.ImportFailed && n < 5 {
			name := filepath.Base(o.Path)
			msg += "\n" + name + ": " + strings.TrimPrefix(o.Reason, name+": ") // readers name the file too
			n++
		}
	}
	return msg
}

func (w *mainWindow) importFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if u != nil {
			w.importPaths([]string{u.Path()})
		}
	}, w.win)
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// dropped imports files dropped on the window.
func (w *mainWindow) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	w.importPaths(paths)
}

// pasteArticle imports the clipboard's text (plain text, Markdown or HTML)
// as a new article.
func (w *mainWindow) pasteArticle() {
	if w.lib == nil {
		return
	}
	text := w.fa.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		w.showInfo("Paste article", "The clipboard holds no text. Copy an article's text (or HTML) first.")
		return
	}
	w.importText(text)
}

// importText stores pasted text as an article and opens it.
func (w *mainWindow) importText(text string) {
	name := "pasted.txt"
	if t := strings.TrimSpace(text); strings.HasPrefix(t, "<") {
		name = "pasted.html"
	}
	lib := w.lib
	w.runTask("Paste article", func(ctx context.Context, p *progress) (string, error) {
		p.set(0, 1, "Reading the text…")
		doc, err := ingest.Parse(name, []byte(text))
		if err != nil {
			return "", fmt.Errorf("the pasted text is not an article: %w", err)
		}
		o, err := lib.ImportDocument(ctx, doc, "clipboard", false)
		if err != nil {
			return "", err
		}
		return o.ArticleID + "\x00" + string(o.Status), nil
	}, func(msg string, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		id, status, _ := strings.Cut(msg, "\x00")
		if id != "" {
			w.open("article:" + id)
		}
		if status == string(app.ImportDuplicate) {
			w.showInfo("Paste article", "This article is already in the library.")
		}
	})
}

// loadSample loads the sample library.
func (w *mainWindow) loadSample() {
	if w.lib == nil {
		return
	}
	lib := w.lib
	w.runTask("Sample library", func(ctx context.Context, p *progress) (string, error) {
		p.set(0, 0, "Loading the sample articles and notes…")
		n, err := lib.LoadSample(ctx)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%d sample articles loaded.", n), nil
	}, func(msg string, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		w.side.sections.Select(secArticles)
		if arts, err := lib.Articles(); err == nil && len(arts) > 0 {
			w.open("article:" + arts[len(arts)-1].ID)
		}
	})
}

// reindex rebuilds the search index with a progress dialog.
func (w *mainWindow) reindex() {
	if w.lib == nil {
		return
	}
	lib := w.lib
	w.runTask("Rebuilding the search index", func(ctx context.Context, p *progress) (string, error) {
		err := lib.Reindex(ctx, func(done, total int) {
			msg := fmt.Sprintf("%d of %d records", done, total)
			if done == total {
				msg += "\nMerging the index's segments…" // the last step (Library.Reindex)
			}
			p.set(done, total, msg)
		})
		if err != nil {
			return "Search works again after a rebuild (File → Rebuild Search Index).", err
		}
		return "", nil
	}, nil)
}

// findQuotesAgain runs the quote finder again over every article, as after
// an update of Dossier: suggestions nobody has reviewed follow the finder;
// quotes the analyst confirmed, rejected or corrected stay as they are.
func (w *mainWindow) findQuotesAgain() {
	if w.lib == nil {
		return
	}
	lib := w.lib
	w.runTask("Find Quotes Again", func(ctx context.Context, p *progress) (string, error) {
		sum, err := lib.RerunFinder(ctx, "", func(done, total int) {
			p.set(done, total, fmt.Sprintf("%d of %d articles", done, total))
		})
		msg := fmt.Sprintf("%s: %d new suggestions, %d updated, %d withdrawn.\nQuotes you confirmed, rejected or corrected are unchanged.",
			plural(sum.Articles, "article"), sum.Added, sum.Updated, sum.Removed)
		return msg, err
	}, nil)
}

// ExportRequest is what File → Export asks the exporter for.
type ExportRequest struct {
	Format     string // one of Config.ExportFormats
	Out        string // file (or folder for formats that write several files)
	Passphrase string // encrypts bundles when set
	// KeepRejected keeps rejected quotes, marked so, for an audit.
	KeepRejected bool
	Progress     func(done, total int)
}

// exportDialog asks for a format and a destination, then exports with a
// progress dialog.
func (w *mainWindow) exportDialog() {
	if w.lib == nil {
		return
	}
	if w.cfg.Export == nil || len(w.cfg.ExportFormats) == 0 {
		w.showInfo("Export", "Export is not available in this build.")
		return
	}
	k := w.newDialogKeys()
	format := k.selectWidget(w.cfg.ExportFormats, nil)
	format.SetSelected(w.cfg.ExportFormats[0])
	out := k.entry()
	browse := widget.NewButtonWithIcon("Choose a folder…", theme.FolderOpenIcon(), func() {
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				out.SetText(filepath.Join(u.Path(), "dossier-export"))
			}
		}, w.win)
		d.Resize(fyne.NewSize(800, 560))
		w.showFileDialog(d)
	})
	home, _ := os.UserHomeDir()
	out.SetText(filepath.Join(home, "dossier-export"))
	// A folder that does not exist is said under the field, and the dialog
	// stays open with the format and options chosen (the export used to
	// fail after the dialog had closed, and they were to choose again).
	out.Validator = exportTarget
	pass := k.passwordEntry()
	pass.SetPlaceHolder("optional, for bundles")
	audit := widget.NewCheck("Keep rejected quotes (for an audit)", nil)
	items := []*widget.FormItem{
		widget.NewFormItem("Format", format),
		// The entry itself is the form's widget, so that the form checks
		// it; the chooser has a row of its own, after the entry in the Tab
		// order (inside the entry it came before it, and Shift+Tab from
		// the entry to the format opened the chooser).
		widget.NewFormItem("Save as", out),
		widget.NewFormItem("", container.NewHBox(browse)),
		widget.NewFormItem("Passphrase", pass),
		widget.NewFormItem("Rejected quotes", audit),
	}
	k.form("Export the library", "Export", "Cancel", items, func() {
		req := ExportRequest{Format: format.Selected, Out: strings.TrimSpace(out.Text), Passphrase: pass.Text, KeepRejected: audit.Checked}
		lib, export := w.lib, w.cfg.Export
		w.runTask("Export", func(ctx context.Context, p *progress) (string, error) {
			req.Progress = func(done, total int) { p.set(done, total, fmt.Sprintf("%d of %d records", done, total)) }
			path, err := export(ctx, lib, req)
			if err != nil {
				return "", err
			}
			// The exporter may have added an extension: say where the file is.
			return "Exported to " + path, nil
		}, nil)
	}, nil, fyne.NewSize(560, 320), out)
}

// exportTarget checks that an export can be written at path: its folder
// exists.
func exportTarget(path string) error {
	path = strings.TrimSpace(path)
	if path == "" {
		return errors.New("type where to save the export")
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("there is no folder %s", dir)
	}
	return nil
}

// chooseLibrary opens another library folder and remembers it.
func (w *mainWindow) chooseLibrary() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if u == nil {
			return
		}
		w.switchLibrary(u.Path())
	}, w.win)
	d.Resize(fyne.NewSize(800, 560))
	w.showFileDialog(d)
}

// switchLibrary closes the open library and opens the one in dir.
func (w *mainWindow) switchLibrary(dir string) {
	w.st.p.SetString(prefLibrary, dir)
	w.closeLibrary()
	w.st.setTabs(nil, "")
	w.root.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel("Opening " + dir + "…"))}
	w.root.Refresh()
	w.openLibrary(dir)
}
