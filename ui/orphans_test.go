package ui

import (
	"strings"
	"testing"

	"dossier/app"
)

// TestReattachAndDeleteOrphans orphans a highlight and a quote by editing
// their words away, re-attaches the highlight to a new selection from the
// orphans view, and re-attaches then deletes the quote.
func TestReattachAndDeleteOrphans(t *testing.T) {
	h := newUIHarness(t, true)
	const phrase = "Grey Channel"
	v, start, end := h.openArticleWith(phrase)
	ann, err := addAnnotation(h.w.ctx, h.lib, v.id, start, end, "keep me", nil)
	if err != nil {
		t.Fatal(err)
	}
	q, err := h.lib.AddQuote(v.id, start, end, "")
	if err != nil {
		t.Fatal(err)
	}
	body := strings.ReplaceAll(v.art.Text(), phrase, "grey route")
	if _, err := h.lib.EditArticle(h.w.ctx, v.id, app.ArticleEdit{Body: paragraphs(body), Headings: v.art.Headings}); err != nil {
		t.Fatal(err)
	}
	h.w.changed()

	orph := h.w.open("orphans").(*orphansView)
	if len(orph.items.rows) != 2 {
		t.Fatalf("orphans view lists %d rows, want 2", len(orph.items.rows))
	}
	// Opening the highlight's row shows its article and the orphan.
	for _, r := range orph.items.rows {
		if strings.HasSuffix(r.key, ann.ID) {
			orph.items.open(r)
		}
	}
	if h.w.inspect.what != "annotation:"+ann.ID {
		t.Fatalf("inspector shows %q, want the orphaned highlight", h.w.inspect.what)
	}
	v = h.w.current().(*articleView)
	text := string(v.reader.text)
	i := strings.Index(text, "grey route")
	if i < 0 {
		t.Fatal("edited text not shown")
	}
	s := len([]rune(text[:i]))
	e := s + len([]rune("grey route"))
	v.reader.Select(s, e)
	h.w.reattach(ann.ID)
	a, err := h.lib.Annotation(ann.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Orphaned() || a.Selector.Start != s || a.Selector.End != e || a.Selector.Exact != "grey route" || a.Note != "keep me" {
		t.Errorf("re-attached highlight: %+v", a.Selector)
	}
	if len(orph.items.rows) != 1 {
		t.Errorf("orphans view lists %d rows after re-attaching, want 1", len(orph.items.rows))
	}

	// The quote: shown with its re-attach button, re-attached, then deleted.
	h.w.openOrphan(q.ID)
	if h.w.inspect.what != "quote:"+q.ID {
		t.Fatalf("inspector shows %q, want the orphaned quote", h.w.inspect.what)
	}
	v = h.w.current().(*articleView)
	v.reader.Select(s, e)
	h.w.reattach(q.ID)
	if got, err := h.lib.Quote(q.ID); err != nil || got.Orphaned() || got.Selector.Start != s {
		t.Fatalf("re-attached quote: %+v, %v", got, err)
	}
	h.w.deleteQuote(q.ID)
	if _, err := h.lib.Quote(q.ID); err == nil {
		t.Error("the quote is still stored after Delete")
	}
	if h.w.inspect.what != "" {
		t.Errorf("inspector still shows %q after the delete", h.w.inspect.what)
	}
	if len(orph.items.rows) != 0 {
		t.Errorf("orphans view lists %d rows at the end, want 0", len(orph.items.rows))
	}
}
