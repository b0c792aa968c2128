package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"

	"dossier/app/gcpace"
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
	key, job := fmt.Sprintf("%016x", seq), IndexJob{Type: typ, ID: id}
	if err := tx.Put(BucketOutbox, key, job); err != nil {
		return err
	}
	if rec, ok := tx.(*jobRecorder); ok {
		rec.jobs = append(rec.jobs, recordedJob{key: key, job: job})
	}
	return journal(tx, typ, id)
}

// A Sync round applies at most syncBatch jobs, and stops earlier once its
// documents hold syncBytes of text: Bleve was measured fastest with batches
// of about 1,000 articles, while the small documents of quotes, people and
// tags cost little each, so counting jobs alone made rounds (each ending in
// an fsync of the index and of the store) needlessly small.
const (
	syncBatch = 8000
	syncBytes = 6 << 20
)

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
		more, err := l.syncOnce(ctx)
		if err != nil || !more {
			return err
		}
	}
}

// syncOnce applies one round of jobs and reports whether more are pending.
// Each record's document is built once, as of its last job in the round:
// taken from the hand when the writer handed it over for that job, else
// read from the store.
func (l *Library) syncOnce(ctx context.Context) (bool, error) {
	var keys []string
	var jobs []IndexJob
	var batch IndexBatch
	more, size := false, 0
	err := l.store.View(func(tx Tx) error {
		if err := tx.ForEach(BucketOutbox, "", func(key string, decode func(any) error) error {
			if len(keys) >= syncBatch {
				more = true
				return ErrStop
			}
			var job IndexJob
			if err := decode(&job); err != nil {
				return err
			}
			keys, jobs = append(keys, key), append(jobs, job)
			return nil
		}); err != nil {
			return err
		}
		last := make(map[string]int, len(jobs))
		for i, j := range jobs {
			last[j.ID] = i
		}
		dtx := newDocCache(tx)
		for i, job := range jobs {
			if size >= syncBytes {
				// The round ends here. A record skipped above for a later job
				// beyond this point keeps that job in the outbox.
				keys, more = keys[:i], true
				break
			}
			if last[job.ID] != i {
				continue
			}
			h, ok := l.hand.take(keys[i])
			if !ok {
				doc, found, err := buildDoc(dtx, job.Type, job.ID)
				if err != nil {
					return err
				}
				h = handed{doc: doc, ok: found}
			}
			if h.ok {
				batch.Upserts = append(batch.Upserts, h.doc)
				size += docSize(&h.doc)
			} else {
				batch.Deletes = append(batch.Deletes, job.ID)
			}
		}
		return nil
	})
	if err != nil || len(keys) == 0 {
		return false, err
	}
	if err := l.idx.Apply(ctx, batch); err != nil {
		return false, fmt.Errorf("update search index: %w", err)
	}
	err = l.store.Update(func(tx Tx) error {
		for _, k := range keys {
			if err := tx.Delete(BucketOutbox, k); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		l.hand.drop(keys)
	}
	return more, err
}

// docSize is the text a document brings to the index, for batch sizing.
func docSize(d *IndexDoc) int { return len(d.Title) + len(d.Body) + len(d.Note) + 64 }

// docCache is a Tx that decodes each article once: the search documents of
// an article's quotes and annotations all read it (for its title, source and
// date), and decoding a whole article per quote dominated indexing.
type docCache struct {
	Tx
	articles map[string]*Article
}

func newDocCache(tx Tx) *docCache { return &docCache{Tx: tx, articles: map[string]*Article{}} }

// Get serves articles from the cache; buildDoc only reads them.
func (c *docCache) Get(b Bucket, id string, v any) error {
	if a, ok := v.(*Article); ok && b == BucketArticles {
		if hit, ok := c.articles[id]; ok {
			*a = *hit
			return nil
		}
		if err := c.Tx.Get(b, id, a); err != nil {
			return err
		}
		if len(c.articles) >= 2000 {
			clear(c.articles)
		}
		cp := *a
		c.articles[id] = &cp
		return nil
	}
	return c.Tx.Get(b, id, v)
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
	defer gcpace.Bulk(0)()
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
	// One goroutine reads the next batch from the store while the index
	// takes the last: reading (decoding records, building documents) is a
	// sixth of a rebuild, and done in turn with indexing it left a core idle.
	done := 0
	progress.report(0, total)
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan reindexBatch, 1)
	var readErr error
	go func() {
		defer close(batches)
		readErr = l.readBatches(rctx, batches)
	}()
	for rb := range batches {
		if err := l.idx.Apply(ctx, rb.batch); err != nil {
			cancel()
			for range batches { // the reader stops at its next batch
			}
			return fmt.Errorf("reindex %s: %w", rb.bucket, err)
		}
		done += len(rb.batch.Upserts)
		progress.report(done, total)
	}
	if readErr != nil { // set before batches closed
		return readErr
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
	l.hand.dropThrough(lastJob)
	if err := l.idx.SetStamp(stamp); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	l.stale.Store(false)
	return l.settle(ctx)
}

// reindexBatch is a batch of documents Reindex read, and their bucket.
type reindexBatch struct {
	bucket Bucket
	batch  IndexBatch
}

// readBatches reads the documents of every indexed record in batches, each
// in its own read transaction (a rebuild-long one would keep writers from
// growing the store), resuming after the last record read.
func (l *Library) readBatches(ctx context.Context, out chan<- reindexBatch) error {
	for _, b := range indexedBuckets {
		after := ""
		for {
			if err := ctx.Err(); err != nil {
				return err
			}
			var batch IndexBatch
			size := 0
			err := l.store.View(func(tx Tx) error {
				dtx := newDocCache(tx)
				return tx.ForEachAfter(b.bucket, after, func(id string, _ func(any) error) error {
					doc, ok, err := buildDoc(dtx, b.typ, id)
					if err != nil {
						return err
					}
					if ok {
						batch.Upserts = append(batch.Upserts, doc)
						size += docSize(&doc)
					}
					after = id
					if len(batch.Upserts) >= syncBatch || size >= syncBytes {
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
			select {
			case out <- reindexBatch{bucket: b.bucket, batch: batch}:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	return nil
}

// settle has the index merge the many small segments bulk work leaves
// (Index.Settle), so the first searches after a rebuild or a large import
// do not walk hundreds of them, nor compete with the merger for the CPU.
// A cancelled settle is not an error: the work it follows is complete, and
// the merger finishes in the background.
func (l *Library) settle(ctx context.Context) error {
	if l.idx == nil {
		return nil
	}
	if err := l.idx.Settle(ctx); err != nil && ctx.Err() == nil {
		return fmt.Errorf("search index: %w", err)
	}
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
