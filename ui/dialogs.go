package ui

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// viewKeys are the keys of each view, for the cheat sheet (F1); the
// window-wide shortcuts come from mainWindow.shortcuts.
var viewKeys = []struct {
	view string
	keys [][2]string
}{
	{"Everywhere", [][2]string{
		{"Ctrl+Z", "Undo your last highlight, note, tag, verdict, speaker change or merge"},
		{"Ctrl+Shift+Z or Ctrl+Y", "Redo"},
		{"F1", "This cheat sheet"},
		{"Escape", "Back to the page from a side panel"},
	}},
	{"Dialogs", [][2]string{
		{"Enter", "The dialog's main action (Save, Create, Export…)"},
		{"Escape", "Cancel; the keys go back where they were"},
		{"↑ ↓ then Enter", "Pick a listed speaker or tag"},
		{"Shift+Enter", "New line in a note"},
	}},
	{"Reader", [][2]string{
		{"H", "Highlight the selection"},
		{"Q", "Mark the selection as a quote (pick the speaker)"},
		{"N", "Add a note to the selection, or to the highlight just made"},
		{"T", "Tag the selection, or the highlight just made"},
		{"Shift+arrows", "Select text from the keyboard"},
		{"Double-click", "Select a word"},
		{"Ctrl+C / Ctrl+A", "Copy the selection / select all"},
		{"Escape", "Clear the selection, then close the find bar"},
	}},
	{"Sidebar (Ctrl+1…4, Ctrl+L)", [][2]string{
		{"Type", "Narrow the list"},
		{"Enter", "Open the first match"},
		{"↓ then Space", "Move into the list and open a row"},
		{"Escape", "Back to the page"},
	}},
	{"Find bar (Ctrl+F)", [][2]string{
		{"Enter / Shift+Enter", "Next / previous match"},
		{"Escape", "Close the find bar"},
	}},
	{"Note preview", [][2]string{
		{"Ctrl+Shift+L", "Next link or embed in the preview (from the editor too)"},
		{"Tab / Shift+Tab", "Next / previous link"},
		{"Enter or Space", "Open the page, or the embedded quote at its place in the article"},
		{"Escape", "Back to the editor"},
		{"Ctrl+Enter", "In the editor: follow the [[link]] the caret is in"},
	}},
	{"Person page", [][2]string{
		{"Ctrl+S", "Save the page's text (leaving the field or closing the tab saves it too)"},
		{"Tab", "From the text on to Save page"},
	}},
	{"Quote review (Ctrl+R)", [][2]string{
		{"↑ / ↓", "Previous / next quote"},
		{"Enter", "Confirm the quote"},
		{"Backspace", "Reject the quote"},
		{"S", "Change the speaker"},
		{"O", "Open the quote in its article"},
		{"Ctrl+Z", "Undo a confirm, reject or speaker change"},
		{"P", "Open the speaker's page"},
	}},
}

// showCheatSheet lists every shortcut (F1), grouped by view.
func (w *mainWindow) showCheatSheet() {
	sc := w.shortcuts()
	names := make([]string, 0, len(sc))
	for n := range sc {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return sc[names[i]].label < sc[names[j]].label })
	box := container.NewVBox()
	group := func(title string, rows [][2]string) {
		box.Add(heading(title))
		grid := container.New(layout.NewFormLayout())
		for _, r := range rows {
			grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}))
			grid.Add(widget.NewLabel(r[1]))
		}
		box.Add(grid)
	}
	var window [][2]string
	for _, n := range names {
		window = append(window, [2]string{sc[n].keys, sc[n].label})
	}
	for _, g := range viewKeys {
		group(g.view, g.keys)
	}
	group("Window (menus)", window)
	w.newDialogKeys().info("Keyboard shortcuts", container.NewVScroll(box), fyne.NewSize(680, 620))
}

// showSearchHelp shows the search syntax.
func (w *mainWindow) showSearchHelp() {
	t := widget.NewLabel(app.SearchHelp)
	t.Wrapping = fyne.TextWrapWord
	t.TextStyle.Monospace = true
	w.newDialogKeys().info("Search syntax", container.NewVScroll(t), fyne.NewSize(700, 560))
}

func (w *mainWindow) showAbout() {
	w.showInfo("About Dossier",
		fmt.Sprintf("Dossier %s\nA reader and wiki for analysts: articles, highlights, quotes and notes,\nkept on your own machine.\n\nLibrary: %s", w.cfg.Version, w.libDir))
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
	w.newDialogKeys().info("Preferences", form, fyne.NewSize(560, 360))
}
