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
	"dossier/app/syncer"
)

type memKeyring map[string]string

func (m memKeyring) Get(n string) (string, error) {
	if v, ok := m[n]; ok {
		return v, nil
	}
	return "", syncer.ErrNoSecret
}
func (m memKeyring) Set(n, v string) error { m[n] = v; return nil }

// testSync wires File → Sync to package syncer as main.go does, with a
// keyring in memory.
func testSync(keys memKeyring) *Sync {
	return &Sync{
		SetUp: func(ctx context.Context, lib *app.Library, req SyncSetup) (bool, error) {
			spec := syncer.Spec{Kind: req.Kind, Where: req.Where, User: req.User, Bucket: req.Bucket, Prefix: req.Prefix}
			return syncer.SetUp(ctx, lib, spec, req.Device, req.Analyst, syncer.Config{Secrets: keys, Passphrase: req.Passphrase, Password: req.Password})
		},
		Once: func(ctx context.Context, lib *app.Library, ask func(string) (string, error), progress func(string, int, int)) (SyncResult, error) {
			s, err := syncer.Open(ctx, lib, syncer.Config{Secrets: keys, Ask: ask})
			if err != nil {
				return SyncResult{}, err
			}
			rep, err := s.Once(ctx, progress)
			return SyncResult{Read: rep.Read, Pushed: rep.Pushed, Conflicts: rep.Conflicts, Pending: rep.Pending}, err
		},
	}
}

// TestSyncSettingsByKeyboard sets sync up to a folder by keyboard alone:
// type the folder, Tab to the passphrase, type it, Enter. The first sync
// follows, and the status line says so.
func TestSyncSettingsByKeyboard(t *testing.T) {
	h := newUIHarness(t, true)
	h.w.cfg.Sync = testSync(memKeyring{})
	if got := h.w.sync.status.Text; !strings.Contains(got, "Sync: off") {
		t.Fatalf("status line before set-up: %q", got)
	}
	target := t.TempDir()
	h.w.syncSettingsDialog()
	c := h.w.win.Canvas()
	if c.Focused() == nil {
		t.Fatal("the dialog focuses nothing")
	}
	test.Type(c.Focused(), target)
	c.FocusNext()
	test.Type(c.Focused(), "our team phrase")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.w.waitIdle()
	cfg, err := h.lib.SyncSettings()
	if err != nil {
		t.Fatalf("sync is not set up: %v", err)
	}
	if cfg.Device == "" || cfg.Target != target {
		t.Fatalf("set up as %+v", cfg)
	}
	devs, _ := os.ReadDir(filepath.Join(target, "devices", cfg.Device))
	if len(devs) == 0 {
		t.Fatal("the first sync pushed nothing to the folder")
	}
	if got := h.w.sync.status.Text; !strings.Contains(got, "last just now") || !strings.Contains(got, "0 changes pending") {
		t.Fatalf("status line after the first sync: %q", got)
	}
}
