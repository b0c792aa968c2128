package app

import (
	"slices"
	"sync"
	"unicode/utf8"
)

// The import hands the indexer the search documents of what it stored, so
// that Sync does not read every article back from the store and decode it
// again (a fifth of the indexer's work, and every article page of the store
// mapped into memory). The outbox stays the source of truth: a handed
// document is used only for the outbox key it was built for, and only when
// that key is its record's last job in the round, since a later job means a
// later change. The writer builds the documents inside its transaction, after
// its last write, and publishes them only after the commit; a document not
// handed over (another writer, a full hand, a rollback) is built from the
// store as before.

// maxHanded bounds the text of the documents waiting in the hand; beyond it
// the writer stops handing over (the indexer normally takes them within a
// batch or two). Two Sync rounds (syncBytes) fit; a larger hand only raised
// the import's peak memory, not its speed.
const maxHanded = 12 << 20

// handover holds documents built by committed transactions, by outbox key.
type handover struct {
	mu    sync.Mutex
	docs  map[string]handed
	size  int // docSize of the documents held
	taken int // documents the indexer took (for tests)
}

// handed is a record's search document as of one job; ok is false when the
// record no longer existed.
type handed struct {
	doc IndexDoc
	ok  bool
}

// publish adds the documents of a committed transaction.
func (h *handover) publish(docs map[string]handed) {
	if len(docs) == 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.docs == nil {
		h.docs = make(map[string]handed, len(docs))
	}
	size := 0
	for _, d := range docs {
		size += docSize(&d.doc)
	}
	if h.size+size > maxHanded {
		return
	}
	for k, d := range docs {
		h.docs[k] = d
	}
	h.size += size
}

// take returns the document handed over for an outbox key.
func (h *handover) take(key string) (handed, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	d, ok := h.docs[key]
	if ok {
		h.taken++
	}
	return d, ok
}

// drop forgets the documents of jobs that are done.
func (h *handover) drop(keys []string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, k := range keys {
		h.forget(k)
	}
}

// forget removes one document; h.mu is held.
func (h *handover) forget(key string) {
	if d, ok := h.docs[key]; ok {
		h.size -= docSize(&d.doc)
		delete(h.docs, key)
	}
}

// dropThrough forgets the documents of every job up to and including last
// (a rebuild covered them).
func (h *handover) dropThrough(last string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for k := range h.docs {
		if k <= last {
			h.forget(k)
		}
	}
}

// full reports whether the hand has no room left.
func (h *handover) full() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.size >= maxHanded
}

// jobRecorder is a Tx that notes the index jobs written through it and
// keeps a copy of each article, quote and person put through it, so that
// handOver builds their documents without decoding them again. The copies
// are served to handOver, and people also to the writer (see Get).
type jobRecorder struct {
	Tx
	jobs    []recordedJob
	records map[recordKey]any // *Article, *Quote or *Person as put
	serve   bool
}

type recordedJob struct {
	key string
	job IndexJob
}

type recordKey struct {
	b  Bucket
	id string
}

// Put stores v and keeps a copy of the records documents are built from.
// A record whose text would not survive the store's encoding unchanged
// (not UTF-8) is not kept: its document is built from the store.
func (r *jobRecorder) Put(b Bucket, id string, v any) error {
	if err := r.Tx.Put(b, id, v); err != nil {
		return err
	}
	var cp any
	switch x := v.(type) {
	case *Article:
		if b == BucketArticles && validArticle(x) {
			c := *x
			cp = &c
		}
	case *Quote:
		if b == BucketQuotes && validStrings(append([]string{x.Text, x.Note, x.Speaker, x.ArticleID}, x.Tags...)) {
			c := *x
			cp = &c
		}
	case *Person:
		if b == BucketPeople && validStrings(append(append([]string{x.Name, x.Page}, x.Aliases...), x.Affiliations...)) {
			c := *x // its own slices: the copy is served to the writer again
			c.Aliases, c.Affiliations = slices.Clone(x.Aliases), slices.Clone(x.Affiliations)
			cp = &c
		}
	}
	k := recordKey{b, id}
	if cp == nil {
		delete(r.records, k)
		return nil
	}
	if r.records == nil {
		r.records = map[recordKey]any{}
	}
	r.records[k] = cp
	return nil
}

// Delete deletes the record and forgets its copy.
func (r *jobRecorder) Delete(b Bucket, id string) error {
	delete(r.records, recordKey{b, id})
	return r.Tx.Delete(b, id)
}

// Get serves handOver from the copies. People are also served to the
// writer, and kept once read: the quote finder's speakers recur, and each
// was decoded again per quote. A person served gets its own slices, since
// the writer appends aliases and affiliations before putting it back.
func (r *jobRecorder) Get(b Bucket, id string, v any) error {
	if x, ok := v.(*Person); ok && b == BucketPeople {
		k := recordKey{b, id}
		if p, ok := r.records[k].(*Person); ok {
			*x = *p
			x.Aliases, x.Affiliations = slices.Clone(p.Aliases), slices.Clone(p.Affiliations)
			return nil
		}
		if err := r.Tx.Get(b, id, v); err != nil {
			return err
		}
		// Read once: the record changes only by a Put through r.
		c := *x
		c.Aliases, c.Affiliations = slices.Clone(x.Aliases), slices.Clone(x.Affiliations)
		if r.records == nil {
			r.records = map[recordKey]any{}
		}
		r.records[k] = &c
		return nil
	}
	if r.serve {
		if rec, ok := r.records[recordKey{b, id}]; ok {
			switch x := v.(type) {
			case *Article:
				if a, ok := rec.(*Article); ok {
					*x = *a
					return nil
				}
			case *Quote:
				if q, ok := rec.(*Quote); ok {
					*x = *q
					return nil
				}
			case *Person:
				if p, ok := rec.(*Person); ok {
					*x = *p
					return nil
				}
			}
		}
	}
	return r.Tx.Get(b, id, v)
}

// handOver builds, in the writer's transaction after its last write, the
// documents of the jobs rec noted: for each record, as of its last job. It
// returns nil when nothing can be handed over.
func handOver(rec *jobRecorder) map[string]handed {
	if len(rec.jobs) == 0 {
		return nil
	}
	last := make(map[string]int, len(rec.jobs))
	for i, j := range rec.jobs {
		last[j.job.ID] = i
	}
	rec.serve = true
	defer func() { rec.serve = false }()
	out := make(map[string]handed, len(last))
	for i, j := range rec.jobs {
		if last[j.job.ID] != i {
			continue
		}
		doc, ok, err := buildDoc(rec, j.job.Type, j.job.ID)
		if err != nil {
			return nil
		}
		out[j.key] = handed{doc: doc, ok: ok}
	}
	return out
}

// validArticle reports whether every text an article's document holds is
// valid UTF-8.
func validArticle(a *Article) bool {
	return validStrings(append([]string{a.Title, a.Source, a.Author}, a.Tags...)) && utf8.ValidString(a.Text())
}

func validStrings(ss []string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}
