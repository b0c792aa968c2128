package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/app/ingest"
)

// quoteArticle is a generated article with a few quotes by different people.
func quoteArticle(i int) *ingest.Document {
	names := []string{"Mara Quill", "Tomas Reyd", "Ilse Sand", "Oren Hollis", "Petra Marr", "Viktor Dunne"}
	var paras []string
	for p := range 6 {
		paras = append(paras, fmt.Sprintf("The delegations met on day %d of round %d in the harbour town. "+
			"\"We expect progress on item %d of round %d before the week is out,\" said %s, a negotiator.", p+1, i, p, i, names[(i+p)%len(names)]))
	}
	return &ingest.Document{Title: fmt.Sprintf("Round %d of the harbour talks", i), Source: "Wire", Paragraphs: paras, Format: "txt"}
}

// TestReviewTableLazy: with more quotes than one window, the review table
// shows the rows Quotes lists, in its order, as the selection moves past
// the window; a column filter reads every quote and clearing it goes back
// to the lazy table; Enter still confirms beyond the first window.
func TestReviewTableLazy(t *testing.T) {
	h := newUIHarness(t, false)
	ctx := context.Background()
	for i := range 60 {
		if _, err := h.lib.ImportDocument(ctx, quoteArticle(i), fmt.Sprintf("round%d.txt", i), false); err != nil {
			t.Fatal(err)
		}
	}
	want, err := h.lib.Quotes(app.QuoteFilter{Status: app.QuoteSuggested})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) <= winSize+50 {
		t.Fatalf("%d suggestions, want more than %d", len(want), winSize+50)
	}
	h.w.changed()
	v, ok := h.w.open("review").(*reviewView)
	if !ok {
		t.Fatalf("review page is %T", h.w.current())
	}
	if v.count() != len(want) {
		t.Fatalf("table has %d rows, want %d", v.count(), len(want))
	}
	if v.filtered || v.all != nil {
		t.Fatal("the table read every quote without a column filter")
	}
	if len(v.win) > winSize {
		t.Errorf("window of %d rows, want at most %d", len(v.win), winSize)
	}
	for _, i := range []int{0, 1, winSize - 1, winSize, len(want) - 1, 3, winSize + 40} {
		if r := v.row(i); r == nil || r.ID != want[i].ID || r.Text != want[i].Text || r.ArticleTitle != want[i].ArticleTitle {
			t.Errorf("row %d = %+v, want %s %q", i, r, want[i].ID, want[i].Text)
		}
		if len(v.win) > winSize {
			t.Errorf("window of %d rows after row %d", len(v.win), i)
		}
	}

	// Walk down past the first window from the keyboard, confirm there.
	c := h.w.win.Canvas()
	c.Focus(v.list)
	at := winSize + 10
	v.selectRow(at - 1)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if v.sel != at {
		t.Fatalf("selection at %d, want %d", v.sel, at)
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if q, err := h.lib.Quote(want[at].ID); err != nil || q.Status != app.QuoteConfirmed {
		t.Fatalf("row %d's quote after Enter: %+v, %v", at, q, err)
	}
	if v.count() != len(want)-1 || v.row(at).ID != want[at+1].ID {
		t.Errorf("after confirming: %d rows, row %d is %s; want %d rows and %s", v.count(), at, v.row(at).ID, len(want)-1, want[at+1].ID)
	}

	// A column filter reads every quote and narrows them.
	test.Type(v.filters[colSpeaker], "ilse")
	if !v.filtered || v.count() == 0 || v.count() >= len(want)-1 {
		t.Fatalf("speaker filter: %d rows of %d", v.count(), len(want)-1)
	}
	for i := range v.count() {
		if r := v.row(i); !strings.Contains(strings.ToLower(r.Speaker), "ilse") {
			t.Errorf("filtered row %d is by %q", i, r.Speaker)
		}
	}
	v.filters[colSpeaker].SetText("")
	if v.filtered || v.all != nil || v.count() != len(want)-1 {
		t.Errorf("filter cleared: filtered %v, %d rows kept in full, %d rows", v.filtered, len(v.all), v.count())
	}
	// Another status lists its own quotes.
	v.status.SetSelected("confirmed")
	if v.count() != 1 || v.row(0).ID != want[at].ID {
		t.Errorf("confirmed: %d rows", v.count())
	}
}

// The date and status columns show a whole date and status however narrow
// the table is.
func TestReviewDateColumnFitsADate(t *testing.T) {
	test.NewTempApp(t)
	var objs []fyne.CanvasObject
	for range numCols {
		objs = append(objs, widget.NewLabel("2025-02-26"))
	}
	for _, width := range []float32{560, 900, 1400} {
		columnsLayout{}.Layout(objs, fyne.NewSize(width, 30))
		date := objs[colDate]
		if need := date.MinSize().Width; date.Size().Width < need {
			t.Errorf("table %v wide: date column %v, a date label needs %v", width, date.Size().Width, need)
		}
		need := widget.NewLabel("suggested").MinSize().Width + statusDot
		if width < narrowTable {
			if q := objs[colText].Size().Width; q < width*0.4 {
				t.Errorf("table %v wide: the quote column has %v", width, q)
			}
		}
		if objs[colStatus].Size().Width < need {
			t.Errorf("table %v wide: status column %v, a status needs %v", width, objs[colStatus].Size().Width, need)
		}
		var sum float32
		for _, o := range objs {
			sum += o.Size().Width
		}
		if sum > width+0.5 {
			t.Errorf("table %v wide: columns take %v", width, sum)
		}
	}
}
