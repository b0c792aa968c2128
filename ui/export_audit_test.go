package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/app/export"
)

// File → Export has a checkbox that keeps rejected quotes for an audit;
// it is off by default and reaches the exporter when ticked.
func TestExportDialogKeepsRejectedOnlyWhenAsked(t *testing.T) {
	h := newUIHarness(t, true)
	var got []ExportRequest
	h.w.cfg.Export = func(ctx context.Context, lib *app.Library, req ExportRequest) (string, error) {
		got = append(got, req)
		return exportForTest(ctx, lib, req)
	}
	h.w.cfg.ExportFormats = export.Formats()
	out := t.TempDir()
	for i, tick := range []bool{false, true} {
		h.w.exportDialog()
		d := topDialog(t, h.w.win)
		var box *widget.Check
		for _, c := range visibleObjects(d) {
			if cb, ok := c.(*widget.Check); ok && cb.Text == "Keep rejected quotes (for an audit)" {
				box = cb
			}
		}
		if box == nil {
			t.Fatal("the export dialog has no checkbox for rejected quotes")
		}
		if box.Checked {
			t.Error("rejected quotes are kept by default")
		}
		box.SetChecked(tick)
		es := entriesIn(d)
		es[0].SetText(filepath.Join(out, []string{"a", "b"}[i]))
		test.Tap(buttonIn(t, d, "Export"))
		h.w.waitIdle()
		test.Tap(buttonIn(t, topDialog(t, h.w.win), "OK"))
	}
	if len(got) != 2 || got[0].KeepRejected || !got[1].KeepRejected {
		t.Errorf("requests: %+v", got)
	}
}
