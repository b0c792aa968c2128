package app_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"dossier/app"
	"dossier/app/ingest"
)

func TestArticleListMatchesArticles(t *testing.T) {
	lib := newAnnLib(t)
	ctx := context.Background()
	for i := range 5 {
		doc := &ingest.Document{Title: fmt.Sprintf("Listed article %d", i), Source: "Wire",
			Paragraphs: []string{fmt.Sprintf("Body text number %d for the listing test.", i)}}
		if i%2 == 0 {
			doc.Published = time.Date(2024, 3, i+1, 0, 0, 0, 0, time.UTC)
		}
		if _, err := lib.ImportDocument(ctx, doc, fmt.Sprintf("a%d.txt", i), false); err != nil {
			t.Fatal(err)
		}
	}
	full, err := lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ limit, want int }{{0, 5}, {-1, 5}, {2, 2}, {5, 5}, {9, 5}} {
		got, err := lib.ArticleList(tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tc.want {
			t.Fatalf("limit %d: %d items, want %d", tc.limit, len(got), tc.want)
		}
		for i, it := range got {
			f := full[i]
			if it.ID != f.ID || it.Title != f.Title || it.Source != f.Source || it.Published != f.Published {
				t.Errorf("limit %d item %d = %+v, Articles has %+v", tc.limit, i, it, f)
			}
		}
	}
}

// TestArticleListFollowsEdits: the list entries change with an article's
// title, source and date, whichever way it is written, and check agrees.
func TestArticleListFollowsEdits(t *testing.T) {
	lib := newAnnLib(t)
	ctx := context.Background()
	a := lib.addArticle(t, "First title", "A paragraph that will be edited later on.")
	same := func(name string) {
		t.Helper()
		full, err := lib.Articles()
		if err != nil {
			t.Fatal(err)
		}
		got, err := lib.ArticleList(0)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(full) {
			t.Fatalf("%s: %d listed, %d articles", name, len(got), len(full))
		}
		for i, it := range got {
			f := full[i]
			if it.ID != f.ID || it.Title != f.Title || it.Source != f.Source || it.Published != f.Published {
				t.Errorf("%s: item %d = %+v, Articles has %+v", name, i, it, f)
			}
		}
		lib.checkClean(t)
	}
	same("imported")
	title, source, date := "Second title", "Gazette", time.Date(2023, 5, 6, 0, 0, 0, 0, time.UTC)
	if _, err := lib.EditArticle(ctx, a.ID, app.ArticleEdit{Title: &title, Source: &source, Published: &date}); err != nil {
		t.Fatal(err)
	}
	same("metadata edited")
	if _, err := lib.EditArticle(ctx, a.ID, app.ArticleEdit{Tags: []string{"topic/x"}}); err != nil {
		t.Fatal(err)
	}
	same("tags edited")
	if _, err := lib.UndoArticleEdit(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	same("undone")
	if got, _ := lib.ArticleList(0); len(got) != 1 || got[0].Title == "Second title" {
		t.Errorf("after undo the list shows %+v", got)
	}
	if _, err := lib.ImportDocument(ctx, &ingest.Document{Title: "Re-imported title", Source: "Wire",
		Paragraphs: []string{"A paragraph that will be edited later on, and then some."}}, "First title.txt", true); err != nil {
		t.Fatal(err)
	}
	same("re-imported")

	// An entry out of step with its article is reported.
	if err := lib.Store().Update(func(tx app.Tx) error {
		return tx.Delete(app.BucketArticleList, a.ID)
	}); err != nil {
		t.Fatal(err)
	}
	rep, err := lib.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || len(rep.MissingRefs) != 1 || !strings.Contains(rep.MissingRefs[0], a.ID) {
		t.Errorf("check did not notice the missing list entry:\n%s", rep)
	}
}
