package ui

import (
	"strconv"
	"testing"
)

// BenchmarkNotePreview renders the preview of a 20,000-word note with a
// [[link]] in every paragraph (so every paragraph is a flowText) and lays
// it out at the window's width: what runs on the UI goroutine once typing
// pauses. Nothing is kept from the round before (no measured words, no
// blocks), as at the first render of a note.
func BenchmarkNotePreview(b *testing.B) {
	h := newUIHarness(&testing.T{}, true)
	n := h.w.createNote("Long note")
	n.editor.SetText(longNote(20000))
	b.ResetTimer()
	for b.Loop() {
		n.widths = newTextWidths()
		n.previewBlocks = nil
		n.renderPreview()
	}
}

// BenchmarkNotePreviewAgain is the same render after a keystroke: the
// words are measured and the blocks of the last render are kept.
func BenchmarkNotePreviewAgain(b *testing.B) {
	h := newUIHarness(&testing.T{}, true)
	n := h.w.createNote("Long note")
	n.editor.SetText(longNote(20000))
	n.renderPreview()
	body := n.editor.Text
	b.ResetTimer()
	i := 0
	for b.Loop() {
		// One paragraph changes, as after a keystroke in it.
		i++
		n.editor.Text = body + strconv.Itoa(i)
		n.renderPreview()
	}
}
