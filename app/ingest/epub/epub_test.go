package epub

import (
	"errors"
	"os"
	"strings"
	"testing"

	"dossier/app/ingest"
	"dossier/app/ingest/zipsafe"
	"dossier/internal/testdocs"
)

func book() []byte {
	return testdocs.EPUB("River Towns", "Mara Quist", "2019-04-01", []testdocs.Chapter{
		{Title: "The Upper Reach", Paras: []string{"Barges leave the upper reach at dawn, loaded with grain for the mills downstream.", "The lock keepers log every one of them by hand."}},
		{Title: "The Delta", Paras: []string{"In the delta the river splits into a dozen channels that shift every winter."}},
	}, "", "")
}

func TestEPUB(t *testing.T) {
	doc, err := Parse("towns.epub", book())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "River Towns" || doc.Author != "Mara Quist" || doc.Published.Format("2006-01-02") != "2019-04-01" || doc.Format != FormatEPUB {
		t.Errorf("metadata: %q %q %v %q", doc.Title, doc.Author, doc.Published, doc.Format)
	}
	want := []string{
		"The Upper Reach",
		"Barges leave the upper reach at dawn, loaded with grain for the mills downstream.",
		"The lock keepers log every one of them by hand.",
		"The Delta",
		"In the delta the river splits into a dozen channels that shift every winter.",
	}
	if got := strings.Join(doc.Paragraphs, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if len(doc.Headings) != 2 || doc.Headings[0] != 0 || doc.Headings[1] != 3 {
		t.Errorf("headings %v, want [0 3]", doc.Headings)
	}
}

func TestBadEPUB(t *testing.T) {
	ch := []testdocs.Chapter{{Title: "One", Paras: []string{"Some text of the only chapter in the book, long enough to count."}}}
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"climb.epub", testdocs.EPUB("T", "A", "2020", ch, "", "../"), zipsafe.ErrBadPath},
		{"href.epub", testdocs.EPUB("T", "A", "2020", ch, "../../", ""), zipsafe.ErrBadPath},
		{"bomb.epub", testdocs.Zip([2]string{"mimetype", "application/epub+zip"}, [2]string{"META-INF/container.xml", strings.Repeat(" ", 4<<20)}), zipsafe.ErrBomb},
		{"nocontainer.epub", testdocs.Zip([2]string{"mimetype", "application/epub+zip"}), ErrNotEPUB},
		{"empty.epub", testdocs.EPUB("T", "A", "2020", nil, "", ""), ingest.ErrNoContent},
		{"text.epub", []byte("plain text"), zipsafe.ErrNotZip},
	} {
		doc, err := Parse(tc.name, tc.data)
		if !errors.Is(err, tc.want) || doc != nil {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.name) {
			t.Errorf("%s: the error does not name the file: %v", tc.name, err)
		}
	}
}

// captionBook has a picture with a caption in its second chapter.
func captionBook() []byte {
	ch := func(title, body string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>` + title +
			`</title></head><body><section><h1>` + title + `</h1>` + body + `</section></body></html>`
	}
	return testdocs.EPUBRaw("River Towns", "Mara Quist", "2019", [][2]string{
		{"ch1.xhtml", ch("Locks", "<p>The canal has forty locks between the two cities.</p><p>Most were built in the 1820s.</p>")},
		{"ch2.xhtml", ch("Quays", "<p>The old quay is closed to lorries.</p><figure><img src=\"q.jpg\" alt=\"\"/><figcaption>The old quay at low water.</figcaption></figure><p>A new quay opens in the spring.</p>")},
	})
}

// TestCaptionsCountThroughTheBook: a caption's place counts the paragraphs
// of the chapters before its own.
func TestCaptionsCountThroughTheBook(t *testing.T) {
	doc, err := Parse("towns.epub", captionBook())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Captions) != 1 {
		t.Fatalf("captions %+v", doc.Captions)
	}
	c := doc.Captions[0]
	if c.Text != "The old quay at low water." || c.At <= 0 || c.At >= len(doc.Paragraphs) ||
		doc.Paragraphs[c.At-1] != "The old quay is closed to lorries." || doc.Paragraphs[c.At] != "A new quay opens in the spring." {
		t.Errorf("caption %+v stands before %q in %q", c, doc.Paragraphs[min(max(c.At, 0), len(doc.Paragraphs)-1)], doc.Paragraphs)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(book())
	f.Add(testdocs.EPUB("T", "A", "2020", nil, "../", ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("f.epub", data)
		if err == nil && (len(doc.Paragraphs) == 0 || doc.Title == "") {
			t.Fatalf("no error and no content: %+v", doc)
		}
	})
}

// TestWriteSeeds regenerates the committed seed corpus (DOSSIER_WRITE_SEEDS=1).
func TestWriteSeeds(t *testing.T) {
	if os.Getenv("DOSSIER_WRITE_SEEDS") == "" {
		t.Skip("set DOSSIER_WRITE_SEEDS=1 to rewrite testdata/fuzz")
	}
	for name, data := range map[string][]byte{
		"book":     book(),
		"climb":    testdocs.EPUB("T", "A", "2020", []testdocs.Chapter{{Title: "One", Paras: []string{"Text."}}}, "../", ""),
		"captions": captionBook(),
	} {
		if err := testdocs.WriteSeed("FuzzParse", name, data); err != nil {
			t.Fatal(err)
		}
	}
}
