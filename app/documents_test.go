package app_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"dossier/app"
	"dossier/internal/testdocs"
)

// TestImportDocuments imports a folder of PDF, Word and EPUB files, good and
// bad, into a real library: the good ones become articles, each bad one
// fails with a reason naming the file, and nothing of them is stored.
func TestImportDocuments(t *testing.T) {
	dir := t.TempDir()
	lib := newCoreLib(t, filepath.Join(dir, "lib"))
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	body, _ := testdocs.Lines(60, 120, 11, []string{"Customs officers at the border post counted", "four hundred lorries waiting on Tuesday."})
	report := testdocs.PDF([][]testdocs.Text{append([]testdocs.Text{{X: 60, Y: 70, Size: 18, S: "Border Queue Report"}}, body...)},
		testdocs.PDFOptions{Info: map[string]string{"Author": "K. Mensah"}})
	files := map[string][]byte{
		"report.pdf": report,
		"brief.docx": testdocs.DOCX("Ferry Strike", "P. Lind", "2024-01-09T08:00:00Z", []testdocs.DocPara{{Text: "Ferry crews walked out at noon, the union said."}}, nil),
		"book.epub":  testdocs.EPUB("Canal Notes", "R. Vos", "2018", []testdocs.Chapter{{Title: "Locks", Paras: []string{"The canal has forty locks between the two cities."}}}, "", ""),
		"secret.pdf": testdocs.PDF([][]testdocs.Text{body}, testdocs.PDFOptions{Encrypted: true}),
		"scan.pdf":   testdocs.PDF([][]testdocs.Text{nil}, testdocs.PDFOptions{ImageOnly: true}),
		"cut.pdf":    report[:len(report)/2],
		"bomb.docx":  testdocs.ZipBomb(8 << 20),
		"climb.epub": testdocs.EPUB("T", "A", "2020", []testdocs.Chapter{{Title: "One", Paras: []string{"Some text."}}}, "", "../"),
		"notes.xyz":  []byte("not an article"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := lib.Import(context.Background(), []string{in}, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 3 || sum.Failed != 5 || sum.Skipped != 1 {
		t.Errorf("added %d failed %d skipped %d, want 3, 5, 1: %+v", sum.Added, sum.Failed, sum.Skipped, sum.Outcomes)
	}
	for _, o := range sum.Outcomes {
		if o.Status == app.ImportFailed && !strings.Contains(o.Reason, filepath.Base(o.Path)) {
			t.Errorf("%s: reason does not name the file: %s", o.Path, o.Reason)
		}
	}
	arts, err := lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title)
	}
	sort.Strings(titles)
	if strings.Join(titles, "|") != "Border Queue Report|Canal Notes|Ferry Strike" {
		t.Errorf("stored %q", titles)
	}
}
