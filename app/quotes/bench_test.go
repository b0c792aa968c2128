package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchArticle returns a ~1,000-word article made of the fixture articles.
func benchArticle(b *testing.B) string {
	b.Helper()
	arts, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	var sb strings.Builder
	words := 0
	for _, a := range arts {
		raw, err := os.ReadFile(a)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range strings.Split(string(raw), "\n\n") {
			if words >= 1000 {
				break
			}
			if sb.Len() > 0 {
				sb.WriteString("\n\n")
			}
			sb.WriteString(strings.TrimSpace(p))
			words += len(strings.Fields(p))
		}
	}
	return sb.String()
}

func BenchmarkFind1000Words(b *testing.B) {
	text := benchArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Find(text)
	}
}
