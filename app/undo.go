package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Undo and redo of the analyst's own actions (a highlight, a note, tags, a
// verdict on a quote, a speaker change, a merge or split of people) work on
// snapshots: the records an action touches, read before and after it.
// Undoing restores the records to the "before" snapshot, redoing to the
// "after" one, each in one transaction that first checks that every record
// is still exactly as the other snapshot says. A record changed since in
// any other way is left alone and the undo refused (ErrChangedSince), so an
// undo never loses work done in between.

// ErrChangedSince is returned when an undo or redo would overwrite a change
// made after the action it reverses.
var ErrChangedSince = errors.New("changed since: undoing would lose that change")

// SnapshotRefs names the records a snapshot holds.
type SnapshotRefs struct {
	Annotations []string
	Quotes      []string
	People      []string
}

// Union is the records named by r or o.
func (r SnapshotRefs) Union(o SnapshotRefs) SnapshotRefs {
	join := func(a, b []string) []string {
		seen := map[string]bool{}
		var out []string
		for _, s := range append(append([]string(nil), a...), b...) {
			if s != "" && !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
		return out
	}
	return SnapshotRefs{Annotations: join(r.Annotations, o.Annotations), Quotes: join(r.Quotes, o.Quotes), People: join(r.People, o.People)}
}

// Snapshot is the stored state of some records at one moment. A nil entry
// is a record that did not exist; a record the snapshot does not name is
// one it knows nothing about. Verdicts are the quotes' verdict records,
// by the quote's ID.
type Snapshot struct {
	Taken       time.Time
	Annotations map[string]*Annotation
	Quotes      map[string]*Quote
	Verdicts    map[string]*QuoteVerdict
	People      map[string]*Person
}

// Snapshot reads the named records as they are now.
func (l *Library) Snapshot(refs SnapshotRefs) (*Snapshot, error) {
	var s *Snapshot
	err := l.store.View(func(tx Tx) error {
		var err error
		s, err = l.snapshotIn(tx, refs)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	s.Taken = l.Now()
	return s, nil
}

// Refs names the records s holds.
func (s *Snapshot) Refs() SnapshotRefs {
	var r SnapshotRefs
	for id := range s.Annotations {
		r.Annotations = append(r.Annotations, id)
	}
	for id := range s.Quotes {
		r.Quotes = append(r.Quotes, id)
	}
	for id := range s.People {
		r.People = append(r.People, id)
	}
	sort.Strings(r.Annotations)
	sort.Strings(r.Quotes)
	sort.Strings(r.People)
	return r
}

func getIfAny(tx Tx, b Bucket, id string, v any) error {
	if err := tx.Get(b, id, v); err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	return nil
}

// sameRecord compares two records, ignoring when they were last written
// and the record version (restoring a record stamps them again).
func sameRecord(a, b any) bool {
	enc := func(v any) string {
		raw, err := json.Marshal(v)
		if err != nil {
			return "!" + err.Error()
		}
		var m map[string]any
		if json.Unmarshal(raw, &m) != nil || m == nil {
			return string(raw)
		}
		// The version's time and the decision's lineage are the undo's
		// own: a restored record is a new version of it.
		delete(m, "updated")
		delete(m, "v")
		delete(m, "decided")
		delete(m, "overrode")
		out, _ := json.Marshal(m)
		return string(out)
	}
	return enc(a) == enc(b)
}

// Restore makes the records named by expect and to what to says, after
// checking that each is still what expect says; to undo an action, expect
// is the snapshot taken after it and to the one taken before (to redo, the
// other way round). A record to does not name is taken not to exist there:
// a person the action created is deleted, unless something else has come to
// need them (a quote, page text or link), and tags the action created are
// dropped when nothing carries them. All or nothing, in one transaction.
func (l *Library) Restore(ctx context.Context, expect, to *Snapshot) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	refs := expect.Refs().Union(to.Refs())
	err := l.store.Update(func(tx Tx) error {
		cur, err := l.snapshotIn(tx, refs)
		if err != nil {
			return err
		}
		if err := cur.check(expect); err != nil {
			return err
		}
		var dropTags []string
		for _, id := range refs.Annotations {
			was, want := cur.Annotations[id], to.Annotations[id]
			if err := l.restoreAnnotation(tx, id, was, want); err != nil {
				return err
			}
			if was != nil {
				dropTags = append(dropTags, was.Tags...)
			}
		}
		// People first, so that restored quotes find their speakers.
		if err := l.restorePeople(tx, refs.People, cur.People, to.People); err != nil {
			return err
		}
		prune := map[string]bool{}
		for _, id := range refs.Quotes {
			was, want := cur.Quotes[id], to.Quotes[id]
			if err := l.restoreQuote(tx, id, was, want, cur.Verdicts[id], to.Verdicts[id]); err != nil {
				return err
			}
			if was != nil {
				dropTags = append(dropTags, was.Tags...)
				if was.SpeakerID != "" && (want == nil || want.SpeakerID != was.SpeakerID) {
					prune[was.SpeakerID] = true
				}
			}
		}
		// People the snapshot holds as absent: the action created them (or,
		// redoing a merge, deleted them). They are as the action left them
		// (checked above), so deleting them loses nothing, unless quotes
		// have been attributed to them since.
		for _, id := range refs.People {
			p := cur.People[id]
			if p == nil || to.People[id] != nil {
				continue
			}
			delete(prune, id)
			qids, err := tx.RefIDs(RefPersonQuotes, id)
			if err != nil {
				return err
			}
			if len(qids) > 0 {
				return fmt.Errorf("person %q has quotes %w", p.Name, ErrChangedSince)
			}
			if err := l.deletePerson(tx, p); err != nil {
				return err
			}
		}
		// Speakers the restored quotes left that the action created go
		// again, unless something else needs them now.
		for id := range prune {
			if p, named := to.People[id]; named && p != nil || !named && !createdSince(tx, id, to.Taken) {
				continue
			}
			if err := l.prunePerson(tx, id); err != nil {
				return err
			}
		}
		return l.dropUnusedTags(tx, dropTags, to.Taken)
	})
	if err != nil {
		return fmt.Errorf("undo: %w", err)
	}
	l.Kick()
	return nil
}

// restoredAt is the version time of a record restored to want from was:
// a new version, so that sync carries the undo to other devices (the old
// time would read there as an old version come round again), unless
// nothing changes.
func (l *Library) restoredAt(was *Meta, same bool) time.Time {
	if was != nil && same {
		return was.Updated
	}
	return l.Now()
}

// createdSince reports whether person id was created at or after t.
func createdSince(tx Tx, id string, t time.Time) bool {
	var p Person
	return tx.Get(BucketPeople, id, &p) == nil && !p.Created.Before(t)
}

func (l *Library) snapshotIn(tx Tx, refs SnapshotRefs) (*Snapshot, error) {
	s := &Snapshot{Annotations: map[string]*Annotation{}, Quotes: map[string]*Quote{},
		Verdicts: map[string]*QuoteVerdict{}, People: map[string]*Person{}}
	for _, id := range refs.Annotations {
		var a Annotation
		if err := getIfAny(tx, BucketAnnotations, id, &a); err != nil {
			return nil, err
		}
		if a.ID != "" {
			s.Annotations[id] = &a
		} else {
			s.Annotations[id] = nil
		}
	}
	for _, id := range refs.Quotes {
		var q Quote
		if err := getIfAny(tx, BucketQuotes, id, &q); err != nil {
			return nil, err
		}
		s.Quotes[id], s.Verdicts[id] = nil, nil
		if q.ID == "" {
			continue
		}
		s.Quotes[id] = &q
		var v QuoteVerdict
		if err := getIfAny(tx, BucketQuoteVerdicts, verdictKey(q.ArticleID, q.Text), &v); err != nil {
			return nil, err
		}
		if v.ArticleID != "" || v.Status != "" {
			s.Verdicts[id] = &v
		}
	}
	for _, id := range refs.People {
		var p Person
		if err := getIfAny(tx, BucketPeople, id, &p); err != nil {
			return nil, err
		}
		s.People[id] = nil
		if p.ID != "" {
			s.People[id] = &p
		}
	}
	return s, nil
}

// check reports the first record that differs from expect.
func (cur *Snapshot) check(expect *Snapshot) error {
	differ := func(kind, id string) error {
		return fmt.Errorf("%s %s %w", kind, id, ErrChangedSince)
	}
	for id, want := range expect.Annotations {
		if have := cur.Annotations[id]; (have == nil) != (want == nil) || have != nil && !sameRecord(have, want) {
			return differ("highlight", id)
		}
	}
	for id, want := range expect.Quotes {
		if have := cur.Quotes[id]; (have == nil) != (want == nil) || have != nil && !sameRecord(have, want) {
			return differ("quote", id)
		}
	}
	for id, want := range expect.People {
		have := cur.People[id]
		if (have == nil) != (want == nil) || have != nil && !sameRecord(have, want) {
			name := id
			if have != nil {
				name = fmt.Sprintf("%q", have.Name)
			}
			return differ("person", name)
		}
	}
	return nil
}

func (l *Library) restoreAnnotation(tx Tx, id string, was, want *Annotation) error {
	switch {
	case was == nil && want == nil:
		return nil
	case want == nil:
		if err := tx.RemoveRef(RefArticleAnnotations, was.ArticleID, id); err != nil {
			return err
		}
		if err := setAnchorState(tx, id, annotationStateKey(was), ""); err != nil {
			return err
		}
		if err := l.setTags(tx, TypeAnnotation, id, was.Tags, nil); err != nil {
			return err
		}
		// [[links]] in a highlight's note are backlinks of their pages.
		if err := setLinks(tx, carrier(TypeAnnotation, id), was.Note, ""); err != nil {
			return err
		}
		if err := tx.Delete(BucketAnnotations, id); err != nil {
			return err
		}
		return enqueue(tx, TypeAnnotation, id)
	}
	if !tx.Has(BucketArticles, want.ArticleID) {
		return fmt.Errorf("highlight %s: its article %s is gone", id, want.ArticleID)
	}
	var oldTags []string
	oldNote := ""
	if was != nil {
		oldTags, oldNote = was.Tags, was.Note
	}
	a := *want
	a.V = RecordVersion
	if was != nil {
		a.Updated = l.restoredAt(&was.Meta, sameRecord(was, want))
	} else {
		a.Updated = l.Now()
	}
	if err := tx.Put(BucketAnnotations, id, &a); err != nil {
		return err
	}
	if err := tx.AddRef(RefArticleAnnotations, a.ArticleID, id); err != nil {
		return err
	}
	if err := setAnchorState(tx, id, annotationStateKey(was), annotationStateKey(&a)); err != nil {
		return err
	}
	if err := l.setTags(tx, TypeAnnotation, id, oldTags, a.Tags); err != nil {
		return err
	}
	if err := setLinks(tx, carrier(TypeAnnotation, id), oldNote, a.Note); err != nil {
		return err
	}
	return enqueue(tx, TypeAnnotation, id)
}

func (l *Library) restoreQuote(tx Tx, id string, was, want *Quote, wasV, wantV *QuoteVerdict) error {
	switch {
	case was == nil && want == nil:
	case want == nil:
		if err := l.removeQuote(tx, was); err != nil {
			return err
		}
	default:
		if !tx.Has(BucketArticles, want.ArticleID) {
			return fmt.Errorf("quote %s: its article %s is gone", id, want.ArticleID)
		}
		if want.SpeakerID != "" && !tx.Has(BucketPeople, want.SpeakerID) {
			return fmt.Errorf("quote %s: its speaker %q is gone %w", id, want.Speaker, ErrChangedSince)
		}
		q := *want
		if was != nil {
			q.Updated = l.restoredAt(&was.Meta, sameRecord(was, want))
			q.decide(was, q.Updated)
		} else {
			q.Updated = l.Now()
		}
		if err := l.putQuote(tx, &q, was); err != nil {
			return err
		}
	}
	// The verdict on the quote's words (a rejection, a correction).
	key := ""
	switch {
	case wantV != nil:
		key = verdictKey(wantV.ArticleID, wantV.Text)
	case wasV != nil:
		key = verdictKey(wasV.ArticleID, wasV.Text)
	case want != nil:
		key = verdictKey(want.ArticleID, want.Text)
	case was != nil:
		key = verdictKey(was.ArticleID, was.Text)
	}
	if key == "" {
		return nil
	}
	if wantV == nil {
		if wasV != nil {
			return tx.Delete(BucketQuoteVerdicts, key)
		}
		return nil
	}
	return tx.Put(BucketQuoteVerdicts, key, *wantV)
}

// restorePeople makes each person want holds what it says (those it holds
// as absent are pruned by Restore once the quotes are back). Name index
// entries are dropped for everyone first and written again after, since a
// merge moves names from one person to another.
func (l *Library) restorePeople(tx Tx, ids []string, cur, want map[string]*Person) error {
	for _, id := range ids {
		was := cur[id]
		if was == nil {
			continue
		}
		for _, n := range append([]string{was.Name}, was.Aliases...) {
			if err := tx.RemoveRef(RefPersonName, foldKey(n), id); err != nil {
				return err
			}
		}
	}
	for _, id := range ids {
		was, to := cur[id], want[id]
		if to != nil {
			if err := nameFreeFor(tx, to); err != nil {
				return err
			}
			oldPage := ""
			if was != nil {
				oldPage = was.Page
			}
			if err := setLinks(tx, carrier(TypePerson, id), oldPage, to.Page); err != nil {
				return err
			}
			p := *to
			if was != nil {
				p.Updated = l.restoredAt(&was.Meta, sameRecord(was, to))
			} else {
				p.Updated = l.Now()
			}
			if err := l.putPerson(tx, &p); err != nil {
				return err
			}
			if was != nil && was.Name != p.Name {
				if err := l.respeak(tx, id, &p); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// nameFreeFor refuses to restore a person whose name someone else has
// taken in the meantime.
func nameFreeFor(tx Tx, p *Person) error {
	ids, err := tx.RefIDs(RefPersonName, foldKey(p.Name))
	if err != nil {
		return err
	}
	for _, other := range ids {
		if other != p.ID && tx.Has(BucketPeople, other) {
			var o Person
			if tx.Get(BucketPeople, other, &o) == nil && strings.EqualFold(foldKey(o.Name), foldKey(p.Name)) {
				return fmt.Errorf("person %q: %w (%s has the name now)", p.Name, ErrChangedSince, o.ID)
			}
		}
	}
	return nil
}

// dropUnusedTags deletes the tag records among names (and their parents)
// that were created at or after since and that nothing carries any more,
// deepest first, so an undone tagging leaves no empty tag behind.
func (l *Library) dropUnusedTags(tx Tx, names []string, since time.Time) error {
	all := ExpandTags(names)
	sort.Slice(all, func(i, j int) bool { return strings.Count(all[i], "/") > strings.Count(all[j], "/") })
	for _, name := range all {
		key := tagKey(name)
		ids, err := tx.RefIDs(RefTagName, key)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			continue
		}
		var t Tag
		if err := getIfAny(tx, BucketTags, ids[0], &t); err != nil {
			return err
		}
		if t.ID == "" || t.Created.Before(since) || t.Description != "" || t.Page != "" {
			continue
		}
		used := false
		if err := tx.ForEachRef(RefTagItems, key, func(k, _ string) error {
			if k == key || strings.HasPrefix(k, key+"/") {
				used = true
				return ErrStop
			}
			return nil
		}); err != nil && !errors.Is(err, ErrStop) {
			return err
		}
		if !used {
			if err := tx.ForEachRef(RefTagName, key+"/", func(string, string) error {
				used = true
				return ErrStop
			}); err != nil && !errors.Is(err, ErrStop) {
				return err
			}
		}
		if used {
			continue
		}
		if err := tx.RemoveRef(RefTagName, key, t.ID); err != nil {
			return err
		}
		if err := tx.Delete(BucketTags, t.ID); err != nil {
			return err
		}
		if err := enqueue(tx, TypeTag, t.ID); err != nil {
			return err
		}
	}
	return nil
}
