package anchor

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// A generator of realistic-looking news text: sentences of words drawn with
// a Zipf distribution (so "the", "said" and "of" repeat a lot, as they do),
// some names, numbers, typographic quotes and paragraphs.
var vocab = strings.Fields(`the of and to a in that said is for on was with as
by it at from he his be has have are not but an its they which this were had
who will would their been more there also government officials after year
new one two first people minister president talks week told state could
than about over North Korea South Seoul Pyongyang United States Washington
talks nuclear missile sanctions military leader Kim envoy ambassador meeting
offer dialogue pressure economy trade border security council statement
agency report reporters Monday Tuesday Wednesday Thursday Friday weekend
spokesman ministry foreign defense troops regime summit policy analysts
negotiators counterparts anytime anywhere preconditions outreach respond
positively comments signaled national days three four five months ago since
before during while between under against without within despite toward
Beijing China Japan Tokyo Moscow Russia Europe European Union Brussels
election vote parliament party opposition coalition budget tax reform
inflation prices market growth percent billion million dollars bank central
interest rates investors shares stocks companies industry workers jobs
unemployment strike union protest police arrested court judge ruling law
Séoul naïve café Zürich São Paulo Ελλάδα Москва 北京 Đà Nẵng résumé`)

// textGen builds texts and edits from one seeded source.
type textGen struct {
	r    *rand.Rand
	zipf *rand.Zipf
}

func newTextGen(seed uint64) *textGen {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return &textGen{r: r, zipf: rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1))}
}

func (g *textGen) word() string {
	switch g.r.IntN(40) {
	case 0:
		return strings.Repeat("1", 1) + string(rune('0'+g.r.IntN(10))) + string(rune('0'+g.r.IntN(10)))
	case 1:
		return "“" + vocab[g.zipf.Uint64()] + "”"
	}
	return vocab[g.zipf.Uint64()]
}

// sentence returns n words as a sentence.
func (g *textGen) sentence(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		w := g.word()
		if i == 0 {
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			w = string(r)
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if i < n-1 && g.r.IntN(12) == 0 {
			b.WriteByte(',')
		}
	}
	b.WriteByte('.')
	return b.String()
}

// text returns about words words in paragraphs.
func (g *textGen) text(words int) string {
	var b strings.Builder
	for n := 0; n < words; {
		k := 4 + g.r.IntN(20)
		if n > 0 {
			if g.r.IntN(4) == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.sentence(k))
		n += k
	}
	return b.String()
}

// insertion returns text to insert: words, a few letters, punctuation or a
// whole paragraph.
func (g *textGen) insertion() string {
	switch g.r.IntN(6) {
	case 0:
		return string(rune('a' + g.r.IntN(26)))
	case 1:
		return []string{" ", ",", ". ", "\n\n", "—", "’", "  "}[g.r.IntN(7)]
	case 2:
		return g.text(30+g.r.IntN(150)) + "\n\n"
	default:
		return " " + g.sentence(1+g.r.IntN(8))
	}
}

// span picks a random annotation [start, end) in a text of n runes: half
// the time word-aligned (as an analyst selects), half anywhere, mostly
// short, sometimes long.
func (g *textGen) span(runes []rune, minLen int) (int, int, bool) {
	n := len(runes)
	if n < minLen || n == 0 {
		return 0, 0, false
	}
	var l int
	switch g.r.IntN(10) {
	case 0, 1, 2:
		l = 1 + g.r.IntN(6)
	case 3, 4, 5, 6:
		l = 5 + g.r.IntN(40)
	case 7, 8:
		l = 40 + g.r.IntN(160)
	default:
		l = 200 + g.r.IntN(800)
	}
	l = max(l, minLen)
	if l > n {
		l = n
	}
	start := g.r.IntN(n - l + 1)
	end := start + l
	if g.r.IntN(2) == 0 {
		// Snap to word boundaries.
		for start > 0 && !unicode.IsSpace(runes[start-1]) {
			start--
		}
		for end < n && !unicode.IsSpace(runes[end]) && !unicode.IsPunct(runes[end]) {
			end++
		}
		for start < end && unicode.IsSpace(runes[start]) {
			start++
		}
		if end-start < minLen {
			return 0, 0, false
		}
	}
	return start, end, true
}

// edit is the replacement of runes [Pos, Pos+Del) by Ins.
type edit struct {
	Pos, Del int
	Ins      string
}

func (e edit) apply(runes []rune) []rune {
	out := make([]rune, 0, len(runes)-e.Del+len(e.Ins))
	out = append(out, runes[:e.Pos]...)
	out = append(out, []rune(e.Ins)...)
	return append(out, runes[e.Pos+e.Del:]...)
}

// outside returns a random insertion, deletion or replacement entirely
// before [start, end) or entirely after it (touching it is allowed).
func (g *textGen) outside(runes []rune, start, end int) (edit, bool) {
	n := len(runes)
	before := g.r.IntN(2) == 0
	lo, hi := 0, start // the region the edit may use
	if !before {
		lo, hi = end, n
	}
	if before && start == 0 || !before && end == n {
		before = !before
		lo, hi = 0, start
		if !before {
			lo, hi = end, n
		}
	}
	if g.r.IntN(2) == 0 {
		// Near the span half the time: the context is what gets hit.
		if before {
			lo = max(lo, start-2*ContextLen)
		} else {
			hi = min(hi, end+2*ContextLen)
		}
	}
	var e edit
	kind := g.r.IntN(3)
	if hi == lo {
		kind = 0 // only an insertion fits
	}
	switch kind {
	case 0: // insert
		e.Pos = lo + g.r.IntN(hi-lo+1)
		e.Ins = g.insertion()
	default: // delete or replace
		l := 1 + g.r.IntN(min(hi-lo, []int{3, 30, 300}[g.r.IntN(3)]))
		e.Pos = lo + g.r.IntN(hi-lo-l+1)
		e.Del = l
		if kind == 2 {
			e.Ins = g.insertion()
		}
	}
	return e, true
}

// inside returns a one-rune substitution, insertion or deletion inside
// [start, end) (an insertion strictly between two of its runes).
func (g *textGen) inside(runes []rune, start, end int) edit {
	letter := func(not rune) string {
		for {
			c := []rune("abcdefghijklmnopqrstuvwxyz ,.'é")[g.r.IntN(31)]
			if c != not {
				return string(c)
			}
		}
	}
	switch g.r.IntN(3) {
	case 0:
		i := start + g.r.IntN(end-start)
		return edit{Pos: i, Del: 1, Ins: letter(runes[i])}
	case 1:
		i := start + 1 + g.r.IntN(end-start-1)
		return edit{Pos: i, Ins: letter(0)}
	default:
		i := start + g.r.IntN(end-start)
		return edit{Pos: i, Del: 1}
	}
}

// explanations returns the starts at which the span [start, end) of old
// legitimately lies in neu: under every single-replacement explanation of
// old -> neu that leaves the span untouched (an insertion of "cat " before
// "cat" can as well be read as one after it), the span's mapped start.
func explanations(old, neu []rune, e edit, start, end int) map[int]bool {
	L, L2 := len(old), len(neu)
	cp := 0
	for cp < L && cp < L2 && old[cp] == neu[cp] {
		cp++
	}
	cs := 0
	for cs < L && cs < L2 && old[L-1-cs] == neu[L2-1-cs] {
		cs++
	}
	out := map[int]bool{}
	// Region sizes: the edit as made, and the smallest one.
	minDel := max(0, L-min(cp+cs, min(L, L2)))
	minIns := minDel + L2 - L
	sizes := [][2]int{{e.Del, len([]rune(e.Ins))}}
	if minIns >= 0 {
		sizes = append(sizes, [2]int{minDel, minIns})
	}
	for _, sz := range sizes {
		del, ins := sz[0], sz[1]
		if L-del+ins != L2 {
			continue
		}
		for x := max(0, L-del-cs); x <= cp && x+del <= L; x++ {
			switch {
			case end <= x:
				out[start] = true
			case start >= x+del:
				out[start+ins-del] = true
			}
		}
	}
	return out
}
