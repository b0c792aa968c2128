package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/realdata"
)

// TestDump prints what a real PDF gives (DOSSIER_PDF_DUMP=name), for work
// on the layout; it is skipped otherwise.
func TestDump(t *testing.T) {
	name := os.Getenv("DOSSIER_PDF_DUMP")
	if name == "" {
		t.Skip("set DOSSIER_PDF_DUMP to a file of set pdf")
	}
	dir, _ := realdata.Dir(t, "pdf")
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse(t, name, data)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("title %q author %q date %v", doc.Title, doc.Author, doc.Published)
	h := map[int]bool{}
	for _, i := range doc.Headings {
		h[i] = true
	}
	for i, p := range doc.Paragraphs {
		mark := "  "
		if h[i] {
			mark = "# "
		}
		if len(p) > 160 {
			p = p[:160] + "…"
		}
		t.Log(mark + strings.ReplaceAll(p, "\n", " "))
	}
}

// TestMemDump parses the file named by DOSSIER_PDF_MEM and prints PDFium's
// peak memory and the process's peak resident set, for work on memory.
func TestMemDump(t *testing.T) {
	name := os.Getenv("DOSSIER_PDF_MEM")
	if name == "" {
		t.Skip("set DOSSIER_PDF_MEM to a PDF file")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	ex := extractor(t)
	doc, err := ex.Parse(t.Context(), filepath.Base(name), data)
	n := 0
	if doc != nil {
		n = len(strings.Join(doc.Paragraphs, "\n\n"))
	}
	t.Logf("err %v, %d bytes of text, PDFium peak %d MiB, process peak %.0f MiB", err, n, ex.mem.peak.Load()>>20, peakRSS())
}
