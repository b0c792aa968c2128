package app_test

import (
	"context"
	"fmt"
	"testing"
	"time"

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
