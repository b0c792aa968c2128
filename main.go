// Command dossier is a desktop wiki and reader for analysts: articles,
// highlights, quotes and notes in a library on the analyst's own machine.
// With no arguments it opens the app; with a subcommand it runs the command
// line. This file only wires the packages together.
package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"golang.org/x/term"

	"dossier/app"
	"dossier/app/export"
	"dossier/app/ingest/pdf"
	"dossier/app/syncer"
	"dossier/assets"
	"dossier/cli"
	"dossier/index"
	"dossier/storage"
	"dossier/ui"
	_ "dossier/ui/localeenv" // before Fyne reads the locale: no error logged for C.UTF-8
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
	if code, ok := compileChild(); ok {
		os.Exit(code)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &cli.Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Open:    openLibrary,
		Restore: storage.Restore,
		Version: version,
		GUI: func(dir string) error {
			def, _ := cli.LibraryDir("", os.Getenv)
			return ui.Run(guiConfig(dir, def))
		},
		StdinIsTerminal: func() bool { return term.IsTerminal(int(os.Stdin.Fd())) },
	}
	code := cli.Run(ctx, os.Args[1:], env)
	stop()
	os.Exit(code)
}

// compilePDFEnv names the cache folder a process started by compilePDF
// compiles the PDF reader into.
const compilePDFEnv = "DOSSIER_COMPILE_PDF_READER"

// compilePDF compiles the PDF reader into cacheDir in a process of its own
// (this program, started with compilePDFEnv set), which returns the
// compiler's memory to the system when it exits.
func compilePDF(cacheDir string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), compilePDFEnv+"="+cacheDir)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%w: %s", err, out)
	}
	return nil
}

// compileChild does the work of a process compilePDF started, and reports
// whether this is one.
func compileChild() (code int, ok bool) {
	dir := os.Getenv(compilePDFEnv)
	if dir == "" {
		return 0, false
	}
	if err := pdf.Compile(dir); err != nil {
		fmt.Fprintln(os.Stderr, "dossier: compile the PDF reader:", err)
		return 1, true
	}
	return 0, true
}

// IndexDir is the search index folder inside a library folder.
const IndexDir = "index.bleve"

// openLibrary opens the store and the index of the library in dir and ties
// them together.
func openLibrary(ctx context.Context, dir string, readOnly bool) (*app.Library, error) {
	st, err := storage.Open(dir, storage.Options{ReadOnly: readOnly})
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && readOnly {
			return nil, fmt.Errorf("no library at %s (import articles or run `dossier sample` to create one)", dir)
		}
		return nil, err
	}
	idx, err := index.Open(filepath.Join(dir, IndexDir), index.Options{ReadOnly: readOnly})
	if err != nil {
		st.Close()
		return nil, &indexOpenError{err}
	}
	lib, err := app.Open(ctx, st, idx, app.Options{Sample: assets.Sample(), CompilePDF: compilePDF})
	if err != nil {
		idx.Close()
		st.Close()
		return nil, err
	}
	export.Register(lib)
	return lib, nil
}

// indexOpenError is an error opening the search index (the message is the
// index's), told apart from the store's so the GUI offers a rebuild.
type indexOpenError struct{ err error }

func (e *indexOpenError) Error() string { return e.err.Error() }
func (e *indexOpenError) Unwrap() error { return e.err }

// guiConfig wires the desktop app to storage, the index and package export.
func guiConfig(dir, defaultDir string) ui.Config {
	return ui.Config{Dir: dir, DefaultDir: defaultDir, Open: openLibrary, Icon: assets.Icon(), Version: version,
		Export: exportForGUI, ExportFormats: export.Formats(),
		Passphrase: func(ctx context.Context, ask func(file string) (string, error)) context.Context {
			return export.WithPassphrase(ctx, ask)
		},
		WrongPassphrase: export.ErrWrongPassphrase,
		Diagnose:        diagnoseOpenError,
		Restore: func(_ context.Context, dir, backup string) (string, error) {
			return storage.Restore(backup, dir)
		},
		ResetIndex: setIndexAside,
		Sync:       guiSync(),
	}
}

// guiSync wires File → Sync to package syncer, with secrets in the OS
// keyring and asked for in a dialog when it has none.
func guiSync() *ui.Sync {
	// Where there is no keyring, the passphrase typed at set-up serves
	// until the app quits, kept in memory only.
	secrets := syncer.NewSessionSecrets(syncer.OSKeyring{})
	return &ui.Sync{
		SetUp: func(ctx context.Context, lib *app.Library, req ui.SyncSetup) (bool, error) {
			spec := syncer.Spec{Kind: req.Kind, Where: req.Where, User: req.User, Bucket: req.Bucket, Prefix: req.Prefix}
			return syncer.SetUp(ctx, lib, spec, req.Device, req.Analyst,
				syncer.Config{Secrets: secrets, Passphrase: req.Passphrase, Password: req.Password})
		},
		Once: func(ctx context.Context, lib *app.Library, ask func(string) (string, error), progress func(string, int, int)) (ui.SyncResult, error) {
			s, err := syncer.Open(ctx, lib, syncer.Config{Secrets: secrets, Ask: ask})
			if err != nil {
				return ui.SyncResult{}, err
			}
			rep, err := s.Once(ctx, progress)
			return ui.SyncResult{Read: rep.Read, Pushed: rep.Pushed, Conflicts: rep.Conflicts, Pending: rep.Pending}, err
		},
	}
}

// diagnoseOpenError says what an error from openLibrary is about: a damaged
// store (restore a backup) or an index that does not open (rebuild it).
func diagnoseOpenError(err error) ui.OpenProblem {
	var ie *indexOpenError
	switch {
	case errors.Is(err, storage.ErrDamaged), errors.Is(err, storage.ErrNotLibrary):
		return ui.ProblemStore
	case errors.Is(err, index.ErrLocked), errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return ui.ProblemOther // another process, or a folder that cannot be written: a rebuild does not help
	case errors.As(err, &ie):
		return ui.ProblemIndex
	}
	return ui.ProblemOther
}

// setIndexAside renames the search index folder of the library in dir to
// index.bleve.broken-<time> (kept, not deleted: it may be what a mistyped
// path pointed at), so that the next open starts a new index and rebuilds it
// from the store.
func setIndexAside(dir string) (string, error) {
	src := filepath.Join(dir, IndexDir)
	dst := src + ".broken-" + time.Now().UTC().Format("20060102T150405Z")
	if err := os.Rename(src, dst); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", nil
		}
		return "", fmt.Errorf("set the search index aside: %w", err)
	}
	return dst, nil
}

// exportForGUI runs File → Export through package export and returns the
// path written (with the extension export adds when Out has none).
func exportForGUI(ctx context.Context, lib *app.Library, req ui.ExportRequest) (string, error) {
	res, err := export.Run(ctx, lib, export.Options{Format: req.Format, Out: req.Out, Passphrase: req.Passphrase, KeepRejected: req.KeepRejected, Progress: req.Progress})
	if err != nil {
		return "", err
	}
	return res.Path, nil
}
