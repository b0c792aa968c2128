package ui

import (
	"context"
	"errors"
	"sort"
	"strings"
	"unicode"

	"dossier/app"
)

// This file holds the few calls into the library whose use cases are
// still being written elsewhere (annotations, tags, search), so each view
// calls one function here and switches over when the use case lands.

// errNotYet is shown for actions whose library use case is not in this build.
var errNotYet = errors.New("not available in this build yet")

// articleAnnotations lists an article's annotations by position.
func articleAnnotations(lib *app.Library, articleID string) ([]app.Annotation, error) {
	var out []app.Annotation
	err := lib.Store().View(func(tx app.Tx) error {
		ids, err := tx.RefIDs(app.RefArticleAnnotations, articleID)
		if err != nil {
			return err
		}
		for _, id := range ids {
			var a app.Annotation
			if err := tx.Get(app.BucketAnnotations, id, &a); err != nil {
				if errors.Is(err, app.ErrNotFound) {
					continue
				}
				return err
			}
			out = append(out, a)
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Selector.Start < out[j].Selector.Start })
	return out, err
}

// addAnnotation highlights [start, end) of an article.
func addAnnotation(ctx context.Context, lib *app.Library, articleID string, start, end int, note string, tags []string) (*app.Annotation, error) {
	return nil, errNotYet
}

// updateAnnotation changes an annotation's note, tags or colour.
func updateAnnotation(ctx context.Context, lib *app.Library, id string, note *string, tags []string, color *string) (*app.Annotation, error) {
	return nil, errNotYet
}

// deleteAnnotation removes an annotation.
func deleteAnnotation(ctx context.Context, lib *app.Library, id string) error {
	return errNotYet
}

// tagColorMap maps lower-case tag names to their colours.
func tagColorMap(lib *app.Library) map[string]string {
	m := map[string]string{}
	_ = lib.Store().View(func(tx app.Tx) error {
		return tx.ForEach(app.BucketTags, "", func(_ string, decode func(any) error) error {
			var t app.Tag
			if decode(&t) == nil {
				m[strings.ToLower(t.Name)] = t.Color
			}
			return nil
		})
	})
	return m
}

// tagNames lists every tag name, sorted.
func tagNames(lib *app.Library) []string {
	var out []string
	for k := range tagColorMap(lib) {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// tagItems are the sidebar rows of the Tags section.
func tagItems(lib *app.Library) ([]sideItem, error) {
	var out []sideItem
	for _, t := range tagNames(lib) {
		out = append(out, newSideItem("tag:"+t, t, ""))
	}
	return out, nil
}

// orphanItems are the sidebar rows of the Orphaned annotations section.
func orphanItems(lib *app.Library) ([]sideItem, error) {
	var out []sideItem
	err := lib.Store().View(func(tx app.Tx) error {
		return tx.ForEach(app.BucketAnnotations, "", func(_ string, decode func(any) error) error {
			var a app.Annotation
			if err := decode(&a); err != nil {
				return err
			}
			if a.Orphaned() {
				out = append(out, newSideItem("orphan:"+a.ID, "“"+shorten(a.Selector.Exact, 80)+"”", a.Note))
			}
			return nil
		})
	})
	return out, err
}

// findInArticle returns the spans of text matching q, case-insensitively:
// the whole query as typed, or failing that each of its words.
func findInArticle(lib *app.Library, articleID, text, q string) [][2]int {
	q = strings.TrimSpace(strings.Trim(strings.TrimSpace(q), `"`))
	if q == "" {
		return nil
	}
	hay := []rune(strings.ToLower(text))
	if m := runeMatches(hay, []rune(strings.ToLower(q))); len(m) > 0 || !strings.ContainsFunc(q, unicode.IsSpace) {
		return m
	}
	var out [][2]int
	for _, w := range strings.Fields(strings.ToLower(q)) {
		out = append(out, runeMatches(hay, []rune(w))...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func runeMatches(hay, needle []rune) [][2]int {
	var out [][2]int
	if len(needle) == 0 {
		return nil
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, c := range needle {
			if hay[i+j] != c {
				continue outer
			}
		}
		out = append(out, [2]int{i, i + len(needle)})
		i += len(needle) - 1
	}
	return out
}

// reattachAnnotation attaches an orphaned annotation to [start, end).
func reattachAnnotation(ctx context.Context, lib *app.Library, id string, start, end int) error {
	return errNotYet
}

// tagNameByID is the name of the tag with this ID ("" if none).
func tagNameByID(lib *app.Library, id string) string {
	var t app.Tag
	if err := lib.Store().View(func(tx app.Tx) error { return tx.Get(app.BucketTags, id, &t) }); err != nil {
		return ""
	}
	return t.Name
}
