package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/app/export"
)

// Helpers that drive dialogs as a user does: find the widgets in the
// dialog on top of the window, type, tap.

// topDialog is the dialog on top of the window; the test fails when none
// is shown.
func topDialog(t *testing.T, w fyne.Window) fyne.CanvasObject {
	t.Helper()
	o := w.Canvas().Overlays().Top()
	if o == nil {
		t.Fatal("no dialog is shown")
	}
	return o
}

// visibleObjects lists the objects under o that are shown.
func visibleObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, c := range test.LaidOutObjects(o) {
		if c.Visible() {
			out = append(out, c)
		}
	}
	return out
}

// buttonIn is the shown button under o whose text contains label.
func buttonIn(t *testing.T, o fyne.CanvasObject, label string) *widget.Button {
	t.Helper()
	var texts []string
	for _, c := range visibleObjects(o) {
		b, ok := c.(*widget.Button)
		if kb, isKey := c.(*keyButton); isKey {
			b, ok = &kb.Button, true
		}
		if ok {
			if strings.Contains(b.Text, label) {
				return b
			}
			texts = append(texts, b.Text)
		}
	}
	t.Fatalf("no button %q; the buttons are %q", label, texts)
	return nil
}

// hasButton reports whether a shown button under o has label in its text.
func hasButton(o fyne.CanvasObject, label string) bool {
	for _, c := range visibleObjects(o) {
		if b, ok := c.(*widget.Button); ok && strings.Contains(b.Text, label) {
			return true
		}
	}
	return false
}

// entriesIn are the shown entries under o, in layout order.
func entriesIn(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	for _, c := range visibleObjects(o) {
		switch e := c.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *keyEntry:
			out = append(out, &e.Entry)
		}
	}
	return out
}

// textIn joins the text of the shown labels under o.
func textIn(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, c := range visibleObjects(o) {
		switch l := c.(type) {
		case *widget.Label:
			b.WriteString(l.Text + "\n")
		case *widget.RichText:
			b.WriteString(l.String() + "\n")
		case *flowText:
			for _, r := range l.runs {
				b.WriteString(r.text)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// exportForTest is main.go's exportForGUI: File → Export through package
// export.
func exportForTest(ctx context.Context, lib *app.Library, req ExportRequest) (string, error) {
	res, err := export.Run(ctx, lib, export.Options{Format: req.Format, Out: req.Out, Passphrase: req.Passphrase, KeepRejected: req.KeepRejected, Progress: req.Progress})
	if err != nil {
		return "", err
	}
	return res.Path, nil
}

// After an export the message names the file written, with the extension
// the exporter added, not the path typed in the dialog.
func TestExportSaysTheFinalPath(t *testing.T) {
	h := newUIHarness(t, true)
	h.w.cfg.Export = exportForTest
	h.w.cfg.ExportFormats = export.Formats()
	out := t.TempDir()
	for _, tc := range []struct{ format, name, want string }{
		{export.FormatBundle, "mine", "mine.dossier"},
		{export.FormatHTML, "report", "report.html"},
		{export.FormatCSV, "rows.csv", "rows.csv"}, // an extension typed is kept
	} {
		h.w.exportDialog()
		d := topDialog(t, h.w.win)
		for _, c := range visibleObjects(d) {
			if s, ok := c.(*keySelect); ok {
				s.SetSelected(tc.format)
			}
		}
		es := entriesIn(d)
		if len(es) != 2 {
			t.Fatalf("export dialog has %d entries, want the path and the passphrase", len(es))
		}
		typed := filepath.Join(out, tc.name)
		es[0].SetText(typed)
		test.Tap(buttonIn(t, d, "Export"))
		h.w.waitIdle()

		want := filepath.Join(out, tc.want)
		if _, err := os.Stat(want); err != nil {
			t.Fatalf("%s: %v", tc.format, err)
		}
		msg := textIn(topDialog(t, h.w.win))
		if !strings.Contains(msg, "Exported to "+want) {
			t.Errorf("%s: the message says %q, want the path %s", tc.format, msg, want)
		}
		if want != typed && strings.Contains(msg, typed+"\n") {
			t.Errorf("%s: the message names the path typed, %s", tc.format, typed)
		}
		test.Tap(buttonIn(t, topDialog(t, h.w.win), "OK"))
	}
}
