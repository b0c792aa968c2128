package export_test

import (
	"archive/zip"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"dossier/app"
)

// reviewed is a library after an analyst's work: article metadata and
// tags, one quote confirmed and one rejected, a tag named like a speaker,
// a highlight whose text was edited away (an orphan), a coloured
// highlight, and notes that link to pages whose titles have characters
// file names cannot hold.
type reviewed struct {
	lib                 *app.Library
	article             string
	confirmed, rejected app.Quote
	orphan, coloured    string // annotation IDs
	published           time.Time
}

const oddTitle = "Esker/Varn: who gains?"

func seedReviewed(t testing.TB) *reviewed {
	t.Helper()
	ctx := context.Background()
	lib := newExpLib(t)
	id := seedExp(t, lib)
	r := &reviewed{lib: lib, article: id, published: time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC)}
	src, author, url := "Daily Ledger", "Jane Roe, Omar Said", "https://news.example.org/2024/03/07/talks"
	if _, err := lib.EditArticle(ctx, id, app.ArticleEdit{Source: &src, Author: &author, URL: &url, Published: &r.published,
		Tags: []string{"actor/IS", "region/coast"}}); err != nil {
		t.Fatal(err)
	}
	qs, err := lib.Quotes(app.QuoteFilter{ArticleID: id})
	if err != nil || len(qs) < 2 {
		t.Fatalf("the finder found %d quotes (%v), want 2", len(qs), err)
	}
	for _, q := range qs {
		switch {
		case strings.Contains(q.Speaker, "Quill"):
			r.confirmed = q.Quote
		case strings.Contains(q.Speaker, "Hale"):
			r.rejected = q.Quote
		}
	}
	if r.confirmed.ID == "" || r.rejected.ID == "" {
		t.Fatalf("quotes: %+v", qs)
	}
	if err := lib.ConfirmQuote(r.confirmed.ID); err != nil {
		t.Fatal(err)
	}
	if err := lib.RejectQuote(r.rejected.ID); err != nil {
		t.Fatal(err)
	}
	tag := []string{r.confirmed.Speaker, "actor/IS"} // a tag with a speaker's name
	if _, err := lib.UpdateQuote(r.confirmed.ID, app.QuoteEdit{Tags: tag}); err != nil {
		t.Fatal(err)
	}
	an, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: id, Quote: "ferry timetable", Color: "#3fa7d6", Tags: []string{"actor/IS"}})
	if err != nil {
		t.Fatal(err)
	}
	r.coloured = an.ID
	orphan, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: id, Quote: "agreed on Thursday to meet again next month"})
	if err != nil {
		t.Fatal(err)
	}
	r.orphan = orphan.ID
	a, err := lib.Article(id)
	if err != nil {
		t.Fatal(err)
	}
	body := append([]string(nil), a.Body...)
	for i, p := range body {
		body[i] = strings.Replace(p, "agreed on Thursday to meet again next month", "parted without a date", 1)
	}
	if _, err := lib.EditArticle(ctx, id, app.ArticleEdit{Body: body}); err != nil {
		t.Fatal(err)
	}
	if got, err := lib.Annotation(r.orphan); err != nil || !got.Orphaned() {
		t.Fatalf("the edited-away highlight is not an orphan: %+v %v", got, err)
	}
	if _, err := lib.CreateNote(ctx, oddTitle, "Who gains from the talks.", []string{"actor/IS"}); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.CreateNote(ctx, "Reading list", strings.Join([]string{
		"See [[" + oddTitle + "]] and [[" + oddTitle + "|the question]].",
		"Tagged [[actor/IS]]; speaker [[" + r.confirmed.Speaker + "]]; the article [[Ministers agree to meet again#Highlights]].",
		"![[quote:" + r.confirmed.ID + "]]",
		"![[annotation:" + r.coloured + "]]",
	}, "\n\n"), nil); err != nil {
		t.Fatal(err)
	}
	if err := lib.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	return r
}

// zipEntries reads every file of a zip archive.
func zipEntries(t testing.TB, path string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = string(b)
	}
	return out
}
