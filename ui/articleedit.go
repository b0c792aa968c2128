package ui

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// articleEditor edits an article's text and metadata (Ctrl+E). The form is
// built apart from its dialog so tests can fill it and save.
type articleEditor struct {
	v                            *articleView
	title, source, author, date  *keyEntry
	body                         *keyEntry
	orig                         *app.Article
	origTitle, origSrc, origAuth string
	origDate, origBody           string
}

const editDateLayout = "2006-01-02"

func newArticleEditor(k *dialogKeys, v *articleView) *articleEditor {
	a := v.art
	e := &articleEditor{v: v, orig: a,
		title: k.entry(), source: k.entry(), author: k.entry(), date: k.entry(), body: k.entry()}
	e.body.MultiLine = true
	// In the body Enter starts a new paragraph; Ctrl+Enter saves.
	e.body.onKey = func(ev *fyne.KeyEvent) bool {
		if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
			e.body.Entry.TypedKey(ev)
			return true
		}
		return false
	}
	e.origTitle, e.origSrc, e.origAuth = a.Title, a.Source, a.Author
	if !a.Published.IsZero() {
		e.origDate = a.Published.Format(editDateLayout)
	}
	e.origBody = a.Text()
	e.title.SetText(e.origTitle)
	e.source.SetText(e.origSrc)
	e.author.SetText(e.origAuth)
	e.date.SetText(e.origDate)
	e.date.SetPlaceHolder("YYYY-MM-DD (empty: unknown)")
	e.body.SetText(e.origBody)
	e.body.Wrapping = fyne.TextWrapWord
	e.body.SetMinRowsVisible(14)
	return e
}

func (e *articleEditor) form() fyne.CanvasObject {
	f := widget.NewForm(
		widget.NewFormItem("Title", e.title),
		widget.NewFormItem("Source", e.source),
		widget.NewFormItem("Author", e.author),
		widget.NewFormItem("Published", e.date),
	)
	help := hint("Paragraphs are separated by a blank line. Highlights and quotes follow their words; those whose words change are flagged, those whose words are gone become orphans.")
	return container.NewBorder(container.NewVBox(f, help), nil, nil, nil, e.body)
}

var blankLine = regexp.MustCompile(`\n[ \t\r]*\n`)

// paragraphs splits the edited body at blank lines.
func paragraphs(text string) []string {
	var out []string
	for _, p := range blankLine.Split(strings.ReplaceAll(text, "\r\n", "\n"), -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// edit is the change the form describes (nil fields: unchanged).
func (e *articleEditor) edit() (app.ArticleEdit, error) {
	var ed app.ArticleEdit
	str := func(en *keyEntry, orig string) *string {
		if s := strings.TrimSpace(en.Text); s != orig {
			return &s
		}
		return nil
	}
	ed.Title, ed.Source, ed.Author = str(e.title, e.origTitle), str(e.source, e.origSrc), str(e.author, e.origAuth)
	if d := strings.TrimSpace(e.date.Text); d != e.origDate {
		var t time.Time
		if d != "" {
			var err error
			if t, err = time.Parse(editDateLayout, d); err != nil {
				return ed, fmt.Errorf("published date %q: write it as YYYY-MM-DD", d)
			}
		}
		ed.Published = &t
	}
	if body := paragraphs(e.body.Text); strings.Join(body, app.ParagraphSep) != e.origBody {
		if len(body) == 0 {
			return ed, fmt.Errorf("the article needs some text")
		}
		ed.Body = body
		// Subheadings stay subheadings while their words are unchanged.
		heads := map[string]bool{}
		for _, h := range e.orig.Headings {
			if h >= 0 && h < len(e.orig.Body) {
				heads[e.orig.Body[h]] = true
			}
		}
		for i, p := range body {
			if heads[p] {
				ed.Headings = append(ed.Headings, i)
			}
		}
	}
	return ed, nil
}

// save writes the edit and reports what it did to the anchors.
func (e *articleEditor) save() (string, error) {
	ed, err := e.edit()
	if err != nil {
		return "", err
	}
	v := e.v
	res, err := v.w.lib.EditArticle(v.w.ctx, v.id, ed)
	if err != nil {
		return "", err
	}
	return v.afterEdit("Saved", res), nil
}

// editSummary says in one line what an edit did to highlights and quotes.
func editSummary(verb string, res *app.EditResult) string {
	if !res.Changed {
		return "Nothing changed."
	}
	msg := fmt.Sprintf("%s revision %d.", verb, res.Revision)
	if !res.TextChanged {
		return msg
	}
	part := func(what string, c app.ReanchorCounts) string {
		if c.Total() == 0 {
			return ""
		}
		s := fmt.Sprintf(" %s: %d unchanged, %d moved, %d flagged for review, %d orphaned", what,
			c.Unchanged, c.Moved, c.Flagged, c.Orphaned)
		if c.Restored > 0 {
			s += fmt.Sprintf(", %d re-attached", c.Restored)
		}
		return s + "."
	}
	return msg + part("Highlights", res.Reanchor.Annotations) + part("Quotes", res.Reanchor.Quotes)
}

// afterEdit refreshes the window after the article changed and shows the
// summary in the status line; it returns the summary.
func (v *articleView) afterEdit(verb string, res *app.EditResult) string {
	msg := editSummary(verb, res)
	v.w.changed()
	v.status.SetText(msg)
	v.w.pageSelected(v)
	return msg
}

// showEditor opens the edit dialog on the article.
func (v *articleView) showEditor() {
	k := v.w.newDialogKeys()
	e := newArticleEditor(k, v)
	var d dialog.Dialog
	saveFn := func() {
		msg, err := e.save()
		if err != nil {
			v.w.showError(err)
			return
		}
		d.Hide()
		v.w.showInfo("Article saved", msg)
	}
	save := k.button("Save", nil, saveFn)
	save.Importance = widget.HighImportance
	cancel := k.button("Cancel", nil, func() { d.Hide() })
	content := container.NewBorder(nil, container.NewHBox(cancel, save,
		hint("Enter in a field or Ctrl+Enter saves · Escape cancels")), nil, nil, e.form())
	d = dialog.NewCustomWithoutButtons("Edit article", content, v.w.win)
	d.Resize(fyne.NewSize(max(v.w.win.Canvas().Size().Width*0.7, 600), max(v.w.win.Canvas().Size().Height*0.85, 500)))
	k.show(d, saveFn, e.body)
}

// undoEdit undoes the article's last edit (repeated: further back).
func (v *articleView) undoEdit() (string, error) {
	res, err := v.w.lib.UndoArticleEdit(v.w.ctx, v.id)
	if err != nil {
		return "", err
	}
	return v.afterEdit("Undone: now", res), nil
}

// restoreVersion makes an earlier revision current again.
func (v *articleView) restoreVersion(rev int) (string, error) {
	res, err := v.w.lib.RestoreArticleVersion(v.w.ctx, v.id, rev)
	if err != nil {
		return "", err
	}
	return v.afterEdit(fmt.Sprintf("Restored revision %d as", rev), res), nil
}

// historyRows lists the article's revisions, newest first, as shown.
func (v *articleView) historyRows() ([]app.ArticleVersionInfo, []string, error) {
	vs, err := v.w.lib.ArticleVersions(v.id)
	if err != nil {
		return nil, nil, err
	}
	rows := make([]string, len(vs))
	for i, r := range vs {
		s := fmt.Sprintf("Revision %d · %s · %d paragraphs, %d words", r.Revision, r.Written.Local().Format("2006-01-02 15:04"), r.Paragraphs, r.Words)
		if r.Current {
			s += " · current"
		}
		if r.Reason != "" {
			s += " · replaced by " + r.Reason
		}
		if r.Changed != "" {
			s += " · " + r.Changed
		}
		rows[i] = s
	}
	return vs, rows, nil
}

// showHistory lists the article's versions; one can be restored.
func (v *articleView) showHistory() {
	vs, rows, err := v.historyRows()
	if err != nil {
		v.w.showError(err)
		return
	}
	var d dialog.Dialog
	list := container.NewVBox()
	for i, r := range vs {
		row := container.NewBorder(nil, nil, nil, nil, wrapped(rows[i]))
		if !r.Current {
			rev := r.Revision
			row = container.NewBorder(nil, nil, nil, widget.NewButton("Restore", func() {
				msg, err := v.restoreVersion(rev)
				if err != nil {
					v.w.showError(err)
					return
				}
				d.Hide()
				v.w.showInfo("Version restored", msg)
			}), wrapped(rows[i]))
		}
		list.Add(row)
	}
	if len(vs) == 1 {
		list.Add(hint("No earlier versions: the article has not been edited."))
	}
	d = dialog.NewCustom("History of “"+shorten(v.art.Title, 50)+"”", "Close", container.NewVScroll(list), v.w.win)
	d.Resize(fyne.NewSize(700, 420))
	v.w.newDialogKeys().show(d, nil, nil)
}
