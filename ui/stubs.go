package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

type simpleView struct {
	k, t string
	obj  fyne.CanvasObject
}

func (s *simpleView) key() string               { return s.k }
func (s *simpleView) title() string             { return s.t }
func (s *simpleView) object() fyne.CanvasObject { return s.obj }
func (s *simpleView) reload()                   {}
func (s *simpleView) focus()                    {}

type noteView struct{ simpleView }

func (n *noteView) togglePreview() {}

type searchView struct{ simpleView }

func newNoteView(w *mainWindow, id string) (page, error) {
	return &noteView{simpleView{"note:" + id, "Note", widget.NewLabel("todo")}}, nil
}
func newPersonView(w *mainWindow, id string) (page, error) {
	return &simpleView{"person:" + id, "Person", widget.NewLabel("todo")}, nil
}
func newTagView(w *mainWindow, id string) (page, error) {
	return &simpleView{"tag:" + id, "Tag", widget.NewLabel("todo")}, nil
}
func newReviewView(w *mainWindow) page {
	return &simpleView{"review", "Review", widget.NewLabel("todo")}
}
func newSearchView(w *mainWindow) page {
	return &searchView{simpleView{"search", "Search", widget.NewLabel("todo")}}
}
func newOrphansView(w *mainWindow) page {
	return &simpleView{"orphans", "Orphans", widget.NewLabel("todo")}
}
func (w *mainWindow) newNote() {}
