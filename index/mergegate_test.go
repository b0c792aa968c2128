package index

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"

	"dossier/app"
)

// TestMergeGateHoldsMergesWhileWriting: the merger may not merge while the
// index is being written, may once it has been quiet for mergeQuiet, and
// always may during Settle; other events pass.
func TestMergeGateHoldsMergesWhileWriting(t *testing.T) {
	x := loaded(t)
	x.mu.RLock()
	s, err := x.scorch()
	x.mu.RUnlock()
	if err != nil || s == nil {
		t.Fatalf("no scorch engine: %v", err)
	}
	pre := scorch.Event{Kind: scorch.EventKindPreMergeCheck, Scorch: s}
	g := x.gate
	g.wrote()
	if g.onEvent(pre) {
		t.Error("a merge was let through right after a write")
	}
	if !g.onEvent(scorch.Event{Kind: scorch.EventKindPurgerCheck, Scorch: s}) {
		t.Error("an event other than a merge check was refused")
	}
	g.settling.Store(true)
	if !g.onEvent(pre) {
		t.Error("Settle's merge was held back")
	}
	g.settling.Store(false)
	g.lastWrite.Store(time.Now().Add(-2 * mergeQuiet).UnixNano())
	if !g.onEvent(pre) {
		t.Error("a merge was held back after the index had been quiet")
	}
}

// TestBulkWritesMergedOnceBySettle: many Applies in a row leave their
// segments to Settle, which merges them into one; the index then answers
// as before, and a second index open at the same time has its own gate.
func TestBulkWritesMergedOnceBySettle(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	other := openTest(t, filepath.Join(t.TempDir(), "other.bleve"))
	if x.gate.name == other.gate.name {
		t.Fatalf("two indexes share the gate %s", x.gate.name)
	}
	ctx := context.Background()
	docs := corpusDocs(300)
	for i := 0; i < 300; i += 10 {
		if err := x.Apply(ctx, app.IndexBatch{Upserts: docs[i:min(i+10, len(docs))]}); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := x.Segments(); n < 12 {
		t.Errorf("%d segments after 30 writes in a row: the merger was not held back", n)
	}
	if err := x.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if n, _ := x.Segments(); n != 1 {
		t.Errorf("%d segments after Settle, want 1", n)
	}
	res, err := x.Search(ctx, app.SearchRequest{Query: "minister"})
	if err != nil || res.Total == 0 {
		t.Errorf("search after Settle: %v, %d hits", err, res.Total)
	}
}
