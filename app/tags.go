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
)

// Tag use cases: listing with counts, browsing everything a tag (and its
// sub-tags) carries, editing a tag's colour and description, and renaming,
// merging and deleting a tag across every carrier in one transaction.
//
// Carriers are found through RefTagItems (tag name key → "<kind>:<id>"),
// which setTags keeps in step with every record's Tags; a tag's record is
// found through RefTagName. Tag keys are lower-cased names, so "actor/DPRK"
// and "actor/dprk" are the same tag.

// ErrTagExists is returned when a rename would give a tag the name of
// another tag: merging is the way to combine two tags.
var ErrTagExists = errors.New("tag already exists")

// MaxTagDescriptionLen is the longest tag description, in characters.
const MaxTagDescriptionLen = 2000

// TagInfo is a tag with the number of items that carry it.
type TagInfo struct {
	Tag
	// Count is the number of items carrying the tag itself.
	Count int `json:"count"`
	// Total is the number of items carrying the tag or any of its
	// sub-tags, each item counted once.
	Total int `json:"total"`
}

// Depth is the tag's level in the hierarchy: 0 for "actor", 1 for "actor/DPRK".
func (t *TagInfo) Depth() int { return strings.Count(t.Name, "/") }

// Tags lists every tag with its counts, in hierarchical order (each tag
// followed by its sub-tags, case-insensitively by name).
func (l *Library) Tags() ([]TagInfo, error) {
	out := []TagInfo{}
	err := l.store.View(func(tx Tx) error {
		direct := map[string]int{}
		total := map[string]map[string]bool{}
		if err := tx.ForEachRef(RefTagItems, "", func(key, item string) error {
			direct[key]++
			for _, p := range tagAncestry(key) {
				set := total[p]
				if set == nil {
					set = map[string]bool{}
					total[p] = set
				}
				set[item] = true
			}
			return nil
		}); err != nil {
			return err
		}
		return tx.ForEach(BucketTags, "", func(_ string, decode func(any) error) error {
			var t Tag
			if err := decode(&t); err != nil {
				return err
			}
			k := tagKey(t.Name)
			out = append(out, TagInfo{Tag: t, Count: direct[k], Total: len(total[k])})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list tags: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return tagLess(out[i].Name, out[j].Name) })
	return out, nil
}

// tagLess orders tag names level by level, so that every tag is followed by
// its sub-tags ("a", "a/b", "a b" rather than "a", "a b", "a/b").
func tagLess(a, b string) bool {
	as, bs := strings.Split(tagKey(a), "/"), strings.Split(tagKey(b), "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] != bs[i] {
			return as[i] < bs[i]
		}
	}
	if len(as) != len(bs) {
		return len(as) < len(bs)
	}
	return a < b
}

// tagAncestry returns a tag key and the keys of its parents.
func tagAncestry(key string) []string {
	out := []string{key}
	for i := len(key) - 1; i > 0; i-- {
		if key[i] == '/' {
			out = append(out, key[:i])
		}
	}
	return out
}

// underTag reports whether the tag key k is key or one of its sub-tags.
func underTag(k, key string) bool {
	return k == key || strings.HasPrefix(k, key+"/")
}

// Tag returns the tag with this name (any case) and its counts.
func (l *Library) Tag(name string) (*TagInfo, error) {
	n, err := NormalizeTag(name)
	if err != nil {
		return nil, err
	}
	var info TagInfo
	err = l.store.View(func(tx Tx) error {
		t, err := tagByName(tx, n)
		if err != nil {
			return err
		}
		info.Tag = *t
		key := tagKey(t.Name)
		seen := map[string]bool{}
		return tx.ForEachRef(RefTagItems, key, func(k, item string) error {
			if !underTag(k, key) {
				return nil
			}
			if k == key {
				info.Count++
			}
			if !seen[item] {
				seen[item] = true
				info.Total++
			}
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return &info, nil
}

// tagByName reads the record of a (normalised) tag name.
func tagByName(tx Tx, name string) (*Tag, error) {
	ids, err := tx.RefIDs(RefTagName, tagKey(name))
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("tag %q: %w", name, ErrNotFound)
	}
	var t Tag
	if err := tx.Get(BucketTags, ids[0], &t); err != nil {
		return nil, fmt.Errorf("tag %q: %w", name, err)
	}
	return &t, nil
}

// TagEdit changes a tag's own fields; nil fields are left alone.
type TagEdit struct {
	Color       *string // "#rrggbb", "#rgb" or a colour name (yellow, blue, ...); "" restores the default
	Description *string // plain text
	Page        *string // the analyst's Markdown page for the tag
}

// UpdateTag edits a tag's colour, description or page.
func (l *Library) UpdateTag(ctx context.Context, name string, e TagEdit) (*Tag, error) {
	n, err := NormalizeTag(name)
	if err != nil {
		return nil, err
	}
	var color string
	if e.Color != nil {
		if color, err = NormalizeColor(*e.Color); err != nil {
			return nil, fmt.Errorf("edit tag %q: %w", n, err)
		}
	}
	if e.Description != nil {
		if err := validDescription(*e.Description); err != nil {
			return nil, fmt.Errorf("edit tag %q: %w", n, err)
		}
	}
	var t Tag
	err = l.store.Update(func(tx Tx) error {
		rec, err := tagByName(tx, n)
		if err != nil {
			return err
		}
		if e.Page != nil && *e.Page != rec.Page {
			// setPageText keeps the page's [[links]] in step and queues the tag.
			if err := l.setPageText(tx, TypeTag, rec.ID, *e.Page); err != nil {
				return err
			}
			if err := tx.Get(BucketTags, rec.ID, rec); err != nil {
				return err
			}
		}
		if e.Color != nil {
			if color == "" {
				color = defaultTagColor(rec.Name)
			}
			rec.Color = color
		}
		if e.Description != nil {
			rec.Description = strings.TrimSpace(*e.Description)
		}
		rec.Updated, rec.V = l.Now(), RecordVersion
		if err := tx.Put(BucketTags, rec.ID, rec); err != nil {
			return err
		}
		t = *rec
		return enqueue(tx, TypeTag, rec.ID)
	})
	if err != nil {
		return nil, fmt.Errorf("edit tag %q: %w", n, err)
	}
	l.Kick()
	return &t, nil
}

// colorNames are the highlight colours the CLI accepts by name.
var colorNames = map[string]string{
	"yellow": "#f6c744", "blue": "#7cc4f2", "green": "#9bd37c", "red": "#f29c9c", "pink": "#f29c9c",
	"purple": "#c7a4f2", "orange": "#f2b27c", "teal": "#7ce0cf", "olive": "#d6d67c",
}

// NamedColor is a highlight colour with the name the analyst sees.
type NamedColor struct{ Name, Hex string }

// HighlightColors are the highlight colours by name, in the order offered
// (pink is another name for red).
func HighlightColors() []NamedColor {
	var out []NamedColor
	for _, n := range []string{"yellow", "blue", "green", "red", "purple", "orange", "teal", "olive"} {
		out = append(out, NamedColor{Name: n, Hex: colorNames[n]})
	}
	return out
}

// NormalizeColor accepts "#rrggbb", "#rgb" or a colour name and returns
// "#rrggbb" in lower case; "" stays "" (the default colour).
func NormalizeColor(c string) (string, error) {
	c = strings.ToLower(strings.TrimSpace(c))
	if c == "" {
		return "", nil
	}
	if hex, ok := colorNames[c]; ok {
		return hex, nil
	}
	h := strings.TrimPrefix(c, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 || strings.Trim(h, "0123456789abcdef") != "" {
		return "", fmt.Errorf("colour %q: want #rrggbb or one of yellow, blue, green, red, purple, orange, teal, olive", truncate(c, 20))
	}
	return "#" + h, nil
}

func validDescription(s string) error {
	if utf8.RuneCountInString(s) > MaxTagDescriptionLen {
		return fmt.Errorf("description is longer than %d characters", MaxTagDescriptionLen)
	}
	if !utf8.ValidString(s) {
		return errors.New("description is not valid UTF-8")
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return errors.New("description contains a control character")
		}
	}
	return nil
}

// TagChange is what a rename, merge or delete changed.
type TagChange struct {
	Tags  int `json:"tags"`  // tag records renamed, merged or deleted (sub-tags included)
	Items int `json:"items"` // articles, annotations, quotes and notes rewritten
	Links int `json:"links"` // [[links]] to the tag rewritten
}

// RenameTag renames a tag and its sub-tags ("actor/DPRK" → "actor/NK"
// renames "actor/DPRK/army" to "actor/NK/army" too) on the tag records and
// on every article, annotation, quote and note carrying them, and rewrites
// [[links]] to the tag, all in one transaction. Renaming onto an existing
// tag is refused with ErrTagExists: MergeTag combines two tags. A rename
// that only changes case is allowed.
func (l *Library) RenameTag(ctx context.Context, oldName, newName string) (TagChange, error) {
	return l.retagOp(ctx, "rename", oldName, newName, retagRename)
}

// MergeTag moves everything tagged from (and its sub-tags) to into (and
// the matching sub-tags of into), then deletes from: each carrier ends up
// with into once. into must exist. Descriptions, colours and pages missing
// on into are taken from from; both pages are kept when both have one.
func (l *Library) MergeTag(ctx context.Context, from, into string) (TagChange, error) {
	return l.retagOp(ctx, "merge", from, into, retagMerge)
}

// DeleteTag removes a tag and its sub-tags from every carrier and deletes
// their records. [[links]] to the tag stay and show as missing.
func (l *Library) DeleteTag(ctx context.Context, name string) (TagChange, error) {
	return l.retagOp(ctx, "delete", name, "", retagDelete)
}

type retagMode int

const (
	retagRename retagMode = iota
	retagMerge
	retagDelete
)

func (l *Library) retagOp(ctx context.Context, verb, from, to string, mode retagMode) (TagChange, error) {
	var ch TagChange
	f, err := NormalizeTag(from)
	if err != nil {
		return ch, fmt.Errorf("%s tag: %w", verb, err)
	}
	t := ""
	if mode != retagDelete {
		if t, err = NormalizeTag(to); err != nil {
			return ch, fmt.Errorf("%s tag %q: %w", verb, f, err)
		}
		fk, tk := tagKey(f), tagKey(t)
		switch {
		case mode == retagRename && f == t, mode == retagMerge && fk == tk:
			return ch, fmt.Errorf("%s tag %q: the names are the same", verb, f)
		case fk != tk && underTag(tk, fk):
			return ch, fmt.Errorf("%s tag %q: %q is inside it (a tag cannot move under itself)", verb, f, t)
		}
	}
	if err := ctx.Err(); err != nil {
		return ch, err
	}
	err = l.store.Update(func(tx Tx) error {
		var err error
		ch, err = l.retag(tx, f, t, mode)
		return err
	})
	if err != nil {
		if mode == retagDelete {
			return TagChange{}, fmt.Errorf("delete tag %q: %w", f, err)
		}
		return TagChange{}, fmt.Errorf("%s tag %q → %q: %w", verb, f, t, err)
	}
	// A rename touches many documents at once: bring the index up to date
	// now, so a search right after it does not mix old and new names. (The
	// change is committed either way; a failed sync is retried later.)
	if err := l.Sync(context.WithoutCancel(ctx)); err != nil {
		l.Kick()
		return ch, fmt.Errorf("%s tag %q: saved, but the search index is not updated yet: %w", verb, f, err)
	}
	return ch, nil
}

// affectedTag is a tag record touched by a retag, with its new name ("" when
// it is deleted) and whether [[links]] to its old name lead to it.
type affectedTag struct {
	tag     Tag
	newName string
	links   bool
}

// retag renames (into to), merges (into to) or deletes (to == "") the tag
// from and its sub-tags, in tx. Every check happens before the first write,
// though a failure rolls the transaction back anyway.
func (l *Library) retag(tx Tx, from, to string, mode retagMode) (TagChange, error) {
	var ch TagChange
	fromKey := tagKey(from)
	depth := strings.Count(from, "/") + 1
	// mapName gives a name under from its new name: to with the same
	// sub-tag path (as that name spells it).
	mapName := func(name string) string {
		if mode == retagDelete {
			return ""
		}
		segs := strings.Split(name, "/")
		if len(segs) <= depth {
			return to
		}
		return to + "/" + strings.Join(segs[depth:], "/")
	}

	// The tag records concerned.
	var tags []affectedTag
	ids := map[string]bool{}
	type keyID struct{ key, id string }
	var pairs []keyID
	if err := tx.ForEachRef(RefTagName, fromKey, func(k, id string) error {
		if underTag(k, fromKey) {
			pairs = append(pairs, keyID{k, id})
		}
		return nil
	}); err != nil {
		return ch, err
	}
	for _, p := range pairs {
		var t Tag
		if err := tx.Get(BucketTags, p.id, &t); err != nil {
			return ch, fmt.Errorf("tag record %s: %w", p.id, err)
		}
		a := affectedTag{tag: t, newName: mapName(t.Name)}
		if a.newName != "" {
			nn, err := NormalizeTag(a.newName)
			if err != nil {
				return ch, fmt.Errorf("sub-tag %q would become %w", t.Name, err)
			}
			a.newName = nn
		}
		pr, ok, err := resolve(tx, t.Name)
		if err != nil {
			return ch, err
		}
		a.links = ok && pr.Kind == TypeTag && pr.ID == t.ID
		tags = append(tags, a)
		ids[t.ID] = true
	}

	// The items carrying them.
	var items []string
	seen := map[string]bool{}
	if err := tx.ForEachRef(RefTagItems, fromKey, func(k, item string) error {
		if underTag(k, fromKey) && !seen[item] {
			seen[item] = true
			items = append(items, item)
		}
		return nil
	}); err != nil {
		return ch, err
	}
	if len(tags) == 0 && len(items) == 0 {
		return ch, fmt.Errorf("tag %q: %w", from, ErrNotFound)
	}

	// Where the new names already exist: an error for a rename, the
	// records to merge into for a merge.
	targets := map[string]*Tag{} // record ID being merged → the record it merges into
	if mode != retagDelete {
		if _, err := tagByName(tx, to); mode == retagMerge && errors.Is(err, ErrNotFound) {
			return ch, fmt.Errorf("tag %q does not exist (rename the tag instead)", to)
		} else if err != nil && !errors.Is(err, ErrNotFound) {
			return ch, err
		}
		for i := range tags {
			a := &tags[i]
			ex, err := tx.RefIDs(RefTagName, tagKey(a.newName))
			if err != nil {
				return ch, err
			}
			for _, id := range ex {
				if ids[id] {
					continue // renamed itself (a change of case)
				}
				if mode == retagRename {
					return ch, fmt.Errorf("%w: %q (merge into it instead)", ErrTagExists, a.newName)
				}
				var t Tag
				if err := tx.Get(BucketTags, id, &t); err != nil {
					return ch, err
				}
				targets[a.tag.ID] = &t
				a.newName = t.Name // as the surviving tag spells it
				break
			}
		}
	}
	// Carriers take the new names as the records spell them.
	newNames := map[string]string{}
	for _, a := range tags {
		newNames[tagKey(a.tag.Name)] = a.newName
	}

	// Tag records: first every old name goes, then the new ones come, so a
	// change of case or a swap within the renamed set never collides.
	now := l.Now()
	for _, a := range tags {
		if err := tx.RemoveRef(RefTagName, tagKey(a.tag.Name), a.tag.ID); err != nil {
			return ch, err
		}
	}
	for i := range tags {
		a := &tags[i]
		ch.Tags++
		into := targets[a.tag.ID]
		switch {
		case a.newName == "" || into != nil:
			if into != nil {
				if err := l.absorbTag(tx, into, &a.tag); err != nil {
					return ch, err
				}
			}
			// The record goes with the links its page made.
			if err := setLinks(tx, carrier(TypeTag, a.tag.ID), a.tag.Page, ""); err != nil {
				return ch, err
			}
			if err := tx.Delete(BucketTags, a.tag.ID); err != nil {
				return ch, err
			}
			if err := enqueue(tx, TypeTag, a.tag.ID); err != nil {
				return ch, err
			}
		default:
			t := a.tag
			t.Name, t.Updated, t.V = a.newName, now, RecordVersion
			if err := tx.Put(BucketTags, t.ID, &t); err != nil {
				return ch, err
			}
			if err := tx.AddRef(RefTagName, tagKey(t.Name), t.ID); err != nil {
				return ch, err
			}
			if err := enqueue(tx, TypeTag, t.ID); err != nil {
				return ch, err
			}
		}
	}
	if mode != retagDelete {
		// Parents of the new name ("country" for "country/NK").
		if err := l.addTagsOf(tx, []string{to}); err != nil {
			return ch, err
		}
	}

	// Carriers.
	retagList := func(old []string) []string {
		var out []string
		have := map[string]bool{}
		for _, t := range old {
			if k := tagKey(t); underTag(k, fromKey) {
				if nn, ok := newNames[k]; ok {
					t = nn
				} else if t = mapName(t); t != "" {
					if nn, err := NormalizeTag(t); err == nil {
						t = nn
					}
				}
				if t == "" {
					continue
				}
			}
			if k := tagKey(t); !have[k] {
				have[k] = true
				out = append(out, t)
			}
		}
		return out
	}
	for _, item := range items {
		kind, id := parseCarrier(item)
		changed, err := l.retagCarrier(tx, kind, id, retagList, now)
		if err != nil {
			return ch, fmt.Errorf("%s %s: %w", kind, id, err)
		}
		if changed {
			ch.Items++
		}
	}

	// [[links]] to the old names that led to the tag.
	if mode != retagDelete {
		for _, a := range tags {
			if !a.links || a.newName == "" || a.tag.Name == a.newName {
				continue
			}
			n, err := l.rewriteLinks(tx, a.tag.Name, a.newName, "")
			if err != nil {
				return ch, err
			}
			ch.Links += n
		}
	}
	return ch, nil
}

// absorbTag merges the fields of a tag being merged away into the tag that
// takes its place: what into lacks is taken from from, and both pages are
// kept.
func (l *Library) absorbTag(tx Tx, into, from *Tag) error {
	if from.Page != "" && from.Page != into.Page {
		page := from.Page
		if into.Page != "" {
			page = into.Page + "\n\n" + from.Page
		}
		if err := l.setPageText(tx, TypeTag, into.ID, page); err != nil {
			return err
		}
		if err := tx.Get(BucketTags, into.ID, into); err != nil {
			return err
		}
	}
	if into.Description == "" {
		into.Description = from.Description
	}
	if into.Color == "" || into.Color == defaultTagColor(into.Name) && from.Color != defaultTagColor(from.Name) {
		into.Color = from.Color
	}
	into.Updated, into.V = l.Now(), RecordVersion
	if err := tx.Put(BucketTags, into.ID, into); err != nil {
		return err
	}
	return enqueue(tx, TypeTag, into.ID)
}

// retagCarrier rewrites the tags of one carrier with fn and keeps
// RefTagItems and the index in step. A carrier whose record is gone only
// loses its dangling references.
func (l *Library) retagCarrier(tx Tx, kind DocType, id string, fn func([]string) []string, now time.Time) (bool, error) {
	var rec any
	var tags *[]string
	var meta *Meta
	switch kind {
	case TypeArticle:
		var a Article
		rec, tags, meta = &a, &a.Tags, &a.Meta
	case TypeAnnotation:
		var a Annotation
		rec, tags, meta = &a, &a.Tags, &a.Meta
	case TypeQuote:
		var q Quote
		rec, tags, meta = &q, &q.Tags, &q.Meta
	case TypeNote:
		var n Note
		rec, tags, meta = &n, &n.Tags, &n.Meta
	default:
		return false, fmt.Errorf("unknown tag carrier kind %q", kind)
	}
	b := carrierBuckets[kind]
	if err := tx.Get(b, id, rec); err != nil {
		if !errors.Is(err, ErrNotFound) {
			return false, err
		}
		// Dangling: drop every reference to it under the tags concerned.
		return false, l.dropDanglingCarrier(tx, carrier(kind, id))
	}
	old := *tags
	next := fn(old)
	if equalStrings(old, next) {
		return false, nil
	}
	*tags = next
	meta.Updated, meta.V = now, RecordVersion
	if err := tx.Put(b, id, rec); err != nil {
		return false, err
	}
	if err := l.setTags(tx, kind, id, old, next); err != nil {
		return false, err
	}
	return true, enqueue(tx, kind, id)
}

// dropDanglingCarrier removes every RefTagItems entry naming a record that
// no longer exists.
func (l *Library) dropDanglingCarrier(tx Tx, item string) error {
	var keys []string
	if err := tx.ForEachRef(RefTagItems, "", func(k, it string) error {
		if it == item {
			keys = append(keys, k)
		}
		return nil
	}); err != nil {
		return err
	}
	for _, k := range keys {
		if err := tx.RemoveRef(RefTagItems, k, item); err != nil {
			return err
		}
	}
	return nil
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TaggedItem is one record carrying a tag, as a browsing list shows it.
type TaggedItem struct {
	Kind      DocType   `json:"kind"` // article, annotation, quote or note
	ID        string    `json:"id"`
	Title     string    `json:"title"`          // the article's or note's title (an annotation's or quote's article)
	Text      string    `json:"text,omitempty"` // the highlighted or quoted words
	Note      string    `json:"note,omitempty"`
	Speaker   string    `json:"speaker,omitempty"`
	ArticleID string    `json:"article_id,omitempty"`
	State     string    `json:"state,omitempty"` // anchor state of an annotation or quote
	Tags      []string  `json:"tags"`
	Updated   time.Time `json:"updated"`
}

// TaggedItems lists every article, annotation, quote and note carrying the
// tag (and, with includeSubtags, any of its sub-tags): articles first, then
// annotations, quotes and notes, each by title and position.
func (l *Library) TaggedItems(name string, includeSubtags bool) ([]TaggedItem, error) {
	n, err := NormalizeTag(name)
	if err != nil {
		return nil, err
	}
	key := tagKey(n)
	out := []TaggedItem{}
	err = l.store.View(func(tx Tx) error {
		var items []string
		seen := map[string]bool{}
		if err := tx.ForEachRef(RefTagItems, key, func(k, item string) error {
			if (k == key || includeSubtags && underTag(k, key)) && !seen[item] {
				seen[item] = true
				items = append(items, item)
			}
			return nil
		}); err != nil {
			return err
		}
		if len(items) == 0 && firstID(tx, key) == "" {
			return fmt.Errorf("tag %q: %w", n, ErrNotFound)
		}
		arts := articleInfo{tx: tx, m: map[string]*Article{}}
		for _, item := range items {
			kind, id := parseCarrier(item)
			it := TaggedItem{Kind: kind, ID: id}
			var err error
			switch kind {
			case TypeArticle:
				var a Article
				if err = tx.Get(BucketArticles, id, &a); err == nil {
					it.Title, it.Tags, it.Updated = a.Title, a.Tags, a.Updated
				}
			case TypeAnnotation:
				var a Annotation
				if err = tx.Get(BucketAnnotations, id, &a); err == nil {
					it.Title, it.Text, it.Note, it.ArticleID = arts.get(a.ArticleID).Title, a.Selector.Exact, a.Note, a.ArticleID
					it.State, it.Tags, it.Updated = string(a.State), a.Tags, a.Updated
				}
			case TypeQuote:
				var q Quote
				if err = tx.Get(BucketQuotes, id, &q); err == nil {
					it.Title, it.Text, it.Note, it.ArticleID = arts.get(q.ArticleID).Title, q.Text, q.Note, q.ArticleID
					it.Speaker, it.State, it.Tags, it.Updated = q.Speaker, string(q.State), q.Tags, q.Updated
				}
			case TypeNote:
				var nt Note
				if err = tx.Get(BucketNotes, id, &nt); err == nil {
					it.Title, it.Tags, it.Updated = nt.Title, nt.Tags, nt.Updated
				}
			default:
				continue
			}
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			if it.Tags == nil {
				it.Tags = []string{}
			}
			out = append(out, it)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("items tagged %q: %w", n, err)
	}
	order := map[DocType]int{TypeArticle: 0, TypeAnnotation: 1, TypeQuote: 2, TypeNote: 3}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Kind != b.Kind {
			return order[a.Kind] < order[b.Kind]
		}
		if ka, kb := strings.ToLower(a.Title), strings.ToLower(b.Title); ka != kb {
			return ka < kb
		}
		return a.ID < b.ID
	})
	return out, nil
}

// firstID is the record ID stored under a tag key ("" when none).
func firstID(tx Tx, key string) string {
	ids, err := tx.RefIDs(RefTagName, key)
	if err != nil || len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// validTags normalises imported tags, dropping those that cannot be stored
// (a file's front matter is not a reason to refuse the article).
func validTags(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		n, err := NormalizeTag(t)
		if err != nil || seen[tagKey(n)] {
			continue
		}
		seen[tagKey(n)] = true
		out = append(out, n)
	}
	return out
}
