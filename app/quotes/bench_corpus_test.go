package quotes

import (
	"strings"
	"testing"

	"dossier/app/corpus"
	"dossier/app/ingest"
)

// corpusTexts returns the finder input of n generated articles, parsed the
// way the import parses files: paragraphs joined by a blank line.
func corpusTexts(tb testing.TB, n int) []string {
	tb.Helper()
	g := corpus.New(corpus.Options{Seed: 1})
	texts := make([]string, n)
	for i := range texts {
		doc, err := ingest.Parse(corpus.FileName(i), g.Article(i).File())
		if err != nil {
			tb.Fatal(err)
		}
		texts[i] = strings.Join(doc.Paragraphs, "\n\n")
	}
	return texts
}

// BenchmarkFindCorpus runs Find over 200 generated articles, the import's
// typical input; one op is one article.
func BenchmarkFindCorpus(b *testing.B) {
	texts := corpusTexts(b, 200)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size / len(texts)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Find(texts[i%len(texts)])
		i++
	}
}
