package anchor

import (
	"math/rand/v2"
	"testing"
)

// naiveColumns returns D[m][j] for j = 0..len(t): the edit distance between
// p and the best substring of t ending at j (free start) or t[:j]
// (anchored).
func naiveColumns(p, t []int32, anchored bool) []int {
	m := len(p)
	prev := make([]int, m+1)
	for i := range prev {
		prev[i] = i
	}
	out := []int{prev[m]}
	for j := 1; j <= len(t); j++ {
		cur := make([]int, m+1)
		if anchored {
			cur[0] = j
		}
		for i := 1; i <= m; i++ {
			cost := 1
			if p[i-1] == t[j-1] && p[i-1] >= 0 {
				cost = 0
			}
			cur[i] = min(prev[i-1]+cost, prev[i]+1, cur[i-1]+1)
		}
		out = append(out, cur[m])
		prev = cur
	}
	return out
}

func randIDs(r *rand.Rand, n, alpha int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(1 + r.IntN(alpha))
	}
	return out
}

// mutate applies up to k random edits to p.
func mutate(r *rand.Rand, p []int32, k, alpha int) []int32 {
	out := append([]int32(nil), p...)
	for range k {
		i := r.IntN(len(out) + 1)
		switch r.IntN(3) {
		case 0:
			out = append(out[:i], append([]int32{int32(1 + r.IntN(alpha))}, out[i:]...)...)
		case 1:
			if i < len(out) {
				out = append(out[:i], out[i+1:]...)
			}
		default:
			if i < len(out) {
				out[i] = int32(1 + r.IntN(alpha))
			}
		}
	}
	return out
}

// The bit-parallel matcher agrees with the textbook dynamic programme, for
// one block and several, searching and anchored.
func TestMyersMatchesDP(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for c := 0; c < 1500; c++ {
		alpha := 2 + r.IntN(6)
		m := 1 + r.IntN(70)
		if c%5 == 0 {
			m = 60 + r.IntN(200) // several blocks
		}
		p := randIDs(r, m, alpha)
		text := randIDs(r, r.IntN(3*m), alpha)
		if r.IntN(2) == 0 {
			// Plant a near copy so distances get small.
			at := r.IntN(len(text) + 1)
			text = append(text[:at], append(mutate(r, p, r.IntN(m/4+1), alpha), text[at:]...)...)
		}
		pat := newPattern(p, alpha+1)
		want := naiveColumns(p, text, true)
		got := pat.anchored(text, nil)
		for j := range want {
			if got[j] != want[j] {
				t.Fatalf("anchored m=%d j=%d: got %d want %d", m, j, got[j], want[j])
			}
		}
		want = naiveColumns(p, text, false)
		k := r.IntN(m/2 + 1)
		hits := pat.search(text, 100, k, nil)
		for _, h := range hits {
			if h.dist > k || want[h.end-100] != h.dist {
				t.Fatalf("search m=%d k=%d: hit %+v, dp %d", m, k, h, want[h.end-100])
			}
		}
		// Every run of ends within k has a hit at its least distance.
		for j := 1; j < len(want); j++ {
			if want[j] > k || (j > 1 && want[j-1] <= k) {
				continue
			}
			best, end := want[j], j
			for ; end < len(want) && want[end] <= k; end++ {
				best = min(best, want[end])
			}
			found := false
			for _, h := range hits {
				if h.end-100 >= j && h.end-100 < end && h.dist == best {
					found = true
				}
			}
			if !found {
				t.Fatalf("search m=%d k=%d: run [%d,%d) with best %d not reported: %+v", m, k, j, end, best, hits)
			}
		}
		if m <= 64 {
			wantMin := want[0]
			for _, v := range want {
				wantMin = min(wantMin, v)
			}
			if got := pat.searchMin(text); got != wantMin {
				t.Fatalf("searchMin: got %d want %d", got, wantMin)
			}
			aw := naiveColumns(p, text, true)
			amin := aw[0]
			for _, v := range aw {
				amin = min(amin, v)
			}
			if got := pat.anchoredMin(text); got != amin {
				t.Fatalf("anchoredMin: got %d want %d", got, amin)
			}
		}
	}
}

func TestLevBounded(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	for c := 0; c < 3000; c++ {
		alpha := 2 + r.IntN(5)
		a := randIDs(r, r.IntN(40), alpha)
		b := mutate(r, a, r.IntN(12), alpha)
		if r.IntN(4) == 0 {
			b = randIDs(r, r.IntN(40), alpha)
		}
		full := naiveColumns(a, b, true)[len(b)]
		for _, bound := range []int{0, 1, 2, 5, 10, 50} {
			want := min(full, bound+1)
			if got := levBounded(a, b, bound); got != want {
				t.Fatalf("lev(%v,%v) bound %d: got %d want %d (full %d)", a, b, bound, got, want, full)
			}
		}
	}
	if got := levBounded([]int32{-1}, []int32{-1}, 3); got != 1 {
		t.Errorf("absent runes must not match each other: %d", got)
	}
}
