package docx

import (
	"errors"
	"os"
	"strings"
	"testing"

	"dossier/app/ingest"
	"dossier/app/ingest/zipsafe"
	"dossier/internal/testdocs"
)

func sample() []byte {
	return testdocs.DOCX("Port Briefing", "Lena Brandt", "2023-11-02T09:30:00Z", []testdocs.DocPara{
		{Style: "Title", Text: "Port Briefing"},
		{Text: "The harbour master said traffic fell by a third.[^1]"},
		{Style: "Heading1", Text: "Background"},
		{Text: "Dredging stopped in May & the channel silted up.[^2]"},
	}, []string{"Harbour office figures.", "Survey of 12 June."})
}

func TestDOCX(t *testing.T) {
	doc, err := Parse("brief.docx", sample())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Port Briefing" || doc.Author != "Lena Brandt" || doc.Published.Format("2006-01-02") != "2023-11-02" || doc.Format != FormatDOCX {
		t.Errorf("metadata: %q %q %v %q", doc.Title, doc.Author, doc.Published, doc.Format)
	}
	want := []string{
		"The harbour master said traffic fell by a third.[1]",
		"Background",
		"Dredging stopped in May & the channel silted up.[2]",
		"Notes",
		"[1] Harbour office figures.",
		"[2] Survey of 12 June.",
	}
	if got := strings.Join(doc.Paragraphs, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if len(doc.Headings) != 2 || doc.Headings[0] != 1 || doc.Headings[1] != 3 {
		t.Errorf("headings %v, want [1 3]", doc.Headings)
	}
}

func TestBadDOCX(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"bomb.docx", testdocs.ZipBomb(8 << 20), zipsafe.ErrBomb},
		{"escape.docx", testdocs.Zip([2]string{"../../word/document.xml", "<w:document/>"}), zipsafe.ErrBadPath},
		{"abs.docx", testdocs.Zip([2]string{"/etc/word/document.xml", "<w:document/>"}), zipsafe.ErrBadPath},
		{"plain.docx", []byte("not a zip at all"), zipsafe.ErrNotZip},
		{"other.docx", testdocs.Zip([2]string{"readme.txt", "hello"}), ErrNotDOCX},
		{"empty.docx", nil, ingest.ErrEmpty},
		{"blank.docx", testdocs.DOCX("", "", "", nil, nil), ingest.ErrNoContent},
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

func FuzzParse(f *testing.F) {
	f.Add(sample())
	f.Add(testdocs.ZipBomb(1 << 10))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("f.docx", data)
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
		"sample": sample(),
		"bomb":   testdocs.ZipBomb(1 << 10),
		"escape": testdocs.Zip([2]string{"../word/document.xml", "<w:document/>"}),
	} {
		if err := testdocs.WriteSeed("FuzzParse", name, data); err != nil {
			t.Fatal(err)
		}
	}
}
