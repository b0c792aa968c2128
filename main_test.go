package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"dossier/app/export"
	"dossier/ui"
)

// The GUI's export reports the file it wrote, with the extension added.
func TestExportForGUIReturnsTheFinalPath(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib, err := openLibrary(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if _, err := lib.LoadSample(ctx); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "export")
	got, err := exportForGUI(ctx, lib, ui.ExportRequest{Format: export.FormatBundle, Out: out})
	if err != nil {
		t.Fatal(err)
	}
	if want := out + ".dossier"; got != want {
		t.Errorf("exportForGUI returned %s, want %s", got, want)
	}
	if _, err := os.Stat(got); err != nil {
		t.Error(err)
	}
}

// The GUI's passphrase question reaches the bundle importer, and a wrong
// passphrase is recognised by the error the importer wraps.
func TestGUIConfigWiresThePassphrase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	lib, err := openLibrary(ctx, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	cfg := guiConfig(dir, "")
	if cfg.Passphrase == nil || !errors.Is(cfg.WrongPassphrase, export.ErrWrongPassphrase) {
		t.Fatal("guiConfig does not wire the passphrase question")
	}
	// An age header and nothing else: asked for, then refused as damaged.
	pack := filepath.Join(t.TempDir(), "pack.dossier")
	if err := os.WriteFile(pack, []byte("age-encryption.org/v1\n-> scrypt xx 18\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var asked string
	_, err = lib.ImportArchive(cfg.Passphrase(ctx, func(file string) (string, error) {
		asked = file
		return "pass", nil
	}), pack)
	if asked != pack {
		t.Errorf("the passphrase was asked for %q, want %s", asked, pack)
	}
	if err == nil || errors.Is(err, export.ErrNeedPassphrase) {
		t.Errorf("importing a damaged encrypted bundle: %v", err)
	}
}
