package app

import (
	"context"
	"errors"
	"io"
)

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

// Bucket names a set of records keyed by ID. The on-disk layout (one bbolt
// bucket per name, JSON values) is the storage package's business; what is
// stored where is defined here, bucket by bucket.
type Bucket string

// The library's buckets. Every value carries its record version (Meta.V).
const (
	// BucketMeta holds library-wide values: "schema" (int), "index_stamp" (string).
	BucketMeta Bucket = "meta"
	// BucketArticles: Article by ID.
	BucketArticles Bucket = "articles"
	// BucketArticleVersions: ArticleVersion by "<articleID>/<revision %08d>".
	BucketArticleVersions Bucket = "article_versions"
	// BucketAnnotations: Annotation by ID.
	BucketAnnotations Bucket = "annotations"
	// BucketQuotes: Quote by ID.
	BucketQuotes Bucket = "quotes"
	// BucketQuoteVerdicts: QuoteVerdict by "<articleID>/<hash of quote text>":
	// rejected or corrected suggestions, so re-running the finder does not bring them back.
	BucketQuoteVerdicts Bucket = "quote_verdicts"
	// BucketPeople: Person by ID.
	BucketPeople Bucket = "people"
	// BucketNotes: Note by ID.
	BucketNotes Bucket = "notes"
	// BucketNoteVersions: NoteVersion by "<noteID>/<revision %08d>".
	BucketNoteVersions Bucket = "note_versions"
	// BucketTags: Tag by ID.
	BucketTags Bucket = "tags"
	// BucketArticleList: articleListRecord by article ID: what a list of
	// articles shows, written with every article (putArticle), so listing
	// reads a few dozen bytes per article instead of the whole record.
	BucketArticleList Bucket = "article_list"
	// BucketOutbox: IndexJob by a zero-padded sequence number; written in the
	// same transaction as the change it reflects, deleted once the index has it.
	BucketOutbox Bucket = "outbox"
)

// Buckets lists every bucket, for storage to create and for checks.
var Buckets = []Bucket{BucketMeta, BucketArticles, BucketArticleVersions, BucketAnnotations,
	BucketQuotes, BucketQuoteVerdicts, BucketPeople, BucketNotes, BucketNoteVersions, BucketTags, BucketOutbox, BucketArticleList}

// Ref names a secondary index: a set of (key, id) pairs kept in step with the
// records in the same transaction.
type Ref string

// The library's secondary indexes.
const (
	RefArticleAnnotations Ref = "article_annotations" // article ID → annotation ID
	RefArticleQuotes      Ref = "article_quotes"      // article ID → quote ID
	RefPersonQuotes       Ref = "person_quotes"       // person ID → quote ID
	RefTagItems           Ref = "tag_items"           // tag name key → "<kind>:<id>" of every carrier
	RefArticleHash        Ref = "article_hash"        // normalised content hash → article ID
	RefArticleSource      Ref = "article_source"      // URL, or "title\x1fsource" key → article ID
	RefPersonName         Ref = "person_name"         // name or alias key → person ID
	RefTagName            Ref = "tag_name"            // tag name key → tag ID
	RefNoteTitle          Ref = "note_title"          // title or alias key → note ID
	RefArticleTitle       Ref = "article_title"       // title key → article ID, for [[links]]
	RefLinks              Ref = "links"               // link target key → "<kind>:<id>" of the page linking to it
	RefQuoteStatus        Ref = "quote_status"        // quote status → quote ID, for review counts
	// RefAnchorState lists the anchors that are not attached exactly, for the
	// sidebar's counts: "<kind>/<state>" (kind annotation or quote, state
	// orphaned or fuzzy) → annotation or quote ID. Rejected quotes are left out.
	RefAnchorState Ref = "anchor_state"
)

// Refs lists every secondary index.
var Refs = []Ref{RefArticleAnnotations, RefArticleQuotes, RefPersonQuotes, RefTagItems,
	RefArticleHash, RefArticleSource, RefPersonName, RefTagName, RefNoteTitle, RefArticleTitle, RefLinks, RefQuoteStatus, RefAnchorState}

// Store is the library's source of truth: transactions over buckets of
// records and secondary indexes. It is implemented by package storage.
type Store interface {
	// View runs fn in a read-only transaction.
	View(fn func(Tx) error) error
	// Update runs fn in a read-write transaction, committed when fn returns
	// nil and rolled back otherwise.
	Update(fn func(Tx) error) error
	// Backup writes a consistent copy of the whole store to w.
	Backup(w io.Writer) (int64, error)
	// Check verifies the store's internal consistency.
	Check() error
	// Path is the store file, for messages.
	Path() string
	Close() error
}

// Compacter is a Store that can rewrite its file without the space that
// deleted and rewritten records leave behind, and compressed. Import calls
// it after bulk work; without force the store decides whether the file has
// grown enough since the last time to be worth it.
type Compacter interface {
	Compact(ctx context.Context, force bool) (bool, error)
}

// Tx is one store transaction. Values are encoded by the store; pass
// pointers to Get and values or pointers to Put.
type Tx interface {
	Get(b Bucket, id string, v any) error // ErrNotFound when absent
	Has(b Bucket, id string) bool
	Put(b Bucket, id string, v any) error
	Delete(b Bucket, id string) error
	// ForEach calls fn for every record whose ID starts with prefix, in ID
	// order; decode decodes the record. Returning ErrStop ends the walk.
	// fn must not write to bucket b (collect, then write).
	ForEach(b Bucket, prefix string, fn func(id string, decode func(v any) error) error) error
	// ForEachReverse is ForEach from the last ID to the first.
	ForEachReverse(b Bucket, prefix string, fn func(id string, decode func(v any) error) error) error
	// ForEachAfter is ForEach over every record whose ID sorts after
	// after (every record for ""): a long walk resumes there in a new
	// transaction without going over what it has done.
	ForEachAfter(b Bucket, after string, fn func(id string, decode func(v any) error) error) error
	Count(b Bucket) int
	// NextSeq returns the bucket's next sequence number.
	NextSeq(b Bucket) (uint64, error)

	AddRef(r Ref, key, id string) error
	RemoveRef(r Ref, key, id string) error
	// RefIDs returns the IDs stored under key, in ID order.
	RefIDs(r Ref, key string) ([]string, error)
	// ForEachRef walks every (key, id) pair whose key starts with prefix.
	ForEachRef(r Ref, prefix string, fn func(key, id string) error) error
}

// ErrStop ends a ForEach walk early without error.
var ErrStop = errors.New("stop")
