package index

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// maxSettleRounds bounds Settle's merge rounds; each round merges the
// tiers the plan finds, so a few are enough for any size of index.
const maxSettleRounds = 32

// Settle merges the index's segments the way Bleve's background merger
// would, and returns when the merge plan finds nothing left to merge.
//
// A bulk load writes segments faster than the merger can fold them on two
// cores: a 100,000-article rebuild ended with over 300 segments, and every
// search then walked each of them (term and AND queries 3-5x slower) until
// the merger caught up, while competing with the searches for the CPU.
// Settling after bulk work pays that cost once, while the user is already
// waiting for the work. It is safe to cancel: merges are atomic, and what is
// left is merged in the background.
func (x *Index) Settle(ctx context.Context) error {
	x.settleMu.Lock()
	defer x.settleMu.Unlock()
	x.mu.RLock()
	defer x.mu.RUnlock()
	s, err := x.scorch()
	if err != nil || s == nil || x.opt.ReadOnly {
		return err
	}
	x.gate.settling.Store(true)
	defer x.gate.settling.Store(false)
	prev := -1
	for range maxSettleRounds {
		n, err := segmentCount(s)
		if err != nil {
			return fmt.Errorf("settle search index %s: %w", x.path, err)
		}
		if n <= 1 || n == prev {
			break
		}
		prev = n
		opts, err := settlePlan(s)
		if err != nil {
			return fmt.Errorf("settle search index %s: %w", x.path, err)
		}
		if err := s.ForceMerge(ctx, &opts); err != nil {
			return fmt.Errorf("settle search index %s: %w", x.path, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	// Scorch deletes the files of merged segments only once later
	// snapshots are on disk and no reader holds them: without a change
	// after the merge they stayed, and a settled 10,000-article index took
	// twice its size on disk until the next edit. Small writes let them go.
	for i := range maxReleaseWrites {
		files, _ := filepath.Glob(filepath.Join(x.path, "store", "*.zap"))
		if n, err := segmentCount(s); err != nil || len(files) <= n {
			return err
		}
		if err := x.setInternal(x.b, keySettled, []byte{byte(i)}); err != nil {
			return fmt.Errorf("settle search index %s: %w", x.path, err)
		}
		if i > 1 {
			time.Sleep(10 * time.Millisecond) // a reader may still hold them
		}
	}
	return nil
}

// maxReleaseWrites bounds the writes Settle makes for Scorch to delete the
// merged segments' files.
const maxReleaseWrites = 50

// settlePlan is the merge plan of a settle: one segment, not the default
// plan's tiers of ten. A search walks each segment's dictionary and
// postings, so the 43 segments the tiers left of a 10,000-article index
// cost 15-40% more CPU per query (prefix, fuzzy and as-you-type most), and
// their repeated dictionaries 19% more disk, than one. But when the other
// segments together are small beside the largest (a few articles imported
// into a large library), they are merged among themselves: rewriting the
// largest for them would cost as much as the whole index's merge.
func settlePlan(s *scorch.Scorch) (mergeplan.MergePlanOptions, error) {
	opts := mergeplan.SingleSegmentMergePlanOptions
	r, err := s.Reader()
	if err != nil {
		return opts, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return opts, nil
	}
	var sizes []uint64
	for _, seg := range snap.Segments() {
		sizes = append(sizes, seg.Count())
	}
	return planFor(sizes), nil
}

// planFor is settlePlan for segments of these numbers of documents.
func planFor(sizes []uint64) mergeplan.MergePlanOptions {
	opts := mergeplan.SingleSegmentMergePlanOptions
	// All at once: merged ten at a time, the segments a bulk import left
	// (mergegate.go) were merged again at each round.
	opts.SegmentsPerMergeTask = max(len(sizes), 2)
	var largest, total uint64
	for _, n := range sizes {
		largest = max(largest, n)
		total += n
	}
	if rest := total - largest; rest*smallRest < largest {
		// Only segments under half of MaxSegmentSize are merged.
		opts.MaxSegmentSize = min(int64(largest)*2, mergeplan.MaxSegmentSizeLimit)
	}
	return opts
}

// smallRest: the other segments are merged without the largest when they
// hold less than 1/smallRest of its documents.
const smallRest = 4

// Segments returns how many segments the index has now (0 for an index in
// memory).
func (x *Index) Segments() (int, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	s, err := x.scorch()
	if err != nil || s == nil {
		return 0, err
	}
	return segmentCount(s)
}

// scorch returns the index's Scorch engine, nil for the in-memory stand-in;
// the caller holds x.mu.
func (x *Index) scorch() (*scorch.Scorch, error) {
	b, err := x.index()
	if err != nil || x.memOnly {
		return nil, err
	}
	adv, err := b.Advanced()
	if err != nil {
		return nil, fmt.Errorf("search index %s: %w", x.path, err)
	}
	s, _ := adv.(*scorch.Scorch)
	return s, nil
}

func segmentCount(s *scorch.Scorch) (int, error) {
	r, err := s.Reader()
	if err != nil {
		return 0, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0, nil
	}
	return len(snap.Segments()), nil
}
