package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"dossier/app/wikilink"
)

// Bundle merging: the records of a Dossier bundle (read by package export)
// are merged into the library in one transaction. Records with the same ID
// update when the bundle's is newer, new ones are added, and a record edited
// on both sides since their common version is kept side by side with the
// local one (a copy with a new ID) and reported.

// Buckets used by bundle merges.
const (
	// BucketBundleSync: BundleSync by record ID — the version of a record
	// last exchanged through a bundle (the common base of later edits).
	BucketBundleSync Bucket = "bundle_sync"
	// BucketBundleImports: BundleImport by a zero-padded sequence number.
	BucketBundleImports Bucket = "bundle_imports"
	// BucketBundleConflicts: copy ID by "<origin>\x1f<id>\x1f<updated>", so
	// importing the same bundle twice does not copy a conflict twice.
	BucketBundleConflicts Bucket = "bundle_conflicts"
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
	Bases       map[string]time.Time
	Tags        []Tag
	People      []Person
	Articles    []Article
	Annotations []Annotation
	Quotes      []Quote
	Notes       []Note
}

// MergeConflict is a record changed on both sides.
type MergeConflict struct {
	Kind   DocType `json:"kind"`
	ID     string  `json:"id"`
	CopyID string  `json:"copy_id,omitempty"` // the incoming version, stored beside the local one
	Title  string  `json:"title"`
	Note   string  `json:"note,omitempty"`
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

type mergeAction int

const (
	actAdd mergeAction = iota
	actSame
	actUpdate
	actKeep
	actConflict
)

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
		m := &merger{l: l, tx: tx, b: b, rep: &rep, now: l.Now(),
			article: map[string]string{}, person: map[string]string{}, changed: map[string]string{}}
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
	// article and person map incoming IDs to local ones (same content or
	// name under another ID, or a conflict copy).
	article, person map[string]string
	// changed holds the old text of articles whose text an update replaced.
	changed map[string]string
	// skipped are articles whose children must not be merged (conflict
	// copies already made by an earlier import of this bundle).
	skipped map[string]bool
}

func (m *merger) conflictKey(id string, updated time.Time) string {
	return m.b.Origin + "\x1f" + id + "\x1f" + updated.UTC().Format(time.RFC3339Nano)
}

// decide compares the local and incoming versions of a record.
func (m *merger) decide(local Meta, has bool, in Meta) mergeAction {
	if !has {
		return actAdd
	}
	if in.Updated.Equal(local.Updated) {
		return actSame
	}
	base := m.b.Bases[in.ID]
	if base.IsZero() {
		var s BundleSync
		if m.tx.Get(BucketBundleSync, in.ID, &s) == nil {
			base = s.Base
		}
	}
	if !base.IsZero() && local.Updated.After(base) && in.Updated.After(base) {
		return actConflict
	}
	if in.Updated.After(local.Updated) {
		return actUpdate
	}
	return actKeep
}

func (m *merger) synced(id string, updated time.Time) error {
	return m.tx.Put(BucketBundleSync, id, BundleSync{Origin: m.b.Origin, Base: updated, Imported: m.now})
}

// conflictCopy returns the ID to store the incoming version under, or ""
// when an earlier import already stored it.
func (m *merger) conflictCopy(kind DocType, id, title string, updated time.Time) (string, error) {
	key := m.conflictKey(id, updated)
	var prev string
	if m.tx.Get(BucketBundleConflicts, key, &prev) == nil {
		return "", nil
	}
	cid := m.l.NewID()
	if err := m.tx.Put(BucketBundleConflicts, key, cid); err != nil {
		return "", err
	}
	m.rep.Conflicts = append(m.rep.Conflicts, MergeConflict{Kind: kind, ID: id, CopyID: cid, Title: title})
	return cid, nil
}

func (m *merger) suffix() string { return " (conflict from " + m.b.Origin + ")" }

func (m *merger) run(ctx context.Context) error {
	m.skipped = map[string]bool{}
	steps := []func() error{m.tags, m.people, m.articles, m.annotations, m.quotes, m.notes, m.reanchor}
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

func (m *merger) tags() error {
	tx := m.tx
	for i := range m.b.Tags {
		in := m.b.Tags[i]
		var local Tag
		has := tx.Get(BucketTags, in.ID, &local) == nil
		if !has {
			if ids, _ := tx.RefIDs(RefTagName, tagKey(in.Name)); len(ids) > 0 {
				m.rep.Unchanged++ // the same tag, made independently
				continue
			}
		}
		switch m.decide(local.Meta, has, in.Meta) {
		case actAdd:
			in.V = RecordVersion
			if err := tx.Put(BucketTags, in.ID, &in); err != nil {
				return err
			}
			if err := tx.AddRef(RefTagName, tagKey(in.Name), in.ID); err != nil {
				return err
			}
			if err := setLinks(tx, carrier(TypeTag, in.ID), "", in.Page); err != nil {
				return err
			}
			if err := enqueue(tx, TypeTag, in.ID); err != nil {
				return err
			}
			m.rep.Added++
		case actUpdate:
			// Names stay: renaming a tag retags its carriers, a local decision.
			in.Name, in.V = local.Name, RecordVersion
			if err := tx.Put(BucketTags, in.ID, &in); err != nil {
				return err
			}
			if err := setLinks(tx, carrier(TypeTag, in.ID), local.Page, in.Page); err != nil {
				return err
			}
			if err := enqueue(tx, TypeTag, in.ID); err != nil {
				return err
			}
			m.rep.Updated++
		case actConflict:
			key := m.conflictKey(in.ID, in.Updated)
			if !tx.Has(BucketBundleConflicts, key) {
				if err := tx.Put(BucketBundleConflicts, key, ""); err != nil {
					return err
				}
				m.rep.Conflicts = append(m.rep.Conflicts, MergeConflict{Kind: TypeTag, ID: in.ID, Title: in.Name,
					Note: "tag edited on both sides; the local version was kept"})
			}
			continue
		case actSame:
			m.rep.Unchanged++
		case actKeep:
			m.rep.Kept++
		}
		if err := m.synced(in.ID, in.Updated); err != nil {
			return err
		}
	}
	return nil
}

// putPersonAs writes a person as given (keeping its times) with its name refs.
func (m *merger) putPersonAs(p *Person, old *Person) error {
	tx := m.tx
	p.V = RecordVersion
	if err := tx.Put(BucketPeople, p.ID, p); err != nil {
		return err
	}
	oldPage := ""
	if old != nil {
		oldPage = old.Page
		for _, n := range append([]string{old.Name}, old.Aliases...) {
			if err := tx.RemoveRef(RefPersonName, foldKey(n), p.ID); err != nil {
				return err
			}
		}
		if old.Name != p.Name || strings.Join(old.Aliases, "\x1f") != strings.Join(p.Aliases, "\x1f") {
			if err := enqueuePersonQuotes(tx, p.ID); err != nil {
				return err
			}
		}
	}
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		k := foldKey(n)
		ids, err := tx.RefIDs(RefPersonName, k)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			if err := tx.AddRef(RefPersonName, k, p.ID); err != nil {
				return err
			}
		}
	}
	if err := setLinks(tx, carrier(TypePerson, p.ID), oldPage, p.Page); err != nil {
		return err
	}
	return enqueue(tx, TypePerson, p.ID)
}

func (m *merger) people() error {
	tx := m.tx
	for i := range m.b.People {
		in := m.b.People[i]
		var local Person
		has := tx.Get(BucketPeople, in.ID, &local) == nil
		if !has {
			if ids, _ := tx.RefIDs(RefPersonName, foldKey(in.Name)); len(ids) > 0 {
				m.person[in.ID] = ids[0] // the same person under another ID
				m.rep.Unchanged++
				continue
			}
		}
		switch m.decide(local.Meta, has, in.Meta) {
		case actAdd:
			if err := m.putPersonAs(&in, nil); err != nil {
				return err
			}
			m.rep.Added++
		case actUpdate:
			if err := m.putPersonAs(&in, &local); err != nil {
				return err
			}
			m.rep.Updated++
		case actConflict:
			cid, err := m.conflictCopy(TypePerson, in.ID, in.Name, in.Updated)
			if err != nil {
				return err
			}
			if cid != "" {
				in.ID, in.Name = cid, in.Name+m.suffix()
				if err := m.putPersonAs(&in, nil); err != nil {
					return err
				}
			}
			continue
		case actSame:
			m.rep.Unchanged++
		case actKeep:
			m.rep.Kept++
		}
		if err := m.synced(in.ID, in.Updated); err != nil {
			return err
		}
	}
	return nil
}

func (m *merger) putArticleNew(a *Article) error {
	tx := m.tx
	a.V = RecordVersion
	if err := putArticle(tx, a); err != nil {
		return err
	}
	if err := addArticleRefs(tx, a); err != nil {
		return err
	}
	if err := m.l.setTags(tx, TypeArticle, a.ID, nil, a.Tags); err != nil {
		return err
	}
	return enqueue(tx, TypeArticle, a.ID)
}

func (m *merger) articles() error {
	tx := m.tx
	for i := range m.b.Articles {
		in := m.b.Articles[i]
		var local Article
		has := tx.Get(BucketArticles, in.ID, &local) == nil
		if !has {
			if ids, _ := tx.RefIDs(RefArticleHash, in.ContentHash); len(ids) > 0 {
				m.article[in.ID] = ids[0] // the same article, imported on both sides
				m.rep.Unchanged++
				continue
			}
		}
		switch m.decide(local.Meta, has, in.Meta) {
		case actAdd:
			if err := m.putArticleNew(&in); err != nil {
				return err
			}
			m.rep.Added++
		case actUpdate:
			if err := tx.Put(BucketArticleVersions, versionKey(local.ID, local.Revision),
				ArticleVersion{ArticleID: local.ID, Revision: local.Revision, Saved: m.now, Article: local,
					Reason: "bundle from " + m.b.Origin}); err != nil {
				return err
			}
			if err := removeArticleRefs(tx, &local); err != nil {
				return err
			}
			in.V = RecordVersion
			if err := putArticle(tx, &in); err != nil {
				return err
			}
			if err := addArticleRefs(tx, &in); err != nil {
				return err
			}
			if err := m.l.setTags(tx, TypeArticle, in.ID, local.Tags, in.Tags); err != nil {
				return err
			}
			if err := enqueue(tx, TypeArticle, in.ID); err != nil {
				return err
			}
			if err := m.l.enqueueChildren(tx, in.ID); err != nil {
				return err
			}
			if old := local.Text(); old != in.Text() {
				m.changed[in.ID] = old
			}
			m.rep.Updated++
		case actConflict:
			cid, err := m.conflictCopy(TypeArticle, in.ID, in.Title, in.Updated)
			if err != nil {
				return err
			}
			if cid == "" {
				m.skipped[in.ID] = true
				continue
			}
			m.article[in.ID] = cid
			in.ID, in.Title = cid, in.Title+m.suffix()
			if err := m.putArticleNew(&in); err != nil {
				return err
			}
			continue
		case actSame:
			m.rep.Unchanged++
		case actKeep:
			m.rep.Kept++
		}
		if err := m.synced(in.ID, in.Updated); err != nil {
			return err
		}
	}
	return nil
}

// localArticle maps an incoming article ID to the local one, and reports
// whether the children of that article are to be merged at all.
func (m *merger) localArticle(id string) (string, bool, error) {
	if m.skipped[id] {
		return "", false, nil
	}
	if to, ok := m.article[id]; ok {
		return to, true, nil
	}
	if !m.tx.Has(BucketArticles, id) {
		return "", false, fmt.Errorf("%w: an annotation or quote points at article %s, which is neither in the bundle nor in the library", ErrBadBundle, id)
	}
	return id, true, nil
}

// sameSpan reports whether a local record of the article (in ref) already
// covers exactly this span, so a copy would duplicate it.
func (m *merger) sameSpan(ref Ref, b Bucket, articleID string, sel Target) (bool, error) {
	ids, err := m.tx.RefIDs(ref, articleID)
	if err != nil {
		return false, err
	}
	for _, id := range ids {
		var t struct {
			Target
		}
		if m.tx.Get(b, id, &t) != nil {
			continue
		}
		if t.Selector.Start == sel.Selector.Start && t.Selector.End == sel.Selector.End && t.Selector.Exact == sel.Selector.Exact {
			return true, nil
		}
	}
	return false, nil
}

func (m *merger) putAnnotation(an *Annotation, old *Annotation) error {
	tx := m.tx
	an.V = RecordVersion
	if err := tx.Put(BucketAnnotations, an.ID, an); err != nil {
		return err
	}
	if err := tx.AddRef(RefArticleAnnotations, an.ArticleID, an.ID); err != nil {
		return err
	}
	if err := setAnchorState(tx, an.ID, annotationStateKey(old), annotationStateKey(an)); err != nil {
		return err
	}
	var oldTags []string
	if old != nil {
		oldTags = old.Tags
	}
	if err := m.l.setTags(tx, TypeAnnotation, an.ID, oldTags, an.Tags); err != nil {
		return err
	}
	return enqueue(tx, TypeAnnotation, an.ID)
}

func (m *merger) annotations() error {
	tx := m.tx
	for i := range m.b.Annotations {
		in := m.b.Annotations[i]
		aid, ok, err := m.localArticle(in.ArticleID)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		var local Annotation
		has := tx.Get(BucketAnnotations, in.ID, &local) == nil
		if aid != in.ArticleID {
			// The article is stored under another ID (same text, or a
			// conflict copy): attach a copy there unless it is already.
			in.ArticleID = aid
			if dup, err := m.sameSpan(RefArticleAnnotations, BucketAnnotations, aid, in.Target); err != nil || dup {
				m.rep.Unchanged++
				if err != nil {
					return err
				}
				continue
			}
			in.ID = m.l.NewID()
			if err := m.putAnnotation(&in, nil); err != nil {
				return err
			}
			m.rep.Added++
			continue
		}
		switch m.decide(local.Meta, has, in.Meta) {
		case actAdd:
			if err := m.putAnnotation(&in, nil); err != nil {
				return err
			}
			m.rep.Added++
		case actUpdate:
			if local.ArticleID != in.ArticleID {
				return fmt.Errorf("%w: annotation %s moved to another article", ErrBadBundle, in.ID)
			}
			if err := m.putAnnotation(&in, &local); err != nil {
				return err
			}
			m.rep.Updated++
		case actConflict:
			cid, err := m.conflictCopy(TypeAnnotation, in.ID, in.Selector.Exact, in.Updated)
			if err != nil {
				return err
			}
			if cid != "" {
				in.ID = cid
				if err := m.putAnnotation(&in, nil); err != nil {
					return err
				}
			}
			continue
		case actSame:
			m.rep.Unchanged++
		case actKeep:
			m.rep.Kept++
		}
		if err := m.synced(in.ID, in.Updated); err != nil {
			return err
		}
	}
	return nil
}

func (m *merger) quotes() error {
	tx := m.tx
	for i := range m.b.Quotes {
		in := m.b.Quotes[i]
		aid, ok, err := m.localArticle(in.ArticleID)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if to, ok := m.person[in.SpeakerID]; ok {
			in.SpeakerID = to
		}
		if in.SpeakerID != "" && !tx.Has(BucketPeople, in.SpeakerID) {
			in.SpeakerID = "" // the speaker was not exported; keep the name only
		}
		var local Quote
		has := tx.Get(BucketQuotes, in.ID, &local) == nil
		if aid != in.ArticleID {
			in.ArticleID = aid
			if dup, err := m.sameSpan(RefArticleQuotes, BucketQuotes, aid, in.Target); err != nil || dup {
				m.rep.Unchanged++
				if err != nil {
					return err
				}
				continue
			}
			in.ID = m.l.NewID()
			if err := m.l.putQuote(tx, &in, nil); err != nil {
				return err
			}
			m.rep.Added++
			continue
		}
		switch m.decide(local.Meta, has, in.Meta) {
		case actAdd:
			if err := m.l.putQuote(tx, &in, nil); err != nil {
				return err
			}
			m.rep.Added++
		case actUpdate:
			if local.ArticleID != in.ArticleID {
				return fmt.Errorf("%w: quote %s moved to another article", ErrBadBundle, in.ID)
			}
			if err := m.l.putQuote(tx, &in, &local); err != nil {
				return err
			}
			m.rep.Updated++
		case actConflict:
			cid, err := m.conflictCopy(TypeQuote, in.ID, in.Text, in.Updated)
			if err != nil {
				return err
			}
			if cid != "" {
				in.ID = cid
				if err := m.l.putQuote(tx, &in, nil); err != nil {
					return err
				}
			}
			continue
		case actSame:
			m.rep.Unchanged++
		case actKeep:
			m.rep.Kept++
		}
		if err := m.synced(in.ID, in.Updated); err != nil {
			return err
		}
	}
	return nil
}

func (m *merger) putNote(n *Note, old *Note) error {
	tx := m.tx
	n.V = RecordVersion
	oldBody := ""
	var oldTags []string
	if old != nil {
		oldBody, oldTags = old.Body, old.Tags
		for _, t := range append([]string{old.Title}, old.Aliases...) {
			if err := tx.RemoveRef(RefNoteTitle, pageKey(t), n.ID); err != nil {
				return err
			}
		}
	}
	if err := tx.Put(BucketNotes, n.ID, n); err != nil {
		return err
	}
	for _, t := range append([]string{n.Title}, n.Aliases...) {
		if k := pageKey(t); k != "" {
			if err := tx.AddRef(RefNoteTitle, k, n.ID); err != nil {
				return err
			}
		}
	}
	if err := setLinks(tx, carrier(TypeNote, n.ID), oldBody, n.Body); err != nil {
		return err
	}
	if err := m.l.setTags(tx, TypeNote, n.ID, oldTags, n.Tags); err != nil {
		return err
	}
	return enqueue(tx, TypeNote, n.ID)
}

// freeTitle returns title, or title with the origin appended when another
// page has it.
func (m *merger) freeTitle(title, selfID string) (string, error) {
	if checkTitleFree(m.tx, title, selfID) == nil {
		return title, nil
	}
	alt := title + " (from " + m.b.Origin + ")"
	if err := checkTitleFree(m.tx, alt, selfID); err != nil {
		return "", fmt.Errorf("note %q: %w", title, err)
	}
	return alt, nil
}

func (m *merger) notes() error {
	tx := m.tx
	for i := range m.b.Notes {
		in := m.b.Notes[i]
		var local Note
		has := tx.Get(BucketNotes, in.ID, &local) == nil
		act := m.decide(local.Meta, has, in.Meta)
		switch act {
		case actAdd, actUpdate:
			t, err := m.freeTitle(in.Title, in.ID)
			if err != nil {
				return err
			}
			in.Title = t
			var old *Note
			if act == actUpdate {
				old = &local
				m.rep.Updated++
			} else {
				m.rep.Added++
			}
			if err := m.putNote(&in, old); err != nil {
				return err
			}
		case actConflict:
			cid, err := m.conflictCopy(TypeNote, in.ID, in.Title, in.Updated)
			if err != nil {
				return err
			}
			if cid != "" {
				t, err := m.freeTitle(in.Title+m.suffix(), cid)
				if err != nil {
					return err
				}
				in.ID, in.Title, in.Aliases = cid, t, nil
				if err := m.putNote(&in, nil); err != nil {
					return err
				}
			}
			continue
		case actSame:
			m.rep.Unchanged++
		case actKeep:
			m.rep.Kept++
		}
		if err := m.synced(in.ID, in.Updated); err != nil {
			return err
		}
	}
	return nil
}

// reanchor moves the local annotations and quotes of articles whose text an
// update replaced (those in the bundle already match the new text).
func (m *merger) reanchor() error {
	for id, old := range m.changed {
		var a Article
		if err := m.tx.Get(BucketArticles, id, &a); err != nil {
			return err
		}
		if _, err := m.l.reanchorAll(m.tx, id, old, a.Text()); err != nil {
			return err
		}
	}
	return nil
}
