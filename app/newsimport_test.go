package app_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"dossier/app"
)

// An article whose page states no date has none anywhere: not in the
// record, not in the index (so date: queries skip it), never the import
// date. Captions keep their place; a stated date keeps its day.
func TestImportedNewsDatesAndCaptions(t *testing.T) {
	l := newSearchLib(t)
	ctx := context.Background()
	src := t.TempDir()
	files := map[string]string{
		"undated.txt": "Quiet week at the harbour\n\nNothing moved on the quays on Monday, the port said.\n\n" +
			"A crane stands idle. Photo: AFP / Lena Ortiz\n\nThe strike ends on Friday.\n",
		"dated.html": `<html><head><title>Late vote in New York | The Ledger</title>
<meta property="article:published_time" content="2014-12-18T23:38:49-05:00"></head>
<body><article><h1>Late vote in New York</h1><p>The council voted late on Thursday night, after a debate that lasted for most of the evening.</p></article></body></html>`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if sum, err := l.Import(ctx, []string{src}, app.ImportOptions{}); err != nil || sum.Added != 2 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	res, err := l.Search(ctx, app.SearchRequest{Query: "+type:article +date:>2000"})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(res); !slices.Equal(got, []string{"article:Late vote in New York"}) {
		t.Errorf("date:>2000 = %v; the undated article must not match", got)
	}
	res, err = l.Search(ctx, app.SearchRequest{Query: "+type:article +harbour"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search: %v %v", res, err)
	}
	if !res.Hits[0].Date.IsZero() {
		t.Errorf("undated article has date %v in search", res.Hits[0].Date)
	}
	a, err := l.Article(res.Hits[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.IsZero() {
		t.Errorf("Published = %v, want unknown", a.Published)
	}
	want := []app.Caption{{Text: "A crane stands idle.", Credit: "AFP / Lena Ortiz", At: 1}}
	if !slices.Equal(a.Captions, want) {
		t.Errorf("Captions = %+v, want %+v", a.Captions, want)
	}
	res, err = l.Search(ctx, app.SearchRequest{Query: "+type:article +council"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search: %v %v", res, err)
	}
	d, err := l.Article(res.Hits[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Published.Format("2006-01-02"); got != "2014-12-18" {
		t.Errorf("Published = %s (%v), want the day the page states, 2014-12-18", got, d.Published)
	}
	_ = time.UTC
}
