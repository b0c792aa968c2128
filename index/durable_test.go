package index

import (
	"context"
	"path/filepath"
	"testing"

	"dossier/app"
)

// TestWritesOnDiskWhenTheyReturn: what Apply and SetStamp wrote is on disk
// when they return (batches are persisted in the background, so an index
// closed at once lost them unless each write waited for its persist).
func TestWritesOnDiskWhenTheyReturn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.bleve")
	ctx := context.Background()
	docs := corpusDocs(200)
	for round := range 3 {
		x, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		part := docs[round*len(docs)/3 : (round+1)*len(docs)/3]
		if err := x.Apply(ctx, app.IndexBatch{Upserts: part}); err != nil {
			t.Fatal(err)
		}
		if err := x.SetStamp("round-" + string(rune('a'+round))); err != nil {
			t.Fatal(err)
		}
		x.Close()
	}
	x, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if s, _ := x.Stamp(); s != "round-c" {
		t.Errorf("stamp %q after reopening, want round-c", s)
	}
	n := 0
	if err := x.Fingerprints(ctx, func(id, fp string) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n < len(docs) {
		t.Errorf("%d documents after reopening, %d written", n, len(docs))
	}
}
