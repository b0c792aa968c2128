package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Sync between devices (package app/syncer) carries records as bundle data:
// what this device changed since its last push goes out, what the others
// changed comes in through the bundle merge. The library's part is kept
// here: a journal of local changes, the version of each record last
// exchanged (the common base for conflicts, and how an incoming change is
// told from a local one), and the sync state, each written in the same
// transaction as the change it belongs to.
const (
	// BucketSyncJournal: IndexJob by a zero-padded sequence number, for every
	// change since this device last pushed; written with the change (enqueue)
	// once sync is set up, deleted by the push that carried it.
	BucketSyncJournal Bucket = "sync_journal"
	// BucketSyncBase: time.Time by record ID: the version (Updated) of the
	// record last pushed or received.
	BucketSyncBase Bucket = "sync_base"
	// metaSync (in BucketMeta) holds the SyncConfig.
	metaSync = "sync"
)

// SyncConfig is a library's sync set-up. State is the sync log's own
// record of how far it has pushed and read, opaque to the library.
type SyncConfig struct {
	Device  string `json:"device"`
	Analyst string `json:"analyst,omitempty"`
	Target  string `json:"target,omitempty"` // where, for the status line; never a credential
	// Spec is the sync target's settings (app/syncer's), opaque here.
	Spec  json.RawMessage `json:"spec,omitempty"`
	State json.RawMessage `json:"state,omitempty"`
	Last  time.Time       `json:"last,omitempty"` // the last sync that ended without error
}

// ErrSyncOff is returned by the sync use cases of a library that has no
// sync set up.
var ErrSyncOff = errors.New("sync is not set up for this library")

// journal records a change for the next push, when sync is set up.
func journal(tx Tx, typ DocType, id string) error {
	if !tx.Has(BucketMeta, metaSync) {
		return nil
	}
	seq, err := tx.NextSeq(BucketSyncJournal)
	if err != nil {
		return fmt.Errorf("journal change: %w", err)
	}
	return tx.Put(BucketSyncJournal, fmt.Sprintf("%016x", seq), IndexJob{Type: typ, ID: id})
}

// SyncSettings returns the library's sync set-up, or ErrSyncOff.
func (l *Library) SyncSettings() (SyncConfig, error) {
	var c SyncConfig
	err := l.store.View(func(tx Tx) error { return tx.Get(BucketMeta, metaSync, &c) })
	if errors.Is(err, ErrNotFound) {
		return c, ErrSyncOff
	}
	return c, err
}

// SetUpSync turns sync on (or changes where it goes). From now on every
// change is journaled; set up for the first time, it journals every record,
// so the first pushes carry the whole library.
func (l *Library) SetUpSync(ctx context.Context, c SyncConfig) error {
	if c.Device == "" {
		return errors.New("set up sync: no device ID")
	}
	return l.store.Update(func(tx Tx) error {
		var old SyncConfig
		err := tx.Get(BucketMeta, metaSync, &old)
		if err == nil && old.Device == c.Device && old.Target == c.Target {
			c.State, c.Last = old.State, old.Last
			return tx.Put(BucketMeta, metaSync, c)
		}
		if err := tx.Put(BucketMeta, metaSync, c); err != nil {
			return err
		}
		// A new target has none of the records: forget what went elsewhere.
		var bases []string
		if err := tx.ForEach(BucketSyncBase, "", func(id string, _ func(any) error) error {
			bases = append(bases, id)
			return nil
		}); err != nil {
			return err
		}
		for _, id := range bases {
			if err := tx.Delete(BucketSyncBase, id); err != nil {
				return err
			}
		}
		for _, bk := range syncedBuckets {
			var ids []string
			if err := tx.ForEach(bk.b, "", func(id string, _ func(any) error) error {
				ids = append(ids, id)
				return ctx.Err()
			}); err != nil {
				return err
			}
			for _, id := range ids {
				if err := journal(tx, bk.t, id); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// syncedBuckets are the records that sync carries, in the order a merge
// wants them.
var syncedBuckets = []struct {
	b Bucket
	t DocType
}{{BucketTags, TypeTag}, {BucketPeople, TypePerson}, {BucketArticles, TypeArticle},
	{BucketAnnotations, TypeAnnotation}, {BucketQuotes, TypeQuote}, {BucketNotes, TypeNote}}

// SyncPending is the next push: the records changed here since the last
// one as bundle data, and the journal
// position it reaches. Records that only came in from other devices since
// are left out. Annotations and quotes bring their article and speakers, so
// a device that has not yet read the article's own change set can place
// them.
func (l *Library) SyncPending(ctx context.Context, max int) (*BundleData, string, error) {
	var b *BundleData
	var upto string
	err := l.store.View(func(tx Tx) error {
		var c SyncConfig
		if err := tx.Get(BucketMeta, metaSync, &c); err != nil {
			if errors.Is(err, ErrNotFound) {
				return ErrSyncOff
			}
			return err
		}
		p := newPending(tx, c.Device)
		if err := tx.ForEach(BucketSyncJournal, "", func(key string, decode func(any) error) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if max > 0 && p.n >= max {
				return ErrStop
			}
			var job IndexJob
			if err := decode(&job); err != nil {
				return err
			}
			upto = key
			return p.put(job.Type, job.ID, true)
		}); err != nil {
			return err
		}
		b = p.b
		return p.aliases()
	})
	return b, upto, err
}

// SyncWhole is every record of the library as bundle data, for a snapshot.
func (l *Library) SyncWhole(ctx context.Context) (*BundleData, error) {
	var b *BundleData
	err := l.store.View(func(tx Tx) error {
		var c SyncConfig
		if err := tx.Get(BucketMeta, metaSync, &c); err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		p := newPending(tx, c.Device)
		if err := p.whole(ctx); err != nil {
			return err
		}
		b = p.b
		return p.aliases()
	})
	return b, err
}

// pending gathers the records of a push.
type pending struct {
	tx      Tx
	b       *BundleData
	seen    map[string]bool
	changed map[string]bool // changed here, not only context
	n       int
}

// bucketOf is where each kind of record a push carries is kept.
var bucketOf = map[DocType]Bucket{TypeTag: BucketTags, TypePerson: BucketPeople, TypeArticle: BucketArticles,
	TypeAnnotation: BucketAnnotations, TypeQuote: BucketQuotes, TypeNote: BucketNotes}

func newPending(tx Tx, device string) *pending {
	return &pending{tx: tx, seen: map[string]bool{}, changed: map[string]bool{},
		b: &BundleData{Origin: "device " + device, Exported: time.Now().UTC(), Bases: map[string]time.Time{}, OwnBases: true,
			History: map[string][]string{}, Aliases: map[string]string{}, Ancestors: map[string][]time.Time{}}}
}

// aliases adds the IDs this library knows the push's records by (a person
// merged into another, another library's ID for an article), so a device
// that holds the record under the other ID follows.
func (p *pending) aliases() error {
	return p.tx.ForEach(BucketMergeIDs, "", func(from string, decode func(any) error) error {
		var to string
		if err := decode(&to); err != nil {
			return err
		}
		if p.seen[to] {
			p.b.Aliases[from] = to
		}
		return nil
	})
}

// whole adds every record.
func (p *pending) whole(ctx context.Context) error {
	for _, bk := range syncedBuckets {
		if err := p.tx.ForEach(bk.b, "", func(id string, _ func(any) error) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			return p.put(bk.t, id, false)
		}); err != nil {
			return err
		}
	}
	return nil
}

// put adds the record's current state to the push. changedOnly leaves out
// a record whose version is the one last exchanged (it came from another
// device, or went out before); a record named only as context (an
// annotation's article) always goes.
func (p *pending) put(typ DocType, id string, changedOnly bool) error {
	var base time.Time
	hasBase := p.tx.Get(BucketSyncBase, id, &base) == nil
	if p.seen[id] {
		// Already in as context: the journal may say it changed too.
		if changedOnly && !p.changed[id] {
			var m struct {
				Updated time.Time `json:"updated"`
			}
			if p.tx.Get(bucketOf[typ], id, &m) == nil && !(hasBase && m.Updated.Equal(base)) {
				p.changed[id] = true
				p.b.Changed = append(p.b.Changed, id)
			}
		}
		return nil
	}
	keep := func(m Meta) bool {
		if changedOnly && hasBase && m.Updated.Equal(base) {
			return false
		}
		p.seen[id] = true
		p.n++
		if changedOnly {
			p.changed[id] = true
			p.b.Changed = append(p.b.Changed, id)
		}
		if hasBase {
			p.b.Bases[id] = base
		}
		if anc, err := Ancestors(p.tx, id); err == nil && len(anc) > 0 {
			p.b.Ancestors[id] = anc
		}
		return true
	}
	get := func(b Bucket, v any) (bool, error) {
		err := p.tx.Get(b, id, v)
		if errors.Is(err, ErrNotFound) {
			// Deleted since: others that had it delete it too, unless they
			// changed it since the version this device last exchanged.
			if changedOnly && hasBase && deletable[typ] && !p.seen[id] {
				p.seen[id] = true
				p.b.Deleted = append(p.b.Deleted, Tombstone{Type: typ, ID: id, Base: base})
			}
			return false, nil
		}
		return err == nil, err
	}
	switch typ {
	case TypeArticle:
		var a Article
		if ok, err := get(BucketArticles, &a); !ok || !keep(a.Meta) {
			return err
		}
		p.b.Articles = append(p.b.Articles, a)
		hist, err := ArticleHistory(p.tx, id)
		if err != nil {
			return err
		}
		if len(hist) > 0 {
			p.b.History[id] = hist
		}
	case TypeAnnotation:
		var an Annotation
		if ok, err := get(BucketAnnotations, &an); !ok || !keep(an.Meta) {
			return err
		}
		p.b.Annotations = append(p.b.Annotations, an)
		return p.put(TypeArticle, an.ArticleID, false)
	case TypeQuote:
		var q Quote
		if ok, err := get(BucketQuotes, &q); !ok || !keep(q.Meta) {
			return err
		}
		p.b.Quotes = append(p.b.Quotes, q)
		if q.SpeakerID != "" {
			if err := p.put(TypePerson, q.SpeakerID, false); err != nil {
				return err
			}
		}
		return p.put(TypeArticle, q.ArticleID, false)
	case TypePerson:
		var ps Person
		if ok, err := get(BucketPeople, &ps); !ok || !keep(ps.Meta) {
			return err
		}
		p.b.People = append(p.b.People, ps)
	case TypeNote:
		var n Note
		if ok, err := get(BucketNotes, &n); !ok || !keep(n.Meta) {
			return err
		}
		p.b.Notes = append(p.b.Notes, n)
	case TypeTag:
		var t Tag
		if ok, err := get(BucketTags, &t); !ok || !keep(t.Meta) {
			return err
		}
		p.b.Tags = append(p.b.Tags, t)
	}
	return nil
}

// SyncPushed records that the push of b, up to journal position upto, is on
// the target, with the sync log's new state: in one transaction, so a crash
// either keeps the journal for the next push or has it all recorded.
func (l *Library) SyncPushed(b *BundleData, upto string, state []byte) error {
	return l.store.Update(func(tx Tx) error {
		var c SyncConfig
		if err := tx.Get(BucketMeta, metaSync, &c); err != nil {
			return err
		}
		var keys []string
		if upto != "" {
			if err := tx.ForEach(BucketSyncJournal, "", func(key string, _ func(any) error) error {
				if key > upto {
					return ErrStop
				}
				keys = append(keys, key)
				return nil
			}); err != nil {
				return err
			}
		}
		for _, k := range keys {
			if err := tx.Delete(BucketSyncJournal, k); err != nil {
				return err
			}
		}
		if err := putBases(tx, b); err != nil {
			return err
		}
		if err := putHistory(tx, b.Changed, RecordChange{At: l.Now(), Device: c.Device, Analyst: c.Analyst, Pushed: true}); err != nil {
			return err
		}
		c.State = state
		return tx.Put(BucketMeta, metaSync, c)
	})
}

// BucketRecordHistory: RecordChange by "<record ID>/<time>/<device>": who
// changed each record, as sync carried it (the changes this device pushed,
// and those it took from others), so a team sees who changed what.
const BucketRecordHistory Bucket = "record_history"

// RecordChange is one entry of a record's history.
type RecordChange struct {
	At      time.Time `json:"at"`
	Device  string    `json:"device"`
	Analyst string    `json:"analyst,omitempty"`
	Pushed  bool      `json:"pushed,omitempty"` // made here and sent; else taken from another device
}

func putHistory(tx Tx, ids []string, ch RecordChange) error {
	for _, id := range ids {
		key := id + "/" + ch.At.UTC().Format(time.RFC3339Nano) + "/" + ch.Device
		if err := tx.Put(BucketRecordHistory, key, ch); err != nil {
			return err
		}
	}
	return nil
}

// RecordHistory lists who changed a record, oldest first, as far as sync
// carried it (local changes are listed once pushed).
func (l *Library) RecordHistory(id string) ([]RecordChange, error) {
	out := []RecordChange{}
	err := l.store.View(func(tx Tx) error {
		return tx.ForEach(BucketRecordHistory, id+"/", func(_ string, decode func(any) error) error {
			var ch RecordChange
			if err := decode(&ch); err != nil {
				return err
			}
			out = append(out, ch)
			return nil
		})
	})
	return out, err
}

// putBases records each record of b as exchanged at its version.
func putBases(tx Tx, b *BundleData) error {
	put := func(m Meta) error { return tx.Put(BucketSyncBase, m.ID, m.Updated) }
	for i := range b.Tags {
		if err := put(b.Tags[i].Meta); err != nil {
			return err
		}
	}
	for i := range b.People {
		if err := put(b.People[i].Meta); err != nil {
			return err
		}
	}
	for i := range b.Articles {
		if err := put(b.Articles[i].Meta); err != nil {
			return err
		}
	}
	for i := range b.Annotations {
		if err := put(b.Annotations[i].Meta); err != nil {
			return err
		}
	}
	for i := range b.Quotes {
		if err := put(b.Quotes[i].Meta); err != nil {
			return err
		}
	}
	for i := range b.Notes {
		if err := put(b.Notes[i].Meta); err != nil {
			return err
		}
	}
	return nil
}

// SyncState stores the sync log's state alone (after a pull that applied
// nothing, or a snapshot).
func (l *Library) SyncState(state []byte, finished bool) error {
	return l.store.Update(func(tx Tx) error {
		var c SyncConfig
		if err := tx.Get(BucketMeta, metaSync, &c); err != nil {
			return err
		}
		c.State = state
		if finished {
			c.Last = l.Now()
		}
		return tx.Put(BucketMeta, metaSync, c)
	})
}

// SyncPendingCount is how many local changes wait for the next push.
func (l *Library) SyncPendingCount() int {
	n := 0
	l.store.View(func(tx Tx) error {
		n = tx.Count(BucketSyncJournal)
		return nil
	})
	return n
}

// SyncApply merges a change set that came from another device, recording
// each of its records as exchanged and the sync log's new state in the
// merge's own transaction: a crash leaves either all of it or none.
//
// by says which device and analyst made the changes, for each record's
// history.
func (l *Library) SyncApply(ctx context.Context, b *BundleData, by RecordChange, state []byte) (MergeReport, error) {
	return l.mergeBundle(ctx, b, func(tx Tx) error {
		var c SyncConfig
		if err := tx.Get(BucketMeta, metaSync, &c); err != nil {
			if errors.Is(err, ErrNotFound) {
				return ErrSyncOff
			}
			return err
		}
		if err := putBases(tx, b); err != nil {
			return err
		}
		// The history goes with the record as it is known here.
		ids := make([]string, 0, len(b.Changed))
		for _, id := range b.Changed {
			var to string
			if tx.Get(BucketMergeIDs, id, &to) == nil && to != "" {
				id = to
			}
			ids = append(ids, id)
		}
		by.Pushed = false
		if err := putHistory(tx, ids, by); err != nil {
			return err
		}
		c.State = state
		return tx.Put(BucketMeta, metaSync, c)
	})
}

// Tombstone says a record was deleted, and which version of it the device
// that deleted it had last exchanged.
type Tombstone struct {
	Type DocType   `json:"type"`
	ID   string    `json:"id"`
	Base time.Time `json:"base"`
}

// deletable are the records whose deletion sync carries: an analyst
// deletes highlights, quotes and notes; articles, people and tags go by
// merges and renames, which travel as aliases.
var deletable = map[DocType]bool{TypeAnnotation: true, TypeQuote: true, TypeNote: true}

// SyncDelete applies another device's deletions before its change set is
// merged (in transactions of their own: a crash before the merge leaves
// the change set to be read again, and deleting twice is harmless). A
// record changed here since the version the other device deleted stays:
// an edit wins over a deletion, so nothing anyone wrote is lost.
func (l *Library) SyncDelete(ctx context.Context, dead []Tombstone) (int, error) {
	n := 0
	for _, t := range dead {
		if !deletable[t.Type] || t.Base.IsZero() {
			continue
		}
		id, updated, found := t.ID, time.Time{}, false
		err := l.store.View(func(tx Tx) error {
			var to string
			if tx.Get(BucketMergeIDs, id, &to) == nil && to != "" {
				id = to
			}
			var m struct {
				Updated time.Time `json:"updated"`
			}
			if err := tx.Get(bucketOf[t.Type], id, &m); err == nil {
				updated, found = m.Updated, true
			} else if !errors.Is(err, ErrNotFound) {
				return err
			}
			return nil
		})
		if err != nil {
			return n, err
		}
		if !found || updated.After(t.Base) {
			continue
		}
		switch t.Type {
		case TypeAnnotation:
			err = l.DeleteAnnotation(ctx, id)
		case TypeQuote:
			err = l.DeleteQuote(id)
		case TypeNote:
			err = l.DeleteNote(ctx, id)
		}
		if err != nil && !errors.Is(err, ErrNotFound) {
			return n, fmt.Errorf("sync: delete %s %s: %w", t.Type, id, err)
		}
		n++
	}
	return n, nil
}
