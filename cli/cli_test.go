package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/cli"
	"dossier/index"
	"dossier/storage"
)

// openCLILib wires a library like main.go does.
func openCLILib(ctx context.Context, dir string, readOnly bool) (*app.Library, error) {
	lib, err := openAsMain(ctx, dir, readOnly)
	if err != nil {
		return nil, err
	}
	if lib.IndexStale() && !readOnly {
		if err := lib.Reindex(ctx, nil); err != nil {
			lib.Close()
			return nil, err
		}
	}
	return lib, nil
}

// openAsMain opens the library as main.go does, leaving a stale index for
// the command to rebuild.
func openAsMain(ctx context.Context, dir string, readOnly bool) (*app.Library, error) {
	st, err := storage.Open(dir, storage.Options{ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	idx, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{ReadOnly: readOnly})
	if err != nil {
		st.Close()
		return nil, err
	}
	lib, err := app.Open(ctx, st, idx, app.Options{})
	if err != nil {
		idx.Close()
		st.Close()
		return nil, err
	}
	return lib, nil
}

// runCLI runs one command line against library dir.
func runCLI(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCLIWith(t, openCLILib, dir, args...)
}

// runCLIWith runs one command line with open as the library opener.
func runCLIWith(t *testing.T, open func(context.Context, string, bool) (*app.Library, error), dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Open: open,
		Restore: storage.Restore, Version: "test",
		Getenv: func(k string) string {
			if k == "HOME" {
				return t.TempDir()
			}
			return ""
		}}
	code = cli.Run(context.Background(), append([]string{"--library", dir}, args...), env)
	return code, out.String(), errb.String()
}

const cliArticle = "Harbour reopens after storm\n\nNORTH BAY – The harbour reopened on Monday.\n\n\"We are back in business,\" said Ola Berg, the harbour master.\n"

func TestImportListShowJSON(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	if code, out, errs := runCLI(t, lib, "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	code, out, errs := runCLI(t, lib, "list", "--json")
	if code != 0 {
		t.Fatalf("list: %d %s", code, errs)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 {
		t.Fatalf("list --json = %s (%v)", out, err)
	}
	id := list[0]["id"].(string)
	code, out, errs = runCLI(t, lib, "show", id, "--json")
	if code != 0 {
		t.Fatalf("show: %d %s", code, errs)
	}
	var art struct {
		ID       string   `json:"id"`
		Title    string   `json:"title"`
		Body     []string `json:"body"`
		Text     string   `json:"text"`
		Dateline string   `json:"dateline"`
		Captions []any    `json:"captions"`
	}
	if err := json.Unmarshal([]byte(out), &art); err != nil {
		t.Fatal(err)
	}
	if art.Title != "Harbour reopens after storm" || len(art.Body) != 2 || art.Text != strings.Join(art.Body, "\n\n") ||
		art.Dateline != "NORTH BAY" || art.Captions == nil {
		t.Errorf("show --json = %s", out)
	}
	if code, _, _ := runCLI(t, lib, "check"); code != 0 {
		t.Errorf("check exit %d", code)
	}
}

func TestBadInvocations(t *testing.T) {
	lib := t.TempDir()
	notBolt := t.TempDir()
	os.WriteFile(filepath.Join(notBolt, storage.FileName), []byte("hello, not a database at all"), 0o644)
	missing := filepath.Join(t.TempDir(), "nope.txt")
	for _, tc := range []struct {
		name string
		dir  string
		args []string
		want string
	}{
		{"unknown command", lib, []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"missing file", lib, []string{"import", "--quiet", missing}, missing},
		{"not a bbolt file", notBolt, []string{"list"}, filepath.Join(notBolt, storage.FileName)},
		{"unknown id", lib, []string{"show", "01J000000000000000000000ZZ"}, "not found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, tc.dir)
			code, _, errs := runCLI(t, tc.dir, tc.args...)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			if !strings.Contains(errs, tc.want) || strings.Count(strings.TrimSpace(errs), "\n") > 2 {
				t.Errorf("stderr = %q; want a short message containing %q", errs, tc.want)
			}
			if tc.name == "not a bbolt file" && before != snapshot(t, tc.dir) {
				t.Error("the folder changed")
			}
		})
	}
}

// snapshot lists a folder's files and sizes.
func snapshot(t *testing.T, dir string) string {
	var b strings.Builder
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil {
			b.WriteString(p)
			data, _ := os.ReadFile(p)
			b.Write(data)
		}
		return nil
	})
	return b.String()
}

func TestHelpAndVersion(t *testing.T) {
	lib := t.TempDir()
	if code, out, _ := runCLI(t, lib, "version"); code != 0 || !strings.Contains(out, "dossier test") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, lib, "--help"); code != 0 || !strings.Contains(out+"", "") {
		t.Errorf("--help: %d %q", code, out)
	}
	if code, _, errs := runCLI(t, lib, "import", "--help"); code != 0 || !strings.Contains(errs, "usage: dossier import") {
		t.Errorf("import --help: %d %q", code, errs)
	}
}

func TestBackupAndRestore(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	runCLI(t, lib, "import", "--quiet", f)
	backup := filepath.Join(t.TempDir(), "b.db")
	if code, _, errs := runCLI(t, lib, "backup", backup); code != 0 {
		t.Fatalf("backup: %s", errs)
	}
	_, before, _ := runCLI(t, lib, "list", "--json")
	f2 := filepath.Join(t.TempDir(), "other.txt")
	os.WriteFile(f2, []byte("Another story\n\nWith different text entirely.\n"), 0o644)
	runCLI(t, lib, "import", "--quiet", f2)
	if code, _, errs := runCLI(t, lib, "restore", backup); code != 0 {
		t.Fatalf("restore: %s", errs)
	}
	if _, after, _ := runCLI(t, lib, "list", "--json"); after != before {
		t.Errorf("after restore:\n%s\nwant\n%s", after, before)
	}
	if code, out, _ := runCLI(t, lib, "check"); code != 0 {
		t.Errorf("check after restore: %s", out)
	}
}
