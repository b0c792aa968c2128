package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article editing: the analyst corrects an article's text (a typo, a bad
// import) or its metadata. Every edit keeps the previous state as a version
// (replaceArticle), every annotation and quote re-anchors to the new text,
// and an edit can be undone or an earlier version restored, each as a new
// revision.

// MaxTitleLen is the longest article title, in characters.
const MaxTitleLen = 500

// ArticleEdit is a change to an article; nil fields are left alone.
type ArticleEdit struct {
	Title     *string
	Source    *string
	Author    *string
	URL       *string
	Dateline  *string
	Published *time.Time // a zero time clears the date
	// Body replaces the paragraphs. Each must hold text and no blank line
	// (a blank line separates paragraphs in the article's Text).
	Body []string
	// Headings are the indexes of the paragraphs that are subheadings. With
	// Body they are taken as given (nil: none); without Body, nil leaves the
	// headings alone.
	Headings []int
	Captions []Caption // nil: unchanged
	Tags     []string  // nil: unchanged; tags alone make no new revision
}

// ReanchorCounts says how the anchors of one kind fared in an edit.
type ReanchorCounts struct {
	Unchanged int `json:"unchanged"` // same words, same place
	Moved     int `json:"moved"`     // same words, new place
	Flagged   int `json:"flagged"`   // attached to words that changed: flagged for review
	Orphaned  int `json:"orphaned"`  // newly orphaned: their words are gone
	Restored  int `json:"restored"`  // orphans whose words came back (an undo), attached again
	Still     int `json:"still_orphaned"`
}

// Total is the number of anchors counted.
func (c ReanchorCounts) Total() int {
	return c.Unchanged + c.Moved + c.Flagged + c.Orphaned + c.Restored + c.Still
}

func (c *ReanchorCounts) count(o anchorOutcome) {
	switch o {
	case outcomeUnchanged:
		c.Unchanged++
	case outcomeMoved:
		c.Moved++
	case outcomeFlagged:
		c.Flagged++
	case outcomeOrphaned:
		c.Orphaned++
	case outcomeRestored:
		c.Restored++
	case outcomeStill:
		c.Still++
	}
}

// ReanchorSummary is what re-anchoring did after an article's text changed.
type ReanchorSummary struct {
	Annotations ReanchorCounts `json:"annotations"`
	Quotes      ReanchorCounts `json:"quotes"`
	// Took is the time re-anchoring took (reading, anchoring and writing
	// back the anchors), for diagnostics and benchmarks.
	Took time.Duration `json:"-"`
}

// anchorOutcome is what re-anchoring did to one anchor.
type anchorOutcome int

const (
	outcomeUnchanged anchorOutcome = iota
	outcomeMoved
	outcomeFlagged
	outcomeOrphaned
	outcomeRestored
	outcomeStill
)

// EditResult is what an edit did.
type EditResult struct {
	Article *Article `json:"-"`
	// Changed is false when the edit changed nothing: nothing was written.
	Changed bool `json:"changed"`
	// Revision is the article's revision after the edit.
	Revision int `json:"revision"`
	// TextChanged reports whether the text changed (and anchors re-anchored).
	TextChanged bool            `json:"text_changed"`
	Reanchor    ReanchorSummary `json:"reanchor"`
}

// EditArticle saves an edit of an article: the previous state is kept as a
// version, annotations and quotes re-anchor to the new text (flagged when
// their words changed, orphaned when they are gone) and the quote finder
// runs on the new text. A title change rewrites the [[links]] that led to
// the article. An edit that changes nothing writes nothing; one that only
// changes tags makes no new revision.
func (l *Library) EditArticle(ctx context.Context, id string, e ArticleEdit) (*EditResult, error) {
	if err := checkArticleEdit(&e); err != nil {
		return nil, fmt.Errorf("edit article %s: %w", id, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var res *EditResult
	err := l.store.Update(func(tx Tx) error {
		var old Article
		if err := tx.Get(BucketArticles, id, &old); err != nil {
			return err
		}
		next := cloneArticle(&old)
		if err := applyArticleEdit(next, &e); err != nil {
			return err
		}
		var err error
		res, err = l.saveArticle(tx, &old, next, versionReason{reason: "edit"})
		return unchangedRollback(res, err)
	})
	if err != nil && !errors.Is(err, errUnchanged) {
		return nil, fmt.Errorf("edit article %s: %w", id, err)
	}
	if res.Changed {
		l.Kick()
	}
	return res, nil
}

// SetArticleTags replaces an article's tags (no new revision).
func (l *Library) SetArticleTags(ctx context.Context, id string, tags []string) (*Article, error) {
	if tags == nil {
		tags = []string{}
	}
	res, err := l.EditArticle(ctx, id, ArticleEdit{Tags: tags})
	if err != nil {
		return nil, err
	}
	return res.Article, nil
}

// errUnchanged rolls back the transaction of an edit that changed nothing:
// a bbolt commit writes a new meta page even when nothing else changed.
var errUnchanged = errors.New("unchanged")

func unchangedRollback(res *EditResult, err error) error {
	if err == nil && !res.Changed {
		return errUnchanged
	}
	return err
}

// versionReason says why a revision replaced the one before it.
type versionReason struct {
	reason   string
	restored int // the revision whose content was restored (undo, restore)
}

// saveArticle stores next as the new state of old: nothing when they are
// the same, the tags alone when only they changed, else a new revision
// through replaceArticle.
func (l *Library) saveArticle(tx Tx, old, next *Article, why versionReason) (*EditResult, error) {
	res := &EditResult{Article: next, Revision: old.Revision}
	tagsChanged := !equalStrings(old.Tags, next.Tags)
	if sameContent(old, next) {
		if !tagsChanged {
			*next = *old
			return res, nil
		}
		next.Updated, next.V = l.Now(), RecordVersion
		if err := tx.Put(BucketArticles, next.ID, next); err != nil {
			return nil, err
		}
		if err := l.setTags(tx, TypeArticle, next.ID, old.Tags, next.Tags); err != nil {
			return nil, err
		}
		res.Changed = true
		return res, enqueue(tx, TypeArticle, next.ID)
	}
	// [[links]] to the old title are rewritten when they led to this
	// article; that is decided before its title refs change.
	rewrite, err := retitledLinks(tx, old, next)
	if err != nil {
		return nil, err
	}
	sum, err := l.replaceArticleRev(tx, old, next, why)
	if err != nil {
		return nil, err
	}
	if rewrite {
		if _, err := l.rewriteLinks(tx, old.Title, next.Title, ""); err != nil {
			return nil, err
		}
	}
	res.Changed, res.Revision, res.Reanchor = true, next.Revision, sum
	res.TextChanged = old.Text() != next.Text()
	return res, nil
}

// retitledLinks reports whether [[links]] to old's title are to follow the
// article to next's title: the title changes and led to this article alone.
// It must be asked before the article's title refs change.
func retitledLinks(tx Tx, old, next *Article) (bool, error) {
	if old.Title == next.Title {
		return false, nil
	}
	p, ok, err := resolve(tx, old.Title)
	if err != nil || !ok || p.Kind != TypeArticle || p.ID != old.ID {
		return false, err
	}
	ids, err := tx.RefIDs(RefArticleTitle, pageKey(old.Title))
	return len(ids) == 1, err // another article with the title keeps the links
}

// sameContent reports whether two states of an article have the same text
// and metadata (tags aside).
func sameContent(a, b *Article) bool {
	return a.Title == b.Title && a.Source == b.Source && a.Author == b.Author && a.URL == b.URL &&
		a.Dateline == b.Dateline && a.Kicker == b.Kicker && a.Published.Equal(b.Published) && slices.Equal(a.Body, b.Body) &&
		slices.Equal(normHeadings(a.Headings), normHeadings(b.Headings)) && slices.Equal(a.Captions, b.Captions)
}

func normHeadings(h []int) []int {
	if len(h) == 0 {
		return nil
	}
	out := slices.Clone(h)
	slices.Sort(out)
	return slices.Compact(out)
}

// cloneArticle copies an article deeply enough that editing the copy's
// slices leaves the original alone.
func cloneArticle(a *Article) *Article {
	c := *a
	c.Body = slices.Clone(a.Body)
	c.Headings = slices.Clone(a.Headings)
	c.Captions = slices.Clone(a.Captions)
	c.Tags = slices.Clone(a.Tags)
	return &c
}

// checkArticleEdit validates and normalises the fields of an edit that can
// be checked without the article.
func checkArticleEdit(e *ArticleEdit) error {
	if e.Title != nil {
		t := strings.TrimSpace(*e.Title)
		switch {
		case t == "":
			return errors.New("the title is empty")
		case utf8.RuneCountInString(t) > MaxTitleLen:
			return fmt.Errorf("the title is longer than %d characters", MaxTitleLen)
		}
		if err := singleLine("title", t); err != nil {
			return err
		}
		e.Title = &t
	}
	for _, f := range []struct {
		name string
		v    **string
	}{{"source", &e.Source}, {"author", &e.Author}, {"dateline", &e.Dateline}, {"URL", &e.URL}} {
		if *f.v == nil {
			continue
		}
		s := strings.TrimSpace(**f.v)
		if utf8.RuneCountInString(s) > 1000 {
			return fmt.Errorf("the %s is longer than 1000 characters", f.name)
		}
		if err := singleLine(f.name, s); err != nil {
			return err
		}
		*f.v = &s
	}
	if e.URL != nil && *e.URL != "" {
		u, err := url.Parse(*e.URL)
		if err != nil || u.Scheme == "" || u.Host == "" && u.Opaque == "" {
			return fmt.Errorf("the URL %q is not an absolute URL", truncate(*e.URL, 60))
		}
	}
	if e.Body != nil {
		if len(e.Body) == 0 {
			return errors.New("the article needs at least one paragraph")
		}
		for i, p := range e.Body {
			switch {
			case !utf8.ValidString(p):
				return fmt.Errorf("paragraph %d is not valid UTF-8", i+1)
			case strings.TrimSpace(p) == "":
				return fmt.Errorf("paragraph %d is empty", i+1)
			case strings.Contains(p, ParagraphSep):
				return fmt.Errorf("paragraph %d contains a blank line (split it into two paragraphs)", i+1)
			case strings.ContainsRune(p, 0):
				return fmt.Errorf("paragraph %d contains a NUL character", i+1)
			}
		}
	}
	for _, c := range e.Captions {
		if err := singleLine("caption", c.Text+c.Credit); err != nil {
			return err
		}
	}
	if e.Tags != nil {
		t, err := NormalizeTags(e.Tags)
		if err != nil {
			return err
		}
		if t == nil {
			t = []string{}
		}
		e.Tags = t
	}
	return nil
}

func singleLine(name, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("the %s is not valid UTF-8", name)
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' {
			return fmt.Errorf("the %s contains a line break or control character", name)
		}
	}
	return nil
}

// applyArticleEdit applies a checked edit to a copy of the article.
func applyArticleEdit(a *Article, e *ArticleEdit) error {
	if e.Title != nil && *e.Title != a.Title {
		a.Title, a.TitleGuessed = *e.Title, false
	}
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = *v
		}
	}
	set(&a.Source, e.Source)
	set(&a.Author, e.Author)
	set(&a.URL, e.URL)
	set(&a.Dateline, e.Dateline)
	if e.Published != nil {
		a.Published = e.Published.UTC()
		if e.Published.IsZero() {
			a.Published = time.Time{}
		}
	}
	if e.Body != nil {
		if e.Captions == nil && len(a.Captions) > 0 {
			a.Captions = moveCaptions(a.Captions, a.Body, e.Body)
		}
		a.Body = slices.Clone(e.Body)
		a.Headings = nil
	}
	if e.Body != nil || e.Headings != nil {
		h := normHeadings(e.Headings)
		for _, i := range h {
			if i < 0 || i >= len(a.Body) {
				return fmt.Errorf("heading %d is not a paragraph (the article has %d)", i, len(a.Body))
			}
		}
		a.Headings = h
	}
	if e.Captions != nil {
		a.Captions = slices.Clone(e.Captions)
		if len(a.Captions) == 0 {
			a.Captions = nil
		}
	}
	if e.Tags != nil {
		a.Tags = slices.Clone(e.Tags)
		if len(a.Tags) == 0 {
			a.Tags = nil
		}
	}
	return nil
}

// ArticleVersionInfo is one entry of an article's history.
type ArticleVersionInfo struct {
	Revision   int       `json:"revision"`
	Current    bool      `json:"current,omitempty"`
	Written    time.Time `json:"written"`            // when this revision was saved
	Replaced   time.Time `json:"replaced,omitzero"`  // when the next revision replaced it
	Reason     string    `json:"reason,omitempty"`   // what replaced it: edit, undo, restore, re-import
	Restored   int       `json:"restored,omitempty"` // the revision the replacement restored
	Title      string    `json:"title"`              // the title in this revision
	Paragraphs int       `json:"paragraphs"`         // paragraphs in this revision
	Words      int       `json:"words"`              // words in this revision
	Changed    string    `json:"changed,omitempty"`  // what differs from the revision after it
}

// ArticleVersions lists an article's history, newest first: the current
// revision, then every earlier version kept.
func (l *Library) ArticleVersions(id string) ([]ArticleVersionInfo, error) {
	var out []ArticleVersionInfo
	err := l.store.View(func(tx Tx) error {
		var cur Article
		if err := tx.Get(BucketArticles, id, &cur); err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		out = append(out, versionInfo(&cur))
		out[0].Current = true
		later := &cur
		return tx.ForEachReverse(BucketArticleVersions, id+"/", func(_ string, decode func(any) error) error {
			var v ArticleVersion
			if err := decode(&v); err != nil {
				return err
			}
			info := versionInfo(&v.Article)
			info.Revision, info.Replaced, info.Reason, info.Restored = v.Revision, v.Saved, v.Reason, v.Restored
			info.Changed = describeChange(&v.Article, later)
			out = append(out, info)
			a := v.Article
			later = &a
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	return out, nil
}

func versionInfo(a *Article) ArticleVersionInfo {
	words := 0
	for _, p := range a.Body {
		words += len(strings.Fields(p))
	}
	return ArticleVersionInfo{Revision: a.Revision, Written: a.Updated, Title: a.Title, Paragraphs: len(a.Body), Words: words}
}

// describeChange says briefly what differs between two states of an article.
func describeChange(a, b *Article) string {
	var parts []string
	if a.Title != b.Title {
		parts = append(parts, "title")
	}
	if a.Source != b.Source || a.Author != b.Author || a.URL != b.URL || a.Dateline != b.Dateline || a.Kicker != b.Kicker ||
		!a.Published.Equal(b.Published) || !slices.Equal(a.Captions, b.Captions) {
		parts = append(parts, "metadata")
	}
	if !slices.Equal(a.Body, b.Body) {
		changed, added, removed := paragraphDiff(a.Body, b.Body)
		var t []string
		if changed > 0 {
			t = append(t, fmt.Sprintf("%d changed", changed))
		}
		if added > 0 {
			t = append(t, fmt.Sprintf("%d added", added))
		}
		if removed > 0 {
			t = append(t, fmt.Sprintf("%d removed", removed))
		}
		parts = append(parts, "paragraphs: "+strings.Join(t, ", "))
	} else if !slices.Equal(normHeadings(a.Headings), normHeadings(b.Headings)) {
		parts = append(parts, "headings")
	}
	return strings.Join(parts, "; ")
}

// paragraphDiff counts paragraphs changed, added and removed from a to b,
// matching equal paragraphs in order (longest common subsequence).
func paragraphDiff(a, b []string) (changed, added, removed int) {
	n, m := len(a), len(b)
	if n*m > 1<<22 { // too big to align: a rough count
		common := 0
		for i := 0; i < min(n, m); i++ {
			if a[i] == b[i] {
				common++
			}
		}
		changed = min(n, m) - common
		return changed, max(0, m-n), max(0, n-m)
	}
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	common := int(lcs[0][0])
	del, ins := n-common, m-common
	changed = min(del, ins)
	return changed, ins - changed, del - changed
}

// ArticleVersion returns an article as it was at revision rev (the current
// article when rev is its current revision).
func (l *Library) ArticleVersion(id string, rev int) (*ArticleVersion, error) {
	var v ArticleVersion
	err := l.store.View(func(tx Tx) error {
		var cur Article
		if err := tx.Get(BucketArticles, id, &cur); err != nil {
			return fmt.Errorf("article %s: %w", id, err)
		}
		if rev == cur.Revision {
			v = ArticleVersion{ArticleID: id, Revision: rev, Saved: cur.Updated, Article: cur}
			return nil
		}
		if err := tx.Get(BucketArticleVersions, versionKey(id, rev), &v); err != nil {
			return fmt.Errorf("article %s revision %d: %w", id, rev, ErrNotFound)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// ErrNothingToUndo is returned by UndoArticleEdit when the article has no
// earlier revision to go back to.
var ErrNothingToUndo = errors.New("nothing to undo")

// UndoArticleEdit undoes the article's last change: it restores the text
// and metadata the article had before it, as a new revision (so the undo
// can itself be undone from the history). Repeated undos walk further back.
// Annotations re-anchor again, and those orphaned by the undone edit come
// back. Tags are left as they are.
func (l *Library) UndoArticleEdit(ctx context.Context, id string) (*EditResult, error) {
	var res *EditResult
	err := l.store.Update(func(tx Tx) error {
		var cur Article
		if err := tx.Get(BucketArticles, id, &cur); err != nil {
			return err
		}
		// The revision the current one is based on: itself, or the revision
		// an undo brought back (so undos walk further back); the undo goes to
		// the one before that. A restore is undone like an edit: back to the
		// revision it replaced.
		base := cur.Revision
		var last ArticleVersion
		if err := tx.Get(BucketArticleVersions, versionKey(id, cur.Revision-1), &last); err == nil && last.Restored > 0 && last.Reason != "restore" {
			base = last.Restored
		} else if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		target := base - 1
		var v ArticleVersion
		if target < 1 {
			return ErrNothingToUndo
		}
		if err := tx.Get(BucketArticleVersions, versionKey(id, target), &v); err != nil {
			if errors.Is(err, ErrNotFound) {
				return fmt.Errorf("%w: revision %d is not kept", ErrNothingToUndo, target)
			}
			return err
		}
		var err error
		res, err = l.restoreVersion(tx, &cur, &v, versionReason{reason: "undo", restored: target})
		return unchangedRollback(res, err)
	})
	if err != nil && !errors.Is(err, errUnchanged) {
		return nil, fmt.Errorf("undo edit of article %s: %w", id, err)
	}
	if res.Changed {
		l.Kick()
	}
	return res, nil
}

// RestoreArticleVersion makes an earlier revision's text and metadata the
// article's current state, as a new revision. Tags are left as they are.
func (l *Library) RestoreArticleVersion(ctx context.Context, id string, rev int) (*EditResult, error) {
	var res *EditResult
	err := l.store.Update(func(tx Tx) error {
		var cur Article
		if err := tx.Get(BucketArticles, id, &cur); err != nil {
			return err
		}
		if rev == cur.Revision {
			res = &EditResult{Article: &cur, Revision: cur.Revision}
			return errUnchanged
		}
		var v ArticleVersion
		if err := tx.Get(BucketArticleVersions, versionKey(id, rev), &v); err != nil {
			return fmt.Errorf("revision %d: %w", rev, err)
		}
		var err error
		res, err = l.restoreVersion(tx, &cur, &v, versionReason{reason: "restore", restored: rev})
		return unchangedRollback(res, err)
	})
	if err != nil && !errors.Is(err, errUnchanged) {
		return nil, fmt.Errorf("restore article %s: %w", id, err)
	}
	if res.Changed {
		l.Kick()
	}
	return res, nil
}

func (l *Library) restoreVersion(tx Tx, cur *Article, v *ArticleVersion, why versionReason) (*EditResult, error) {
	next := cloneArticle(cur)
	old := &v.Article
	next.Title, next.TitleGuessed, next.Source, next.Author, next.URL = old.Title, old.TitleGuessed, old.Source, old.Author, old.URL
	next.Published, next.Dateline, next.Kicker = old.Published, old.Dateline, old.Kicker
	next.Body, next.Headings, next.Captions = slices.Clone(old.Body), slices.Clone(old.Headings), slices.Clone(old.Captions)
	return l.saveArticle(tx, cur, next, why)
}

// paragraphShift compares two versions of an article's text paragraph by
// paragraph (longest common subsequence of equal paragraphs) and returns a
// function that moves a span of the old text to where its paragraphs are in
// the new text: a hint for the anchorer, which checks it. ok is false when
// the span touches a paragraph that was deleted, or spans paragraphs that
// moved apart: the anchorer then searches from the old position.
func paragraphShift(oldText, newText string) func(start, end int) (int, int, bool) {
	type piece struct {
		start, end int // runes
		s          string
	}
	split := func(text string) []piece {
		var out []piece
		pos := 0
		for _, p := range strings.Split(text, ParagraphSep) {
			n := utf8.RuneCountInString(p)
			out = append(out, piece{pos, pos + n, p})
			pos += n + utf8.RuneCountInString(ParagraphSep)
		}
		return out
	}
	a, b := split(oldText), split(newText)
	n, m := len(a), len(b)
	if n*m > 1<<22 {
		return nil // too many paragraphs to align cheaply; the anchorer copes
	}
	// Paragraphs as small integers, so the table compares ints.
	ids := map[string]int32{}
	id := func(s string) int32 {
		v, ok := ids[s]
		if !ok {
			v = int32(len(ids))
			ids[s] = v
		}
		return v
	}
	ai, bi := make([]int32, n), make([]int32, m)
	for i := range a {
		ai[i] = id(a[i].s)
	}
	for j := range b {
		bi[j] = id(b[j].s)
	}
	lcs := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &lcs[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ai[i] == bi[j] {
				*at(i, j) = *at(i+1, j+1) + 1
			} else {
				*at(i, j) = max(*at(i+1, j), *at(i, j+1))
			}
		}
	}
	// delta[i] is how far old paragraph i moved; matched[i] whether it is
	// still there, unchanged or (between the same unchanged neighbours, as
	// many old as new) edited in place, where its start is a good guess.
	delta := make([]int, n)
	matched := make([]bool, n)
	var gapI, gapJ []int
	flush := func() {
		if len(gapI) == len(gapJ) {
			for k, i := range gapI {
				matched[i], delta[i] = true, b[gapJ[k]].start-a[i].start
			}
		}
		gapI, gapJ = gapI[:0], gapJ[:0]
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case ai[i] == bi[j]:
			flush()
			matched[i], delta[i] = true, b[j].start-a[i].start
			i, j = i+1, j+1
		case *at(i+1, j) >= *at(i, j+1):
			gapI = append(gapI, i)
			i++
		default:
			gapJ = append(gapJ, j)
			j++
		}
	}
	for ; i < n; i++ {
		gapI = append(gapI, i)
	}
	for ; j < m; j++ {
		gapJ = append(gapJ, j)
	}
	flush()
	find := func(pos int) int { // the paragraph holding rune pos
		lo, hi := 0, n-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if a[mid].start <= pos {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return lo
	}
	return func(start, end int) (int, int, bool) {
		if n == 0 || start < 0 || end <= start {
			return 0, 0, false
		}
		i, k := find(start), find(end-1)
		for x := i; x <= k; x++ {
			if !matched[x] || delta[x] != delta[i] {
				return 0, 0, false
			}
		}
		if end > a[k].end+1 { // past the text
			return 0, 0, false
		}
		return start + delta[i], end + delta[i], true
	}
}

// moveCaptions keeps each caption before the paragraph it stood before
// when the text is edited: at that paragraph's new place if it is still
// there, else after the nearest kept paragraph before it.
func moveCaptions(caps []Caption, old, body []string) []Caption {
	to := alignParagraphs(old, body)
	out := slices.Clone(caps)
	for ci := range out {
		at := min(max(out[ci].At, 0), len(old))
		next := len(body)
		for k := at; k < len(old); k++ {
			if to[k] >= 0 {
				next = to[k]
				break
			}
		}
		if at < len(old) && to[at] < 0 {
			// Its paragraph is gone: after what is kept of the text before it.
			next = 0
			for k := at - 1; k >= 0; k-- {
				if to[k] >= 0 {
					next = to[k] + 1
					break
				}
			}
		}
		out[ci].At = next
	}
	return out
}

// alignParagraphs maps each old paragraph to its index in body, or -1,
// along the longest common run of unchanged paragraphs (by unique text
// where the texts are too long to align).
func alignParagraphs(old, body []string) []int {
	to := make([]int, len(old))
	for i := range to {
		to[i] = -1
	}
	n, m := len(old), len(body)
	if n*m > 1<<22 {
		where := map[string]int{}
		for j, p := range body {
			if _, dup := where[p]; dup {
				where[p] = -1
			} else {
				where[p] = j
			}
		}
		for i, p := range old {
			if j, ok := where[p]; ok && j >= 0 {
				to[i] = j
			}
		}
		return to
	}
	lcs := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &lcs[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if old[i] == body[j] {
				*at(i, j) = *at(i+1, j+1) + 1
			} else {
				*at(i, j) = max(*at(i+1, j), *at(i, j+1))
			}
		}
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case old[i] == body[j]:
			to[i] = j
			i, j = i+1, j+1
		case *at(i+1, j) >= *at(i, j+1):
			i++
		default:
			j++
		}
	}
	return to
}
