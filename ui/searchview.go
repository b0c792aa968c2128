package ui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// searchFacets are the facet filters, in the order shown.
var searchFacets = []struct{ name, label string }{
	{app.FacetType, "Type"}, {app.FacetTag, "Tag"}, {app.FacetSpeaker, "Speaker"},
	{app.FacetSource, "Source"}, {app.FacetMonth, "Month"},
}

const anyFacet = "Any"

// searchView searches the whole library as the user types, with facet
// filters, highlighted fragments and results that open at the exact span.
type searchView struct {
	w       *mainWindow
	query   *widget.Entry
	facets  map[string]*widget.Select
	chosen  map[string]string // facet → value
	sort    *widget.Select
	info    *widget.Label
	list    *keyList
	hits    []app.SearchHit
	gen     int
	cancel  context.CancelFunc
	obj     fyne.CanvasObject
	setting bool        // facet options being refreshed: ignore change callbacks
	stale   bool        // the library changed behind another tab (reload)
	widths  *textWidths // measured words of the fragments shown
}

func newSearchView(w *mainWindow) page {
	v := &searchView{w: w, facets: map[string]*widget.Select{}, chosen: map[string]string{}, widths: newTextWidths()}
	v.query = widget.NewEntry()
	v.query.SetPlaceHolder(`Search everything: words, "a phrase", speaker:Marsh, tag:topic/*, date:>2024 (F1 for keys)`)
	v.query.OnChanged = func(string) { v.run() }
	v.query.OnSubmitted = func(string) { v.openHit(0) }
	help := widget.NewButtonWithIcon("", theme.HelpIcon(), w.showSearchHelp)
	// Filters in a grid of three columns: in a single row the month and
	// sort filters ran off a laptop-sized window.
	var cells []fyne.CanvasObject
	cell := func(label string, s *widget.Select) {
		cells = append(cells, container.NewBorder(nil, nil, widget.NewLabel(label), nil, s))
	}
	for _, f := range searchFacets {
		name := f.name
		s := widget.NewSelect([]string{anyFacet}, func(val string) {
			if v.setting {
				return
			}
			if val == anyFacet || val == "" {
				delete(v.chosen, name)
			} else {
				v.chosen[name] = facetValue(val)
			}
			v.run()
		})
		s.PlaceHolder = f.label
		v.facets[name] = s
		cell(f.label, s)
	}
	v.sort = widget.NewSelect([]string{"Relevance", "Newest", "Oldest"}, func(string) { v.run() })
	v.sort.SetSelected("Relevance")
	cell("Sort", v.sort)
	v.info = widget.NewLabel("")
	v.info.Importance = widget.LowImportance
	v.list = newKeyList(func() int { return len(v.hits) }, v.createRow, v.updateRow)
	v.list.OnSelected = func(id widget.ListItemID) {
		v.openHit(id)
		v.list.UnselectAll()
	}
	v.list.onKey = func(ev *fyne.KeyEvent) bool {
		if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
			return true
		}
		return false
	}
	top := container.NewVBox(container.NewBorder(nil, nil, nil, help, v.query), container.NewGridWithColumns(3, cells...), v.info)
	v.obj = container.NewBorder(top, nil, nil, nil, v.list)
	v.run() // the hint, and the library's facets to filter by
	return v
}

// facetValue takes the value out of "value (count)".
func facetValue(label string) string {
	if i := strings.LastIndex(label, " ("); i > 0 && strings.HasSuffix(label, ")") {
		return label[:i]
	}
	return label
}

func (v *searchView) key() string               { return "search" }
func (v *searchView) title() string             { return "Search" }
func (v *searchView) object() fyne.CanvasObject { return v.obj }
func (v *searchView) focus()                    { v.w.win.Canvas().Focus(v.query) }

// reload refreshes the whole library's facet counts while nothing is typed
// or chosen; results of a search stay as they are until the next keystroke.
// Behind another tab it only notes the change (counting a large library's
// facets after every highlight would be wasted): shown catches up.
func (v *searchView) reload() {
	if strings.TrimSpace(v.query.Text) != "" || len(v.chosen) != 0 {
		return
	}
	if v.w.current() != page(v) {
		v.stale = true
		return
	}
	v.stale = false
	v.run()
}

// shown is called when the page's tab is selected.
func (v *searchView) shown() {
	if v.stale {
		v.reload()
	}
}

// request is the search for the query and filters as they stand.
func (v *searchView) request() app.SearchRequest {
	req := app.SearchRequest{Query: strings.TrimSpace(v.query.Text), Size: 50, Facets: true}
	if t := v.chosen[app.FacetType]; t != "" {
		req.Types = []app.DocType{app.DocType(t)}
	}
	if t := v.chosen[app.FacetTag]; t != "" {
		req.Tags = []string{t}
	}
	if t := v.chosen[app.FacetSpeaker]; t != "" {
		req.Speakers = []string{t}
	}
	if t := v.chosen[app.FacetSource]; t != "" {
		req.Sources = []string{t}
	}
	if m := v.chosen[app.FacetMonth]; m != "" {
		req.Query = strings.TrimSpace(req.Query + " +month:" + m)
	}
	switch v.sort.Selected {
	case "Newest":
		req.Sort = app.SortNewest
	case "Oldest":
		req.Sort = app.SortOldest
	}
	return req
}

// run searches in the background; a newer keystroke supersedes an older
// search, which is cancelled.
func (v *searchView) run() {
	if v.list == nil || v.w.lib == nil {
		return
	}
	req := v.request()
	v.gen++
	gen := v.gen
	if v.cancel != nil {
		v.cancel()
	}
	if req.Query == "" && len(v.chosen) == 0 {
		v.show(gen, nil, nil)
		v.libraryFacets(gen)
		return
	}
	// The search this one replaces was cancelled above and stops at its
	// next check; this one starts now rather than waiting for it, and a
	// stale result is never shown (gen).
	ctx, cancel := context.WithCancel(v.w.ctx)
	v.cancel = cancel
	lib := v.w.lib
	v.w.goBG(func() {
		// The hits first; the facet counts (a pass over every match's doc
		// values, about half the search) follow without holding them up.
		hitsReq := req
		hitsReq.Facets = false
		res, err := lib.SearchAsYouType(ctx, hitsReq)
		fyne.Do(func() {
			if gen != v.gen {
				cancel() // typed meanwhile: a newer search is running
				return
			}
			v.show(gen, res, err)
			if err != nil {
				cancel()
				return
			}
			v.fetchFacets(ctx, cancel, gen, lib, req)
		})
	})
}

// fetchFacets counts the facets of req in the background and shows them
// unless a newer search was started; it cancels ctx when done.
func (v *searchView) fetchFacets(ctx context.Context, cancel context.CancelFunc, gen int, lib *app.Library, req app.SearchRequest) {
	v.w.goBG(func() {
		defer cancel()
		res, err := lib.SearchAsYouType(ctx, req)
		fyne.Do(func() {
			if gen == v.gen && err == nil {
				v.setFacets(res.Facets)
			}
		})
	})
}

// libraryFacets fills the facet filters with the whole library's values
// while the search box is empty, rather than leaving those of the last
// search, so a filter can be chosen before anything is typed.
func (v *searchView) libraryFacets(gen int) {
	ctx, cancel := context.WithCancel(v.w.ctx)
	v.cancel = cancel
	v.fetchFacets(ctx, cancel, gen, v.w.lib, app.SearchRequest{Types: app.DocTypes, Size: 1, Facets: true})
}

// show displays results unless a newer search was started.
func (v *searchView) show(gen int, res *app.SearchResults, err error) {
	if gen != v.gen {
		return
	}
	switch {
	case errors.Is(err, context.Canceled):
		return
	case errors.Is(err, app.ErrIndexStale):
		v.info.SetText("The search index is being rebuilt; try again in a moment.")
		return
	case err != nil:
		v.info.SetText(shorten(err.Error(), 200))
		return
	case res == nil:
		v.hits = nil
		v.info.SetText("Type to search the whole library. Filters narrow the results; Enter opens the first one.")
	default:
		v.hits = res.Hits
		noun := "results"
		if res.Total == 1 {
			noun = "result"
		}
		v.info.SetText(fmt.Sprintf("%d %s · %.1f ms", res.Total, noun, float64(res.Took.Microseconds())/1000))
		if res.Facets != nil {
			v.setFacets(res.Facets)
		}
	}
	v.list.Refresh()
	v.list.ScrollToTop()
	if v.w.resultsShown != nil {
		v.w.resultsShown()
	}
}

// setFacets fills the facet filters with the values and counts of the
// latest results, keeping the chosen values.
func (v *searchView) setFacets(f map[string][]app.FacetCount) {
	v.setting = true
	defer func() { v.setting = false }()
	for name, s := range v.facets {
		opts := []string{anyFacet}
		sel := anyFacet
		for _, c := range f[name] {
			label := fmt.Sprintf("%s (%d)", c.Value, c.Count)
			opts = append(opts, label)
			if c.Value == v.chosen[name] {
				sel = label
			}
		}
		if ch := v.chosen[name]; ch != "" && sel == anyFacet {
			opts = append(opts, ch)
			sel = ch
		}
		// Refreshing a select costs a layout: skip the unchanged ones.
		if !slices.Equal(s.Options, opts) {
			s.Options = opts
			s.Refresh()
		}
		if s.Selected != sel {
			s.SetSelected(sel)
		}
	}
}

func (v *searchView) createRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("title", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	kind := widget.NewLabel("type")
	kind.Importance = widget.LowImportance
	frag := newFlowText(nil, v.widths)
	return container.NewBorder(container.NewBorder(nil, nil, nil, kind, title), nil, nil, nil, frag)
}

func (v *searchView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(v.hits) {
		return
	}
	h := &v.hits[id]
	c := o.(*fyne.Container)
	frag := c.Objects[0].(*flowText)
	head := c.Objects[1].(*fyne.Container)
	head.Objects[0].(*widget.Label).SetText(orDash(h.Title))
	meta := string(h.Type)
	if h.Speaker != "" {
		meta += " · " + h.Speaker
	}
	if !h.Date.IsZero() {
		meta += " · " + h.Date.Format("2006-01-02")
	}
	head.Objects[1].(*widget.Label).SetText(meta)
	frag.runs = fragmentRuns(h.Fragments)
	frag.Refresh()
	v.list.SetItemHeight(id, o.MinSize().Height)
}

// fragmentRuns renders up to two fragments, a line each, with their
// matches bold in the primary colour. They are a flowText, not Fyne's rich
// text, which wraps a run that starts mid-line wrongly (a short line after
// a highlight, or a word one letter per line).
func fragmentRuns(frags []app.Fragment) []flowRun {
	var runs []flowRun
	plain := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameForeground}
	mark := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
	for i, f := range frags {
		if i == 2 {
			break
		}
		// One line per fragment: paragraph breaks become spaces, rune for
		// rune, so the marks' offsets still hold.
		runes := []rune(strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, f.Text))
		if len(runes) > 320 {
			runes = append(runes[:319], '…')
		}
		if i > 0 {
			runs = append(runs, flowRun{text: "\n", style: plain})
		}
		pos := 0
		for _, m := range f.Marks {
			s, e := max(m[0], pos), min(m[1], len(runes))
			if s >= e {
				continue
			}
			runs = append(runs, flowRun{text: string(runes[pos:s]), style: plain}, flowRun{text: string(runes[s:e]), style: mark})
			pos = e
		}
		runs = append(runs, flowRun{text: string(runes[pos:]), style: plain})
	}
	return runs
}

// openHit opens a result: an article, annotation or quote at its exact
// span; a note, person or tag as its page.
func (v *searchView) openHit(i int) {
	if i < 0 || i >= len(v.hits) {
		return
	}
	h := v.hits[i]
	switch h.Type {
	case app.TypeArticle, app.TypeAnnotation, app.TypeQuote:
		v.w.openSpan(h.ArticleID, h.Start, h.End)
		switch h.Type {
		case app.TypeQuote:
			if q, err := v.w.lib.Quote(h.ID); err == nil {
				v.w.inspect.showQuote(q)
			}
		case app.TypeAnnotation:
			if a, err := v.w.lib.Annotation(h.ID); err == nil {
				v.w.inspect.showAnnotation(a)
			}
		}
	case app.TypeNote, app.TypePerson:
		v.w.open(string(h.Type) + ":" + h.ID)
	case app.TypeTag:
		v.w.open("tag:" + h.Title)
	}
}
