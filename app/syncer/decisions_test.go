package syncer_test

import (
	"context"
	"slices"
	"testing"

	"dossier/app"
	"dossier/app/synclog"
	"dossier/app/synclog/folder"
)

// quoteStatuses is each quote's status on a device, by its text.
func quoteStatuses(t *testing.T, lib *app.Library) map[string][]app.QuoteStatus {
	t.Helper()
	qs, err := lib.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]app.QuoteStatus{}
	for _, q := range qs {
		out[q.Text] = append(out[q.Text], q.Status)
	}
	for _, s := range out {
		slices.Sort(s)
	}
	return out
}

func twoDevices(t *testing.T) (laptop, desk *dev, quoteID string) {
	t.Helper()
	tgt, err := folder.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	key, _ := synclog.NewKey()
	laptop = newDev(t, tgt, key, "laptop", false)
	importText(t, laptop.lib, "harbour.txt", article)
	qs, err := laptop.lib.Quotes(app.QuoteFilter{})
	if err != nil || len(qs) == 0 {
		t.Fatalf("no quotes found: %v", err)
	}
	laptop.sync(t)
	desk = newDev(t, tgt, key, "desk", false)
	desk.sync(t)
	return laptop, desk, qs[0].ID
}

// TestChangedMindIsNoConflict: the desk confirms a quote and syncs; the
// laptop, having seen the confirmation, rejects it, while the desk (not yet
// synced again) edits the article, which moves the quote's anchor. The
// rejection replaced the confirmation, so both devices end with the quote
// rejected, once, and no conflict; the old merge kept both decisions on the
// desk and only the rejection on the laptop.
func TestChangedMindIsNoConflict(t *testing.T) {
	ctx := context.Background()
	laptop, desk, qid := twoDevices(t)
	if err := desk.lib.ConfirmQuote(qid); err != nil {
		t.Fatal(err)
	}
	desk.sync(t)
	laptop.sync(t)
	a, err := desk.lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	art, err := desk.lib.Article(a[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	body := append([]string{"A paragraph added at the top."}, art.Body...)
	if _, err := desk.lib.EditArticle(ctx, art.ID, app.ArticleEdit{Body: body}); err != nil {
		t.Fatal(err)
	}
	if err := laptop.lib.RejectQuote(qid); err != nil {
		t.Fatal(err)
	}
	laptop.sync(t)
	desk.sync(t)
	laptop.sync(t)
	sameLibraries(t, laptop, desk)
	q, err := desk.lib.Quote(qid)
	if err != nil {
		t.Fatal(err)
	}
	for text, st := range quoteStatuses(t, desk.lib) {
		if text == q.Text && !slices.Equal(st, []app.QuoteStatus{app.QuoteRejected}) {
			t.Errorf("quote %q is %v on both devices, want rejected once", text, st)
		}
	}
	if cs, err := desk.lib.MergeConflicts(); err != nil || len(cs) != 0 {
		t.Errorf("conflicts %+v, %v; want none", cs, err)
	}
}

// TestUndoneDecisionTravels: a confirmation undone on the laptop is undone
// on the desk too. The undo put back the record as it was, with its old
// version time, which the desk took for an old version come round again.
func TestUndoneDecisionTravels(t *testing.T) {
	ctx := context.Background()
	laptop, desk, qid := twoDevices(t)
	refs := app.SnapshotRefs{Quotes: []string{qid}}
	before, err := laptop.lib.Snapshot(refs)
	if err != nil {
		t.Fatal(err)
	}
	if err := laptop.lib.ConfirmQuote(qid); err != nil {
		t.Fatal(err)
	}
	after, err := laptop.lib.Snapshot(refs)
	if err != nil {
		t.Fatal(err)
	}
	laptop.sync(t)
	desk.sync(t)
	if q, _ := desk.lib.Quote(qid); q == nil || q.Status != app.QuoteConfirmed {
		t.Fatalf("the confirmation did not reach the desk: %+v", q)
	}
	if err := laptop.lib.Restore(ctx, after, before); err != nil {
		t.Fatal(err)
	}
	laptop.sync(t)
	desk.sync(t)
	sameLibraries(t, laptop, desk)
	if q, _ := desk.lib.Quote(qid); q == nil || q.Status != app.QuoteSuggested {
		t.Fatalf("the undone confirmation is still on the desk: %+v", q)
	}
	// And redone.
	if err := laptop.lib.Restore(ctx, before, after); err != nil {
		t.Fatal(err)
	}
	laptop.sync(t)
	desk.sync(t)
	if q, _ := desk.lib.Quote(qid); q == nil || q.Status != app.QuoteConfirmed {
		t.Fatalf("the redone confirmation did not reach the desk: %+v", q)
	}
}

// TestMergeOfPeopleReachesTheirCopies: the desk merges two people; the
// laptop imported the same article on its own, so it holds both under IDs
// of its own. A third device that reads the laptop's people first and the
// desk's merge after must merge its two as well, as the desk and the
// laptop do; it kept them apart.
func TestMergeOfPeopleReachesTheirCopies(t *testing.T) {
	tgt, err := folder.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	key, _ := synclog.NewKey()
	third := newDev(t, tgt, key, "third", false)
	laptop := newDev(t, tgt, key, "laptop", false)
	desk := newDev(t, tgt, key, "desk", false)
	importText(t, laptop.lib, "harbour.txt", article)
	importText(t, desk.lib, "harbour.txt", article)
	people, err := desk.lib.People()
	if err != nil || len(people) != 2 {
		t.Fatalf("people on the desk: %+v, %v", people, err)
	}
	if _, err := desk.lib.MergePeople(people[1].ID, people[0].ID); err != nil {
		t.Fatal(err)
	}
	laptop.sync(t)
	third.sync(t) // the laptop's two people
	desk.sync(t)
	third.sync(t) // the desk's merge
	laptop.sync(t)
	desk.sync(t)
	sameLibraries(t, third, laptop, desk)
	if ps, _ := third.lib.People(); len(ps) != 1 {
		t.Fatalf("%d people on the third device, want the one the desk merged them into: %+v", len(ps), ps)
	}
}
