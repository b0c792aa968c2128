package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"dossier/app"
)

// TestSettleAfterAliasesRemoved: a person whose aliases are all removed
// leaves segments whose synonym definitions are deleted; Settle merges
// them.
func TestSettleAfterAliasesRemoved(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	ctx := context.Background()
	p := app.IndexDoc{ID: "P1", Type: app.TypePerson, Title: "Moon Chung-in", Names: []string{"Moon Chung-in", "Chairman Moon"}, Fingerprint: "p1"}
	if err := x.Apply(ctx, app.IndexBatch{Upserts: []app.IndexDoc{p}}); err != nil {
		t.Fatal(err)
	}
	p.Names, p.Fingerprint = []string{"Moon Chung-in"}, "p1b"
	if err := x.Apply(ctx, app.IndexBatch{Upserts: []app.IndexDoc{p}}); err != nil {
		t.Fatal(err)
	}
	if err := x.Apply(ctx, app.IndexBatch{Upserts: testDocs()}); err != nil {
		t.Fatal(err)
	}
	q := app.IndexDoc{ID: "P2", Type: app.TypePerson, Title: "Kim Yo-jong", Names: []string{"Kim Yo-jong", "Ms Kim"}, Fingerprint: "p2"}
	if err := x.Apply(ctx, app.IndexBatch{Upserts: []app.IndexDoc{q}}); err != nil {
		t.Fatal(err)
	}
	if err := x.Apply(ctx, app.IndexBatch{Deletes: []string{"P2"}}); err != nil {
		t.Fatal(err)
	}
	if err := x.Settle(ctx); err != nil {
		t.Fatalf("settle: %v", err)
	}
	if n, _ := x.Segments(); n != 1 {
		t.Errorf("%d segments after Settle", n)
	}
	// The merged segment holds no synonym definition any more; merging it
	// with a later one must work too.
	for i := range 3 {
		d := testDocs()[0]
		d.Fingerprint = fmt.Sprint("again", i)
		if err := x.Apply(ctx, app.IndexBatch{Upserts: []app.IndexDoc{d}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Settle(ctx); err != nil {
		t.Fatalf("second settle: %v", err)
	}
	if n, _ := x.Segments(); n != 1 {
		t.Errorf("%d segments after the second Settle", n)
	}
}
