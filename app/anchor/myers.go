package anchor

import "sort"

// This file implements Myers' bit-parallel edit distance (G. Myers, "A fast
// bit-vector algorithm for approximate string matching based on dynamic
// programming", J. ACM 1999) in the block formulation of Hyyrö, over symbol
// ids of one Doc. Each text symbol costs O(ceil(m/64)) word operations.

// pattern holds the match masks of a pattern of m symbols, in blocks of 64
// rows.
type pattern struct {
	m, nb int
	peq   []uint64 // peq[id*nb+b]: rows of block b whose symbol is id
	last  uint64   // the bit of row m-1 within the last block
}

// newPattern builds the masks for p (m >= 1) over an alphabet of nsym ids.
// Ids outside [0, nsym) match nothing.
func newPattern(p []int32, nsym int) *pattern {
	m := len(p)
	nb := (m + 63) / 64
	pt := &pattern{m: m, nb: nb, peq: make([]uint64, nsym*nb), last: 1 << uint((m-1)%64)}
	for i, id := range p {
		if id < 0 || int(id) >= nsym {
			continue
		}
		pt.peq[int(id)*nb+i/64] |= 1 << uint(i%64)
	}
	return pt
}

// step advances one block by one text symbol. hin is the horizontal delta
// entering the block's top row (-1, 0 or +1); the result is the delta leaving
// the row selected by out.
func step(pv, mv *uint64, eq uint64, hin int, out uint64) int {
	p, m := *pv, *mv
	xv := eq | m
	if hin < 0 {
		eq |= 1
	}
	xh := (((eq & p) + p) ^ p) | eq
	ph := m | ^(xh | p)
	mh := p & xh
	hout := 0
	if ph&out != 0 {
		hout = 1
	} else if mh&out != 0 {
		hout = -1
	}
	ph <<= 1
	mh <<= 1
	if hin < 0 {
		mh |= 1
	} else if hin > 0 {
		ph |= 1
	}
	*pv = mh | ^(xv | ph)
	*mv = ph & xv
	return hout
}

// hit is an end position of an approximate occurrence and its distance.
type hit struct{ end, dist int }

// maxFlat bounds the ends reported from one stretch of equal distances.
const maxFlat = 4

// minima collects the local minima of the distance column D[e] (e = end
// offset) that are within k: each end whose distance is no larger than its
// neighbours'. Runs of near matches often hold several occurrences (a
// repeated phrase, or an edited passage beside an intact copy), so local
// minima, not just the best of a run, are candidates.
type minima struct {
	k, base, e int
	d1, d2     int // D[e], D[e-1]
	flat       int // how many ends before e have D equal to D[e]
	out        []hit
}

func newMinima(m, k, base int, out []hit) minima {
	return minima{k: k, base: base, d1: m, d2: m + 1, out: out}
}

// push takes D[e+1] and decides whether e is a local minimum.
func (mn *minima) push(d int) {
	if mn.d1 <= mn.k && mn.d1 <= mn.d2 && mn.d1 <= d && mn.flat < maxFlat {
		mn.out = append(mn.out, hit{mn.base + mn.e, mn.d1})
	}
	if d == mn.d1 {
		mn.flat++
	} else {
		mn.flat = 0
	}
	mn.d2, mn.d1 = mn.d1, d
	mn.e++
}

// search finds approximate occurrences of p in text with at most k edits:
// the ends (shifted by base) where the distance is a local minimum.
func (p *pattern) search(text []int32, base, k int, out []hit) []hit {
	mn := newMinima(p.m, k, base, out)
	score := p.m
	if p.nb == 1 {
		pv, mv, last, peq := ^uint64(0), uint64(0), p.last, p.peq
		for _, c := range text {
			eq := peq[c]
			xv := eq | mv
			xh := (((eq & pv) + pv) ^ pv) | eq
			ph := mv | ^(xh | pv)
			mh := pv & xh
			if ph&last != 0 {
				score++
			} else if mh&last != 0 {
				score--
			}
			ph <<= 1
			mh <<= 1
			pv = mh | ^(xv | ph)
			mv = ph & xv
			mn.push(score)
		}
	} else {
		pv, mv := p.initBlocks()
		for _, c := range text {
			score += p.column(pv, mv, c, 0)
			mn.push(score)
		}
	}
	mn.push(p.m + k + 1) // past the end
	return mn.out
}

func (p *pattern) initBlocks() (pv, mv []uint64) {
	pv = make([]uint64, p.nb)
	for i := range pv {
		pv[i] = ^uint64(0)
	}
	return pv, make([]uint64, p.nb)
}

// column advances all blocks by text symbol c, with hin entering the top
// row, and returns the change of the distance in the pattern's last row.
func (p *pattern) column(pv, mv []uint64, c int32, hin int) int {
	eq := p.peq[int(c)*p.nb : int(c)*p.nb+p.nb]
	for b := 0; b < p.nb-1; b++ {
		hin = step(&pv[b], &mv[b], eq[b], hin, 1<<63)
	}
	b := p.nb - 1
	return step(&pv[b], &mv[b], eq[b], hin, p.last)
}

// anchored returns, for j = 0..len(text), the edit distance between the
// whole pattern and text[:j], appended to dst.
func (p *pattern) anchored(text []int32, dst []int) []int {
	score := p.m
	dst = append(dst, score)
	if p.nb == 1 {
		pv, mv, last, peq := ^uint64(0), uint64(0), p.last, p.peq
		for _, c := range text {
			eq := peq[c]
			xv := eq | mv
			xh := (((eq & pv) + pv) ^ pv) | eq
			ph := mv | ^(xh | pv)
			mh := pv & xh
			if ph&last != 0 {
				score++
			} else if mh&last != 0 {
				score--
			}
			ph = ph<<1 | 1
			mh <<= 1
			pv = mh | ^(xv | ph)
			mv = ph & xv
			dst = append(dst, score)
		}
		return dst
	}
	pv, mv := p.initBlocks()
	for _, c := range text {
		score += p.column(pv, mv, c, 1)
		dst = append(dst, score)
	}
	return dst
}

// searchMin returns the least edit distance between the pattern (at most
// 64 symbols) and any substring of text.
func (p *pattern) searchMin(text []int32) int { return p.minDistance(text, 0) }

// anchoredMin returns the least edit distance between the whole pattern
// (at most 64 symbols) and any prefix of text.
func (p *pattern) anchoredMin(text []int32) int { return p.minDistance(text, 1) }

// minDistance runs Myers' bit-parallel column over text and keeps the least
// score. carry is the horizontal delta shifted into the top row: 0 lets a
// match start anywhere (the top row stays 0), 1 charges every text symbol
// skipped before it (the top row counts up), which anchors it at the start.
func (p *pattern) minDistance(text []int32, carry uint64) int {
	score := p.m
	best := score
	pv, mv, last, peq := ^uint64(0), uint64(0), p.last, p.peq
	for _, c := range text {
		eq := peq[c]
		xv := eq | mv
		xh := (((eq & pv) + pv) ^ pv) | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		if ph&last != 0 {
			score++
		} else if mh&last != 0 {
			score--
		}
		ph = ph<<1 | carry
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
		best = min(best, score)
	}
	return best
}

// levBounded returns the Levenshtein distance between a and b when it is at
// most bound, and bound+1 otherwise. Only the diagonal band of width
// 2*bound+1 is computed (Ukkonen), so the cost is O(len(a)*bound). Negative
// symbols (runes absent from the doc) equal nothing, not even each other.
func levBounded(a, b []int32, bound int) int {
	if bound < 0 {
		return 0
	}
	if d := len(a) - len(b); d > bound || -d > bound {
		return bound + 1
	}
	inf := bound + 1
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = min(j, inf)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-bound), min(len(b), i+bound)
		// Cells just outside the band read as "too far".
		cur[lo-1] = inf
		if lo == 1 && i <= bound {
			cur[0] = i
		}
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] && a[i-1] >= 0 {
				cost = 0
			}
			v := min(prev[j-1]+cost, prev[j]+1, cur[j-1]+1, inf)
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if hi < len(b) {
			cur[hi+1] = inf
		}
		if rowMin >= inf {
			return inf
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], inf)
}

// bestHits keeps the n hits of least distance, the nearest to end ref
// among equals.
func bestHits(h []hit, n, ref int) []hit {
	if len(h) <= n {
		return h
	}
	sort.Slice(h, func(i, j int) bool {
		if h[i].dist != h[j].dist {
			return h[i].dist < h[j].dist
		}
		di, dj := absInt(h[i].end-ref), absInt(h[j].end-ref)
		if di != dj {
			return di < dj
		}
		return h[i].end < h[j].end
	})
	return h[:n]
}
