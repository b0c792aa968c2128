package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/app"
	"dossier/app/export"
)

// An encrypted bundle imported from the GUI asks for its passphrase: Cancel
// leaves the library as it was, a wrong passphrase says so and stores
// nothing, and the right one, typed again in the same dialog, brings the
// records in. Real export, real age encryption, real bbolt and Bleve.
func TestImportEncryptedBundleAsksForThePassphrase(t *testing.T) {
	ctx := context.Background()
	src, err := openTestLibrary(ctx, t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if _, err := src.LoadSample(ctx); err != nil {
		t.Fatal(err)
	}
	want, err := src.Counts()
	if err != nil {
		t.Fatal(err)
	}
	folder := t.TempDir()
	res, err := export.Run(ctx, src, export.Options{Format: export.FormatBundle, Out: filepath.Join(folder, "pack"), Passphrase: "correct horse"})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Encrypted {
		t.Fatal("the bundle is not encrypted")
	}
	// A plain article beside it, imported in the same go.
	if err := os.WriteFile(filepath.Join(folder, "memo.txt"), []byte("Memo\n\nThe convoy left at dawn, the officer said."), 0o644); err != nil {
		t.Fatal(err)
	}

	h := newUIHarness(t, false)
	export.Register(h.lib)
	h.w.cfg.Passphrase = func(ctx context.Context, ask func(string) (string, error)) context.Context {
		return export.WithPassphrase(ctx, ask)
	}
	h.w.cfg.WrongPassphrase = export.ErrWrongPassphrase
	counts := func() app.Counts {
		t.Helper()
		c, err := h.lib.Counts()
		if err != nil {
			t.Fatal(err)
		}
		return c
	}

	// The folder: the memo goes in, the bundle waits for its passphrase
	// and is not reported as failed. Cancel leaves the library as it is.
	h.w.importPaths([]string{folder})
	h.w.waitIdle()
	d := topDialog(t, h.w.win)
	if msg := textIn(d); !strings.Contains(msg, "“pack.dossier” is encrypted") {
		t.Fatalf("the dialog on top says %q, want the passphrase question", msg)
	}
	if n := len(entriesIn(d)); n != 1 {
		t.Fatalf("the passphrase dialog has %d entries, want 1", n)
	}
	test.Tap(buttonIn(t, d, "Cancel"))
	if c := counts(); c.Articles != 1 || c.Notes != 0 {
		t.Fatalf("after Cancel the library has %d articles and %d notes, want the memo only", c.Articles, c.Notes)
	}
	summary := textIn(topDialog(t, h.w.win))
	if !strings.Contains(summary, "1 added") || !strings.Contains(summary, "0 failed") {
		t.Errorf("the import summary says %q, want the memo added and nothing failed", summary)
	}
	test.Tap(buttonIn(t, topDialog(t, h.w.win), "OK"))
	if h.w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog is still shown")
	}

	// The bundle alone, with a wrong passphrase first.
	h.w.importPaths([]string{res.Path})
	h.w.waitIdle()
	d = topDialog(t, h.w.win)
	test.Type(entriesIn(d)[0], "wrong horse")
	test.Tap(buttonIn(t, d, "Import"))
	h.w.waitIdle()
	d = topDialog(t, h.w.win)
	if msg := textIn(d); !strings.Contains(msg, "Wrong passphrase") || !strings.Contains(msg, "pack.dossier") || !strings.Contains(msg, "Nothing was imported") {
		t.Fatalf("after a wrong passphrase the dialog says %q", msg)
	}
	if c := counts(); c.Articles != 1 || c.Notes != 0 || c.Tags != 0 {
		t.Fatalf("a wrong passphrase stored records: %+v", c)
	}

	// The right one, typed in the same dialog and submitted with Enter.
	pass := entriesIn(d)[0]
	if pass.Text != "" || !pass.Password {
		t.Errorf("the passphrase entry holds %q (password %v), want an empty password entry", pass.Text, pass.Password)
	}
	test.Type(pass, "correct horse")
	pass.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.w.waitIdle()
	got := counts()
	if got.Articles != want.Articles+1 || got.Notes != want.Notes || got.Annotations != want.Annotations || got.Quotes != want.Quotes {
		t.Errorf("after the right passphrase the library has %+v, want the bundle's %+v and the memo", got, want)
	}
	if h.w.side.counts[secArticles] != got.Articles {
		t.Errorf("the sidebar counts %d articles, the library has %d", h.w.side.counts[secArticles], got.Articles)
	}
	if msg := textIn(topDialog(t, h.w.win)); !strings.Contains(msg, "Imported pack.dossier") || !strings.Contains(msg, "added") {
		t.Errorf("after the import the dialog says %q", msg)
	}
}
