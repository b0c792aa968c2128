package wikilink

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// reportCPU adds the CPU time per op since start, when it can be measured.
func reportCPU(b *testing.B, start time.Duration) {
	if c := cpuTime() - start; c > 0 && b.N > 0 {
		b.ReportMetric(float64(c.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// note builds a Markdown note of about size bytes: headings, prose with
// links (some to "Kim Jong Un"), lists, a code span, a fenced block and a
// quote embed, the mix an analyst's note has.
func note(size, seed int) string {
	var b strings.Builder
	titles := []string{"Kim Jong Un", "Pyongyang", "Moon Chung-in", "Sung Kim", "Hanoi summit", "Séoul"}
	for i := 0; b.Len() < size; i++ {
		t := titles[(i+seed)%len(titles)]
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, "## Section %d on [[%s]]\n\n", i, t)
		case 1:
			fmt.Fprintf(&b, "The envoy said talks with [[%s|the North]] could resume, and that `[[not a link]]` "+
				"is how one writes a link. Analysts in Washington and Seoul disagreed about the timing.\n\n", t)
		case 2:
			fmt.Fprintf(&b, "- point about [[%s#Background]]\n- another point, no link here at all\n- [[%s]] again\n\n", t, titles[(i+1)%len(titles)])
		case 3:
			b.WriteString("```\n[[Code Sample]] stays code\n```\n\n")
		case 4:
			fmt.Fprintf(&b, "![[quote:01HX%04d]]\n\n", i)
		default:
			b.WriteString("Plain paragraph of prose with one link to [[kim jong un|Kim]], long enough to look like a real " +
				"note's body text, with *emphasis*, a [regular link](https://example.com/a-b) and numbers 1950–53.\n\n")
		}
	}
	return b.String()
}

func BenchmarkParse10KB(b *testing.B) {
	src := note(10<<10, 0)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Parse(src)
	}
	reportCPU(b, start)
}

func BenchmarkParse10KBNoLinks(b *testing.B) {
	src := strings.Repeat("Plain prose about Pyongyang and Seoul, with [brackets] and `code` but no links.\n\n", 125)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Parse(src)
	}
	reportCPU(b, start)
}

// BenchmarkRewrite1000Notes renames "Kim Jong Un" in 1,000 notes of 2 KB:
// one op is the whole rename.
func BenchmarkRewrite1000Notes(b *testing.B) {
	notes := make([]string, 1000)
	total := 0
	for i := range notes {
		notes[i] = note(2<<10, i)
		total += len(notes[i])
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	links := 0
	start := cpuTime()
	for b.Loop() {
		links = 0
		for _, n := range notes {
			_, k := Rewrite(n, "kim jong un", "Kim Jong-un")
			links += k
		}
	}
	reportCPU(b, start)
	b.ReportMetric(float64(links), "links/op")
}

func BenchmarkTargets10KB(b *testing.B) {
	src := note(10<<10, 0)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Targets(src)
	}
	reportCPU(b, start)
}

func BenchmarkMentions10KB(b *testing.B) {
	src := note(10<<10, 0)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Mentions(src, "Seoul")
	}
	reportCPU(b, start)
}

func BenchmarkKey(b *testing.B) {
	for _, s := range []string{"Kim Jong Un", "kim jong un", "Séoul", "김정은 위원장"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				Key(s)
			}
			reportCPU(b, start)
		})
	}
}

func BenchmarkRender10KB(b *testing.B) {
	src := note(10<<10, 0)
	r := newResolver()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		r.asked = r.asked[:0]
		if _, err := Render(src, r); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// The benchmark note must really contain what it claims.
func TestBenchNote(t *testing.T) {
	src := note(10<<10, 0)
	links := Parse(src)
	if len(src) < 10<<10 || len(links) < 50 {
		t.Fatalf("note: %d bytes, %d links", len(src), len(links))
	}
	for _, l := range links {
		if l.Target == "Code Sample" || l.Target == "not a link" {
			t.Fatalf("link in code: %+v", l)
		}
	}
	for seed := range 6 {
		if _, n := Rewrite(note(2<<10, seed), "Kim Jong Un", "X"); n == 0 {
			t.Fatalf("2 KB note %d has no link to rewrite", seed)
		}
	}
}
