package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"dossier/app"
	"dossier/internal/testdocs"
)

// pressKey sends a key to the window as when no widget has the focus.
func pressKey(w fyne.Window, k fyne.KeyName) {
	if f := w.Canvas().OnTypedKey(); f != nil {
		f(&fyne.KeyEvent{Name: k})
	}
}

func writeDocs(t *testing.T, dir string) (pdf, folder string) {
	t.Helper()
	body, _ := testdocs.Lines(60, 120, 11, []string{"Customs officers at the border post counted", "four hundred lorries waiting on Tuesday."})
	pdf = filepath.Join(dir, "queue.pdf")
	os.WriteFile(pdf, testdocs.PDF([][]testdocs.Text{append([]testdocs.Text{{X: 60, Y: 70, Size: 18, S: "Border Queue Report"}}, body...)}, testdocs.PDFOptions{}), 0o644)
	folder = filepath.Join(dir, "more")
	os.MkdirAll(folder, 0o755)
	os.WriteFile(filepath.Join(folder, "memo.docx"), testdocs.DOCX("Ferry Memo", "P. Lind", "2024-01-09T08:00:00Z", []testdocs.DocPara{{Text: "The ferry timetable changes in March."}}, nil), 0o644)
	os.WriteFile(filepath.Join(folder, "guide.epub"), testdocs.EPUB("Harbour Guide", "R. Vos", "2018", []testdocs.Chapter{{Title: "Quays", Paras: []string{"The old quay is closed to lorries."}}}, "", ""), 0o644)
	return pdf, folder
}

// TestImportDialog types a wrong path, a file and a folder into the import
// dialog, starts the import with Enter and closes the summary with Enter.
func TestImportDialog(t *testing.T) {
	h := newUIHarness(t, false)
	pdf, folder := writeDocs(t, t.TempDir())

	id := h.w.newImportDialog()
	id.d.Show()
	test.Type(id.path, filepath.Join(folder, "missing.pdf"))
	id.path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !id.problem.Visible() || !strings.Contains(id.problem.Text, "missing.pdf") || len(id.paths) != 0 {
		t.Fatalf("a wrong path: problem %q (shown %v), paths %q", id.problem.Text, id.problem.Visible(), id.paths)
	}
	id.path.SetText("")
	id.path.SetText(pdf + "\n" + folder) // pasted, one per line
	id.path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(id.paths) != 2 || id.problem.Visible() || id.path.Text != "" {
		t.Fatalf("paths %q, problem %q, entry %q", id.paths, id.problem.Text, id.path.Text)
	}
	if !strings.Contains(id.start.Text, "Import 2") || id.start.Disabled() {
		t.Errorf("the start button says %q (disabled %v)", id.start.Text, id.start.Disabled())
	}
	id.path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter on the empty field starts
	h.w.waitIdle()
	summary := textIn(topDialog(t, h.w.win))
	if !strings.Contains(summary, "3 added") || !strings.Contains(summary, "0 failed") {
		t.Fatalf("the summary says %q", summary)
	}
	pressKey(h.w.win, fyne.KeyReturn)
	if h.w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Enter did not close the import summary")
	}
	c, _ := h.lib.Counts()
	if c.Articles != 3 {
		t.Errorf("%d articles, want 3", c.Articles)
	}

	// Escape in the path field, and Escape with no focus, close the dialog.
	id = h.w.newImportDialog()
	id.d.Show()
	id.path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if h.w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape in the path field did not close the import dialog")
	}
	id = h.w.newImportDialog()
	id.d.Show()
	pressKey(h.w.win, fyne.KeyEscape)
	if h.w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not close the import dialog")
	}
	// Enter with nothing chosen starts nothing and says why.
	id = h.w.newImportDialog()
	id.d.Show()
	pressKey(h.w.win, fyne.KeyReturn)
	if !id.problem.Visible() || h.w.win.Canvas().Overlays().Top() == nil {
		t.Error("Enter with no paths closed the dialog or said nothing")
	}
	pressKey(h.w.win, fyne.KeyEscape)
}

// TestDropDocuments drops a PDF and a folder on the window.
func TestDropDocuments(t *testing.T) {
	h := newUIHarness(t, false)
	pdf, folder := writeDocs(t, t.TempDir())
	h.w.dropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(pdf), storage.NewFileURI(folder)})
	h.w.waitIdle()
	if s := textIn(topDialog(t, h.w.win)); !strings.Contains(s, "3 added") {
		t.Fatalf("the summary says %q", s)
	}
	pressKey(h.w.win, fyne.KeyEscape)
	if h.w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape did not close the import summary")
	}
}

// TestImportOffersUpdate re-imports a file whose text changed: the summary
// asks, Escape keeps the stored text, Enter updates it.
func TestImportOffersUpdate(t *testing.T) {
	h := newUIHarness(t, false)
	f := filepath.Join(t.TempDir(), "storm.txt")
	os.WriteFile(f, []byte("Harbour reopens after storm\n\nThe harbour reopened on Monday after the storm.\n"), 0o644)
	h.w.importPaths([]string{f})
	h.w.waitIdle()
	pressKey(h.w.win, fyne.KeyReturn)

	os.WriteFile(f, []byte("Harbour reopens after storm\n\nThe harbour reopened on Tuesday after the storm, a day late.\n"), 0o644)
	text := func() string {
		arts, err := h.lib.Articles()
		if err != nil || len(arts) != 1 {
			t.Fatalf("articles %v %v", arts, err)
		}
		a, err := h.lib.Article(arts[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		return a.Text()
	}
	for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
		h.w.importPaths([]string{f})
		h.w.waitIdle()
		d := topDialog(t, h.w.win)
		if s := textIn(d); !strings.Contains(s, "storm.txt") || !hasButton(d, "Update") {
			t.Fatalf("the summary does not offer the update: %q", s)
		}
		pressKey(h.w.win, key)
		h.w.waitIdle()
		if key == fyne.KeyEscape {
			if h.w.win.Canvas().Overlays().Top() != nil || !strings.Contains(text(), "Monday") {
				t.Fatalf("Escape: dialog left open or text changed: %q", text())
			}
			continue
		}
		if s := textIn(topDialog(t, h.w.win)); !strings.Contains(s, "1 updated") {
			t.Fatalf("after Update the summary says %q", s)
		}
		if !strings.Contains(text(), "Tuesday") {
			t.Errorf("the article was not updated: %q", text())
		}
		pressKey(h.w.win, fyne.KeyReturn)
	}
}

// TestImportSummaryNamesEachFileOnce: a reason that already names its file
// (the document readers do) is not prefixed with the name again.
func TestImportSummaryNamesEachFileOnce(t *testing.T) {
	s := importSummary(app.ImportSummary{Failed: 2, Outcomes: []app.ImportOutcome{
		{Path: "/in/locked.pdf", Status: app.ImportFailed, Reason: "locked.pdf: the PDF is encrypted (password protected)"},
		{Path: "/in/empty.txt", Status: app.ImportFailed, Reason: "empty file"},
	}})
	if !strings.Contains(s, "\nlocked.pdf: the PDF is encrypted") || strings.Contains(s, "locked.pdf: locked.pdf") || !strings.Contains(s, "\nempty.txt: empty file") {
		t.Errorf("summary:\n%s", s)
	}
}
