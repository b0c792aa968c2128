package ui

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
	"dossier/assets"
	"dossier/index"
	"dossier/storage"
	_ "dossier/ui/localeenv" // as in main.go: no locale error logged under C.UTF-8
)

// openTestLibrary opens the library in dir wired as main.go does: real
// bbolt storage and a real Bleve index.
func openTestLibrary(ctx context.Context, dir string, readOnly bool) (*app.Library, error) {
	st, err := storage.Open(dir, storage.Options{ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	idx, err := index.Open(filepath.Join(dir, "index.bleve"), index.Options{ReadOnly: readOnly})
	if err != nil {
		st.Close()
		return nil, err
	}
	lib, err := app.Open(ctx, st, idx, app.Options{Sample: assets.Sample()})
	if err != nil {
		idx.Close()
		st.Close()
		return nil, err
	}
	if lib.IndexStale() {
		if err := lib.Reindex(ctx, nil); err != nil {
			lib.Close()
			return nil, err
		}
	}
	return lib, nil
}

// uiHarness is a main window on a temporary library in a headless Fyne app.
type uiHarness struct {
	t   *testing.T
	w   *mainWindow
	lib *app.Library
	dir string
	// closed: the test closed the window itself (Ctrl+Q)
	closed bool
}

// newUIHarness opens a window on a fresh library in t.TempDir(), with the
// sample library loaded when sample is true.
func newUIHarness(t *testing.T, sample bool) *uiHarness {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	lib, err := openTestLibrary(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if sample {
		if _, err := lib.LoadSample(ctx); err != nil && !errors.Is(err, context.Canceled) {
			t.Fatal(err)
		}
	}
	fa := test.NewTempApp(t)
	w := newMainWindow(ctx, fa, Config{Dir: dir, Open: openTestLibrary, Version: "test"})
	w.inline = true
	w.win.Resize(fyne.NewSize(1280, 800))
	w.setLibrary(lib, dir)
	w.waitIdle()
	h := &uiHarness{t: t, w: w, lib: lib, dir: dir}
	t.Cleanup(func() {
		if err := w.shutdown(); err != nil {
			t.Error(err)
		}
		if !h.closed {
			w.win.Close()
		}
	})
	return h
}

func TestWindowListsArticlesAndShowsSelected(t *testing.T) {
	h := newUIHarness(t, true)
	arts, err := h.lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 3 {
		t.Fatalf("sample library has %d articles, want at least 3", len(arts))
	}
	side := h.w.side
	if side.counts[secArticles] != len(arts) {
		t.Errorf("sidebar counts %d articles, the library has %d", side.counts[secArticles], len(arts))
	}
	if len(side.shown) != len(arts) {
		t.Fatalf("sidebar shows %d rows, want %d", len(side.shown), len(arts))
	}
	for i, a := range arts {
		if side.shown[i].title != a.Title || side.shown[i].key != "article:"+a.ID {
			t.Errorf("row %d = %q (%s), want %q", i, side.shown[i].title, side.shown[i].key, a.Title)
		}
	}
	// The rendered list holds the titles.
	markup := test.RenderToMarkup(h.w.win.Canvas())
	for _, a := range arts {
		if !containsText(markup, firstWords(a.Title, 3)) {
			t.Errorf("sidebar does not render %q", a.Title)
		}
	}

	// Selecting a row opens the article.
	side.items.Select(1)
	v, ok := h.w.current().(*articleView)
	if !ok {
		t.Fatalf("current page is %T, want an article", h.w.current())
	}
	if v.id != arts[1].ID {
		t.Errorf("opened %s, want %s", v.id, arts[1].ID)
	}
	full, err := h.lib.Article(arts[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if string(v.reader.text) != full.Text() {
		t.Errorf("reader text differs from the article text")
	}
	if !containsText(test.RenderObjectToMarkup(v.reader), firstWords(full.Body[0], 3)) {
		t.Errorf("reader does not draw the first paragraph")
	}
	if !containsText(test.RenderObjectToMarkup(v.reader), full.Title) && !containsText(test.RenderObjectToMarkup(v.reader), firstWords(full.Title, 2)) {
		t.Errorf("reader does not draw the title %q", full.Title)
	}
}

func TestEmptyLibraryOffersSample(t *testing.T) {
	h := newUIHarness(t, false)
	e := h.w.split2.Leading.(*fyne.Container).Objects[1].(*emptyState)
	if !e.Visible() || !e.sample.Visible() {
		t.Fatal("an empty library should show the welcome card with the sample button")
	}
	test.Tap(e.sample)
	h.w.waitIdle()
	arts, err := h.lib.Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatal("the sample button loaded nothing")
	}
	if h.w.side.counts[secArticles] != len(arts) {
		t.Errorf("sidebar counts %d articles after loading the sample, want %d", h.w.side.counts[secArticles], len(arts))
	}
	if _, ok := h.w.current().(*articleView); !ok {
		t.Errorf("loading the sample should open an article, current page is %T", h.w.current())
	}
}

func TestTabsAndWindowSizeRestored(t *testing.T) {
	h := newUIHarness(t, true)
	arts, _ := h.lib.Articles()
	h.w.open("article:" + arts[0].ID)
	h.w.open("article:" + arts[2].ID)
	h.w.open("review")
	h.w.open("article:" + arts[0].ID) // already open: selected again
	h.w.win.Resize(fyne.NewSize(1111, 777))
	h.w.saveState()

	// A second window on the same preferences restores them.
	w2 := newMainWindow(context.Background(), h.w.fa, Config{Dir: h.dir, Open: openTestLibrary})
	defer w2.win.Close()
	if got := w2.st.windowSize(); got.Width != 1111 || got.Height != 777 {
		t.Errorf("window size %v, want 1111x777", got)
	}
	w2.lib = nil
	keys, cur := w2.st.tabs()
	want := []string{"article:" + arts[0].ID, "article:" + arts[2].ID, "review"}
	if len(keys) != len(want) {
		t.Fatalf("tabs %v, want %v", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Errorf("tab %d = %s, want %s", i, keys[i], want[i])
		}
	}
	if cur != want[0] {
		t.Errorf("current tab %s, want %s", cur, want[0])
	}
}

func containsText(markup, s string) bool {
	return s != "" && (indexOf(markup, s) >= 0)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func firstWords(s string, n int) string {
	words := 0
	for i, c := range s {
		if c == ' ' {
			words++
			if words == n {
				return s[:i]
			}
		}
	}
	return s
}
