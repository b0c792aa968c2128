// Package index is the library's search index, a Bleve (scorch) index in the
// library folder. It is the only importer of Bleve and implements app.Index:
// one document mapping per document type with English analysis on the text
// fields, lower-cased keyword fields for filters, exact keyword fields with
// doc values for facets, the published/updated date as fixed-width keyword
// terms (to the second with doc values for sorting, and by day, month and
// year for ranges: four terms where Bleve's datetime field makes sixteen,
// which cost a sixth of all indexing), and people's aliases as Bleve
// synonyms. Text is indexed with word positions (for phrases, no offsets)
// and, in a second field, its neighbouring-word pairs (a two-word phrase is
// one posting list, phrase.go), but not stored, and Bleve is never asked
// for match locations: the matcher a search returns finds the hits' words
// in the text the app keeps in its store, for fragments and highlights.
package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"dossier/app"
)

// ErrLocked is returned when another process has the index open.
var ErrLocked = errors.New("search index is in use by another process")

// ErrClosed is returned by an index after Close.
var ErrClosed = errors.New("search index is closed")

// Options tune Open.
type Options struct {
	// ReadOnly opens the index shared, for commands that only read. A
	// missing, corrupt or outdated index is then replaced by an empty one in
	// memory (its empty stamp tells the library it must be rebuilt).
	ReadOnly bool
	// LockTimeout bounds the wait for another process's lock (default 1s).
	LockTimeout time.Duration

	// eventCallback names a scorch.RegistryEventCallbacks entry (tests: to
	// hold the background merger back).
	eventCallback string
}

// Internal keys kept in the index.
var (
	keyVersion = []byte("dossier:version")
	keyStamp   = []byte("dossier:stamp")
	keySettled = []byte("dossier:settled") // written by Settle, read by no one
)

// applyBatch is the number of documents sent to Bleve at once; about 1,000
// was measured as fastest, larger batches only use more memory.
const applyBatch = 500

// applyParallel is the number of Bleve batches Apply has in flight.
const applyParallel = 2

// Index is a Bleve index implementing app.Index. It is safe for concurrent
// use.
type Index struct {
	path string
	opt  Options

	mu       sync.RWMutex
	b        bleve.Index // nil after Close
	m        *mapping.IndexMappingImpl
	specs    docSpecs   // how each type's fields are indexed (document.go)
	memOnly  bool       // read-only stand-in for an index that must be rebuilt
	settleMu sync.Mutex // one Settle at a time: Bleve refuses a second force merge
	replaced string

	// gen counts changes to the index (Apply, Reset): cached facet counts
	// are for one generation.
	gen     atomic.Uint64
	facets  facetCache
	columns docColumns    // what a search reads of each segment (columns.go)
	words   *wordTerms    // words' terms, for the matchers of every search
	gate    *mergeGate    // holds the background merger back during writes (mergegate.go)
	persist *persistWatch // the persister's failures, for writes waiting on it (durable.go)
}

var _ app.Index = (*Index)(nil)

// Open opens the index in folder path, creating it when missing. A corrupt
// index, or one written with another mapping version, is deleted and created
// afresh (read-only: replaced by an empty one in memory); its stamp is then
// empty, so the library knows to rebuild it. When another process holds the
// index, Open fails with ErrLocked after opt.LockTimeout.
func Open(path string, opt Options) (*Index, error) {
	if opt.LockTimeout <= 0 {
		opt.LockTimeout = time.Second
	}
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	specs, err := newDocSpecs(m)
	if err != nil {
		return nil, err
	}
	x := &Index{path: path, opt: opt, m: m, specs: specs, words: newWordTerms(m.AnalyzerNamed(anText))}
	x.gate, x.persist = newMergeGate(x), newPersistWatch()
	bleveCallbacks.Lock()
	x.gate.register(x.persist)
	b, why, err := x.openOrCreate()
	bleveCallbacks.Unlock()
	if err != nil {
		x.gate.unregister()
		return nil, err
	}
	x.b, x.replaced = b, why
	return x, nil
}

// Path is the index folder.
func (x *Index) Path() string { return x.path }

// Replaced says why Open had to start from an empty index ("" when it
// opened the existing one, or created a missing one).
func (x *Index) Replaced() string { return x.replaced }

func (x *Index) runtimeConfig() map[string]any {
	c := map[string]any{
		"bolt_timeout": x.opt.LockTimeout.String(),
		"read_only":    x.opt.ReadOnly,
	}
	c["eventCallbackName"] = x.gate.name
	c["asyncErrorCallbackName"] = x.gate.name
	c["unsafe_batch"] = true // writes wait for their persist themselves (durable.go)
	if x.opt.eventCallback != "" {
		c["eventCallbackName"] = x.opt.eventCallback
	}
	return c
}

func (x *Index) openOrCreate() (bleve.Index, string, error) {
	_, err := os.Stat(x.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if x.opt.ReadOnly {
			return x.memIndex("missing")
		}
		b, err := x.create()
		return b, "", err
	case err != nil:
		return nil, "", fmt.Errorf("open search index %s: %w", x.path, err)
	}
	b, err := bleve.OpenUsing(x.path, x.runtimeConfig())
	if err != nil {
		if isLockTimeout(err) {
			return nil, "", fmt.Errorf("open search index %s: %w", x.path, ErrLocked)
		}
		if errors.Is(err, fs.ErrPermission) {
			return nil, "", fmt.Errorf("open search index %s: %w", x.path, err)
		}
		return x.replace(fmt.Sprintf("unreadable (%v)", err))
	}
	v, err := b.GetInternal(keyVersion)
	if err != nil || string(v) != mappingVersion {
		b.Close()
		return x.replace(fmt.Sprintf("version %q, this Dossier uses %q", v, mappingVersion))
	}
	return b, "", nil
}

// replace deletes the index folder and creates an empty index.
func (x *Index) replace(why string) (bleve.Index, string, error) {
	if x.opt.ReadOnly {
		return x.memIndex(why)
	}
	if err := x.removeFolder(); err != nil {
		return nil, "", err
	}
	b, err := x.create()
	return b, why, err
}

func (x *Index) memIndex(why string) (bleve.Index, string, error) {
	b, err := bleve.NewMemOnly(x.m)
	if err != nil {
		return nil, "", fmt.Errorf("open search index %s: %w", x.path, err)
	}
	x.memOnly = true
	return b, why, nil
}

func (x *Index) create() (bleve.Index, error) {
	b, err := bleve.NewUsing(x.path, x.m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, x.runtimeConfig())
	if err != nil {
		if isLockTimeout(err) {
			return nil, fmt.Errorf("create search index %s: %w", x.path, ErrLocked)
		}
		return nil, fmt.Errorf("create search index %s: %w", x.path, err)
	}
	if err := x.setInternal(b, keyVersion, []byte(mappingVersion)); err != nil {
		b.Close()
		return nil, fmt.Errorf("create search index %s: %w", x.path, err)
	}
	return b, nil
}

// indexEntries are the names Bleve keeps in an index folder; removeFolder
// refuses a folder holding anything else, in case path was mistyped.
var indexEntries = map[string]bool{"index_meta.json": true, "store": true}

func (x *Index) removeFolder() error {
	ents, err := os.ReadDir(x.path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("replace search index %s: %w", x.path, err)
	}
	for _, e := range ents {
		if !indexEntries[e.Name()] {
			return fmt.Errorf("replace search index %s: the folder holds %q, which is not part of a search index; move it away and retry", x.path, e.Name())
		}
	}
	if err := os.RemoveAll(x.path); err != nil {
		return fmt.Errorf("replace search index %s: %w", x.path, err)
	}
	return nil
}

// isLockTimeout recognises bbolt's lock timeout, which Bleve returns as is.
func isLockTimeout(err error) bool {
	return err != nil && strings.Contains(err.Error(), "timeout")
}

// index returns the open Bleve index; the caller holds x.mu.
func (x *Index) index() (bleve.Index, error) {
	if x.b == nil {
		return nil, ErrClosed
	}
	return x.b, nil
}

// Apply indexes upserts and removes deletes, about a thousand documents per
// Bleve batch, with up to applyParallel batches in flight: a batch's
// analysis runs on Bleve's workers but building its segment runs on the
// caller's goroutine and is then persisted, so one batch at a time left a
// core idle for most of the time. A document ID met again after its batch
// was sent waits for the batches in flight, so the last change still wins.
// When Apply returns, the changes are on disk.
func (x *Index) Apply(ctx context.Context, batch app.IndexBatch) error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	// Before and after: a search that starts meanwhile caches nothing.
	x.gen.Add(1)
	defer x.gen.Add(1)
	x.gate.wrote()
	defer x.gate.wrote()
	b, err := x.index()
	if err != nil {
		return err
	}
	var (
		wg       sync.WaitGroup
		errMu    sync.Mutex
		firstErr error
		waits    []func() error // for each batch sent, until it is on disk
		slots    = make(chan struct{}, applyParallel)
		sent     = map[string]bool{} // IDs in batches already sent
		pending  []string            // IDs in bb
	)
	failed := func() error {
		errMu.Lock()
		defer errMu.Unlock()
		return firstErr
	}
	// drain waits for every batch in flight.
	drain := func() error {
		wg.Wait()
		clear(sent)
		return failed()
	}
	bb := b.NewBatch()
	flush := func() error {
		if bb.Size() == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := failed(); err != nil {
			return err
		}
		slots <- struct{}{}
		for _, id := range pending {
			sent[id] = true
		}
		pending = pending[:0]
		send := bb
		wg.Go(func() {
			defer func() { <-slots }()
			wait, err := x.send(b, send)
			errMu.Lock()
			defer errMu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = fmt.Errorf("search index %s: %w", x.path, err)
			}
			if err == nil {
				waits = append(waits, wait)
			}
		})
		// A fresh batch, not bb.Reset(): Scorch may still read the last one.
		bb = b.NewBatch()
		return nil
	}
	// add notes id for the next batch, first waiting for the batches in
	// flight when one of them has it.
	add := func(id string) error {
		if sent[id] {
			if err := drain(); err != nil {
				return err
			}
		}
		pending = append(pending, id)
		return nil
	}
	err = func() error {
		for i := range batch.Upserts {
			d := &batch.Upserts[i]
			if d.ID == "" {
				return fmt.Errorf("search index: document without ID (type %s)", d.Type)
			}
			if err := add(d.ID); err != nil {
				return err
			}
			doc, err := x.specs.document(d)
			if err != nil {
				return err
			}
			if err := bb.IndexAdvanced(doc); err != nil {
				return fmt.Errorf("search index: document %s: %w", d.ID, err)
			}
			if d.Type == app.TypePerson {
				if err := add(synPrefix + d.ID); err != nil {
					return err
				}
				if syn := synonymsFor(d); syn != nil {
					if err := bb.IndexSynonym(synPrefix+d.ID, synColl, syn); err != nil {
						return fmt.Errorf("search index: aliases of %s: %w", d.ID, err)
					}
				} else {
					bb.Delete(synPrefix + d.ID)
				}
			}
			if bb.Size() >= applyBatch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		for _, id := range batch.Deletes {
			if err := add(id); err != nil {
				return err
			}
			if err := add(synPrefix + id); err != nil {
				return err
			}
			bb.Delete(id)
			bb.Delete(synPrefix + id)
			if bb.Size() >= applyBatch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	}()
	if derr := drain(); err == nil {
		err = derr
	} else if derr != nil && derr != err {
		err = errors.Join(err, derr)
	}
	// What was sent is on disk before Apply returns, failed or not: a
	// caller that retries must not find half of it still in memory.
	for _, wait := range waits {
		if werr := wait(); werr != nil && err == nil {
			err = fmt.Errorf("search index %s: %w", x.path, werr)
		}
	}
	return err
}

// Fingerprints walks every document's ID and stored fingerprint, in no
// particular order, with one reader over all documents (paging a search
// sorted by ID would cost a pass over the index per page).
func (x *Index) Fingerprints(ctx context.Context, fn func(id, fingerprint string) error) error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	b, err := x.index()
	if err != nil {
		return err
	}
	adv, err := b.Advanced()
	if err != nil {
		return fmt.Errorf("search index %s: %w", x.path, err)
	}
	r, err := adv.Reader()
	if err != nil {
		return fmt.Errorf("search index %s: %w", x.path, err)
	}
	defer r.Close()
	all, err := r.DocIDReaderAll()
	if err != nil {
		return fmt.Errorf("search index %s: %w", x.path, err)
	}
	defer all.Close()
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		iid, err := all.Next()
		if err != nil {
			return fmt.Errorf("search index %s: %w", x.path, err)
		}
		if iid == nil {
			return nil
		}
		id, err := r.ExternalID(iid)
		if err != nil {
			return fmt.Errorf("search index %s: %w", x.path, err)
		}
		if strings.HasPrefix(id, synPrefix) {
			continue // a person's aliases, not a document
		}
		doc, err := r.Document(id)
		if err != nil {
			return fmt.Errorf("search index %s: document %s: %w", x.path, id, err)
		}
		var fp string
		if doc != nil {
			doc.VisitFields(func(f bleveindex.Field) {
				if f.Name() == fFP {
					fp = string(f.Value())
				}
			})
		}
		if err := fn(id, fp); err != nil {
			return err
		}
	}
}

// Reset empties the index: the folder is deleted and created again.
func (x *Index) Reset(ctx context.Context) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.b == nil {
		return ErrClosed
	}
	if x.opt.ReadOnly {
		return fmt.Errorf("reset search index %s: opened read-only", x.path)
	}
	x.gen.Add(1)
	if err := x.b.Close(); err != nil {
		return fmt.Errorf("reset search index %s: %w", x.path, err)
	}
	x.b = nil
	if x.memOnly {
		x.memOnly = false
	}
	if err := x.removeFolder(); err != nil {
		return err
	}
	bleveCallbacks.Lock()
	b, err := x.create()
	bleveCallbacks.Unlock()
	if err != nil {
		return err
	}
	x.b = b
	return nil
}

// Stamp returns the marker set by SetStamp ("" for a new index).
func (x *Index) Stamp() (string, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	b, err := x.index()
	if err != nil {
		return "", err
	}
	v, err := b.GetInternal(keyStamp)
	if err != nil {
		return "", fmt.Errorf("search index %s: %w", x.path, err)
	}
	return string(v), nil
}

// SetStamp records the marker that ties the index to the store's state.
func (x *Index) SetStamp(s string) error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	b, err := x.index()
	if err != nil {
		return err
	}
	var val []byte
	if s != "" {
		val = []byte(s)
	}
	if err := x.setInternal(b, keyStamp, val); err != nil {
		return fmt.Errorf("search index %s: %w", x.path, err)
	}
	return nil
}

// Close closes the index; it is safe to call twice.
func (x *Index) Close() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.b == nil {
		return nil
	}
	err := x.b.Close()
	x.b = nil
	x.gate.unregister()
	if err != nil {
		return fmt.Errorf("close search index %s: %w", x.path, err)
	}
	return nil
}

// Stats describes the index for benchmarks and `dossier check`.
type Stats struct {
	Docs  uint64 // documents, people's synonym definitions included
	Bytes int64  // size of the folder on disk
}

// Stats returns the document count and the size on disk.
func (x *Index) Stats() (Stats, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	b, err := x.index()
	if err != nil {
		return Stats{}, err
	}
	var s Stats
	if s.Docs, err = b.DocCount(); err != nil {
		return s, err
	}
	err = filepath.WalkDir(x.path, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // a segment merged away meanwhile
			}
			return err
		}
		if !d.IsDir() {
			if info, err := d.Info(); err == nil {
				s.Bytes += info.Size()
			}
		}
		return nil
	})
	return s, err
}

// maxPage bounds From+Size so a request's cost stays bounded.
const maxPage = 10000

// relevant returns the hits from..from+size of q's matches, best first,
// and the number of matches.
func relevant(ctx context.Context, b bleve.Index, q query.Query, from, size int) ([]app.IndexHit, uint64, error) {
	sr := bleve.NewSearchRequestOptions(q, size, from, false)
	sr.Fields = []string{fType}
	res, err := b.SearchInContext(ctx, sr)
	if err != nil {
		return nil, 0, err
	}
	hits := make([]app.IndexHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		hit := app.IndexHit{ID: h.ID, Score: h.Score}
		if t, ok := h.Fields[fType].(string); ok {
			hit.Type = app.DocType(t)
		}
		hits = append(hits, hit)
	}
	return hits, res.Total, nil
}

// Search runs a query in the Bleve query-string syntax with the request's
// filters, and returns the hits with a matcher that finds the query's words
// in their text.
func (x *Index) Search(ctx context.Context, req app.SearchRequest) (app.IndexResult, error) {
	start := time.Now()
	clauses, err := parseQuery(req.Query)
	if err != nil {
		return app.IndexResult{}, err
	}
	filters := filterQuery(req)
	build := func() (query.Query, error) {
		q, err := buildQuery(clauses)
		switch {
		case err != nil || q == nil && len(filters) == 0:
			return nil, err
		case q == nil:
			q = query.NewConjunctionQuery(filters)
		case len(filters) > 0:
			q = query.NewConjunctionQuery(append([]query.Query{q}, filters...))
		}
		return q, nil
	}
	q, err := build()
	if err != nil {
		return app.IndexResult{}, err
	}
	if q == nil {
		return app.IndexResult{Facets: map[string][]app.FacetCount{}, Took: time.Since(start)}, nil
	}
	size := req.Size
	if size <= 0 {
		size = 20
	}
	from := max(req.From, 0)
	if from+size > maxPage {
		return app.IndexResult{}, fmt.Errorf("%w: results beyond the first %d cannot be paged to", ErrBadQuery, maxPage)
	}
	switch req.Sort {
	case app.SortNewest, app.SortOldest, app.SortRelevance:
	default:
		return app.IndexResult{}, fmt.Errorf("%w: unknown sort order %q", ErrBadQuery, req.Sort)
	}

	x.mu.RLock()
	defer x.mu.RUnlock()
	b, err := x.index()
	if err != nil {
		return app.IndexResult{}, err
	}
	out := app.IndexResult{Facets: map[string][]app.FacetCount{}}
	run := func() {
		if req.Sort == app.SortRelevance {
			out.Hits, out.Total, err = relevant(ctx, b, q, from, size)
		} else {
			out.Hits, out.Total, err = x.byDate(ctx, b, q, from, size, req.Sort == app.SortNewest)
		}
	}
	run()
	// A short prefix no title or name holds (a small library, an unusual
	// pair of letters) is searched in every text rather than finding
	// nothing: that is cheap precisely when titles and names hold none.
	if err == nil && out.Total == 0 && widenShortPrefixes(clauses) {
		if q, err = build(); err == nil {
			run()
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return app.IndexResult{}, ctx.Err()
		}
		return app.IndexResult{}, fmt.Errorf("%w: %v", ErrBadQuery, err)
	}
	if m := newMatcher(clauses, x.words); m != nil {
		out.Matcher = m
	}
	if req.Facets {
		if out.Facets, err = x.facetCounts(ctx, b, req, q); err != nil {
			if ctx.Err() != nil {
				return app.IndexResult{}, ctx.Err()
			}
			return app.IndexResult{}, fmt.Errorf("search index %s: facets: %w", x.path, err)
		}
	}
	out.Took = time.Since(start)
	return out, nil
}
