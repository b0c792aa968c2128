package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keyList is a widget.List that hands typed keys and runes to its owner
// first, so a view can give single keys a meaning (Enter confirms a quote,
// Backspace rejects it) while the list keeps its own focus handling.
type keyList struct {
	widget.List
	// onKey returns true when it handled the key.
	onKey  func(*fyne.KeyEvent) bool
	onRune func(rune)
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey offers the key to the owner, then to the list.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if l.onKey != nil && l.onKey(ev) {
		return
	}
	l.List.TypedKey(ev)
}

// TypedRune offers the rune to the owner.
func (l *keyList) TypedRune(r rune) {
	if l.onRune != nil {
		l.onRune(r)
	}
}
