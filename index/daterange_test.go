package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"dossier/app"
)

// TestDateRangesRandom compares date queries, which the index answers with
// term ranges on its keyword date fields (dateRange), with the dates
// filtered directly, for random dates and bounds of every precision.
func TestDateRangesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	base := time.Date(2019, 11, 28, 0, 0, 0, 0, time.UTC)
	randomDate := func() time.Time {
		d := base.AddDate(0, 0, r.IntN(5*365))
		switch r.IntN(5) {
		case 0: // midnight
		case 1:
			d = time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC) // a month's first day
		case 2:
			d = time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC) // a year's
		default:
			d = d.Add(time.Duration(r.IntN(86400)) * time.Second)
		}
		return d
	}
	var docs []app.IndexDoc
	dates := map[string]time.Time{}
	for i := range 400 {
		id := fmt.Sprintf("N%03d", i)
		d := randomDate()
		dates[id] = d
		docs = append(docs, app.IndexDoc{ID: id, Type: app.TypeNote, Title: "note", Body: "text", Date: d, Fingerprint: "f"})
	}
	docs = append(docs, app.IndexDoc{ID: "undated", Type: app.TypeNote, Title: "note", Body: "text", Fingerprint: "f"},
		// A year the fixed-width terms cannot hold counts as no date.
		app.IndexDoc{ID: "undated-far", Type: app.TypeNote, Title: "note", Body: "text", Fingerprint: "f",
			Date: time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)})
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	ctx := context.Background()
	if err := x.Apply(ctx, app.IndexBatch{Upserts: docs}); err != nil {
		t.Fatal(err)
	}

	layouts := []struct{ layout, unit string }{
		{time.RFC3339, "instant"}, {"2006-01-02T15:04", "minute"}, {"2006-01-02", "day"}, {"2006-01", "month"}, {"2006", "year"},
	}
	for i := range 300 {
		// Bounds from the documents' own dates (exact boundaries) or anywhere.
		var at time.Time
		if r.IntN(2) == 0 {
			at = dates[docs[r.IntN(400)].ID]
		} else {
			at = base.AddDate(0, 0, r.IntN(5*365+60)-30).Add(time.Duration(r.IntN(86400)) * time.Second)
		}
		l := layouts[r.IntN(len(layouts))]
		value := at.Format(l.layout)
		op := []string{"", ">", ">=", "<", "<="}[r.IntN(5)]
		field := []string{"date", "year", "month"}[r.IntN(3)]
		start, _ := time.Parse(l.layout, value)
		end := periodEnd(start, l.unit)
		in := func(d time.Time) bool {
			switch op {
			case "":
				return !d.Before(start) && d.Before(end)
			case ">":
				return !d.Before(end)
			case ">=":
				return !d.Before(start)
			case "<":
				return d.Before(start)
			}
			return d.Before(end)
		}
		var want []string
		for id, d := range dates {
			if in(d) {
				want = append(want, id)
			}
		}
		slices.Sort(want)
		q := field + ":" + op + value
		res, err := x.Search(ctx, app.SearchRequest{Query: q, Size: 1000})
		if err != nil {
			t.Fatalf("%d: %s: %v", i, q, err)
		}
		got := ids(res)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("%d: %s: %d documents, want %d\nmissing %v\nextra %v", i, q, len(got), len(want),
				minus(want, got), minus(got, want))
		}
	}

	// Newest first and oldest first follow the dates, to the second.
	res, err := x.Search(ctx, app.SearchRequest{Types: []app.DocType{app.TypeNote}, Sort: app.SortNewest, Size: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.Hits {
		got = append(got, h.ID)
	}
	if len(got) != len(docs) {
		t.Fatalf("sorted: %d documents, want %d", len(got), len(docs))
	}
	dated := got[:len(got)-2]
	for i := 1; i < len(dated); i++ {
		a, b := dates[dated[i-1]], dates[dated[i]]
		if a.Before(b) {
			t.Fatalf("newest first: %s (%v) before %s (%v)", dated[i-1], a, dated[i], b)
		}
	}
	if last := got[len(got)-2:]; !slices.Equal(last, []string{"undated", "undated-far"}) {
		t.Fatalf("newest first: the undated documents are not last: %v", got[len(got)-4:])
	}
}

func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}
