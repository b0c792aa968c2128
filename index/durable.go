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
// one: a batch whose persist fails is retried and its callback waits.
type persistWatch struct {
	once   sync.Once
	failed chan struct{} // closed on the first failure
	err    error
}

func newPersistWatch() *persistWatch { return &persistWatch{failed: make(chan struct{})} }

// onAsyncError is the index's scorch.RegistryAsyncErrorCallbacks entry.
func (w *persistWatch) onAsyncError(err error, path string) {
	if !errors.Is(err, scorch.ErrPersist) {
		return // merges and clean-ups are retried or harmless
	}
	w.once.Do(func() {
		w.err = fmt.Errorf("search index %s: write to disk: %w", path, err)
		close(w.failed)
	})
}

// send hands bb to Bleve and returns a function that waits until it is on
// disk. The caller holds x.mu.
func (x *Index) send(b bleve.Index, bb *bleve.Batch) (wait func() error, err error) {
	done := make(chan error, 1)
	bb.SetPersistedCallback(func(err error) { done <- err })
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
		case <-x.persist.failed:
			return x.persist.err
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
