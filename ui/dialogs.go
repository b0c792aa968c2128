package ui

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// readerKeys are the single keys of the reader and the review table, for
// the cheat sheet.
var readerKeys = [][2]string{
	{"H", "Highlight the selection"},
	{"Q", "Mark the selection as a quote (pick the speaker)"},
	{"N", "Add a note to the selection"},
	{"T", "Tag the selection"},
	{"Shift+arrows", "Select text from the keyboard"},
	{"Double-click", "Select a word"},
	{"Ctrl+C / Ctrl+A", "Copy the selection / select all"},
	{"Enter (review)", "Confirm the quote"},
	{"Backspace (review)", "Reject the quote"},
	{"S (review)", "Change the speaker"},
	{"O (review)", "Open the quote in its article"},
	{"Up / Down (review)", "Previous / next quote"},
	{"Enter / Shift+Enter (find)", "Next / previous match"},
	{"Escape", "Clear the selection, close the find bar"},
}

// showCheatSheet lists every shortcut (F1).
func (w *mainWindow) showCheatSheet() {
	sc := w.shortcuts()
	names := make([]string, 0, len(sc))
	for n := range sc {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return sc[names[i]].label < sc[names[j]].label })
	grid := container.NewGridWithColumns(2)
	add := func(k, v string) {
		grid.Add(widget.NewLabelWithStyle(k, fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}))
		grid.Add(widget.NewLabel(v))
	}
	for _, n := range names {
		add(sc[n].keys, sc[n].label)
	}
	add("F1", "This cheat sheet")
	for _, k := range readerKeys {
		add(k[0], k[1])
	}
	d := dialog.NewCustom("Keyboard shortcuts", "Close", container.NewVScroll(grid), w.win)
	d.Resize(fyne.NewSize(640, 620))
	d.Show()
}

// showSearchHelp shows the search syntax.
func (w *mainWindow) showSearchHelp() {
	t := widget.NewLabel(app.SearchHelp)
	t.Wrapping = fyne.TextWrapWord
	t.TextStyle.Monospace = true
	d := dialog.NewCustom("Search syntax", "Close", container.NewVScroll(t), w.win)
	d.Resize(fyne.NewSize(700, 560))
	d.Show()
}

func (w *mainWindow) showAbout() {
	dialog.ShowInformation("About Dossier",
		fmt.Sprintf("Dossier %s\nA reader and wiki for analysts: articles, highlights, quotes and notes,\nkept on your own machine.\n\nLibrary: %s", w.cfg.Version, w.libDir), w.win)
}

// showPreferences edits the theme, reading text size and library location.
func (w *mainWindow) showPreferences() {
	modes := []string{"Follow the system", "Light", "Dark"}
	modeKeys := []string{themeSystem, themeLight, themeDark}
	th := widget.NewRadioGroup(modes, nil)
	for i, k := range modeKeys {
		if k == w.st.themeMode() {
			th.SetSelected(modes[i])
		}
	}
	th.OnChanged = func(s string) {
		for i, m := range modes {
			if m == s {
				w.setTheme(modeKeys[i])
			}
		}
	}
	sizeLabel := widget.NewLabel(fmt.Sprintf("%.0f", w.textSize))
	size := widget.NewSlider(minTextSize, maxTextSize)
	size.Step = 1
	size.SetValue(float64(w.textSize))
	size.OnChanged = func(v float64) {
		sizeLabel.SetText(fmt.Sprintf("%.0f", v))
		w.setTextSize(float32(v))
	}
	loc := widget.NewLabel(w.libDir)
	loc.Wrapping = fyne.TextWrapBreak
	change := widget.NewButton("Open another library…", w.chooseLibrary)
	form := widget.NewForm(
		widget.NewFormItem("Theme", th),
		widget.NewFormItem("Reading text size", container.NewBorder(nil, nil, nil, sizeLabel, size)),
		widget.NewFormItem("Library location", container.NewVBox(loc, change)),
	)
	d := dialog.NewCustom("Preferences", "Close", form, w.win)
	d.Resize(fyne.NewSize(560, 360))
	d.Show()
}
