package ui

import (
	"context"
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"dossier/app"
)

// AppID is the application ID (as in FyneApp.toml); preferences are kept
// under it.
const AppID = "org.dossier.app"

// Config is what main hands the desktop app.
type Config struct {
	// Dir is the library folder to open.
	Dir string
	// Open opens the library in dir (storage, index and app wired together).
	Open func(ctx context.Context, dir string, readOnly bool) (*app.Library, error)
	// Icon is the application icon (PNG).
	Icon []byte
	// Version is shown in the About box.
	Version string
	// Export writes the library in one of ExportFormats (File → Export) and
	// returns the path it wrote, which may differ from req.Out (an extension
	// added); nil hides nothing but tells the user export is unavailable.
	Export func(ctx context.Context, lib *app.Library, req ExportRequest) (string, error)
	// ExportFormats are the formats Export accepts, the first the default.
	ExportFormats []string
	// Sync reaches the sync target (File → Sync Now, Sync Settings…); nil
	// tells the user sync is unavailable.
	Sync *Sync
	// Passphrase returns ctx carrying ask, which importing an encrypted
	// bundle calls for its passphrase (export.WithPassphrase). nil: such
	// bundles fail to import, saying a passphrase is needed.
	Passphrase func(ctx context.Context, ask func(file string) (string, error)) context.Context
	// WrongPassphrase is the error an encrypted bundle's import wraps when
	// the passphrase does not open it (export.ErrWrongPassphrase); the user
	// is then asked again.
	WrongPassphrase error
	// Diagnose says what an error from Open is about, so that the
	// open-error screen offers the way out (restore a backup, rebuild the
	// index). nil: ProblemOther, try again or open another library.
	Diagnose func(err error) OpenProblem
	// Restore replaces the store of the closed library in dir with the
	// backup file, after checking it, and keeps the current file beside it
	// (storage.Restore); it returns the kept file's path, "" when there was
	// none. nil: the open-error screen offers no restore.
	Restore func(ctx context.Context, dir, backup string) (kept string, err error)
	// ResetIndex sets the search index of the closed library in dir aside,
	// so that the next Open starts a new one, rebuilt from the store; it
	// returns where the old one went ("" when there was none). nil: the
	// open-error screen offers no rebuild.
	ResetIndex func(dir string) (aside string, err error)
	// DefaultDir is the folder Dir resolves to when the user named none.
	// When Dir equals it and the user chose another library location in
	// the preferences, that location is opened instead. Empty: Dir always wins.
	DefaultDir string
}

// Run opens the desktop app on the library and returns when the user quits.
func Run(cfg Config) error {
	if cfg.Open == nil {
		return errors.New("ui: no library opener")
	}
	fa := fyneapp.NewWithID(AppID)
	if len(cfg.Icon) > 0 {
		fa.SetIcon(fyne.NewStaticResource("dossier.png", cfg.Icon))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := newMainWindow(ctx, fa, cfg)
	w.win.Show()
	w.openLibrary(startDir(cfg, state{fa.Preferences()}))
	fa.Run()
	return w.shutdown()
}

// startDir is the library to open at start: the command line's, unless it
// is the default and the preferences name another.
func startDir(cfg Config, st state) string {
	pref := st.p.String(prefLibrary)
	if pref != "" && cfg.DefaultDir != "" && filepath.Clean(cfg.Dir) == filepath.Clean(cfg.DefaultDir) {
		return pref
	}
	return cfg.Dir
}
