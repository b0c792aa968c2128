package ui

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
	"dossier/index"
	"dossier/storage"
)

// indexErr marks an error from opening the index, as main.go's
// indexOpenError does.
type indexErr struct{ error }

func (e indexErr) Unwrap() error { return e.error }

// openMarkingIndex is openTestLibrary with the index's errors marked.
func openMarkingIndex(ctx context.Context, dir string, readOnly bool) (*app.Library, error) {
	st, err := storage.Open(dir, storage.Options{ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	idx, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{ReadOnly: readOnly})
	if err != nil {
		st.Close()
		return nil, indexErr{err}
	}
	lib, err := app.Open(ctx, st, idx, app.Options{})
	if err != nil {
		idx.Close()
		st.Close()
		return nil, err
	}
	if lib.IndexStale() {
		if err := lib.Reindex(ctx, nil); err != nil {
			lib.Close()
			return nil, err
		}
	}
	return lib, nil
}

// recoveryConfig is the open-error screen's wiring as main.go does it:
// storage's errors, storage.Restore, the index folder set aside.
func recoveryConfig(dir string) Config {
	return Config{Dir: dir, Open: openMarkingIndex, Version: "test",
		Diagnose: func(err error) OpenProblem {
			var ie indexErr
			switch {
			case errors.Is(err, storage.ErrDamaged), errors.Is(err, storage.ErrNotLibrary):
				return ProblemStore
			case errors.As(err, &ie):
				return ProblemIndex
			}
			return ProblemOther
		},
		Restore: func(_ context.Context, dir, backup string) (string, error) { return storage.Restore(backup, dir) },
		ResetIndex: func(dir string) (string, error) {
			src := filepath.Join(dir, "index.bleve")
			return src + ".broken", os.Rename(src, src+".broken")
		},
	}
}

// newRecoveryWindow is a main window opening the library in dir the way the
// app starts, so an error shows the open-error screen.
func newRecoveryWindow(t *testing.T, dir string) *mainWindow {
	t.Helper()
	w := newMainWindow(context.Background(), test.NewTempApp(t), recoveryConfig(dir))
	w.inline = true
	w.win.Resize(fyne.NewSize(1280, 800))
	t.Cleanup(func() {
		if err := w.shutdown(); err != nil {
			t.Error(err)
		}
		w.win.Close()
	})
	w.openLibrary(dir)
	w.waitIdle()
	return w
}

// libraryWithArticles makes a library in dir holding an article per title.
func libraryWithArticles(t *testing.T, dir string, titles ...string) *app.Library {
	t.Helper()
	lib, err := openTestLibrary(context.Background(), dir, false)
	if err != nil {
		t.Fatal(err)
	}
	addArticles(t, lib, titles...)
	return lib
}

func addArticles(t *testing.T, lib *app.Library, titles ...string) {
	t.Helper()
	src := t.TempDir()
	var paths []string
	for i, title := range titles {
		p := filepath.Join(src, strings.ReplaceAll(title, " ", "-")+".md")
		body := "# " + title + "\n\nParagraph " + string(rune('a'+i)) + " of " + title + ", the minister said on Tuesday.\n"
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	sum, err := lib.Import(context.Background(), paths, app.ImportOptions{})
	if err != nil || sum.Added != len(titles) {
		t.Fatalf("import: %+v, %v", sum, err)
	}
}

func articleTitles(t *testing.T, lib *app.Library) []string {
	t.Helper()
	arts, err := lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range arts {
		out = append(out, a.Title)
	}
	return out
}

// A library file damaged after the day's automatic backup: the app says so,
// offers the backup with when it was taken, and restoring it (after a
// confirmation) keeps the damaged file aside, opens the library with the
// backed-up records and rebuilds the index to match.
func TestRestoreLatestBackupFromTheOpenErrorScreen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib := libraryWithArticles(t, dir, "Harbour Report", "Border Crossing")
	backup, err := app.AutoBackup(lib, filepath.Join(dir, app.AutoBackupDir), 0)
	if err != nil || backup == "" {
		t.Fatalf("automatic backup: %q, %v", backup, err)
	}
	backupBytes, err := os.ReadFile(backup)
	if err != nil {
		t.Fatal(err)
	}
	// A change after the backup, which the restore goes back before; the
	// index has it too.
	addArticles(t, lib, "Late Dispatch")
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
	// A sync tool writes garbage over the first pages. (A truncated file
	// is restored through main.go's restoreLibrary: storage.Restore alone
	// faults on one; see main_test.go.)
	dbPath := filepath.Join(dir, storage.FileName)
	damaged, err := os.ReadFile(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	copy(damaged, bytes.Repeat([]byte("sync conflict "), 8192/14))
	if err := os.WriteFile(dbPath, damaged, 0o600); err != nil {
		t.Fatal(err)
	}

	w := newRecoveryWindow(t, dir)
	if w.lib != nil {
		t.Fatal("the damaged library opened")
	}
	v := w.openErr
	if v == nil {
		t.Fatal("no open-error screen")
	}
	if v.problem != ProblemStore || !errors.Is(v.err, storage.ErrNotLibrary) {
		t.Fatalf("problem %v for %v, want a damaged store", v.problem, v.err)
	}
	when := backupTime(app.BackupFile{Path: backup})
	if !v.restore.Visible() || !strings.Contains(v.restore.Text, when) {
		t.Fatalf("restore button %q (shown %v), want it to say the backup was taken %s", v.restore.Text, v.restore.Visible(), when)
	}
	screen := textIn(w.win.Canvas().Content())
	for _, want := range []string{"The library file is damaged", "not a Dossier library file", filepath.Base(backup), "kept beside it"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the screen does not say %q:\n%s", want, screen)
		}
	}
	content := w.win.Canvas().Content()
	for _, b := range []string{"Restore latest backup", "Restore a backup file", "Open another library", "Try again"} {
		if !hasButton(content, b) {
			t.Errorf("no %q button on the open-error screen", b)
		}
	}
	if hasButton(content, "Rebuild the search index") {
		t.Error("a damaged store offers to rebuild the index")
	}

	// Cancel changes nothing.
	test.Tap(v.restore)
	test.Tap(buttonIn(t, topDialog(t, w.win), "Cancel"))
	if got, _ := os.ReadFile(dbPath); !bytes.Equal(got, damaged) || w.lib != nil {
		t.Fatal("cancelling the restore changed the library")
	}

	test.Tap(v.restore)
	d := topDialog(t, w.win)
	if msg := textIn(d); !strings.Contains(msg, when) || !strings.Contains(msg, "never deleted") {
		t.Errorf("the confirmation says %q", msg)
	}
	test.Tap(buttonIn(t, d, "Restore"))
	w.waitIdle()

	if w.lib == nil {
		t.Fatalf("the library did not open after the restore; the screen says:\n%s", textIn(w.win.Canvas().Content()))
	}
	if w.openErr != nil {
		t.Error("the open-error screen is still current")
	}
	titles := articleTitles(t, w.lib)
	if strings.Join(titles, "|") != "Border Crossing|Harbour Report" && strings.Join(titles, "|") != "Harbour Report|Border Crossing" {
		t.Errorf("after the restore the library holds %q, want the two backed-up articles", titles)
	}
	if w.side.counts[secArticles] != 2 {
		t.Errorf("the sidebar counts %d articles, want 2", w.side.counts[secArticles])
	}
	// The index was rebuilt: "Late Dispatch" is gone from it too.
	rep, err := w.lib.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Errorf("check after the restore:\n%s", rep)
	}
	// The damaged file is kept aside, byte for byte; the backup is intact.
	kept, _ := filepath.Glob(dbPath + ".before-restore-*")
	if len(kept) != 1 {
		t.Fatalf("kept files %q, want one", kept)
	}
	if got, _ := os.ReadFile(kept[0]); !bytes.Equal(got, damaged) {
		t.Error("the kept file is not the damaged one")
	}
	if got, _ := os.ReadFile(backup); !bytes.Equal(got, backupBytes) {
		t.Error("the restore changed the backup")
	}
	if msg := textIn(topDialog(t, w.win)); !strings.Contains(msg, "Restored") || !strings.Contains(msg, kept[0]) {
		t.Errorf("after the restore the dialog says %q, want where the damaged file is kept", msg)
	}
}

// A damaged store with no automatic backup offers a backup file and
// another library, nothing it cannot do.
func TestOpenErrorWithoutBackup(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, storage.FileName), bytes.Repeat([]byte("not bbolt "), 1000), 0o600); err != nil {
		t.Fatal(err)
	}
	w := newRecoveryWindow(t, dir)
	v := w.openErr
	if v == nil || v.problem != ProblemStore {
		t.Fatalf("open-error screen %+v, want a damaged store", v)
	}
	content := w.win.Canvas().Content()
	if hasButton(content, "Restore latest backup") || !hasButton(content, "Restore a backup file") || !hasButton(content, "Open another library") {
		t.Error("without an automatic backup the screen should offer a backup file and another library only")
	}
	if screen := textIn(content); !strings.Contains(screen, "no automatic backup") {
		t.Errorf("the screen does not say there is no automatic backup:\n%s", screen)
	}
}

// A search index that does not open (and cannot be replaced in place: its
// folder holds a stranger) is set aside and rebuilt from the store.
func TestRebuildIndexFromTheOpenErrorScreen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib := libraryWithArticles(t, dir, "Harbour Report", "Border Crossing")
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
	idx := filepath.Join(dir, "index.bleve")
	if err := os.RemoveAll(idx); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(idx, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"index_meta.json": "{garbage", "stray.txt": "mine"} {
		if err := os.WriteFile(filepath.Join(idx, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	w := newRecoveryWindow(t, dir)
	v := w.openErr
	if v == nil || v.problem != ProblemIndex {
		t.Fatalf("open-error screen %+v, want an index problem", v)
	}
	content := w.win.Canvas().Content()
	if !hasButton(content, "Rebuild the search index") || hasButton(content, "Restore latest backup") {
		t.Fatal("an index problem should offer a rebuild, not a restore")
	}
	test.Tap(buttonIn(t, content, "Rebuild the search index"))
	w.waitIdle()
	if w.lib == nil {
		t.Fatalf("the library did not open after the rebuild; the screen says:\n%s", textIn(w.win.Canvas().Content()))
	}
	if got := articleTitles(t, w.lib); len(got) != 2 {
		t.Errorf("articles after the rebuild: %q", got)
	}
	rep, err := w.lib.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Errorf("check after the rebuild:\n%s", rep)
	}
	if b, err := os.ReadFile(filepath.Join(idx+".broken", "stray.txt")); err != nil || string(b) != "mine" {
		t.Errorf("the old index folder was not kept aside: %v", err)
	}
}
