package anchor

import "math/bits"

// gramLen is the length of the pieces of context looked up verbatim: a
// context side of 32 runes is cut into 4 pieces, so a side with at most 3
// edits keeps one piece intact (pigeonhole), and that piece says where the
// passage is, however far it moved.
const gramLen = 8

// gramIndex lists the positions of every gramLen-symbol substring of a
// doc, bucketed by hash (a counting sort, so building is two linear
// passes).
type gramIndex struct {
	mask uint32
	head []int32 // bucket b holds pos[head[b]:head[b+1]]
	pos  []int32
}

// gramBase is the multiplier of the rolling polynomial hash.
const gramBase = 0x9E3779B1

// gramPow is gramBase^(gramLen-1) modulo 2^32, to roll the oldest symbol
// out.
const gramPow = gramBase * gramBase * gramBase * gramBase * gramBase * gramBase * gramBase % (1 << 32)

func gramHash(ids []int32) uint32 {
	var h uint32
	for _, v := range ids[:gramLen] {
		h = h*gramBase + uint32(v)
	}
	return h
}

// mix spreads the hash's high bits over the low ones the mask keeps.
func mix(h uint32) uint32 { return h ^ h>>15 }

func buildGrams(ids []int32) *gramIndex {
	n := len(ids) - gramLen + 1
	if n <= 0 {
		return &gramIndex{head: make([]int32, 2)}
	}
	b := min(max(bits.Len(uint(n)), 8), 24)
	g := &gramIndex{mask: 1<<b - 1, head: make([]int32, 1<<b+1), pos: make([]int32, n)}
	each := func(f func(i int, bucket uint32)) {
		h := gramHash(ids)
		f(0, mix(h)&g.mask)
		for i := 1; i < n; i++ {
			h = (h-uint32(ids[i-1])*uint32(gramPow))*gramBase + uint32(ids[i+gramLen-1])
			f(i, mix(h)&g.mask)
		}
	}
	each(func(_ int, bucket uint32) { g.head[bucket+1]++ })
	for i := 1; i < len(g.head); i++ {
		g.head[i] += g.head[i-1]
	}
	fill := make([]int32, len(g.head)-1)
	copy(fill, g.head)
	each(func(i int, bucket uint32) {
		g.pos[fill[bucket]] = int32(i)
		fill[bucket]++
	})
	return g
}

// lookup returns the positions of piece (gramLen symbols) in ids, or false
// when there are more than limit of them.
func (g *gramIndex) lookup(ids, piece []int32, limit int) ([]int, bool) {
	if len(g.pos) == 0 {
		return nil, true
	}
	bucket := mix(gramHash(piece)) & g.mask
	var out []int
	for _, p := range g.pos[g.head[bucket]:g.head[bucket+1]] {
		if equalIDs(ids[p:int(p)+gramLen], piece) {
			if len(out) == limit {
				return nil, false
			}
			out = append(out, int(p))
		}
	}
	return out, true
}

// grams returns the doc's piece index, built on first use: documents that
// never need it (nothing orphaned or edited) never pay for it.
func (d *Doc) grams() *gramIndex {
	d.gramOnce.Do(func() { d.gram = buildGrams(d.ids) })
	return d.gram
}
