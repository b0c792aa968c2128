package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"dossier/app/gcpace"
	"dossier/app/ingest"
	"dossier/app/quotes"
)

// ImportStatus is what happened to one imported file.
type ImportStatus string

// Import outcomes.
const (
	ImportAdded     ImportStatus = "added"
	ImportUpdated   ImportStatus = "updated"   // an edited version of a stored article, updated in place
	ImportDuplicate ImportStatus = "duplicate" // same content already in the library
	ImportExists    ImportStatus = "exists"    // same source, changed text; not updated without Update
	ImportSkipped   ImportStatus = "skipped"   // not an article file (unknown extension in a folder)
	ImportFailed    ImportStatus = "failed"
)

// ImportOutcome is the result for one file.
type ImportOutcome struct {
	Path      string       `json:"path"`
	Status    ImportStatus `json:"status"`
	ArticleID string       `json:"article_id,omitempty"`
	Title     string       `json:"title,omitempty"`
	Reason    string       `json:"reason,omitempty"`
}

// ImportSummary totals an import.
type ImportSummary struct {
	Added      int             `json:"added"`
	Updated    int             `json:"updated"`
	Duplicates int             `json:"duplicates"`
	Exists     int             `json:"exists"`
	Skipped    int             `json:"skipped"`
	Failed     int             `json:"failed"`
	Outcomes   []ImportOutcome `json:"outcomes"`
}

// ImportProgress is reported while an import runs.
type ImportProgress struct {
	Files   int // files found so far
	Done    int // files finished
	Added   int
	Updated int
	Skipped int // duplicates, unchanged, not article files
	Failed  int
	Current string
}

// ImportOptions tune Import.
type ImportOptions struct {
	// Update replaces a stored article from the same source whose text
	// changed, keeping its annotations (they re-anchor).
	Update bool
	// Progress is called from the import goroutine after each file.
	Progress func(ImportProgress)
	// Workers parse files in parallel (GOMAXPROCS when 0).
	Workers int
}

// ArchiveImporter imports a file that holds a whole selection of a library
// (a Dossier bundle, a REFI-QDA project). Adapters register them with
// RegisterArchive so that Import handles them like any other file.
type ArchiveImporter func(ctx context.Context, lib *Library, path string) (ImportOutcome, error)

// RegisterArchive makes Import hand files with extension ext (".dossier") to fn.
func (l *Library) RegisterArchive(ext string, fn ArchiveImporter) {
	l.archMu.Lock()
	defer l.archMu.Unlock()
	if l.archives == nil {
		l.archives = map[string]ArchiveImporter{}
	}
	l.archives[strings.ToLower(ext)] = fn
}

func (l *Library) archiveFor(path string) ArchiveImporter {
	l.archMu.Lock()
	defer l.archMu.Unlock()
	return l.archives[strings.ToLower(filepath.Ext(path))]
}

// importFile is one file to import; explicit files report unsupported types
// as failures, files found in folders as skipped.
type importFile struct {
	path     string
	explicit bool
}

// prepared is a parsed file ready to be written.
type prepared struct {
	file    importFile
	article Article
	found   quotes.Result
	err     error
}

// importBatch is the number of articles written per store transaction:
// each article is all-or-nothing either way, and batching saves fsyncs.
const importBatch = 200

// importAhead is how many batches may be stored before the index has them.
const importAhead = 4

// Import imports files and folders (recursively). Every article is written
// whole, with its suggested quotes and people, in one transaction, or not at
// all. Cancelling ctx keeps what was imported so far and returns ctx.Err().
func (l *Library) Import(ctx context.Context, paths []string, opt ImportOptions) (ImportSummary, error) {
	var sum ImportSummary
	var prog ImportProgress
	report := func(o ImportOutcome) {
		sum.Outcomes = append(sum.Outcomes, o)
		prog.Done++
		prog.Current = o.Path
		switch o.Status {
		case ImportAdded:
			sum.Added++
			prog.Added++
		case ImportUpdated:
			sum.Updated++
			prog.Updated++
		case ImportDuplicate:
			sum.Duplicates++
			prog.Skipped++
		case ImportExists:
			sum.Exists++
			prog.Skipped++
		case ImportSkipped:
			sum.Skipped++
			prog.Skipped++
		case ImportFailed:
			sum.Failed++
			prog.Failed++
		}
		if opt.Progress != nil {
			opt.Progress(prog)
		}
	}

	var files []importFile
	for _, p := range paths {
		found, err := collect(p)
		if err != nil {
			report(ImportOutcome{Path: p, Status: ImportFailed, Reason: err.Error()})
			continue
		}
		files = append(files, found...)
	}
	prog.Files = len(files)

	var plain []importFile
	for _, f := range files {
		if fn := l.archiveFor(f.path); fn != nil {
			if err := ctx.Err(); err != nil {
				return sum, err
			}
			o, err := fn(ctx, l, f.path)
			if err != nil {
				o = ImportOutcome{Path: f.path, Status: ImportFailed, Reason: err.Error()}
			}
			report(o)
			continue
		}
		if !SupportedFile(f.path) {
			if f.explicit {
				report(ImportOutcome{Path: f.path, Status: ImportFailed, Reason: "not an article file (expected .txt, .md, .html, .pdf, .docx or .epub)"})
			} else {
				report(ImportOutcome{Path: f.path, Status: ImportSkipped, Reason: "not an article file"})
			}
			continue
		}
		plain = append(plain, f)
	}

	// Many files are bulk work: pace the collector by memory (gcpace).
	if len(plain) > 1 {
		defer gcpace.Bulk(0)()
	}
	err := l.importFiles(ctx, plain, opt, report)
	if err == nil && sum.Added+sum.Updated > 0 {
		// Merging the index and compacting the store are each one goroutine's
		// work on different files: side by side they take the time of the
		// longer instead of both.
		var wg sync.WaitGroup
		var serr, cerr error
		if sum.Added+sum.Updated >= settleAfter {
			wg.Go(func() { serr = l.settle(ctx) })
		}
		wg.Go(func() { cerr = l.compactStore(ctx) })
		wg.Wait()
		err = errors.Join(serr, cerr)
	}
	sort.SliceStable(sum.Outcomes, func(i, j int) bool { return sum.Outcomes[i].Path < sum.Outcomes[j].Path })
	return sum, err
}

// compactStore has the store rewrite its file when it has grown enough
// since it last did (storage decides): bulk work leaves free pages behind
// (every index job is written, then deleted), and records written before
// the store compressed them.
func (l *Library) compactStore(ctx context.Context) error {
	c, ok := l.rawStore().(Compacter)
	if !ok {
		return nil
	}
	// The import is complete either way, and a compaction that fails
	// leaves the file as it was: a warning, not a failed import.
	if _, err := c.Compact(ctx, false); err != nil && ctx.Err() == nil {
		l.log.Warn("import: compact the store", "err", err)
	}
	return nil
}

// settleAfter is how many articles an import adds or updates before it
// settles the index at the end (see Library.settle): below that, Bleve's
// background merger keeps up on its own.
const settleAfter = 1000

// importFiles parses files on worker goroutines and writes them in batches
// from this one, while another goroutine brings the index up to date after
// every batch, so parsing, storing and indexing overlap. It returns once the
// index has everything stored.
func (l *Library) importFiles(ctx context.Context, files []importFile, opt ImportOptions, report func(ImportOutcome)) error {
	if len(files) == 0 {
		return nil
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pctx, stop := context.WithCancel(ctx)
	defer stop()
	jobs := make(chan importFile)
	results := make(chan prepared, 2*importBatch)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for f := range jobs {
				results <- l.prepare(pctx, f)
			}
		})
	}
	go func() {
		defer close(jobs)
		for _, f := range files {
			select {
			case jobs <- f:
			case <-pctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	// The indexer: one Sync per kick (kicks made meanwhile coalesce). When it
	// fails, parsing stops; what is stored keeps its jobs for the next Sync.
	// The writer takes a slot of ahead before each batch and the indexer
	// frees the slots of the batches a Sync covered, so storing runs at most
	// importAhead batches ahead of indexing: the workers' parsing then keeps
	// overlapping indexing to the end instead of finishing early and leaving
	// the index to catch up alone, and the backlog's jobs stay few.
	kick := make(chan struct{}, 1)
	indexed := make(chan error, 1)
	ahead := make(chan struct{}, importAhead)
	var stored atomic.Int64 // batches committed since the last Sync began
	go func() {
		var err error
		for range kick {
			n := stored.Swap(0)
			if err == nil {
				if err = l.Sync(context.WithoutCancel(ctx)); err != nil {
					stop()
				}
			}
			for range n {
				<-ahead
			}
		}
		indexed <- err
	}()
	finish := func(err error) error {
		close(kick)
		return errors.Join(err, <-indexed)
	}

	var batch []prepared
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		select {
		case ahead <- struct{}{}:
		case <-pctx.Done(): // the indexer failed, or ctx ended: nothing frees slots
		}
		outs, err := l.writeBatch(batch, opt.Update)
		batch = batch[:0]
		if err != nil {
			select {
			case <-ahead:
			default:
			}
			return err
		}
		stored.Add(1)
		for _, o := range outs {
			report(o)
		}
		select {
		case kick <- struct{}{}:
		default:
		}
		return nil
	}
	// A batch is written when full, or when its first article has waited
	// batchWait (so a slow or small import still shows progress).
	var due <-chan time.Time
	for {
		var p prepared
		var ok bool
		select {
		case p, ok = <-results:
		case <-due:
			due = nil
			if err := flush(); err != nil {
				stop()
				for range results { // let the workers finish
				}
				return finish(err)
			}
			continue
		case <-ctx.Done():
			// Keep what is parsed and whole; drop the rest.
			stop()
			ferr := flush()
			return finish(errors.Join(ctx.Err(), ferr))
		}
		if !ok {
			ferr := flush()
			// Cancelled while the last batch was written: report it, even
			// though everything parsed was kept.
			return finish(errors.Join(ctx.Err(), ferr))
		}
		if p.err != nil {
			report(ImportOutcome{Path: p.file.path, Status: ImportFailed, Reason: p.err.Error()})
			continue
		}
		batch = append(batch, p)
		if len(batch) == 1 {
			due = time.After(batchWait)
		}
		if len(batch) >= importBatch {
			due = nil
			if err := flush(); err != nil {
				stop()
				for range results { // let the workers finish
				}
				return finish(err)
			}
		}
	}
}

// batchWait is how long a parsed article may wait for its batch to fill.
const batchWait = 250 * time.Millisecond

// collect lists the files under path: the file itself, or every file in a
// folder tree (hidden files and folders left out, symbolic links not followed).
func collect(path string) ([]importFile, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	if !st.IsDir() {
		return []importFile{{path: path, explicit: true}}, nil
	}
	var out []importFile
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("cannot read %s: %w", p, err)
		}
		name := d.Name()
		if p != path && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			out = append(out, importFile{path: p})
		}
		return nil
	})
	return out, err
}

// prepare reads, parses and runs the quote finder on one file.
func (l *Library) prepare(ctx context.Context, f importFile) prepared {
	p := prepared{file: f}
	doc, err := l.docs.read(ctx, f.path)
	if err != nil {
		p.err = err
		return p
	}
	p.article = articleFromDocument(doc)
	p.article.Origin = f.path
	p.found = findQuotes(p.article.Text())
	return p
}

// writeBatch stores a batch of parsed articles in one transaction. While
// the index is live it also builds the batch's search documents and hands
// them to the indexer once the transaction has committed (handover.go).
func (l *Library) writeBatch(batch []prepared, update bool) ([]ImportOutcome, error) {
	var outs []ImportOutcome
	var docs map[string]handed
	hand := l.idx != nil && !l.stale.Load() && !l.hand.full()
	err := l.store.Update(func(tx Tx) error {
		outs, docs = outs[:0], nil
		rec := &jobRecorder{Tx: tx}
		for i := range batch {
			o, err := l.storeArticle(rec, &batch[i], update)
			if err != nil {
				return fmt.Errorf("import %s: %w", batch[i].file.path, err)
			}
			outs = append(outs, o)
		}
		if hand {
			docs = handOver(rec)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.hand.publish(docs)
	return outs, nil
}

// ImportDocument stores one parsed document (a paste, or a file read by the
// GUI) as a new article, with the same duplicate rules as Import.
func (l *Library) ImportDocument(ctx context.Context, doc *ingest.Document, origin string, update bool) (ImportOutcome, error) {
	if err := ingest.CheckTextSize(doc); err != nil {
		return ImportOutcome{}, fmt.Errorf("import %s: %w", origin, err)
	}
	p := prepared{file: importFile{path: origin, explicit: true}, article: articleFromDocument(doc)}
	p.article.Origin = origin
	if len(p.article.Body) == 0 {
		return ImportOutcome{}, fmt.Errorf("import %s: %w: no paragraphs of text", origin, ingest.ErrNoContent)
	}
	p.found = findQuotes(p.article.Text())
	outs, err := l.writeBatch([]prepared{p}, update)
	if err != nil {
		return ImportOutcome{}, err
	}
	l.Kick()
	if err := l.Sync(ctx); err != nil {
		return outs[0], err
	}
	return outs[0], nil
}

// storeArticle writes one article in tx: skipped when its content is already
// stored, updated in place (or reported) when its source is.
func (l *Library) storeArticle(tx Tx, p *prepared, update bool) (ImportOutcome, error) {
	a := &p.article
	// The title is a substring of the whole decoded file: a copy keeps the
	// summary from holding every imported file's text until Import returns.
	out := ImportOutcome{Path: p.file.path, Title: strings.Clone(a.Title)}
	if ids, err := tx.RefIDs(RefArticleHash, a.ContentHash); err != nil {
		return out, err
	} else if len(ids) > 0 {
		out.Status, out.ArticleID = ImportDuplicate, ids[0]
		out.Reason = "already in the library"
		return out, nil
	}
	for _, k := range sourceKeys(a) {
		ids, err := tx.RefIDs(RefArticleSource, k)
		if err != nil {
			return out, err
		}
		if len(ids) == 0 {
			continue
		}
		out.ArticleID = ids[0]
		if !update {
			out.Status = ImportExists
			out.Reason = "an earlier version of this article is in the library; import with update to replace its text"
			return out, nil
		}
		var old Article
		if err := tx.Get(BucketArticles, ids[0], &old); err != nil {
			return out, err
		}
		next := old
		next.Title, next.TitleGuessed, next.Source, next.Author, next.URL = a.Title, a.TitleGuessed, a.Source, a.Author, a.URL
		next.Published, next.Dateline, next.Body, next.Headings, next.Captions = a.Published, a.Dateline, a.Body, a.Headings, a.Captions
		next.Kicker = a.Kicker
		next.Origin = a.Origin
		next.Tags = mergeStrings(old.Tags, a.Tags)
		if err := l.replaceArticle(tx, &old, &next, "re-import of "+p.file.path); err != nil {
			return out, err
		}
		out.Status = ImportUpdated
		return out, nil
	}
	now := l.Now()
	a.Meta = newMeta(l.NewID(), now)
	a.Revision = 1
	if err := putArticle(tx, a); err != nil {
		return out, err
	}
	if err := addArticleRefs(tx, a); err != nil {
		return out, err
	}
	// setTags, not just addTagsOf: RefTagItems must list the article, or
	// tag renames, merges and browsing would miss it.
	if err := l.setTags(tx, TypeArticle, a.ID, nil, a.Tags); err != nil {
		return out, err
	}
	if err := enqueue(tx, TypeArticle, a.ID); err != nil {
		return out, err
	}
	if err := l.suggestQuotes(tx, a, p.found); err != nil {
		return out, err
	}
	out.Status, out.ArticleID = ImportAdded, a.ID
	return out, nil
}

func mergeStrings(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		dup := false
		for _, t := range out {
			if strings.EqualFold(s, t) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}
