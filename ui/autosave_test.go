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
