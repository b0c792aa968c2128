package app

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier/app/anchor"
)

// Annotation use cases: highlighting a span of an article with a colour, a
// Markdown note and tags; the orphans and flagged anchors that editing an
// article leaves for the analyst (annotations and quotes alike); and
// re-attaching or reviewing them.

// MaxNoteLen is the longest annotation note, in characters.
const MaxNoteLen = 100_000

// ErrEmptySpan is returned for a span that holds only white space.
var ErrEmptySpan = errors.New("the span holds no text")

// AnnotationInput describes a new annotation. The passage is given either by
// Start and End (rune offsets into the article's Text, end exclusive) or by
// Quote, its text, which must occur exactly once (white space and quote
// marks are matched loosely). White space at either end of the span is left
// out of the highlight.
type AnnotationInput struct {
	ArticleID  string
	Start, End int
	Quote      string
	Color      string // "#rrggbb", "#rgb" or a colour name; "" for the default
	Note       string // Markdown
	Tags       []string
}

// AnnotationEdit changes an annotation; nil fields are left alone.
type AnnotationEdit struct {
	Color *string
	Note  *string
	Tags  []string // nil: unchanged; empty: no tags
}

// Annotate highlights a passage of an article. Bad input (a span outside
// the text or empty, an ambiguous or missing quote, a bad tag or colour) is
// refused with nothing written.
func (l *Library) Annotate(ctx context.Context, in AnnotationInput) (*Annotation, error) {
	tags, color, err := checkAnnotationFields(in.Tags, in.Color, in.Note)
	if err != nil {
		return nil, fmt.Errorf("annotate: %w", err)
	}
	if in.Quote != "" && (in.Start != 0 || in.End != 0) {
		return nil, errors.New("annotate: give the passage as a quote or as start and end, not both")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var an Annotation
	err = l.store.Update(func(tx Tx) error {
		var a Article
		if err := tx.Get(BucketArticles, in.ArticleID, &a); err != nil {
			return fmt.Errorf("article %s: %w", in.ArticleID, err)
		}
		sel, err := selectPassage(a.Text(), in.Start, in.End, in.Quote)
		if err != nil {
			return err
		}
		now := l.Now()
		an = Annotation{Meta: newMeta(l.NewID(), now), Target: Target{ArticleID: a.ID, Selector: sel, State: anchor.Exact},
			Color: color, Note: in.Note, Tags: tags}
		if err := tx.Put(BucketAnnotations, an.ID, &an); err != nil {
			return err
		}
		if err := tx.AddRef(RefArticleAnnotations, a.ID, an.ID); err != nil {
			return err
		}
		if err := l.setTags(tx, TypeAnnotation, an.ID, nil, tags); err != nil {
			return err
		}
		if err := setLinks(tx, carrier(TypeAnnotation, an.ID), "", an.Note); err != nil {
			return err
		}
		return enqueue(tx, TypeAnnotation, an.ID)
	})
	if err != nil {
		return nil, fmt.Errorf("annotate: %w", err)
	}
	l.Kick()
	return &an, nil
}

// checkAnnotationFields validates what an annotation carries besides its span.
func checkAnnotationFields(tags []string, color, note string) ([]string, string, error) {
	t, err := NormalizeTags(tags)
	if err != nil {
		return nil, "", err
	}
	c, err := NormalizeColor(color)
	if err != nil {
		return nil, "", err
	}
	if err := validNote(note); err != nil {
		return nil, "", err
	}
	return t, c, nil
}

func validNote(s string) error {
	if !utf8.ValidString(s) {
		return errors.New("the note is not valid UTF-8")
	}
	if utf8.RuneCountInString(s) > MaxNoteLen {
		return fmt.Errorf("the note is longer than %d characters", MaxNoteLen)
	}
	if strings.ContainsRune(s, 0) {
		return errors.New("the note contains a NUL character")
	}
	return nil
}

// selectPassage builds the selector of a passage of text, given by offsets
// or by its words (quote), with white space trimmed from both ends.
func selectPassage(text string, start, end int, quote string) (anchor.Selector, error) {
	doc := anchor.NewDoc(text)
	if quote != "" {
		s, e, err := anchor.Find(text, quote)
		if err != nil {
			return anchor.Selector{}, err
		}
		start, end = s, e
	}
	if start < 0 || start >= end || end > doc.Len() {
		return anchor.Selector{}, fmt.Errorf("%w: [%d,%d) is %s (the text has %d characters)",
			anchor.ErrBadSpan, start, end, spanProblem(start, end, doc.Len()), doc.Len())
	}
	runes := []rune(doc.Slice(start, end))
	lo, hi := 0, len(runes)
	for lo < hi && unicode.IsSpace(runes[lo]) {
		lo++
	}
	for hi > lo && unicode.IsSpace(runes[hi-1]) {
		hi--
	}
	if lo == hi {
		return anchor.Selector{}, fmt.Errorf("%w: [%d,%d) is white space only", ErrEmptySpan, start, end)
	}
	return doc.Select(start+lo, start+hi)
}

func spanProblem(start, end, n int) string {
	switch {
	case start < 0:
		return "before the start of the text"
	case start >= end:
		return "empty"
	case end > n:
		return "past the end of the text"
	}
	return "invalid"
}

// FindPassage returns the rune offsets of a passage of an article's text
// given by its words: anchor.ErrNotFound or anchor.ErrAmbiguous when it does
// not occur exactly once.
func (l *Library) FindPassage(articleID, quote string) (start, end int, err error) {
	a, err := l.Article(articleID)
	if err != nil {
		return 0, 0, err
	}
	sel, err := selectPassage(a.Text(), 0, 0, quote)
	if err != nil {
		return 0, 0, err
	}
	return sel.Start, sel.End, nil
}

// Annotation returns the annotation with this ID.
func (l *Library) Annotation(id string) (*Annotation, error) {
	var an Annotation
	if err := l.store.View(func(tx Tx) error { return tx.Get(BucketAnnotations, id, &an) }); err != nil {
		return nil, fmt.Errorf("annotation %s: %w", id, err)
	}
	return &an, nil
}

// UpdateAnnotation changes an annotation's colour, note or tags.
func (l *Library) UpdateAnnotation(ctx context.Context, id string, e AnnotationEdit) (*Annotation, error) {
	var color, note string
	if e.Color != nil {
		color = *e.Color
	}
	if e.Note != nil {
		note = *e.Note
	}
	tags, color, err := checkAnnotationFields(e.Tags, color, note)
	if err != nil {
		return nil, fmt.Errorf("edit annotation %s: %w", id, err)
	}
	var an Annotation
	err = l.store.Update(func(tx Tx) error {
		if err := tx.Get(BucketAnnotations, id, &an); err != nil {
			return err
		}
		if e.Color != nil {
			an.Color = color
		}
		if e.Note != nil {
			// [[links]] in a highlight's note are backlinks of their pages.
			if err := setLinks(tx, carrier(TypeAnnotation, id), an.Note, note); err != nil {
				return err
			}
			an.Note = note
		}
		if e.Tags != nil {
			if err := l.setTags(tx, TypeAnnotation, id, an.Tags, tags); err != nil {
				return err
			}
			an.Tags = tags
		}
		an.Updated, an.V = l.Now(), RecordVersion
		if err := tx.Put(BucketAnnotations, id, &an); err != nil {
			return err
		}
		return enqueue(tx, TypeAnnotation, id)
	})
	if err != nil {
		return nil, fmt.Errorf("edit annotation %s: %w", id, err)
	}
	l.Kick()
	return &an, nil
}

// DeleteAnnotation deletes an annotation.
func (l *Library) DeleteAnnotation(ctx context.Context, id string) error {
	err := l.store.Update(func(tx Tx) error {
		var an Annotation
		if err := tx.Get(BucketAnnotations, id, &an); err != nil {
			return err
		}
		if err := tx.RemoveRef(RefArticleAnnotations, an.ArticleID, id); err != nil {
			return err
		}
		if err := setAnchorState(tx, id, annotationStateKey(&an), ""); err != nil {
			return err
		}
		if err := l.setTags(tx, TypeAnnotation, id, an.Tags, nil); err != nil {
			return err
		}
		if err := setLinks(tx, carrier(TypeAnnotation, id), an.Note, ""); err != nil {
			return err
		}
		if err := tx.Delete(BucketAnnotations, id); err != nil {
			return err
		}
		return enqueue(tx, TypeAnnotation, id)
	})
	if err != nil {
		return fmt.Errorf("delete annotation %s: %w", id, err)
	}
	l.Kick()
	return nil
}

// AnnotationRow is an annotation with the title of its article.
type AnnotationRow struct {
	Annotation
	ArticleTitle string `json:"article_title"`
}

// Annotations lists an article's annotations (every annotation when
// articleID is ""), by article and position; an article's orphans come
// after its attached annotations.
func (l *Library) Annotations(articleID string) ([]AnnotationRow, error) {
	out := []AnnotationRow{}
	err := l.store.View(func(tx Tx) error {
		arts := articleInfo{tx: tx, m: map[string]*Article{}}
		add := func(an *Annotation) {
			out = append(out, AnnotationRow{Annotation: *an, ArticleTitle: arts.get(an.ArticleID).Title})
		}
		if articleID == "" {
			return tx.ForEach(BucketAnnotations, "", func(_ string, decode func(any) error) error {
				var an Annotation
				if err := decode(&an); err != nil {
					return err
				}
				add(&an)
				return nil
			})
		}
		if !tx.Has(BucketArticles, articleID) {
			return fmt.Errorf("article %s: %w", articleID, ErrNotFound)
		}
		ids, err := tx.RefIDs(RefArticleAnnotations, articleID)
		if err != nil {
			return err
		}
		for _, id := range ids {
			var an Annotation
			if err := tx.Get(BucketAnnotations, id, &an); err != nil {
				if errors.Is(err, ErrNotFound) {
					continue
				}
				return err
			}
			add(&an)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list annotations: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.ArticleID != b.ArticleID {
			return a.ArticleID < b.ArticleID
		}
		if a.Orphaned() != b.Orphaned() {
			return b.Orphaned()
		}
		if a.Selector.Start != b.Selector.Start {
			return a.Selector.Start < b.Selector.Start
		}
		return a.ID < b.ID
	})
	return out, nil
}

// ResolveAnnotationID accepts a full annotation or quote ID, or an
// unambiguous prefix of one (at least 6 characters), and says which it is.
func (l *Library) ResolveAnnotationID(ref string) (DocType, string, error) {
	var kind DocType
	var id string
	err := l.store.View(func(tx Tx) error {
		var errA, errQ error
		if id, errA = resolveIDIn(tx, BucketAnnotations, "annotation", ref); errA == nil {
			kind = TypeAnnotation
			return nil
		}
		if id, errQ = resolveIDIn(tx, BucketQuotes, "quote", ref); errQ == nil {
			kind = TypeQuote
			return nil
		}
		if errors.Is(errA, ErrNotFound) && errors.Is(errQ, ErrNotFound) {
			return fmt.Errorf("annotation or quote %s: %w", strings.ToUpper(strings.TrimSpace(ref)), ErrNotFound)
		}
		if !errors.Is(errA, ErrNotFound) {
			return errA
		}
		return errQ
	})
	return kind, id, err
}

// AnchoredItem is an annotation or a quote whose anchor needs the
// analyst: orphaned (its words are gone from the article) or flagged (it
// was re-attached to words that changed). An orphan keeps the words it had,
// with their context, so the analyst can see what it was.
type AnchoredItem struct {
	Kind         DocType         `json:"kind"` // annotation or quote
	ID           string          `json:"id"`
	ArticleID    string          `json:"article_id"`
	ArticleTitle string          `json:"article_title"`
	State        AnchorState     `json:"state"`
	Selector     anchor.Selector `json:"selector"`
	Note         string          `json:"note,omitempty"`
	Speaker      string          `json:"speaker,omitempty"`
	Color        string          `json:"color,omitempty"`
	Tags         []string        `json:"tags"`
	Updated      time.Time       `json:"updated"`
}

// Orphans lists the annotations and quotes that lost their place in their
// article, by article and old position.
func (l *Library) Orphans() ([]AnchoredItem, error) {
	return l.anchoredItems(anchor.Orphaned)
}

// Flagged lists the annotations and quotes re-attached to changed words,
// waiting for the analyst to check them (MarkReviewed).
func (l *Library) Flagged() ([]AnchoredItem, error) {
	return l.anchoredItems(anchor.Fuzzy)
}

func (l *Library) anchoredItems(state AnchorState) ([]AnchoredItem, error) {
	out := []AnchoredItem{}
	err := l.store.View(func(tx Tx) error {
		arts := articleInfo{tx: tx, m: map[string]*Article{}}
		item := func(kind DocType, id string, t *Target) AnchoredItem {
			return AnchoredItem{Kind: kind, ID: id, ArticleID: t.ArticleID, ArticleTitle: arts.get(t.ArticleID).Title,
				State: t.State, Selector: t.Selector}
		}
		if err := tx.ForEach(BucketAnnotations, "", func(_ string, decode func(any) error) error {
			var an Annotation
			if err := decode(&an); err != nil {
				return err
			}
			if an.State == state {
				it := item(TypeAnnotation, an.ID, &an.Target)
				it.Note, it.Color, it.Tags, it.Updated = an.Note, an.Color, nonNilTags(an.Tags), an.Updated
				out = append(out, it)
			}
			return nil
		}); err != nil {
			return err
		}
		return tx.ForEach(BucketQuotes, "", func(_ string, decode func(any) error) error {
			var q Quote
			if err := decode(&q); err != nil {
				return err
			}
			if q.State == state && q.Status != QuoteRejected {
				it := item(TypeQuote, q.ID, &q.Target)
				it.Note, it.Speaker, it.Tags, it.Updated = q.Note, q.Speaker, nonNilTags(q.Tags), q.Updated
				out = append(out, it)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list %s annotations: %w", state, err)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.ArticleID != b.ArticleID {
			return a.ArticleID < b.ArticleID
		}
		if a.Selector.Start != b.Selector.Start {
			return a.Selector.Start < b.Selector.Start
		}
		return a.ID < b.ID
	})
	return out, nil
}

func nonNilTags(t []string) []string {
	if t == nil {
		return []string{}
	}
	return t
}

// AnchorCounts are the numbers the sidebar shows for annotations.
type AnchorCounts struct {
	Annotations         int `json:"annotations"`
	OrphanedAnnotations int `json:"orphaned_annotations"`
	FlaggedAnnotations  int `json:"flagged_annotations"`
	OrphanedQuotes      int `json:"orphaned_quotes"` // rejected quotes not counted
	FlaggedQuotes       int `json:"flagged_quotes"`
}

// Orphans is the number of orphaned annotations and quotes.
func (c AnchorCounts) Orphans() int { return c.OrphanedAnnotations + c.OrphanedQuotes }

// Flagged is the number of flagged annotations and quotes.
func (c AnchorCounts) Flagged() int { return c.FlaggedAnnotations + c.FlaggedQuotes }

// AnchorCounts counts annotations, orphans and flagged anchors. It reads
// secondary indexes only (RefArticleAnnotations for the total,
// RefAnchorState for the rest), never a record.
func (l *Library) AnchorCounts() (AnchorCounts, error) {
	var c AnchorCounts
	err := l.store.View(func(tx Tx) error {
		if err := tx.ForEachRef(RefArticleAnnotations, "", func(string, string) error {
			c.Annotations++
			return nil
		}); err != nil {
			return err
		}
		return tx.ForEachRef(RefAnchorState, "", func(key, _ string) error {
			switch key {
			case anchorStateKey(TypeAnnotation, anchor.Orphaned, false):
				c.OrphanedAnnotations++
			case anchorStateKey(TypeAnnotation, anchor.Fuzzy, false):
				c.FlaggedAnnotations++
			case anchorStateKey(TypeQuote, anchor.Orphaned, false):
				c.OrphanedQuotes++
			case anchorStateKey(TypeQuote, anchor.Fuzzy, false):
				c.FlaggedQuotes++
			}
			return nil
		})
	})
	if err != nil {
		return c, fmt.Errorf("count annotations: %w", err)
	}
	return c, nil
}

// anchorStateKey is a record's key in RefAnchorState: "<kind>/<state>" for
// an orphaned or flagged (fuzzy) anchor, "" when it is not listed there
// (attached exactly, or a rejected quote, which the counts leave out).
func anchorStateKey(kind DocType, state AnchorState, rejected bool) string {
	if rejected || state != anchor.Orphaned && state != anchor.Fuzzy {
		return ""
	}
	return string(kind) + "/" + string(state)
}

// annotationStateKey is anchorStateKey for an annotation ("" for nil).
func annotationStateKey(an *Annotation) string {
	if an == nil {
		return ""
	}
	return anchorStateKey(TypeAnnotation, an.State, false)
}

// quoteStateKey is anchorStateKey for a quote ("" for nil).
func quoteStateKey(q *Quote) string {
	if q == nil {
		return ""
	}
	return anchorStateKey(TypeQuote, q.State, q.Status == QuoteRejected)
}

// setAnchorState moves record id in RefAnchorState from its old key to its
// new one ("" for none), in the transaction that writes or deletes it.
func setAnchorState(tx Tx, id, oldKey, newKey string) error {
	if oldKey != "" && oldKey != newKey {
		if err := tx.RemoveRef(RefAnchorState, oldKey, id); err != nil {
			return err
		}
	}
	if newKey != "" {
		return tx.AddRef(RefAnchorState, newKey, id)
	}
	return nil
}

// Reattach attaches an annotation or quote (an orphan, typically) to the
// span [start, end) of its article's current text, clearing its flags. A
// quote is corrected through UpdateQuote, so the finder's version of it
// does not come back.
func (l *Library) Reattach(ctx context.Context, id string, start, end int) (*AnchoredItem, error) {
	kind, err := l.targetKind(id)
	if err != nil {
		return nil, fmt.Errorf("re-attach %s: %w", id, err)
	}
	if kind == TypeQuote {
		q, err := l.Quote(id)
		if err != nil {
			return nil, err
		}
		a, err := l.Article(q.ArticleID)
		if err != nil {
			return nil, fmt.Errorf("re-attach quote %s: %w", id, err)
		}
		sel, err := selectPassage(a.Text(), start, end, "")
		if err != nil {
			return nil, fmt.Errorf("re-attach quote %s: %w", id, err)
		}
		s, e := sel.Start, sel.End
		q, err = l.UpdateQuote(id, QuoteEdit{Start: &s, End: &e})
		if err != nil {
			return nil, err
		}
		return &AnchoredItem{Kind: TypeQuote, ID: q.ID, ArticleID: q.ArticleID, ArticleTitle: a.Title, State: q.State,
			Selector: q.Selector, Note: q.Note, Speaker: q.Speaker, Tags: nonNilTags(q.Tags), Updated: q.Updated}, nil
	}
	var it AnchoredItem
	err = l.store.Update(func(tx Tx) error {
		var an Annotation
		if err := tx.Get(BucketAnnotations, id, &an); err != nil {
			return err
		}
		var a Article
		if err := tx.Get(BucketArticles, an.ArticleID, &a); err != nil {
			return fmt.Errorf("article %s: %w", an.ArticleID, err)
		}
		sel, err := selectPassage(a.Text(), start, end, "")
		if err != nil {
			return err
		}
		was := annotationStateKey(&an)
		an.Selector, an.State = sel, anchor.Exact
		an.Updated, an.V = l.Now(), RecordVersion
		if err := tx.Put(BucketAnnotations, id, &an); err != nil {
			return err
		}
		if err := setAnchorState(tx, id, was, annotationStateKey(&an)); err != nil {
			return err
		}
		it = AnchoredItem{Kind: TypeAnnotation, ID: id, ArticleID: a.ID, ArticleTitle: a.Title, State: an.State,
			Selector: sel, Note: an.Note, Color: an.Color, Tags: nonNilTags(an.Tags), Updated: an.Updated}
		return enqueue(tx, TypeAnnotation, id)
	})
	if err != nil {
		return nil, fmt.Errorf("re-attach annotation %s: %w", id, err)
	}
	l.Kick()
	return &it, nil
}

// MarkReviewed clears the flag of an annotation or quote that was
// re-attached to changed words: the analyst has checked it. An orphan
// cannot be marked reviewed; re-attach or delete it.
func (l *Library) MarkReviewed(ctx context.Context, id string) error {
	kind, err := l.targetKind(id)
	if err != nil {
		return fmt.Errorf("mark %s reviewed: %w", id, err)
	}
	err = l.store.Update(func(tx Tx) error {
		switch kind {
		case TypeQuote:
			var q Quote
			if err := tx.Get(BucketQuotes, id, &q); err != nil {
				return err
			}
			if err := reviewable(&q.Target); err != nil || q.State != anchor.Fuzzy {
				return err
			}
			old := q
			q.State, q.Updated = anchor.Exact, l.Now()
			return l.putQuote(tx, &q, &old)
		default:
			var an Annotation
			if err := tx.Get(BucketAnnotations, id, &an); err != nil {
				return err
			}
			if err := reviewable(&an.Target); err != nil || an.State != anchor.Fuzzy {
				return err
			}
			was := annotationStateKey(&an)
			an.State, an.Updated, an.V = anchor.Exact, l.Now(), RecordVersion
			if err := tx.Put(BucketAnnotations, id, &an); err != nil {
				return err
			}
			if err := setAnchorState(tx, id, was, annotationStateKey(&an)); err != nil {
				return err
			}
			return enqueue(tx, TypeAnnotation, id)
		}
	})
	if err != nil {
		return fmt.Errorf("mark %s %s reviewed: %w", kind, id, err)
	}
	l.Kick()
	return nil
}

func reviewable(t *Target) error {
	if t.Orphaned() {
		return errors.New("it is orphaned: re-attach it to a passage or delete it")
	}
	return nil
}

// targetKind says whether id is an annotation or a quote.
func (l *Library) targetKind(id string) (DocType, error) {
	var kind DocType
	err := l.store.View(func(tx Tx) error {
		switch {
		case tx.Has(BucketAnnotations, id):
			kind = TypeAnnotation
		case tx.Has(BucketQuotes, id):
			kind = TypeQuote
		default:
			return fmt.Errorf("annotation or quote %s: %w", id, ErrNotFound)
		}
		return nil
	})
	return kind, err
}
