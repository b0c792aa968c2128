package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// typeOn types s as the desktop driver does: each character goes to
// whatever the canvas has focused at that moment (a pop-up that takes the
// focus takes the characters with it).
func typeOn(c fyne.Canvas, s string) {
	for _, r := range s {
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
		} else if h := c.OnTypedRune(); h != nil {
			h(r)
		}
	}
}

// keyOn presses a key the way the desktop driver does.
func keyOn(c fyne.Canvas, name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// newTestNote creates a note with pages to link to and opens it with the
// editor focused.
func newTestNote(t *testing.T, h *uiHarness) (*noteView, fyne.Canvas) {
	t.Helper()
	ctx := context.Background()
	if _, err := h.lib.CreateNote(ctx, "Kim Sun-hee", "Head of the ministry's press office.", nil); err != nil {
		t.Fatal(err)
	}
	// Twenty pages that sort before "Kim": the old list showed only the
	// first eight titles in the alphabet.
	for i := range 20 {
		if _, err := h.lib.CreateNote(ctx, fmt.Sprintf("Aardvark %02d", i), "", nil); err != nil {
			t.Fatal(err)
		}
	}
	h.w.changed()
	n := h.w.createNote("Channel watch")
	if n == nil {
		t.Fatal("no note view")
	}
	c := h.w.win.Canvas()
	c.Focus(n.editor)
	return n, c
}

func TestNoteCompletionKeepsEveryKeystroke(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	typeOn(c, "Met [[Kim")
	if n.editor.Text != "Met [[Kim" {
		t.Fatalf("typing Met [[Kim left %q in the note", n.editor.Text)
	}
	if c.Focused() != n.editor {
		t.Fatalf("the focus moved to %T while completing", c.Focused())
	}
	if !n.comp.shown() || n.comp.matches[0] != "Kim Sun-hee" {
		t.Fatalf("completion offers %v for Kim", n.comp.matches)
	}
	if !n.comp.box.Visible() {
		t.Fatal("the completion list is not shown")
	}
}

func TestNoteCompletionPickThenKeepTyping(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	// A paragraph long enough to wrap several times comes first: the caret
	// is then on a wrapped row, which the old code took for a line.
	long := strings.Repeat("The ministry briefed reporters on the channel again. ", 12)
	typeOn(c, long+"\nMet [[Ki")
	keyOn(c, fyne.KeyDown)
	keyOn(c, fyne.KeyUp)
	keyOn(c, fyne.KeyReturn)
	want := long + "\nMet [[Kim Sun-hee]]"
	if n.editor.Text != want {
		t.Fatalf("after the pick the note ends %q, want it to end %q", tail(n.editor.Text), tail(want))
	}
	if n.comp.open || n.comp.box.Visible() {
		t.Error("the completion list stays open after a pick")
	}
	typeOn(c, " on Tuesday.")
	keyOn(c, fyne.KeyReturn)
	typeOn(c, "Ask [[Lena")
	keyOn(c, fyne.KeyTab)
	typeOn(c, " too")
	want += " on Tuesday.\nAsk [[Lena Marsh]] too"
	if n.editor.Text != want {
		t.Fatalf("typing after picks left %q, want %q", tail(n.editor.Text), tail(want))
	}
	if c.Focused() != n.editor {
		t.Fatalf("the focus is on %T after the pick", c.Focused())
	}

	// Completing inside an existing link replaces its target, not what
	// follows it.
	n.editor.SetText("See [[Kxx]] later.")
	n.editor.setCaretOffset(7) // after "[[K"
	typeOn(c, "i")
	keyOn(c, fyne.KeyReturn)
	typeOn(c, "!")
	if want := "See [[Kim Sun-hee]]! later."; n.editor.Text != want {
		t.Fatalf("completing inside a link gave %q, want %q", n.editor.Text, want)
	}
}

func tail(s string) string { return s[max(0, len(s)-60):] }

func TestNoteCompletionListsAllPagesAndScrolls(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	typeOn(c, "[[")
	titles := pageTitles(h.lib)
	if len(n.comp.matches) != len(titles) || len(titles) < 30 {
		t.Fatalf("[[ offers %d titles, the library has %d pages", len(n.comp.matches), len(titles))
	}
	for range 12 {
		keyOn(c, fyne.KeyDown)
	}
	if n.comp.sel != 12 || n.comp.box.top == 0 {
		t.Fatalf("after 12 × Down the selection is %d and the list starts at %d; want 12 and scrolled", n.comp.sel, n.comp.box.top)
	}
	if n.editor.Text != "[[" {
		t.Fatalf("navigating the list changed the note to %q", n.editor.Text)
	}
	// An article title, a person and a tag are all offered.
	arts, _ := h.lib.Articles()
	for _, want := range []string{arts[0].Title, "Lena Marsh"} {
		if !containsString(n.comp.matches, want) {
			t.Errorf("completion does not offer %q", want)
		}
	}
	for _, tag := range tagNames(h.lib) {
		if !containsString(n.comp.matches, tag) {
			t.Errorf("completion does not offer the tag %q", tag)
		}
	}
	// The wheel scrolls the list too.
	top := n.comp.box.top
	n.comp.box.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -10)})
	if n.comp.box.top != top+1 {
		t.Errorf("a wheel notch moved the list from %d to %d", top, n.comp.box.top)
	}
	// Clicking a row inserts it.
	row := n.comp.box.top + 2
	want := "[[" + n.comp.matches[row] + "]]"
	n.comp.box.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary,
		PointEvent: fyne.PointEvent{Position: fyne.NewPos(20, 2+2.5*n.comp.box.rowHeight())}})
	if n.editor.Text != want {
		t.Fatalf("clicking row %d gave %q, want %q", row, n.editor.Text, want)
	}
	if c.Focused() != n.editor {
		t.Errorf("the focus is on %T after a click on the list", c.Focused())
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestNoteCompletionEscapeAndCaretLeavingClose(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	typeOn(c, "Met [[Ki")
	if !n.comp.shown() {
		t.Fatal("no completion after [[Ki")
	}
	keyOn(c, fyne.KeyEscape)
	if n.comp.open || n.comp.box.Visible() {
		t.Fatal("Escape leaves the completion list open")
	}
	// Typing on in the same brackets does not bring it back, and Enter is
	// the editor's again.
	typeOn(c, "m")
	if n.comp.box.Visible() {
		t.Error("the list came back after Escape")
	}
	keyOn(c, fyne.KeyReturn)
	if n.editor.Text != "Met [[Kim\n" {
		t.Fatalf("after Escape, typing gave %q", n.editor.Text)
	}

	typeOn(c, "Ask [[Le")
	if !n.comp.shown() {
		t.Fatal("no completion after a new [[")
	}
	for range 3 {
		keyOn(c, fyne.KeyLeft) // onto "[[", then before it
	}
	if n.comp.open || n.comp.box.Visible() {
		t.Fatal("the completion list stays open with the caret outside the brackets")
	}
	keyOn(c, fyne.KeyEnd)
	if !n.comp.shown() {
		t.Fatal("moving back into the brackets does not reopen completion")
	}
	if n.editor.Text != "Met [[Kim\nAsk [[Le" {
		t.Fatalf("moving the caret changed the note to %q", n.editor.Text)
	}
}

func TestNoteRevisionRestore(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	typeOn(c, "First draft.")
	n.save()
	if n.note.Revision != 2 || !strings.Contains(n.status.Text, "revision 2") {
		t.Fatalf("after the first save: revision %d, status %q; want revision 2", n.note.Revision, n.status.Text)
	}
	// Reopen the note: the first save of the new sitting keeps the draft.
	id := n.note.ID
	h.w.closeCurrent()
	n = h.w.open("note:" + id).(*noteView)
	c.Focus(n.editor)
	keyOn(c, fyne.KeyEnd)
	typeOn(c, " Second thoughts.")
	n.save()
	if n.note.Revision != 3 || n.note.Body != "First draft. Second thoughts." {
		t.Fatalf("after the second sitting: revision %d %q", n.note.Revision, n.note.Body)
	}

	hist, err := newNoteHistory(n)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist.versions) != 2 || hist.rowText(1) == "" || hist.versions[0].Body != "First draft." {
		t.Fatalf("history %+v", hist.versions)
	}
	hist.choose(1)
	if !strings.Contains(hist.text.Text, "First draft.") || hist.restore.Disabled() {
		t.Fatal("choosing revision 2 does not show its text or offer to restore it")
	}
	hist.restoreChosen()
	if n.editor.Text != "First draft." || n.note.Body != "First draft." {
		t.Fatalf("after restoring, the editor has %q and the note %q", n.editor.Text, n.note.Body)
	}
	if n.note.Revision != 4 || !strings.Contains(n.status.Text, "revision 4") {
		t.Fatalf("restoring gave revision %d (status %q), want a new revision 4", n.note.Revision, n.status.Text)
	}
	// Nothing is lost: the text restoring replaced is a revision too.
	vers, err := h.lib.NoteVersions(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(vers) != 3 || vers[0].Body != "First draft. Second thoughts." {
		t.Fatalf("versions after restore: %+v", vers)
	}
}

// With text selected the list does not take Enter: a pick would replace the
// selection. A held Shift does not turn a pick into a selection either.
func TestNoteCompletionLeavesSelectionAlone(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	typeOn(c, "Met [[Kim")
	n.editor.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	keyOn(c, fyne.KeyLeft) // selects "m"
	n.editor.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if n.editor.SelectedText() != "m" {
		t.Fatalf("selected %q", n.editor.SelectedText())
	}
	keyOn(c, fyne.KeyReturn)
	if n.editor.Text != "Met [[Ki\n" {
		t.Fatalf("Enter over a selection gave %q, want the selection replaced by a new line", n.editor.Text)
	}

	n.editor.SetText("")
	typeOn(c, "Ask [[Le")
	n.editor.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft}) // Shift held while Tab picks
	keyOn(c, fyne.KeyTab)
	n.editor.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	typeOn(c, " now")
	if n.editor.Text != "Ask [[Lena Marsh]] now" {
		t.Fatalf("a pick with Shift held gave %q", n.editor.Text)
	}
}

// TestArrowsPassThroughAFinishedLink: ↓ that lands the caret inside a
// [[link]] already written must not open completion, which then took every
// following ↓ and kept the caret on that line.
func TestArrowsPassThroughAFinishedLink(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	n.editor.SetText("First line of the note\nMet [[Kim Sun-hee]] at the office\nThird line\nFourth line")
	n.editor.setCaretOffset(8)
	for range 3 {
		keyOn(c, fyne.KeyDown)
	}
	if n.comp.shown() {
		t.Fatal("moving through a finished link opened completion")
	}
	if want := strings.Index(n.editor.Text, "Fourth"); n.editor.byteOffset() < want {
		t.Fatalf("three ↓ left the caret at %d, not on the fourth line (from %d)", n.editor.byteOffset(), want)
	}
	// Typing inside the link still completes.
	n.editor.setCaretOffset(strings.Index(n.editor.Text, "Sun-hee"))
	typeOn(c, "x")
	if !n.comp.open {
		t.Fatal("typing inside a link does not complete")
	}
}
