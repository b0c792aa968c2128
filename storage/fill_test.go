package storage

import (
	"fmt"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"dossier/app"
)

// TestAppendedPagesFilled checks that records written in key order, as
// imports write them (ULIDs), fill their pages instead of leaving them half
// empty, while a bucket written out of key order keeps bbolt's default.
func TestAppendedPagesFilled(t *testing.T) {
	s, err := Open(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := strings.Repeat("x", 640)
	const n, perTx = 3000, 100
	for i := 0; i < n; i += perTx {
		if err := s.Update(func(tx app.Tx) error {
			for j := i; j < i+perTx; j++ {
				id := fmt.Sprintf("%08d", j)
				if err := tx.Put(app.BucketQuotes, id, app.Quote{Text: text}); err != nil {
					return err
				}
				if err := tx.AddRef(app.RefArticleHash, fmt.Sprintf("%08d", (j*7919)%n), id); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.db.View(func(tx *bolt.Tx) error {
		q := tx.Bucket([]byte(app.BucketQuotes)).Stats()
		if q.KeyN != n {
			t.Errorf("%d quotes, want %d", q.KeyN, n)
		}
		if fill := float64(q.LeafInuse) / float64(q.LeafAlloc); fill < 0.8 {
			t.Errorf("appended records fill %.0f%% of their pages", 100*fill)
		}
		r := tx.Bucket([]byte(refPrefix + app.RefArticleHash)).Stats()
		if r.KeyN != n {
			t.Errorf("%d refs, want %d", r.KeyN, n)
		}
		if fill := float64(r.LeafInuse) / float64(r.LeafAlloc); fill < 0.5 {
			t.Errorf("refs written out of order fill %.0f%% of their pages", 100*fill)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
