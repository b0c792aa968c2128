package app_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"dossier/app"
)

// ImportArchive hands the file to the importer registered for its
// extension and returns the importer's error unchanged.
func TestImportArchiveReturnsTheImportersError(t *testing.T) {
	lib := newCoreLib(t, t.TempDir())
	errLocked := errors.New("locked")
	var got []string
	lib.RegisterArchive(".pack", func(ctx context.Context, l *app.Library, path string) (app.ImportOutcome, error) {
		got = append(got, path)
		if filepath.Base(path) == "locked.pack" {
			return app.ImportOutcome{Path: path}, errLocked
		}
		return app.ImportOutcome{Path: path, Status: app.ImportAdded}, nil
	})
	ctx := context.Background()
	if o, err := lib.ImportArchive(ctx, "/x/ok.PACK"); err != nil || o.Status != app.ImportAdded {
		t.Errorf("ok.PACK: %+v, %v", o, err)
	}
	if _, err := lib.ImportArchive(ctx, "/x/locked.pack"); !errors.Is(err, errLocked) {
		t.Errorf("locked.pack: %v, want the importer's error", err)
	}
	if _, err := lib.ImportArchive(ctx, "/x/notes.txt"); err == nil {
		t.Error("a file with no archive importer was accepted")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := lib.ImportArchive(cancelled, "/x/ok.pack"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if len(got) != 2 {
		t.Errorf("the importer ran for %v, want ok.PACK and locked.pack", got)
	}
}
