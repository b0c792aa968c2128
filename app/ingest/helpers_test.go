package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkInvariants verifies what every Document promises, whatever the input.
func checkInvariants(t testing.TB, d *Document) {
	t.Helper()
	if d == nil {
		t.Fatal("nil document without error")
	}
	switch d.Format {
	case FormatText, FormatMarkdown, FormatHTML:
	default:
		t.Errorf("Format = %q", d.Format)
	}
	for i, p := range d.Paragraphs {
		if p == "" {
			t.Errorf("paragraph %d is empty", i)
		}
		if strings.ContainsAny(p, "\n\r") {
			t.Errorf("paragraph %d contains a line break: %q", i, p)
		}
		if p != strings.TrimSpace(p) {
			t.Errorf("paragraph %d is not trimmed: %q", i, p)
		}
		if !utf8.ValidString(p) {
			t.Errorf("paragraph %d is not valid UTF-8", i)
		}
	}
	last := -1
	for _, h := range d.Headings {
		if h <= last || h < 0 || h >= len(d.Paragraphs) {
			t.Errorf("Headings %v out of order or range (%d paragraphs)", d.Headings, len(d.Paragraphs))
			break
		}
		last = h
	}
	for i, c := range d.Captions {
		if c.Text == "" && c.Credit == "" {
			t.Errorf("caption %d is empty", i)
		}
		if strings.ContainsAny(c.Text+c.Credit, "\n\r") {
			t.Errorf("caption %d contains a line break: %+v", i, c)
		}
	}
	if strings.ContainsAny(d.Title, "\n\r") {
		t.Errorf("title contains a line break: %q", d.Title)
	}
	if d.TitleGuessed && utf8.RuneCountInString(d.Title) > maxSentenceTitle+1 {
		t.Errorf("guessed title longer than %d runes: %q", maxSentenceTitle+1, d.Title)
	}
	if strings.ContainsFunc(d.Dateline, func(r rune) bool { return r == '–' || r == '—' }) {
		t.Errorf("dateline keeps its dash: %q", d.Dateline)
	}
	if d.Title != "" && strings.IndexFunc(d.Title, unicode.IsSpace) == 0 {
		t.Errorf("title not trimmed: %q", d.Title)
	}
	texts := append([]string{d.Title, d.Source, d.Author, d.Dateline, d.Kicker, d.Description}, d.Paragraphs...)
	texts = append(texts, d.Tags...)
	for _, c := range d.Captions {
		texts = append(texts, c.Text, c.Credit)
	}
	for _, s := range texts {
		if strings.ContainsFunc(s, isInvisible) {
			t.Errorf("invisible character (soft hyphen, zero-width space…) kept in %q", s)
		}
	}
}

// seedsDir finds ../shared/seeds relative to the repository root (the
// directory holding go.mod), or skips the test.
func seedsDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Skipf("seed articles not available: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("seed articles not available: repository root (go.mod) not found")
		}
		dir = parent
	}
	seeds := filepath.Join(dir, "..", "shared", "seeds")
	if fi, err := os.Stat(seeds); err != nil || !fi.IsDir() {
		t.Skipf("seed articles not available: %s is missing", seeds)
	}
	return seeds
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func parseFixture(t testing.TB, name string) *Document {
	t.Helper()
	return parseFileIn(t, "testdata", name)
}

// parseFileIn parses file name of folder dir, failing t on an error, and
// checks the document's invariants.
func parseFileIn(t testing.TB, dir, name string) *Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(name, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	checkInvariants(t, d)
	return d
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
