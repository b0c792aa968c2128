package app_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"dossier/app"
	"dossier/app/corpus"
)

// benchCorpus writes n generated articles once per process.
var benchCorpus = struct {
	sync.Mutex
	dirs map[int]string
}{dirs: map[int]string{}}

func corpusDir(b *testing.B, n int) string {
	benchCorpus.Lock()
	defer benchCorpus.Unlock()
	if d, ok := benchCorpus.dirs[n]; ok {
		return d
	}
	d, err := os.MkdirTemp("", "dossier-corpus-*")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := corpus.New(corpus.Options{Seed: 1}).WriteFiles(context.Background(), d, n, 2); err != nil {
		b.Fatal(err)
	}
	benchCorpus.dirs[n] = d
	return d
}

// BenchmarkImportIndex imports 1,000 generated articles (about 6 KB each,
// with quotes) into a new library per iteration: files → ingest → quote
// finder → store → index. Target (issue 6): 1,500 articles/s.
func BenchmarkImportIndex(b *testing.B) {
	src := corpusDir(b, 1000)
	ctx := context.Background()
	var total time.Duration
	for b.Loop() {
		b.StopTimer()
		l := openSearchLib(b, b.TempDir(), nil)
		if err := l.Reindex(ctx, nil); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		sum, err := l.Import(ctx, []string{src}, app.ImportOptions{})
		total += time.Since(start)
		if err != nil || sum.Added != 1000 {
			b.Fatalf("import: %d added, %v", sum.Added, err)
		}
		b.StopTimer()
		l.Close()
		os.RemoveAll(filepath.Join(src, "..", "nothing"))
		b.StartTimer()
	}
	b.ReportMetric(float64(1000*b.N)/total.Seconds(), "articles/s")
}
