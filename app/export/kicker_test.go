package export_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/export"
)

// The kicker found at import is stored on the article, searched, and kept
// with the captions (in their places) by the Markdown and HTML exports and
// through a bundle and a REFI-QDA project into another library.
func TestKickerAndCaptionsTravel(t *testing.T) {
	lib := newExpLib(t)
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "ferry.txt")
	text := "ANALYSIS\nFerry crossing closed\n\nFog closed the strait on Tuesday.\n\nA ferry waits in the fog. Photo: AFP / Lena Ortiz\n\n" +
		"Drivers slept in their cabs.\n\nThe fog lifted on Friday.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if o := importOne(t, lib, p); o.Status != app.ImportAdded {
		t.Fatalf("import: %+v", o)
	}
	a := onlyArticle(t, lib)
	wantCaps := []app.Caption{{Text: "A ferry waits in the fog.", Credit: "AFP / Lena Ortiz", At: 1}}
	if a.Kicker != "ANALYSIS" || a.Title != "Ferry crossing closed" || !slices.Equal(a.Captions, wantCaps) {
		t.Fatalf("kicker %q title %q captions %+v", a.Kicker, a.Title, a.Captions)
	}
	if ids := searchIDs(t, lib, "analysis"); !slices.Contains(ids, a.ID) {
		t.Errorf("search for the kicker found %v, want %s", ids, a.ID)
	}

	out := filepath.Join(t.TempDir(), "vault")
	exportTo(t, lib, export.FormatMarkdown, out, export.Selection{})
	files, _ := filepath.Glob(filepath.Join(out, "Articles", "*.md"))
	if len(files) != 1 {
		t.Fatalf("article files: %v", files)
	}
	if md, _ := os.ReadFile(files[0]); !strings.Contains(string(md), "\nkicker: \"ANALYSIS\"\n") {
		t.Errorf("no kicker in the front matter:\n%s", md)
	}
	res := exportTo(t, lib, export.FormatHTML, filepath.Join(t.TempDir(), "report"), export.Selection{})
	if h, _ := os.ReadFile(res.Path); !strings.Contains(string(h), "<p class=\"kicker\">ANALYSIS</p>\n<h2>Ferry crossing closed</h2>") {
		t.Errorf("no kicker over the title in the HTML report")
	}

	for _, f := range []struct {
		format string
		read   func(context.Context, *app.Library, string) (app.ImportOutcome, error)
	}{{export.FormatBundle, export.ImportBundle}, {export.FormatQDPX, export.ImportQDPX}} {
		res := exportTo(t, lib, f.format, filepath.Join(t.TempDir(), "share"), export.Selection{})
		other := newExpLib(t)
		if _, err := f.read(ctx, other, res.Path); err != nil {
			t.Fatalf("%s: %v", f.format, err)
		}
		got := onlyArticle(t, other)
		if got.Kicker != "ANALYSIS" || !slices.Equal(got.Captions, wantCaps) {
			t.Errorf("%s: kicker %q captions %+v after the round trip", f.format, got.Kicker, got.Captions)
		}
		if ids := searchIDs(t, other, "analysis"); len(ids) != 1 {
			t.Errorf("%s: search for the kicker in the other library found %v", f.format, ids)
		}
	}
}

func onlyArticle(t *testing.T, lib *app.Library) *app.Article {
	t.Helper()
	arts, err := lib.Articles()
	if err != nil || len(arts) != 1 {
		t.Fatalf("articles: %d %v", len(arts), err)
	}
	a, err := lib.Article(arts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
