package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The command-line defects of issue 22, one check each.
func TestCLIStdioAndJSON(t *testing.T) {
	lib := t.TempDir()
	run := func(stdin string, args ...string) (string, string) {
		t.Helper()
		code, out, errs := runExportCLI(t, lib, stdin, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s\n%s", args, code, out, errs)
		}
		return out, errs
	}
	isJSON := func(what, out string, v any) {
		t.Helper()
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Errorf("%s --json printed %q: %v", what, out, err)
		}
	}
	// import - reads standard input.
	out, _ := run(cliArticle, "import", "--quiet", "-")
	if !strings.Contains(out, "1 added") {
		t.Fatalf("import -: %s", out)
	}
	// export --out - writes to standard output, and no file named "-".
	wd, _ := os.Getwd()
	out, errs := run("", "export", "--format", "csv", "--out", "-", "--quiet")
	if !strings.Contains(out, "Harbour reopens after storm") || !strings.Contains(errs, "exported 1 articles") {
		t.Errorf("export --out -: stdout %q, stderr %q", out, errs)
	}
	for _, name := range []string{"-", "-.csv"} {
		if _, err := os.Stat(filepath.Join(wd, name)); err == nil {
			os.Remove(filepath.Join(wd, name))
			t.Errorf("export --out - wrote a file %q", name)
		}
	}
	var v map[string]any
	out, _ = run("", "version", "--json")
	isJSON("version", out, &v)
	out, _ = run("", "backup", "--json", filepath.Join(t.TempDir(), "b.db"))
	isJSON("backup", out, &v)
	out, _ = run("", "reindex", "--json")
	isJSON("reindex", out, &v)
	// note new --json; note show takes the ID note list prints.
	out, _ = run("", "note", "new", "--json", "--body", "text of the note", "Harbour notes")
	var note struct{ ID, Title string }
	isJSON("note new", out, &note)
	out, _ = run("", "note", "list")
	if !strings.Contains(out, note.ID) {
		t.Fatalf("note list: %s", out)
	}
	out, _ = run("", "note", "show", note.ID)
	if !strings.Contains(out, "text of the note") {
		t.Errorf("note show ID: %s", out)
	}
	out, _ = run("", "note", "rename", "--json", "Harbour notes", "Harbour log")
	isJSON("note rename", out, &v)
	// person rename --json; quotes confirm --json.
	out, _ = run("", "person", "rename", "--json", "Ola Berg", "Ola K. Berg")
	isJSON("person rename", out, &v)
	out, _ = run("", "quotes", "--all", "--json")
	var qs []struct{ ID string }
	isJSON("quotes", out, &qs)
	if len(qs) == 0 {
		t.Fatal("no quotes")
	}
	out, _ = run("", "quotes", "confirm", "--json", qs[0].ID)
	isJSON("quotes confirm", out, &v)
	// orphans delete refuses an attached quote without --force.
	code, _, errs := runExportCLI(t, lib, "", "orphans", "delete", qs[0].ID)
	if code == 0 || !strings.Contains(errs, "not an orphan") || !strings.Contains(errs, "--force") {
		t.Errorf("orphans delete of an attached quote: exit %d, %s", code, errs)
	}
	if out, _ := run("", "quotes", "--all", "--json"); !strings.Contains(out, qs[0].ID) {
		t.Error("the refused delete deleted the quote")
	}
	run("", "orphans", "delete", "--force", qs[0].ID)
}

// A quote decided differently on two sides is listed by `dossier conflicts`
// after a bundle merge, and both decisions are in the quote list.
func TestConflictsCommand(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	run := func(lib, stdin string, args ...string) string {
		t.Helper()
		code, out, errs := runExportCLI(t, lib, stdin, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s\n%s", args, code, out, errs)
		}
		return out
	}
	run(a, cliArticle, "import", "--quiet", "-")
	shared := filepath.Join(t.TempDir(), "shared.dossier")
	run(a, "", "export", "--format", "bundle", "--out", shared, "--quiet")
	run(b, "", "import", "--quiet", shared)
	var qs []struct{ ID string }
	if err := json.Unmarshal([]byte(run(a, "", "quotes", "--all", "--json")), &qs); err != nil || len(qs) == 0 {
		t.Fatalf("quotes: %v %v", qs, err)
	}
	run(a, "", "quotes", "confirm", qs[0].ID)
	run(b, "", "quotes", "reject", qs[0].ID)
	if out := run(a, "", "conflicts"); !strings.Contains(out, "No conflicts") {
		t.Errorf("conflicts before the merge: %s", out)
	}
	fromB := filepath.Join(t.TempDir(), "b.dossier")
	run(b, "", "export", "--format", "bundle", "--out", fromB, "--quiet")
	run(a, "", "import", "--quiet", fromB)
	var cs []struct {
		Kind, ID, Field string
		CopyID          string `json:"copy_id"`
	}
	if err := json.Unmarshal([]byte(run(a, "", "conflicts", "--json")), &cs); err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Kind != "quote" || cs[0].ID != qs[0].ID || cs[0].Field != "status" || cs[0].CopyID == "" {
		t.Fatalf("conflicts: %+v", cs)
	}
	out := run(a, "", "quotes", "--all", "--json")
	if !strings.Contains(out, `"confirmed"`) || !strings.Contains(out, `"rejected"`) || !strings.Contains(out, cs[0].CopyID) {
		t.Errorf("both decisions are not in the quote list: %s", out)
	}
}
