package main

import (
	"context"
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
