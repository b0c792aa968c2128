package anchor

import (
	"sort"
	"strings"
	"testing"
	"unicode"
)

// benchArticle is a 10,000-word article with 500 non-overlapping
// word-aligned annotations of 1 to 40 words (most of them a few words).
func benchArticle(tb testing.TB) (string, []Selector) {
	g := newTextGen(42)
	text := g.text(10000)
	runes := []rune(text)
	var words [][2]int // rune spans of the words
	for i := 0; i < len(runes); {
		for i < len(runes) && unicode.IsSpace(runes[i]) {
			i++
		}
		j := i
		for j < len(runes) && !unicode.IsSpace(runes[j]) {
			j++
		}
		if j > i {
			words = append(words, [2]int{i, j})
		}
		i = j
	}
	if len(words) < 10000 {
		tb.Fatalf("article of %d words", len(words))
	}
	// 500 slots of 20 words; an annotation starts somewhere in each.
	d := NewDoc(text)
	var sels []Selector
	slot := len(words) / 500
	for i := 0; i < 500; i++ {
		n := 1 + g.r.IntN(6)
		if g.r.IntN(4) == 0 {
			n = 6 + g.r.IntN(14)
		}
		first := i*slot + g.r.IntN(slot-n+1)
		last := min(first+n-1, len(words)-1)
		s, err := d.Select(words[first][0], words[last][1])
		if err != nil {
			tb.Fatal(err)
		}
		sels = append(sels, s)
	}
	return text, sels
}

// typoInEach changes one letter inside every annotation (from the end, so
// earlier offsets stay valid).
func typoInEach(text string, sels []Selector) string {
	runes := []rune(text)
	order := append([]Selector(nil), sels...)
	sort.Slice(order, func(i, j int) bool { return order[i].Start > order[j].Start })
	for _, s := range order {
		i := s.Start + (s.End-s.Start)/2
		if runes[i] == 'x' {
			runes[i] = 'y'
		} else {
			runes[i] = 'x'
		}
	}
	return string(runes)
}

// deleteEach removes every annotated passage.
func deleteEach(text string, sels []Selector) string {
	runes := []rune(text)
	order := append([]Selector(nil), sels...)
	sort.Slice(order, func(i, j int) bool { return order[i].Start > order[j].Start })
	for _, s := range order {
		runes = append(runes[:s.Start], runes[s.End:]...)
	}
	return string(runes)
}

// BenchmarkReanchor500 re-anchors 500 annotations of a 10,000-word article
// after an edit; one op is NewDoc plus 500 Anchor calls.
func BenchmarkReanchor500(b *testing.B) {
	text, sels := benchArticle(b)
	g := newTextGen(43)
	lead := g.text(120) + "\n\n"
	mid := len(text) / 2
	for mid < len(text) && text[mid] != ' ' {
		mid++
	}
	scenarios := []struct {
		name string
		text string
	}{
		{"untouched", text},
		{"paragraph-inserted", lead + text},
		{"paragraph-deleted-mid", text[:mid] + text[mid+2000:]},
		{"typo-in-every-annotation", typoInEach(text, sels)},
		{"moved-and-typo-in-every-annotation", lead + typoInEach(text, sels)},
		{"every-annotation-deleted", deleteEach(text, sels)},
	}
	for _, sc := range scenarios {
		b.Run(sc.name, func(b *testing.B) {
			counts := map[Status]int{}
			for b.Loop() {
				clear(counts)
				d := NewDoc(sc.text)
				for _, s := range sels {
					counts[d.Anchor(s).Status]++
				}
			}
			b.ReportMetric(float64(counts[Fuzzy]), "fuzzy")
			b.ReportMetric(float64(counts[Orphaned]), "orphaned")
		})
	}
}

// BenchmarkNewDoc prepares the 10,000-word article.
func BenchmarkNewDoc(b *testing.B) {
	text, _ := benchArticle(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		NewDoc(text)
	}
}

// BenchmarkFind looks up a quote in the article.
func BenchmarkFind(b *testing.B) {
	text, sels := benchArticle(b)
	q := strings.Join(strings.Fields(sels[250].Prefix+sels[250].Exact), " ")
	for b.Loop() {
		_, _, _ = Find(text, q)
	}
}
