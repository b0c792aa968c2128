package ui

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"dossier/app"
)

// This file adapts the library's use cases to what the views show, so
// each view calls one small function here.

// articleAnnotations lists an article's annotations by position.
func articleAnnotations(lib *app.Library, articleID string) ([]app.Annotation, error) {
	rows, err := lib.Annotations(articleID)
	if err != nil {
		return nil, err
	}
	out := make([]app.Annotation, len(rows))
	for i := range rows {
		out[i] = rows[i].Annotation
	}
	return out, nil
}

// addAnnotation highlights [start, end) of an article.
func addAnnotation(ctx context.Context, lib *app.Library, articleID string, start, end int, note string, tags []string) (*app.Annotation, error) {
	return lib.Annotate(ctx, app.AnnotationInput{ArticleID: articleID, Start: start, End: end, Note: note, Tags: tags})
}

// updateAnnotation changes an annotation's note, tags or colour.
func updateAnnotation(ctx context.Context, lib *app.Library, id string, note *string, tags []string, color *string) (*app.Annotation, error) {
	if tags == nil {
		tags = []string{}
	}
	return lib.UpdateAnnotation(ctx, id, app.AnnotationEdit{Note: note, Tags: tags, Color: color})
}

// deleteAnnotation removes an annotation.
func deleteAnnotation(ctx context.Context, lib *app.Library, id string) error {
	return lib.DeleteAnnotation(ctx, id)
}

// reattachAnnotation attaches an orphaned annotation or quote to [start, end).
func reattachAnnotation(ctx context.Context, lib *app.Library, id string, start, end int) error {
	_, err := lib.Reattach(ctx, id, start, end)
	return err
}

// annotationByID reads one annotation.
func annotationByID(lib *app.Library, id string) (*app.Annotation, error) {
	return lib.Annotation(id)
}

// tagColorMap maps lower-case tag names to their colours.
func tagColorMap(lib *app.Library) map[string]string {
	m := map[string]string{}
	tags, err := lib.Tags()
	if err != nil {
		return m
	}
	for _, t := range tags {
		m[strings.ToLower(t.Name)] = t.Color
	}
	return m
}

// tagNames lists every tag name, sorted.
func tagNames(lib *app.Library) []string {
	tags, err := lib.Tags()
	if err != nil {
		return nil
	}
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.Name
	}
	sort.Strings(out)
	return out
}

// tagItems are the sidebar rows of the Tags section, sub-tags indented
// under their parents.
func tagItems(lib *app.Library) ([]sideItem, error) {
	tags, err := lib.Tags()
	if err != nil {
		return nil, err
	}
	var out []sideItem
	for _, t := range tags {
		name := t.Name
		if i := strings.LastIndex(name, "/"); i >= 0 {
			name = strings.Repeat("   ", t.Depth()) + name[i+1:]
		}
		detail := ""
		if t.Total > 0 {
			detail = plural(t.Total, "item")
		}
		it := newSideItem("tag:"+t.Name, name, detail)
		it.fold = strings.ToLower(t.Name + "\x00" + t.Description)
		out = append(out, it)
	}
	return out, nil
}

// orphanItems are the sidebar rows of the Orphaned annotations section.
func orphanItems(lib *app.Library) ([]sideItem, error) {
	items, err := lib.Orphans()
	if err != nil {
		return nil, err
	}
	var out []sideItem
	for _, a := range items {
		out = append(out, newSideItem("orphan:"+a.ID, "“"+shorten(a.Selector.Exact, 80)+"”",
			strings.Join(nonEmpty(string(a.Kind), a.ArticleTitle), " · ")))
	}
	return out, nil
}

// findInArticle returns the spans of the article text matching q's words
// and "phrases".
func findInArticle(text, q string) [][2]int {
	return app.FindInText(text, q)
}

// tagNameByID is the name of the tag with this ID ("" if none).
func tagNameByID(lib *app.Library, id string) string {
	tags, err := lib.Tags()
	if err != nil {
		return ""
	}
	for _, t := range tags {
		if t.ID == id {
			return t.Name
		}
	}
	return ""
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
