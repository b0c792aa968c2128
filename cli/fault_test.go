package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A write command takes the day's automatic backup before its change;
// `dossier restore` with no file brings it back, keeping the current file.
func TestFaultRestoreLatestAutomaticBackup(t *testing.T) {
	lib := t.TempDir()
	src := t.TempDir()
	first := filepath.Join(src, "first.txt")
	os.WriteFile(first, []byte(cliArticle), 0o644)
	if code, _, errs := runCLI(t, lib, "import", "--quiet", first); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	// The second import's open finds today's backup already taken (before
	// the first import), so that one is what restore brings back: an empty
	// library. Take a fresh one by removing it.
	os.RemoveAll(filepath.Join(lib, "backups"))
	second := filepath.Join(src, "second.txt")
	os.WriteFile(second, []byte(strings.Replace(cliArticle, "Harbour reopens", "Bridge closes", 1)), 0o644)
	if code, _, errs := runCLI(t, lib, "import", "--quiet", second); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	code, out, errs := runCLI(t, lib, "restore", "--list", "--json")
	if code != 0 {
		t.Fatalf("restore --list: %s", errs)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 {
		t.Fatalf("restore --list --json = %s (%v)", out, err)
	}
	if code, out, errs = runCLI(t, lib, "restore"); code != 0 {
		t.Fatalf("restore: %d %s %s", code, out, errs)
	}
	if !strings.Contains(out, "previous file is kept") {
		t.Errorf("restore output %q", out)
	}
	_, out, _ = runCLI(t, lib, "list", "--json")
	if !strings.Contains(out, "Harbour reopens") || strings.Contains(out, "Bridge closes") {
		t.Errorf("after restore: %s", out)
	}
	if code, out, errs := runCLI(t, lib, "check"); code != 0 {
		t.Errorf("check after restore: %s %s", out, errs)
	}
}

func TestFaultRestoreWithoutBackups(t *testing.T) {
	code, _, errs := runCLI(t, t.TempDir(), "restore")
	if code != 1 || !strings.Contains(errs, "no automatic backups") {
		t.Fatalf("code %d: %s", code, errs)
	}
}

// A damaged store: the command fails with a clear message; restore of the
// latest automatic backup is the way out and works over the damaged file.
func TestFaultDamagedStoreRestore(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	if code, _, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	os.RemoveAll(filepath.Join(lib, "backups"))
	if code, _, errs := runCLI(t, lib, "tag", "rename", "nothing", "else"); code == 0 && errs == "" {
		// any write command takes the backup; its own result does not matter
		t.Log("tag rename ran")
	}
	db := filepath.Join(lib, "library.db")
	if err := os.WriteFile(db, []byte("this is not a bbolt file, it is a damaged one........"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, lib, "list")
	if code == 0 || !strings.Contains(errs, "not a Dossier library file") || !strings.Contains(errs, "`dossier restore` restores the automatic backup") {
		t.Fatalf("list on a damaged store: %d %s", code, errs)
	}
	if code, out, errs := runCLI(t, lib, "restore"); code != 0 {
		t.Fatalf("restore over a damaged store: %d %s %s", code, out, errs)
	}
	if _, out, _ := runCLI(t, lib, "list"); !strings.Contains(out, "Harbour reopens") {
		t.Errorf("after restore: %s", out)
	}
}

// A corrupt index folder: the next write command rebuilds it and check
// passes; nothing committed is lost.
func TestFaultCorruptIndexFolder(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	if code, _, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	idx := filepath.Join(lib, "index.bleve")
	os.RemoveAll(idx)
	os.MkdirAll(idx, 0o755)
	os.WriteFile(filepath.Join(idx, "index_meta.json"), []byte("{not json"), 0o644)
	code, out, errs := runCLI(t, lib, "check")
	if code != 0 {
		t.Fatalf("check after corrupting the index: %d %s %s", code, out, errs)
	}
	if code, out, _ := runCLI(t, lib, "search", "harbour"); code != 0 || !strings.Contains(out, "Harbour") {
		t.Errorf("search after rebuild: %d %s", code, out)
	}
}

// The library folder removed while nothing holds it: read commands say
// there is no library; nothing panics.
func TestFaultLibraryFolderRemoved(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	if code, _, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	os.RemoveAll(lib)
	code, _, errs := runCLI(t, lib, "list")
	if code == 0 || !strings.Contains(errs, "library") {
		t.Errorf("list in a removed folder: %d %s", code, errs)
	}
}

// A 100,000-character query is answered or refused cleanly.
func TestHostileLongQuery(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	if code, _, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	for _, q := range []string{strings.Repeat("harbour ", 12500), strings.Repeat("(", 100000), strings.Repeat("\"a", 50000)} {
		code, _, errs := runCLI(t, lib, "search", q)
		if code != 0 && errs == "" {
			t.Errorf("query of %d chars failed without a message", len(q))
		}
	}
}

// A new library has no index yet: the first import builds it without
// announcing a rebuild; a library that lost its index says so.
func TestNewLibraryNoRebuildMessage(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	code, _, errs := runCLIWith(t, openAsMain, lib, "import", "--quiet", f)
	if code != 0 {
		t.Fatalf("import: %s", errs)
	}
	if strings.Contains(errs, "out of date") || strings.Contains(errs, "indexing") {
		t.Errorf("the first import into a new library says %q", errs)
	}
	os.RemoveAll(filepath.Join(lib, "index.bleve"))
	code, _, errs = runCLIWith(t, openAsMain, lib, "import", "--quiet", f)
	if code != 0 || !strings.Contains(errs, "missing or out of date") {
		t.Errorf("an import after the index was deleted: %d %q, want the rebuild announced", code, errs)
	}
}
