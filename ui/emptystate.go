package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// emptyState is what the centre shows with no tab open: on an empty
// library, how to get articles in; otherwise how to start.
type emptyState struct {
	widget.BaseWidget
	w       *mainWindow
	title   *widget.Label
	body    *widget.Label
	sample  *widget.Button
	content *fyne.Container
}

func (w *mainWindow) newEmptyState() *emptyState {
	e := &emptyState{w: w}
	e.ExtendBaseWidget(e)
	e.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	e.body = widget.NewLabel("")
	e.body.Wrapping = fyne.TextWrapWord
	e.body.Alignment = fyne.TextAlignCenter
	e.sample = widget.NewButtonWithIcon("Load the sample library", theme.HomeIcon(), w.loadSample)
	e.sample.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon("Import files…", theme.FolderOpenIcon(), w.importFiles)
	folder := widget.NewButtonWithIcon("Import a folder…", theme.FolderIcon(), w.importFolder)
	paste := widget.NewButtonWithIcon("Paste an article", theme.ContentPasteIcon(), w.pasteArticle)
	keys := widget.NewButtonWithIcon("Keyboard shortcuts (F1)", theme.HelpIcon(), w.showCheatSheet)
	buttons := container.NewGridWithColumns(1, e.sample, imp, folder, paste, keys)
	card := container.NewVBox(e.title, e.body, container.NewCenter(buttons))
	e.content = container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 420), card))
	e.update()
	return e
}

// update fits the text to the library: empty or not.
func (e *emptyState) update() {
	empty := e.w.side == nil || e.w.side.counts[secArticles]+e.w.side.counts[secNotes] == 0
	if empty {
		e.title.SetText("Your library is empty")
		e.body.SetText("Bring in articles to read, highlight and quote: import .txt, .md, .html, .pdf, .docx or .epub files " +
			"(or drop them on this window), paste an article, or start with the sample library to see how Dossier works.")
		e.sample.Show()
	} else {
		e.title.SetText("Open something to read")
		e.body.SetText("Pick an article, note or person in the sidebar. Ctrl+K searches the whole library, " +
			"Ctrl+R opens the quote review, Ctrl+N starts a note.")
		e.sample.Hide()
	}
}

// CreateRenderer is part of fyne.Widget.
func (e *emptyState) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(e.content)
}
