package ui

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// page is the content of one tab.
type page interface {
	// key identifies the page ("article:ID", "note:ID", "review"...); it is
	// what the open tabs are remembered by.
	key() string
	title() string
	object() fyne.CanvasObject
	// reload re-reads what the page shows after the library changed.
	reload()
	// focus puts the keyboard focus where the user works on the page.
	focus()
}

// mainWindow is the app window: sidebar, tabs of pages and an inspector.
type mainWindow struct {
	fa  fyne.App
	win fyne.Window
	cfg Config
	st  state
	th  *appTheme
	log *slog.Logger

	ctx    context.Context
	cancel context.CancelFunc
	bg     sync.WaitGroup // background work, waited for at shutdown (and by tests)
	daemon sync.WaitGroup // the indexer, which runs until its library closes
	// inline runs background work on the calling goroutine: headless tests
	// set it, since the test driver's fyne.Do does not serialise callbacks.
	inline bool
	// firstPaint, when set, is called each time the sidebar shows its
	// counts and first rows after a (re)load: start-up benchmarks time it.
	firstPaint func()
	// resultsShown, when set, is called when the library search shows new
	// results (keystroke benchmarks time it).
	resultsShown func()

	lib     *app.Library
	libDir  string
	libCtx  context.CancelFunc // stops the library's indexer
	openErr *openErrorView     // shown when the library did not open

	root      *fyne.Container // the window content: a placeholder, the empty state or the workspace
	side      *sidebar
	tabs      *container.DocTabs
	pages     map[*container.TabItem]page
	inspect   *inspector
	workspace fyne.CanvasObject
	split     *container.Split // sidebar | rest
	split2    *container.Split // tabs | inspector

	textSize  float32
	restoring bool // tabs being restored: do not save the tab list

	dialogs []*dialogKeys // open dialogs, the top last (keys.go)
	undo    undoStack     // the analyst's actions, for Ctrl+Z (undo.go)
	sync    syncState     // the sync status line and whether a sync runs (syncview.go)
}

func newMainWindow(ctx context.Context, fa fyne.App, cfg Config) *mainWindow {
	ctx, cancel := context.WithCancel(ctx)
	w := &mainWindow{fa: fa, cfg: cfg, st: state{fa.Preferences()}, ctx: ctx, cancel: cancel,
		pages: map[*container.TabItem]page{}, log: slog.Default()}
	w.th = &appTheme{mode: w.st.themeMode()}
	fa.Settings().SetTheme(w.th)
	w.textSize = w.st.textSize()
	w.win = fa.NewWindow("Dossier")
	w.win.Resize(w.st.windowSize())
	w.win.SetMaster()
	w.root = container.NewStack(container.NewCenter(widget.NewLabel("Opening the library…")))
	w.win.SetContent(w.root)
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	w.win.SetOnDropped(w.dropped)
	w.win.SetCloseIntercept(w.quit)
	return w
}

// goBG runs fn on a goroutine tracked for shutdown; fn must touch widgets
// only through fyne.Do.
func (w *mainWindow) goBG(fn func()) {
	if w.inline {
		fn()
		return
	}
	w.bg.Go(fn)
}

// waitIdle waits for background work to finish (tests, shutdown).
func (w *mainWindow) waitIdle() { w.bg.Wait() }

// openLibrary opens the library in dir off the UI goroutine and shows it.
func (w *mainWindow) openLibrary(dir string) {
	w.goBG(func() {
		lib, err := w.cfg.Open(w.ctx, dir, false)
		fyne.Do(func() {
			if err != nil {
				w.showOpenError(dir, err)
				return
			}
			w.setLibrary(lib, dir)
		})
	})
}

// setLibrary shows lib in the window (on the UI goroutine).
func (w *mainWindow) setLibrary(lib *app.Library, dir string) {
	w.closeLibrary()
	w.lib, w.libDir, w.openErr = lib, dir, nil
	w.undo = undoStack{} // an action of another library cannot be undone here
	ictx, stop := context.WithCancel(w.ctx)
	w.libCtx = stop
	w.daemon.Go(func() { lib.RunIndexer(ictx) })
	w.daemon.Go(func() { w.syncLoop(ictx, lib) })
	// The day's automatic backup, before the day's first change; closing
	// the library waits for it (daemon).
	w.daemon.Go(func() {
		if _, err := app.AutoBackup(lib, filepath.Join(dir, app.AutoBackupDir), app.AutoBackupKeep); err != nil {
			w.log.Warn("automatic backup failed", "err", err)
		}
	})
	w.win.SetTitle("Dossier — " + filepath.Base(dir))
	w.buildWorkspace()
	if lib.IndexStale() {
		w.reindex()
	}
	w.restoreTabs()
	w.side.reload()
}

// closeLibrary closes the open library, if any.
func (w *mainWindow) closeLibrary() {
	if w.lib == nil {
		return
	}
	w.saveState()
	w.libCtx()
	w.daemon.Wait()
	lib := w.lib
	w.lib = nil
	for item := range w.pages {
		w.tabs.Remove(item)
	}
	clear(w.pages)
	if err := lib.Close(); err != nil {
		w.log.Error("close library", "err", err)
	}
}

// shutdown stops background work and closes the library.
func (w *mainWindow) shutdown() error {
	w.cancel()
	w.bg.Wait()
	w.daemon.Wait()
	if w.lib == nil {
		return nil
	}
	err := w.lib.Close()
	w.lib = nil
	return err
}

// buildWorkspace lays out sidebar | tabs | inspector.
func (w *mainWindow) buildWorkspace() {
	w.side = newSidebar(w)
	w.inspect = newInspector(w)
	w.tabs = container.NewDocTabs()
	w.tabs.CloseIntercept = func(item *container.TabItem) {
		w.closePage(item)
	}
	w.tabs.OnSelected = func(item *container.TabItem) {
		if p := w.pages[item]; p != nil {
			w.pageSelected(p)
		}
		w.saveTabs()
	}
	center := container.NewStack(w.tabs, w.newEmptyState())
	w.split2 = container.NewHSplit(center, w.inspect.object())
	w.split2.Offset = w.st.split(prefInspectSplit, 0.74)
	w.split = container.NewHSplit(w.side.object(), w.split2)
	w.split.Offset = w.st.split(prefSidebarSplit, 0.22)
	w.sync.status = widget.NewLabel(syncStatusText(w.lib, time.Now(), nil))
	w.sync.status.TextStyle = fyne.TextStyle{Italic: true}
	w.workspace = container.NewBorder(nil, w.sync.status, nil, nil, w.split)
	w.root.Objects = []fyne.CanvasObject{w.workspace}
	w.root.Refresh()
	w.updateEmpty()
}

// updateEmpty shows the welcome card when no tab is open.
func (w *mainWindow) updateEmpty() {
	if w.tabs == nil {
		return
	}
	center := w.split2.Leading.(*fyne.Container)
	empty := center.Objects[1]
	if len(w.tabs.Items) == 0 {
		if e, ok := empty.(*emptyState); ok {
			e.update()
		}
		empty.Show()
		w.tabs.Hide()
	} else {
		empty.Hide()
		w.tabs.Show()
	}
}

// open shows the page with key, opening a tab for it when needed.
func (w *mainWindow) open(key string) page {
	if w.lib == nil {
		return nil
	}
	for item, p := range w.pages {
		if p.key() == key {
			w.tabs.Select(item)
			w.focusPage(p) // the keys go to the page (↑ ↓ in the review table)
			return p
		}
	}
	p, err := w.newPage(key)
	if err != nil {
		if !w.restoring {
			w.showError(err)
		}
		return nil
	}
	item := container.NewTabItem(p.title(), p.object())
	w.pages[item] = p
	// Append and Select would each lay the tabs (and the new page) out
	// again; setting the items and selecting by index does it once.
	w.tabs.Items = append(w.tabs.Items, item)
	w.tabs.SelectIndex(len(w.tabs.Items) - 1)
	w.updateEmpty()
	w.saveTabs()
	w.focusPage(p)
	return p
}

// focusPage gives a page the keyboard now and again once the tab has
// been drawn: a widget not yet on the canvas cannot take the focus, and
// the keys would go nowhere until a click.
func (w *mainWindow) focusPage(p page) {
	p.focus()
	if w.inline {
		return
	}
	go fyne.Do(func() {
		if w.current() == p && len(w.dialogs) == 0 {
			p.focus()
		}
	})
}

// newPage builds the page for a key.
func (w *mainWindow) newPage(key string) (page, error) {
	kind, id, _ := strings.Cut(key, ":")
	switch kind {
	case "article":
		return newArticleView(w, id)
	case "note":
		return newNoteView(w, id)
	case "person":
		return newPersonView(w, id)
	case "tag":
		return newTagView(w, id)
	case "review":
		return newReviewView(w), nil
	case "search":
		return newSearchView(w), nil
	case "orphans":
		return newOrphansView(w), nil
	}
	return nil, fmt.Errorf("unknown page %q", key)
}

// current is the page in the selected tab.
func (w *mainWindow) current() page {
	if w.tabs == nil {
		return nil
	}
	if item := w.tabs.Selected(); item != nil {
		return w.pages[item]
	}
	return nil
}

func (w *mainWindow) closePage(item *container.TabItem) {
	if p, ok := w.pages[item].(interface{ close() }); ok {
		p.close()
	}
	delete(w.pages, item)
	w.tabs.Remove(item)
	w.updateEmpty()
	w.saveTabs()
	if p := w.current(); p != nil {
		w.pageSelected(p)
	} else {
		w.inspect.clear()
	}
}

func (w *mainWindow) closeCurrent() {
	if w.tabs != nil && w.tabs.Selected() != nil {
		w.closePage(w.tabs.Selected())
	}
}

// pageSelected shows the page in the inspector.
func (w *mainWindow) pageSelected(p page) {
	if s, ok := p.(interface{ shown() }); ok {
		s.shown()
	}
	if s, ok := p.(interface{ inspect() }); ok {
		s.inspect()
		return
	}
	w.inspect.clear()
}

// retitle updates a page's tab label.
func (w *mainWindow) retitle(p page) {
	for item, q := range w.pages {
		if q == p {
			item.Text = p.title()
			w.tabs.Refresh()
		}
	}
}

// changed is called after the UI wrote to the library: the sidebar and the
// open pages re-read what they show.
func (w *mainWindow) changed() {
	if w.lib == nil {
		return
	}
	w.side.reload()
	for _, p := range w.pages {
		p.reload()
	}
	w.updateEmpty()
	w.sync.mu.Lock()
	running := w.sync.running
	w.sync.mu.Unlock()
	if !running {
		w.setSyncStatusNow(syncStatusText(w.lib, time.Now(), nil))
	}
}

func (w *mainWindow) restoreTabs() {
	keys, cur := w.st.tabs()
	w.restoring = true
	defer func() { w.restoring = false }()
	var curItem *container.TabItem
	for _, k := range keys {
		if p := w.open(k); p != nil && k == cur {
			for item, q := range w.pages {
				if q == p {
					curItem = item
				}
			}
		}
	}
	if curItem != nil {
		w.tabs.Select(curItem)
	}
}

func (w *mainWindow) saveTabs() {
	if w.restoring || w.tabs == nil || w.lib == nil {
		return
	}
	var keys []string
	for _, item := range w.tabs.Items {
		if p := w.pages[item]; p != nil {
			keys = append(keys, p.key())
		}
	}
	cur := ""
	if p := w.current(); p != nil {
		cur = p.key()
	}
	w.st.setTabs(keys, cur)
}

func (w *mainWindow) saveState() {
	w.st.setWindowSize(w.win.Canvas().Size())
	if w.split != nil {
		w.st.p.SetFloat(prefSidebarSplit, w.split.Offset)
		w.st.p.SetFloat(prefInspectSplit, w.split2.Offset)
	}
	w.saveTabs()
}

// showError tells the user what went wrong, in one sentence.
func (w *mainWindow) showError(err error) {
	if err == nil || errors.Is(err, context.Canceled) {
		return
	}
	w.log.Error("ui", "err", err)
	w.newDialogKeys().show(dialog.NewError(err, w.win), nil, nil)
}

// setTextSize changes the reading size of every reader.
func (w *mainWindow) setTextSize(s float32) {
	w.textSize = clampTextSize(s)
	w.st.setTextSize(w.textSize)
	for _, p := range w.pages {
		if a, ok := p.(*articleView); ok {
			a.reader.SetTextSize(w.textSize)
		}
	}
}

// setTheme switches between system, light and dark.
func (w *mainWindow) setTheme(mode string) {
	w.st.setThemeMode(mode)
	w.th = &appTheme{mode: mode}
	w.fa.Settings().SetTheme(w.th)
}

// shortcut is a window-wide keyboard shortcut with its menu label.
type shortcut struct {
	label string
	keys  string // as shown in the cheat sheet
	sc    fyne.Shortcut
	run   func()
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func ctrlShift(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// shortcuts are the window-wide shortcuts; the menus carry them so they
// work whatever has the focus.
func (w *mainWindow) shortcuts() map[string]shortcut {
	return map[string]shortcut{
		"find":       {"Find in Article", "Ctrl+F", ctrl(fyne.KeyF), w.findInArticle},
		"search":     {"Search Library", "Ctrl+Shift+F", ctrlShift(fyne.KeyF), w.searchLibrary},
		"quick":      {"Quick Search", "Ctrl+K", ctrl(fyne.KeyK), w.searchLibrary},
		"import":     {"Import Files…", "Ctrl+O", ctrl(fyne.KeyO), w.importFiles},
		"paste":      {"Paste Article", "Ctrl+Shift+V", ctrlShift(fyne.KeyV), w.pasteArticle},
		"export":     {"Export…", "Ctrl+Shift+E", ctrlShift(fyne.KeyE), w.exportDialog},
		"edit":       {"Edit Article…", "Ctrl+E", ctrl(fyne.KeyE), w.editArticle},
		"history":    {"Article History…", "Ctrl+Shift+H", ctrlShift(fyne.KeyH), w.articleHistory},
		"note":       {"New Note", "Ctrl+N", ctrl(fyne.KeyN), w.newNote},
		"review":     {"Quote Review", "Ctrl+R", ctrl(fyne.KeyR), func() { w.open("review") }},
		"close":      {"Close Tab", "Ctrl+W", ctrl(fyne.KeyW), w.closeCurrent},
		"larger":     {"Larger Text", "Ctrl+=", ctrl(fyne.KeyEqual), func() { w.setTextSize(w.textSize + 1) }},
		"smaller":    {"Smaller Text", "Ctrl+-", ctrl(fyne.KeyMinus), func() { w.setTextSize(w.textSize - 1) }},
		"resetsize":  {"Default Text Size", "Ctrl+0", ctrl(fyne.Key0), func() { w.setTextSize(defaultTextSize) }},
		"prefs":      {"Preferences…", "Ctrl+,", ctrl(fyne.KeyComma), w.showPreferences},
		"preview":    {"Toggle Note Preview", "Ctrl+P", ctrl(fyne.KeyP), w.togglePreview},
		"notelinks":  {"Next Link in Note Preview", "Ctrl+Shift+L", ctrlShift(fyne.KeyL), w.focusPreviewLink},
		"help":       {"Keyboard Shortcuts", "F1 or Ctrl+/", ctrl(fyne.KeySlash), w.showCheatSheet},
		"nexttab":    {"Next Tab", "Ctrl+Tab", ctrl(fyne.KeyTab), func() { w.cycleTab(1) }},
		"filterside": {"Filter Sidebar", "Ctrl+L", ctrl(fyne.KeyL), w.focusSidebarFilter},
		"quit":       {"Quit", "Ctrl+Q", ctrl(fyne.KeyQ), w.quit},
		"articles":   {"Show Articles", "Ctrl+1", ctrl(fyne.Key1), func() { w.showSection(secArticles) }},
		"notes":      {"Show Notes", "Ctrl+2", ctrl(fyne.Key2), func() { w.showSection(secNotes) }},
		"people":     {"Show People", "Ctrl+3", ctrl(fyne.Key3), func() { w.showSection(secPeople) }},
		"tags":       {"Show Tags", "Ctrl+4", ctrl(fyne.Key4), func() { w.showSection(secTags) }},
		"sync":       {"Sync Now", "Ctrl+Shift+S", ctrlShift(fyne.KeyS), w.syncNow},
		"commands":   {"All Commands…", "Ctrl+Shift+P", ctrlShift(fyne.KeyP), w.commandPalette},
	}
}

// showSection lists a sidebar section and puts the keys in its filter:
// type to narrow, Enter opens the first, ↓ goes into the list.
func (w *mainWindow) showSection(sec int) {
	if w.side == nil {
		return
	}
	w.side.sections.Select(sec)
	w.focusSidebarFilter()
}

// focusSidebarFilter puts the keys in the sidebar's filter with its text
// selected: what is typed replaces the last filter (it was added to it,
// so Ctrl+1 "Harbour" then Ctrl+2 "Grey" looked for "HarbourGrey").
func (w *mainWindow) focusSidebarFilter() {
	if w.side == nil {
		return
	}
	w.win.Canvas().Focus(w.side.filter)
	w.side.filter.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// quit saves what is being typed and the window's state, and closes the
// window, which ends the app (Run then closes the library).
func (w *mainWindow) quit() {
	for _, p := range w.pages {
		if c, ok := p.(interface{ close() }); ok {
			c.close()
		}
	}
	w.saveState()
	w.win.Close()
}

// undoShortcuts are Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y. They are not on the
// menus: a menu shortcut would win over a text field's own undo.
func undoShortcut(s fyne.Shortcut) (redo, ok bool) {
	switch s := s.(type) {
	case *fyne.ShortcutUndo:
		return false, true
	case *fyne.ShortcutRedo:
		return true, true
	case *desktop.CustomShortcut:
		if s.KeyName == fyne.KeyZ && s.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift {
			return true, true
		}
		if s.KeyName == fyne.KeyZ && s.Modifier == fyne.KeyModifierShortcutDefault {
			return false, true
		}
	}
	return false, false
}

// typedShortcut runs the undo shortcuts for widgets that take shortcuts
// themselves (the reader); it reports whether s was one.
func (w *mainWindow) typedShortcut(s fyne.Shortcut) bool {
	redo, ok := undoShortcut(s)
	switch {
	case !ok:
		return false
	case redo:
		w.redoAction()
	default:
		w.undoAction()
	}
	return true
}

func (w *mainWindow) menuItem(name string) *fyne.MenuItem {
	s := w.shortcuts()[name]
	it := fyne.NewMenuItem(s.label, func() { s.run() })
	it.Shortcut = s.sc
	it.IsQuit = name == "quit"
	return it
}

func (w *mainWindow) mainMenu() *fyne.MainMenu {
	m := w.menuItem
	file := fyne.NewMenu("File",
		m("import"),
		fyne.NewMenuItem("Import Folder…", w.importFolder),
		m("paste"),
		m("export"),
		fyne.NewMenuItemSeparator(),
		m("note"),
		fyne.NewMenuItem("Load Sample Library", w.loadSample),
		fyne.NewMenuItemSeparator(),
		m("sync"),
		fyne.NewMenuItem("Sync Settings…", w.syncSettingsDialog),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Open Library…", w.chooseLibrary),
		fyne.NewMenuItem("Rebuild Search Index", w.reindex),
		m("prefs"),
		fyne.NewMenuItemSeparator(),
		m("close"),
		m("quit"),
	)
	edit := fyne.NewMenu("Edit",
		fyne.NewMenuItem("Undo (Ctrl+Z)", w.undoAction),
		fyne.NewMenuItem("Redo (Ctrl+Shift+Z)", w.redoAction),
		fyne.NewMenuItemSeparator(),
		m("edit"),
		fyne.NewMenuItem("Undo Article Edit", w.undoArticleEdit),
		m("history"),
		fyne.NewMenuItemSeparator(),
		m("find"), m("search"), m("quick"),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Highlight Selection (H)", func() { w.readerCommand('H') }),
		fyne.NewMenuItem("Mark as Quote (Q)", func() { w.readerCommand('Q') }),
		fyne.NewMenuItem("Add Note to Selection (N)", func() { w.readerCommand('N') }),
		fyne.NewMenuItem("Tag Selection (T)", func() { w.readerCommand('T') }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Find Quotes Again in All Articles", w.findQuotesAgain),
	)
	themeItem := fyne.NewMenuItem("Theme", nil)
	themeItem.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem("Follow System", func() { w.setTheme(themeSystem) }),
		fyne.NewMenuItem("Light", func() { w.setTheme(themeLight) }),
		fyne.NewMenuItem("Dark", func() { w.setTheme(themeDark) }),
	)
	view := fyne.NewMenu("View",
		m("review"),
		fyne.NewMenuItem("Orphaned Annotations", func() { w.open("orphans") }),
		m("preview"),
		m("notelinks"),
		fyne.NewMenuItemSeparator(),
		m("larger"), m("smaller"), m("resetsize"),
		themeItem,
		fyne.NewMenuItemSeparator(),
		m("filterside"), m("nexttab"),
		fyne.NewMenuItemSeparator(),
		m("articles"), m("notes"), m("people"), m("tags"),
	)
	help := fyne.NewMenu("Help",
		m("help"),
		m("commands"),
		fyne.NewMenuItem("Search Syntax", w.showSearchHelp),
		fyne.NewMenuItem("About Dossier", w.showAbout),
	)
	return fyne.NewMainMenu(file, edit, view, help)
}

// addShortcuts registers the shortcuts on the canvas too (for when no menu
// is shown) and F1 for when no text field has the focus.
func (w *mainWindow) addShortcuts() {
	c := w.win.Canvas()
	for _, s := range w.shortcuts() {
		run := s.run
		c.AddShortcut(s.sc, func(fyne.Shortcut) { run() })
	}
	for _, s := range []fyne.Shortcut{&fyne.ShortcutUndo{}, &fyne.ShortcutRedo{}, ctrl(fyne.KeyZ), ctrlShift(fyne.KeyZ)} {
		c.AddShortcut(s, func(s fyne.Shortcut) { w.typedShortcut(s) })
	}
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { w.globalKey(ev) })
}

// globalKey handles keys no widget took.
func (w *mainWindow) globalKey(ev *fyne.KeyEvent) {
	if w.dialogKey(ev) {
		return
	}
	switch ev.Name {
	case fyne.KeyF1:
		w.showCheatSheet()
	case fyne.KeyEscape:
		if a, ok := w.current().(*articleView); ok && a.findBar.Visible() {
			a.hideFind()
			return
		}
		if p := w.current(); p != nil {
			p.focus()
		}
	}
}

func (w *mainWindow) cycleTab(d int) {
	if w.tabs == nil || len(w.tabs.Items) == 0 {
		return
	}
	i := (w.tabs.SelectedIndex() + d + len(w.tabs.Items)) % len(w.tabs.Items)
	w.tabs.SelectIndex(i)
	if p := w.current(); p != nil {
		p.focus()
	}
}

// readerCommand runs H/Q/N/T on the current article's selection.
func (w *mainWindow) readerCommand(c rune) {
	if a, ok := w.current().(*articleView); ok {
		a.command(c)
	}
}

// editArticle opens the editor on the current article.
func (w *mainWindow) editArticle() {
	if a, ok := w.current().(*articleView); ok {
		a.showEditor()
		return
	}
	w.showError(errors.New("open an article to edit it"))
}

// undoArticleEdit undoes the current article's last edit.
func (w *mainWindow) undoArticleEdit() {
	a, ok := w.current().(*articleView)
	if !ok {
		w.showError(errors.New("open the article whose edit to undo"))
		return
	}
	msg, err := a.undoEdit()
	if err != nil {
		w.showError(err)
		return
	}
	w.showInfo("Edit undone", msg)
}

// articleHistory lists the current article's versions.
func (w *mainWindow) articleHistory() {
	if a, ok := w.current().(*articleView); ok {
		a.showHistory()
		return
	}
	w.showError(errors.New("open an article to see its history"))
}

func (w *mainWindow) findInArticle() {
	if a, ok := w.current().(*articleView); ok {
		a.showFind()
		return
	}
	w.searchLibrary()
}

func (w *mainWindow) searchLibrary() {
	if p, ok := w.open("search").(*searchView); ok {
		p.focus()
	}
}

// focusPreviewLink puts the keys on the next link of the note's preview.
func (w *mainWindow) focusPreviewLink() {
	if n, ok := w.current().(*noteView); ok {
		n.focusPreviewLink()
	}
}

func (w *mainWindow) togglePreview() {
	if n, ok := w.current().(*noteView); ok {
		n.togglePreview()
	}
}
