package export_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"dossier/app"
	"dossier/app/anchor"
	"dossier/app/export"
	"dossier/storage"
)

// benchLib writes n articles with per annotations and 2 quotes each
// straight into a store (no index: export reads the store only).
func benchLib(b *testing.B, n, per int) *app.Library {
	b.Helper()
	dir := b.TempDir()
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		b.Fatal(err)
	}
	lib, err := app.Open(context.Background(), st, nil, app.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { lib.Close() })
	para := strings.Repeat("Ministers from the two coastal states agreed on Thursday to meet again next month. ", 4)
	const batch = 500
	now := time.Now().UTC()
	for start := 0; start < n; start += batch {
		err := lib.Store().Update(func(tx app.Tx) error {
			for i := start; i < min(start+batch, n); i++ {
				a := app.Article{Meta: app.Meta{ID: lib.NewID(), V: 1, Created: now, Updated: now},
					Title: fmt.Sprintf("Article %d about the talks", i), Source: "Bench Wire", URL: fmt.Sprintf("https://example.org/%d", i),
					Body: []string{fmt.Sprintf("Report %d. ", i) + para, para, para, para, para}, Tags: []string{"topic/talks"}, Revision: 1}
				a.ContentHash = app.ContentHash(a.Body)
				if err := tx.Put(app.BucketArticles, a.ID, &a); err != nil {
					return err
				}
				text := a.Text()
				for k := 0; k < per+2; k++ {
					s := k * 60
					sel, err := anchor.New(text, s, s+40)
					if err != nil {
						return err
					}
					t := app.Target{ArticleID: a.ID, Selector: sel, State: anchor.Exact}
					m := app.Meta{ID: lib.NewID(), V: 1, Created: now, Updated: now}
					if k < per {
						an := app.Annotation{Meta: m, Target: t, Note: "a note, with \"quotes\"", Tags: []string{"topic/talks"}}
						if err := tx.Put(app.BucketAnnotations, an.ID, &an); err != nil {
							return err
						}
						if err := tx.AddRef(app.RefArticleAnnotations, a.ID, an.ID); err != nil {
							return err
						}
					} else {
						q := app.Quote{Meta: m, Target: t, Text: sel.Exact, Speaker: "Mara Quill", Status: app.QuoteConfirmed}
						if err := tx.Put(app.BucketQuotes, q.ID, &q); err != nil {
							return err
						}
						if err := tx.AddRef(app.RefArticleQuotes, a.ID, q.ID); err != nil {
							return err
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return lib
}

// peakHeap samples the live heap while fn runs.
func peakHeap(fn func()) uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				metrics.Read(s)
				mu.Lock()
				peak = max(peak, s[0].Value.Uint64())
				mu.Unlock()
			}
		}
	}()
	fn()
	close(done)
	mu.Lock()
	defer mu.Unlock()
	return peak
}

// BenchmarkExport10k exports 10,000 articles with 50,000 annotations (and
// 20,000 quotes) to every format; the target is under 20 s and 300 MB each.
func BenchmarkExport10k(b *testing.B) {
	n := 10000
	if testing.Short() {
		n = 500
	}
	lib := benchLib(b, n, 5)
	dir := b.TempDir()
	for _, f := range export.Formats() {
		b.Run(f, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				out := filepath.Join(dir, fmt.Sprintf("%s-%d", f, i))
				var err error
				var res export.Result
				peak := peakHeap(func() {
					res, err = export.Run(context.Background(), lib, export.Options{Format: f, Out: out})
				})
				if err != nil {
					b.Fatal(err)
				}
				if res.Annotations != 5*n {
					b.Fatalf("%d annotations", res.Annotations)
				}
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
				os.RemoveAll(res.Path)
			}
		})
	}
}

// BenchmarkImportBundle merges a bundle of n articles (5 annotations and 2
// quotes each) into an empty library without a search index: the bundle is
// decoded whole before the one merge transaction.
func BenchmarkImportBundle(b *testing.B) {
	n := 2000
	if testing.Short() {
		n = 200
	}
	src := benchLib(b, n, 5)
	res, err := export.Run(context.Background(), src, export.Options{Format: export.FormatBundle, Out: filepath.Join(b.TempDir(), "b.dossier")})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		st, err := storage.Open(dir, storage.Options{})
		if err != nil {
			b.Fatal(err)
		}
		lib, err := app.Open(context.Background(), st, nil, app.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		var o app.ImportOutcome
		peak := peakHeap(func() { o, err = export.ImportBundle(context.Background(), lib, res.Path) })
		if err != nil || o.Status != app.ImportAdded {
			b.Fatalf("%+v %v", o, err)
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		b.StopTimer()
		lib.Close()
		b.StartTimer()
	}
}

// BenchmarkMergeBundleInto merges a bundle of n articles (5 annotations and
// 2 quotes each) into a library that already has them: it got an earlier
// bundle, and since then the other side confirmed every quote and edited
// every annotation's note, so every record is matched and merged.
func BenchmarkMergeBundleInto(b *testing.B) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	ctx := context.Background()
	src := benchLib(b, n, 5)
	first, err := export.Run(ctx, src, export.Options{Format: export.FormatBundle, Out: filepath.Join(b.TempDir(), "first.dossier")})
	if err != nil {
		b.Fatal(err)
	}
	later := time.Now().UTC().Add(time.Minute)
	err = src.Store().Update(func(tx app.Tx) error {
		var qs []app.Quote
		if err := tx.ForEach(app.BucketQuotes, "", func(_ string, decode func(any) error) error {
			var q app.Quote
			if err := decode(&q); err != nil {
				return err
			}
			qs = append(qs, q)
			return nil
		}); err != nil {
			return err
		}
		for _, q := range qs {
			q.Status, q.Updated = app.QuoteConfirmed, later
			if err := tx.Put(app.BucketQuotes, q.ID, &q); err != nil {
				return err
			}
		}
		var ans []app.Annotation
		if err := tx.ForEach(app.BucketAnnotations, "", func(_ string, decode func(any) error) error {
			var an app.Annotation
			if err := decode(&an); err != nil {
				return err
			}
			ans = append(ans, an)
			return nil
		}); err != nil {
			return err
		}
		for _, an := range ans {
			an.Note, an.Updated = an.Note+" (edited)", later
			if err := tx.Put(app.BucketAnnotations, an.ID, &an); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	second, err := export.Run(ctx, src, export.Options{Format: export.FormatBundle, Out: filepath.Join(b.TempDir(), "second.dossier")})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		st, err := storage.Open(b.TempDir(), storage.Options{})
		if err != nil {
			b.Fatal(err)
		}
		lib, err := app.Open(ctx, st, nil, app.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if o, err := export.ImportBundle(ctx, lib, first.Path); err != nil || o.Status != app.ImportAdded {
			b.Fatalf("%+v %v", o, err)
		}
		b.StartTimer()
		var o app.ImportOutcome
		peak := peakHeap(func() { o, err = export.ImportBundle(ctx, lib, second.Path) })
		if err != nil || o.Status != app.ImportUpdated {
			b.Fatalf("%+v %v", o, err)
		}
		b.StopTimer()
		var confirmed int
		lib.Store().View(func(tx app.Tx) error {
			ids, err := tx.RefIDs(app.RefQuoteStatus, string(app.QuoteConfirmed))
			confirmed = len(ids)
			return err
		})
		if confirmed != 2*n {
			b.Fatalf("%d confirmed quotes after the merge; want %d", confirmed, 2*n)
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		lib.Close()
		b.StartTimer()
	}
}
