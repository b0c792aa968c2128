package anchor

import (
	"math/rand/v2"
	"testing"
)

// The piece index finds exactly the occurrences a scan finds.
func TestGramIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for c := 0; c < 200; c++ {
		ids := randIDs(r, r.IntN(3000), 2+r.IntN(4))
		g := buildGrams(ids)
		for q := 0; q < 20; q++ {
			var piece []int32
			if len(ids) >= gramLen && q%2 == 0 {
				at := r.IntN(len(ids) - gramLen + 1)
				piece = append(piece, ids[at:at+gramLen]...)
			} else {
				piece = randIDs(r, gramLen, 3)
			}
			var want []int
			for i := 0; i+gramLen <= len(ids); i++ {
				if equalIDs(ids[i:i+gramLen], piece) {
					want = append(want, i)
				}
			}
			got, ok := g.lookup(ids, piece, 1<<30)
			if !ok || len(got) != len(want) {
				t.Fatalf("lookup %v: got %v, want %v", piece, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("lookup %v: got %v, want %v", piece, got, want)
				}
			}
			if len(want) > 2 {
				if _, ok := g.lookup(ids, piece, 2); ok {
					t.Fatalf("limit ignored")
				}
			}
		}
	}
}
