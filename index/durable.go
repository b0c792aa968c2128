package index

import (
	"errors"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Scorch introduces a batch in memory and a background persister writes it
// to disk. By default each Batch call also waits for its own persist, so
// Apply's batches reached the disk one at a time: during an import the
// indexer spent most of its time waiting, and the import used one of two
// cores half the time. The index is opened with unsafe batches instead, and
// every write waits for its persist at the end, once: Apply returns, as
// before, only when all it wrote is on disk (the library deletes the
// outbox jobs after that), and the persister writes several batches at a
// time.

// persistWatch receives the persister's failures, which otherwise reach no
// one: a batch whose persist fails is retried and its callback waits. A
// failure fails the writes waiting at the time; later writes wait afresh
// (the persister retries, and a full disk may have been freed).
type persistWatch struct {
	mu     sync.Mutex
	failed chan struct{} // closed at the next failure
	err    error         // the last failure
}

func newPersistWatch() *persistWatch { return &persistWatch{failed: make(chan struct{})} }

// next is closed at the next failure.
func (w *persistWatch) next() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.failed
}

func (w *persistWatch) lastErr() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// onAsyncError is the index's scorch.RegistryAsyncErrorCallbacks entry.
// Only the persister's failures concern a waiting write: the merger's are
// reported with the same type, and a failed merge leaves its segments as
// they were.
func (w *persistWatch) onAsyncError(err error, path string) {
	var se *scorch.ScorchError
	if !errors.As(err, &se) || se.ErrType != scorch.ErrPersist || se.Source != "persister" {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.err = fmt.Errorf("search index %s: write to disk: %w", path, err)
	close(w.failed)
	w.failed = make(chan struct{})
}

// send hands bb to Bleve and returns a function that waits until it is on
// disk. The caller holds x.mu.
func (x *Index) send(b bleve.Index, bb *bleve.Batch) (wait func() error, err error) {
	done := make(chan error, 1)
	bb.SetPersistedCallback(func(err error) { done <- err })
	failed := x.persist.next()
	if err := b.Batch(bb); err != nil {
		return nil, err
	}
	if x.memOnly {
		return func() error { return nil }, nil // nothing is persisted
	}
	return func() error {
		select {
		case err := <-done:
			return err
		case <-failed:
			return x.persist.lastErr()
		}
	}, nil
}

// setInternal writes (or, with a nil value, deletes) an internal key and
// waits until it is on disk. The caller holds x.mu.
func (x *Index) setInternal(b bleve.Index, key, val []byte) error {
	bb := b.NewBatch()
	if val == nil {
		bb.DeleteInternal(key)
	} else {
		bb.SetInternal(key, val)
	}
	wait, err := x.send(b, bb)
	if err == nil {
		err = wait()
	}
	return err
}
