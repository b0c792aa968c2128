package ui

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"dossier/app"
)

// memClip is a clipboard for tests.
type memClip struct{ s string }

func (c *memClip) Content() string     { return c.s }
func (c *memClip) SetContent(s string) { c.s = s }

// editorWindow puts a new editor alone in a headless window of the given
// width, focused.
func editorWindow(t testing.TB, width float32) (*noteEditor, fyne.Window) {
	t.Helper()
	e := newNoteEditor()
	win := test.NewWindow(e)
	win.Resize(fyne.NewSize(width, 300))
	win.Canvas().Focus(e)
	t.Cleanup(win.Close)
	return e, win
}

func press(e *noteEditor, name fyne.KeyName) { e.TypedKey(&fyne.KeyEvent{Name: name}) }

func ctrlKey(e *noteEditor, name fyne.KeyName, mod fyne.KeyModifier) {
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: name, Modifier: mod})
}

func withShift(e *noteEditor, f func()) {
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	f()
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

// checkEditor fails unless the editor's text, lines and rows agree: Text
// is the lines joined, every row starts on a rune inside its line, rows
// increase, and the count of rows before each line is right.
func checkEditor(t *testing.T, e *noteEditor, step string) {
	t.Helper()
	parts := make([]string, len(e.lines))
	for i, l := range e.lines {
		parts[i] = l.text
	}
	if j := strings.Join(parts, "\n"); j != e.Text {
		t.Fatalf("%s: Text %q but lines say %q", step, tail(e.Text), tail(j))
	}
	e.layoutRows()
	n := 0
	for i, l := range e.lines {
		if e.rowsBefore[i] != n {
			t.Fatalf("%s: line %d has %d rows before it, want %d", step, i, e.rowsBefore[i], n)
		}
		prev := 0
		for _, r := range l.rows {
			if r <= prev || r >= len(l.text)+1 || !utf8.RuneStart(l.text[r]) {
				t.Fatalf("%s: line %d rows %v for %q", step, i, l.rows, l.text)
			}
			prev = r
		}
		// Incremental re-wrapping gives the rows a full wrap gives.
		fresh := noteLine{text: l.text}
		e.wrap(&fresh, e.wrapWidth())
		if !slices.Equal(fresh.rows, l.rows) {
			t.Fatalf("%s: line %d %q has rows %v, a full wrap gives %v", step, i, l.text, l.rows, fresh.rows)
		}
		n += l.rowCount()
	}
	c := e.caret
	if c.line < 0 || c.line >= len(e.lines) || c.col < 0 || c.col > len(e.lines[c.line].text) {
		t.Fatalf("%s: caret %+v outside the text", step, c)
	}
}

// Typing prose character by character across paragraphs, with Enter
// splitting, Backspace at a line's start and Delete at a line's end joining,
// multi-line paste and undo back to nothing and redo to the end: the text
// is at every step exactly what was typed.
func TestNoteEditorTypesAcrossParagraphs(t *testing.T) {
	test.NewTempApp(t)
	e, _ := editorWindow(t, 320)
	want := ""
	typeRunes := func(s string) {
		for _, r := range s {
			at := e.byteOffset()
			e.TypedRune(r)
			want = want[:at] + string(r) + want[at:]
			if e.Text != want {
				t.Fatalf("typing %q: the note ends %q, want %q", s, tail(e.Text), tail(want))
			}
		}
	}
	var history []string
	mark := func() { history = append(history, e.Text) }
	mark()
	typeRunes("The ministry briefed reporters on the channel again, twice. ")
	press(e, fyne.KeyReturn)
	want += "\n"
	press(e, fyne.KeyReturn)
	want += "\n"
	typeRunes("Second paragraph — with “quotes” and é.")
	if e.Text != want {
		t.Fatalf("after Enter × 2: %q", e.Text)
	}
	mark()
	// Backspace at the start of the second paragraph joins it with the
	// blank line before; again joins it with the first.
	press(e, fyne.KeyHome)
	for range 40 {
		press(e, fyne.KeyLeft)
	}
	e.setCaretOffset(strings.Index(want, "Second"))
	press(e, fyne.KeyBackspace)
	want = strings.Replace(want, "\n\nSecond", "\nSecond", 1)
	if e.Text != want {
		t.Fatalf("Backspace at a paragraph's start: %q, want %q", e.Text, want)
	}
	press(e, fyne.KeyBackspace)
	want = strings.Replace(want, "\nSecond", "Second", 1)
	if e.Text != want || e.byteOffset() != strings.Index(want, "Second") {
		t.Fatalf("second Backspace: %q caret %d", e.Text, e.byteOffset())
	}
	ctrlKey(e, fyne.KeyEnd, fyne.KeyModifierShortcutDefault)
	typeRunes("\n")
	mark()
	// Delete at a line's end joins the next line to it.
	ctrlKey(e, fyne.KeyHome, fyne.KeyModifierShortcutDefault)
	press(e, fyne.KeyEnd) // end of the first row, which is wrapped at 320
	ctrlKey(e, fyne.KeyEnd, fyne.KeyModifierShortcutDefault)
	if e.byteOffset() != len(want) {
		t.Fatalf("Ctrl+End put the caret at %d of %d", e.byteOffset(), len(want))
	}
	e.setCaretOffset(strings.Index(want, "\n"))
	press(e, fyne.KeyDelete)
	want = strings.Replace(want, "\n", "", 1)
	if e.Text != want {
		t.Fatalf("Delete at a line's end: %q", e.Text)
	}
	mark()
	// A multi-line paste in the middle of a word, with blank lines and a
	// trailing newline.
	at := strings.Index(want, "briefed") + 3
	e.setCaretOffset(at)
	paste := "ONE\n\n\tTWO\nTHREE\n"
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: textClip(paste)})
	want = want[:at] + paste + want[at:]
	if e.Text != want || e.byteOffset() != at+len(paste) {
		t.Fatalf("paste: %q caret %d", e.Text, e.byteOffset())
	}
	typeRunes("x")
	mark()
	checkEditor(t, e, "before undo")

	// Undo back to the empty note passes every marked state, redo returns.
	final := e.Text
	seen := map[string]bool{}
	for range 200 {
		seen[e.Text] = true
		e.TypedShortcut(&fyne.ShortcutUndo{})
		checkEditor(t, e, "undo")
		if e.Text == "" {
			break
		}
	}
	if e.Text != "" {
		t.Fatalf("undo stops at %q", e.Text)
	}
	for _, h := range history {
		if !seen[h] && h != "" {
			t.Errorf("undo never passed %q", tail(h))
		}
	}
	for range 200 {
		ctrlKey(e, fyne.KeyZ, fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift)
		if e.Text == final {
			break
		}
	}
	if e.Text != final {
		t.Fatalf("redo ends at %q, want %q", e.Text, final)
	}
}

// editModel is the plain string the editor's text must always equal, with
// the caret and selection as byte offsets.
type editModel struct {
	text          string
	caret, anchor int
	clip          string
}

func (m *editModel) sel() (int, int) { return min(m.caret, m.anchor), max(m.caret, m.anchor) }

func (m *editModel) replace(s string) {
	a, b := m.sel()
	m.text = m.text[:a] + s + m.text[b:]
	m.caret, m.anchor = a+len(s), a+len(s)
}

// TestNoteEditorRandomEdits applies many random edit sequences to the
// editor and to a plain string, comparing text, caret and selection after
// every step: typing (multi-byte runes too), Enter, Backspace, Delete, word
// deletes, arrows, Home/End, Ctrl+Home/End, Shift selections, Select All,
// copy, cut, paste, undo and redo, at a width that wraps. Moves whose
// target depends on the layout (Up, Down, Home, End) take the editor's
// caret, which must still be a valid place; every edit is then checked
// against the string.
func TestNoteEditorRandomEdits(t *testing.T) {
	test.NewTempApp(t)
	runes := []rune("abcdefghij klmnop  qrstuvwxyz.,;éü—“”😀\t")
	for seed := range randomSeeds {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		e, win := editorWindow(t, float32(180+rng.IntN(300)))
		m := &editModel{}
		if seed%3 == 0 {
			start := strings.Repeat("Start text of a note, long enough to wrap here and there.\n\n", 3) + "end"
			e.SetText(start)
			m.text = start
		}
		states := []string{e.Text}
		clip := &memClip{}
		for i := range 400 {
			step := i
			op := rng.IntN(24)
			name := ""
			switch {
			case op < 8:
				r := runes[rng.IntN(len(runes))]
				name = "type " + string(r)
				e.TypedRune(r)
				m.replace(string(r))
			case op == 8:
				name = "Enter"
				press(e, fyne.KeyReturn)
				m.replace("\n")
			case op == 9:
				name = "Backspace"
				press(e, fyne.KeyBackspace)
				if a, b := m.sel(); a != b {
					m.replace("")
				} else if m.caret > 0 {
					_, n := utf8.DecodeLastRuneInString(m.text[:m.caret])
					m.anchor = m.caret - n
					m.replace("")
				}
			case op == 10:
				name = "Delete"
				press(e, fyne.KeyDelete)
				if a, b := m.sel(); a != b {
					m.replace("")
				} else if m.caret < len(m.text) {
					_, n := utf8.DecodeRuneInString(m.text[m.caret:])
					m.anchor = m.caret + n
					m.replace("")
				}
			case op == 11 || op == 12:
				shift := rng.IntN(3) == 0
				name = "Left"
				f := func() { press(e, fyne.KeyLeft) }
				if op == 12 {
					name = "Right"
					f = func() { press(e, fyne.KeyRight) }
				}
				if shift {
					name = "Shift+" + name
					withShift(e, f)
				} else {
					f()
				}
				a, b := m.sel()
				switch {
				case !shift && a != b && op == 11:
					m.caret, m.anchor = a, a
				case !shift && a != b:
					m.caret, m.anchor = b, b
				case op == 11 && m.caret > 0:
					_, n := utf8.DecodeLastRuneInString(m.text[:m.caret])
					m.caret -= n
				case op == 12 && m.caret < len(m.text):
					_, n := utf8.DecodeRuneInString(m.text[m.caret:])
					m.caret += n
				}
				if !shift {
					m.anchor = m.caret
				}
			case op == 13:
				keys := []fyne.KeyName{fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageDown, fyne.KeyPageUp}
				k := keys[rng.IntN(len(keys))]
				shift := rng.IntN(3) == 0
				name = string(k)
				if shift {
					withShift(e, func() { press(e, k) })
				} else {
					press(e, k)
				}
				m.caret = e.byteOffset()
				if !shift {
					m.anchor = m.caret
				}
			case op == 14:
				end := rng.IntN(2) == 0
				shift := rng.IntN(2) == 0
				k := fyne.KeyHome
				if end {
					k = fyne.KeyEnd
				}
				mod := fyne.KeyModifierShortcutDefault
				if shift {
					mod |= fyne.KeyModifierShift
				}
				name = "Ctrl+" + string(k)
				ctrlKey(e, k, mod)
				m.caret = 0
				if end {
					m.caret = len(m.text)
				}
				if !shift {
					m.anchor = m.caret
				}
			case op == 15:
				name = "Select all"
				e.TypedShortcut(&fyne.ShortcutSelectAll{})
				m.anchor, m.caret = 0, len(m.text)
			case op == 16:
				name = "Copy"
				e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
				if a, b := m.sel(); a != b {
					m.clip = m.text[a:b]
				}
			case op == 17:
				name = "Cut"
				e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
				if a, b := m.sel(); a != b {
					m.clip = m.text[a:b]
					m.replace("")
				}
			case op == 18:
				name = "Paste"
				if rng.IntN(3) == 0 {
					clip.s = []string{"line one\nline two", "\n\n", "x\r\ny", "[[Kim]] ", "\n", strings.Repeat("abcdefghij", 8)}[rng.IntN(6)]
					m.clip = clip.s
				}
				e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
				if m.clip != "" {
					m.replace(m.clip)
				}
			case op == 19:
				name = "Ctrl+Backspace"
				ctrlKey(e, fyne.KeyBackspace, fyne.KeyModifierShortcutDefault)
				// The word's extent is the editor's: it must have removed
				// text just before the caret, and only that.
				if a, b := m.sel(); a != b {
					m.replace("")
				} else {
					got := e.byteOffset()
					if got > m.caret || m.text[:got]+m.text[m.caret:] != e.Text {
						t.Fatalf("seed %d step %d: Ctrl+Backspace at %d left %q from %q", seed, step, m.caret, e.Text, m.text)
					}
					m.text, m.caret, m.anchor = e.Text, got, got
				}
			case op == 20 || op == 21:
				name = "Undo"
				before := e.Text
				e.TypedShortcut(&fyne.ShortcutUndo{})
				if e.Text != before {
					found := false
					for _, s := range states {
						found = found || s == e.Text
					}
					if !found {
						t.Fatalf("seed %d step %d: undo gave %q, never a state of the note", seed, step, e.Text)
					}
					// Redo must give back exactly what undo took.
					e.TypedShortcut(&fyne.ShortcutRedo{})
					if e.Text != before {
						t.Fatalf("seed %d step %d: redo gave %q, want %q", seed, step, e.Text, before)
					}
					e.TypedShortcut(&fyne.ShortcutUndo{})
				}
				m.text, m.caret, m.anchor = e.Text, e.offsetOf(e.caret), e.offsetOf(e.anchor)
			case op == 22:
				name = "Word move"
				k := []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight}[rng.IntN(2)]
				ctrlKey(e, k, fyne.KeyModifierShortcutDefault)
				m.caret, m.anchor = e.byteOffset(), e.byteOffset()
			case op == 23:
				name = "Resize"
				win.Resize(fyne.NewSize(float32(150+rng.IntN(400)), 200+float32(rng.IntN(300))))
			}
			states = append(states, e.Text)
			checkEditor(t, e, name)
			if e.Text != m.text {
				t.Fatalf("seed %d step %d after %q: the note is %q, want %q", seed, step, name, e.Text, m.text)
			}
			if c, a := e.offsetOf(e.caret), e.offsetOf(e.anchor); c != m.caret || a != m.anchor {
				t.Fatalf("seed %d step %d after %q: caret %d anchor %d, want %d %d in %q", seed, step, name, c, a, m.caret, m.anchor, m.text)
			}
		}
		// Redo what is left to redo, then undo to the start and redo to
		// the end.
		for range 2000 {
			e.TypedShortcut(&fyne.ShortcutRedo{})
		}
		final := e.Text
		for range 2000 {
			e.TypedShortcut(&fyne.ShortcutUndo{})
		}
		if e.Text != states[0] {
			t.Fatalf("seed %d: undoing everything leaves %q, want %q", seed, tail(e.Text), tail(states[0]))
		}
		for range 2000 {
			e.TypedShortcut(&fyne.ShortcutRedo{})
		}
		if e.Text != final {
			t.Fatalf("seed %d: redoing everything gives %q, want %q", seed, tail(e.Text), tail(final))
		}
	}
}

// Up and Down keep the column across paragraphs and wrapped rows; Left and
// Right, Home and End cross line ends; Shift extends across paragraphs and
// copy, cut, paste and delete take the selected paragraphs whole.
func TestNoteEditorMovesAndSelectsAcrossParagraphs(t *testing.T) {
	test.NewTempApp(t)
	e, _ := editorWindow(t, 600)
	text := "First line\n\nFirm line here\nFourth"
	e.SetText(text)
	e.setCaretOffset(3) // Fir|st
	press(e, fyne.KeyDown)
	if got := e.byteOffset(); got != len("First line\n") {
		t.Fatalf("Down onto the blank line: caret %d", got)
	}
	press(e, fyne.KeyDown)
	if got := e.byteOffset(); got != len("First line\n\n")+3 {
		t.Fatalf("Down keeps the column: caret %d, want %d", got, len("First line\n\n")+3)
	}
	press(e, fyne.KeyEnd)
	press(e, fyne.KeyRight)
	if got := e.byteOffset(); got != strings.Index(text, "Fourth") {
		t.Fatalf("Right at a line's end: caret %d", got)
	}
	press(e, fyne.KeyLeft)
	press(e, fyne.KeyHome)
	if got := e.byteOffset(); got != strings.Index(text, "Firm") {
		t.Fatalf("Home: caret %d", got)
	}
	press(e, fyne.KeyUp)
	press(e, fyne.KeyUp)
	press(e, fyne.KeyUp) // past the first row: the note's start
	if e.byteOffset() != 0 {
		t.Fatalf("Up past the first row: caret %d", e.byteOffset())
	}

	// Shift+Down twice and Shift+End select from "st" to the end of
	// "Firm line here".
	e.setCaretOffset(3)
	withShift(e, func() {
		press(e, fyne.KeyDown)
		press(e, fyne.KeyDown)
		press(e, fyne.KeyEnd)
	})
	want := "st line\n\nFirm line here"
	if got := e.SelectedText(); got != want {
		t.Fatalf("selected %q, want %q", got, want)
	}
	clip := &memClip{}
	e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if clip.s != want || e.Text != text {
		t.Fatalf("copy gave %q and left %q", clip.s, e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
	if e.Text != "Fir\nFourth" || clip.s != want {
		t.Fatalf("cut left %q", e.Text)
	}
	ctrlKey(e, fyne.KeyEnd, fyne.KeyModifierShortcutDefault)
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if e.Text != "Fir\nFourth"+want {
		t.Fatalf("paste at the end gave %q", e.Text)
	}
	// Select all and type replaces everything; undo brings it back.
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	if e.SelectedText() != e.Text {
		t.Fatal("select all does not select the note")
	}
	e.TypedRune('Z')
	if e.Text != "Z" {
		t.Fatalf("typing over select all gave %q", e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text != "Fir\nFourth"+want || e.SelectedText() != e.Text {
		t.Fatalf("undo after typing over everything gave %q selected %q", e.Text, e.SelectedText())
	}
	press(e, fyne.KeyDelete)
	if e.Text != "" {
		t.Fatalf("Delete over select all left %q", e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text != "Fir\nFourth"+want {
		t.Fatalf("undo of the delete gave %q", e.Text)
	}
}

// The mouse puts the caret where it is pressed, Shift+click and dragging
// select across paragraphs, and a double click selects a word.
func TestNoteEditorMouse(t *testing.T) {
	test.NewTempApp(t)
	e, _ := editorWindow(t, 600)
	e.SetText("Alpha beta\ngamma delta\nepsilon")
	m := e.m
	at := func(line int, x float32) fyne.Position {
		return fyne.NewPos(m.pad+x, m.pad+float32(line)*m.lineH+m.lineH/2)
	}
	down := func(p fyne.Position, mod fyne.KeyModifier) {
		e.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonPrimary, Modifier: mod})
		e.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}, Button: desktop.MouseButtonPrimary})
	}
	down(at(1, 0), 0)
	if e.byteOffset() != len("Alpha beta\n") {
		t.Fatalf("click at the start of line 2: caret %d", e.byteOffset())
	}
	down(at(1, 1000), 0)
	if e.byteOffset() != len("Alpha beta\ngamma delta") {
		t.Fatalf("click past the end of line 2: caret %d", e.byteOffset())
	}
	down(at(0, e.prefixWidth("Alpha")), fyne.KeyModifierShift)
	if e.SelectedText() != " beta\ngamma delta" {
		t.Fatalf("Shift+click selected %q", e.SelectedText())
	}
	down(at(2, 1000), 0)
	e.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at(0, 0)}})
	e.DragEnd()
	if e.SelectedText() != e.Text {
		t.Fatalf("dragging from the end to the start selected %q", e.SelectedText())
	}
	e.DoubleTapped(&fyne.PointEvent{Position: at(1, e.prefixWidth("gamma de"))})
	if e.SelectedText() != "delta" {
		t.Fatalf("double click selected %q", e.SelectedText())
	}
	down(at(1, 3), 0) // the third click of a triple click
	if e.SelectedText() != "gamma delta" {
		t.Fatalf("triple click selected %q", e.SelectedText())
	}
	down(at(1, 3), 0)
	if e.hasSelection() {
		t.Fatalf("a click after a triple click keeps %q selected", e.SelectedText())
	}
}

// Only the rows in view are drawn, and they are the note's rows in order:
// a 20,000-word note in a 300-pixel editor draws a few dozen texts.
func TestNoteEditorDrawsOnlyRowsInView(t *testing.T) {
	test.NewTempApp(t)
	e, _ := editorWindow(t, 500)
	body := longNote(20000)
	e.SetText(body)
	e.setCaretOffset(len(body) / 2)
	r := test.WidgetRenderer(e).(*noteEditorRenderer)
	inView := int(e.Size().Height/e.m.lineH) + 2
	if len(r.texts) > inView {
		t.Fatalf("%d text objects for %d rows in view", len(r.texts), inView)
	}
	var shown []string
	for _, tx := range r.texts {
		if tx.Visible() {
			shown = append(shown, tx.Text)
		}
	}
	if len(shown) < inView-3 {
		t.Fatalf("only %d rows drawn", len(shown))
	}
	// The drawn rows, joined, are a run of the note's text (rows of a
	// line join without a break; lines with one).
	g0 := int((e.offsetY - e.m.pad) / e.m.lineH)
	var b strings.Builder
	line, row := e.rowAt(max(g0, 0))
	for i := range shown {
		l := &e.lines[line]
		s, en := l.rowSpan(row)
		if shown[i] != l.text[s:en] {
			t.Fatalf("row %d drawn as %q, the text has %q", i, shown[i], l.text[s:en])
		}
		b.WriteString(shown[i])
		if row++; row >= l.rowCount() {
			line, row = line+1, 0
			b.WriteByte('\n')
		}
	}
	if !strings.Contains(body, strings.TrimSuffix(b.String(), "\n")) {
		t.Fatal("the drawn rows are not a run of the note")
	}
	// The caret is in view.
	if p := e.CursorPosition(); p.Y < 0 || p.Y+e.m.lineH > e.Size().Height {
		t.Fatalf("the caret is drawn at %v, outside the editor (%v)", p, e.Size())
	}
}

// What is saved is byte for byte what was typed and pasted: blank lines,
// tabs, a trailing newline, Windows line ends from a paste, and a note
// opened with Windows line ends keeps them.
func TestNoteSavedTextIsWhatWasTyped(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	typeOn(c, "Heading")
	keyOn(c, fyne.KeyReturn)
	keyOn(c, fyne.KeyReturn)
	typeOn(c, "\tindented — “quoted”")
	keyOn(c, fyne.KeyReturn)
	c.Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{Clipboard: textClip("pasted\r\nwindows\r\n")})
	keyOn(c, fyne.KeyReturn)
	want := "Heading\n\n\tindented — “quoted”\npasted\r\nwindows\r\n\n"
	if n.editor.Text != want {
		t.Fatalf("typed %q", n.editor.Text)
	}
	n.save()
	got, err := h.lib.Note(n.note.ID)
	if err != nil || got.Body != want {
		t.Fatalf("saved %q (%v), want %q", got.Body, err, want)
	}

	crlf := "one\r\ntwo\r\n\r\nthree"
	id := n.note.ID
	if _, err := h.lib.UpdateNote(context.Background(), id, appNoteBody(crlf)); err != nil {
		t.Fatal(err)
	}
	h.w.closeCurrent()
	n = h.w.open("note:" + id).(*noteView)
	c.Focus(n.editor)
	keyOn(c, fyne.KeyEnd) // end of "one", before its "\r"? the caret is where the text is
	typeOn(c, "!")
	keyOn(c, fyne.KeyBackspace)
	n.save()
	if got, _ := h.lib.Note(id); got.Body != crlf {
		t.Fatalf("a note with Windows line ends saved as %q", got.Body)
	}
}

func appNoteBody(s string) app.NoteEdit { return app.NoteEdit{Body: &s} }

// A notch of the wheel scrolls three rows, as in the reader; the caret
// stays where it was.
func TestNoteEditorWheelScrollsThreeRows(t *testing.T) {
	test.NewTempApp(t)
	e, _ := editorWindow(t, 400)
	e.SetText(longNote(2000))
	caret := e.byteOffset()
	e.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -wheelNotch)})
	if got, want := e.offsetY, 3*e.m.lineH; got != want {
		t.Fatalf("a notch scrolled %v, want %v", got, want)
	}
	if e.byteOffset() != caret {
		t.Fatal("the wheel moved the caret")
	}
	e.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, 10*wheelNotch)})
	if e.offsetY != 0 {
		t.Fatalf("scrolling up past the top left the view at %v", e.offsetY)
	}
}

// Through the note view as the desktop driver delivers keys: typing across
// paragraphs, Backspace joining them, a multi-line paste, Ctrl+Z and
// Ctrl+Shift+Z; what the library stores is exactly the text typed.
func TestNoteViewTypingIsSavedExactly(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	sc := func(s fyne.Shortcut) { c.Focused().(fyne.Shortcutable).TypedShortcut(s) }
	long := strings.Repeat("The ministry briefed reporters on the channel again. ", 6)
	typeOn(c, long)
	keyOn(c, fyne.KeyReturn)
	keyOn(c, fyne.KeyReturn)
	typeOn(c, "Second paragraph.")
	// Home twice (wrapped rows) and up: the caret goes to the blank line,
	// then Backspace joins the blank line to the first paragraph.
	sc(&desktop.CustomShortcut{KeyName: fyne.KeyHome, Modifier: fyne.KeyModifierShortcutDefault})
	for range 20 {
		keyOn(c, fyne.KeyDown)
	}
	keyOn(c, fyne.KeyHome)
	keyOn(c, fyne.KeyBackspace)
	want := long + "\nSecond paragraph."
	if n.editor.Text != want {
		t.Fatalf("after the join the note ends %q", tail(n.editor.Text))
	}
	sc(&fyne.ShortcutPaste{Clipboard: textClip("Pasted one.\nPasted two.\n")})
	want = long + "\nPasted one.\nPasted two.\nSecond paragraph."
	if n.editor.Text != want {
		t.Fatalf("after the paste the note ends %q", tail(n.editor.Text))
	}
	typeOn(c, "Typed")
	sc(&fyne.ShortcutUndo{})
	sc(&fyne.ShortcutUndo{})
	if n.editor.Text != long+"\nSecond paragraph." {
		t.Fatalf("two undos left %q", tail(n.editor.Text))
	}
	sc(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	sc(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	want = long + "\nPasted one.\nPasted two.\nTypedSecond paragraph."
	if n.editor.Text != want {
		t.Fatalf("two redos left %q", tail(n.editor.Text))
	}
	if c.Focused() != n.editor {
		t.Fatalf("the focus is on %T", c.Focused())
	}
	n.save()
	got, err := h.lib.Note(n.note.ID)
	if err != nil || got.Body != want {
		t.Fatalf("saved %q (%v), want %q", tail(got.Body), err, tail(want))
	}
}

// A very long word (a pasted URL or blob) is broken into rows that fit, a
// rune at a time where needed, and typing in it keeps no long words in the
// width cache.
func TestNoteEditorWrapsALongWord(t *testing.T) {
	test.NewTempApp(t)
	e, _ := editorWindow(t, 300)
	word := strings.Repeat("abcdéfghij", 2000)
	e.SetText("before " + word + " after")
	e.setCaretOffset(len("before ") + len(word)/2)
	for _, r := range "xyz" {
		e.TypedRune(r)
	}
	checkEditor(t, e, "long word")
	l := &e.lines[0]
	w := e.wrapWidth()
	for r := range l.rowCount() {
		s, en := l.rowSpan(r)
		row := strings.TrimRight(l.text[s:en], " ")
		if got := e.prefixWidth(row); got > w+0.5 || row == "" {
			t.Fatalf("row %d %q is %v wide, the editor %v", r, row, got, w)
		}
		// A row inside the word is full: the next rune would not fit.
		if r > 0 && r < l.rowCount()-2 {
			_, n := utf8.DecodeRuneInString(l.text[en:])
			if e.prefixWidth(l.text[s:en+n]) <= w {
				t.Fatalf("row %d %q could take another rune", r, row)
			}
		}
	}
	if l.rowCount() < 100 {
		t.Fatalf("a %d-byte word in %d rows", len(word), l.rowCount())
	}
	for k := range e.widths {
		if len(k) > maxCachedWord {
			t.Fatalf("the width cache keeps a %d-byte word", len(k))
		}
	}
}

// With the preview hidden (editor only), typing does not render it; it is
// rendered, with what was typed, when it is shown again.
func TestNoteHiddenPreviewWaits(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	typeOn(c, "Seen")
	if !strings.Contains(test.RenderObjectToMarkup(n.preview), "Seen") {
		t.Fatal("the preview does not follow typing")
	}
	n.togglePreview() // editor only
	typeOn(c, " and hidden")
	if !n.previewDirty || strings.Contains(test.RenderObjectToMarkup(n.preview), "hidden") {
		t.Fatal("the hidden preview was rendered while typing")
	}
	n.togglePreview() // preview only
	if n.previewDirty || !strings.Contains(test.RenderObjectToMarkup(n.preview), "Seen and hidden") {
		t.Fatal("showing the preview again does not render what was typed")
	}
	n.togglePreview() // side by side
	c.Focus(n.editor) // the editor was not shown
	typeOn(c, "!")
	if md := test.RenderObjectToMarkup(n.preview); !strings.Contains(md, ">!<") {
		t.Fatalf("the preview stopped following typing: %s", md)
	}
}

// Shortening a long word that was broken over rows lets the row before it
// take it again: re-wrapping after the edit gives the rows a full wrap
// gives (checkEditor compares them).
func TestNoteEditorRewrapsAShortenedLongWord(t *testing.T) {
	test.NewTempApp(t)
	word := strings.Repeat("abcdefghij", 12)
	for _, lead := range []string{"i ", "a b ", "hello "} {
		for width := float32(200); width < 320; width += 7 {
			e, _ := editorWindow(t, width)
			e.SetText(lead + word + " after")
			l := &e.lines[0]
			e.layoutRows()
			if l.rowCount() < 4 {
				t.Fatalf("the long word takes %d rows", l.rowCount())
			}
			// Delete from the start of the word's second row to its end:
			// what is left fits a row, and may fit after the lead.
			first := sort.SearchInts(l.rows, len(lead)) // the word's first row
			e.anchor = textPos{0, l.rows[first+1]}
			e.moveTo(textPos{0, len(lead) + len(word)}, true, false)
			press(e, fyne.KeyDelete)
			checkEditor(t, e, fmt.Sprintf("%q at %v after shortening the word", lead, width))
		}
	}
	e, _ := editorWindow(t, 300)
	// And typing in the middle of a long word keeps the rows a full wrap
	// gives, row by row.
	e.SetText("hello " + word + word + " after")
	for i := range 30 {
		e.setCaretOffset(len("hello ") + 7*i)
		e.TypedRune('x')
		checkEditor(t, e, "typing in a long word")
		if i%3 == 0 {
			press(e, fyne.KeyBackspace)
			press(e, fyne.KeyBackspace)
			checkEditor(t, e, "deleting in a long word")
		}
	}
}

// randomSeeds is how many random edit sequences TestNoteEditorRandomEdits
// runs.
var randomSeeds = 40
