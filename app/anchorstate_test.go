package app_test

import (
	"context"
	"strings"
	"testing"

	"dossier/app"
	"dossier/app/anchor"
)

// bruteAnchorCounts counts anchors by reading every annotation and quote,
// the way AnchorCounts did before RefAnchorState.
func bruteAnchorCounts(t *testing.T, l annLib, articleIDs ...string) app.AnchorCounts {
	t.Helper()
	var c app.AnchorCounts
	for _, id := range articleIDs {
		anns, err := l.Annotations(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, an := range anns {
			c.Annotations++
			switch an.State {
			case anchor.Orphaned:
				c.OrphanedAnnotations++
			case anchor.Fuzzy:
				c.FlaggedAnnotations++
			}
		}
	}
	qs, err := l.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Status == app.QuoteRejected {
			continue
		}
		switch q.State {
		case anchor.Orphaned:
			c.OrphanedQuotes++
		case anchor.Fuzzy:
			c.FlaggedQuotes++
		}
	}
	return c
}

// span finds words in an article's text (ASCII here, so bytes are runes).
func span(t *testing.T, a *app.Article, words string) (int, int) {
	t.Helper()
	i := strings.Index(a.Text(), words)
	if i < 0 {
		t.Fatalf("%q not in the article", words)
	}
	return i, i + len(words)
}

// TestAnchorCountsFollowEveryWrite checks that the sidebar's counts, read
// from RefAnchorState alone, agree with the records after each kind of
// change that moves an anchor in or out of it, and that check agrees.
func TestAnchorCountsFollowEveryWrite(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Coastal talks", annParas...)
	other := l.addArticle(t, "Harbour news", "Nothing in this article moves at all, and it stays that way.")
	l.annotate(t, a.ID, "praised the calm tone of the talks")
	typo := l.annotate(t, a.ID, "the goverment would review the fishing quotas")
	gone := l.annotate(t, a.ID, "which was grey and windy all day long")
	l.annotate(t, other.ID, "stays that way")
	s, e := span(t, a, "review the fishing quotas before the winter")
	qTypo, err := l.AddQuote(a.ID, s-len("goverment would "), e, "Officials")
	if err != nil {
		t.Fatal(err)
	}
	s, e = span(t, a, "grey and windy all day")
	qGone, err := l.AddQuote(a.ID, s, e, "")
	if err != nil {
		t.Fatal(err)
	}
	s, e = span(t, a, "second round of negotiations")
	if _, err := l.AddQuote(a.ID, s, e, ""); err != nil {
		t.Fatal(err)
	}

	step := func(name string, want app.AnchorCounts) {
		t.Helper()
		got, err := l.AnchorCounts()
		if err != nil {
			t.Fatal(err)
		}
		if brute := bruteAnchorCounts(t, l, a.ID, other.ID); got != brute || got != want {
			t.Errorf("%s: counts %+v, records say %+v, want %+v", name, got, brute, want)
		}
		l.checkClean(t)
	}
	step("fresh", app.AnchorCounts{Annotations: 4})

	body := []string{annParas[0], strings.Replace(annParas[1], "goverment", "government", 1), annParas[2],
		"A short paragraph about the weather.", annParas[4]}
	if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: body}); err != nil {
		t.Fatal(err)
	}
	step("after the edit", app.AnchorCounts{Annotations: 4, OrphanedAnnotations: 1, FlaggedAnnotations: 1,
		OrphanedQuotes: 1, FlaggedQuotes: 1})

	if err := l.RejectQuote(qGone.ID); err != nil {
		t.Fatal(err)
	}
	step("orphaned quote rejected", app.AnchorCounts{Annotations: 4, OrphanedAnnotations: 1, FlaggedAnnotations: 1, FlaggedQuotes: 1})
	if err := l.ConfirmQuote(qGone.ID); err != nil {
		t.Fatal(err)
	}
	step("and confirmed again", app.AnchorCounts{Annotations: 4, OrphanedAnnotations: 1, FlaggedAnnotations: 1,
		OrphanedQuotes: 1, FlaggedQuotes: 1})

	if err := l.MarkReviewed(ctx, typo.ID); err != nil {
		t.Fatal(err)
	}
	if err := l.MarkReviewed(ctx, qTypo.ID); err != nil {
		t.Fatal(err)
	}
	step("flags reviewed", app.AnchorCounts{Annotations: 4, OrphanedAnnotations: 1, OrphanedQuotes: 1})

	// Undo brings the passage back: the orphans attach again.
	if _, err := l.UndoArticleEdit(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	step("undo", bruteAnchorCounts(t, l, a.ID, other.ID))
	if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: body}); err != nil {
		t.Fatal(err)
	}
	c, _ := l.AnchorCounts()
	if c.OrphanedAnnotations != 1 || c.OrphanedQuotes != 1 {
		t.Fatalf("after the second edit: %+v", c)
	}
	s, e = span(t, &app.Article{Body: body}, "the weather")
	if _, err := l.Reattach(ctx, gone.ID, s, e); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Reattach(ctx, qGone.ID, s, e); err != nil {
		t.Fatal(err)
	}
	want := bruteAnchorCounts(t, l, a.ID, other.ID)
	if want.OrphanedAnnotations != 0 || want.OrphanedQuotes != 0 {
		t.Fatalf("re-attached orphans still counted by the records: %+v", want)
	}
	step("re-attached", want)

	// Deleting a flagged annotation takes it out of the index.
	if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: annParas}); err != nil {
		t.Fatal(err)
	}
	flagged, err := l.Flagged()
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range flagged {
		if it.Kind == app.TypeAnnotation {
			if err := l.DeleteAnnotation(ctx, it.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	step("flagged annotations deleted", bruteAnchorCounts(t, l, a.ID, other.ID))
}

// TestCheckFindsAnchorStateOutOfStep: check reports an orphan missing from
// RefAnchorState and an entry for an anchor that is attached.
func TestCheckFindsAnchorStateOutOfStep(t *testing.T) {
	ctx := context.Background()
	l := newAnnLib(t)
	a := l.addArticle(t, "Coastal talks", annParas...)
	keep := l.annotate(t, a.ID, "praised the calm tone of the talks")
	gone := l.annotate(t, a.ID, "which was grey and windy all day long")
	if _, err := l.EditArticle(ctx, a.ID, app.ArticleEdit{Body: annParas[:3]}); err != nil {
		t.Fatal(err)
	}
	l.checkClean(t)
	err := l.Store().Update(func(tx app.Tx) error {
		if err := tx.RemoveRef(app.RefAnchorState, "annotation/orphaned", gone.ID); err != nil {
			return err
		}
		return tx.AddRef(app.RefAnchorState, "annotation/fuzzy", keep.ID)
	})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := l.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || len(rep.MissingRefs) != 1 || !strings.Contains(rep.MissingRefs[0], gone.ID) ||
		len(rep.DanglingRefs) != 1 || !strings.Contains(rep.DanglingRefs[0], keep.ID) {
		t.Errorf("check did not find the broken anchor_state entries:\n%s", rep)
	}
}
