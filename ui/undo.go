package ui

import (
	"errors"
	"fmt"
	"strings"

	"dossier/app"
)

// undoStack holds the analyst's own actions (highlights, notes, tags,
// verdicts, speaker changes, merges and splits) for Ctrl+Z and
// Ctrl+Shift+Z. It belongs to the window, not a view, so an action done in
// the review table can be undone from the reader. Each entry keeps the
// records the action touched as they were before and after it; undoing and
// redoing go through app.Library.Restore, which refuses when the records
// changed since in some other way.
type undoStack struct {
	done, undone []undoEntry
}

type undoEntry struct {
	label         string // "Highlight", "Reject quote"...
	before, after *app.Snapshot
}

// maxUndo is how many actions the stack keeps.
const maxUndo = 100

// track runs an action of the analyst's and puts it on the undo stack.
// refs names the records the action will change; the action returns those
// it created (a new highlight, a new person). An action that fails leaves
// the stack as it was.
func (w *mainWindow) track(label string, refs app.SnapshotRefs, action func() (app.SnapshotRefs, error)) error {
	before, err := w.lib.Snapshot(refs)
	if err != nil {
		return err
	}
	created, err := action()
	if err != nil {
		return err
	}
	after, err := w.lib.Snapshot(refs.Union(created))
	if err != nil {
		return err
	}
	s := &w.undo
	s.done = append(s.done, undoEntry{label: label, before: before, after: after})
	if len(s.done) > maxUndo {
		s.done = s.done[len(s.done)-maxUndo:]
	}
	s.undone = nil
	return nil
}

// undoLast undoes the last action; it returns what it did for the status.
func (w *mainWindow) undoLast() (string, error) {
	s := &w.undo
	if len(s.done) == 0 {
		return "", errors.New("nothing to undo")
	}
	e := s.done[len(s.done)-1]
	if err := w.lib.Restore(w.ctx, e.after, e.before); err != nil {
		if errors.Is(err, app.ErrChangedSince) {
			// It cannot be undone any more; drop it so the rest can.
			s.done = s.done[:len(s.done)-1]
		}
		return "", fmt.Errorf("cannot undo %s: %w", e.label, err)
	}
	s.done = s.done[:len(s.done)-1]
	s.undone = append(s.undone, e)
	return "Undone: " + e.label, nil
}

// redoLast redoes the last undone action.
func (w *mainWindow) redoLast() (string, error) {
	s := &w.undo
	if len(s.undone) == 0 {
		return "", errors.New("nothing to redo")
	}
	e := s.undone[len(s.undone)-1]
	if err := w.lib.Restore(w.ctx, e.before, e.after); err != nil {
		if errors.Is(err, app.ErrChangedSince) {
			s.undone = s.undone[:len(s.undone)-1]
		}
		return "", fmt.Errorf("cannot redo %s: %w", e.label, err)
	}
	s.undone = s.undone[:len(s.undone)-1]
	s.done = append(s.done, e)
	return "Redone: " + e.label, nil
}

// undoAction is Ctrl+Z: undo, refresh every view, and say what happened.
func (w *mainWindow) undoAction() { w.undoRedo(w.undoLast) }

// redoAction is Ctrl+Shift+Z (or Ctrl+Y).
func (w *mainWindow) redoAction() { w.undoRedo(w.redoLast) }

func (w *mainWindow) undoRedo(fn func() (string, error)) {
	if w.lib == nil {
		return
	}
	msg, err := fn()
	if err != nil {
		w.flash(err.Error())
		return
	}
	w.changed()
	w.refreshInspector()
	w.flash(msg)
}

// flash says something short in the current page's status line, or in a
// dialog when the page has none.
func (w *mainWindow) flash(msg string) {
	if s, ok := w.current().(interface{ setStatus(string) }); ok {
		s.setStatus(msg)
		return
	}
	w.showInfo("Dossier", msg)
}

// refreshInspector re-reads what the inspector shows after an undo: the
// record may have changed or be gone.
func (w *mainWindow) refreshInspector() {
	in := w.inspect
	if id, ok := strings.CutPrefix(in.what, "annotation:"); ok {
		if a, err := w.lib.Annotation(id); err == nil {
			in.showAnnotation(a)
		} else {
			in.clear()
		}
		return
	}
	if id, ok := strings.CutPrefix(in.what, "quote:"); ok {
		if q, err := w.lib.Quote(id); err == nil {
			in.showQuote(q)
		} else {
			in.clear()
		}
		return
	}
	if p := w.current(); p != nil {
		w.pageSelected(p)
	}
}
