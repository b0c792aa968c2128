package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestNoteEditorKeepsTypingOrderAtWrappedRows types prose into the note
// editor at many widths, so that spaces fall at the ends of wrapped rows,
// with Enter, Backspace and Delete among the keys: the text must be
// exactly what was typed, in order. Fyne 2.7.1 put the caret before a
// space that overflowed its row, and the next keys went in before it.
func TestNoteEditorKeepsTypingOrderAtWrappedRows(t *testing.T) {
	test.NewTempApp(t)
	para := strings.Repeat("The ministry briefed reporters on the channel again. ", 5)
	for w := float32(300); w < 640; w += 3 {
		e := newNoteEditor()
		win := test.NewWindow(e)
		win.Resize(fyne.NewSize(w, 400))
		win.Canvas().Focus(e)
		want := ""
		for i, r := range para {
			e.TypedRune(r)
			want += string(r)
			if i%37 == 36 { // now and then a mistake, taken back
				e.TypedRune('x')
				e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
			}
			if i%53 == 52 { // and a word pasted
				e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: textClip("[[Kim]]")})
				want += "[[Kim]]"
			}
			if e.Text != want {
				t.Fatalf("width %v: after %q the note ends %q", w, want[max(0, len(want)-12):], e.Text[max(0, len(e.Text)-14):])
			}
		}
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		want += "\n"
		for _, r := range "Next line." {
			e.TypedRune(r)
			want += string(r)
		}
		if e.Text != want {
			t.Fatalf("width %v: after Enter the note ends %q", w, e.Text[max(0, len(e.Text)-24):])
		}
		win.Close()
	}
}
