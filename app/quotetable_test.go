package app_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"dossier/app"
)

// TestQuoteTableMatchesQuotes: the lazy table lists the same rows in the
// same order as Quotes, for every status and any window, including a quote
// added later before the article's first (ID order is not table order).
func TestQuoteTableMatchesQuotes(t *testing.T) {
	lib := newRevLib(t)
	var arts []string
	for i := range 6 {
		arts = append(arts, revImport(t, lib, fmt.Sprintf("a%d.txt", i), benchArticle(i), false))
	}
	// Some articles undated, some dated out of import order.
	for i, id := range arts {
		if i%3 == 1 {
			continue
		}
		d := time.Date(2024, time.Month(9-i), 10, 0, 0, 0, 0, time.UTC)
		if _, err := lib.EditArticle(context.Background(), id, app.ArticleEdit{Published: &d}); err != nil {
			t.Fatal(err)
		}
	}
	a, err := lib.Article(arts[2])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.AddQuote(a.ID, 4, 20, "Lena Marsh"); err != nil {
		t.Fatal(err)
	}
	all, err := lib.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 12 {
		t.Fatalf("only %d quotes", len(all))
	}
	if err := lib.ConfirmQuote(all[3].ID, all[10].ID); err != nil {
		t.Fatal(err)
	}
	if err := lib.RejectQuote(all[4].ID, all[len(all)-1].ID); err != nil {
		t.Fatal(err)
	}
	for _, s := range []app.QuoteStatus{"", app.QuoteSuggested, app.QuoteConfirmed, app.QuoteRejected} {
		want, err := lib.Quotes(app.QuoteFilter{Status: s})
		if err != nil {
			t.Fatal(err)
		}
		tab, err := lib.NewQuoteTable(s)
		if err != nil {
			t.Fatal(err)
		}
		if tab.Len() != len(want) {
			t.Fatalf("status %q: table has %d rows, Quotes %d", s, tab.Len(), len(want))
		}
		// Windows in a jumbled order, the way scrolling asks for them.
		for _, w := range [][2]int{{7, 19}, {0, 3}, {-5, 2}, {len(want) - 4, len(want) + 10}, {0, len(want)}} {
			got, err := lib.QuoteRows(tab, w[0], w[1])
			if err != nil {
				t.Fatal(err)
			}
			lo, hi := max(w[0], 0), min(w[1], len(want))
			if len(got) != max(hi-lo, 0) {
				t.Fatalf("status %q rows [%d, %d): %d rows", s, w[0], w[1], len(got))
			}
			for i, r := range got {
				x := want[lo+i]
				if r.ID != x.ID || r.Text != x.Text || r.Status != x.Status || r.ArticleTitle != x.ArticleTitle ||
					!r.Published.Equal(x.Published) || r.Speaker != x.Speaker {
					t.Errorf("status %q row %d = %s %q (%s, %q); Quotes has %s %q (%s, %q)", s, lo+i,
						r.ID, r.Text, r.Status, r.ArticleTitle, x.ID, x.Text, x.Status, x.ArticleTitle)
				}
			}
		}
	}
	if _, err := lib.NewQuoteTable("maybe"); err == nil {
		t.Error("a bad status was accepted")
	}
}
