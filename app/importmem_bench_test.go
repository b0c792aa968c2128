package app_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"dossier/app"
	"dossier/app/ingest"
	"dossier/internal/realdata"
	"dossier/storage"
)

// bigFile is a file of one kind near a size limit, made of invented news
// sentences.
type bigFile struct {
	name  string
	build func() []byte
	// refused: the file is over the text limit and must be refused (the
	// benchmark then measures what the refusal costs).
	refused bool
}

// bigFiles are the largest files a user may import, of each kind, and the
// two the issue reported (a 19 MB text file, a 15 MB single line), which
// are over the text limit. Each is imported by a fresh child process so
// that its peak resident memory is its own.
var bigFiles = map[string]bigFile{
	"text-max":    {"big.txt", func() []byte { return fill(ingest.MaxTextSize-64<<10, "", "\n\n", "") }, false},
	"oneline-max": {"big-line.txt", func() []byte { return fill(ingest.MaxTextSize-64<<10, "", " ", "") }, false},
	// Text at the limit with a book's vocabulary; and at half the limit.
	"text-max-vocab":  {"vocab.txt", func() []byte { return vocabText(ingest.MaxTextSize - 256<<10) }, false},
	"text-half-vocab": {"vocab2.txt", func() []byte { return vocabText(ingest.MaxTextSize / 2) }, false},
	"markdown-max":    {"big.md", func() []byte { return fill(ingest.MaxTextSize-64<<10, "# Big page\n\n", "\n\n", "") }, false},
	// A 20 MB page whose markup is six times its text.
	"html-20MB": {"big.html", func() []byte {
		return fill(ingest.MaxFileSize-64<<10, "<html><head><title>Big page</title></head><body><article><h1>Big page</h1>\n<div class=\"para\"><p>",
			"</p></div>\n<div class=\"para\" data-tracking=\""+strings.Repeat("x", 2900)+"\"><p>", "</p></div></article></body></html>")
	}, false},
	// The largest PDF: 20 MB with charts on every page and text under the
	// text limit; and a 20 MB PDF of nothing but text, which is over it.
	"pdf-20MB":              {"big.pdf", func() []byte { return bigPDF(ingest.MaxFileSize-(512<<10), 800) }, false},
	"pdf-20MB-text-refused": {"bigtext.pdf", func() []byte { return bigPDF(ingest.MaxFileSize-(512<<10), 0) }, true},
	"docx-20MB":             {"big.docx", bigDOCX, false},
	"docx-text-max":         {"text.docx", bigDOCXText, false},
	"epub-20MB":             {"big.epub", bigEPUB, false},
	"text-19MB-refused":     {"big19.txt", func() []byte { return fill(19<<20, "", "\n\n", "") }, true},
	"oneline-15MB-refused":  {"line15.txt", func() []byte { return fill(15<<20, "", " ", "") }, true},
}

var memSentences = []string{
	"The regional assembly voted on Thursday to extend the emergency water rules for another six months.",
	"“We have no choice while the reservoirs stay this low,” said the chair of the committee, Ana Ruiz.",
	"Farmers’ groups said the limits would cost them a season of planting – and some jobs.",
	"Officials expect the rules to be reviewed again in the autumn, when the rainfall figures are known.",
}

// fill builds a file of size bytes: head, then sentences in paragraphs of
// five joined by sep, then tail.
func fill(size int, head, sep, tail string) []byte {
	var b strings.Builder
	b.Grow(size)
	b.WriteString(head)
	for i := 0; b.Len() < size-len(tail)-400; i++ {
		b.WriteString(memSentences[i%len(memSentences)])
		if i%5 == 4 {
			b.WriteString(sep)
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString(tail)
	return []byte(b.String())
}

const childEnv = "DOSSIER_IMPORT_MEM_CHILD"

// TestImportMemChild is the child process of BenchmarkImportPeakRSS: it
// imports one file into a fresh library and prints its peak RSS.
func TestImportMemChild(t *testing.T) {
	path := os.Getenv(childEnv)
	if path == "" {
		t.Skip("child process of BenchmarkImportPeakRSS")
	}
	if os.Getenv("DOSSIER_IMPORT_MEM_PARSEONLY") != "" { // to tell the reader's share
		doc, err := app.ReadDocument(path)
		fmt.Printf("PARSED %v %d\n", err, func() int {
			if doc == nil {
				return 0
			}
			return ingest.TextSize(doc)
		}())
		fmt.Printf("PEAK_RSS_KB %d\n", vmHWM(t))
		return
	}
	var l *searchLib
	if os.Getenv("DOSSIER_IMPORT_MEM_NOINDEX") != "" { // to tell the index's share
		st, err := storage.Open(t.TempDir(), storage.Options{})
		if err != nil {
			t.Fatal(err)
		}
		lib, err := app.Open(context.Background(), st, nil, app.Options{})
		if err != nil {
			t.Fatal(err)
		}
		l = &searchLib{Library: lib}
	} else {
		l = openSearchLib(t, t.TempDir(), nil)
	}
	defer l.Close()
	if l.IndexStale() {
		if err := l.Reindex(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := l.Import(context.Background(), []string{path}, app.ImportOptions{})
	if os.Getenv("DOSSIER_IMPORT_MEM_REFUSED") != "" {
		if err == nil && sum.Added != 0 {
			t.Fatalf("a file over the text limit was imported: %+v", sum)
		}
	} else if err != nil || sum.Added != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	if err := l.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, o := range sum.Outcomes {
		if o.Reason != "" {
			fmt.Printf("REASON %s: %s\n", filepath.Base(o.Path), o.Reason)
		}
	}
	fmt.Printf("PEAK_RSS_KB %d\n", vmHWM(t))
}

// vmHWM is the process's peak resident set in KiB, as the kernel counts it
// (VmHWM in /proc/self/status; the rusage maximum where that is missing).
func vmHWM(t testing.TB) int64 {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
				if err == nil {
					return kb
				}
			}
		}
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return ru.Maxrss // kilobytes on Linux
}

// BenchmarkImportPeakRSS imports each of bigFiles in a child process
// (with a real bbolt store and Bleve index) and reports the child's peak
// resident memory in MB; the target is 300 MB. Run it with -benchtime 1x.
func BenchmarkImportPeakRSS(b *testing.B) {
	for _, kind := range []string{"text-max", "text-max-vocab", "text-half-vocab", "oneline-max", "markdown-max", "html-20MB", "pdf-20MB", "docx-20MB", "docx-text-max", "epub-20MB",
		"text-19MB-refused", "oneline-15MB-refused", "pdf-20MB-text-refused"} {
		b.Run(kind, func(b *testing.B) {
			f, ok := bigFiles[kind]
			if !ok {
				b.Fatalf("no file %q", kind)
			}
			// The file is built here and written out; the child that
			// imports it measures only its own memory.
			data := f.build()
			size := len(data)
			path := filepath.Join(b.TempDir(), f.name)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				b.Fatal(err)
			}
			data = nil
			runtime.GC()
			var peak float64
			for b.Loop() {
				cmd := exec.Command(os.Args[0], "-test.run=^TestImportMemChild$", "-test.count=1")
				cmd.Env = append(os.Environ(), childEnv+"="+path)
				if f.refused {
					cmd.Env = append(cmd.Env, "DOSSIER_IMPORT_MEM_REFUSED=1")
				}
				out, err := cmd.CombinedOutput()
				if err != nil {
					b.Fatalf("child: %v\n%s", err, out)
				}
				sc := bufio.NewScanner(strings.NewReader(string(out)))
				for sc.Scan() {
					if strings.HasPrefix(sc.Text(), "REASON ") && b.N == 1 {
						b.Log(sc.Text())
					}
					if v, ok := strings.CutPrefix(sc.Text(), "PEAK_RSS_KB "); ok {
						kb, _ := strconv.Atoi(v)
						peak = max(peak, float64(kb)/1024)
					}
				}
			}
			b.SetBytes(int64(size))
			b.ReportMetric(peak, "peak-MB")
			if peak > 300 {
				b.Errorf("peak resident memory %.0f MB, the target is 300 MB", peak)
			}
			b.ReportMetric(float64(size)/(1<<20), "file-MB")
		})
	}
}

// BenchmarkImportRealPages imports the 40 real news pages of set "pages"
// (skipped where not fetched) into a fresh library with its index, and
// reports pages per second.
func BenchmarkImportRealPages(b *testing.B) {
	dir, entries := realdata.Dir(b, "pages")
	for b.Loop() {
		b.StopTimer()
		l := openSearchLib(b, b.TempDir(), nil)
		if l.IndexStale() {
			if err := l.Reindex(context.Background(), nil); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		sum, err := l.Import(context.Background(), []string{dir}, app.ImportOptions{})
		if err != nil || sum.Added != len(entries) {
			b.Fatalf("import: %+v %v", sum, err)
		}
		if err := l.Sync(context.Background()); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		l.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.N*len(entries))/b.Elapsed().Seconds(), "pages/s")
}

// TestWriteBigFiles writes the files of BenchmarkImportPeakRSS to the folder
// named by DOSSIER_BIGFILES_DIR, to measure an import of one by hand
// (DOSSIER_IMPORT_MEM_CHILD=file go test -run TestImportMemChild).
func TestWriteBigFiles(t *testing.T) {
	dir := os.Getenv("DOSSIER_BIGFILES_DIR")
	if dir == "" {
		t.Skip("set DOSSIER_BIGFILES_DIR to write the files of BenchmarkImportPeakRSS")
	}
	for kind, f := range bigFiles {
		if err := os.WriteFile(filepath.Join(dir, kind+"-"+f.name), f.build(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
