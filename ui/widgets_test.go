package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
)

func TestTimelinePlacesQuotesByDate(t *testing.T) {
	test.NewTempApp(t)
	tl := NewTimeline()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tl.SetItems([]TimelineItem{
		{ID: "late", When: day(2025, 6, 1), Status: app.QuoteConfirmed},
		{ID: "undated"},
		{ID: "early", When: day(2024, 1, 10)},
		{ID: "early2", When: day(2024, 1, 10)},
	})
	tl.Resize(fyne.NewSize(600, 100))
	pos := tl.positions(tl.Size())
	at := map[string]fyne.Position{}
	for i, it := range tl.items {
		at[it.ID] = pos[i]
	}
	if !(at["early"].X < at["late"].X && at["late"].X < at["undated"].X) {
		t.Errorf("dots not in date order, undated last: %v", at)
	}
	if at["early"].X != at["early2"].X || at["early"].Y == at["early2"].Y {
		t.Errorf("quotes of one day are not stacked: %v %v", at["early"], at["early2"])
	}
	var tapped string
	tl.OnTap = func(id string) { tapped = id }
	tl.Tapped(&fyne.PointEvent{Position: at["late"]})
	if tapped != "late" {
		t.Errorf("tapping the dot opened %q", tapped)
	}
	tl.Tapped(&fyne.PointEvent{Position: fyne.NewPos(at["late"].X, 2)})
	if tapped != "late" {
		t.Errorf("tapping empty space opened %q", tapped)
	}
	// It draws: a dot per quote at least.
	r := test.TempWidgetRenderer(t, tl)
	if n := len(r.Objects()); n < len(tl.items)+1 {
		t.Errorf("the timeline draws %d objects", n)
	}
}

func TestLinkGraphAroundAPage(t *testing.T) {
	h := newUIHarness(t, true)
	people, _ := h.lib.People()
	person := people[0].Name
	n, err := h.lib.CreateNote(context.Background(), "Graph note", "About [["+person+"]] and [[A page not written]].", nil)
	if err != nil {
		t.Fatal(err)
	}
	links, err := h.lib.Links(n.Title)
	if err != nil {
		t.Fatal(err)
	}
	g := NewLinkGraph()
	g.SetLinks(links, n.Title)
	g.Resize(fyne.NewSize(300, 260))
	if len(g.Nodes()) != 2 {
		t.Fatalf("graph nodes %+v, want the person and the missing page", g.Nodes())
	}
	var tapped GraphNode
	g.OnTap = func(n GraphNode) { tapped = n }
	_, ring := g.layout(g.Size())
	for i, nd := range g.Nodes() {
		g.Tapped(&fyne.PointEvent{Position: ring[i]})
		if tapped.Title != nd.Title {
			t.Errorf("tapping node %d opened %q", i, tapped.Title)
		}
		if nd.Title == person && (!nd.Out || nd.Ref.Kind != app.TypePerson || !nd.Exists) {
			t.Errorf("person node %+v", nd)
		}
		if nd.Title == "A page not written" && nd.Exists {
			t.Errorf("missing page drawn as existing: %+v", nd)
		}
	}
	// From the person's side the note links in.
	pl, _ := h.lib.Links(person)
	g.SetLinks(pl, person)
	in := false
	for _, nd := range g.Nodes() {
		in = in || nd.Title == "Graph note" && nd.In
	}
	if !in {
		t.Errorf("the note's backlink is not on the person's graph: %+v", g.Nodes())
	}
	// The inspector shows the graph for the person's page.
	pv := h.w.open("person:" + people[0].ID).(*personView)
	pv.inspect()
	found := false
	for _, o := range h.w.inspect.box.Objects {
		_, ok := o.(*LinkGraph)
		found = found || ok
	}
	if !found {
		t.Error("the inspector shows no link graph for the person")
	}
}
