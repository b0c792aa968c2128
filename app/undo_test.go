package app_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"dossier/app"
)

// act snapshots refs, runs an action that names the records it created,
// and snapshots again, as the desktop app's undo stack does.
func act(t *testing.T, lib *app.Library, refs app.SnapshotRefs, fn func() app.SnapshotRefs) (before, after *app.Snapshot) {
	t.Helper()
	before, err := lib.Snapshot(refs)
	if err != nil {
		t.Fatal(err)
	}
	extra := fn()
	after, err = lib.Snapshot(refs.Union(extra))
	if err != nil {
		t.Fatal(err)
	}
	return before, after
}

func undo(t *testing.T, lib *app.Library, before, after *app.Snapshot) {
	t.Helper()
	if err := lib.Restore(context.Background(), after, before); err != nil {
		t.Fatalf("undo: %v", err)
	}
	checkLib(t, lib)
}

// checkLib fails when the store's secondary indexes or the search index
// are out of step with the records.
func checkLib(t *testing.T, lib *app.Library) {
	t.Helper()
	ctx := context.Background()
	if err := lib.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	r, err := lib.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !r.OK() {
		t.Errorf("library check after undo/redo:\n%s", r)
	}
}

func redo(t *testing.T, lib *app.Library, before, after *app.Snapshot) {
	t.Helper()
	if err := lib.Restore(context.Background(), before, after); err != nil {
		t.Fatalf("redo: %v", err)
	}
	checkLib(t, lib)
}

func hasTag(t *testing.T, lib *app.Library, name string) bool {
	t.Helper()
	tags, err := lib.Tags()
	if err != nil {
		t.Fatal(err)
	}
	for _, tg := range tags {
		if strings.EqualFold(tg.Name, name) {
			return true
		}
	}
	return false
}

func TestUndoHighlightWithNewTag(t *testing.T) {
	lib, a, _ := revPeopleLib(t)
	ctx := context.Background()
	var id string
	before, after := act(t, lib, app.SnapshotRefs{}, func() app.SnapshotRefs {
		an, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: a, Quote: "reopen talks on fishing rights",
			Note: "see [[Mara Quill]]", Tags: []string{"undo-test/fresh"}})
		if err != nil {
			t.Fatal(err)
		}
		id = an.ID
		return app.SnapshotRefs{Annotations: []string{id}}
	})
	undo(t, lib, before, after)
	if _, err := lib.Annotation(id); !errors.Is(err, app.ErrNotFound) {
		t.Errorf("after undo the highlight is still there (err %v)", err)
	}
	if hasTag(t, lib, "undo-test/fresh") || hasTag(t, lib, "undo-test") {
		t.Error("the tag the highlight created is left behind after undo")
	}
	redo(t, lib, before, after)
	an, err := lib.Annotation(id)
	if err != nil {
		t.Fatalf("redo did not bring the highlight back with its ID: %v", err)
	}
	if an.Note != "see [[Mara Quill]]" || len(an.Tags) != 1 || !hasTag(t, lib, "undo-test/fresh") {
		t.Errorf("redone highlight = %+v", an)
	}
	rows, err := lib.Annotations(a)
	if err != nil || len(rows) != 1 || rows[0].ID != id {
		t.Errorf("the article lists %d highlights after redo (%v), want the one", len(rows), err)
	}
	items, err := lib.TaggedItems("undo-test/fresh", false)
	if err != nil || len(items) != 1 {
		t.Errorf("tagged items after redo: %v, %v", items, err)
	}
}

func TestUndoNoteRefusesToLoseALaterChange(t *testing.T) {
	lib, a, _ := revPeopleLib(t)
	ctx := context.Background()
	an, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: a, Quote: "three years of silence", Note: "first"})
	if err != nil {
		t.Fatal(err)
	}
	refs := app.SnapshotRefs{Annotations: []string{an.ID}}
	second := "second"
	before, after := act(t, lib, refs, func() app.SnapshotRefs {
		if _, err := lib.UpdateAnnotation(ctx, an.ID, app.AnnotationEdit{Note: &second}); err != nil {
			t.Fatal(err)
		}
		return app.SnapshotRefs{}
	})
	undo(t, lib, before, after)
	if got, _ := lib.Annotation(an.ID); got.Note != "first" {
		t.Errorf("note after undo = %q, want first", got.Note)
	}
	redo(t, lib, before, after)
	// A change made outside the undo stack (another window, the CLI).
	third := "third, typed later"
	if _, err := lib.UpdateAnnotation(ctx, an.ID, app.AnnotationEdit{Note: &third}); err != nil {
		t.Fatal(err)
	}
	if err := lib.Restore(ctx, after, before); !errors.Is(err, app.ErrChangedSince) {
		t.Fatalf("undo over a later change: err %v, want ErrChangedSince", err)
	}
	if got, _ := lib.Annotation(an.ID); got.Note != third {
		t.Errorf("a refused undo changed the note to %q", got.Note)
	}
}

func TestUndoRejectAndConfirm(t *testing.T) {
	lib, a, _ := revPeopleLib(t)
	ctx := context.Background()
	qs, err := lib.Quotes(app.QuoteFilter{ArticleID: a, Status: app.QuoteSuggested})
	if err != nil || len(qs) < 2 {
		t.Fatalf("suggestions: %d, %v", len(qs), err)
	}
	id := qs[0].ID
	refs := app.SnapshotRefs{Quotes: []string{id}}
	b1, a1 := act(t, lib, refs, func() app.SnapshotRefs {
		if err := lib.RejectQuote(id); err != nil {
			t.Fatal(err)
		}
		return app.SnapshotRefs{}
	})
	if a1.Verdicts[id] == nil {
		t.Fatal("rejecting wrote no verdict")
	}
	undo(t, lib, b1, a1)
	q, _ := lib.Quote(id)
	s, _ := lib.Snapshot(refs)
	if q.Status != app.QuoteSuggested || s.Verdicts[id] != nil {
		t.Errorf("after undoing the rejection: status %s, verdict %+v", q.Status, s.Verdicts[id])
	}
	// Re-running the finder keeps the restored suggestion: no stale verdict hides it.
	if _, err := lib.RerunFinder(ctx, a, nil); err != nil {
		t.Fatal(err)
	}
	if q, err := lib.Quote(id); err != nil || q.Status != app.QuoteSuggested {
		t.Errorf("after a re-run the quote is %v, %v", q, err)
	}
	redo(t, lib, b1, a1)
	// Confirming the rejected quote drops its verdict; undoing brings it back.
	b2, a2 := act(t, lib, refs, func() app.SnapshotRefs {
		if err := lib.ConfirmQuote(id); err != nil {
			t.Fatal(err)
		}
		return app.SnapshotRefs{}
	})
	undo(t, lib, b2, a2)
	q, _ = lib.Quote(id)
	s, _ = lib.Snapshot(refs)
	if q.Status != app.QuoteRejected || s.Verdicts[id] == nil || s.Verdicts[id].Status != app.QuoteRejected {
		t.Errorf("after undoing the confirmation: status %s, verdict %+v", q.Status, s.Verdicts[id])
	}
	n, err := lib.NewQuoteTable(app.QuoteRejected)
	if err != nil || n.Len() != 1 {
		t.Errorf("rejected table has %v rows (%v), want 1: the status index follows the undo", n, err)
	}
}

func TestUndoSpeakerChangeDropsTheNewPerson(t *testing.T) {
	lib, a, _ := revPeopleLib(t)
	quill := mustPerson(t, lib, "Mara Quill")
	qs, _ := lib.Quotes(app.QuoteFilter{ArticleID: a, SpeakerID: quill.ID})
	if len(qs) == 0 {
		t.Fatal("no quote by Quill")
	}
	id := qs[0].ID
	pg0, _ := lib.Person(quill.ID)
	name := "Mara Qill" // a typo
	refs := app.SnapshotRefs{Quotes: []string{id}, People: []string{quill.ID}}
	before, after := act(t, lib, refs, func() app.SnapshotRefs {
		q, err := lib.UpdateQuote(id, app.QuoteEdit{Speaker: &name})
		if err != nil {
			t.Fatal(err)
		}
		return app.SnapshotRefs{People: []string{q.SpeakerID}}
	})
	undo(t, lib, before, after)
	q, _ := lib.Quote(id)
	if q.SpeakerID != quill.ID || q.Speaker != "Mara Quill" || q.Status != qs[0].Status {
		t.Errorf("after undo the quote is by %q (%s), %s", q.Speaker, q.SpeakerID, q.Status)
	}
	if p, err := lib.ResolvePerson(name); err == nil {
		t.Errorf("the person the typo created is still there: %+v", p)
	}
	pg, _ := lib.Person(quill.ID)
	if pg.Counts != pg0.Counts {
		t.Errorf("Quill has %+v quotes after undo, want %+v", pg.Counts, pg0.Counts)
	}
	redo(t, lib, before, after)
	if q, _ := lib.Quote(id); q.Speaker != name {
		t.Errorf("redo: speaker %q", q.Speaker)
	}
}

func TestUndoMergeAndSplitPeople(t *testing.T) {
	lib, _, _ := revPeopleLib(t)
	quill, reyd := mustPerson(t, lib, "Mara Quill"), mustPerson(t, lib, "Tomas Reyd")
	if err := lib.SetPageText(context.Background(), app.PageRef{Kind: app.TypePerson, ID: reyd.ID}, "Heads the council."); err != nil {
		t.Fatal(err)
	}
	pgR, _ := lib.Person(reyd.ID)
	pgQ, _ := lib.Person(quill.ID)
	var qids []string
	for _, q := range pgR.Quotes {
		qids = append(qids, q.ID)
	}
	refs := app.SnapshotRefs{People: []string{reyd.ID, quill.ID}, Quotes: qids}
	before, after := act(t, lib, refs, func() app.SnapshotRefs {
		if _, err := lib.MergePeople(reyd.ID, quill.ID); err != nil {
			t.Fatal(err)
		}
		return app.SnapshotRefs{}
	})
	undo(t, lib, before, after)
	if p := mustPerson(t, lib, "Tomas Reyd"); p.ID != reyd.ID || p.Page != "Heads the council." {
		t.Errorf("after undoing the merge Reyd is %+v", p)
	}
	if p := mustPerson(t, lib, "Mara Quill"); len(p.Aliases) != len(quill.Aliases) || p.Page != pgQ.Person.Page {
		t.Errorf("after undoing the merge Quill is %+v, was %+v", p, quill)
	}
	for _, who := range []struct {
		id   string
		want int
	}{{reyd.ID, pgR.Counts.Total}, {quill.ID, pgQ.Counts.Total}} {
		pg, err := lib.Person(who.id)
		if err != nil || pg.Counts.Total != who.want {
			t.Errorf("person %s: %v quotes (%v), want %d", who.id, pg, err, who.want)
		}
	}
	if l, err := lib.Links("Tomas Reyd"); err != nil || l == nil {
		t.Errorf("links of Reyd: %v", err)
	}
	redo(t, lib, before, after)
	if p := mustPerson(t, lib, "Tomas Reyd"); p.ID != quill.ID {
		t.Errorf("after redoing the merge the name leads to %s, want Quill %s", p.ID, quill.ID)
	}
	undo(t, lib, before, after)

	// Split: two of Reyd's quotes to a new person, and back.
	move := qids[:1]
	var dst string
	b2, a2 := act(t, lib, app.SnapshotRefs{People: []string{reyd.ID}, Quotes: move}, func() app.SnapshotRefs {
		p, err := lib.SplitPerson(reyd.ID, move, "Tomas Reyd Jr")
		if err != nil {
			t.Fatal(err)
		}
		dst = p.ID
		return app.SnapshotRefs{People: []string{p.ID}}
	})
	undo(t, lib, b2, a2)
	if _, err := lib.ResolvePerson("Tomas Reyd Jr"); err == nil {
		t.Error("the person the split created is still there after undo")
	}
	if pg, _ := lib.Person(reyd.ID); pg.Counts.Total != pgR.Counts.Total {
		t.Errorf("Reyd has %d quotes after undoing the split, want %d", pg.Counts.Total, pgR.Counts.Total)
	}
	redo(t, lib, b2, a2)
	if p := mustPerson(t, lib, "Tomas Reyd Jr"); p.ID != dst {
		t.Errorf("redo: %s, want %s", p.ID, dst)
	}
}
