package app

import (
	"errors"
	"fmt"
	"time"

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
	_, err := l.replaceArticleRev(tx, old, next, versionReason{reason: reason})
	return err
}

// replaceArticleRev is replaceArticle recording why the revision was made
// (on the version it replaces) and reporting what re-anchoring did.
func (l *Library) replaceArticleRev(tx Tx, old, next *Article, why versionReason) (ReanchorSummary, error) {
	var sum ReanchorSummary
	now := l.Now()
	if err := tx.Put(BucketArticleVersions, versionKey(old.ID, old.Revision),
		ArticleVersion{ArticleID: old.ID, Revision: old.Revision, Saved: now, Article: *old,
			Reason: why.reason, Restored: why.restored}); err != nil {
		return sum, err
	}
	next.ContentHash = ContentHash(next.Body)
	next.Revision = old.Revision + 1
	next.Updated = now
	next.V = RecordVersion
	if err := removeArticleRefs(tx, old); err != nil {
		return sum, err
	}
	if err := putArticle(tx, next); err != nil {
		return sum, err
	}
	if err := addArticleRefs(tx, next); err != nil {
		return sum, err
	}
	if err := l.setTags(tx, TypeArticle, next.ID, old.Tags, next.Tags); err != nil {
		return sum, err
	}
	if err := enqueue(tx, TypeArticle, next.ID); err != nil {
		return sum, err
	}
	newText := next.Text()
	if newText != old.Text() {
		var err error
		if sum, err = l.reanchorAll(tx, next.ID, old.Text(), newText); err != nil {
			return sum, err
		}
		// The finder only has something new to say about new text.
		if err := l.suggestQuotes(tx, next, quotes.Find(newText)); err != nil {
			return sum, err
		}
	}
	if next.Title != old.Title || next.Source != old.Source || next.Author != old.Author || !next.Published.Equal(old.Published) {
		// Annotation and quote documents carry the article's title, source, author and date.
		if err := l.enqueueChildren(tx, next.ID); err != nil {
			return sum, err
		}
	}
	return sum, nil
}

// reanchorAll re-anchors every annotation and quote of an article from
// oldText to text and counts what happened to them. Only the anchors that
// changed are written back (and re-indexed).
func (l *Library) reanchorAll(tx Tx, articleID, oldText, text string) (ReanchorSummary, error) {
	var sum ReanchorSummary
	start := time.Now()
	doc := anchor.NewDoc(text)
	shift := paragraphShift(oldText, text)
	move := pointMap(oldText, text)
	now := l.Now()
	annIDs, err := tx.RefIDs(RefArticleAnnotations, articleID)
	if err != nil {
		return sum, err
	}
	for _, id := range annIDs {
		var a Annotation
		if err := tx.Get(BucketAnnotations, id, &a); err != nil {
			return sum, err
		}
		before := a.Target
		outcome, changed := retarget(&a.Target, doc, shift, move)
		sum.Annotations.count(outcome)
		if !changed {
			continue
		}
		a.Updated = now
		if err := tx.Put(BucketAnnotations, id, &a); err != nil {
			return sum, err
		}
		if err := setAnchorState(tx, id, anchorStateKey(TypeAnnotation, before.State, false), annotationStateKey(&a)); err != nil {
			return sum, err
		}
		if !indexedSame(before, a.Target) {
			if err := enqueue(tx, TypeAnnotation, id); err != nil {
				return sum, err
			}
		}
	}
	qIDs, err := tx.RefIDs(RefArticleQuotes, articleID)
	if err != nil {
		return sum, err
	}
	for _, id := range qIDs {
		var q Quote
		if err := tx.Get(BucketQuotes, id, &q); err != nil {
			return sum, err
		}
		before := q.Target
		outcome, changed := retarget(&q.Target, doc, shift, move)
		sum.Quotes.count(outcome)
		if !changed {
			continue
		}
		if !q.Orphaned() {
			q.Text = q.Selector.Exact
		}
		q.Updated = now
		if err := tx.Put(BucketQuotes, id, &q); err != nil {
			return sum, err
		}
		rejected := q.Status == QuoteRejected
		if err := setAnchorState(tx, id, anchorStateKey(TypeQuote, before.State, rejected), quoteStateKey(&q)); err != nil {
			return sum, err
		}
		if !indexedSame(before, q.Target) {
			if err := enqueue(tx, TypeQuote, id); err != nil {
				return sum, err
			}
		}
	}
	sum.Took = time.Since(start)
	return sum, nil
}

// indexedSame reports whether a re-anchored target's search document is
// unchanged: documents hold the words and the state, not the offsets, so a
// passage that only moved (a paragraph inserted above it) is not re-indexed.
func indexedSame(a, b Target) bool {
	return a.Selector.Exact == b.Selector.Exact && a.State == b.State
}

// retarget re-anchors t in doc, reports what happened and whether t
// changed. A target attached again gets a fresh selector (its context read
// from the new text, so later edits re-anchor against what is there now).
// An orphan keeps its old selector (text and context), so the analyst can
// see what it was; it is tried again on every edit, so an undo or a passage
// pasted back brings it home. A fuzzy match takes the new words and is
// flagged for review, as is an orphan found anywhere but its old place.
//
// shift (see paragraphShift) says where an attached target's paragraphs
// went, so the anchorer looks there first: an untouched passage is then
// confirmed in place instead of searched for, and a repeated passage is
// told apart by where it was.
//
// move (see pointMap) carries an orphan's position over to the new text,
// as a point (Start = End): where its passage was in the text as it is now,
// rather than a span of a text long gone.
func retarget(t *Target, doc *anchor.Doc, shift func(start, end int) (int, int, bool), move func(int) int) (anchorOutcome, bool) {
	wasOrphan := t.Orphaned()
	hint := t.Selector
	if !wasOrphan && shift != nil {
		if s, e, ok := shift(hint.Start, hint.End); ok {
			hint.Start, hint.End = s, e
		}
	}
	r := doc.Anchor(hint)
	var sel anchor.Selector
	err := errors.New("orphaned")
	if r.Status != anchor.Orphaned {
		sel, err = doc.Select(r.Start, r.End)
	}
	if err != nil {
		moved := false
		if move != nil {
			// A point: the words are gone, their place is all there is.
			s := move(t.Selector.Start)
			e := s
			moved = s != t.Selector.Start || e != t.Selector.End
			t.Selector.Start, t.Selector.End = s, e
		}
		if wasOrphan {
			return outcomeStill, moved
		}
		t.State = anchor.Orphaned
		return outcomeOrphaned, true
	}
	state := anchor.Exact
	if r.Status == anchor.Fuzzy || t.State == anchor.Fuzzy || wasOrphan && r.Status != anchor.Exact {
		state = anchor.Fuzzy
	}
	outcome := outcomeUnchanged
	switch {
	case wasOrphan:
		outcome = outcomeRestored
	case r.Status == anchor.Fuzzy:
		outcome = outcomeFlagged
	case r.Start != t.Selector.Start || r.End != t.Selector.End:
		outcome = outcomeMoved
	}
	if t.State == "" {
		t.State = anchor.Exact // records from before states were written
	}
	changed := sel != t.Selector || state != t.State
	t.Selector, t.State = sel, state
	return outcome, changed
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

// pointMap maps a position in oldText to newText by what the two share at
// the start and at the end: positions in the common head stay, positions in
// the common tail move by the change in length, and positions inside the
// changed middle go to where the change starts.
func pointMap(oldText, newText string) func(int) int {
	o, n := []rune(oldText), []rune(newText)
	head := 0
	for head < len(o) && head < len(n) && o[head] == n[head] {
		head++
	}
	tail := 0
	for tail < len(o)-head && tail < len(n)-head && o[len(o)-1-tail] == n[len(n)-1-tail] {
		tail++
	}
	return func(p int) int {
		switch {
		case p <= head:
			return min(p, len(n))
		case p >= len(o)-tail:
			return min(max(p+len(n)-len(o), head), len(n))
		}
		return head
	}
}
