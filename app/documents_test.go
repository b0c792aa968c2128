package app_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/ingest"
	"dossier/app/ingest/epub"
	"dossier/app/ingest/pdf"
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

// TestImportLimits: a file over one of the limits of its format is refused
// with a reason that names the file and the limit, and nothing is stored.
func TestImportLimits(t *testing.T) {
	dir := t.TempDir()
	lib := newCoreLib(t, filepath.Join(dir, "lib"))
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	sentence := "The harbour board met again on Friday to weigh the cost of dredging the channel. "
	// Words drawn at random: repeated text would compress like a zip bomb.
	words := strings.Fields(sentence + "tides silt pilots cranes quay tonnage lighter grain berth levy")
	rnd := rand.New(rand.NewPCG(7, 8))
	var paras []testdocs.DocPara
	var chapter testdocs.Chapter
	for range 400 {
		var b strings.Builder
		for b.Len() < (ingest.MaxTextSize+(256<<10))/400 {
			b.WriteString(words[rnd.IntN(len(words))] + " ")
		}
		paras = append(paras, testdocs.DocPara{Text: b.String()})
		chapter.Paras = append(chapter.Paras, b.String())
	}
	var many []testdocs.Chapter
	for i := range epub.MaxChapters + 1 {
		many = append(many, testdocs.Chapter{Title: fmt.Sprint("Part ", i+1), Paras: []string{"A short chapter of the book."}})
	}
	pages := make([][]testdocs.Text, pdf.MaxPages+1)
	pages[0] = []testdocs.Text{{X: 50, Y: 80, Size: 10, S: "The first page of a very long register."}}
	files := map[string]struct {
		data  []byte
		limit string
	}{
		"wordy.docx": {testdocs.DOCX("Harbour", "", "2024-01-09T08:00:00Z", paras, nil), "the limit is 4 MB of text"},
		"wordy.epub": {testdocs.EPUB("Harbour", "", "2024", []testdocs.Chapter{chapter}, "", ""), "the limit is 4 MB of text"},
		"many.epub":  {testdocs.EPUB("Parts", "", "2024", many, "", ""), "more than 2000 chapters"},
		"long.pdf":   {testdocs.PDF(pages, testdocs.PDFOptions{}), "the limit is 5000 pages"},
		"big.pdf":    {append([]byte("%PDF-1.4\n"), make([]byte, ingest.MaxFileSize)...), "the limit is 20 MB a file"},
		"wordy.txt":  {[]byte(strings.Repeat(sentence+"\n\n", ingest.MaxTextSize/len(sentence)+1000)), "the limit is 4 MB of text"},
	}
	for name, f := range files {
		if err := os.WriteFile(filepath.Join(in, name), f.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := lib.Import(context.Background(), []string{in}, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 0 || sum.Failed != len(files) {
		t.Errorf("added %d failed %d, want 0 and %d", sum.Added, sum.Failed, len(files))
	}
	for _, o := range sum.Outcomes {
		name := filepath.Base(o.Path)
		if o.Status != app.ImportFailed || !strings.Contains(o.Reason, name) || !strings.Contains(o.Reason, files[name].limit) {
			t.Errorf("%s: %s %q, want a failure naming the file and %q", name, o.Status, o.Reason, files[name].limit)
		}
	}
	if arts, err := lib.Articles(); err != nil || len(arts) != 0 {
		t.Errorf("stored %d articles (%v)", len(arts), err)
	}
}
