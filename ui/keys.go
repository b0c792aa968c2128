package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Every dialog of the app goes through dialogKeys, so that it behaves the
// same from the keyboard: Enter does the default action, Escape cancels,
// and the keyboard focus goes back where it was when the dialog closes.
//
// Fyne hands a key to the focused widget only, and its entries and buttons
// ignore Escape, so the widgets inside a dialog are the small types below,
// which pass Enter and Escape to their dialog. When nothing in the dialog
// has the focus the key reaches the window (mainWindow.globalKey), which
// passes it to the dialog on top.

// dialogKeys ties one dialog to the keyboard.
type dialogKeys struct {
	w      *mainWindow
	d      dialog.Dialog
	submit func() // Enter; nil: Enter closes the dialog as Escape does
	cancel func() // Escape; nil: hide the dialog
	prev   fyne.Focusable
	open   bool
}

// newDialogKeys starts a dialog's keys; widgets made with it pass their
// Enter and Escape to the dialog shown with show.
func (w *mainWindow) newDialogKeys() *dialogKeys { return &dialogKeys{w: w} }

// show shows d with Enter running submit (nil: close) and focuses focus
// (nil: nothing, so Enter and Escape reach the window).
func (k *dialogKeys) show(d dialog.Dialog, submit func(), focus fyne.Focusable) {
	k.d, k.submit = d, submit
	c := k.w.win.Canvas()
	k.prev = c.Focused()
	k.open = true
	k.w.dialogs = append(k.w.dialogs, k)
	d.SetOnClosed(k.closed)
	d.Show()
	if focus != nil {
		c.Focus(focus)
	}
}

// closed runs after the dialog's own callback: it leaves the stack, and
// the focus goes back unless the callback moved it (opened a page, say).
func (k *dialogKeys) closed() {
	if !k.open {
		return
	}
	k.open = false
	w := k.w
	for i, o := range w.dialogs {
		if o == k {
			w.dialogs = append(w.dialogs[:i], w.dialogs[i+1:]...)
			break
		}
	}
	if len(w.dialogs) > 0 {
		return // the dialog below keeps its focus
	}
	c := w.win.Canvas()
	if f := c.Focused(); f != nil && f != k.prev {
		return
	}
	switch {
	case k.prev != nil:
		c.Focus(k.prev)
	case w.current() != nil:
		w.current().focus()
	}
}

// enter runs the default action.
func (k *dialogKeys) enter() {
	if !k.open {
		return
	}
	if k.submit != nil {
		k.submit()
		return
	}
	k.escape()
}

// escape cancels the dialog.
func (k *dialogKeys) escape() {
	if !k.open {
		return
	}
	if k.cancel != nil {
		k.cancel()
		return
	}
	k.d.Hide()
}

// topDialogKeys is the dialog on top, or nil.
func (w *mainWindow) topDialogKeys() *dialogKeys {
	if n := len(w.dialogs); n > 0 {
		return w.dialogs[n-1]
	}
	return nil
}

// dialogKey passes Enter and Escape to the dialog on top; it reports
// whether there was one.
func (w *mainWindow) dialogKey(ev *fyne.KeyEvent) bool {
	k := w.topDialogKeys()
	if k == nil {
		return false
	}
	switch ev.Name {
	case fyne.KeyEscape:
		k.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		k.enter()
	}
	return true
}

// form shows a form dialog: confirm runs on the confirm button or Enter.
func (k *dialogKeys) form(title, confirm, dismiss string, items []*widget.FormItem, onOK func(), onCancel func(), size fyne.Size, focus fyne.Focusable) {
	fd := dialog.NewForm(title, confirm, dismiss, items, func(ok bool) {
		switch {
		case ok && onOK != nil:
			onOK()
		case !ok && onCancel != nil:
			onCancel()
		}
	}, k.w.win)
	if size.Width > 0 {
		fd.Resize(size)
	}
	k.show(fd, fd.Submit, focus)
}

// info shows a message with a Close button (Enter or Escape closes it).
func (k *dialogKeys) info(title string, content fyne.CanvasObject, size fyne.Size) {
	d := dialog.NewCustom(title, "Close", content, k.w.win)
	if size.Width > 0 {
		d.Resize(size)
	}
	k.show(d, nil, nil)
}

// showInfo is dialog.ShowInformation with the dialog keys.
func (w *mainWindow) showInfo(title, msg string) {
	d := dialog.NewInformation(title, msg, w.win)
	w.newDialogKeys().show(d, nil, nil)
}

// showFileDialog shows one of Fyne's file or folder choosers: Escape
// cancels it when none of its fields has the focus; Enter is left to it.
func (w *mainWindow) showFileDialog(d *dialog.FileDialog) {
	w.newDialogKeys().show(d, func() {}, nil)
}

// keyEntry is an entry in a dialog: Escape cancels the dialog; Enter
// submits it (in a multi-line entry Shift+Enter starts a new line).
type keyEntry struct {
	widget.Entry
	keys  *dialogKeys
	shift bool
	// onKey, when set, sees keys first (a picker's arrows); true: handled.
	onKey func(*fyne.KeyEvent) bool
	pick  *picker // the picker the entry belongs to, if any
}

func (k *dialogKeys) entry() *keyEntry {
	e := &keyEntry{keys: k}
	e.ExtendBaseWidget(e)
	return e
}

func (k *dialogKeys) multiLineEntry() *keyEntry {
	e := k.entry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

func (k *dialogKeys) passwordEntry() *keyEntry {
	e := k.entry()
	e.Password = true
	return e
}

// KeyDown tracks Shift for Shift+Enter.
func (e *keyEntry) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(ev)
}

// KeyUp tracks Shift for Shift+Enter.
func (e *keyEntry) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(ev)
}

// FocusLost forgets Shift (its release may go elsewhere).
func (e *keyEntry) FocusLost() {
	e.shift = false
	e.Entry.FocusLost()
}

// TypedKey passes Enter and Escape to the dialog.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(ev) {
		return
	}
	if e.keys != nil {
		switch ev.Name {
		case fyne.KeyEscape:
			e.keys.escape()
			return
		case fyne.KeyReturn, fyne.KeyEnter:
			if !e.MultiLine || !e.shift {
				e.keys.enter()
				return
			}
		}
	}
	e.Entry.TypedKey(ev)
}

// TypedShortcut: Ctrl+Enter submits the dialog, even from a multi-line
// entry; other shortcuts are the entry's.
func (e *keyEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.keys != nil &&
		(cs.KeyName == fyne.KeyReturn || cs.KeyName == fyne.KeyEnter) && cs.Modifier == fyne.KeyModifierShortcutDefault {
		e.keys.enter()
		return
	}
	e.Entry.TypedShortcut(s)
}

// keyButton is a button in a dialog: Escape cancels the dialog, Enter
// presses the button.
type keyButton struct {
	widget.Button
	keys *dialogKeys
}

func (k *dialogKeys) button(label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{keys: k}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter and Space; Escape cancels.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		b.keys.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	default:
		b.Button.TypedKey(ev)
	}
}

// keySelect is a drop-down in a dialog: Escape cancels the dialog, Enter
// submits it.
type keySelect struct {
	widget.Select
	keys *dialogKeys
}

func (k *dialogKeys) selectWidget(options []string, changed func(string)) *keySelect {
	s := &keySelect{keys: k}
	s.Options, s.OnChanged = options, changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey passes Enter and Escape to the dialog.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		s.keys.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		s.keys.enter()
	default:
		s.Select.TypedKey(ev)
	}
}

// picker is an entry with the names that match what is typed listed under
// it (speakers, tags): ↑ and ↓ move in the list, Enter takes the marked
// name, or submits the dialog when none is marked; a click takes a name.
// With multi set, the entry holds a comma-separated list and a name
// replaces the part after the last comma.
type picker struct {
	entry   *keyEntry
	list    *widget.List
	all     []string
	shown   []string
	marked  int // -1: none
	multi   bool
	obj     fyne.CanvasObject
	changed func(string)
	// onPick, when set, runs on a name picked (Enter on the marked one, or
	// a click) instead of putting it in the entry.
	onPick func(string)
}

// maxPicks is how many matches the picker lists.
const maxPicks = 200

func (k *dialogKeys) picker(names []string, multi bool) *picker {
	p := &picker{entry: k.entry(), all: names, marked: -1, multi: multi}
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(p.shown) {
				o.(*widget.Label).SetText(p.shown[id])
			}
		})
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.shown) && id != p.marked {
			if p.onPick != nil {
				p.onPick(p.shown[id])
				return
			}
			p.take(p.shown[id])
		}
	}
	p.entry.OnChanged = func(string) {
		p.filter()
		if p.changed != nil {
			p.changed(p.entry.Text)
		}
	}
	p.entry.onKey = p.key
	p.entry.pick = p
	rows := float32(5)
	h := rows * (widget.NewLabel("X").MinSize().Height + theme.Padding())
	box := container.NewGridWrap(fyne.NewSize(360, h), p.list)
	p.obj = container.NewBorder(p.entry, nil, nil, nil, box)
	p.filter()
	return p
}

// term is the part of the entry the list matches against.
func (p *picker) term() string {
	t := p.entry.Text
	if p.multi {
		if i := strings.LastIndex(t, ","); i >= 0 {
			t = t[i+1:]
		}
	}
	return strings.ToLower(strings.TrimSpace(t))
}

// filter lists the names containing the term, those starting with it first.
func (p *picker) filter() {
	t := p.term()
	var first, rest []string
	for _, n := range p.all {
		l := strings.ToLower(n)
		switch {
		case t == "" || strings.HasPrefix(l, t):
			first = append(first, n)
		case strings.Contains(l, t):
			rest = append(rest, n)
		}
	}
	p.shown = append(first, rest...)
	if len(p.shown) > maxPicks {
		p.shown = p.shown[:maxPicks]
	}
	p.marked = -1
	p.list.UnselectAll()
	p.list.Refresh()
}

// take puts a name in the entry.
func (p *picker) take(name string) {
	text := name
	if p.multi {
		prefix := ""
		if i := strings.LastIndex(p.entry.Text, ","); i >= 0 {
			prefix = strings.TrimRight(p.entry.Text[:i+1], " ") + " "
		}
		text = prefix + name
	}
	p.entry.SetText(text)
	p.entry.CursorColumn = len([]rune(text))
	p.entry.Refresh()
	if c := fyne.CurrentApp().Driver().CanvasForObject(p.entry); c != nil {
		c.Focus(p.entry)
	}
}

// key moves the mark with the arrows and takes the marked name on Enter.
func (p *picker) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyDown, fyne.KeyUp:
		if len(p.shown) == 0 {
			return true
		}
		i := p.marked + 1
		if ev.Name == fyne.KeyUp {
			i = p.marked - 1
		}
		i = max(0, min(i, len(p.shown)-1))
		p.marked = i
		p.list.Select(i)
		p.list.ScrollTo(i)
		return true
	case fyne.KeyReturn, fyne.KeyEnter:
		if p.marked >= 0 && p.marked < len(p.shown) {
			name := p.shown[p.marked]
			if p.onPick != nil {
				p.onPick(name)
				return true
			}
			p.take(name)
			return true
		}
	}
	return false
}

// text is what the entry holds, trimmed.
func (p *picker) text() string { return strings.TrimSpace(p.entry.Text) }
