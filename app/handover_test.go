package app_test

import (
	"context"
	"path/filepath"
	"testing"

	"dossier/app"
	"dossier/app/corpus"
)

// The import hands its documents to the indexer; a change made after the
// import's commit and before the indexer ran must win over the handed
// document, and the index must equal the store.
func TestHandoverLaterChangeWins(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib := newCoreLib(t, filepath.Join(dir, "lib"))
	a := writeFile(t, dir, "a.txt", coreArticle)
	b := writeFile(t, dir, "b.txt", "Harbour reopens\n\nPORT ESKER – The harbour reopened on Monday.\n\n\"Ships are back,\" said Ivo Brandt, the harbour master.\n")
	outs, err := app.StoreFiles(lib, a, b)
	if err != nil {
		t.Fatal(err)
	}
	title := "Ministers postpone the meeting"
	if _, err := lib.EditArticle(ctx, outs[0].ArticleID, app.ArticleEdit{Title: &title}); err != nil {
		t.Fatal(err)
	}
	if err := lib.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := app.HandedOver(lib); n == 0 {
		t.Fatal("the indexer took no document from the import")
	}
	rep, err := lib.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Fatalf("index differs from the store:\n%s", rep.String())
	}
	res, err := lib.Search(ctx, app.SearchRequest{Query: "title:postpone"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].ID != outs[0].ArticleID {
		t.Fatalf("edited title not found: %+v", res.Hits)
	}
}

// A generated folder large enough for several batches, with speakers that
// recur (their people records change from batch to batch): every handed
// document matches the store.
func TestHandoverImportMatchesStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := corpus.New(corpus.Options{Seed: 7}).WriteFiles(ctx, filepath.Join(dir, "in"), 450, 2); err != nil {
		t.Fatal(err)
	}
	lib := newCoreLib(t, filepath.Join(dir, "lib"))
	sum, err := lib.Import(ctx, []string{filepath.Join(dir, "in")}, app.ImportOptions{})
	if err != nil || sum.Added != 450 {
		t.Fatalf("added %d: %v", sum.Added, err)
	}
	if n := app.HandedOver(lib); n < 450 {
		t.Fatalf("the indexer took %d documents from the import", n)
	}
	rep, err := lib.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Fatalf("index differs from the store:\n%s", rep.String())
	}
}
