package app

import (
	"errors"
	"fmt"
	"time"
)

// SchemaVersion is the library layout this code reads and writes. Version
// history:
//
//	1: first release: records, no duplicate-detection indexes.
//	2: article_hash, article_source and article_title indexes (re-imports are
//	   detected, [[links]] find articles) and quote_status (review counts).
//	3: anchor_state index (the sidebar counts orphaned and flagged anchors
//	   without reading every annotation and quote).
//	4: article_list bucket (listing articles reads a short entry per article
//	   instead of the whole record).
//	5: links index entries for [[links]] in highlights' notes (they are
//	   backlinks of the pages they name).
const SchemaVersion = 5

// ErrNewerSchema is returned for a library written by a newer Dossier.
var ErrNewerSchema = errors.New("library was written by a newer version of Dossier")

// migration upgrades a library from version from to from+1, inside the same
// transaction that records the new version.
type migration struct {
	from  int
	name  string
	apply func(tx Tx, now time.Time) error
}

// migrations returns the upgrade steps in order.
func migrations() []migration {
	return []migration{
		{from: 1, name: "index articles by content hash and source", apply: migrateAddArticleRefs},
		{from: 2, name: "index orphaned and flagged anchors", apply: migrateAddAnchorStates},
		{from: 3, name: "list entries for articles", apply: migrateAddArticleList},
		{from: 4, name: "index links in highlights' notes", apply: migrateAddAnnotationLinks},
	}
}

func migrate(store Store, now func() time.Time) error {
	// An up-to-date library needs no write transaction, so read-only opens
	// (list, show, search from the command line) work.
	var cur int
	if store.View(func(tx Tx) error { return tx.Get(BucketMeta, metaSchema, &cur) }) == nil && cur == SchemaVersion {
		return nil
	}
	return store.Update(func(tx Tx) error {
		var v int
		err := tx.Get(BucketMeta, metaSchema, &v)
		switch {
		case errors.Is(err, ErrNotFound):
			if tx.Count(BucketArticles) > 0 || tx.Count(BucketNotes) > 0 {
				v = 1 // written before the schema was recorded
			} else {
				return tx.Put(BucketMeta, metaSchema, SchemaVersion) // new library
			}
		case err != nil:
			return fmt.Errorf("read schema version: %w", err)
		}
		if v > SchemaVersion {
			return fmt.Errorf("%w (schema %d, this Dossier reads up to %d)", ErrNewerSchema, v, SchemaVersion)
		}
		for _, m := range migrations() {
			if m.from < v {
				continue
			}
			if err := m.apply(tx, now().UTC()); err != nil {
				return fmt.Errorf("migrate schema %d→%d (%s): %w", m.from, m.from+1, m.name, err)
			}
			v = m.from + 1
		}
		return tx.Put(BucketMeta, metaSchema, v)
	})
}

func migrateAddArticleRefs(tx Tx, _ time.Time) error {
	var arts []Article
	if err := tx.ForEach(BucketArticles, "", func(id string, decode func(any) error) error {
		var a Article
		if err := decode(&a); err != nil {
			return err
		}
		arts = append(arts, a)
		return nil
	}); err != nil {
		return err
	}
	for i := range arts {
		a := &arts[i]
		if a.ContentHash == "" {
			a.ContentHash = ContentHash(a.Body)
			a.V = RecordVersion
			if err := tx.Put(BucketArticles, a.ID, a); err != nil {
				return err
			}
		}
		if err := addArticleRefs(tx, a); err != nil {
			return err
		}
	}
	type qs struct{ id, status string }
	var quotes []qs
	if err := tx.ForEach(BucketQuotes, "", func(id string, decode func(any) error) error {
		var q Quote
		if err := decode(&q); err != nil {
			return err
		}
		quotes = append(quotes, qs{id, string(q.Status)})
		return nil
	}); err != nil {
		return err
	}
	for _, q := range quotes {
		if err := tx.AddRef(RefQuoteStatus, q.status, q.id); err != nil {
			return err
		}
	}
	return nil
}

// migrateAddAnchorStates fills RefAnchorState from every annotation and
// quote, decoding only their anchor state and a quote's status.
func migrateAddAnchorStates(tx Tx, _ time.Time) error {
	type slim struct {
		State  AnchorState `json:"state"`
		Status QuoteStatus `json:"status"`
	}
	type entry struct{ key, id string }
	var add []entry
	for _, b := range []struct {
		bucket Bucket
		kind   DocType
	}{{BucketAnnotations, TypeAnnotation}, {BucketQuotes, TypeQuote}} {
		if err := tx.ForEach(b.bucket, "", func(id string, decode func(any) error) error {
			var s slim
			if err := decode(&s); err != nil {
				return err
			}
			if k := anchorStateKey(b.kind, s.State, b.kind == TypeQuote && s.Status == QuoteRejected); k != "" {
				add = append(add, entry{k, id})
			}
			return nil
		}); err != nil {
			return err
		}
	}
	for _, e := range add {
		if err := tx.AddRef(RefAnchorState, e.key, e.id); err != nil {
			return err
		}
	}
	return nil
}

// migrateAddAnnotationLinks adds RefLinks entries for the [[links]] in
// every highlight's note.
func migrateAddAnnotationLinks(tx Tx, _ time.Time) error {
	type noted struct {
		id, note string
	}
	var all []noted
	if err := tx.ForEach(BucketAnnotations, "", func(id string, decode func(any) error) error {
		var r struct {
			Note string `json:"note"`
		}
		if err := decode(&r); err != nil {
			return err
		}
		if r.Note != "" {
			all = append(all, noted{id, r.Note})
		}
		return nil
	}); err != nil {
		return err
	}
	for _, n := range all {
		if err := setLinks(tx, carrier(TypeAnnotation, n.id), "", n.note); err != nil {
			return err
		}
	}
	return nil
}
