package app

import (
	"fmt"

	"dossier/app/anchor"
	"dossier/app/quotes"
)

// versionKey orders versions of a record under its ID.
func versionKey(id string, rev int) string { return fmt.Sprintf("%s/%08d", id, rev) }

// replaceArticle stores next as the new state of old inside tx: the old
// state is kept as a version, every annotation and quote is re-anchored to
// the new text (flagged when its words changed, orphaned when they are
// gone), and the quote finder runs again for new suggestions.
func (l *Library) replaceArticle(tx Tx, old, next *Article, reason string) error {
	_ = reason
	now := l.Now()
	if err := tx.Put(BucketArticleVersions, versionKey(old.ID, old.Revision),
		ArticleVersion{ArticleID: old.ID, Revision: old.Revision, Saved: now, Article: *old}); err != nil {
		return err
	}
	next.ContentHash = ContentHash(next.Body)
	next.Revision = old.Revision + 1
	next.Updated = now
	next.V = RecordVersion
	if err := removeArticleRefs(tx, old); err != nil {
		return err
	}
	if err := tx.Put(BucketArticles, next.ID, next); err != nil {
		return err
	}
	if err := addArticleRefs(tx, next); err != nil {
		return err
	}
	if err := l.setTags(tx, TypeArticle, next.ID, old.Tags, next.Tags); err != nil {
		return err
	}
	if err := enqueue(tx, TypeArticle, next.ID); err != nil {
		return err
	}
	newText := next.Text()
	if newText != old.Text() {
		if err := l.reanchorAll(tx, next.ID, newText); err != nil {
			return err
		}
	}
	if err := l.suggestQuotes(tx, next, quotes.Find(newText)); err != nil {
		return err
	}
	if next.Title != old.Title || next.Source != old.Source || !next.Published.Equal(old.Published) {
		// Annotation and quote documents carry the article's title, source and date.
		if err := l.enqueueChildren(tx, next.ID); err != nil {
			return err
		}
	}
	return nil
}

// reanchorAll re-anchors every annotation and quote of an article to text.
func (l *Library) reanchorAll(tx Tx, articleID, text string) error {
	doc := anchor.NewDoc(text)
	annIDs, err := tx.RefIDs(RefArticleAnnotations, articleID)
	if err != nil {
		return err
	}
	for _, id := range annIDs {
		var a Annotation
		if err := tx.Get(BucketAnnotations, id, &a); err != nil {
			return err
		}
		if !retarget(&a.Target, doc, text) {
			continue
		}
		a.Updated = l.Now()
		if err := tx.Put(BucketAnnotations, id, &a); err != nil {
			return err
		}
		if err := enqueue(tx, TypeAnnotation, id); err != nil {
			return err
		}
	}
	qIDs, err := tx.RefIDs(RefArticleQuotes, articleID)
	if err != nil {
		return err
	}
	for _, id := range qIDs {
		var q Quote
		if err := tx.Get(BucketQuotes, id, &q); err != nil {
			return err
		}
		if !retarget(&q.Target, doc, text) {
			continue
		}
		if !q.Orphaned() {
			q.Text = q.Selector.Exact
		}
		q.Updated = l.Now()
		if err := tx.Put(BucketQuotes, id, &q); err != nil {
			return err
		}
		if err := enqueue(tx, TypeQuote, id); err != nil {
			return err
		}
	}
	return nil
}

// retarget re-anchors t in doc and reports whether it changed. An orphan
// keeps its old selector (text and context), so the analyst can see what it
// was and re-attach it; a fuzzy match takes the new text and is flagged.
func retarget(t *Target, doc *anchor.Doc, text string) bool {
	if t.Orphaned() {
		return false // re-attached only by the analyst
	}
	r := doc.Anchor(t.Selector)
	switch r.Status {
	case anchor.Orphaned:
		t.State = anchor.Orphaned
		return true
	case anchor.Exact:
		if t.Selector.Start == r.Start && t.Selector.End == r.End {
			return false
		}
	}
	sel, err := anchor.New(text, r.Start, r.End)
	if err != nil {
		t.State = anchor.Orphaned
		return true
	}
	t.Selector = sel
	if r.Status == anchor.Fuzzy || t.State == anchor.Fuzzy {
		t.State = anchor.Fuzzy
	} else {
		t.State = anchor.Exact
	}
	return true
}

// enqueueChildren re-indexes an article's annotations and quotes.
func (l *Library) enqueueChildren(tx Tx, articleID string) error {
	for _, r := range []struct {
		ref Ref
		typ DocType
	}{{RefArticleAnnotations, TypeAnnotation}, {RefArticleQuotes, TypeQuote}} {
		ids, err := tx.RefIDs(r.ref, articleID)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if err := enqueue(tx, r.typ, id); err != nil {
				return err
			}
		}
	}
	return nil
}
