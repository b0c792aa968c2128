package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
	"dossier/app/ingest/pdf"
	"dossier/storage"
	"dossier/ui"
)

// The GUI's export reports the file it wrote, with the extension added.
// TestMain serves as the process compilePDF starts (os.Executable is the
// test binary here).
func TestMain(m *testing.M) {
	if code, ok := compileChild(); ok {
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// TestCompilePDFInAProcessOfItsOwn: the PDF reader is compiled by a process
// of its own (about 350 MB at its peak, more than reading the largest PDF
// allowed takes), and the cache then holds it for the app.
func TestCompilePDFInAProcessOfItsOwn(t *testing.T) {
	dir := t.TempDir()
	if pdf.Compiled(dir) {
		t.Fatal("an empty folder reads as compiled")
	}
	if err := compilePDF(dir); err != nil {
		t.Fatal(err)
	}
	if !pdf.Compiled(dir) {
		t.Fatal("nothing was compiled into the cache")
	}
}

func TestExportForGUIReturnsTheFinalPath(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib, err := openLibrary(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if _, err := lib.LoadSample(ctx); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "export")
	got, err := exportForGUI(ctx, lib, ui.ExportRequest{Format: export.FormatBundle, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	if want := out + ".dossier"; got != want {
		t.Errorf("exportForGUI returned %s, want %s", got, want)
	}
	if _, err := os.Stat(got); err != nil {
		t.Error(err)
	}
}

// The GUI's passphrase question reaches the bundle importer, and a wrong
// passphrase is recognised by the error the importer wraps.
func TestGUIConfigWiresThePassphrase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib, err := openLibrary(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	cfg := guiConfig(dir, "")
	if cfg.Passphrase == nil || !errors.Is(cfg.WrongPassphrase, export.ErrWrongPassphrase) {
		t.Fatal("guiConfig does not wire the passphrase question")
	}
	// An age header and nothing else: asked for, then refused as damaged.
	pack := filepath.Join(t.TempDir(), "pack.dossier")
	if err := os.WriteFile(pack, []byte("age-encryption.org/v1\n-> scrypt xx 18\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var asked string
	_, err = lib.ImportArchive(cfg.Passphrase(ctx, func(file string) (string, error) {
		asked = file
		return "pass", nil
	}), pack)
	if asked != pack {
		t.Errorf("the passphrase was asked for %q, want %s", asked, pack)
	}
	if err == nil || errors.Is(err, export.ErrNeedPassphrase) {
		t.Errorf("importing a damaged encrypted bundle: %v", err)
	}
}

// newLibrary makes a library in dir with one article per title and returns
// it open.
func newLibrary(t *testing.T, dir string, titles ...string) *app.Library {
	t.Helper()
	lib, err := openLibrary(context.Background(), dir, false)
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
	for _, title := range titles {
		p := filepath.Join(src, strings.ReplaceAll(title, " ", "-")+".md")
		if err := os.WriteFile(p, []byte("# "+title+"\n\nThe text of "+title+".\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	if sum, err := lib.Import(context.Background(), paths, app.ImportOptions{}); err != nil || sum.Added != len(titles) {
		t.Fatalf("import: %+v, %v", sum, err)
	}
}

// A truncated library file is diagnosed as a damaged store, and restoring
// the latest automatic backup over it works (storage.Restore alone faults
// on it) and keeps the truncated file aside byte for byte.
func TestRestoreOverATruncatedLibrary(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib := newLibrary(t, dir, "Harbour Report", "Border Crossing")
	if _, err := app.AutoBackup(lib, filepath.Join(dir, app.AutoBackupDir), 0); err != nil {
		t.Fatal(err)
	}
	addArticles(t, lib, "Late Dispatch")
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
	cur := filepath.Join(dir, storage.FileName)
	whole, err := os.ReadFile(cur)
	if err != nil {
		t.Fatal(err)
	}
	truncated := whole[:len(whole)/2]
	if err := os.WriteFile(cur, truncated, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = openLibrary(ctx, dir, false)
	if err == nil {
		t.Fatal("a truncated library opened")
	}
	if p := diagnoseOpenError(err); p != ui.ProblemStore {
		t.Fatalf("diagnosed %v for %v, want a damaged store", p, err)
	}
	backups, err := app.AutoBackups(filepath.Join(dir, app.AutoBackupDir))
	if err != nil || len(backups) != 1 {
		t.Fatalf("backups %v, %v", backups, err)
	}
	kept, err := guiConfig(dir, "").Restore(ctx, dir, backups[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(kept); err != nil || !bytes.Equal(got, truncated) || !strings.HasPrefix(filepath.Base(kept), "library.db.before-restore-") {
		t.Errorf("kept %s (%v): not the truncated file", kept, err)
	}
	lib, err = openLibrary(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if arts, _ := lib.Articles(); len(arts) != 2 {
		t.Errorf("%d articles after the restore, want the 2 backed up", len(arts))
	}
}

// A failed restore (the backup is no library) leaves the damaged file where
// it was; a healthy library is restored by storage.Restore itself.
func TestRestoreLibraryPutsBackOnFailure(t *testing.T) {
	dir := t.TempDir()
	lib := newLibrary(t, dir, "Harbour Report")
	good := filepath.Join(t.TempDir(), "good.db")
	if _, err := app.BackupTo(lib, good); err != nil {
		t.Fatal(err)
	}
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
	cur := filepath.Join(dir, storage.FileName)
	damaged := []byte(strings.Repeat("not a library ", 1000))
	if err := os.WriteFile(cur, damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.db")
	if err := os.WriteFile(bad, []byte("nothing"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Restore(bad, dir); err == nil {
		t.Fatal("a bad backup was restored")
	}
	if got, _ := os.ReadFile(cur); !bytes.Equal(got, damaged) {
		t.Fatal("the damaged file is not back in place after a failed restore")
	}
	if aside, _ := filepath.Glob(cur + ".before-restore-*"); len(aside) != 0 {
		t.Errorf("files left aside: %v", aside)
	}
	// Over the damaged file, then over the healthy one it became.
	for i := range 2 {
		kept, err := storage.Restore(good, dir)
		if err != nil || kept == "" {
			t.Fatalf("restore %d: kept %q, %v", i, kept, err)
		}
	}
}

// A search index that does not open is diagnosed as such; setting it aside
// lets the library open with a new index.
func TestIndexProblemAndSetIndexAside(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib := newLibrary(t, dir, "Harbour Report")
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
	idx := filepath.Join(dir, IndexDir)
	if err := os.RemoveAll(idx); err != nil {
		t.Fatal(err)
	}
	// A file where the index folder should be.
	if err := os.WriteFile(idx, []byte("not an index"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := openLibrary(ctx, dir, false)
	if err == nil {
		t.Fatal("the library opened over a file in place of its index")
	}
	if p := diagnoseOpenError(err); p != ui.ProblemIndex {
		t.Fatalf("diagnosed %v for %v, want an index problem", p, err)
	}
	aside, err := setIndexAside(dir)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(aside); err != nil || string(b) != "not an index" {
		t.Errorf("the old index was not kept as %s: %v", aside, err)
	}
	lib, err = openLibrary(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if !lib.IndexStale() {
		t.Error("a new index should be rebuilt")
	}
	if a, err := setIndexAside(t.TempDir()); err != nil || a != "" {
		t.Errorf("no index to set aside: %q, %v", a, err)
	}
}

// Under Debian's default C.UTF-8 locale the program starts without Fyne
// logging a locale error (ui/localeenv): the test binary links Fyne as the
// program does, so it is run again in that locale.
func TestNoLocaleErrorUnderCUTF8(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if bytes.Contains(out, []byte("Fyne error")) {
		t.Fatalf("Fyne logged an error at start under LANG=C.UTF-8:\n%s", out)
	}
}
