package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/internal/realdata"
)

// benchSentences are invented; the benchmark article is built from them.
var benchSentences = []string{
	"The regional assembly voted on Thursday to extend the emergency water rules for another six months.",
	"“We have no choice while the reservoirs stay this low,” said the chair of the committee, Ana Ruiz.",
	"Farmers’ groups said the limits would cost them a season of planting – and some jobs.",
	"Officials expect the rules to be reviewed again in the autumn, when the rainfall figures are known.",
}

// benchArticle returns a plain-text article of about 6 KB: caption,
// dateline, paragraphs and two subheadings.
func benchArticle() string {
	var b strings.Builder
	b.WriteString("Dry fields near the river in July. Photo: AFP / Staff\n\n")
	b.WriteString("VALENCIA – ")
	for i := 0; b.Len() < 6000; i++ {
		b.WriteString(benchSentences[i%len(benchSentences)])
		b.WriteString(" ")
		b.WriteString(benchSentences[(i+1)%len(benchSentences)])
		b.WriteString("\n\n")
		if i == 8 || i == 20 {
			b.WriteString("What the rules mean\n\n")
		}
	}
	return b.String()
}

// benchHTML wraps the same text in a typical page with metadata.
func benchHTML() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Water rules extended | Daily River</title>
<meta property="og:title" content="Water rules extended"><meta property="og:site_name" content="Daily River">
<meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2023-07-01T09:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Water rules extended","author":{"name":"Ana Ruiz"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Water rules extended</h1>`)
	for i, p := range strings.Split(strings.TrimSpace(benchArticle()), "\n\n") {
		if i == 0 {
			fmt.Fprintf(&b, "<figure><img src=a.jpg><figcaption>%s</figcaption></figure>\n", p)
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</article><footer>© Daily River</footer></body></html>`)
	return b.String()
}

func BenchmarkParseText(b *testing.B) {
	s := benchArticle()
	b.SetBytes(int64(len(s)))
	cpu := processCPU()
	for b.Loop() {
		if _, err := ParseText(s); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

func BenchmarkParseTextSeed(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(seedsDir(b), "*.txt"))
	if len(files) == 0 {
		b.Skip("seed articles not available")
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	cpu := processCPU()
	for b.Loop() {
		if _, err := Parse("seed.txt", data); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

func BenchmarkParseHTML(b *testing.B) {
	s := benchHTML()
	b.SetBytes(int64(len(s)))
	cpu := processCPU()
	for b.Loop() {
		if _, err := ParseHTML(s); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

func BenchmarkParseMarkdown(b *testing.B) {
	s := "---\ntitle: Water rules extended\ntags: [water, rules]\n---\n\n" + benchArticle()
	b.SetBytes(int64(len(s)))
	cpu := processCPU()
	for b.Loop() {
		if _, err := ParseMarkdown(s); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

func BenchmarkDecodeWindows1252(b *testing.B) {
	data := []byte(strings.Repeat("Caf\xe9 \x93quoted\x94 text \x96 more words here.\n", 150))
	b.SetBytes(int64(len(data)))
	cpu := processCPU()
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkParseRealPages parses the 40 real news pages of set "pages"
// (skipped where not fetched) and reports pages per second of CPU time.
func BenchmarkParseRealPages(b *testing.B) {
	dir, entries := realdata.Dir(b, "pages")
	var pages [][]byte
	size := 0
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name))
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	cpu := processCPU()
	for b.Loop() {
		for i, data := range pages {
			if _, err := Parse(entries[i].Name, data); err != nil {
				b.Fatal(err)
			}
		}
	}
	if b.N > 0 {
		used := processCPU() - cpu
		b.ReportMetric(float64(b.N*len(pages))/used.Seconds(), "pages/cpu-s")
		b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
	}
}
