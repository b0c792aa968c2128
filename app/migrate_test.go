package app_test

import (
	"context"
	"path/filepath"
	"testing"

	"dossier/app"
	"dossier/app/ingest"
	"dossier/app/wikilink"
	"dossier/storage"
)

// TestMigrateFromV2 opens a library written with schema 2 (before
// anchor_state; testdata/library-v2.db was written by that version: one
// article edited so that an annotation and two quotes lost their passage,
// one of those quotes rejected, and an annotation and a quote were flagged)
// and checks that the upgrade fills the anchor_state index.
func TestMigrateFromV2(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, filepath.Join("testdata", "library-v2.db"), filepath.Join(dir, storage.FileName))
	lib := newCoreLib(t, dir) // migrates, reindexes and checks
	var schema int
	if err := lib.Store().View(func(tx app.Tx) error { return tx.Get(app.BucketMeta, "schema", &schema) }); err != nil {
		t.Fatal(err)
	}
	if schema != app.SchemaVersion {
		t.Errorf("schema = %d, want %d", schema, app.SchemaVersion)
	}
	c, err := lib.AnchorCounts()
	if err != nil {
		t.Fatal(err)
	}
	want := app.AnchorCounts{Annotations: 3, OrphanedAnnotations: 1, FlaggedAnnotations: 1, OrphanedQuotes: 1, FlaggedQuotes: 1}
	if c != want {
		t.Errorf("counts after migration %+v, want %+v", c, want)
	}
	n := 0
	if err := lib.Store().View(func(tx app.Tx) error {
		return tx.ForEachRef(app.RefAnchorState, "", func(string, string) error { n++; return nil })
	}); err != nil {
		t.Fatal(err)
	}
	if n != 4 { // the rejected orphan is not listed
		t.Errorf("%d anchor_state entries, want 4", n)
	}
	// Schema 4: the article list reads its own entries.
	list, err := lib.ArticleList(0)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Title != "Harbour news" || list[0].Source != "Port Gazette" ||
		list[1].Title != "Coastal talks" || list[1].Source != "Sample Wire" {
		t.Errorf("article list after migration: %+v", list)
	}
	if c, err := lib.Counts(); err != nil || c.Articles != 2 || c.Quotes != 4 || c.Annotations != 3 {
		t.Errorf("counts after migration: %+v, %v", c, err)
	}
}

// A library from before schema 5 gets the links in its highlights' notes
// indexed on opening, so they show as backlinks.
func TestMigrateAddsHighlightNoteLinks(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib := newCoreLib(t, dir)
	out, err := lib.ImportDocument(ctx, &ingest.Document{Title: "Talks", Paragraphs: []string{"Talks would resume next week."}, Format: "txt"}, "talks.txt", false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.CreateNote(ctx, "Tracker", "", nil); err != nil {
		t.Fatal(err)
	}
	an, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: out.ArticleID, Quote: "resume", Note: "See [[Tracker]]."})
	if err != nil {
		t.Fatal(err)
	}
	// Make it a schema 4 library: no links entry for the highlight.
	if err := lib.Store().Update(func(tx app.Tx) error {
		if err := tx.RemoveRef(app.RefLinks, wikilink.Key("Tracker"), "annotation:"+an.ID); err != nil {
			return err
		}
		return tx.Put(app.BucketMeta, "schema", 4)
	}); err != nil {
		t.Fatal(err)
	}
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
	lib = newCoreLib(t, dir)
	links, err := lib.Links("Tracker")
	if err != nil {
		t.Fatal(err)
	}
	if len(links.Backlinks) != 1 || links.Backlinks[0].Source.ID != an.ID {
		t.Fatalf("backlinks of Tracker after migrating: %+v", links.Backlinks)
	}
}
