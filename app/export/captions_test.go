package export_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
)

// Captions go into the Markdown and HTML exports where they stood in the
// text, marked as captions.
func TestCaptionsExportedInPlace(t *testing.T) {
	lib := newExpLib(t)
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "ferry.txt")
	text := "Ferry crossing closed\n\nFog closed the strait on Tuesday.\n\nA ferry waits in the fog. Photo: AFP / Lena Ortiz\n\n" +
		"Drivers slept in their cabs.\n\nThe fog lifted on Friday.\n\nThe harbour at dawn. Photo: Ann Lee\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum, err := lib.Import(ctx, []string{p}, app.ImportOptions{}); err != nil || sum.Added != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	inOrder := func(t *testing.T, doc string, parts ...string) {
		t.Helper()
		at := 0
		for _, part := range parts {
			i := strings.Index(doc[at:], part)
			if i < 0 {
				t.Fatalf("%q missing or out of place in\n%s", part, doc)
			}
			at += i + len(part)
		}
	}
	out := filepath.Join(t.TempDir(), "vault")
	exportTo(t, lib, export.FormatMarkdown, out, export.Selection{})
	files, _ := filepath.Glob(filepath.Join(out, "Articles", "*.md"))
	if len(files) != 1 {
		t.Fatalf("article files: %v", files)
	}
	md, _ := os.ReadFile(files[0])
	inOrder(t, string(md), "Fog closed the strait", "*A ferry waits in the fog.* (Photo: AFP / Lena Ortiz)",
		"Drivers slept", "The fog lifted", "*The harbour at dawn.* (Photo: Ann Lee)")

	res := exportTo(t, lib, export.FormatHTML, filepath.Join(t.TempDir(), "report"), export.Selection{})
	h, _ := os.ReadFile(res.Path)
	inOrder(t, string(h), "Fog closed the strait", `<figcaption>A ferry waits in the fog. <span class="credit">Photo: AFP / Lena Ortiz</span></figcaption>`,
		"Drivers slept", "The fog lifted", "<figcaption>The harbour at dawn.")
}
