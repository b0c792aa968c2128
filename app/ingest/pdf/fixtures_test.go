package pdf

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"dossier/internal/testdocs"
)

// twoColumn is a page in two columns under a full-width title; the left
// column's last line ends in a hyphenated word.
func twoColumn() []byte {
	var page []testdocs.Text
	page = append(page, testdocs.Text{X: 150, Y: 60, Size: 20, S: "Grain Routes Through the Strait"})
	left, _ := testdocs.Lines(50, 120, 10,
		[]string{"The left column opens the report and", "carries the first paragraph of the text", "down to its end."},
		[]string{"A second paragraph in the left column", "continues the argument with more", "words that end in an inter-"})
	right, _ := testdocs.Lines(320, 120, 10,
		[]string{"national agreement, the right column", "goes on where the left one stopped", "and finishes the sentence."},
		[]string{"The right column closes the report", "with its final paragraph of text."})
	page = append(page, left...)
	page = append(page, right...)
	return testdocs.PDF([][]testdocs.Text{page}, testdocs.PDFOptions{Info: map[string]string{
		"Author": "Ana Ruiz", "CreationDate": "D:20240305120000Z"}})
}

func TestTwoColumns(t *testing.T) {
	doc, err := parse(t, "two.pdf", twoColumn())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Grain Routes Through the Strait" || doc.TitleGuessed {
		t.Errorf("title %q (guessed %v)", doc.Title, doc.TitleGuessed)
	}
	if doc.Author != "Ana Ruiz" || doc.Published.Format("2006-01-02") != "2024-03-05" {
		t.Errorf("author %q date %v", doc.Author, doc.Published)
	}
	want := []string{
		"The left column opens the report and carries the first paragraph of the text down to its end.",
		"A second paragraph in the left column continues the argument with more words that end in an international agreement, the right column goes on where the left one stopped and finishes the sentence.",
		"The right column closes the report with its final paragraph of text.",
	}
	if strings.Join(doc.Paragraphs, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(doc.Paragraphs, "\n"), strings.Join(want, "\n"))
	}
}

// furniture is three pages with a running header, a footer with the page
// number, a heading, a footnote in small type and a word hyphenated across
// a line end.
func furniture() []byte {
	var pages [][]testdocs.Text
	for i := 1; i <= 3; i++ {
		p := []testdocs.Text{
			{X: 50, Y: 40, Size: 8, S: "Quarterly Review of Shipping"},
			{X: 290, Y: 760, Size: 8, S: "Page " + string(rune('0'+i))},
		}
		y := 100.0
		if i == 1 {
			p = append(p, testdocs.Text{X: 50, Y: 80, Size: 16, S: "Harbour Fees Rise"})
			y = 120
		}
		if i == 2 {
			p = append(p, testdocs.Text{X: 50, Y: y, Size: 14, S: "Costs at the Quay"})
			y += 30
		}
		body, _ := testdocs.Lines(50, y, 10,
			[]string{"Section " + string(rune('0'+i)) + " body text begins here and the port", "authorities said the fees would be unre-", "viewed until the spring, a claim the agents", "disputed in writing."})
		p = append(p, body...)
		if i == 2 {
			p = append(p, testdocs.Text{X: 50, Y: 700, Size: 7, S: "1 Figures from the harbour office, March."})
		}
		pages = append(pages, p)
	}
	return testdocs.PDF(pages, testdocs.PDFOptions{Info: map[string]string{"Title": "Harbour Fees Rise", "Author": "J. Okafor"}})
}

func TestFurniture(t *testing.T) {
	doc, err := parse(t, "fees.pdf", furniture())
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(doc.Paragraphs, "\n")
	for _, bad := range []string{"Quarterly Review", "Page 1\n", "Page 3", "Harbour Fees Rise"} {
		if strings.Contains(text+"\n", bad) {
			t.Errorf("body keeps %q:\n%s", bad, text)
		}
	}
	if !strings.Contains(text, "would be unreviewed until the spring") {
		t.Errorf("hyphenated word not joined:\n%s", text)
	}
	if doc.Title != "Harbour Fees Rise" || doc.Author != "J. Okafor" {
		t.Errorf("title %q author %q", doc.Title, doc.Author)
	}
	heads := map[string]bool{}
	for _, h := range doc.Headings {
		heads[doc.Paragraphs[h]] = true
	}
	if !heads["Costs at the Quay"] || !heads["Notes"] {
		t.Errorf("headings %v, want Costs at the Quay and Notes", heads)
	}
	if last := doc.Paragraphs[len(doc.Paragraphs)-1]; last != "1 Figures from the harbour office, March." {
		t.Errorf("last paragraph %q, want the footnote", last)
	}
	if n := strings.Count(text, "body text begins here"); n != 3 {
		t.Errorf("%d of 3 pages' text", n)
	}
}

func TestBadPDFs(t *testing.T) {
	good := twoColumn()
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"secret.pdf", testdocs.PDF([][]testdocs.Text{{{X: 50, Y: 50, Size: 10, S: "hidden"}}}, testdocs.PDFOptions{Encrypted: true}), ErrEncrypted},
		{"cut.pdf", good[:len(good)*2/3], ErrDamaged},
		{"scan.pdf", testdocs.PDF([][]testdocs.Text{nil, nil}, testdocs.PDFOptions{ImageOnly: true}), ErrNoText},
		{"notapdf.pdf", []byte("hello, this is text"), ErrDamaged},
	} {
		doc, err := parse(t, tc.name, tc.data)
		if !errors.Is(err, tc.want) || doc != nil {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.name) {
			t.Errorf("%s: the error does not name the file: %v", tc.name, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, data := range pdfSeeds() {
		f.Add(data)
	}
	ex := extractor(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ex.Parse(context.Background(), "f.pdf", data)
		if err == nil && (len(doc.Paragraphs) == 0 || doc.Title == "") {
			t.Fatalf("no error and no content: %+v", doc)
		}
	})
}

func pdfSeeds() map[string][]byte {
	two := twoColumn()
	return map[string][]byte{
		"two-column": two,
		"furniture":  furniture(),
		"encrypted":  testdocs.PDF([][]testdocs.Text{{{X: 50, Y: 50, Size: 10, S: "hidden"}}}, testdocs.PDFOptions{Encrypted: true}),
		"image-only": testdocs.PDF([][]testdocs.Text{nil}, testdocs.PDFOptions{ImageOnly: true}),
		"truncated":  two[:len(two)/2],
		"title-kicker": titlePage("Losing the Cabin", testdocs.Text{X: 50, Y: 40, Size: 14, S: "Page 1 of 12 Draft"},
			testdocs.Text{X: 50, Y: 60, Size: 16, S: "FlightOPS"}, testdocs.Text{X: 50, Y: 100, Size: 13, S: "Appendix Incidents Involving Cabin Pressure, 1995–2005"}),
	}
}

// TestWriteSeeds regenerates the committed seed corpus (DOSSIER_WRITE_SEEDS=1).
func TestWriteSeeds(t *testing.T) {
	if os.Getenv("DOSSIER_WRITE_SEEDS") == "" {
		t.Skip("set DOSSIER_WRITE_SEEDS=1 to rewrite testdata/fuzz")
	}
	for name, data := range pdfSeeds() {
		if err := testdocs.WriteSeed("FuzzParse", name, data); err != nil {
			t.Fatal(err)
		}
	}
}

// TestTooComplex: a page whose drawing needs more memory than the PDF
// reader may use is refused with a one-line message naming the file and the
// limit, and the next file reads normally.
func TestTooComplex(t *testing.T) {
	if testing.Short() {
		t.Skip("a 12 MB drawing")
	}
	var d strings.Builder
	for i := range 700000 {
		fmt.Fprintf(&d, "%d %d 1 1 re f\n", 50+i%500, 100+(i/500)%600)
	}
	body, _ := testdocs.Lines(50, 260, 10, []string{"A chart with very many bars in it."})
	data := testdocs.PDF([][]testdocs.Text{body}, testdocs.PDFOptions{Draw: []string{d.String()}})
	_, err := parse(t, "chart.pdf", data)
	if !errors.Is(err, ErrTooComplex) || !strings.Contains(err.Error(), "chart.pdf") || !strings.Contains(err.Error(), "160 MB") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("err = %v, want ErrTooComplex in one line naming the file and the limit", err)
	}
	if doc, err := parse(t, "two.pdf", twoColumn()); err != nil || doc.Title != "Grain Routes Through the Strait" {
		t.Errorf("the next file: %v", err)
	}
}
