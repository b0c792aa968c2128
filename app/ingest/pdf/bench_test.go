package pdf

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"dossier/internal/realdata"
	"dossier/internal/testdocs"
)

// peakRSS is the process's peak resident set in MiB (Linux reports KiB).
func peakRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchPDFs parses each file once per iteration and reports pages per
// second of wall time and of CPU time (the machine is shared), and the
// process's peak resident memory.
func benchPDFs(b *testing.B, files map[string][]byte) {
	ex := extractor(b)
	ctx := context.Background()
	pages := 0
	for name, data := range files {
		raw, err := ex.read(ctx, data)
		if err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		pages += len(raw.Pages)
	}
	runtime.GC()
	b.ResetTimer()
	cpu0 := cpuTime()
	start := time.Now()
	for range b.N {
		for name, data := range files {
			if _, err := ex.Parse(ctx, name, data); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
		}
	}
	wall, cpu := time.Since(start), cpuTime()-cpu0
	b.ReportMetric(float64(pages*b.N)/wall.Seconds(), "pages/s")
	b.ReportMetric(float64(pages*b.N)/cpu.Seconds(), "pages/cpu-s")
	b.ReportMetric(peakRSS(), "peak-RSS-MiB")
}

// BenchmarkRealPDFs: the real PDFs of set pdf that have text.
func BenchmarkRealPDFs(b *testing.B) {
	dir, entries := realdata.Dir(b, "pdf")
	files := map[string][]byte{}
	for _, e := range entries {
		if e.Name == "175.pdf" || e.Name == "r6-user-password.pdf" {
			continue // no text / encrypted: errors, not throughput
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name))
		if err != nil {
			b.Fatal(err)
		}
		files[e.Name] = data
	}
	benchPDFs(b, files)
}

// BenchmarkFixturePDF: a generated 200-page report in two columns with
// running headers and page numbers.
func BenchmarkFixturePDF(b *testing.B) {
	var pages [][]testdocs.Text
	for i := range 200 {
		p := []testdocs.Text{{X: 50, Y: 40, Size: 8, S: "Annual Report on Inland Shipping"}, {X: 290, Y: 760, Size: 8, S: fmt.Sprint(i + 1)}}
		for col, x := range []float64{50, 320} {
			var lines []string
			for l := range 45 {
				lines = append(lines, fmt.Sprintf("Column %d line %d of the page: barges, locks and tolls", col+1, l+1))
			}
			t, _ := testdocs.Lines(x, 80, 9, lines)
			p = append(p, t...)
		}
		pages = append(pages, p)
	}
	benchPDFs(b, map[string][]byte{"report.pdf": testdocs.PDF(pages, testdocs.PDFOptions{Info: map[string]string{"Title": "Annual Report"}})})
}

// BenchmarkOpen starts PDFium from the compiled module in the cache, as
// every run after the first does.
func BenchmarkOpen(b *testing.B) {
	extractor(b) // the cache is filled
	for range b.N {
		ex, err := Open(CacheDir())
		if err != nil {
			b.Fatal(err)
		}
		ex.Close()
	}
}

// BenchmarkLargestPDF: a text PDF just under the 20 MiB limit (dense
// two-column pages), for the peak memory of the largest allowed file.
func BenchmarkLargestPDF(b *testing.B) {
	var pages [][]testdocs.Text
	size := 0
	for i := 0; size < 19<<20; i++ {
		p := []testdocs.Text{{X: 290, Y: 760, Size: 8, S: fmt.Sprint(i + 1)}}
		for col, x := range []float64{50, 320} {
			var lines []string
			for l := range 60 {
				lines = append(lines, fmt.Sprintf("Col %d line %d p %d: barges, locks, tolls and quays", col+1, l+1, i+1))
			}
			t, _ := testdocs.Lines(x, 60, 8, lines)
			p = append(p, t...)
		}
		for _, t := range p {
			size += len(t.S) + 40
		}
		pages = append(pages, p)
	}
	data := testdocs.PDF(pages, testdocs.PDFOptions{})
	b.Logf("%d pages, %d bytes", len(pages), len(data))
	benchPDFs(b, map[string][]byte{"largest.pdf": data})
}
