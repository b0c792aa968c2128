package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynestorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// OpenProblem says what an error opening a library is about, so that the
// open-error screen offers the way out.
type OpenProblem int

const (
	// ProblemOther has no particular way out: try again, open another library.
	ProblemOther OpenProblem = iota
	// ProblemStore: the library file is damaged or not a library file;
	// restoring a backup is the way out.
	ProblemStore
	// ProblemIndex: the search index cannot be opened; it is rebuilt from
	// the library file, which loses nothing.
	ProblemIndex
)

// openErrorView is what the window shows when a library does not open:
// what went wrong and the ways out.
type openErrorView struct {
	dir     string
	err     error
	problem OpenProblem
	latest  *app.BackupFile // the newest automatic backup, if any

	title, detail, wayOut *widget.Label
	restore               *widget.Button // the latest automatic backup
	restoreFile           *widget.Button // a backup file chosen
	rebuild               *widget.Button // the search index
	other, retry          *widget.Button
	object                fyne.CanvasObject
}

// showOpenError replaces the window's content with what went wrong opening
// the library in dir and the ways out.
func (w *mainWindow) showOpenError(dir string, err error) {
	w.log.Error("open library", "dir", dir, "err", err)
	v := w.newOpenErrorView(dir, err)
	w.openErr = v
	w.root.Objects = []fyne.CanvasObject{v.object}
	w.root.Refresh()
}

func (w *mainWindow) newOpenErrorView(dir string, err error) *openErrorView {
	v := &openErrorView{dir: dir, err: err, problem: ProblemOther}
	if w.cfg.Diagnose != nil {
		v.problem = w.cfg.Diagnose(err)
	}
	v.title = widget.NewLabelWithStyle("Dossier could not open the library", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.detail = widget.NewLabel(fmt.Sprintf("%s\n\n%v", dir, err))
	v.detail.Wrapping = fyne.TextWrapWord
	v.wayOut = widget.NewLabel("")
	v.wayOut.Wrapping = fyne.TextWrapWord

	v.restore = widget.NewButtonWithIcon("Restore latest backup", theme.HistoryIcon(), func() { w.confirmRestore(v) })
	v.restore.Importance = widget.HighImportance
	v.restoreFile = widget.NewButtonWithIcon("Restore a backup file…", theme.FileIcon(), func() { w.chooseBackupFile(v) })
	v.rebuild = widget.NewButtonWithIcon("Rebuild the search index", theme.ViewRefreshIcon(), func() { w.rebuildBrokenIndex(v) })
	v.rebuild.Importance = widget.HighImportance
	v.other = widget.NewButtonWithIcon("Open another library…", theme.FolderOpenIcon(), w.chooseLibrary)
	v.retry = widget.NewButtonWithIcon("Try again", theme.ViewRefreshIcon(), func() {
		w.showBusy("Opening " + dir + "…")
		w.openLibrary(dir)
	})
	v.restore.Hide()
	v.restoreFile.Hide()
	v.rebuild.Hide()

	switch v.problem {
	case ProblemStore:
		v.title.SetText("The library file is damaged")
		if w.cfg.Restore == nil {
			v.wayOut.SetText("Restore a backup with `dossier restore`, or open another library.")
			break
		}
		backups, lerr := app.AutoBackups(filepath.Join(dir, app.AutoBackupDir))
		if lerr != nil {
			w.log.Warn("list automatic backups", "err", lerr)
		}
		v.restoreFile.Show()
		if len(backups) == 0 {
			v.wayOut.SetText(fmt.Sprintf("There is no automatic backup in %s. Restore a backup file "+
				"(made with `dossier backup`), or open another library.", filepath.Join(dir, app.AutoBackupDir)))
			break
		}
		v.latest = &backups[0]
		when := backupTime(*v.latest)
		v.restore.SetText("Restore latest backup (" + when + ")")
		v.restore.Show()
		v.wayOut.SetText(fmt.Sprintf("The latest automatic backup was taken %s (%s, %s). Restoring it brings the library "+
			"back to that moment: what was changed after it is not in it. The damaged file is kept beside it, never deleted.",
			when, filepath.Base(v.latest.Path), sizeText(v.latest.Size)))
	case ProblemIndex:
		v.title.SetText("The search index cannot be opened")
		if w.cfg.ResetIndex == nil {
			v.wayOut.SetText("Rebuild it with `dossier reindex`, or open another library.")
			break
		}
		v.rebuild.Show()
		v.wayOut.SetText("The index is built from the library file, which holds everything: rebuilding it loses nothing. " +
			"The old index is set aside in the library folder.")
	}

	buttons := container.NewVBox(v.restore, v.restoreFile, v.rebuild, v.other, v.retry)
	card := container.NewVBox(v.title, v.detail, v.wayOut, container.NewCenter(buttons))
	v.object = container.NewCenter(container.NewGridWrap(fyne.NewSize(620, 460), container.NewVScroll(card)))
	return v
}

// showBusy replaces the window's content with a line saying what is done.
func (w *mainWindow) showBusy(what string) {
	w.root.Objects = []fyne.CanvasObject{container.NewCenter(widget.NewLabel(what))}
	w.root.Refresh()
}

// backupTime is when a backup was taken: its file's time, else its day.
func backupTime(b app.BackupFile) string {
	if st, err := os.Stat(b.Path); err == nil {
		return st.ModTime().Local().Format("Mon 2 January 2006, 15:04")
	}
	return b.Day.Format("Mon 2 January 2006")
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// confirmRestore asks before restoring the latest automatic backup.
func (w *mainWindow) confirmRestore(v *openErrorView) {
	if v.latest == nil {
		return
	}
	w.confirmRestoreFile(v, v.latest.Path, "the automatic backup taken "+backupTime(*v.latest))
}

func (w *mainWindow) confirmRestoreFile(v *openErrorView, backup, what string) {
	msg := fmt.Sprintf("Restore %s?\n\nThe library goes back to that moment: what was changed after it is not in the backup. "+
		"The damaged file is kept in the library folder, never deleted, and the search index is rebuilt.", what)
	d := dialog.NewConfirm("Restore a backup", msg, func(ok bool) {
		if ok {
			w.restoreBackup(v, backup, what)
		}
	}, w.win)
	d.SetConfirmText("Restore")
	d.SetDismissText("Cancel")
	w.newDialogKeys().show(d, d.Confirm, nil)
}

// chooseBackupFile restores a backup file the user picks (an older
// automatic backup, or one made with `dossier backup`).
func (w *mainWindow) chooseBackupFile(v *openErrorView) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			w.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		w.confirmRestoreFile(v, path, filepath.Base(path))
	}, w.win)
	if u, err := fynestorage.ListerForURI(fynestorage.NewFileURI(filepath.Join(v.dir, app.AutoBackupDir))); err == nil {
		d.SetLocation(u)
	}
	d.Resize(fyne.NewSize(800, 560))
	w.showFileDialog(d)
}

// restoreBackup replaces the damaged library file with backup (the damaged
// one is kept beside it), opens the library and rebuilds its index, as
// `dossier restore` does.
func (w *mainWindow) restoreBackup(v *openErrorView, backup, what string) {
	dir := v.dir
	w.showBusy("Restoring " + what + "…")
	w.goBG(func() {
		kept, err := w.cfg.Restore(w.ctx, dir, backup)
		if err != nil {
			fyne.Do(func() {
				w.showOpenError(dir, v.err)
				w.showError(fmt.Errorf("the backup was not restored: %w", err))
			})
			return
		}
		lib, err := w.cfg.Open(w.ctx, dir, false)
		fyne.Do(func() {
			if err != nil {
				w.showOpenError(dir, err)
				return
			}
			msg := fmt.Sprintf("Restored %s.", what)
			if kept != "" {
				msg += fmt.Sprintf("\n\nThe damaged file is kept as %s.", kept)
			}
			w.showInfo("Backup restored", msg)
			// The index may hold records the backup does not (its stamp can
			// match the restored store's), so it is always rebuilt.
			stale := lib.IndexStale()
			w.setLibrary(lib, dir)
			if !stale {
				w.reindex()
			}
		})
	})
}

// rebuildBrokenIndex sets the index that does not open aside and opens the
// library again, which starts a new index and rebuilds it from the store.
func (w *mainWindow) rebuildBrokenIndex(v *openErrorView) {
	dir := v.dir
	w.showBusy("Setting the search index aside…")
	w.goBG(func() {
		aside, err := w.cfg.ResetIndex(dir)
		if err != nil {
			fyne.Do(func() {
				w.showOpenError(dir, v.err)
				w.showError(err)
			})
			return
		}
		lib, err := w.cfg.Open(w.ctx, dir, false)
		fyne.Do(func() {
			if err != nil {
				w.showOpenError(dir, err)
				return
			}
			if aside != "" {
				w.showInfo("Search index",
					fmt.Sprintf("The search index is rebuilt from the library file. The old one is kept as %s; delete it when you like.", aside))
			}
			stale := lib.IndexStale() // a new index is: setLibrary rebuilds it
			w.setLibrary(lib, dir)
			if !stale {
				w.reindex()
			}
		})
	})
}
