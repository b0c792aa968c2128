package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `export --format w3c` writes a standalone JSON-LD collection, and
// --keep-rejected keeps the quotes the analyst rejected (left out by
// default).
func TestExportW3CAndKeepRejected(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	if code, out, errs := runExportCLI(t, lib, "", "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	code, out, errs := runExportCLI(t, lib, "", "quotes", "--all", "--json")
	if code != 0 {
		t.Fatalf("quotes: %d %s", code, errs)
	}
	var qs []struct{ ID string }
	if err := json.Unmarshal([]byte(out), &qs); err != nil || len(qs) != 1 {
		t.Fatalf("quotes: %v %s", err, out)
	}
	if code, _, errs := runExportCLI(t, lib, "", "quotes", "reject", qs[0].ID); code != 0 {
		t.Fatalf("reject: %s", errs)
	}
	dir := t.TempDir()
	for _, audit := range []bool{false, true} {
		args := []string{"export", "--format", "w3c", "--out", filepath.Join(dir, "a"), "--quiet", "--json"}
		if audit {
			args = append(args, "--keep-rejected")
		}
		code, out, errs := runExportCLI(t, lib, "", args...)
		if code != 0 {
			t.Fatalf("export %v: %d %s", args, code, errs)
		}
		var res struct {
			Path   string
			Quotes int
		}
		json.Unmarshal([]byte(out), &res)
		data, err := os.ReadFile(res.Path)
		if err != nil || !strings.HasSuffix(res.Path, ".jsonld") || !strings.Contains(string(data), `"type":"AnnotationCollection"`) {
			t.Fatalf("%s: %v %.200s", res.Path, err, data)
		}
		if has := strings.Contains(string(data), qs[0].ID); has != audit || (res.Quotes == 1) != audit {
			t.Errorf("keep-rejected=%v: rejected quote exported=%v (%d quotes)", audit, has, res.Quotes)
		}
		os.Remove(res.Path)
	}
}
