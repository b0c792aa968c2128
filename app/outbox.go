package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
)

// IndexJob asks the indexer to bring one record's search document up to date
// (or remove it when the record is gone). Jobs name records rather than carry
// documents, so applying a job twice is harmless and the index always gets
// the record's latest state.
type IndexJob struct {
	Type DocType `json:"type"`
	ID   string  `json:"id"`
}

// enqueue writes an index job in the caller's transaction (the outbox).
func enqueue(tx Tx, typ DocType, id string) error {
	seq, err := tx.NextSeq(BucketOutbox)
	if err != nil {
		return fmt.Errorf("queue index job: %w", err)
	}
	return tx.Put(BucketOutbox, fmt.Sprintf("%016x", seq), IndexJob{Type: typ, ID: id})
}

// syncBatch is the number of jobs applied to the index at once; about 1,000
// was measured as Bleve's sweet spot.
const syncBatch = 1000

// Sync applies every pending index job and removes it from the outbox. It is
// safe to call at any time; a crash between the store commit and the index
// update leaves the jobs in place for the next Sync.
func (l *Library) Sync(ctx context.Context) error {
	if l.idx == nil || l.stale.Load() {
		return nil
	}
	l.syncMu.Lock()
	defer l.syncMu.Unlock()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := l.syncOnce(ctx)
		if err != nil {
			return err
		}
		if n < syncBatch {
			return nil
		}
	}
}

func (l *Library) syncOnce(ctx context.Context) (int, error) {
	var keys []string
	var batch IndexBatch
	seen := map[string]bool{}
	err := l.store.View(func(tx Tx) error {
		return tx.ForEach(BucketOutbox, "", func(key string, decode func(any) error) error {
			var job IndexJob
			if err := decode(&job); err != nil {
				return err
			}
			keys = append(keys, key)
			if !seen[job.ID] {
				seen[job.ID] = true
				doc, ok, err := buildDoc(tx, job.Type, job.ID)
				if err != nil {
					return err
				}
				if ok {
					batch.Upserts = append(batch.Upserts, doc)
				} else {
					batch.Deletes = append(batch.Deletes, job.ID)
				}
			}
			if len(keys) >= syncBatch {
				return ErrStop
			}
			return nil
		})
	})
	if err != nil || len(keys) == 0 {
		return 0, err
	}
	if err := l.idx.Apply(ctx, batch); err != nil {
		return 0, fmt.Errorf("update search index: %w", err)
	}
	err = l.store.Update(func(tx Tx) error {
		for _, k := range keys {
			if err := tx.Delete(BucketOutbox, k); err != nil {
				return err
			}
		}
		return nil
	})
	return len(keys), err
}

// Kick wakes the background indexer (RunIndexer) after a change.
func (l *Library) Kick() {
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

// RunIndexer applies index jobs whenever Kick is called, until ctx ends. The
// GUI runs it in a goroutine; the CLI calls Sync directly.
func (l *Library) RunIndexer(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-l.kick:
			if err := l.Sync(ctx); err != nil && !errors.Is(err, context.Canceled) {
				l.log.Error("index sync", "err", err)
			}
		}
	}
}

// IndexStale reports whether the index must be rebuilt with Reindex.
func (l *Library) IndexStale() bool { return l.stale.Load() }

// Reindex rebuilds the whole index from the store, reporting progress. The
// outbox is emptied, since the rebuild covers every job in it; jobs written
// while the rebuild runs are kept.
func (l *Library) Reindex(ctx context.Context, progress Progress) error {
	if l.idx == nil {
		return errors.New("reindex: library has no index")
	}
	l.syncMu.Lock()
	defer l.syncMu.Unlock()
	if err := l.idx.SetStamp(""); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	if err := l.idx.Reset(ctx); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	// Remember where the outbox ends now: the rebuild reads records after
	// this point, so every job up to here is covered by it.
	var lastJob string
	var total int
	if err := l.store.View(func(tx Tx) error {
		for _, b := range indexedBuckets {
			total += tx.Count(b.bucket)
		}
		return tx.ForEachReverse(BucketOutbox, "", func(k string, _ func(any) error) error {
			lastJob = k
			return ErrStop
		})
	}); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	done := 0
	progress.report(0, total)
	for _, b := range indexedBuckets {
		after := ""
		for {
			var batch IndexBatch
			err := l.store.View(func(tx Tx) error {
				return tx.ForEach(b.bucket, "", func(id string, _ func(any) error) error {
					if id <= after {
						return nil
					}
					doc, ok, err := buildDoc(tx, b.typ, id)
					if err != nil {
						return err
					}
					if ok {
						batch.Upserts = append(batch.Upserts, doc)
					}
					after = id
					if len(batch.Upserts) >= syncBatch {
						return ErrStop
					}
					return nil
				})
			})
			if err != nil {
				return fmt.Errorf("reindex %s: %w", b.bucket, err)
			}
			if len(batch.Upserts) == 0 {
				break
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := l.idx.Apply(ctx, batch); err != nil {
				return fmt.Errorf("reindex %s: %w", b.bucket, err)
			}
			done += len(batch.Upserts)
			progress.report(done, total)
		}
	}
	stamp := newStamp()
	if err := l.store.Update(func(tx Tx) error {
		var keys []string
		if err := tx.ForEach(BucketOutbox, "", func(k string, _ func(any) error) error {
			if k > lastJob {
				return ErrStop
			}
			keys = append(keys, k)
			return nil
		}); err != nil {
			return err
		}
		for _, k := range keys {
			if err := tx.Delete(BucketOutbox, k); err != nil {
				return err
			}
		}
		return tx.Put(BucketMeta, metaIndexStamp, stamp)
	}); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	if err := l.idx.SetStamp(stamp); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	l.stale.Store(false)
	return nil
}

func newStamp() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// indexedBuckets are the record buckets that have search documents.
var indexedBuckets = []struct {
	bucket Bucket
	typ    DocType
}{
	{BucketArticles, TypeArticle},
	{BucketAnnotations, TypeAnnotation},
	{BucketQuotes, TypeQuote},
	{BucketNotes, TypeNote},
	{BucketPeople, TypePerson},
	{BucketTags, TypeTag},
}
