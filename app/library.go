package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// Library is an open Dossier library: the use cases over a Store (the source
// of truth) and an Index (its searchable projection).
type Library struct {
	store Store
	idx   Index
	ids   *IDGen
	now   func() time.Time
	log   *slog.Logger

	syncMu sync.Mutex    // one outbox drain at a time
	kick   chan struct{} // wakes the background indexer
	stale  atomic.Bool   // the index must be rebuilt before it can be trusted
	hand   handover      // documents the import built, for the indexer

	archMu   sync.Mutex
	archives map[string]ArchiveImporter

	sample fs.FS

	docs documentReader // PDF, Word and EPUB readers (documents.go)

	hits hitCache // records of recent search hits (hitcache.go)
}

// Options configure a Library.
type Options struct {
	// Now is the clock (time.Now when nil); tests pin it.
	Now func() time.Time
	// Logger receives details that the user is not shown (slog.Default when nil).
	Logger *slog.Logger
	// Sample is the sample library that LoadSample imports (articles at the
	// top, Markdown notes under notes/).
	Sample fs.FS
	// CompilePDF compiles the PDF reader into the cache folder it is given,
	// the first time a PDF is read, in another process (nil: in this one,
	// which then holds the compiler's memory at its peak).
	CompilePDF func(cacheDir string) error
}

// Open migrates the store to the current schema and ties the index to it.
// When the index is missing, corrupt or from an older version, IndexStale
// reports true and Reindex must run (with a progress bar) before searching;
// otherwise index jobs left over from a crash are replayed here.
func Open(ctx context.Context, store Store, idx Index, opt Options) (*Library, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	store = &countingStore{Store: store}
	l := &Library{store: store, idx: idx, now: opt.Now, log: opt.Logger,
		ids: NewIDGen(opt.Now), kick: make(chan struct{}, 1), sample: opt.Sample,
		docs: documentReader{compile: opt.CompilePDF, log: opt.Logger}}
	if err := migrate(store, opt.Now); err != nil {
		return nil, err
	}
	if idx == nil {
		return l, nil
	}
	var want string
	if err := store.View(func(tx Tx) error {
		err := tx.Get(BucketMeta, metaIndexStamp, &want)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		return err
	}); err != nil {
		return nil, fmt.Errorf("open library: %w", err)
	}
	got, err := idx.Stamp()
	if err != nil || got == "" || got != want {
		l.stale.Store(true)
		return l, nil
	}
	if err := l.Sync(ctx); err != nil {
		return nil, fmt.Errorf("open library: replay index jobs: %w", err)
	}
	return l, nil
}

// Store returns the library's store, for adapters (export, backup).
func (l *Library) Store() Store { return l.store }

// rawStore is the store as given to Open (its own methods, beyond Store).
func (l *Library) rawStore() Store {
	if c, ok := l.store.(*countingStore); ok {
		return c.Store
	}
	return l.store
}

// Now is the library's clock.
func (l *Library) Now() time.Time { return l.now().UTC() }

// NewID returns a fresh record ID.
func (l *Library) NewID() string { return l.ids.New() }

// Close closes the index and the store.
func (l *Library) Close() error {
	errs := []error{l.docs.close()}
	if l.idx != nil {
		errs = append(errs, l.idx.Close())
	}
	errs = append(errs, l.store.Close())
	return errors.Join(errs...)
}

// Progress reports work done out of total (total may be 0 when unknown).
type Progress func(done, total int)

func (p Progress) report(done, total int) {
	if p != nil {
		p(done, total)
	}
}

const (
	metaSchema     = "schema"
	metaIndexStamp = "index_stamp"
)

func newMeta(id string, now time.Time) Meta {
	return Meta{ID: id, V: RecordVersion, Created: now, Updated: now}
}
