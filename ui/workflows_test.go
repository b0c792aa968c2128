package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"dossier/app"
)

// openArticleWith opens the sample article whose text contains phrase and
// returns the view and the rune span of the phrase.
func (h *uiHarness) openArticleWith(phrase string) (*articleView, int, int) {
	h.t.Helper()
	arts, err := h.lib.Articles()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, s := range arts {
		a, err := h.lib.Article(s.ID)
		if err != nil {
			h.t.Fatal(err)
		}
		text := a.Text()
		if i := strings.Index(text, phrase); i >= 0 {
			v, ok := h.w.open("article:" + a.ID).(*articleView)
			if !ok {
				h.t.Fatalf("opening %s gave %T", a.ID, h.w.current())
			}
			start := len([]rune(text[:i]))
			return v, start, start + len([]rune(phrase))
		}
	}
	h.t.Fatalf("no sample article contains %q", phrase)
	return nil, 0, 0
}

// pointAt is the canvas position of rune offset off in the reader.
func pointAt(t *testing.T, r *Reader, off int) fyne.Position {
	t.Helper()
	i := r.lineOf(off)
	if i < 0 {
		t.Fatalf("offset %d is on no line", off)
	}
	l := &r.lines[i]
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(r)
	return abs.Add(fyne.NewPos(r.xAt(l, off)+0.2, l.y+l.h/2))
}

func TestHighlightSelectionWithMouse(t *testing.T) {
	h := newUIHarness(t, true)
	const phrase = "Grey Channel"
	v, start, end := h.openArticleWith(phrase)
	c := h.w.win.Canvas()

	// Drag across the phrase, then press H.
	from, to := pointAt(t, v.reader, start), pointAt(t, v.reader, end)
	// Fyne's drag events carry the pointer's position and the distance
	// moved, as the desktop driver sends them.
	test.Drag(c, to, to.X-from.X, to.Y-from.Y)
	if s, e := v.reader.Selection(); s != start || e != end {
		t.Fatalf("dragging selected [%d, %d) %q, want [%d, %d) %q", s, e, v.reader.SelectedText(), start, end, phrase)
	}
	test.Type(v.reader, "h")

	anns, err := h.lib.Annotations(v.id)
	if err != nil {
		t.Fatal(err)
	}
	if len(anns) != 1 {
		t.Fatalf("%d annotations stored, want 1", len(anns))
	}
	a := anns[0]
	if a.Selector.Start != start || a.Selector.End != end || a.Selector.Exact != phrase {
		t.Errorf("stored [%d, %d) %q, want [%d, %d) %q", a.Selector.Start, a.Selector.End, a.Selector.Exact, start, end, phrase)
	}
	// The reader paints it and the inspector shows it.
	found := false
	for _, s := range v.reader.spans {
		if s.Kind == SpanHighlight && s.ID == a.ID && s.Start == start && s.End == end {
			found = true
		}
	}
	if !found {
		t.Error("the reader does not paint the new highlight")
	}
	if h.w.inspect.what != "annotation:"+a.ID {
		t.Errorf("inspector shows %q, want the new annotation", h.w.inspect.what)
	}

	// Clicking the highlight selects it in the inspector.
	h.w.inspect.clear()
	mid := pointAt(t, v.reader, start+2)
	test.TapCanvas(c, mid)
	if h.w.inspect.what != "annotation:"+a.ID {
		t.Errorf("clicking the highlight shows %q in the inspector", h.w.inspect.what)
	}
}

func TestHighlightSelectionWithKeyboard(t *testing.T) {
	h := newUIHarness(t, true)
	const phrase = "Northern Seas Institute"
	v, start, end := h.openArticleWith(phrase)
	r := v.reader
	r.Select(start, start) // caret before the phrase
	h.w.win.Canvas().Focus(r)
	r.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range end - start {
		r.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	r.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if got := r.SelectedText(); got != phrase {
		t.Fatalf("shift+right selected %q, want %q", got, phrase)
	}
	test.Type(r, "H")
	anns, err := h.lib.Annotations(v.id)
	if err != nil {
		t.Fatal(err)
	}
	if len(anns) != 1 || anns[0].Selector.Start != start || anns[0].Selector.End != end {
		t.Fatalf("annotations %+v, want one on [%d, %d)", anns, start, end)
	}
}

func TestReviewQuotesFromKeyboard(t *testing.T) {
	h := newUIHarness(t, true)
	v, ok := h.w.open("review").(*reviewView)
	if !ok {
		t.Fatalf("review page is %T", h.w.current())
	}
	if v.count() < 3 {
		t.Fatalf("%d suggestions to review, want at least 3", v.count())
	}
	first, second, third := v.row(0).ID, v.row(1).ID, v.row(2).ID
	c := h.w.win.Canvas()
	c.Focus(v.list)
	press := func(k fyne.KeyName) {
		f := c.Focused()
		if f == nil {
			t.Fatal("nothing has the keyboard focus")
		}
		f.TypedKey(&fyne.KeyEvent{Name: k})
	}
	press(fyne.KeyDown) // selects the first row
	if v.sel != 0 {
		t.Fatalf("down selected row %d, want 0", v.sel)
	}
	press(fyne.KeyReturn) // confirm the first
	press(fyne.KeyBackspace)
	press(fyne.KeyDown) // skip one
	want := map[string]app.QuoteStatus{first: app.QuoteConfirmed, second: app.QuoteRejected, third: app.QuoteSuggested}
	for id, st := range want {
		q, err := h.lib.Quote(id)
		if err != nil {
			t.Fatal(err)
		}
		if q.Status != st {
			t.Errorf("quote %s is %s, want %s", id, q.Status, st)
		}
	}
	for i := range v.count() {
		if r := v.row(i); r.ID == first || r.ID == second {
			t.Errorf("reviewed quote %s still in the suggestions table", r.ID)
		}
	}
	if v.sel != 1 {
		t.Errorf("selection at row %d after moving down, want 1", v.sel)
	}
	// O opens the selected quote at its place in the article.
	sel := *v.row(v.sel)
	f := c.Focused()
	f.TypedRune('o')
	a, ok := h.w.current().(*articleView)
	if !ok {
		t.Fatalf("O opened %T, want the article", h.w.current())
	}
	if s, e := a.reader.Selection(); s != sel.Selector.Start || e != sel.Selector.End {
		t.Errorf("article selection [%d, %d), want the quote's [%d, %d)", s, e, sel.Selector.Start, sel.Selector.End)
	}
}

func TestSearchOpensResultAtSpan(t *testing.T) {
	h := newUIHarness(t, true)
	h.w.searchLibrary()
	v, ok := h.w.current().(*searchView)
	if !ok {
		t.Fatalf("search page is %T", h.w.current())
	}
	test.Type(v.query, "fishing dispute")
	if len(v.hits) == 0 {
		t.Fatalf("no results for %q (%s)", v.query.Text, v.info.Text)
	}
	// Filter to quotes with the type facet.
	sel := v.facets[app.FacetType]
	for _, o := range sel.Options {
		if strings.HasPrefix(o, "quote ") {
			sel.SetSelected(o)
		}
	}
	if len(v.hits) == 0 {
		t.Fatal("no quote results")
	}
	for _, hit := range v.hits {
		if hit.Type != app.TypeQuote {
			t.Errorf("type filter let through a %s", hit.Type)
		}
	}
	hit := v.hits[0]
	if hit.Start < 0 {
		t.Fatalf("quote hit has no span: %+v", hit)
	}
	marked := false
	for _, f := range hit.Fragments {
		marked = marked || len(f.Marks) > 0
	}
	if !marked {
		t.Error("the hit has no highlighted fragment")
	}
	v.list.Select(0)
	a, ok := h.w.current().(*articleView)
	if !ok {
		t.Fatalf("opening the result gave %T", h.w.current())
	}
	if a.id != hit.ArticleID {
		t.Errorf("opened article %s, want %s", a.id, hit.ArticleID)
	}
	s, e := a.reader.Selection()
	if s != hit.Start || e != hit.End {
		t.Errorf("article selection [%d, %d), want the hit's [%d, %d)", s, e, hit.Start, hit.End)
	}
	if got := strings.ToLower(a.reader.SelectedText()); !strings.Contains(got, "fishing") && !strings.Contains(got, "dispute") {
		t.Errorf("the span %q does not hold the words searched", got)
	}
	if h.w.inspect.what != "quote:"+hit.ID {
		t.Errorf("inspector shows %q, want the quote", h.w.inspect.what)
	}
}

func TestFindInArticle(t *testing.T) {
	h := newUIHarness(t, true)
	v, start, end := h.openArticleWith("Lena Marsh")
	h.w.findInArticle()
	test.Type(v.find, `"lena marsh"`)
	if len(v.matches) == 0 || v.matches[0] != [2]int{start, end} {
		t.Fatalf("matches %v, want the first at [%d, %d)", v.matches, start, end)
	}
	if !strings.Contains(v.findInfo.Text, "of") {
		t.Errorf("find info %q", v.findInfo.Text)
	}
}

func TestNoteLinkShowsBacklink(t *testing.T) {
	h := newUIHarness(t, true)
	n := h.w.createNote("Channel watch")
	if n == nil {
		t.Fatal("no note view")
	}
	c := h.w.win.Canvas()
	c.Focus(n.editor)
	typeOn(c, "Who speaks for the institute? [[Lena")
	if !n.comp.shown() || n.comp.matches[0] != "Lena Marsh" {
		t.Fatalf("typing [[Lena offers %v", n.comp.matches)
	}
	keyOn(c, fyne.KeyReturn)
	if !strings.HasSuffix(n.editor.Text, "[[Lena Marsh]]") {
		t.Fatalf("completion left %q", n.editor.Text)
	}
	n.save()

	// The preview links to the person's page.
	linked := false
	for _, k := range n.previewKeys {
		if l, ok := k.(*linkHead); ok {
			linked = linked || l.link.label == "Lena Marsh"
		}
	}
	if !linked {
		t.Error("the preview does not link [[Lena Marsh]]")
	}

	// The person's page lists the note as a backlink, in the library and in
	// the inspector.
	links, err := h.lib.Links("Lena Marsh")
	if err != nil {
		t.Fatal(err)
	}
	back := false
	for _, b := range links.Backlinks {
		back = back || b.Source.ID == n.note.ID
	}
	if !back {
		t.Fatalf("Lena Marsh's backlinks %+v miss the note", links.Backlinks)
	}
	p, ok := h.w.open("person:" + links.Page.ID).(*personView)
	if !ok {
		t.Fatalf("person page is %T", h.w.current())
	}
	_ = p
	if !containsText(test.RenderObjectToMarkup(h.w.inspect.box), "Channel watch") {
		t.Error("the inspector does not list the note among the backlinks")
	}
}

// Before anything is typed, and again once the box is cleared, the facet
// filters offer the whole library's values rather than the last search's.
func TestSearchFacetsOfTheLibraryWhenEmpty(t *testing.T) {
	h := newUIHarness(t, true)
	h.w.searchLibrary()
	v, ok := h.w.current().(*searchView)
	if !ok {
		t.Fatalf("search page is %T", h.w.current())
	}
	offers := func(facet, prefix string) bool {
		for _, o := range v.facets[facet].Options {
			if strings.HasPrefix(o, prefix) {
				return true
			}
		}
		return false
	}
	library := func(when string) {
		t.Helper()
		if !offers(app.FacetType, "article (3)") || !offers(app.FacetSource, "The Meridian Review (") || !offers(app.FacetSource, "Northern Ledger (") {
			t.Errorf("%s: type %v, source %v; want the library's three articles and both sources", when,
				v.facets[app.FacetType].Options, v.facets[app.FacetSource].Options)
		}
	}
	library("before typing")
	test.Type(v.query, `"budget vote"`)
	if len(v.hits) == 0 || offers(app.FacetSource, "The Meridian Review (") {
		t.Fatalf("%d hits, sources %v: want the one Northern Ledger article", len(v.hits), v.facets[app.FacetSource].Options)
	}
	v.query.SetText("")
	library("after clearing the box")

	// A change made while another page is in front shows once the search
	// page is back, not before.
	h.openArticleWith("Lena Marsh")
	path := filepath.Join(t.TempDir(), "westmark.txt")
	text := "Ferry link to Orsund reopens\n\nBy Ida Berg | 3 May 2025 | Westmark Post\n\nORSUND – The ferry link reopened on Saturday after a month of repairs.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := h.lib.Import(context.Background(), []string{path}, app.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	h.w.changed()
	if offers(app.FacetSource, "Westmark Post (") {
		t.Error("the facets were counted again behind another tab")
	}
	h.w.searchLibrary()
	if !offers(app.FacetSource, "Westmark Post (") {
		t.Errorf("back on the search page, sources %v lack the new article's", v.facets[app.FacetSource].Options)
	}
}

func TestPeopleListCountsQuotes(t *testing.T) {
	h := newUIHarness(t, true)
	items, err := sectionItems(h.lib, secPeople, 0)
	if err != nil {
		t.Fatal(err)
	}
	details := map[string]string{}
	for _, it := range items {
		details[it.title] = it.detail
	}
	// The sample: Jonas Brink is quoted once, Anja Korsgaard three times.
	if d := details["Jonas Brink"]; !strings.HasSuffix(d, " · 1 quote") {
		t.Errorf("Jonas Brink: %q, want the affiliation then “· 1 quote”", d)
	}
	if d := details["Anja Korsgaard"]; !strings.HasSuffix(d, " · 3 quotes") {
		t.Errorf("Anja Korsgaard: %q, want “· 3 quotes”", d)
	}
	if _, ok := details["the parties"]; ok {
		t.Error("the quoted clause’s subject “the parties” is listed as a person")
	}
	// A document is no person: its quote keeps the words, with no page.
	if d, ok := details["a joint statement"]; ok {
		t.Errorf("a joint statement is listed as a person (%q)", d)
	}
}

// Edit → Find Quotes Again runs the finder over every article with a
// summary, keeps what the analyst decided (a confirmed quote stays
// confirmed, a deleted one stays deleted) and duplicates nothing.
func TestFindQuotesAgain(t *testing.T) {
	h := newUIHarness(t, true)
	qs, err := h.lib.Quotes(app.QuoteFilter{})
	if err != nil || len(qs) < 3 {
		t.Fatalf("sample quotes: %d, %v", len(qs), err)
	}
	kept, gone := qs[0], qs[1]
	if err := h.lib.ConfirmQuote(kept.ID); err != nil {
		t.Fatal(err)
	}
	if err := h.lib.DeleteQuote(gone.ID); err != nil {
		t.Fatal(err)
	}
	h.w.findQuotesAgain()
	h.w.waitIdle()
	msg := textIn(topDialog(t, h.w.win))
	if !strings.Contains(msg, "3 articles: 0 new suggestions, 0 updated, 0 withdrawn") || !strings.Contains(msg, "unchanged") {
		t.Errorf("the summary says %q", msg)
	}
	after, err := h.lib.Quotes(app.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(qs)-1 {
		t.Errorf("%d quotes after, want %d (the sample's less the deleted one)", len(after), len(qs)-1)
	}
	for _, q := range after {
		switch q.ID {
		case kept.ID:
			if q.Status != app.QuoteConfirmed {
				t.Errorf("the confirmed quote is %s now", q.Status)
			}
		case gone.ID:
			t.Error("the deleted quote came back")
		}
	}
}

// The person page shows and sets what kind of speaker the page stands for.
func TestPersonPageKind(t *testing.T) {
	h := newUIHarness(t, true)
	p, err := h.lib.ResolvePerson("Jonas Brink")
	if err != nil {
		t.Fatal(err)
	}
	v, ok := h.w.open("person:" + p.ID).(*personView)
	if !ok {
		t.Fatal("no person page")
	}
	if v.kind.Selected != "Person" {
		t.Fatalf("kind shown %q, want Person", v.kind.Selected)
	}
	v.kind.SetSelected("Organisation")
	h.w.waitIdle()
	got, err := h.lib.ResolvePerson("Jonas Brink")
	if err != nil || got.Kind != app.SpeakerOrganisation {
		t.Fatalf("after choosing Organisation: %+v %v", got, err)
	}
	items, err := sectionItems(h.lib, secPeople, 0)
	if err != nil {
		t.Fatal(err)
	}
	listed := false
	for _, it := range items {
		if it.title == "Jonas Brink" {
			listed = true
			if !strings.HasPrefix(it.detail, "Organisation · ") {
				t.Errorf("People lists it as %q", it.detail)
			}
		}
	}
	if !listed {
		t.Error("People does not list Jonas Brink")
	}
}
