package epub

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app/ingest"
	"dossier/app/ingest/docx"
	"dossier/internal/realdata"
)

func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// TestRealOffice scores the DOCX and EPUB importers on the hand-labelled
// real files of set "office".
func TestRealOffice(t *testing.T) {
	dir, _ := realdata.Dir(t, "office")
	f, err := os.Open("testdata/office-labels.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ok, n := 0, 0
	check := func(name, field string, good bool, got, want string) {
		n++
		if good {
			ok++
		} else {
			t.Logf("MISS %s: %s %q, want %q", name, field, got, want)
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 7 {
			t.Fatalf("office-labels.tsv: %d columns in %q", len(c), sc.Text())
		}
		name := c[0]
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Error(err)
			continue
		}
		var doc *ingest.Document
		if strings.HasSuffix(name, ".docx") {
			doc, err = docx.Parse(name, data)
		} else {
			doc, err = Parse(name, data)
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if c[1] != "-" {
			check(name, "title", norm(doc.Title) == norm(c[1]), doc.Title, c[1])
		}
		if c[2] != "-" {
			check(name, "author", strings.Contains(norm(doc.Author), norm(c[2])), doc.Author, c[2])
		}
		if c[3] != "-" {
			check(name, "date", !doc.Published.IsZero() && strings.HasPrefix(doc.Published.Format("2006-01-02"), c[3]), doc.Published.String(), c[3])
		}
		if c[4] != "-" {
			found := false
			for _, h := range doc.Headings {
				found = found || norm(doc.Paragraphs[h]) == norm(c[4])
			}
			check(name, "heading", found, "", c[4])
		}
		if c[5] != "-" {
			check(name, "first", strings.HasPrefix(norm(doc.Paragraphs[0]), norm(c[5])), doc.Paragraphs[0], c[5])
		}
		if c[6] != "-" {
			all := strings.Join(doc.Paragraphs, " ")
			for _, cp := range doc.Captions { // kept as a caption is kept
				all += " " + cp.Text
			}
			check(name, "phrase", strings.Contains(norm(all), norm(c[6])), "", c[6])
		}
	}
	t.Logf("office: %d of %d labelled fields right", ok, n)
	// First score (before any tuning): 19 of 20; the miss is a figure
	// gallery whose <figcaption> holds a heading, which the HTML path drops.
	if ok*10 < n*9 {
		t.Errorf("only %d of %d labelled fields right, want 90%%", ok, n)
	}
}
