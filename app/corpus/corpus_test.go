package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestArticleDeterministicAndSized(t *testing.T) {
	g := New(Options{Seed: 7})
	a1, a2 := g.Article(42).File(), New(Options{Seed: 7}).Article(42).File()
	if !bytes.Equal(a1, a2) {
		t.Fatal("article 42 differs between two generators with the same seed")
	}
	if bytes.Equal(a1, g.Article(43).File()) {
		t.Fatal("articles 42 and 43 are the same")
	}
	total, quotes := 0, 0
	const n = 200
	for i := range n {
		a := g.Article(i)
		total += len(a.File())
		quotes += len(a.Quotes)
		if a.Title == "" || a.Source == "" || a.Author == "" || a.Published.IsZero() || len(a.Tags) == 0 {
			t.Fatalf("article %d lacks metadata: %+v", i, a)
		}
		for _, q := range a.Quotes {
			if !strings.Contains(strings.Join(a.Paragraphs, "\n\n"), q.Text) {
				t.Fatalf("article %d: quote %q not in the text", i, q.Text)
			}
		}
	}
	if mean := total / n; mean < 5000 || mean > 7500 {
		t.Errorf("mean article size = %d bytes; want about 6000", mean)
	}
	if quotes < 3*n {
		t.Errorf("%d quotes in %d articles; want at least 3 each", quotes, n)
	}
}

func TestFileLayout(t *testing.T) {
	a := New(Options{Seed: 1}).Article(0)
	f := string(a.File())
	for _, want := range []string{a.Title + "\n\nBy " + a.Author + "\n", "\nSource: " + a.Source + "\n",
		"\nPublished: " + a.Published.Format("2006-01-02"), "\nTags: ", "\n\n" + a.Dateline + " – "} {
		if !strings.Contains(f, want) {
			t.Errorf("file lacks %q:\n%s", want, f[:min(len(f), 400)])
		}
	}
}

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	w, err := New(Options{Seed: 3}).WriteFiles(context.Background(), dir, 25, 3)
	if err != nil {
		t.Fatal(err)
	}
	if w.Files != 25 || w.Bytes < 25*4000 {
		t.Fatalf("written = %+v", w)
	}
	if _, err := os.Stat(filepath.Join(dir, "000", FileName(24))); err != nil {
		t.Fatal(err)
	}
}

func TestQueries(t *testing.T) {
	qs := New(Options{}).Queries()
	if len(qs.Terms) == 0 || len(qs.Pairs) == 0 || len(qs.Phrases) == 0 || len(qs.Prefixes) == 0 || len(qs.Fuzzy) == 0 || len(qs.Speakers) == 0 {
		t.Fatalf("query set incomplete: %+v", qs)
	}
}

func BenchmarkArticle(b *testing.B) {
	g := New(Options{Seed: 1})
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		n += len(g.Article(i).File())
	}
	b.SetBytes(int64(n / max(b.N, 1)))
}
