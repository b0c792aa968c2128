package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// Encrypted bundles: an import sets them aside (the passphrase question
// cannot block the import goroutine on a dialog), then each one is imported
// on its own after asking for its passphrase, asking again when it is wrong.

// errSetAside is the first pass's answer to the passphrase question: the
// bundle waits until the other files are in.
var errSetAside = errors.New("encrypted; its passphrase is asked after the other files")

// lockedBundles collects the encrypted bundles an import met.
type lockedBundles struct {
	mu    sync.Mutex
	files []string
}

// setAside is the passphrase question of the first pass (any goroutine).
func (l *lockedBundles) setAside(file string) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !slices.Contains(l.files, file) {
		l.files = append(l.files, file)
	}
	return "", errSetAside
}

func (l *lockedBundles) list() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.files)
}

// drop takes the bundles set aside out of an import's summary: they did not
// fail, they wait for a passphrase.
func (l *lockedBundles) drop(sum app.ImportSummary) app.ImportSummary {
	files := l.list()
	if len(files) == 0 {
		return sum
	}
	var kept []app.ImportOutcome
	for _, o := range sum.Outcomes {
		if o.Status == app.ImportFailed && slices.Contains(files, o.Path) {
			sum.Failed--
			continue
		}
		kept = append(kept, o)
	}
	sum.Outcomes = kept
	return sum
}

// unlockBundles imports the encrypted bundles in files one after the
// other. known, when set, is tried first: the passphrase that opened the
// previous bundle, as bundles sent together often share one.
func (w *mainWindow) unlockBundles(lib *app.Library, files []string, known string) {
	if len(files) == 0 || w.lib != lib || w.cfg.Passphrase == nil {
		return
	}
	if known != "" {
		w.importLocked(lib, files, known, true)
		return
	}
	w.askPassphrase(lib, files, "")
}

// askPassphrase asks for the passphrase of files[0]; problem says what was
// wrong with the last one tried. Cancel leaves the library as it is and
// goes on to the next bundle.
func (w *mainWindow) askPassphrase(lib *app.Library, files []string, problem string) {
	name := filepath.Base(files[0])
	intro := widget.NewLabel(fmt.Sprintf("“%s” is encrypted. Enter the passphrase it was exported with.", name))
	intro.Wrapping = fyne.TextWrapWord
	warn := widget.NewLabel(problem)
	warn.Wrapping = fyne.TextWrapWord
	warn.Importance = widget.DangerImportance
	if problem == "" {
		warn.Hide()
	}
	pass := widget.NewPasswordEntry()
	content := container.NewVBox(intro, warn, widget.NewForm(widget.NewFormItem("Passphrase", pass)))
	d := dialog.NewCustomConfirm("Encrypted bundle", "Import", "Cancel", content, func(ok bool) {
		if w.lib != lib {
			return // another library was opened meanwhile
		}
		if !ok {
			// Nothing of the bundle was read: the library is as it was.
			w.unlockBundles(lib, files[1:], "")
			return
		}
		if pass.Text == "" {
			w.askPassphrase(lib, files, "Enter the passphrase: the bundle cannot be opened without it.")
			return
		}
		w.importLocked(lib, files, pass.Text, false)
	}, w.win)
	pass.OnSubmitted = func(string) { d.Confirm() }
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	w.win.Canvas().Focus(pass)
}

// importLocked imports the encrypted bundle files[0] with pass, then goes
// on to the next. A wrong passphrase asks again; when pass was only the
// previous bundle's (guess), the question comes without a reproach.
func (w *mainWindow) importLocked(lib *app.Library, files []string, pass string, guess bool) {
	file := files[0]
	name := filepath.Base(file)
	w.runTask("Import", func(ctx context.Context, p *progress) (string, error) {
		p.set(0, 0, "Decrypting and importing "+name+"…")
		ctx = w.cfg.Passphrase(ctx, func(string) (string, error) { return pass, nil })
		o, err := lib.ImportArchive(ctx, file)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("Imported %s (%s): %s.", name, o.Title, o.Reason), nil
	}, func(msg string, err error) {
		switch {
		case w.cfg.WrongPassphrase != nil && errors.Is(err, w.cfg.WrongPassphrase):
			problem := fmt.Sprintf("Wrong passphrase: “%s” does not open with it. Nothing was imported. "+
				"Try again, or Cancel to leave the library as it is.", name)
			if guess {
				problem = ""
			}
			w.askPassphrase(lib, files, problem)
		case errors.Is(err, context.Canceled):
			w.taskResult("Import", "", err)
		case err != nil:
			w.showError(err)
			w.unlockBundles(lib, files[1:], "")
		default:
			dialog.ShowInformation("Import", msg, w.win)
			w.unlockBundles(lib, files[1:], pass)
		}
	})
}
