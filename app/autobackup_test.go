package app_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dossier/app"
	"dossier/index"
	"dossier/storage"
)

// newRelLib opens a library in dir on a real bbolt file and Bleve index,
// with a pinned, movable clock.
func newRelLib(t testing.TB, dir string, now *time.Time) *app.Library {
	t.Helper()
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	idx, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{})
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	opt := app.Options{}
	if now != nil {
		opt.Now = func() time.Time { return *now }
	}
	lib, err := app.Open(context.Background(), st, idx, opt)
	if err != nil {
		t.Fatal(err)
	}
	if lib.IndexStale() {
		if err := lib.Reindex(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	}
	return lib
}

func TestAutoBackupDailyRotation(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	lib := newRelLib(t, dir, &now)
	defer lib.Close()
	bdir := filepath.Join(dir, app.AutoBackupDir)
	ctx := context.Background()

	for day := 0; day < 10; day++ {
		now = time.Date(2026, 3, 1+day, 9, 0, 0, 0, time.UTC)
		path, err := app.AutoBackup(lib, bdir, 7)
		if err != nil {
			t.Fatal(err)
		}
		if want := filepath.Join(bdir, "library-"+now.Format("20060102")+".db"); path != want {
			t.Fatalf("day %d: took %q, want %q", day, path, want)
		}
		// A second call the same day takes nothing.
		now = now.Add(8 * time.Hour)
		if again, err := app.AutoBackup(lib, bdir, 7); err != nil || again != "" {
			t.Fatalf("day %d: second backup %q, %v; want none", day, again, err)
		}
		if _, err := lib.CreateNote(ctx, "Day "+now.Format("02"), "written on day", nil); err != nil {
			t.Fatal(err)
		}
	}
	list, err := app.AutoBackups(bdir)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 7 {
		t.Fatalf("%d backups kept, want 7: %v", len(list), list)
	}
	if got := list[0].Day.Format("20060102"); got != "20260310" {
		t.Errorf("newest backup is %s, want 20260310", got)
	}
	if got := list[6].Day.Format("20060102"); got != "20260304" {
		t.Errorf("oldest backup kept is %s, want 20260304", got)
	}

	// The newest backup holds the state before day 10's note: restoring it
	// gives nine notes.
	lib.Close()
	if _, err := storage.Restore(list[0].Path, dir); err != nil {
		t.Fatal(err)
	}
	lib = newRelLib(t, dir, &now)
	notes, err := lib.Notes()
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 9 {
		t.Errorf("restored library has %d notes, want 9", len(notes))
	}
}

func TestAutoBackupIgnoresForeignFilesAndStaleTemps(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	lib := newRelLib(t, dir, &now)
	defer lib.Close()
	bdir := filepath.Join(dir, app.AutoBackupDir)
	if err := os.MkdirAll(bdir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"notes.txt", "library-notadate.db", "library-20200101.db.bak"} {
		writeFile(t, bdir, name, "x")
	}
	stale := writeFile(t, bdir, ".library-20260228.db.tmp-123", "half")
	old := now.Add(-2 * time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	young := writeFile(t, bdir, ".library-20260301.db.tmp-456", "in progress")
	if err := os.Chtimes(young, now, now); err != nil {
		t.Fatal(err)
	}
	if _, err := app.AutoBackup(lib, bdir, 1); err != nil {
		t.Fatal(err)
	}
	list, err := app.AutoBackups(bdir)
	if err != nil || len(list) != 1 {
		t.Fatalf("backups %v, %v; want one", list, err)
	}
	for _, name := range []string{"notes.txt", "library-notadate.db", "library-20200101.db.bak", filepath.Base(young)} {
		if _, err := os.Stat(filepath.Join(bdir, name)); err != nil {
			t.Errorf("%s was removed: %v", name, err)
		}
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file kept: %v", err)
	}
}

func TestAutoBackupsMissingFolder(t *testing.T) {
	list, err := app.AutoBackups(filepath.Join(t.TempDir(), "none"))
	if err != nil || len(list) != 0 {
		t.Fatalf("got %v, %v", list, err)
	}
}
