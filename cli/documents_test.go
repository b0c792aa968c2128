package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/testdocs"
)

// TestImportDocumentsCLI imports a PDF, a Word file and an EPUB named on the
// command line, and a folder with an encrypted PDF, which fails by name.
func TestImportDocumentsCLI(t *testing.T) {
	lib := t.TempDir()
	in := t.TempDir()
	body, _ := testdocs.Lines(60, 120, 11, []string{"Grain prices rose for the third week,", "traders in the port said on Friday."})
	files := map[string][]byte{
		"prices.pdf": testdocs.PDF([][]testdocs.Text{append([]testdocs.Text{{X: 60, Y: 70, Size: 18, S: "Grain Prices Rise"}}, body...)}, testdocs.PDFOptions{}),
		"memo.docx":  testdocs.DOCX("Ferry Memo", "P. Lind", "2024-01-09T08:00:00Z", []testdocs.DocPara{{Text: "The ferry timetable changes in March."}}, nil),
		"guide.epub": testdocs.EPUB("Harbour Guide", "R. Vos", "2018", []testdocs.Chapter{{Title: "Quays", Paras: []string{"The old quay is closed to lorries."}}}, "", ""),
	}
	var paths []string
	for name, data := range files {
		p := filepath.Join(in, name)
		os.WriteFile(p, data, 0o644)
		paths = append(paths, p)
	}
	code, out, errs := runCLI(t, lib, append([]string{"import", "--quiet"}, paths...)...)
	if code != 0 || !strings.Contains(out, "3 added") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "locked.pdf"), testdocs.PDF([][]testdocs.Text{body}, testdocs.PDFOptions{Encrypted: true}), 0o644)
	code, out, errs = runCLI(t, lib, "import", "--quiet", bad)
	if code == 0 || !strings.Contains(errs, "locked.pdf: the PDF is encrypted") || strings.Contains(errs, "locked.pdf: locked.pdf") || !strings.Contains(out, "1 failed") {
		t.Errorf("encrypted PDF: %d %q %q", code, out, errs)
	}
	_, out, _ = runCLI(t, lib, "list")
	for _, title := range []string{"Grain Prices Rise", "Ferry Memo", "Harbour Guide"} {
		if !strings.Contains(out, title) {
			t.Errorf("list lacks %q:\n%s", title, out)
		}
	}
}
