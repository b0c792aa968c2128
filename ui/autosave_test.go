package ui

import (
	"testing"
	"time"
)

// Typing that never pauses is still saved within autosaveMaxWait of its
// first unsaved keystroke, so a kill costs at most about a second of typing.
func TestAutosaveAfterBoundsTheLoss(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		elapsed, want time.Duration
	}{
		{0, autosaveDelay},
		{200 * time.Millisecond, autosaveDelay},
		{500 * time.Millisecond, autosaveMaxWait - 500*time.Millisecond},
		{autosaveMaxWait, 0},
		{5 * time.Second, 0},
	} {
		if got := autosaveAfter(t0, t0.Add(tc.elapsed)); got != tc.want {
			t.Errorf("%v after the first keystroke: wait %v, want %v", tc.elapsed, got, tc.want)
		}
		if saveAt := tc.elapsed + autosaveAfter(t0, t0.Add(tc.elapsed)); saveAt > max(autosaveMaxWait, tc.elapsed) {
			t.Errorf("%v: save at %v, after the bound", tc.elapsed, saveAt)
		}
	}
}

// An autosave runs off the UI goroutine, so a save taken after it (Ctrl+S,
// the tab closing, the next autosave) may finish first. The older one must
// then write nothing, and the note must not be left marked unsaved.
func TestAutosaveNeverWritesOverNewerText(t *testing.T) {
	h := newUIHarness(t, true)
	n, c := newTestNote(t, h)
	typeOn(c, "first words")
	older := n.saveNow()
	typeOn(c, ", then more")
	newer := n.saveNow()
	n.saved(newer())
	n.saved(older())
	got, err := h.lib.Note(n.note.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Body != "first words, then more" {
		t.Fatalf("the store holds %q after a late older save", got.Body)
	}
	if n.dirty {
		t.Error("the note is marked unsaved after both saves")
	}
	typeOn(c, ".")
	n.autosave()
	if got, _ := h.lib.Note(n.note.ID); got.Body != "first words, then more." || n.dirty {
		t.Fatalf("autosave: store %q, unsaved %v", got.Body, n.dirty)
	}
}
