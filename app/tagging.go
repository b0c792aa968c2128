package app

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrBadTag is returned for tag names that cannot be stored.
var ErrBadTag = errors.New("invalid tag name")

// MaxTagLen is the longest tag name, in characters.
const MaxTagLen = 100

// NormalizeTag trims a tag name and its path segments ("actor / DPRK" →
// "actor/DPRK") and validates it.
func NormalizeTag(name string) (string, error) {
	parts := strings.Split(name, "/")
	for i, p := range parts {
		parts[i] = strings.Join(strings.Fields(p), " ")
	}
	n := strings.Join(parts, "/")
	switch {
	case n == "" || strings.Trim(n, "/") == "":
		return "", fmt.Errorf("%w: empty", ErrBadTag)
	case utf8.RuneCountInString(n) > MaxTagLen:
		return "", fmt.Errorf("%w: %q is longer than %d characters", ErrBadTag, truncate(n, 30), MaxTagLen)
	case strings.Contains(n, "//") || strings.HasPrefix(n, "/") || strings.HasSuffix(n, "/"):
		return "", fmt.Errorf("%w: %q has an empty level", ErrBadTag, n)
	}
	for _, r := range n {
		if unicode.IsControl(r) || r == '\u202e' || r == '\u202d' {
			return "", fmt.Errorf("%w: %q contains a control character", ErrBadTag, truncate(n, 30))
		}
	}
	return n, nil
}

// NormalizeTags normalises and de-duplicates a list of tag names.
func NormalizeTags(tags []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		n, err := NormalizeTag(t)
		if err != nil {
			return nil, err
		}
		if k := tagKey(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out, nil
}

func tagKey(name string) string { return strings.ToLower(name) }

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// carrier names a record that carries tags, as stored in RefTagItems.
func carrier(kind DocType, id string) string { return string(kind) + ":" + id }

// setTags keeps RefTagItems and the tag records in step when a record's tags
// change from old to new.
func (l *Library) setTags(tx Tx, kind DocType, id string, old, new []string) error {
	c := carrier(kind, id)
	for _, t := range old {
		if err := tx.RemoveRef(RefTagItems, tagKey(t), c); err != nil {
			return err
		}
	}
	for _, t := range new {
		if err := tx.AddRef(RefTagItems, tagKey(t), c); err != nil {
			return err
		}
	}
	return l.addTagsOf(tx, new)
}

// addTagsOf makes sure a Tag record exists for every tag named (and for its
// parents, so the hierarchy can be browsed).
func (l *Library) addTagsOf(tx Tx, tags []string) error {
	for _, t := range ExpandTags(tags) {
		ids, err := tx.RefIDs(RefTagName, tagKey(t))
		if err != nil {
			return err
		}
		if len(ids) > 0 {
			continue
		}
		tag := Tag{Meta: newMeta(l.NewID(), l.Now()), Name: t, Color: defaultTagColor(t)}
		if err := tx.Put(BucketTags, tag.ID, &tag); err != nil {
			return err
		}
		if err := tx.AddRef(RefTagName, tagKey(t), tag.ID); err != nil {
			return err
		}
		if err := enqueue(tx, TypeTag, tag.ID); err != nil {
			return err
		}
	}
	return nil
}

// tagPalette are calm highlight colours that read well on light and dark themes.
var tagPalette = []string{"#f6c744", "#7cc4f2", "#9bd37c", "#f29c9c", "#c7a4f2", "#f2b27c", "#7ce0cf", "#d6d67c"}

// defaultTagColor picks a stable colour from the top-level name, so sub-tags
// share their parent's colour.
func defaultTagColor(name string) string {
	top, _, _ := strings.Cut(name, "/")
	var h uint32 = 2166136261
	for i := 0; i < len(top); i++ {
		h ^= uint32(top[i] | 0x20)
		h *= 16777619
	}
	return tagPalette[h%uint32(len(tagPalette))]
}
