package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"dossier/app/anchor"
	"dossier/app/wikilink"
)

// Bundle merging: the records of a Dossier bundle (read by package export)
// are merged into the library in one transaction, by the rules of merge.go.

// Buckets used by bundle merges.
const (
	// BucketBundleSync: BundleSync by record ID — the version of a record
	// last exchanged through a bundle (the common base of later edits).
	BucketBundleSync Bucket = "bundle_sync"
	// BucketBundleImports: BundleImport by a zero-padded sequence number.
	BucketBundleImports Bucket = "bundle_imports"
)

// BundleSync records the version of a record exchanged with another library.
type BundleSync struct {
	Origin   string    `json:"origin"`
	Base     time.Time `json:"base"` // the record's Updated when exchanged
	Imported time.Time `json:"imported"`
}

// BundleImport records one bundle merged into the library.
type BundleImport struct {
	Origin   string      `json:"origin"`
	File     string      `json:"file"`
	Exported time.Time   `json:"exported"`
	At       time.Time   `json:"at"`
	Report   MergeReport `json:"report"`
}

// BundleData is the content of a bundle, decoded and ready to merge.
type BundleData struct {
	// Origin names the library the bundle comes from.
	Origin   string
	File     string
	Exported time.Time
	// Bases holds, by record ID, the version (Updated) the exporting
	// library last exchanged with others: the common base for conflicts.
	Bases map[string]time.Time
	// OwnBases says Bases is all there is: a record it does not name was
	// never exchanged by the sender. Sync sets it, since a device takes
	// change sets from many others and what it last took from one is no
	// common base with the next; a colleague's bundle leaves it unset, and
	// the version last taken from it serves.
	OwnBases    bool
	Tags        []Tag
	People      []Person
	Articles    []Article
	Annotations []Annotation
	Quotes      []Quote
	Notes       []Note
	// History holds, by article ID, the content hashes of the article's
	// texts in the exporting library (current first): the same article is
	// recognised by them when it has another ID here.
	History map[string][]string
	// Aliases maps IDs the exporting library knows records by (another
	// library's, or a person merged away) to its own.
	Aliases map[string]string
	// Ancestors holds, by record ID, versions (Updated) that the record's
	// version descends from or superseded in the exporting library.
	Ancestors map[string][]time.Time
	// Changed lists, in a sync change set, the records the sender changed;
	// the others come along as context (an annotation's article).
	Changed []string
	// Deleted lists, in a sync change set, the records the sender deleted.
	Deleted []Tombstone

	aliasIndex map[string][]string // Aliases by target, built on first use
}

// aliasesTo lists the IDs the bundle says became id, in order.
func (b *BundleData) aliasesTo(id string) []string {
	if b.aliasIndex == nil {
		b.aliasIndex = map[string][]string{}
		for from, to := range b.Aliases {
			b.aliasIndex[to] = append(b.aliasIndex[to], from)
		}
		for _, froms := range b.aliasIndex {
			slices.Sort(froms)
		}
	}
	return b.aliasIndex[id]
}

// MergeConflict is a record changed differently on both sides, and where
// the merge kept the side that is not current.
type MergeConflict struct {
	Kind   DocType   `json:"kind"`
	ID     string    `json:"id"`
	CopyID string    `json:"copy_id,omitempty"` // the other decision, stored beside the record
	Title  string    `json:"title"`
	Field  string    `json:"field,omitempty"` // text, body, note, page, status, ...
	Note   string    `json:"note,omitempty"`
	Origin string    `json:"origin,omitempty"`
	At     time.Time `json:"at,omitzero"`
}

// MergeReport says what a bundle merge did.
type MergeReport struct {
	Added     int             `json:"added"`
	Updated   int             `json:"updated"`
	Unchanged int             `json:"unchanged"`
	Kept      int             `json:"kept"` // the local version is newer
	Conflicts []MergeConflict `json:"conflicts"`
}

// ErrBadBundle is returned for bundles whose content cannot be merged.
var ErrBadBundle = errors.New("invalid bundle")

// MergeBundle validates b and merges it into the library in one store
// transaction: on any error nothing is written.
func (l *Library) MergeBundle(ctx context.Context, b *BundleData) (MergeReport, error) {
	return l.mergeBundle(ctx, b, nil)
}

// mergeBundle is MergeBundle that also runs also(tx) in the merge's
// transaction.
func (l *Library) mergeBundle(ctx context.Context, b *BundleData, also func(Tx) error) (MergeReport, error) {
	rep := MergeReport{Conflicts: []MergeConflict{}}
	if strings.TrimSpace(b.Origin) == "" {
		b.Origin = "unknown library"
	}
	if err := validateBundle(b); err != nil {
		return rep, err
	}
	err := l.store.Update(func(tx Tx) error {
		rep = MergeReport{Conflicts: []MergeConflict{}}
		m := newMerger(l, tx, b, &rep)
		if err := m.run(ctx); err != nil {
			return err
		}
		if also != nil {
			if err := also(tx); err != nil {
				return err
			}
		}
		seq, err := tx.NextSeq(BucketBundleImports)
		if err != nil {
			return err
		}
		return tx.Put(BucketBundleImports, fmt.Sprintf("%016x", seq),
			BundleImport{Origin: b.Origin, File: b.File, Exported: b.Exported, At: m.now, Report: rep})
	})
	if err != nil {
		return MergeReport{}, fmt.Errorf("merge bundle from %s: %w", b.Origin, err)
	}
	l.Kick()
	if err := l.Sync(ctx); err != nil {
		return rep, err
	}
	return rep, nil
}

// validateBundle checks everything that does not depend on the library.
func validateBundle(b *BundleData) error {
	seen := map[string]bool{}
	id := func(kind, v string) error {
		if !ValidID(v) {
			return fmt.Errorf("%w: %s has a malformed ID %q", ErrBadBundle, kind, truncate(v, 40))
		}
		if seen[v] {
			return fmt.Errorf("%w: %s %s appears twice", ErrBadBundle, kind, v)
		}
		seen[v] = true
		return nil
	}
	texts := map[string]int{}
	for i := range b.Tags {
		t := &b.Tags[i]
		if err := id("tag", t.ID); err != nil {
			return err
		}
		n, err := NormalizeTag(t.Name)
		if err != nil {
			return fmt.Errorf("%w: tag %s: %w", ErrBadBundle, t.ID, err)
		}
		t.Name = n
	}
	for i := range b.People {
		p := &b.People[i]
		if err := id("person", p.ID); err != nil {
			return err
		}
		if strings.TrimSpace(p.Name) == "" {
			return fmt.Errorf("%w: person %s has no name", ErrBadBundle, p.ID)
		}
	}
	for i := range b.Articles {
		a := &b.Articles[i]
		if err := id("article", a.ID); err != nil {
			return err
		}
		if len(a.Body) == 0 {
			return fmt.Errorf("%w: article %s has no text", ErrBadBundle, a.ID)
		}
		tags, err := NormalizeTags(a.Tags)
		if err != nil {
			return fmt.Errorf("%w: article %s: %w", ErrBadBundle, a.ID, err)
		}
		a.Tags = tags
		a.ContentHash = ContentHash(a.Body)
		if a.Revision < 1 {
			a.Revision = 1
		}
		texts[a.ID] = utf8.RuneCountInString(a.Text())
	}
	target := func(kind, rid string, t *Target) error {
		if !ValidID(t.ArticleID) {
			return fmt.Errorf("%w: %s %s points at a malformed article ID", ErrBadBundle, kind, rid)
		}
		s := t.Selector
		if n, ok := texts[t.ArticleID]; ok && !t.Orphaned() && (s.Start < 0 || s.Start >= s.End || s.End > n) {
			return fmt.Errorf("%w: %s %s has a span [%d,%d) outside its article", ErrBadBundle, kind, rid, s.Start, s.End)
		}
		return nil
	}
	for i := range b.Annotations {
		an := &b.Annotations[i]
		if err := id("annotation", an.ID); err != nil {
			return err
		}
		if err := target("annotation", an.ID, &an.Target); err != nil {
			return err
		}
		tags, err := NormalizeTags(an.Tags)
		if err != nil {
			return fmt.Errorf("%w: annotation %s: %w", ErrBadBundle, an.ID, err)
		}
		an.Tags = tags
	}
	for i := range b.Quotes {
		q := &b.Quotes[i]
		if err := id("quote", q.ID); err != nil {
			return err
		}
		if err := target("quote", q.ID, &q.Target); err != nil {
			return err
		}
		if q.Status == "" {
			q.Status = QuoteSuggested
		}
		if !ValidQuoteStatus(q.Status) {
			return fmt.Errorf("%w: quote %s has status %q", ErrBadBundle, q.ID, q.Status)
		}
		tags, err := NormalizeTags(q.Tags)
		if err != nil {
			return fmt.Errorf("%w: quote %s: %w", ErrBadBundle, q.ID, err)
		}
		q.Tags = tags
	}
	for i := range b.Notes {
		n := &b.Notes[i]
		if err := id("note", n.ID); err != nil {
			return err
		}
		if err := wikilink.ValidateTitle(n.Title); err != nil {
			return fmt.Errorf("%w: note %s: %w", ErrBadBundle, n.ID, err)
		}
		tags, err := NormalizeTags(n.Tags)
		if err != nil {
			return fmt.Errorf("%w: note %s: %w", ErrBadBundle, n.ID, err)
		}
		n.Tags = tags
	}
	return nil
}

type merger struct {
	l   *Library
	tx  Tx
	b   *BundleData
	rep *MergeReport
	now time.Time
	// ids maps incoming IDs to the local records they were merged with.
	ids map[string]string
	// tagNames maps incoming tag names (by key) to the names they have here.
	tagNames map[string]string
	// inText holds the bundle's text of each article, for moving its
	// annotations and quotes onto the merged text; docs caches the anchor
	// documents of merged texts.
	inText map[string]string
	docs   map[string]*anchor.Doc
	texts  map[string]string // merged texts by local article ID
	// losers hold, by ID, the Article or Note whose text a merge did not
	// make current, to keep as a revision.
	losers map[string]any
	// cur is the incoming ID of the record being merged.
	cur string
	// past maps earlier content hashes to articles (built on demand).
	past map[string]string
}

func newMerger(l *Library, tx Tx, b *BundleData, rep *MergeReport) *merger {
	if b.Bases == nil {
		b.Bases = map[string]time.Time{}
	}
	return &merger{l: l, tx: tx, b: b, rep: rep, now: l.Now(), ids: map[string]string{}, tagNames: map[string]string{},
		inText: map[string]string{}, texts: map[string]string{}, docs: map[string]*anchor.Doc{}, losers: map[string]any{}}
}

// run merges the record types in the order their references need: tags
// and people before what carries or cites them, articles before their
// annotations and quotes.
func (m *merger) run(ctx context.Context) error {
	steps := []func() error{
		func() error { return mergeAll(m, m.tagRules(), m.b.Tags) },
		func() error { return mergeAll(m, m.personRules(), m.b.People) },
		func() error { return mergeAll(m, m.articleRules(), m.b.Articles) },
		func() error { return mergeAll(m, m.annotationRules(), m.b.Annotations) },
		func() error { return mergeAll(m, m.quoteRules(), m.b.Quotes) },
		func() error { return mergeAll(m, m.noteRules(), m.b.Notes) },
	}
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}
