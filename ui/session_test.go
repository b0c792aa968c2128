package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"dossier/app"
	"dossier/app/export"
)

// Ctrl+Shift+→ selects a word at a time in the reader, Ctrl+Shift+← gives
// words back, and Ctrl+← / Ctrl+→ move without selecting: a phrase takes
// three keys, not one key a letter.
func TestReaderSelectsByWords(t *testing.T) {
	h := newUIHarness(t, true)
	const phrase = "Northern Seas Institute"
	v, start, _ := h.openArticleWith(phrase)
	r := v.reader
	r.Select(start, start)
	c := h.w.win.Canvas()
	c.Focus(r)
	word := func(k fyne.KeyName, m fyne.KeyModifier) {
		c.Focused().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m})
	}
	sel := fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift
	for range 4 {
		word(fyne.KeyRight, sel)
	}
	word(fyne.KeyLeft, sel)
	word(fyne.KeyLeft, sel)
	word(fyne.KeyRight, sel)
	if got := r.SelectedText(); got != phrase {
		t.Fatalf("Ctrl+Shift+→ ×4, ← ×2, → selected %q, want %q", got, phrase)
	}
	word(fyne.KeyRight, fyne.KeyModifierShortcutDefault)
	if s, e := r.Selection(); s != e {
		t.Errorf("Ctrl+→ kept a selection [%d, %d)", s, e)
	}
	word(fyne.KeyHome, fyne.KeyModifierShortcutDefault)
	if s, e := r.Selection(); s != 0 || e != 0 {
		t.Errorf("Ctrl+Home put the caret at [%d, %d), want 0", s, e)
	}
}

// The import dialog (Ctrl+O) opens with the keys in its path field, so a
// path can be typed at once; Escape closes it.
func TestImportDialogTakesTypingAtOnce(t *testing.T) {
	h := newUIHarness(t, false)
	h.shortcut(ctrl(fyne.KeyO))
	if !h.dialogShown() {
		t.Fatal("Ctrl+O showed no dialog")
	}
	h.typeText("/tmp/x.txt")
	e, ok := h.w.win.Canvas().Focused().(*escEntry)
	if !ok || e.Text != "/tmp/x.txt" {
		t.Fatalf("typing after Ctrl+O went to %T", h.w.win.Canvas().Focused())
	}
	h.press(fyne.KeyEscape)
	if h.dialogShown() {
		t.Fatal("Escape left the import dialog open")
	}
}

// E in the quote review copies the quote's embed; pasted into a note, the
// preview shows the quote as an embed that opens its place in the article.
func TestReviewCopiesAnEmbedForANote(t *testing.T) {
	h := newUIHarness(t, true)
	v, ok := h.w.open("review").(*reviewView)
	if !ok || v.count() == 0 {
		t.Fatalf("review page %T with no quotes", h.w.current())
	}
	c := h.w.win.Canvas()
	c.Focus(v.list)
	h.press(fyne.KeyDown)
	q := *v.selected()
	h.typeText("e")
	want := "![[quote:" + q.ID + "]]"
	if got := h.w.fa.Clipboard().Content(); got != want {
		t.Fatalf("E copied %q, want %q", got, want)
	}
	n := h.w.createNote("Embeds")
	c.Focus(n.editor)
	n.editor.TypedShortcut(&fyne.ShortcutPaste{Clipboard: h.w.fa.Clipboard()})
	n.flushPreview()
	if len(n.previewKeys) != 1 {
		t.Fatalf("the pasted embed gave %d links and embeds in the preview", len(n.previewKeys))
	}
	card, ok := n.previewKeys[0].(*embedCard)
	if !ok || !strings.Contains(card.label, firstWords(q.Text, 3)) {
		t.Fatalf("the preview shows %T %+v, want the quote's card", n.previewKeys[0], n.previewKeys[0])
	}
}

// An export to a folder that does not exist is refused in the dialog,
// which stays open with what was chosen; Enter exports once the path is
// right.
func TestExportDialogKeepsChoicesOnAMissingFolder(t *testing.T) {
	h := newUIHarness(t, true)
	var got []ExportRequest
	h.w.cfg.Export = func(ctx context.Context, lib *app.Library, req ExportRequest) (string, error) {
		got = append(got, req)
		return exportForTest(ctx, lib, req)
	}
	h.w.cfg.ExportFormats = export.Formats()
	h.shortcut(ctrlShift(fyne.KeyE))
	d := topDialog(t, h.w.win)
	out := entriesIn(d)[0]
	dir := t.TempDir()
	out.SetText(filepath.Join(dir, "missing", "vault"))
	h.press(fyne.KeyReturn)
	if !h.dialogShown() || len(got) != 0 {
		t.Fatalf("an export into a missing folder closed the dialog (requests %+v)", got)
	}
	if err := out.Validate(); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("the field says %v, want the missing folder named", err)
	}
	out.SetText(filepath.Join(dir, "vault"))
	h.press(fyne.KeyReturn)
	h.w.waitIdle()
	if len(got) != 1 || got[0].Out != filepath.Join(dir, "vault") {
		t.Fatalf("requests %+v, want one to %s", got, filepath.Join(dir, "vault"))
	}
}

// Ctrl+Shift+P lists every menu command; typing narrows the list and
// Enter runs the first: a command that lives only in a menu (here View ›
// Orphaned Annotations) is reached without the mouse.
func TestCommandPaletteRunsMenuCommands(t *testing.T) {
	h := newUIHarness(t, true)
	h.shortcut(ctrlShift(fyne.KeyP))
	if !h.dialogShown() {
		t.Fatal("Ctrl+Shift+P showed nothing")
	}
	h.typeText("orphaned")
	h.press(fyne.KeyReturn)
	if h.dialogShown() {
		t.Fatal("Enter left the command list open")
	}
	if h.w.current() == nil || h.w.current().key() != "orphans" {
		t.Fatalf("Enter ran %v, want the orphaned annotations page", h.w.current())
	}
	// ↓ then Enter runs the marked command; every menu, child menus too,
	// is listed.
	h.shortcut(ctrlShift(fyne.KeyP))
	p := findPicker(h)
	var names []string
	for _, c := range h.w.menuCommands(h.w.win.MainMenu()) {
		names = append(names, c.name)
	}
	for _, want := range []string{"File › Sync Settings…", "View › Theme › Dark", "File › Import Files… · Ctrl+O"} {
		found := false
		for _, n := range names {
			found = found || n == want
		}
		if !found {
			t.Errorf("no command %q in %q", want, names)
		}
	}
	h.typeText("quote review")
	h.press(fyne.KeyDown)
	h.press(fyne.KeyReturn)
	if h.dialogShown() || h.w.current().key() != "review" {
		t.Fatalf("↓ Enter on %q opened %v", p.shown, h.w.current())
	}
}

// Ctrl+1…4 select the sidebar filter's text: what is typed next replaces
// the last filter instead of being added to it.
func TestSectionKeysReplaceTheFilter(t *testing.T) {
	h := newUIHarness(t, true)
	h.shortcut(ctrl(fyne.Key1))
	h.typeText("Harbour")
	h.shortcut(ctrl(fyne.Key2))
	h.typeText("Grey")
	if got := h.w.side.filter.Text; got != "Grey" {
		t.Fatalf("the filter holds %q after Ctrl+2 and typing Grey", got)
	}
	h.press(fyne.KeyReturn)
	if n, ok := h.w.current().(*noteView); !ok || n.note.Title != "Grey Channel" {
		t.Fatalf("Enter opened %v, want the Grey Channel note", h.w.current())
	}
}

// A person's page text is saved when the tab closes, and Tab leaves the
// field for Save page instead of typing a tab.
func TestPersonPageTextKeptAndTabLeaves(t *testing.T) {
	h := newUIHarness(t, true)
	people, err := h.lib.People()
	if err != nil || len(people) == 0 {
		t.Fatalf("people: %v, %v", len(people), err)
	}
	id := people[0].ID
	v, ok := h.w.open("person:" + id).(*personView)
	if !ok {
		t.Fatalf("person page is %T", h.w.current())
	}
	c := h.w.win.Canvas()
	c.Focus(v.text)
	h.typeText("Met her in March.")
	if v.text.AcceptsTab() {
		t.Error("Tab types a tab in the page text: the keys cannot leave it")
	}
	h.w.closeCurrent()
	pg, err := h.lib.Person(id)
	if err != nil {
		t.Fatal(err)
	}
	if pg.Person.Page != "Met her in March." {
		t.Fatalf("after closing the tab the page says %q", pg.Person.Page)
	}
}
