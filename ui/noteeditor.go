package ui

import (
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The note editor is a text widget of its own rather than Fyne's
// widget.Entry. A multi-line Entry keeps its text as one string and on
// every keystroke re-wraps and lays out all of it, which took 1.3–2.2 s per
// character in a 20,000-word note (BenchmarkNoteKeystroke), and it lost the
// caret after a space that ended a wrapped row, so the next keys went in
// out of order. Here a keystroke edits one line, re-wraps that line and
// redraws the rows in view; the caret is a place in the text (line and byte
// offset), so what is typed always lands where the caret is.
//
// The editor keeps the keyboard focus at all times. [[ completion is a list
// drawn over the editor inside the note's own content, not a Fyne pop-up: a
// pop-up is a canvas overlay with its own focus manager, so while one is
// shown the canvas sends every key to it. The list is not focusable; the
// editor hands it the few keys it uses (Up, Down, Page Up/Down, Enter, Tab,
// Escape) while it is open and keeps everything else.

// noteEditor is the note's multi-line text field.
type noteEditor struct {
	widget.BaseWidget

	// Text is the note's text, kept up to date after every edit; set it
	// with SetText.
	Text string
	// OnChanged is called after every change to Text.
	OnChanged func(string)
	// OnCursorChanged is called after the caret moves.
	OnCursorChanged func()

	comp *completer
	// openLink follows the [[link]] the caret is in (Ctrl+Enter).
	openLink func()

	lines      []noteLine
	rowsBefore []int // rows before each line; the last is the total
	rowsDirty  bool
	wrapW      float32
	m          editorMetrics
	widths     map[string]float32

	caret, anchor textPos // a selection runs from anchor to caret
	// upstream shows a caret that starts a wrapped row at the end of the
	// row before (after End, or a click past a row's end).
	upstream bool
	goalX    float32 // the x Up and Down keep to; -1: the caret's own
	shift    bool    // a Shift key is held
	focused  bool
	offsetY  float32 // how far the view is scrolled
	dragBar  bool    // the mouse is dragging the scroll bar

	undo, redo []noteEdit
	doubleAt   time.Time // when the last double click was: a third selects the paragraph
}

func newNoteEditor() *noteEditor {
	e := &noteEditor{goalX: -1, widths: map[string]float32{}}
	e.setLines("")
	e.ExtendBaseWidget(e)
	return e
}

// SetText replaces the whole text, as when a note is loaded or a revision
// restored: the undo history starts again and the caret stays where it was
// as far as the new text allows.
func (e *noteEditor) SetText(text string) {
	caret := e.offsetOf(e.caret)
	changed := text != e.Text
	e.Text = text
	e.setLines(text)
	e.undo, e.redo = nil, nil
	e.caret = e.posOf(caret)
	e.anchor, e.upstream, e.goalX = e.caret, false, -1
	e.Refresh()
	if changed && e.OnChanged != nil {
		e.OnChanged(text)
	}
	if e.OnCursorChanged != nil {
		e.OnCursorChanged()
	}
}

// CreateRenderer draws the rows in view.
func (e *noteEditor) CreateRenderer() fyne.WidgetRenderer { return newNoteEditorRenderer(e) }

// MinSize is a few rows: the editor scrolls its own text.
func (e *noteEditor) MinSize() fyne.Size {
	e.readMetrics()
	return fyne.NewSize(e.m.lineH*4+2*e.m.pad, e.m.lineH*3+2*e.m.pad)
}

// Cursor is the text cursor over the editor.
func (e *noteEditor) Cursor() desktop.Cursor { return desktop.TextCursor }

// AcceptsTab types a tab, as the Entry did.
func (e *noteEditor) AcceptsTab() bool { return true }

// FocusGained shows the caret.
func (e *noteEditor) FocusGained() {
	e.focused = true
	e.Refresh()
}

// FocusLost hides the caret and closes the completion list: the analyst
// went elsewhere.
func (e *noteEditor) FocusLost() {
	e.focused, e.shift = false, false
	e.Refresh()
	if e.comp != nil {
		e.comp.close()
	}
}

// KeyDown follows Shift, which turns caret moves into a selection.
func (e *noteEditor) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
}

// KeyUp follows Shift.
func (e *noteEditor) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
}

// hasSelection tells whether any text is selected.
func (e *noteEditor) hasSelection() bool { return e.anchor != e.caret }

// selection is the selected range in text order.
func (e *noteEditor) selection() (textPos, textPos) {
	if e.caret.before(e.anchor) {
		return e.caret, e.anchor
	}
	return e.anchor, e.caret
}

// SelectedText is the selected text.
func (e *noteEditor) SelectedText() string {
	if !e.hasSelection() {
		return ""
	}
	return e.textBetween(e.selection())
}

// byteOffset is the byte offset of the caret in Text.
func (e *noteEditor) byteOffset() int { return e.offsetOf(e.caret) }

// setCaretOffset puts the caret at byte offset off with nothing selected.
func (e *noteEditor) setCaretOffset(off int) {
	e.moveTo(e.posOf(off), false, false)
}

// CursorPosition is where the caret is drawn, in the editor's coordinates.
func (e *noteEditor) CursorPosition() fyne.Position {
	e.readMetrics()
	return e.pointOf(e.caret, e.upstream)
}

// TypedRune types r at the caret, over the selection if there is one.
func (e *noteEditor) TypedRune(r rune) {
	kind := editTyping
	if unicode.IsSpace(r) {
		kind = editTypingSpace
	}
	e.replaceSelection(string(r), kind)
}

// TypedKey gives the open completion list its navigation keys first, then
// edits and moves the caret.
func (e *noteEditor) TypedKey(k *fyne.KeyEvent) {
	if e.comp != nil && e.comp.typedKey(k) {
		return
	}
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		e.replaceSelection("\n", editTypingSpace)
	case fyne.KeyTab:
		e.replaceSelection("\t", editTypingSpace)
	case fyne.KeyBackspace:
		e.deleteBack(false)
	case fyne.KeyDelete:
		e.deleteForward(false)
	case fyne.KeyLeft:
		e.moveLeft(e.shift, false)
	case fyne.KeyRight:
		e.moveRight(e.shift, false)
	case fyne.KeyUp:
		e.moveRows(-1, e.shift)
	case fyne.KeyDown:
		e.moveRows(1, e.shift)
	case fyne.KeyPageUp:
		e.moveRows(-e.pageRows(), e.shift)
	case fyne.KeyPageDown:
		e.moveRows(e.pageRows(), e.shift)
	case fyne.KeyHome:
		e.rowEdge(false, e.shift)
	case fyne.KeyEnd:
		e.rowEdge(true, e.shift)
	}
}

// TypedShortcut handles the clipboard, undo, word and document moves, and
// Ctrl+Enter, which opens the link at the caret.
func (e *noteEditor) TypedShortcut(s fyne.Shortcut) {
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		if e.hasSelection() && s.Clipboard != nil {
			s.Clipboard.SetContent(e.SelectedText())
		}
	case *fyne.ShortcutCut:
		if e.hasSelection() && s.Clipboard != nil {
			s.Clipboard.SetContent(e.SelectedText())
			e.replaceSelection("", editOther)
		}
	case *fyne.ShortcutPaste:
		if s.Clipboard != nil {
			if t := s.Clipboard.Content(); t != "" {
				e.replaceSelection(t, editOther)
			}
		}
	case *fyne.ShortcutSelectAll:
		e.anchor = textPos{}
		e.moveTo(e.endPos(), true, false)
	case *fyne.ShortcutUndo:
		e.undoEdit()
	case *fyne.ShortcutRedo:
		e.redoEdit()
	case *desktop.CustomShortcut:
		e.customShortcut(s)
	}
}

func (e *noteEditor) customShortcut(s *desktop.CustomShortcut) {
	ctrl := s.Modifier&fyne.KeyModifierShortcutDefault != 0
	shift := s.Modifier&fyne.KeyModifierShift != 0
	if !ctrl {
		return
	}
	switch s.KeyName {
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.openLink != nil && !shift {
			e.openLink()
		}
	case fyne.KeyZ:
		if shift {
			e.redoEdit()
		} else {
			e.undoEdit()
		}
	case fyne.KeyY:
		e.redoEdit()
	case fyne.KeyLeft:
		e.moveLeft(shift, true)
	case fyne.KeyRight:
		e.moveRight(shift, true)
	case fyne.KeyHome:
		e.moveTo(textPos{}, shift, false)
	case fyne.KeyEnd:
		e.moveTo(e.endPos(), shift, false)
	case fyne.KeyBackspace:
		e.deleteBack(true)
	case fyne.KeyDelete:
		e.deleteForward(true)
	}
}

func (e *noteEditor) replaceSelection(s string, kind editKind) {
	from, to := e.selection()
	if from != to {
		kind = editOther
	}
	e.replace(from, to, s, kind)
}

// deleteBack is Backspace: the selection, or the character (word) before
// the caret; at a line's start it joins the line to the one before.
func (e *noteEditor) deleteBack(word bool) {
	if e.hasSelection() {
		e.replaceSelection("", editOther)
		return
	}
	if e.caret == (textPos{}) {
		return
	}
	from := e.stepLeft(e.caret, word)
	e.replace(from, e.caret, "", editDeleteBack)
}

// deleteForward is Delete: the selection, or the character (word) after the
// caret; at a line's end it joins the next line to it.
func (e *noteEditor) deleteForward(word bool) {
	if e.hasSelection() {
		e.replaceSelection("", editOther)
		return
	}
	if e.caret == e.endPos() {
		return
	}
	to := e.stepRight(e.caret, word)
	e.replace(e.caret, to, "", editDeleteForward)
}

// stepLeft is the place a character (or word) before p.
func (e *noteEditor) stepLeft(p textPos, word bool) textPos {
	if p.col == 0 {
		if p.line == 0 {
			return p
		}
		return textPos{p.line - 1, len(e.lines[p.line-1].text)}
	}
	s := e.lines[p.line].text
	if !word {
		_, n := utf8.DecodeLastRuneInString(s[:p.col])
		return textPos{p.line, p.col - n}
	}
	i := p.col
	for i > 0 && !isWordRune(lastRune(s[:i])) {
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	for i > 0 && isWordRune(lastRune(s[:i])) {
		_, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
	}
	return textPos{p.line, i}
}

// stepRight is the place a character (or word) after p.
func (e *noteEditor) stepRight(p textPos, word bool) textPos {
	s := e.lines[p.line].text
	if p.col == len(s) {
		if p.line == len(e.lines)-1 {
			return p
		}
		return textPos{p.line + 1, 0}
	}
	if !word {
		_, n := utf8.DecodeRuneInString(s[p.col:])
		return textPos{p.line, p.col + n}
	}
	i := p.col
	for i < len(s) && !isWordRune(firstRune(s[i:])) {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	for i < len(s) && isWordRune(firstRune(s[i:])) {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return textPos{p.line, i}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '\''
}
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// moveLeft moves the caret a character (word) left; without Shift a
// selection collapses to its start.
func (e *noteEditor) moveLeft(extend, word bool) {
	if e.hasSelection() && !extend && !word {
		from, _ := e.selection()
		e.moveTo(from, false, false)
		return
	}
	e.moveTo(e.stepLeft(e.caret, word), extend, false)
}

// moveRight moves the caret a character (word) right; without Shift a
// selection collapses to its end.
func (e *noteEditor) moveRight(extend, word bool) {
	if e.hasSelection() && !extend && !word {
		_, to := e.selection()
		e.moveTo(to, false, false)
		return
	}
	e.moveTo(e.stepRight(e.caret, word), extend, false)
}

// moveRows moves the caret n rows down (up when negative), keeping to the
// column it started from; past the first or last row it goes to the
// note's start or end.
func (e *noteEditor) moveRows(n int, extend bool) {
	e.readMetrics()
	if e.goalX < 0 {
		e.goalX = e.pointOf(e.caret, e.upstream).X - e.m.pad
	}
	goal := e.goalX
	g := e.globalRow(e.caret, e.upstream) + n
	switch {
	case g < 0:
		e.moveTo(textPos{}, extend, false)
	case g >= e.totalRows():
		e.moveTo(e.endPos(), extend, false)
	default:
		line, row := e.rowAt(g)
		p, up := e.posInRow(line, row, goal)
		e.moveTo(p, extend, up)
	}
	e.goalX = goal
}

// pageRows is how many rows Page Up and Page Down move.
func (e *noteEditor) pageRows() int {
	e.readMetrics()
	return max(1, int((e.Size().Height-2*e.m.pad)/e.m.lineH)-1)
}

// rowEdge is Home (start of the caret's row) and End (its end).
func (e *noteEditor) rowEdge(end, extend bool) {
	e.layoutRows()
	l := &e.lines[e.caret.line]
	r := l.rowOf(e.caret.col, e.upstream)
	start, stop := l.rowSpan(r)
	if !end {
		e.moveTo(textPos{e.caret.line, start}, extend, false)
		return
	}
	if r < len(l.rows) {
		if stop > start && isBlank(l.text[stop-1]) {
			e.moveTo(textPos{e.caret.line, stop - 1}, extend, false)
		} else {
			e.moveTo(textPos{e.caret.line, stop}, extend, true)
		}
		return
	}
	e.moveTo(textPos{e.caret.line, stop}, extend, false)
}

// moveTo puts the caret at p, extending the selection or dropping it.
func (e *noteEditor) moveTo(p textPos, extend, upstream bool) {
	e.caret, e.upstream, e.goalX = p, upstream, -1
	if !extend {
		e.anchor = p
	}
	e.caretMoved()
}

// caretMoved scrolls the caret into view and redraws.
func (e *noteEditor) caretMoved() {
	e.showCaret()
	e.Refresh()
	if e.OnCursorChanged != nil {
		e.OnCursorChanged()
	}
}

// showCaret scrolls so the caret's row is in view.
func (e *noteEditor) showCaret() {
	e.readMetrics()
	h := e.Size().Height
	if h <= 0 {
		return
	}
	y := float32(e.globalRow(e.caret, e.upstream)) * e.m.lineH
	switch {
	case y < e.offsetY:
		e.offsetY = y
	case y+e.m.lineH+2*e.m.pad > e.offsetY+h:
		e.offsetY = y + e.m.lineH + 2*e.m.pad - h
	}
	e.clampScroll()
}

func (e *noteEditor) clampScroll() {
	e.offsetY = max(0, min(e.offsetY, e.contentHeight()-e.Size().Height))
}

// Scrolled scrolls the view (not the caret) three rows per notch of the
// wheel, as the reader does.
func (e *noteEditor) Scrolled(ev *fyne.ScrollEvent) {
	e.readMetrics()
	old := e.offsetY
	e.offsetY -= ev.Scrolled.DY / wheelNotch * wheelLines * e.m.lineH
	e.clampScroll()
	if e.offsetY != old {
		e.Refresh()
		if e.comp != nil && e.comp.shown() {
			e.comp.place()
		}
	}
}

// MouseDown puts the caret where the primary button is pressed (Shift
// extends the selection); on the scroll bar it starts dragging the bar.
func (e *noteEditor) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	e.readMetrics()
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && c.Focused() != e {
		c.Focus(e)
	}
	if e.onScrollBar(ev.Position) {
		e.dragBar = true
		return
	}
	p, up := e.posAtPoint(ev.Position)
	if time.Since(e.doubleAt) < tripleClick {
		e.doubleAt = time.Time{}
		e.anchor = textPos{p.line, 0}
		e.moveTo(textPos{p.line, len(e.lines[p.line].text)}, true, false)
		return
	}
	e.moveTo(p, ev.Modifier&fyne.KeyModifierShift != 0 || e.shift, up)
}

// MouseUp ends a drag of the scroll bar.
func (e *noteEditor) MouseUp(*desktop.MouseEvent) { e.dragBar = false }

// Dragged selects to the mouse, or drags the scroll bar.
func (e *noteEditor) Dragged(ev *fyne.DragEvent) {
	e.readMetrics()
	if e.dragBar {
		if h := e.Size().Height; h > 0 {
			e.offsetY += ev.Dragged.DY * e.contentHeight() / h
			e.clampScroll()
			e.Refresh()
		}
		return
	}
	p, up := e.posAtPoint(ev.Position)
	e.moveTo(p, true, up)
}

// DragEnd ends a drag.
func (e *noteEditor) DragEnd() { e.dragBar = false }

// Tapped does nothing more on a desktop: MouseDown placed the caret.
func (e *noteEditor) Tapped(ev *fyne.PointEvent) {
	if fyne.CurrentDevice().IsMobile() {
		e.readMetrics()
		p, up := e.posAtPoint(ev.Position)
		e.moveTo(p, false, up)
	}
}

// tripleClick is how soon after a double click a press selects the
// paragraph.
const tripleClick = 400 * time.Millisecond

// DoubleTapped selects the word under the mouse.
func (e *noteEditor) DoubleTapped(ev *fyne.PointEvent) {
	e.doubleAt = time.Now()
	e.readMetrics()
	p, _ := e.posAtPoint(ev.Position)
	s := e.lines[p.line].text
	from, to := p.col, p.col
	for from > 0 && isWordRune(lastRune(s[:from])) {
		_, n := utf8.DecodeLastRuneInString(s[:from])
		from -= n
	}
	for to < len(s) && isWordRune(firstRune(s[to:])) {
		_, n := utf8.DecodeRuneInString(s[to:])
		to += n
	}
	e.anchor = textPos{p.line, from}
	e.moveTo(textPos{p.line, to}, true, false)
}

// TappedSecondary offers the clipboard actions.
func (e *noteEditor) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	clip := fyne.CurrentApp().Clipboard()
	menu := fyne.NewMenu("",
		fyne.NewMenuItem("Cut", func() { e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip}) }),
		fyne.NewMenuItem("Copy", func() { e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip}) }),
		fyne.NewMenuItem("Paste", func() { e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) }),
		fyne.NewMenuItem("Select all", func() { e.TypedShortcut(&fyne.ShortcutSelectAll{}) }),
	)
	widget.ShowPopUpMenuAtPosition(menu, c, fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Add(ev.Position))
}

// onScrollBar tells whether pt is on the scroll bar's strip.
func (e *noteEditor) onScrollBar(pt fyne.Position) bool {
	return e.contentHeight() > e.Size().Height && pt.X >= e.Size().Width-e.m.pad
}

// textClip is a clipboard holding one text, so tests and the completer can
// paste without touching the analyst's clipboard.
type textClip string

func (c textClip) Content() string   { return string(c) }
func (c textClip) SetContent(string) {}

// editKind says which edits merge into one undo step.
type editKind int

const (
	editOther         editKind = iota
	editTyping                 // a character of a word
	editTypingSpace            // a space or line break typed
	editDeleteBack             // Backspace
	editDeleteForward          // Delete
)

// noteEdit is one undo step: at byte offset at, old was replaced by new.
type noteEdit struct {
	at       int
	old, new string
	kind     editKind
	// caret and anchor before the edit, restored by undo.
	caretBefore, anchorBefore int
}

// maxNoteUndo bounds the editor's undo history.
const maxNoteUndo = 1000

// replace puts s in place of the text from from to to, as one undo step
// (or merged into the last one while typing on), leaving the caret after s.
func (e *noteEditor) replace(from, to textPos, s string, kind editKind) {
	old := e.textBetween(from, to)
	if old == "" && s == "" {
		return
	}
	at := e.offsetOf(from)
	ed := noteEdit{at: at, old: old, new: s, kind: kind,
		caretBefore: e.offsetOf(e.caret), anchorBefore: e.offsetOf(e.anchor)}
	if !e.mergeEdit(ed) {
		e.undo = append(e.undo, ed)
		if len(e.undo) > maxNoteUndo+maxNoteUndo/4 { // trimmed now and then, not per edit
			e.undo = append([]noteEdit(nil), e.undo[len(e.undo)-maxNoteUndo:]...)
		}
	}
	e.redo = nil
	e.apply(at, len(old), s, from, to)
}

// mergeEdit folds ed into the last undo step when it continues it: typing
// on in a word (a word and the spaces after it are one step), or deleting
// on with the same key.
func (e *noteEditor) mergeEdit(ed noteEdit) bool {
	if len(e.undo) == 0 {
		return false
	}
	last := &e.undo[len(e.undo)-1]
	switch {
	case ed.kind == editTyping && last.kind == editTyping && last.at+len(last.new) == ed.at,
		ed.kind == editTypingSpace && (last.kind == editTyping || last.kind == editTypingSpace) && last.at+len(last.new) == ed.at:
		last.new += ed.new
		last.kind = ed.kind
		return true
	case ed.kind == editDeleteBack && last.kind == editDeleteBack && ed.at+len(ed.old) == last.at && last.new == "":
		last.at, last.old = ed.at, ed.old+last.old
		return true
	case ed.kind == editDeleteForward && last.kind == editDeleteForward && ed.at == last.at && last.new == "":
		last.old += ed.old
		return true
	}
	return false
}

// apply changes the text: n bytes at byte offset at (from to to) become s.
func (e *noteEditor) apply(at, n int, s string, from, to textPos) {
	end := e.spliceLines(from, to, s)
	e.Text = e.Text[:at] + s + e.Text[at+n:]
	e.caret, e.anchor, e.upstream, e.goalX = end, end, false, -1
	e.changed()
}

// changed redraws after an edit and tells the note view.
func (e *noteEditor) changed() {
	e.showCaret()
	e.Refresh()
	if e.OnChanged != nil {
		e.OnChanged(e.Text)
	}
	if e.OnCursorChanged != nil {
		e.OnCursorChanged()
	}
}

// undoEdit takes back the last step, restoring the caret and selection.
func (e *noteEditor) undoEdit() {
	if len(e.undo) == 0 {
		return
	}
	ed := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	e.redo = append(e.redo, ed)
	e.apply(ed.at, len(ed.new), ed.old, e.posOf(ed.at), e.posOf(ed.at+len(ed.new)))
	e.caret, e.anchor = e.posOf(ed.caretBefore), e.posOf(ed.anchorBefore)
	e.caretMoved()
}

// redoEdit makes the step undone last again.
func (e *noteEditor) redoEdit() {
	if len(e.redo) == 0 {
		return
	}
	ed := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	e.undo = append(e.undo, ed)
	e.apply(ed.at, len(ed.old), ed.new, e.posOf(ed.at), e.posOf(ed.at+len(ed.old)))
}
