package ui

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
	"dossier/app/corpus"
	"dossier/app/ingest"
)

// benchArticles is the size of the benchmark library (DOSSIER_BENCH_ARTICLES
// overrides it, for quicker runs).
func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("DOSSIER_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10000
}

var (
	bigLibOnce sync.Once
	bigLibDir  string
	bigLibErr  error
)

// bigLibrary builds, once per test binary, a library of generated articles
// through the real import pipeline, and returns its folder.
func bigLibrary(b *testing.B) string {
	bigLibOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dossier-uibench-")
		if err != nil {
			bigLibErr = err
			return
		}
		bigLibDir = dir
		ctx := context.Background()
		src := dir + "/src"
		g := corpus.New(corpus.Options{Seed: 1})
		if _, err := g.WriteFiles(ctx, src, benchArticles(), runtime.GOMAXPROCS(0)); err != nil {
			bigLibErr = err
			return
		}
		lib, err := openTestLibrary(ctx, dir+"/lib", false)
		if err != nil {
			bigLibErr = err
			return
		}
		if _, err := lib.Import(ctx, []string{src}, app.ImportOptions{}); err != nil {
			bigLibErr = err
		}
		if err := lib.Close(); err != nil && bigLibErr == nil {
			bigLibErr = err
		}
		os.RemoveAll(src)
	})
	if bigLibErr != nil {
		b.Fatal(bigLibErr)
	}
	return bigLibDir + "/lib"
}

// BenchmarkStartup measures opening a library of 10,000 articles to an
// interactive window with the sidebar filled; it reports the resident
// memory after start-up.
func BenchmarkStartup(b *testing.B) {
	dir := bigLibrary(b)
	ctx := context.Background()
	fa := test.NewTempApp(b)
	// Building the library ran in this process: give its memory back so
	// the figure is the app's, not the importer's.
	runtime.GC()
	debug.FreeOSMemory()
	var rss, anon float64
	var full time.Duration // until the whole list and every count are in
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		t0, c0 := time.Now(), processCPU()
		lib, err := openTestLibrary(ctx, dir, false)
		if err != nil {
			b.Fatal(err)
		}
		w := newMainWindow(ctx, fa, Config{Dir: dir, Open: openTestLibrary})
		// As in the app, the sidebar loads in the background; the window
		// is ready when it shows the counts and the first rows. The rest
		// of the list and the orphan count follow (timed apart below).
		painted := make(chan struct{}, 1)
		w.firstPaint = func() {
			select {
			case painted <- struct{}{}:
			default:
			}
		}
		w.win.Resize(fyne.NewSize(1280, 800))
		w.setLibrary(lib, dir)
		<-painted
		cpu += processCPU() - c0
		b.StopTimer()
		w.waitIdle()
		full += time.Since(t0)
		// The generator repeats an article now and then; import skips those.
		if n := w.side.counts[secArticles]; n < benchArticles()*98/100 {
			w.shutdown()
			b.Fatalf("sidebar lists %d articles, want about %d", n, benchArticles())
		}
		rss = max(rss, residentMB())
		anon = max(anon, statusMB("RssAnon:"))
		if err := w.shutdown(); err != nil {
			b.Fatal(err)
		}
		w.win.Close()
		b.StartTimer()
	}
	b.ReportMetric(rss, "RSS-MB")
	b.ReportMetric(anon, "anon-MB")
	b.ReportMetric(float64(full.Milliseconds())/float64(b.N), "full-ms/op")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// threadCPU is the CPU time used so far by the calling OS thread (the
// benchmark locks its goroutine to one): on a machine shared with other
// work it is what the UI goroutine itself spent, which wall time is not.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// processCPU is the CPU time used so far by the whole process (every
// goroutine: the UI's and the background loads').
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// residentMB is the process's resident memory (VmRSS), in MB.
func residentMB() float64 { return statusMB("VmRSS:") }

// statusMB reads a memory figure of /proc/self/status, in MB. RssFile is
// the mapped library files (bbolt, Bleve segments) the kernel can drop;
// RssAnon is the process's own memory.
func statusMB(field string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// BenchmarkOpenLongArticle measures opening a 10,000-word article with 300
// annotations in a reader tab, laid out and drawn.
func BenchmarkOpenLongArticle(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	lib, err := openTestLibrary(ctx, dir, false)
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	g := corpus.New(corpus.Options{Seed: 7})
	var paras []string
	words := 0
	for i := 0; words < 10000; i++ {
		for _, p := range strings.Split(string(g.Article(i).File()), "\n\n")[1:] {
			if words >= 10000 {
				break
			}
			paras = append(paras, p)
			words += len(strings.Fields(p))
		}
	}
	out, err := lib.ImportDocument(ctx, &ingest.Document{Title: "A very long article", Paragraphs: paras}, "bench", false)
	if err != nil {
		b.Fatal(err)
	}
	a, err := lib.Article(out.ArticleID)
	if err != nil {
		b.Fatal(err)
	}
	text := []rune(a.Text())
	step := len(text) / 300
	for i := range 300 {
		s := i * step
		for s < len(text) && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		if _, err := lib.Annotate(ctx, app.AnnotationInput{ArticleID: a.ID, Start: s, End: s + 12,
			Tags: []string{fmt.Sprintf("topic/t%d", i%7)}}); err != nil {
			b.Fatal(err)
		}
	}
	fa := test.NewTempApp(b)
	w := newMainWindow(ctx, fa, Config{Dir: dir, Open: openTestLibrary})
	w.inline = true
	w.win.Resize(fyne.NewSize(1280, 800))
	w.setLibrary(lib, dir)
	w.waitIdle()
	// What the user waits for is the reader on screen: the inspector's
	// links load in the background, as in the app.
	w.inline = false
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		c0 := threadCPU()
		p := w.open("article:" + a.ID)
		v := p.(*articleView)
		test.RenderObjectToMarkup(v.reader) // lays out and draws the visible lines
		cpu += threadCPU() - c0
		b.StopTimer()
		if len(v.anns) != 300 {
			b.Fatalf("%d annotations, want 300", len(v.anns))
		}
		w.waitIdle()
		w.closeCurrent()
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	w.lib = nil // closed by the deferred Close
	w.cancel()
	w.win.Close()
}

// BenchmarkSearchKeystroke measures one keystroke in the library search box
// to updated results (query as you type, facets, fragments) on 10,000
// articles.
func BenchmarkSearchKeystroke(b *testing.B) {
	dir := bigLibrary(b)
	ctx := context.Background()
	lib, err := openTestLibrary(ctx, dir, false)
	if err != nil {
		b.Fatal(err)
	}
	fa := test.NewTempApp(b)
	w := newMainWindow(ctx, fa, Config{Dir: dir, Open: openTestLibrary})
	w.inline = true
	w.win.Resize(fyne.NewSize(1280, 800))
	w.setLibrary(lib, dir)
	w.waitIdle()
	v := w.open("search").(*searchView)
	typed := []string{"m", "mi", "min", "mini", "minis", "minist", "ministe", "minister", "minister s", "minister sa", "minister said"}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	// As in the app, the search runs off the UI goroutine: a keystroke is
	// done when its results are shown (the facet counts follow).
	w.inline = false
	shown := make(chan struct{}, 1)
	w.resultsShown = func() {
		select {
		case shown <- struct{}{}:
		default:
		}
	}
	var cpu time.Duration
	b.ResetTimer()
	for i := range b.N {
		c0 := processCPU()
		v.query.SetText(typed[i%len(typed)])
		<-shown
		cpu += processCPU() - c0
		b.StopTimer()
		if v.info.Text == "" {
			b.Fatal("no results shown")
		}
		w.waitIdle()
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	if err := w.shutdown(); err != nil {
		b.Fatal(err)
	}
	w.win.Close()
}

// TestMain removes the benchmark library after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if bigLibDir != "" {
		os.RemoveAll(bigLibDir)
	}
	os.Exit(code)
}
