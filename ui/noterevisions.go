package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// noteHistory lists a note's revisions: the current text first, then each
// earlier version, newest first. Choosing one shows its text; restoring it
// saves it as a new revision, so the text it replaces is kept too.
type noteHistory struct {
	v        *noteView
	versions []app.NoteVersion
	list     *widget.List
	text     *widget.Label // the revision's Markdown as written
	info     *widget.Label
	restore  *widget.Button
	chosen   int // index into versions, -1 for the current text
	dlg      dialog.Dialog
}

func (v *noteView) showHistory() {
	v.save() // typing not yet saved becomes part of the current revision
	h, err := newNoteHistory(v)
	if err != nil {
		v.w.showError(err)
		return
	}
	h.dlg = dialog.NewCustom("History of “"+v.note.Title+"”", "Close", h.object(), v.w.win)
	h.dlg.Resize(fyne.NewSize(900, 600))
	h.dlg.Show()
	h.list.Select(0)
}

func newNoteHistory(v *noteView) (*noteHistory, error) {
	vers, err := v.w.lib.NoteVersions(v.note.ID)
	if err != nil {
		return nil, err
	}
	h := &noteHistory{v: v, versions: vers, chosen: -1}
	h.text = widget.NewLabel("")
	h.text.Wrapping = fyne.TextWrapWord
	h.info = widget.NewLabel("")
	h.info.Importance = widget.LowImportance
	h.restore = widget.NewButton("Restore this revision", h.restoreChosen)
	h.restore.Importance = widget.HighImportance
	h.restore.Disable()
	h.list = widget.NewList(func() int { return len(h.versions) + 1 },
		func() fyne.CanvasObject { return widget.NewLabel("Revision 000 · 00 Jan 2006 00:00") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(h.rowText(i)) })
	h.list.OnSelected = h.choose
	return h, nil
}

func (h *noteHistory) object() fyne.CanvasObject {
	count := fmt.Sprintf("%d earlier revisions", len(h.versions))
	if len(h.versions) == 1 {
		count = "1 earlier revision"
	}
	left := container.NewBorder(hint(count), nil, nil, nil, h.list)
	right := container.NewBorder(h.info, container.NewHBox(h.restore), nil, nil,
		container.NewVScroll(container.NewPadded(h.text)))
	split := container.NewHSplit(left, right)
	split.Offset = 0.3
	return split
}

func (h *noteHistory) rowText(i int) string {
	n := h.v.note
	if i == 0 {
		return fmt.Sprintf("Revision %d · now", n.Revision)
	}
	ver := h.versions[i-1]
	return fmt.Sprintf("Revision %d · %s", ver.Revision, ver.Saved.Local().Format("2 Jan 2006 15:04"))
}

// choose shows row i: 0 is the current text, i > 0 version i-1.
func (h *noteHistory) choose(i widget.ListItemID) {
	body := h.v.note.Body
	h.chosen = i - 1
	if i == 0 {
		h.info.SetText(fmt.Sprintf("The current text · %d words", words(body)))
		h.restore.Disable()
	} else {
		ver := h.versions[i-1]
		body, title := ver.Body, ver.Title
		info := fmt.Sprintf("Saved %s · %d words (now %d)", ver.Saved.Local().Format("2 Jan 2006 15:04:05"), words(body), words(h.v.note.Body))
		if title != h.v.note.Title {
			info += " · titled “" + title + "” then"
		}
		h.info.SetText(info)
		if body == h.v.note.Body {
			h.restore.Disable()
		} else {
			h.restore.Enable()
		}
	}
	h.text.SetText(body)
}

func words(s string) int { return len(strings.Fields(s)) }

// restoreChosen makes the chosen revision's text the note's text.
func (h *noteHistory) restoreChosen() {
	if h.chosen < 0 || h.chosen >= len(h.versions) {
		return
	}
	if err := h.v.restoreRevision(h.versions[h.chosen].Revision); err != nil {
		h.v.w.showError(err)
		return
	}
	if h.dlg != nil {
		h.dlg.Hide()
	}
}

// restoreRevision saves what is typed, then restores revision rev as a new
// revision and shows it.
func (v *noteView) restoreRevision(rev int) error {
	v.save()
	if v.dirty {
		return fmt.Errorf("the note could not be saved before restoring; nothing was changed")
	}
	n, err := v.w.lib.RestoreNoteVersion(v.w.ctx, v.note.ID, rev)
	if err != nil {
		return err
	}
	v.note = n
	v.loading = true
	v.editor.SetText(n.Body)
	v.loading = false
	v.renderPreview()
	v.status.SetText(v.savedText() + fmt.Sprintf(" · restored revision %d", rev))
	v.w.changed()
	return nil
}
