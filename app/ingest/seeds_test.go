package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeeds parses the real articles in ../shared/seeds. Expected values
// were established by reading the files: both open with a photo caption
// (so the title is guessed from the lede), have a "SEOUL –" dateline and
// four credited captions; the second has three subheadings.
func TestSeeds(t *testing.T) {
	dir := seedsDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("seed articles not available: no .txt files in %s", dir)
	}
	want := map[string]struct {
		titlePrefix string
		titleSuffix string // the title ends the first sentence: never cut short
		paragraphs  int
		headings    []int
		credits     []string
	}{
		"000_1696030cd7a94e47.txt": {
			// No headline: the whole first sentence (the file name is a hash).
			titlePrefix: "Echoing a classic", titleSuffix: "talk anytime, anywhere", paragraphs: 30,
			credits: []string{"AFP / KCNA VIA KNS", "AFP / Noel Celis", "AFP / KCNA", "AFP / Sergey Guneev / Sputnik"},
		},
		"001_18960b66a020a68d.txt": {
			titlePrefix: "Kim Jong Un is ready", titleSuffix: "ready to jaw-jaw", paragraphs: 38, headings: []int{7, 13, 25},
			credits: []string{"AFP / KCNA / KNS", "AFP / Saul Loeb", "AFP / Brendan Smialowski", "AFP / KCNA Via KNS"},
		},
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(name, data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkInvariants(t, d)
			w, ok := want[name]
			if !ok {
				return // an unknown seed: invariants only
			}
			if !d.TitleGuessed || !strings.HasPrefix(d.Title, w.titlePrefix) {
				t.Errorf("title = %q (guessed %v), want guessed title starting %q", d.Title, d.TitleGuessed, w.titlePrefix)
			}
			if !strings.HasSuffix(d.Title, w.titleSuffix) || strings.Contains(d.Title, "…") {
				t.Errorf("title %q: want the whole first sentence, ending %q", d.Title, w.titleSuffix)
			}
			if strings.HasSuffix(d.Title, ".") {
				t.Errorf("title keeps trailing punctuation: %q", d.Title)
			}
			if d.Dateline != "SEOUL" {
				t.Errorf("Dateline = %q, want SEOUL", d.Dateline)
			}
			if !strings.HasPrefix(d.Paragraphs[0], w.titlePrefix) {
				t.Errorf("first paragraph keeps the dateline: %.40q", d.Paragraphs[0])
			}
			if len(d.Paragraphs) != w.paragraphs {
				t.Errorf("%d paragraphs, want %d", len(d.Paragraphs), w.paragraphs)
			}
			if !equalInts(d.Headings, w.headings) {
				t.Errorf("Headings = %v, want %v", d.Headings, w.headings)
			}
			var credits []string
			for _, c := range d.Captions {
				credits = append(credits, c.Credit)
				if c.Text == "" || strings.Contains(c.Text, "Photo:") {
					t.Errorf("caption text %q", c.Text)
				}
			}
			if !equalStrings(credits, w.credits) {
				t.Errorf("credits = %q, want %q", credits, w.credits)
			}
			for i, p := range d.Paragraphs {
				if strings.Contains(p, "Photo:") {
					t.Errorf("paragraph %d is a caption: %.60q", i, p)
				}
			}
			if d.Format != "txt" {
				t.Errorf("Format = %q", d.Format)
			}
		})
	}
}
