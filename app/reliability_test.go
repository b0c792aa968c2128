package app_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/ingest"
)

// A 2 GB file is refused by its size, without being read (a sparse file:
// reading it would take seconds and 2 GB of memory).
func TestHostileHugeFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(2 << 30); err != nil {
		f.Close()
		t.Skipf("cannot make a sparse 2 GB file: %v", err)
	}
	f.Close()
	if _, err := app.ReadDocument(p); !errors.Is(err, ingest.ErrTooLarge) {
		t.Fatalf("2 GB file: %v, want ErrTooLarge", err)
	}
}

// Hostile files through the real import: each is imported or refused with a
// reason, never a panic, and the library stays consistent.
func TestHostileImports(t *testing.T) {
	dir := t.TempDir()
	lib := newRelLib(t, dir, nil)
	defer lib.Close()
	src := t.TempDir()
	files := map[string][]byte{
		"nul.txt":         make([]byte, 1<<20),
		"invalid.txt":     []byte("Title \xff\xfe\xfd\n\nBody \xc3\x28 with \xed\xa0\x80 surrogates.\n"),
		"rtl.md":          []byte("# Evil \u202Egnp.exe\u202C title\u200B\u200D\uFEFF\n\nA paragraph with \u2066isolates\u2069.\n"),
		"nested.html":     []byte(strings.Repeat("<div>", 100000) + "deep text" + strings.Repeat("</div>", 100000)),
		"unclosed.html":   []byte("<html><body>" + strings.Repeat("<p><b><i>", 50000) + "x"),
		"empty.md":        {},
		"only-spaces.txt": []byte(strings.Repeat(" \n\t", 10000)),
	}
	var paths []string
	for name, data := range files {
		p := filepath.Join(src, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	sum, err := lib.Import(context.Background(), paths, app.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range sum.Outcomes {
		if o.Status == app.ImportFailed && o.Reason == "" {
			t.Errorf("%s failed without a reason", o.Path)
		}
		t.Logf("%s: %s %s", filepath.Base(o.Path), o.Status, o.Reason)
	}
	rep, err := lib.Check(context.Background())
	if err != nil || !rep.OK() {
		t.Fatalf("check: %v\n%v", err, rep)
	}
}

// Titles with right-to-left overrides, zero-width characters, NULs and
// invalid UTF-8: a note is created or refused with a clear error.
func TestHostileNoteTitles(t *testing.T) {
	lib := newRelLib(t, t.TempDir(), nil)
	defer lib.Close()
	ctx := context.Background()
	for _, title := range []string{"Evil \u202Egnp.exe", "Zero\u200Bwidth\u200D", "\uFEFFBOM", "nul\x00byte", "bad \xff utf8",
		"\u200B", strings.Repeat("a", 100000), "[[link]]", "a|b#c"} {
		n, err := lib.CreateNote(ctx, title, "body [["+title+"]]", nil)
		if err != nil {
			if err.Error() == "" {
				t.Errorf("%q: empty error", title)
			}
			continue
		}
		if _, err := lib.NoteByTitle(n.Title); err != nil {
			t.Errorf("%q created as %q but not found by title: %v", title, n.Title, err)
		}
	}
	if _, err := lib.Search(ctx, app.SearchRequest{Query: strings.Repeat("\u202E\u200B", 50000)}); err != nil && err.Error() == "" {
		t.Error("empty error")
	}
	rep, err := lib.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("check: %v\n%v", err, rep)
	}
}
