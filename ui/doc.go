// Package ui is Dossier's desktop app, built with Fyne: a sidebar over the
// library, tabs for open pages (articles in a custom reader widget, notes,
// people, tags, quote review, search) and an inspector for the selection.
//
// It is the only package that imports Fyne. It talks to the library only
// through app.Library; long work runs on goroutines and touches widgets
// through fyne.Do. One file per view, one file per custom widget.
package ui
