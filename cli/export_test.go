package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
	"dossier/cli"
	"dossier/storage"
)

// runExportCLI runs a command with the archive importers registered, as
// main.go wires them, and stdin given.
func runExportCLI(t *testing.T, dir, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	open := func(ctx context.Context, d string, ro bool) (*app.Library, error) {
		lib, err := openCLILib(ctx, d, ro)
		if err == nil {
			export.Register(lib)
		}
		return lib, err
	}
	env := &cli.Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Open: open,
		Restore: storage.Restore, Version: "test", Getenv: func(string) string { return "" }}
	code := cli.Run(context.Background(), append([]string{"--library", dir}, args...), env)
	return code, out.String(), errb.String()
}

func TestExportCommand(t *testing.T) {
	lib := t.TempDir()
	f := filepath.Join(t.TempDir(), "story.txt")
	os.WriteFile(f, []byte(cliArticle), 0o644)
	if code, out, errs := runExportCLI(t, lib, "", "import", "--quiet", f); code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	outDir := t.TempDir()
	for _, format := range []string{"bundle", "csv", "html", "markdown", "qdpx"} {
		code, out, errs := runExportCLI(t, lib, "", "export", "--format", format, "--out", filepath.Join(outDir, "x"), "--quiet")
		if code != 0 || !strings.Contains(out, "exported 1 articles") {
			t.Errorf("export %s: %d %s %s", format, code, out, errs)
		}
	}
	other := t.TempDir()
	code, out, errs := runExportCLI(t, other, "", "import", "--quiet", filepath.Join(outDir, "x.dossier"))
	if code != 0 || !strings.Contains(out, "1 added") {
		t.Fatalf("import bundle: %d %s %s", code, out, errs)
	}
	if code, _, errs := runExportCLI(t, lib, "", "export", "--format", "pdf", "--out", filepath.Join(outDir, "y")); code != 1 || !strings.Contains(errs, "unknown format") {
		t.Errorf("unknown format: %d %s", code, errs)
	}
	if code, _, errs := runExportCLI(t, lib, "", "export", "--format", "bundle", "--encrypt", "--out", filepath.Join(outDir, "z")); code != 1 || !strings.Contains(errs, "no passphrase") {
		t.Errorf("encrypt without a passphrase: %d %s", code, errs)
	}
	if code, _, errs := runExportCLI(t, lib, "", "export", "--format", "csv", "--encrypt", "--out", filepath.Join(outDir, "z")); code != 1 || !strings.Contains(errs, "bundle only") {
		t.Errorf("encrypt csv: %d %s", code, errs)
	}
}
