package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// Sidebar sections.
const (
	secArticles = iota
	secNotes
	secPeople
	secTags
	secReview
	secOrphans
	numSections
)

var sectionNames = [numSections]string{"Articles", "Notes", "People", "Tags", "Quotes to review", "Orphaned annotations"}

// sectionIcon is a section's icon (looked up when drawn: the theme needs
// a running app).
func sectionIcon(sec int) fyne.Resource {
	switch sec {
	case secArticles:
		return theme.DocumentIcon()
	case secNotes:
		return theme.DocumentCreateIcon()
	case secPeople:
		return theme.AccountIcon()
	case secTags:
		return theme.ListIcon()
	case secReview:
		return theme.QuestionIcon()
	}
	return theme.WarningIcon()
}

// sideItem is one row of the sidebar's item list.
type sideItem struct {
	key    string // page to open
	title  string
	detail string
	fold   string // lower-case title and detail, for the filter
}

// sidebar lists the library by section, with counts and a filter box.
type sidebar struct {
	w        *mainWindow
	sections *widget.List
	filter   *keyEntry
	items    *widget.List
	empty    *widget.Label
	obj      fyne.CanvasObject

	section int
	counts  [numSections]int
	all     [numSections][]sideItem
	shown   []sideItem
	loaded  [numSections]bool // sections listed since the last reload
	gen     int               // reload generation: a slow load never overwrites a newer one
}

func newSidebar(w *mainWindow) *sidebar {
	s := &sidebar{w: w}
	s.sections = widget.NewList(
		func() int { return numSections },
		func() fyne.CanvasObject {
			// The name gives way to the count in a narrow sidebar.
			name := widget.NewLabel("Section")
			name.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(theme.DocumentIcon()), widget.NewLabel("0"), name)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(sectionNames[id])
			c.Objects[1].(*widget.Icon).SetResource(sectionIcon(id))
			c.Objects[2].(*widget.Label).SetText(fmt.Sprint(s.counts[id]))
		})
	s.sections.OnSelected = func(id widget.ListItemID) {
		s.section = id
		s.applyFilter()
		if s.gen > 0 { // the first reload lists the first section
			s.loadSection(id)
		}
		if id == secReview && s.w.lib != nil {
			s.w.open("review")
		}
		if id == secOrphans && s.w.lib != nil {
			s.w.open("orphans")
		}
	}
	s.filter = &keyEntry{}
	s.filter.ExtendBaseWidget(s.filter)
	s.filter.SetPlaceHolder("Filter…")
	s.filter.OnChanged = func(string) { s.applyFilter() }
	// From the filter the keys go on into the list: Enter opens the first
	// match, ↓ moves into the list (where ↑ ↓ and Space work), Escape
	// goes back to the page.
	s.filter.onKey = func(ev *fyne.KeyEvent) bool {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			if len(s.shown) > 0 {
				s.openItem(s.shown[0])
			}
		case fyne.KeyDown:
			if len(s.shown) > 0 {
				s.w.win.Canvas().Focus(s.items)
			}
		case fyne.KeyEscape:
			if p := s.w.current(); p != nil {
				p.focus()
			}
		default:
			return false
		}
		return true
	}
	s.items = widget.NewList(
		func() int { return len(s.shown) },
		func() fyne.CanvasObject {
			t := widget.NewLabel("title")
			t.Truncation = fyne.TextTruncateEllipsis
			d := canvas.NewText("detail", theme.Color(theme.ColorNamePlaceHolder))
			d.TextSize = theme.CaptionTextSize()
			pad := container.New(layout.NewCustomPaddedLayout(0, 6, 8, 0), d)
			return container.NewBorder(nil, pad, nil, nil, t)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(s.shown) {
				return
			}
			it := s.shown[id]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(it.title)
			pad := c.Objects[1].(*fyne.Container)
			d := pad.Objects[0].(*canvas.Text)
			d.Text = shorten(it.detail, 60)
			d.Color = theme.Color(theme.ColorNamePlaceHolder)
			if it.detail == "" {
				pad.Hide()
			} else {
				pad.Show()
			}
			d.Refresh()
			s.items.SetItemHeight(id, o.MinSize().Height)
		})
	s.items.OnSelected = func(id widget.ListItemID) {
		if id < len(s.shown) {
			s.openItem(s.shown[id])
		}
		s.items.UnselectAll()
	}
	s.empty = widget.NewLabel("")
	s.empty.Wrapping = fyne.TextWrapWord
	s.empty.Importance = widget.LowImportance
	s.empty.Hide()
	s.sections.Select(secArticles)
	head := container.NewVBox(widget.NewLabelWithStyle("Library", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	top := container.NewBorder(head, s.filter, nil, nil, container.NewStack(s.sectionsSpacer(), s.sections))
	s.obj = container.NewBorder(top, nil, nil, nil, container.NewStack(s.items, container.NewPadded(s.empty)))
	return s
}

// sectionsSpacer gives the section list room for all its rows.
func (s *sidebar) sectionsSpacer() fyne.CanvasObject {
	row := s.sections.CreateItem().MinSize().Height + theme.Padding()
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(1, row*numSections))
	return r
}

func (s *sidebar) object() fyne.CanvasObject { return s.obj }

// sectionItems lists the sidebar items of one section; it runs off the UI
// goroutine. Sections load when shown: decoding every quote, person and
// orphan of a large library at start-up would cost seconds.
func sectionItems(lib *app.Library, sec, limit int) ([]sideItem, error) {
	var out []sideItem
	switch sec {
	case secArticles:
		// The light listing: decoding every article in full costs seconds
		// and hundreds of MB on a large library.
		arts, err := lib.ArticleList(limit)
		if err != nil {
			return nil, err
		}
		out = make([]sideItem, 0, len(arts))
		for _, a := range arts {
			d := strings.Join(nonEmpty(a.Source, a.Published), " · ")
			out = append(out, newSideItem("article:"+a.ID, a.Title, d))
		}
	case secNotes:
		notes, err := lib.Notes()
		if err != nil {
			return nil, err
		}
		for _, n := range notes {
			out = append(out, newSideItem("note:"+n.ID, n.Title, strings.Join(n.Tags, ", ")))
		}
	case secPeople:
		people, err := lib.People()
		if err != nil {
			return nil, err
		}
		for _, p := range people {
			d := strings.Join(nonEmpty(p.Kind.Label(), strings.Join(p.Affiliations, "; ")), " · ")
			if p.Quotes.Total > 0 {
				d = strings.TrimPrefix(d+" · "+plural(p.Quotes.Total, "quote"), " · ")
			}
			out = append(out, newSideItem("person:"+p.ID, p.Name, d))
		}
	case secTags:
		return tagItems(lib)
	case secReview:
		qs, err := lib.Quotes(app.QuoteFilter{Status: app.QuoteSuggested})
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			out = append(out, newSideItem("quote:"+q.ID, "“"+q.Text+"”",
				strings.Join(nonEmpty(q.Speaker, q.ArticleTitle), " · ")))
		}
	case secOrphans:
		return orphanItems(lib)
	}
	return out, nil
}

// sectionCounts counts every section without listing it (the orphan count
// needs a pass over the anchors: it is counted after the first paint).
func sectionCounts(lib *app.Library) ([numSections]int, error) {
	var n [numSections]int
	c, err := lib.Counts()
	if err != nil {
		return n, err
	}
	n[secArticles], n[secNotes], n[secPeople], n[secTags], n[secReview] = c.Articles, c.Notes, c.People, c.Tags, c.Suggested
	n[secOrphans] = -1
	return n, nil
}

func newSideItem(key, title, detail string) sideItem {
	return sideItem{key: key, title: title, detail: detail, fold: strings.ToLower(title + "\x00" + detail)}
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// reload re-reads the library in the background: the counts and the
// section shown first, then the orphan count; other sections when shown.
func (s *sidebar) reload() {
	lib := s.w.lib
	if lib == nil {
		return
	}
	s.gen++
	gen := s.gen
	s.loaded = [numSections]bool{}
	sec := s.section
	s.w.goBG(func() {
		counts, err := sectionCounts(lib)
		var items []sideItem
		if err == nil {
			// A first screenful; a long list follows in the background.
			items, err = sectionItems(lib, sec, firstPage)
		}
		fyne.Do(func() {
			if gen != s.gen || s.w.lib != lib {
				return
			}
			if err != nil {
				s.w.showError(err)
				return
			}
			if counts[secOrphans] < 0 {
				counts[secOrphans] = s.counts[secOrphans]
			}
			s.counts = counts
			n := counts[sec]
			s.setSection(sec, items)
			if len(items) >= firstPage {
				s.counts[sec] = n // the list is partial until the rest arrives
				s.loaded[sec] = false
				s.loadSection(sec)
			}
			s.countOrphans(gen, lib)
			if s.w.firstPaint != nil {
				s.w.firstPaint()
			}
		})
	})
}

// firstPage is how many rows the sidebar lists before the rest loads.
const firstPage = 300

// countOrphans fills in the orphan count in the background.
func (s *sidebar) countOrphans(gen int, lib *app.Library) {
	s.w.goBG(func() {
		c, err := lib.AnchorCounts()
		if err != nil {
			return
		}
		fyne.Do(func() {
			if gen != s.gen || s.w.lib != lib {
				return
			}
			s.counts[secOrphans] = c.Orphans()
			s.sections.Refresh()
		})
	})
}

// loadSection lists a section not loaded since the last reload.
func (s *sidebar) loadSection(sec int) {
	lib := s.w.lib
	if lib == nil || s.loaded[sec] {
		return
	}
	gen := s.gen
	s.w.goBG(func() {
		items, err := sectionItems(lib, sec, 0)
		fyne.Do(func() {
			if gen != s.gen || s.w.lib != lib {
				return
			}
			if err != nil {
				s.w.showError(err)
				return
			}
			s.setSection(sec, items)
		})
	})
}

// setSection shows a freshly loaded section (on the UI goroutine).
func (s *sidebar) setSection(sec int, items []sideItem) {
	s.all[sec], s.loaded[sec] = items, true
	s.counts[sec] = len(items)
	s.sections.Refresh()
	if sec == s.section {
		// The same rows with more after them (the rest of a long list)
		// keep the scroll position; anything else starts at the top.
		top := s.items.GetScrollOffset()
		s.applyFilter()
		if s.filter.Text == "" {
			s.items.ScrollToOffset(top)
		}
	}
	s.w.updateEmpty()
}

// applyFilter shows the items of the section that match the filter text.
func (s *sidebar) applyFilter() {
	f := strings.ToLower(strings.TrimSpace(s.filter.Text))
	s.shown = s.shown[:0]
	for _, it := range s.all[s.section] {
		if f == "" || strings.Contains(it.fold, f) {
			s.shown = append(s.shown, it)
		}
	}
	s.items.Refresh()
	s.items.ScrollToTop()
	switch {
	case len(s.shown) > 0:
		s.empty.Hide()
	case !s.loaded[s.section]:
		s.empty.SetText("Loading…")
		s.empty.Show()
	case f != "":
		s.empty.SetText("Nothing matches “" + s.filter.Text + "”.")
		s.empty.Show()
	default:
		s.empty.SetText(emptySectionText[s.section])
		s.empty.Show()
	}
}

var emptySectionText = [numSections]string{
	"No articles yet. Import files (Ctrl+O), drop them on the window, or load the sample library from the File menu.",
	"No notes yet. Create one with Ctrl+N; link pages with [[Title]].",
	"No people yet. Speakers of quotes appear here.",
	"No tags yet. Select text in an article and press T.",
	"No quotes waiting for review.",
	"No orphaned annotations: every highlight is attached to its text.",
}

// openItem opens what a sidebar row stands for.
func (s *sidebar) openItem(it sideItem) {
	kind, id, _ := strings.Cut(it.key, ":")
	switch kind {
	case "quote":
		s.w.openQuote(id)
	case "orphan":
		s.w.openOrphan(id)
	default:
		s.w.open(it.key)
	}
}
