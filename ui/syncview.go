package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
)

// Sync is how the window reaches the analyst's sync target; main.go wires
// it to app/syncer, so this package depends on app alone.
type Sync struct {
	// SetUp connects the library to a target with the team passphrase; it
	// reports whether the secrets could be kept in the OS keyring.
	SetUp func(ctx context.Context, lib *app.Library, req SyncSetup) (kept bool, err error)
	// Once syncs the library once, reporting progress; ask is called for a
	// secret the keyring does not hold.
	Once func(ctx context.Context, lib *app.Library, ask func(prompt string) (string, error), progress func(stage string, done, total int)) (SyncResult, error)
}

// SyncSetup is what the sync settings dialog asks for.
type SyncSetup struct {
	Kind                 string // folder, webdav or s3
	Where                string // folder, collection URL or endpoint
	User, Bucket, Prefix string
	Password, Passphrase string
	Device, Analyst      string
}

// SyncResult is what a sync did, for the status line.
type SyncResult struct {
	Read, Pushed, Conflicts, Pending int
}

// syncKinds are the targets offered, as the dialog shows them.
var syncKinds = []struct{ label, kind, where string }{
	{"Folder (network share, Syncthing, Dropbox)", "folder", "/path/to/shared/folder"},
	{"WebDAV (Nextcloud, ownCloud, Apache)", "webdav", "https://cloud.example.org/remote.php/dav/files/ana/dossier/"},
	{"S3-compatible store (AWS, MinIO, Ceph, Garage, R2)", "s3", "s3.eu-west-1.amazonaws.com"},
}

// syncState is the window's sync status line and its background loop.
type syncState struct {
	mu      sync.Mutex
	running bool
	status  *widget.Label
}

// syncEvery is how often the window syncs in the background once set up.
const syncEvery = 5 * time.Minute

// syncStatusText says where sync stands, from the library alone (no
// network): never set up, last synced, local changes waiting.
func syncStatusText(lib *app.Library, now time.Time, lastErr error) string {
	if lib == nil {
		return ""
	}
	cfg, err := lib.SyncSettings()
	if errors.Is(err, app.ErrSyncOff) || err != nil {
		return "Sync: off (File → Sync Settings…)"
	}
	last := "never"
	if !cfg.Last.IsZero() {
		last = relTime(now.Sub(cfg.Last))
	}
	s := fmt.Sprintf("Sync: last %s · %s pending", last, plural(lib.SyncPendingCount(), "change"))
	if lastErr != nil {
		s += " · error: " + firstLine(lastErr.Error())
	}
	return s
}

func relTime(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d.Hours()))
	}
	return fmt.Sprintf("%d days ago", int(d.Hours()/24))
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// syncSettingsDialog asks where to sync and with which passphrase, then
// sets sync up in the background. Enter sets up, Escape cancels.
func (w *mainWindow) syncSettingsDialog() {
	if w.lib == nil {
		return
	}
	if w.cfg.Sync == nil || w.cfg.Sync.SetUp == nil {
		dialog.ShowInformation("Sync", "Sync is not available in this build.", w.win)
		return
	}
	labels := make([]string, len(syncKinds))
	for i, k := range syncKinds {
		labels[i] = k.label
	}
	where, user, bucket, prefix := widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	password, passphrase := widget.NewPasswordEntry(), widget.NewPasswordEntry()
	analyst, device := widget.NewEntry(), widget.NewEntry()
	host, _ := os.Hostname()
	device.SetText(deviceName(host))
	passphrase.SetPlaceHolder("the team's; the same on every device")
	kind := widget.NewSelect(labels, nil)
	form := widget.NewForm()
	rebuild := func(i int) {
		k := syncKinds[i]
		where.SetPlaceHolder(k.where)
		items := []*widget.FormItem{widget.NewFormItem("Sync through", kind), widget.NewFormItem("Location", where)}
		switch k.kind {
		case "webdav":
			items = append(items, widget.NewFormItem("User", user), widget.NewFormItem("Password", password))
		case "s3":
			items = append(items, widget.NewFormItem("Bucket", bucket), widget.NewFormItem("Folder in bucket", prefix),
				widget.NewFormItem("Access key ID", user), widget.NewFormItem("Secret key", password))
		}
		items = append(items, widget.NewFormItem("Team passphrase", passphrase),
			widget.NewFormItem("Your name", analyst), widget.NewFormItem("This device", device))
		form.Items = items
		form.Refresh()
	}
	kind.OnChanged = func(string) { rebuild(kind.SelectedIndex()) }
	sel := 0
	if cfg, err := w.lib.SyncSettings(); err == nil {
		analyst.SetText(cfg.Analyst)
		device.SetText(cfg.Device)
		where.SetText(cfg.Target)
	}
	kind.SetSelectedIndex(sel)
	rebuild(sel)
	help := widget.NewLabel("Your notes, highlights and review decisions travel end-to-end encrypted: the target sees only ciphertext. " +
		"Everyone on the team uses the same passphrase; it is asked once per device and the key is kept in the system keyring.")
	help.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	submit := func() {
		req := SyncSetup{Kind: syncKinds[kind.SelectedIndex()].kind, Where: strings.TrimSpace(where.Text), User: strings.TrimSpace(user.Text),
			Bucket: strings.TrimSpace(bucket.Text), Prefix: strings.TrimSpace(prefix.Text), Password: password.Text,
			Passphrase: passphrase.Text, Device: strings.TrimSpace(device.Text), Analyst: strings.TrimSpace(analyst.Text)}
		if req.Where == "" || req.Passphrase == "" {
			dialog.ShowInformation("Sync Settings", "A location and the team passphrase are needed.", w.win)
			return
		}
		d.Hide()
		lib := w.lib
		w.runTask("Set Up Sync", func(ctx context.Context, p *progress) (string, error) {
			p.set(0, 0, "Connecting to "+req.Where+"…")
			kept, err := w.cfg.Sync.SetUp(ctx, lib, req)
			if err != nil {
				return "", err
			}
			msg := "Sync is set up. Dossier syncs in the background every few minutes, and with File → Sync Now (Ctrl+Shift+S)."
			if !kept {
				msg += "\nThere is no system keyring here: the passphrase is kept in memory until Dossier quits, and asked for again after."
			}
			return msg, nil
		}, func(msg string, err error) {
			w.taskResult("Sync Settings", msg, err)
			if err == nil {
				w.syncNow()
			}
		})
	}
	content := container.NewVBox(help, form)
	d = dialog.NewCustomConfirm("Sync Settings", "Set Up", "Cancel", content, func(ok bool) {
		if ok {
			submit()
		}
	}, w.win)
	d.Resize(fyne.NewSize(640, 520))
	for _, e := range []*widget.Entry{where, user, bucket, prefix, password, passphrase, analyst, device} {
		e.OnSubmitted = func(string) { submit() }
	}
	d.Show()
	w.win.Canvas().Focus(where)
}

// deviceName makes a device name from the host name: letters, digits, -
// and _ only.
func deviceName(host string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(host) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == '.' || r == ' ':
			b.WriteRune('-')
		}
	}
	if b.Len() == 0 {
		return "this-device"
	}
	return strings.Trim(b.String(), "-")
}

// syncNow syncs in the background, with the status line telling how it
// goes; it never blocks the window, and a sync already under way is not
// started twice.
func (w *mainWindow) syncNow() {
	if w.lib == nil || w.cfg.Sync == nil || w.cfg.Sync.Once == nil {
		return
	}
	if _, err := w.lib.SyncSettings(); err != nil {
		w.syncSettingsDialog()
		return
	}
	s := &w.sync
	s.mu.Lock()
	if s.running {
		s.mu.Unlock()
		return
	}
	s.running = true
	s.mu.Unlock()
	lib := w.lib
	w.setSyncStatus("Sync: connecting…")
	w.goBG(func() {
		ask := func(prompt string) (string, error) { return w.askSecret(prompt) }
		res, err := w.cfg.Sync.Once(w.ctx, lib, ask, func(stage string, done, total int) {
			if stage == "read" && total > 0 {
				w.setSyncStatus(fmt.Sprintf("Sync: reading %d of %d change sets…", done, total))
			} else if stage == "push" {
				w.setSyncStatus(fmt.Sprintf("Sync: sending %s…", plural(done, "record")))
			}
		})
		s.mu.Lock()
		s.running = false
		s.mu.Unlock()
		fyne.Do(func() {
			if w.lib != lib {
				return
			}
			if err == nil && res.Read > 0 {
				w.changed()
			}
			if err == nil && res.Conflicts > 0 {
				dialog.ShowInformation("Sync", fmt.Sprintf("%s changed on two devices were kept side by side. Look for “conflict” in the sidebar.", plural(res.Conflicts, "record")), w.win)
			}
			w.setSyncStatusNow(syncStatusText(lib, time.Now(), err))
		})
	})
}

// askSecret asks for a passphrase or password from a background goroutine
// and waits for the answer.
func (w *mainWindow) askSecret(prompt string) (string, error) {
	answer := make(chan string, 1)
	var once sync.Once
	give := func(a string) { once.Do(func() { answer <- a }) }
	fyne.Do(func() {
		e := widget.NewPasswordEntry()
		d := dialog.NewCustomConfirm("Sync", "OK", "Cancel", container.NewVBox(widget.NewLabel(prompt), e), func(ok bool) {
			if ok {
				give(e.Text)
			} else {
				give("")
			}
		}, w.win)
		// Hiding calls the callback with false: answer first.
		e.OnSubmitted = func(string) { give(e.Text); d.Hide() }
		d.Show()
		w.win.Canvas().Focus(e)
	})
	select {
	case a := <-answer:
		if a == "" {
			return "", errors.New("sync: no passphrase given")
		}
		return a, nil
	case <-w.ctx.Done():
		return "", w.ctx.Err()
	}
}

func (w *mainWindow) setSyncStatus(s string) { fyne.Do(func() { w.setSyncStatusNow(s) }) }

func (w *mainWindow) setSyncStatusNow(s string) {
	if w.sync.status != nil {
		w.sync.status.SetText(s)
	}
}

// syncLoop syncs in the background every syncEvery while the library is
// open and set up; being offline just shows in the status line.
func (w *mainWindow) syncLoop(ctx context.Context, lib *app.Library) {
	if w.cfg.Sync == nil {
		return
	}
	t := time.NewTicker(syncEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := lib.SyncSettings(); err == nil {
				fyne.Do(func() {
					if w.lib == lib {
						w.syncNow()
					}
				})
			}
		}
	}
}
