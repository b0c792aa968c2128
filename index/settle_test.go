package index

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

	"dossier/app"
)

// holdMerges, while true, stops the background merger of indexes opened
// with eventCallback "dossier-test-hold", as a merger that cannot keep up
// with a bulk load on two cores.
var holdMerges atomic.Bool

func init() {
	scorch.RegistryEventCallbacks["dossier-test-hold"] = func(e scorch.Event) bool {
		if e.Kind == scorch.EventKindPreMergeCheck && holdMerges.Load() {
			time.Sleep(time.Millisecond) // the merger retries at once
			return false
		}
		return true
	}
}

// fragmented fills an index with one small batch at a time, with the
// background merger held back, so that it has a segment per batch.
func fragmented(t *testing.T, batches int) *Index {
	t.Helper()
	holdMerges.Store(true)
	defer holdMerges.Store(false)
	x, err := Open(filepath.Join(t.TempDir(), "index.bleve"), Options{LockTimeout: time.Second, eventCallback: "dossier-test-hold"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	ctx := context.Background()
	for i := range batches {
		var b app.IndexBatch
		for j := range 5 {
			b.Upserts = append(b.Upserts, app.IndexDoc{ID: fmt.Sprintf("A%03d-%d", i, j), Type: app.TypeArticle,
				Title: fmt.Sprintf("Harbour report %d", i), Body: fmt.Sprintf("The envoy met ministers %d times in round %d.", j, i),
				Fingerprint: "f"})
		}
		if err := x.Apply(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	return x
}

func TestSettleMergesSegments(t *testing.T) {
	x := fragmented(t, 60)
	before, err := x.Segments()
	if err != nil {
		t.Fatal(err)
	}
	if before < 30 {
		t.Fatalf("the load left %d segments; the test needs many", before)
	}
	if err := x.Settle(context.Background()); err != nil {
		t.Fatal(err)
	}
	after, err := x.Segments()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("segments: %d before, %d after", before, after)
	if after != 1 {
		t.Fatalf("%d segments after settling (%d before), want one", after, before)
	}
	// The merged segments' files are gone, not left until the next change
	// (on a loaded machine a reader may hold them a little longer: settling
	// again finishes the job).
	for deadline := time.Now().Add(10 * time.Second); ; {
		files, err := filepath.Glob(filepath.Join(x.Path(), "store", "*.zap"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d segment files after settling: %v", len(files), files)
		}
		if err := x.Settle(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	res, err := x.Search(context.Background(), app.SearchRequest{Query: "envoy", Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 300 {
		t.Fatalf("settled index finds %d documents, want 300", res.Total)
	}
	// Settling a settled index is cheap and changes nothing.
	if err := x.Settle(context.Background()); err != nil {
		t.Fatal(err)
	}
	if again, _ := x.Segments(); again != after {
		t.Fatalf("second settle: %d segments, was %d", again, after)
	}
}

func TestSettleCancelled(t *testing.T) {
	x := fragmented(t, 30)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := x.Settle(ctx); err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled settle: %v", err)
	}
	res, err := x.Search(context.Background(), app.SearchRequest{Query: "envoy", Size: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 150 {
		t.Fatalf("after a cancelled settle the index finds %d documents, want 150", res.Total)
	}
}

func TestSettleClosed(t *testing.T) {
	x := fragmented(t, 1)
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if err := x.Settle(context.Background()); !errors.Is(err, ErrClosed) {
		t.Fatalf("settle after close: %v, want ErrClosed", err)
	}
}

// TestSettlePlanLeavesALargeSegment: when a few documents were added to a
// settled index, the settle's plan merges the new segments among
// themselves and leaves the large one as it is (rewriting it for them would
// cost a whole merge of the index); when the others are many, everything
// becomes one segment. Settle plans round after round until nothing is
// left to merge: so does the test.
func TestSettlePlanLeavesALargeSegment(t *testing.T) {
	for _, c := range []struct {
		sizes []uint64
		want  []uint64 // the segments' sizes when settled, largest first
	}{
		{[]uint64{900_000, 40, 25, 10}, []uint64{900_000, 75}},
		{[]uint64{900_000, 300_000, 10}, []uint64{1_200_010}},
		{[]uint64{500, 500, 500}, []uint64{1500}},
	} {
		sizes := slices.Clone(c.sizes)
		for range maxSettleRounds {
			segs := make([]mergeplan.Segment, len(sizes))
			for i, n := range sizes {
				segs[i] = fakeSegment{id: uint64(i), size: int64(n)}
			}
			opts := planFor(sizes)
			plan, err := mergeplan.Plan(segs, &opts)
			if err != nil {
				t.Fatal(err)
			}
			if plan == nil || len(plan.Tasks) == 0 {
				break
			}
			merged := map[uint64]bool{}
			var next []uint64
			for _, task := range plan.Tasks {
				var sum uint64
				for _, s := range task.Segments {
					merged[s.Id()] = true
					sum += uint64(s.LiveSize())
				}
				next = append(next, sum)
			}
			for i, n := range sizes {
				if !merged[uint64(i)] {
					next = append(next, n)
				}
			}
			sizes = next
		}
		slices.Sort(sizes)
		slices.Reverse(sizes)
		if !slices.Equal(sizes, c.want) {
			t.Errorf("%v settles into %v, want %v", c.sizes, sizes, c.want)
		}
	}
}

type fakeSegment struct {
	id   uint64
	size int64
}

func (s fakeSegment) Id() uint64          { return s.id }
func (s fakeSegment) FullSize() int64     { return s.size }
func (s fakeSegment) LiveSize() int64     { return s.size }
func (s fakeSegment) HasVector() bool     { return false }
func (s fakeSegment) FileSize() int64     { return s.size * 100 }
func (s fakeSegment) LiveFileSize() int64 { return s.size * 100 }
