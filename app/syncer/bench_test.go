package syncer_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	xwebdav "golang.org/x/net/webdav"

	"dossier/app"
	"dossier/app/corpus"
	"dossier/app/syncer"
	"dossier/app/synclog"
	"dossier/app/synclog/webdav"
)

// benchArticles is the library size of the sync benchmarks
// (DOSSIER_SYNC_BENCH_ARTICLES, 10,000 by default).
func benchArticles(b *testing.B) int {
	if s := os.Getenv("DOSSIER_SYNC_BENCH_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		return n
	}
	return 10000
}

// benchLibrary imports n generated articles (with their quotes and people)
// into a library without a search index.
func benchLibrary(b *testing.B, n int) *app.Library {
	src := b.TempDir()
	if _, err := corpus.New(corpus.Options{Seed: 1}).WriteFiles(context.Background(), src, n, 2); err != nil {
		b.Fatal(err)
	}
	lib := openLib(b, b.TempDir(), false)
	sum, err := lib.Import(context.Background(), []string{src}, app.ImportOptions{})
	// The generator repeats a title and source now and then, which import
	// takes for the same article.
	if err != nil || sum.Added < n*99/100 {
		b.Fatalf("import: %d of %d added, %v", sum.Added, n, err)
	}
	return lib
}

// davTarget is a WebDAV server on loopback serving a new temporary folder.
func davTarget(b *testing.B) synclog.Target {
	srv := httptest.NewServer(&xwebdav.Handler{FileSystem: xwebdav.Dir(b.TempDir()), LockSystem: xwebdav.NewMemLS()})
	b.Cleanup(srv.Close)
	tgt, err := webdav.New(srv.URL+"/lib/", "", "", nil)
	if err != nil {
		b.Fatal(err)
	}
	return tgt
}

// BenchmarkFirstSync sets sync up on a library of benchArticles articles
// and pushes all of it to a WebDAV server on loopback, then a new device
// reads it all. Target (issue 24): at least 500 articles/s.
func BenchmarkFirstSync(b *testing.B) {
	n := benchArticles(b)
	lib := benchLibrary(b, n)
	ctx := context.Background()
	key, _ := synclog.NewKey()
	var cpu, cpuPush, wallPush, wallRead time.Duration
	for i := 0; b.Loop(); i++ {
		tgt := davTarget(b)
		start, t0 := cpuTime(), time.Now()
		if err := lib.SetUpSync(ctx, app.SyncConfig{Device: "laptop", Target: fmt.Sprint(tgt, i)}); err != nil {
			b.Fatal(err)
		}
		log, _ := synclog.New(tgt, key, "laptop", "")
		rep, err := syncer.New(lib, log).Once(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		cpuPush += cpuTime() - start
		wallPush += time.Since(t0)
		b.StopTimer()
		desk := openLib(b, b.TempDir(), false)
		if err := desk.SetUpSync(ctx, app.SyncConfig{Device: "desk", Target: tgt.String()}); err != nil {
			b.Fatal(err)
		}
		dlog, _ := synclog.New(tgt, key, "desk", "")
		b.StartTimer()
		start2, t1 := cpuTime(), time.Now()
		drep, err := syncer.New(desk, dlog).Once(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - start2
		wallRead += time.Since(t1)
		if i == 0 {
			b.Logf("pushed %d records in %d change sets; the new device read %d change sets, added %d", rep.Pushed, rep.Sets, drep.Read, drep.Added)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(n)*float64(b.N)/wallPush.Seconds(), "push-articles/s")
	b.ReportMetric(float64(n)*float64(b.N)/wallRead.Seconds(), "read-articles/s")
	// On a shared machine the wall clock says more about the neighbours:
	// articles per second of this process's CPU, for the device that
	// pushes and for the one that reads.
	b.ReportMetric(float64(n)*float64(b.N)/cpuPush.Seconds(), "push-articles/cpu-s")
	b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "read-articles/cpu-s")
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIncrementalSync pushes 100 changes (review decisions and notes)
// from a synced library of benchArticles articles and reads them on a
// second device. Target (issue 24): under a second.
func BenchmarkIncrementalSync(b *testing.B) {
	n := benchArticles(b)
	lib := benchLibrary(b, n)
	ctx := context.Background()
	key, _ := synclog.NewKey()
	tgt := davTarget(b)
	if err := lib.SetUpSync(ctx, app.SyncConfig{Device: "laptop", Target: tgt.String()}); err != nil {
		b.Fatal(err)
	}
	log, _ := synclog.New(tgt, key, "laptop", "")
	laptop := syncer.New(lib, log)
	if _, err := laptop.Once(ctx, nil); err != nil {
		b.Fatal(err)
	}
	desk := openLib(b, b.TempDir(), false)
	if err := desk.SetUpSync(ctx, app.SyncConfig{Device: "desk", Target: tgt.String()}); err != nil {
		b.Fatal(err)
	}
	dlog, _ := synclog.New(tgt, key, "desk", "")
	deskSync := syncer.New(desk, dlog)
	if _, err := deskSync.Once(ctx, nil); err != nil {
		b.Fatal(err)
	}
	qs, err := lib.Quotes(app.QuoteFilter{})
	if err != nil || len(qs) < 50*b.N {
		b.Skipf("%d quotes: too few for %d rounds", len(qs), b.N)
	}
	var cpu time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		for j := 0; j < 50; j++ {
			if err := lib.ConfirmQuote(qs[(i*50+j)%len(qs)].ID); err != nil {
				b.Fatal(err)
			}
			if _, err := lib.CreateNote(ctx, fmt.Sprintf("Note %d-%d", i, j), "A note.", nil); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		start := cpuTime()
		rep, err := laptop.Once(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		drep, err := deskSync.Once(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - start
		if i == 0 {
			b.Logf("pushed %d records; the other device read %d change sets", rep.Pushed, drep.Read)
		}
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
}
