package ui

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/app/export"
)

// The keyboard as the desktop driver delivers it: a key or a rune goes to
// the focused widget, or to the window when nothing has the focus; a
// shortcut runs a menu item that carries it, else goes to the focused
// widget when it takes shortcuts, else to the window.

func (h *uiHarness) press(k fyne.KeyName) {
	h.t.Helper()
	ev := &fyne.KeyEvent{Name: k}
	c := h.w.win.Canvas()
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if fn := c.OnTypedKey(); fn != nil {
		fn(ev)
	}
}

// pressShift presses k with Shift held.
func (h *uiHarness) pressShift(k fyne.KeyName) {
	c := h.w.win.Canvas()
	f := c.Focused()
	kb, _ := f.(desktop.Keyable)
	if kb != nil {
		kb.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
	h.press(k)
	if kb != nil {
		kb.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
}

func (h *uiHarness) typeText(s string) {
	c := h.w.win.Canvas()
	for _, r := range s {
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
		} else if fn := c.OnTypedRune(); fn != nil {
			fn(r)
		}
	}
}

func (h *uiHarness) shortcut(s fyne.Shortcut) {
	if mm := h.w.win.MainMenu(); mm != nil {
		for _, m := range mm.Items {
			for _, it := range m.Items {
				if it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() && it.Action != nil {
					it.Action()
					return
				}
			}
		}
	}
	c := h.w.win.Canvas()
	if f, ok := c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	c.(fyne.Shortcutable).TypedShortcut(s)
}

// dialogShown reports whether a dialog is over the window.
func (h *uiHarness) dialogShown() bool { return h.w.win.Canvas().Overlays().Top() != nil }

// mustDialog fails unless a dialog is shown.
func (h *uiHarness) mustDialog(what string) {
	h.t.Helper()
	if !h.dialogShown() {
		h.t.Fatalf("%s: no dialog shown", what)
	}
}

// escapeCloses presses Escape and checks the dialog went and the focus is
// back on want (nil: not checked).
func (h *uiHarness) escapeCloses(what string, want fyne.Focusable) {
	h.t.Helper()
	h.mustDialog(what)
	h.press(fyne.KeyEscape)
	if h.dialogShown() {
		h.t.Fatalf("%s: Escape left the dialog open", what)
	}
	if want != nil && h.w.win.Canvas().Focused() != want {
		h.t.Errorf("%s: after Escape the focus is on %T, want %T", what, h.w.win.Canvas().Focused(), want)
	}
}

func (h *uiHarness) annotations(articleID string) []app.Annotation {
	h.t.Helper()
	as, err := articleAnnotations(h.lib, articleID)
	if err != nil {
		h.t.Fatal(err)
	}
	return as
}

func TestReaderDialogsEnterAndEscape(t *testing.T) {
	h := newUIHarness(t, true)
	v, start, end := h.openArticleWith("Grey Channel")
	c := h.w.win.Canvas()
	c.Focus(v.reader)

	// N: Escape cancels and writes nothing; Enter saves the note.
	v.reader.Select(start, end)
	h.typeText("n")
	h.typeText("first thoughts")
	h.escapeCloses("add-note", v.reader)
	if n := len(h.annotations(v.id)); n != 0 {
		t.Fatalf("Escape in the note dialog stored %d highlights", n)
	}
	v.reader.Select(start, end)
	h.typeText("n")
	h.mustDialog("add-note")
	h.typeText("line one")
	h.pressShift(fyne.KeyReturn) // a new line, not a submit
	h.mustDialog("add-note after Shift+Enter")
	h.typeText("line two")
	h.press(fyne.KeyReturn)
	if h.dialogShown() {
		t.Fatal("Enter left the note dialog open")
	}
	as := h.annotations(v.id)
	if len(as) != 1 || as[0].Note != "line one\nline two" {
		t.Fatalf("after Enter: %+v, want one highlight with the two-line note", as)
	}
	if c.Focused() != v.reader {
		t.Errorf("after Enter the focus is on %T, want the reader", c.Focused())
	}

	// T: the tag dialog lists tags as you type; Enter saves.
	s2, e2 := start+5, end
	v.reader.Select(s2, e2)
	h.typeText("t")
	h.escapeCloses("tag", v.reader)
	v.reader.Select(s2, e2)
	h.typeText("t")
	h.mustDialog("tag")
	h.typeText("place/Grey")
	h.press(fyne.KeyReturn)
	if h.dialogShown() {
		t.Fatal("Enter left the tag dialog open")
	}
	found := false
	for _, a := range h.annotations(v.id) {
		found = found || strings.Join(a.Tags, ",") == "place/Grey"
	}
	if !found {
		t.Errorf("Enter in the tag dialog did not tag the selection: %+v", h.annotations(v.id))
	}

	// Escape closes the find bar.
	h.w.findInArticle()
	if !v.findBar.Visible() {
		t.Fatal("Ctrl+F showed no find bar")
	}
	h.typeText("channel")
	h.press(fyne.KeyEscape)
	if v.findBar.Visible() {
		t.Error("Escape in the find field left the find bar open")
	}
	if c.Focused() != v.reader {
		t.Errorf("after closing the find bar the focus is on %T, want the reader", c.Focused())
	}
}

func TestQuoteDialogAsksBeforeANewPerson(t *testing.T) {
	h := newUIHarness(t, true)
	v, start, end := h.openArticleWith("Grey Channel")
	c := h.w.win.Canvas()
	c.Focus(v.reader)
	people, _ := h.lib.People()
	before := len(people)

	v.reader.Select(start, end)
	h.typeText("q")
	h.escapeCloses("quote", v.reader)

	v.reader.Select(start, end)
	h.typeText("q")
	h.mustDialog("quote")
	e, ok := c.Focused().(*keyEntry)
	if !ok {
		t.Fatalf("the quote dialog focuses %T, want the speaker field", c.Focused())
	}
	e.SetText("")
	h.typeText("Zed Nobodi") // a typo
	h.press(fyne.KeyReturn)
	h.mustDialog("new-person question")
	if p, _ := h.lib.People(); len(p) != before {
		t.Fatalf("a person was created before the analyst said yes")
	}
	// Escape goes back to the quote dialog with the name as typed.
	h.press(fyne.KeyEscape)
	h.mustDialog("quote dialog again")
	e, ok = c.Focused().(*keyEntry)
	if !ok || e.Text != "Zed Nobodi" {
		t.Fatalf("back in the quote dialog the focus is %T holding %q", c.Focused(), e.Text)
	}
	e.SetText("Zed Nobody")
	h.press(fyne.KeyReturn)
	h.mustDialog("new-person question")
	h.press(fyne.KeyReturn) // yes
	if h.dialogShown() {
		t.Fatal("a dialog is still open")
	}
	p, err := h.lib.ResolvePerson("Zed Nobody")
	if err != nil {
		t.Fatalf("the confirmed person was not created: %v", err)
	}
	if _, err := h.lib.ResolvePerson("Zed Nobodi"); err == nil {
		t.Error("the typo became a person")
	}
	pg, _ := h.lib.Person(p.ID)
	if len(pg.Quotes) != 1 {
		t.Errorf("%s has %d quotes, want the new one", p.Name, len(pg.Quotes))
	}
}

func TestReviewSpeakerDialogFiltersAndKeys(t *testing.T) {
	h := newUIHarness(t, true)
	h.shortcut(ctrl(fyne.KeyR))
	v, ok := h.w.current().(*reviewView)
	if !ok {
		t.Fatalf("Ctrl+R opened %T", h.w.current())
	}
	c := h.w.win.Canvas()
	c.Focus(v.list)
	h.press(fyne.KeyDown)
	r := v.selected()
	if r == nil {
		t.Fatal("no quote selected")
	}
	id, speaker := r.ID, r.Speaker
	h.typeText("s")
	h.escapeCloses("speaker", v.list)
	if q, _ := h.lib.Quote(id); q.Speaker != speaker {
		t.Fatalf("Escape changed the speaker to %q", q.Speaker)
	}
	people, _ := h.lib.People()
	var other string
	for _, p := range people {
		if p.Name != speaker && len(p.Name) > 3 {
			other = p.Name
			break
		}
	}
	if other == "" {
		t.Fatal("the sample has one person")
	}
	h.typeText("s")
	h.mustDialog("speaker")
	// The suggested name is selected: typing replaces it.
	e := c.Focused().(*keyEntry)
	if e.Text != speaker || e.SelectedText() != speaker {
		t.Fatalf("the dialog opens with %q, %q selected; want %q selected", e.Text, e.SelectedText(), speaker)
	}
	h.typeText(other[:3])
	if e.Text != other[:3] {
		t.Fatalf("typing %q over the suggested name gave %q", other[:3], e.Text)
	}
	// The list under the field shows only the names that match.
	pk := findPicker(h)
	if pk == nil || len(pk.shown) == 0 || len(pk.shown) >= len(people) {
		t.Fatalf("the speaker list is not filtered by %q: %v", other[:3], pk)
	}
	for _, n := range pk.shown {
		if !strings.Contains(strings.ToLower(n), strings.ToLower(other[:3])) {
			t.Errorf("%q listed for %q", n, other[:3])
		}
	}
	// ↓ marks the first match and Enter takes it; Enter again saves.
	h.press(fyne.KeyDown)
	h.press(fyne.KeyReturn)
	if !h.dialogShown() {
		t.Fatal("taking a listed name closed the dialog")
	}
	want := pk.shown[0]
	h.press(fyne.KeyReturn)
	if h.dialogShown() {
		t.Fatal("Enter left the speaker dialog open")
	}
	if q, _ := h.lib.Quote(id); q.Speaker != want {
		t.Errorf("speaker = %q, want %q", q.Speaker, want)
	}
	if c.Focused() != v.list {
		t.Errorf("after the dialog the focus is on %T, want the review table", c.Focused())
	}
}

// findPicker is the picker of the dialog on top, found by its entry.
func findPicker(h *uiHarness) *picker {
	k := h.w.topDialogKeys()
	if k == nil {
		return nil
	}
	e, ok := h.w.win.Canvas().Focused().(*keyEntry)
	if !ok {
		return nil
	}
	return e.pick
}

func TestWindowDialogsEnterAndEscape(t *testing.T) {
	h := newUIHarness(t, true)
	h.w.cfg.Export = exportForTest
	h.w.cfg.ExportFormats = export.Formats()
	v, _, _ := h.openArticleWith("Grey Channel")
	c := h.w.win.Canvas()
	c.Focus(v.reader)

	for _, d := range []struct {
		name string
		open func()
	}{
		{"F1", func() { h.press(fyne.KeyF1) }},
		{"new note", func() { h.shortcut(ctrl(fyne.KeyN)) }},
		{"export", func() { h.shortcut(ctrlShift(fyne.KeyE)) }},
		{"edit article", func() { h.shortcut(ctrl(fyne.KeyE)) }},
		{"article history", func() { h.shortcut(ctrlShift(fyne.KeyH)) }},
		{"preferences", func() { h.shortcut(ctrl(fyne.KeyComma)) }},
		{"search syntax", h.w.showSearchHelp},
		{"about", h.w.showAbout},
		{"error", func() { h.w.showError(errors.New("something went wrong")) }},
		{"open another library", h.w.chooseLibrary},
		{"paste with an empty clipboard", h.w.pasteArticle},
	} {
		d.open()
		h.escapeCloses(d.name, v.reader)
	}
	// F1 groups its keys by view.
	h.press(fyne.KeyF1)
	text := textIn(topDialog(t, h.w.win))
	for _, g := range []string{"Reader", "Quote review", "Dialogs", "Find bar"} {
		if !strings.Contains(text, g) {
			t.Errorf("the cheat sheet has no %q group", g)
		}
	}
	h.press(fyne.KeyReturn)
	if h.dialogShown() {
		t.Error("Enter left the cheat sheet open")
	}

	// Enter in the new-note dialog creates the note and opens it.
	h.shortcut(ctrl(fyne.KeyN))
	h.typeText("Keyboard note")
	h.press(fyne.KeyReturn)
	if h.dialogShown() {
		t.Fatal("Enter left the new-note dialog open")
	}
	if n, ok := h.w.current().(*noteView); !ok || n.note.Title != "Keyboard note" {
		t.Fatalf("Enter in the new-note dialog opened %T", h.w.current())
	}

	// Enter in the export dialog exports.
	h.shortcut(ctrlShift(fyne.KeyE))
	out := t.TempDir() + "/kbd"
	es := entriesIn(topDialog(t, h.w.win))
	es[0].SetText(out)
	h.press(fyne.KeyReturn)
	h.w.waitIdle()
	if msg := textIn(topDialog(t, h.w.win)); !strings.Contains(msg, "Exported to") {
		t.Fatalf("after Enter in the export dialog: %q", msg)
	}
	h.press(fyne.KeyReturn) // closes the message
	if h.dialogShown() {
		t.Error("Enter left the export message open")
	}
}

func TestPageDialogsEnterAndEscape(t *testing.T) {
	h := newUIHarness(t, true)
	people, _ := h.lib.People()
	pv, ok := h.w.open("person:" + people[0].ID).(*personView)
	if !ok {
		t.Fatal("no person page")
	}
	pv.askRename()
	h.escapeCloses("rename person", nil)
	pv.askRename()
	e := h.w.win.Canvas().Focused().(*keyEntry)
	e.SetText("Renamed By Keyboard")
	h.press(fyne.KeyReturn)
	if p, err := h.lib.Person(people[0].ID); err != nil || p.Person.Name != "Renamed By Keyboard" {
		t.Errorf("Enter in the rename dialog: %v, %v", p, err)
	}
	tags, _ := h.lib.Tags()
	tv, ok := h.w.open("tag:" + tags[0].Name).(*tagView)
	if !ok {
		t.Fatal("no tag page")
	}
	tv.askRename()
	h.escapeCloses("rename tag", nil)
}

func TestCtrlQQuitsSavingTheNote(t *testing.T) {
	h := newUIHarness(t, false)
	s, ok := h.w.shortcuts()["quit"]
	if !ok || s.sc == nil {
		t.Fatal("no Ctrl+Q")
	}
	n := h.w.createNote("Last words")
	if n == nil {
		t.Fatal("no note")
	}
	n.editor.SetText("typed just before quitting")
	closed := false
	h.w.win.SetOnClosed(func() { closed, h.closed = true, true })
	h.shortcut(s.sc)
	if !closed {
		t.Error("Ctrl+Q did not close the window")
	}
	got, err := h.lib.Note(n.note.ID)
	if err != nil || got.Body != "typed just before quitting" {
		t.Errorf("after Ctrl+Q the note holds %q (%v)", got.Body, err)
	}
}

func TestUndoEachActionFromTheKeyboard(t *testing.T) {
	h := newUIHarness(t, true)
	v, start, end := h.openArticleWith("Grey Channel")
	c := h.w.win.Canvas()
	c.Focus(v.reader)
	undo := func() { h.t.Helper(); h.shortcut(&fyne.ShortcutUndo{}) }
	redo := func() { h.t.Helper(); h.shortcut(ctrlShift(fyne.KeyZ)) }

	// H, then N right after it notes the new highlight.
	v.reader.Select(start, end)
	h.typeText("h")
	as := h.annotations(v.id)
	if len(as) != 1 {
		t.Fatalf("H stored %d highlights", len(as))
	}
	id := as[0].ID
	h.typeText("n")
	h.mustDialog("N right after H")
	h.typeText("noted")
	h.press(fyne.KeyReturn)
	as = h.annotations(v.id)
	if len(as) != 1 || as[0].Note != "noted" {
		t.Fatalf("N after H: %+v, want the note on the one highlight", as)
	}
	noted := false
	for _, s := range v.reader.spans {
		noted = noted || s.ID == id && s.Noted
	}
	if !noted {
		t.Error("the reader does not mark the highlight that carries a note")
	}
	undo() // the note
	if as = h.annotations(v.id); len(as) != 1 || as[0].Note != "" {
		t.Fatalf("undoing the note: %+v", as)
	}
	undo() // the highlight
	if as = h.annotations(v.id); len(as) != 0 {
		t.Fatalf("undoing the highlight left %+v", as)
	}
	redo()
	if as = h.annotations(v.id); len(as) != 1 || as[0].ID != id {
		t.Fatalf("redo: %+v, want highlight %s back", as, id)
	}

	// Tags typed in the inspector are saved by Enter, and undone.
	h.w.inspect.showAnnotation(&as[0])
	var tags *widget.Entry
	for _, o := range visibleObjects(h.w.inspect.obj) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == "tags, comma separated" {
			tags = e
		}
	}
	if tags == nil {
		t.Fatal("no tags field in the inspector")
	}
	c.Focus(tags)
	tags.SetText("topic/keys")
	h.press(fyne.KeyReturn)
	if as = h.annotations(v.id); len(as) != 1 || strings.Join(as[0].Tags, ",") != "topic/keys" {
		t.Fatalf("Enter in the inspector's tags: %+v", as)
	}
	c.Focus(v.reader)
	undo()
	if as = h.annotations(v.id); len(as[0].Tags) != 0 {
		t.Errorf("undoing the tags left %v", as[0].Tags)
	}
	for _, tg := range tagNames(h.lib) {
		if strings.HasPrefix(tg, "topic/keys") {
			t.Errorf("the undone tag %q is still listed", tg)
		}
	}

	// Confirm and reject in the review table; undone from the reader (the
	// stack is the window's, not the view's).
	h.shortcut(ctrl(fyne.KeyR))
	rv := h.w.current().(*reviewView)
	c.Focus(rv.list)
	h.press(fyne.KeyDown)
	first := rv.selected().ID
	h.press(fyne.KeyReturn) // confirm
	second := rv.selected().ID
	h.press(fyne.KeyBackspace) // reject
	if q, _ := h.lib.Quote(second); q.Status != app.QuoteRejected {
		t.Fatalf("Backspace: %s", q.Status)
	}
	h.shortcut(ctrl(fyne.KeyTab)) // back to the article
	c.Focus(v.reader)
	undo()
	if q, _ := h.lib.Quote(second); q.Status != app.QuoteSuggested {
		t.Errorf("undoing the rejection: %s", q.Status)
	}
	undo()
	if q, _ := h.lib.Quote(first); q.Status != app.QuoteSuggested {
		t.Errorf("undoing the confirmation: %s", q.Status)
	}

	// A speaker change, undone from the review table with Ctrl+Z.
	h.w.open("review")
	c.Focus(rv.list)
	rv.selectRow(0)
	q0 := *rv.selected()
	h.typeText("s")
	e := c.Focused().(*keyEntry)
	e.SetText("Someone Else Entirely")
	h.press(fyne.KeyReturn)
	h.press(fyne.KeyReturn) // yes, a new person
	if q, _ := h.lib.Quote(q0.ID); q.Speaker != "Someone Else Entirely" {
		t.Fatalf("speaker change: %q", q.Speaker)
	}
	c.Focus(rv.list)
	undo()
	if q, _ := h.lib.Quote(q0.ID); q.Speaker != q0.Speaker || q.SpeakerID != q0.SpeakerID {
		t.Errorf("undoing the speaker change: %q, want %q", q.Speaker, q0.Speaker)
	}
	if _, err := h.lib.ResolvePerson("Someone Else Entirely"); err == nil {
		t.Error("the person the speaker change created survived its undo")
	}
}

func TestMergeAndSplitPeopleInTheApp(t *testing.T) {
	h := newUIHarness(t, true)
	people, _ := h.lib.People()
	var from, into app.PersonSummary
	for _, p := range people {
		switch {
		case p.Quotes.Total >= 2 && from.ID == "":
			from = p
		case p.Quotes.Total >= 1 && into.ID == "":
			into = p
		}
	}
	if from.ID == "" || into.ID == "" {
		t.Fatalf("the sample has no two people to merge: %+v", people)
	}
	pv := h.w.open("person:" + from.ID).(*personView)
	pv.askMerge()
	h.typeText(into.Name)
	h.press(fyne.KeyReturn)
	if h.dialogShown() {
		t.Fatal("Enter left the merge dialog open")
	}
	if _, err := h.lib.Person(from.ID); err == nil {
		t.Fatal("the merged person is still there")
	}
	if pg, _ := h.lib.Person(into.ID); pg.Counts.Total != from.Quotes.Total+into.Quotes.Total {
		t.Errorf("after the merge %s has %d quotes, want %d", into.Name, pg.Counts.Total, from.Quotes.Total+into.Quotes.Total)
	}
	if p := h.w.current(); p == nil || p.key() != "person:"+into.ID {
		t.Errorf("after the merge the page is %v, want %s's", p, into.Name)
	}
	h.w.win.Canvas().Focus(nil)
	h.shortcut(&fyne.ShortcutUndo{})
	pg, err := h.lib.Person(from.ID)
	if err != nil || pg.Counts.Total != from.Quotes.Total || pg.Person.Name != from.Name {
		t.Fatalf("undoing the merge: %+v, %v", pg, err)
	}
	if p, err := h.lib.ResolvePerson(from.Name); err != nil || p.ID != from.ID {
		t.Errorf("after undoing the merge %q leads to %v (%v)", from.Name, p, err)
	}

	// Split one quote off to a new person, then undo.
	pv = h.w.open("person:" + from.ID).(*personView)
	pv.askSplit()
	var boxes []*widget.Check
	for _, o := range visibleObjects(topDialog(t, h.w.win)) {
		if c, ok := o.(*widget.Check); ok {
			boxes = append(boxes, c)
		}
	}
	if len(boxes) != from.Quotes.Total {
		t.Fatalf("the split dialog lists %d quotes, want %d", len(boxes), from.Quotes.Total)
	}
	boxes[0].SetChecked(true)
	h.w.win.Canvas().Focus(findPickerEntry(h))
	h.typeText("Second Speaker")
	h.press(fyne.KeyReturn)
	h.mustDialog("new-person question")
	h.press(fyne.KeyReturn)
	np, err := h.lib.ResolvePerson("Second Speaker")
	if err != nil {
		t.Fatalf("split: %v", err)
	}
	if pg, _ := h.lib.Person(np.ID); pg.Counts.Total != 1 {
		t.Errorf("the new person has %d quotes, want 1", pg.Counts.Total)
	}
	h.shortcut(&fyne.ShortcutUndo{})
	if _, err := h.lib.ResolvePerson("Second Speaker"); err == nil {
		t.Error("undoing the split left the new person")
	}
	if pg, _ := h.lib.Person(from.ID); pg.Counts.Total != from.Quotes.Total {
		t.Errorf("after undoing the split %s has %d quotes", from.Name, pg.Counts.Total)
	}

	// Tags merge from the tag page.
	tags, _ := h.lib.Tags()
	if len(tags) < 2 {
		t.Fatal("the sample has fewer than two tags")
	}
	a, b := tags[0], tags[1]
	tv := h.w.open("tag:" + a.Name).(*tagView)
	tv.askMerge()
	h.typeText(b.Name)
	h.press(fyne.KeyReturn)
	if _, err := h.lib.Tag(a.Name); err == nil && a.Total > 0 {
		if items, _ := h.lib.TaggedItems(a.Name, false); len(items) > 0 {
			t.Errorf("after merging, %d items still carry %q", len(items), a.Name)
		}
	}
}

// findPickerEntry is the entry of the picker in the dialog on top.
func findPickerEntry(h *uiHarness) fyne.Focusable {
	for _, o := range visibleObjects(h.w.win.Canvas().Overlays().Top()) {
		if e, ok := o.(*keyEntry); ok && e.pick != nil {
			return e
		}
	}
	h.t.Fatal("no picker in the dialog")
	return nil
}

func TestSentenceContext(t *testing.T) {
	text := "The talks stalled. Then Quill said her government was “fully prepared for a long negotiation” and left. Next paragraph."
	q := "fully prepared for a long negotiation"
	i := strings.Index(text, q)
	start := len([]rune(text[:i]))
	end := start + len([]rune(q))
	before, after := sentenceContext([]rune(text), start, end)
	if before != "The talks stalled. Then Quill said her government was “" {
		t.Errorf("before = %q", before)
	}
	if after != "” and left." {
		t.Errorf("after = %q", after)
	}
	// A quote opening its paragraph has nothing before it.
	b, _ := sentenceContext([]rune("“Go,” he said.\nMore."), 1, 3)
	if b != "“" {
		t.Errorf("before at a paragraph start = %q", b)
	}
}

func TestLayoutsHold(t *testing.T) {
	h := newUIHarness(t, true)
	v, _, _ := h.openArticleWith("Grey Channel")
	c := h.w.win.Canvas()

	// Ctrl+R back to an open review tab gives it the keys.
	h.shortcut(ctrl(fyne.KeyR))
	rv := h.w.current().(*reviewView)
	h.w.open(v.key())
	h.shortcut(ctrl(fyne.KeyR))
	if c.Focused() != rv.list {
		t.Fatalf("after Ctrl+R the focus is on %T, want the review table", c.Focused())
	}
	h.press(fyne.KeyDown)
	h.press(fyne.KeyDown)
	if rv.sel != 1 {
		t.Errorf("↓ ↓ after Ctrl+R selected row %d, want 1", rv.sel)
	}

	// The inspector keeps its width whatever it shows.
	w0 := h.w.inspect.obj.MinSize().Width
	q := *rv.selected()
	q.Speaker = strings.Repeat("A very long speaker name ", 8)
	h.w.inspect.showQuote(&q.Quote)
	if w1 := h.w.inspect.obj.MinSize().Width; w1 != w0 {
		t.Errorf("the inspector asks for %v wide with a long name, %v before", w1, w0)
	}

	// Editing the source refreshes the reader's header at once.
	h.w.open(v.key())
	e := newArticleEditor(h.w.newDialogKeys(), v)
	e.source.SetText("The Keyboard Gazette")
	if _, err := e.save(); err != nil {
		t.Fatal(err)
	}
	if got := v.reader.Article().Source; got != "The Keyboard Gazette" {
		t.Errorf("the reader's header shows source %q after the edit", got)
	}

	// A wheel notch moves the reader three lines.
	h.w.win.Resize(fyne.NewSize(1024, 700))
	v.scroll.ScrollToOffset(fyne.NewPos(0, 0))
	v.reader.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -25)})
	want := 3 * v.reader.TextSize() * lineSpacing
	if got := v.scroll.Offset.Y; got < want-1 || got > want+1 {
		t.Errorf("one notch scrolled %v px, want three lines (%v)", got, want)
	}

	// At 1024 px the section names give way to their counts.
	row := h.w.side.sections.CreateItem()
	h.w.side.sections.UpdateItem(secOrphans, row)
	side := float32(h.w.split.Offset * 1024)
	if need := row.MinSize().Width; need > side {
		t.Errorf("the Orphaned annotations row needs %v px, the sidebar has %v", need, side)
	}
}

func TestSidebarFilterEnterOpensTheFirstMatch(t *testing.T) {
	h := newUIHarness(t, true)
	h.shortcut(ctrl(fyne.KeyL))
	h.typeText("Harbour")
	h.press(fyne.KeyReturn)
	a, ok := h.w.current().(*articleView)
	if !ok || !strings.HasPrefix(a.art.Title, "Harbour") {
		t.Fatalf("Enter in the sidebar filter opened %T", h.w.current())
	}
	if h.w.win.Canvas().Focused() != a.reader {
		t.Errorf("the focus is on %T, want the reader", h.w.win.Canvas().Focused())
	}
}

func TestSectionsAndSpeakerPageByKeyboard(t *testing.T) {
	h := newUIHarness(t, true)
	h.shortcut(ctrl(fyne.Key3))
	if h.w.side.section != secPeople || h.w.win.Canvas().Focused() != h.w.side.filter {
		t.Fatalf("Ctrl+3: section %d, focus %T", h.w.side.section, h.w.win.Canvas().Focused())
	}
	people, _ := h.lib.People()
	h.typeText(people[1].Name)
	h.press(fyne.KeyReturn)
	if p := h.w.current(); p == nil || p.key() != "person:"+people[1].ID {
		t.Fatalf("Enter opened %v, want %s's page", p, people[1].Name)
	}
	h.shortcut(ctrl(fyne.KeyR))
	rv := h.w.current().(*reviewView)
	h.press(fyne.KeyDown)
	sp := rv.selected().SpeakerID
	h.typeText("p")
	if p := h.w.current(); p == nil || p.key() != "person:"+sp {
		t.Errorf("P in the review opened %v, want the speaker's page", p)
	}
}

func TestInspectorSpeakerUsesThePicker(t *testing.T) {
	h := newUIHarness(t, true)
	qs, _ := h.lib.Quotes(app.QuoteFilter{Status: app.QuoteSuggested})
	h.w.inspect.showQuote(&qs[0].Quote)
	// The quote is shown within its sentence, to judge the speaker by.
	if shown := textIn(h.w.inspect.obj); !strings.Contains(shown, qs[0].Text) {
		t.Errorf("the inspector does not show the quote %q:\n%s", qs[0].Text, shown)
	}
	var change *widget.Button
	for _, o := range visibleObjects(h.w.inspect.obj) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Change…" {
			change = b
		}
	}
	if change == nil {
		t.Fatal("no Change… button for the speaker")
	}
	change.OnTapped()
	if findPicker(h) == nil {
		t.Fatal("the speaker dialog has no filtered list")
	}
	h.typeText("zz-nobody")
	h.press(fyne.KeyReturn)
	h.mustDialog("new-person question")
	h.press(fyne.KeyEscape) // go back
	h.press(fyne.KeyEscape) // and cancel
	if h.dialogShown() {
		t.Error("a dialog is still open")
	}
	if q, _ := h.lib.Quote(qs[0].ID); q.Speaker != qs[0].Speaker {
		t.Errorf("the speaker changed to %q", q.Speaker)
	}
}
