package app

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A text too long for the finder in one piece is searched in pieces; the
// offsets are those of the whole text, and every quotation is found.
func TestFindQuotesInPieces(t *testing.T) {
	para := `“We will not bow to sanctions,” said Moon Chung-in, the special adviser. ` +
		strings.Repeat("Analysts said the banks would look for other channels through Dandong. ", 20)
	var paras []string
	for len(strings.Join(paras, ParagraphSep)) < 3*findChunk {
		paras = append(paras, para)
	}
	text := strings.Join(paras, ParagraphSep)
	res := findQuotes(text)
	if len(res.Quotes) != len(paras) {
		t.Fatalf("%d quotes in %d paragraphs", len(res.Quotes), len(paras))
	}
	runes := []rune(text)
	for _, q := range res.Quotes {
		if string(runes[q.Start:q.End]) != q.Text || q.Speaker != "Moon Chung-in" {
			t.Fatalf("quote %+v does not match the text at its offsets (%q)", q, string(runes[q.Start:q.End]))
		}
	}
	if len(res.People) != 1 {
		t.Errorf("People = %+v, want one speaker once", res.People)
	}
	// A single line longer than a piece is cut between sentences.
	line := strings.Repeat("Officials met on Monday. ", 3*findChunk/25)
	if n := cutPoint(line, findChunk); n > findChunk || n < findChunk/2 || !strings.HasSuffix(line[:n], ". ") || !utf8.ValidString(line[:n]) {
		t.Errorf("cutPoint = %d", n)
	}
}
