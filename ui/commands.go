package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// command is a menu item by its path through the menus.
type command struct {
	name string // "File › Sync Settings… · Ctrl+Shift+S"
	run  func()
}

// menuCommands lists every item of the menus, child menus included, with
// the keys of those that have a shortcut.
func (w *mainWindow) menuCommands(m *fyne.MainMenu) []command {
	keys := map[string]string{}
	for _, s := range w.shortcuts() {
		keys[s.label] = s.keys
	}
	var out []command
	var walk func(path string, items []*fyne.MenuItem)
	walk = func(path string, items []*fyne.MenuItem) {
		for _, it := range items {
			if it.IsSeparator || it.Disabled {
				continue
			}
			name := path + " › " + it.Label
			if it.ChildMenu != nil {
				walk(name, it.ChildMenu.Items)
				continue
			}
			if it.Action == nil {
				continue
			}
			if k := keys[it.Label]; k != "" {
				name += " · " + k
			}
			out = append(out, command{name: name, run: it.Action})
		}
	}
	if m != nil {
		for _, menu := range m.Items {
			walk(menu.Label, menu.Items)
		}
	}
	return out
}

// commandPalette lists every menu command (Ctrl+Shift+P): type to narrow,
// Enter runs the first listed, or ↓ to another and Enter. Fyne's menu bar
// takes no keys (neither Alt nor F10 opens it), so without this the
// commands that live only in a menu (Import Folder, Sync Settings, Load
// Sample Library, Theme, Rebuild Search Index…) needed the mouse.
func (w *mainWindow) commandPalette() {
	var cmds []command
	for _, c := range w.menuCommands(w.win.MainMenu()) {
		if !strings.HasPrefix(c.name, "Help › All Commands") {
			cmds = append(cmds, c)
		}
	}
	names := make([]string, len(cmds))
	for i, c := range cmds {
		names[i] = c.name
	}
	k := w.newDialogKeys()
	p := k.picker(names, false)
	p.entry.SetPlaceHolder("Type a command: sync, import folder, theme…")
	var d dialog.Dialog
	run := func(name string) {
		for _, c := range cmds {
			if c.name == name {
				d.Hide()
				c.run()
				return
			}
		}
	}
	p.onPick = run
	d = dialog.NewCustomConfirm("Commands", "Run", "Cancel", p.obj, func(ok bool) {
		if ok && len(p.shown) > 0 {
			at := max(p.marked, 0)
			for _, c := range cmds {
				if c.name == p.shown[at] {
					c.run()
					return
				}
			}
		}
	}, w.win)
	d.Resize(fyne.NewSize(520, 340))
	k.show(d, func() {
		if len(p.shown) > 0 {
			run(p.shown[0])
		}
	}, p.entry)
}
