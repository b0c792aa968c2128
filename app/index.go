package app

import (
	"context"
	"time"
)

// DocType is the type of a searchable document.
type DocType string

// Searchable document types.
const (
	TypeArticle    DocType = "article"
	TypeAnnotation DocType = "annotation"
	TypeQuote      DocType = "quote"
	TypeNote       DocType = "note"
	TypePerson     DocType = "person"
	TypeTag        DocType = "tag"
)

// DocTypes are all the searchable document types.
var DocTypes = []DocType{TypeArticle, TypeAnnotation, TypeQuote, TypeNote, TypePerson, TypeTag}

// IndexDoc is what the search index holds of one record. It is derived from
// the store and can be rebuilt at any time. Text fields are analysed for
// search; they need not be stored by the index, since fragments are built
// from the store's text with the locations a search returns.
type IndexDoc struct {
	ID      string
	Type    DocType
	Title   string
	Body    string    // article text, quote text, note body, annotation's highlighted text
	Note    string    // annotation or quote note
	Names   []string  // person name and aliases; a quote's speaker and aliases
	Tags    []string  // tags with every parent of a hierarchical tag
	Speaker string    // keyword: a quote's speaker
	Source  string    // keyword
	Author  string    // keyword
	Status  string    // keyword: quote status, anchor state
	Article string    // article ID of an annotation or quote
	Date    time.Time // published (articles, their quotes and annotations) or updated
	// Fingerprint summarises the document so Check can tell a stale entry.
	Fingerprint string
}

// Text fields of an IndexDoc, as named in search locations.
const (
	FieldTitle = "title"
	FieldBody  = "body"
	FieldNote  = "note"
	FieldNames = "names"
)

// IndexBatch is a set of index changes applied together.
type IndexBatch struct {
	Upserts []IndexDoc
	Deletes []string
}

// SortOrder orders search hits.
type SortOrder string

// Sort orders.
const (
	SortRelevance SortOrder = ""
	SortNewest    SortOrder = "newest"
	SortOldest    SortOrder = "oldest"
)

// SearchRequest is a query in the Bleve query-string syntax plus filters.
type SearchRequest struct {
	Query    string
	Types    []DocType
	Tags     []string // each must match (a tag matches its sub-tags)
	Speakers []string
	Sources  []string
	Article  string // restrict to one article's annotations and quotes
	Sort     SortOrder
	From     int
	Size     int  // 0 means 20
	Facets   bool // compute facet counts
}

// IndexHit is one search hit as the index returns it.
type IndexHit struct {
	ID    string
	Type  DocType
	Score float64
}

// Matcher finds where a search matched in a document's text, for fragments
// and highlights: the index reads the text (from the store) as it read the
// indexed copy. A Matcher is used by one goroutine at a time.
type Matcher interface {
	// Locate returns the sorted byte spans of text, the content of field
	// (FieldTitle, FieldBody, FieldNote, or FieldNames joined by any
	// separator that is not a word), that the query matched.
	Locate(field, text string) [][2]int
	// Clone returns a matcher of the same query for another goroutine.
	Clone() Matcher
}

// FacetCount is one facet value with its count.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Facet names.
const (
	FacetType    = "type"
	FacetTag     = "tag"
	FacetSpeaker = "speaker"
	FacetSource  = "source"
	FacetMonth   = "month" // "2021-06"
)

// IndexResult is the index's answer to a search.
type IndexResult struct {
	Total  uint64
	Hits   []IndexHit
	Facets map[string][]FacetCount
	// Matcher locates the query's matches in the hits' text; nil when the
	// query has no words to show (a filter, a speaker).
	Matcher Matcher
	Took    time.Duration
}

// Index is the library's search index, a projection of the Store. It is
// implemented by package index.
type Index interface {
	Apply(ctx context.Context, b IndexBatch) error
	Search(ctx context.Context, req SearchRequest) (IndexResult, error)
	// Fingerprints walks every document's ID and fingerprint.
	Fingerprints(ctx context.Context, fn func(id, fingerprint string) error) error
	// Reset empties the index.
	Reset(ctx context.Context) error
	// Stamp and SetStamp keep a marker that ties the index to the store's
	// state; an index that was recreated has an empty stamp.
	Stamp() (string, error)
	SetStamp(s string) error
	// Settle merges what bulk work left fragmented in the index and returns
	// when nothing is left to merge; cancelling it loses nothing.
	Settle(ctx context.Context) error
	Close() error
}
