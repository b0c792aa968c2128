// Command dossier is a desktop wiki and reader for analysts: articles,
// highlights, quotes and notes in a library on the analyst's own machine.
// With no arguments it opens the app; with a subcommand it runs the command
// line. This file only wires the packages together.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"golang.org/x/term"

	"dossier/app"
	"dossier/app/export"
	"dossier/assets"
	"dossier/cli"
	"dossier/index"
	"dossier/storage"
	"dossier/ui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func main() {
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
		return nil, err
	}
	lib, err := app.Open(ctx, st, idx, app.Options{Sample: assets.Sample()})
	if err != nil {
		idx.Close()
		st.Close()
		return nil, err
	}
	export.Register(lib)
	return lib, nil
}

// guiConfig wires the desktop app to storage, the index and package export.
func guiConfig(dir, defaultDir string) ui.Config {
	return ui.Config{Dir: dir, DefaultDir: defaultDir, Open: openLibrary, Icon: assets.Icon(), Version: version,
		Export: exportForGUI, ExportFormats: export.Formats(),
		Passphrase: func(ctx context.Context, ask func(file string) (string, error)) context.Context {
			return export.WithPassphrase(ctx, ask)
		},
		WrongPassphrase: export.ErrWrongPassphrase,
	}
}

// exportForGUI runs File → Export through package export and returns the
// path written (with the extension export adds when Out has none).
func exportForGUI(ctx context.Context, lib *app.Library, req ui.ExportRequest) (string, error) {
	res, err := export.Run(ctx, lib, export.Options{Format: req.Format, Out: req.Out, Passphrase: req.Passphrase, Progress: req.Progress})
	if err != nil {
		return "", err
	}
	return res.Path, nil
}
