package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"dossier/app"
)

// previewNote opens a note whose preview has a link in the middle of a
// long paragraph and, below it, a quote embed.
func previewNote(t *testing.T, h *uiHarness) (*noteView, app.Quote) {
	t.Helper()
	qs, err := h.lib.Quotes(app.QuoteFilter{})
	if err != nil || len(qs) == 0 {
		t.Fatalf("sample quotes: %v, %v", len(qs), err)
	}
	q := qs[0]
	n := h.w.createNote("Channel watch")
	if n == nil {
		t.Fatal("no note view")
	}
	n.editor.SetText("Who speaks for the institute? We met [[Lena Marsh]] twice, and the second time " +
		"she talked for an hour about shipping, sanctions and the people who keep both going, " +
		"which is why this paragraph runs over several rows of the preview.\n\n" +
		"She said it plainly:\n\n![[quote:" + q.ID + "]]\n\nAnd [[a page not written yet]] ends the note.\n")
	n.flushPreview()
	return n, q.Quote
}

// textAt finds the text drawn in the note's preview that contains s and
// returns where it is on the canvas, and its size.
func textAt(t *testing.T, n *noteView, s string) (fyne.Position, fyne.Size) {
	t.Helper()
	var at fyne.Position
	var size fyne.Size
	found := false
	walkShown(n.previewScroll, func(o fyne.CanvasObject) {
		if tx, ok := o.(*canvas.Text); ok && !found && strings.Contains(tx.Text, s) {
			at, size, found = fyne.CurrentApp().Driver().AbsolutePositionForObject(o), tx.Size(), true
		}
	})
	if !found {
		t.Fatalf("no text %q in the preview:\n%s", s, test.RenderObjectToMarkup(n.previewScroll))
	}
	return at, size
}

// A [[link]] is clickable where it stands in the text: a click just after
// the words before it, on the same row, opens the linked page.
func TestPreviewLinkClickedInTheText(t *testing.T) {
	h := newUIHarness(t, true)
	n, _ := previewNote(t, h)
	c := h.w.win.Canvas()
	at, size := textAt(t, n, "We met")
	test.TapCanvas(c, fyne.NewPos(at.X+size.Width+theme0(c)+12, at.Y+size.Height/2))
	p, ok := h.w.current().(*personView)
	if !ok {
		t.Fatalf("clicking [[Lena Marsh]] in the text opened %T, want the person page", h.w.current())
	}
	if !strings.Contains(p.key(), "person:") {
		t.Errorf("opened %s", p.key())
	}

	// A link to a page not written yet opens a new note of that title.
	h.w.open("note:" + n.note.ID)
	at, size = textAt(t, n, "And")
	test.TapCanvas(c, fyne.NewPos(at.X+size.Width+theme0(c)+12, at.Y+size.Height/2))
	nv, ok := h.w.current().(*noteView)
	if !ok || nv.note.Title != "a page not written yet" {
		t.Fatalf("clicking the link to a new page opened %T", h.w.current())
	}
}

// walkShown calls fn on o and every object shown inside it.
func walkShown(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if !o.Visible() {
		return
	}
	fn(o)
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walkShown(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			walkShown(c, fn)
		}
	}
}

// theme0 is the width of a space in the canvas's text.
func theme0(c fyne.Canvas) float32 {
	return fyne.MeasureText(" ", 14, fyne.TextStyle{}).Width
}

// A quote embed shows the quote and its speaker, and a click on the
// quoted words opens the article with the quote's span selected.
func TestPreviewEmbedClickedOpensItsSpan(t *testing.T) {
	h := newUIHarness(t, true)
	n, q := previewNote(t, h)
	c := h.w.win.Canvas()
	md := test.RenderObjectToMarkup(n.preview)
	if strings.Contains(md, "quote:"+q.ID) {
		t.Errorf("the preview shows the embed's address: %s", md)
	}
	speaker := q.Speaker
	if speaker == "" {
		speaker = "unknown speaker"
	}
	textAt(t, n, speaker)
	at, size := textAt(t, n, firstWords(q.Text, 2))
	test.TapCanvas(c, fyne.NewPos(at.X+size.Width/2, at.Y+size.Height/2))
	av, ok := h.w.current().(*articleView)
	if !ok {
		t.Fatalf("clicking the embedded quote opened %T, want its article", h.w.current())
	}
	if s, e := av.reader.Selection(); s != q.Selector.Start || e != q.Selector.End {
		t.Errorf("the article opened with [%d, %d) selected, want the quote's span [%d, %d)", s, e, q.Selector.Start, q.Selector.End)
	}
}

// From the editor, Ctrl+Shift+L puts the keys on the preview's first link;
// Tab moves on to the embed; Enter opens; Escape goes back to the editor.
func TestPreviewLinksByKeyboard(t *testing.T) {
	h := newUIHarness(t, true)
	n, q := previewNote(t, h)
	c := h.w.win.Canvas()
	links := ctrlShift(fyne.KeyL)

	c.Focus(n.editor)
	h.shortcut(links)
	if c.Focused() == fyne.Focusable(n.editor) {
		t.Fatal("Ctrl+Shift+L left the keys in the editor")
	}
	h.press(fyne.KeyEscape)
	if c.Focused() != fyne.Focusable(n.editor) {
		t.Fatalf("Escape on a link left the keys on %T, want the editor", c.Focused())
	}
	text := n.editor.Text
	h.shortcut(links)
	h.press(fyne.KeyReturn)
	if _, ok := h.w.current().(*personView); !ok {
		t.Fatalf("Enter on the first link opened %T, want the person page", h.w.current())
	}
	if n.editor.Text != text {
		t.Errorf("keys on the preview changed the note to %q", n.editor.Text)
	}

	// Tab from the first link reaches the embed, then the next link.
	h.w.open("note:" + n.note.ID)
	c.Focus(n.editor)
	h.shortcut(links)
	c.FocusNext()
	if _, ok := c.Focused().(*embedCard); !ok {
		t.Fatalf("Tab from the first link went to %T, want the quote embed", c.Focused())
	}
	h.press(fyne.KeySpace)
	av, ok := h.w.current().(*articleView)
	if !ok {
		t.Fatalf("Space on the embed opened %T, want its article", h.w.current())
	}
	if s, e := av.reader.Selection(); s != q.Selector.Start || e != q.Selector.End {
		t.Errorf("the article opened with [%d, %d) selected, want [%d, %d)", s, e, q.Selector.Start, q.Selector.End)
	}

	// Ctrl+Shift+L again cycles: first link, embed, last link, first.
	h.w.open("note:" + n.note.ID)
	c.Focus(n.editor)
	var seen []fyne.Focusable
	for range 4 {
		h.shortcut(links)
		seen = append(seen, c.Focused())
	}
	if len(n.previewKeys) != 3 || seen[0] != n.previewKeys[0] || seen[1] != n.previewKeys[1] ||
		seen[2] != n.previewKeys[2] || seen[3] != n.previewKeys[0] {
		t.Errorf("Ctrl+Shift+L cycled %v over %v", seen, n.previewKeys)
	}
}

// A link in a list item is clickable too, and a long link wraps with the
// words around it instead of running off the row.
func TestPreviewLinkInListAndWrapped(t *testing.T) {
	h := newUIHarness(t, true)
	n := h.w.createNote("Lists")
	long := "A page with a very long title that cannot possibly fit on one row of the preview pane at all"
	n.editor.SetText("- first item\n- see [[Lena Marsh]] here\n\nThen " + long + " and [[" + long + "]] ends.\n")
	n.flushPreview()
	c := h.w.win.Canvas()
	previewRight := fyne.CurrentApp().Driver().AbsolutePositionForObject(n.previewScroll).X + n.previewScroll.Size().Width
	walkShown(n.preview, func(o fyne.CanvasObject) {
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
		if tx, ok := o.(*canvas.Text); ok && pos.X+o.Size().Width > previewRight+1 {
			t.Errorf("%q runs past the preview's right edge (%v > %v)", tx.Text, pos.X+o.Size().Width, previewRight)
		}
	})
	at, size := textAt(t, n, "see")
	test.TapCanvas(c, fyne.NewPos(at.X+size.Width+theme0(c)+12, at.Y+size.Height/2))
	if _, ok := h.w.current().(*personView); !ok {
		t.Fatalf("clicking the link in the list opened %T, want the person page", h.w.current())
	}
}

// Ctrl+Enter in the editor follows the link the caret is in.
func TestCtrlEnterFollowsTheLinkAtTheCaret(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	n.editor.SetText("See [[Lena Marsh]].")
	c.Focus(n.editor)
	// The caret into the link by keys (Home, 8 × →), whatever the editor
	// keeps it in.
	keyOn(c, fyne.KeyHome)
	for range 8 {
		keyOn(c, fyne.KeyRight)
	}
	c.Focused().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if _, ok := h.w.current().(*personView); !ok {
		t.Fatalf("Ctrl+Enter in the link opened %T, want the person page", h.w.current())
	}
}
