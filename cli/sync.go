package cli

import (
	"context"
	"errors"
	"fmt"
	"os/signal"
	"syscall"
	"time"

	"dossier/app"
	"dossier/app/syncer"
)

// cmdSync syncs the library with the analyst's other devices and the team:
// `dossier sync` once, `--watch` until interrupted, `setup` to choose the
// target, `status` to see where things stand.
func cmdSync(ctx context.Context, c *call) error {
	if len(c.args) > 0 {
		switch c.args[0] {
		case "setup":
			c.args = c.args[1:]
			return cmdSyncSetup(ctx, c)
		case "status":
			c.args = c.args[1:]
			return cmdSyncStatus(ctx, c)
		case "history":
			c.args = c.args[1:]
			return cmdSyncHistory(ctx, c)
		}
	}
	watch := c.fs.Bool("watch", false, "keep syncing, every --every, until interrupted")
	every := c.fs.Duration("every", time.Minute, "with --watch: how often")
	asJSON := c.jsonFlag()
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	s, err := syncer.Open(ctx, lib, c.syncConfig())
	if err != nil {
		return syncErr(err)
	}
	if !*watch {
		return c.syncOnce(ctx, s, *asJSON)
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	tick := time.NewTicker(*every)
	defer tick.Stop()
	for {
		// Offline is normal: a failed round is reported and the next one
		// tries again.
		if err := c.syncOnce(ctx, s, *asJSON); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			fmt.Fprintln(c.Stderr, "dossier sync:", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

func (c *call) syncOnce(ctx context.Context, s *syncer.Syncer, asJSON bool) error {
	rep, err := s.Once(ctx, nil)
	if err != nil {
		return syncErr(err)
	}
	return c.done(asJSON, rep, "synced: read %d change sets (%d added, %d updated, %d conflicts kept side by side), pushed %d records in %d change sets; %d local changes pending\n",
		rep.Read, rep.Added, rep.Updated, rep.Conflicts, rep.Pushed, rep.Sets, rep.Pending)
}

// syncErr adds what to do to the errors an analyst can act on.
func syncErr(err error) error {
	switch {
	case errors.Is(err, app.ErrSyncOff):
		return fmt.Errorf("%w: run `dossier sync setup` first", err)
	case syncer.IsDamaged(err):
		return fmt.Errorf("%w\nThe library is as it was before that object; ask whoever runs the target, or a colleague, before syncing again", err)
	}
	return err
}

// syncConfig gives the secrets: the OS keyring, else the environment, else
// the terminal.
func (c *call) syncConfig() syncer.Config {
	cfg := syncer.Config{
		Secrets:    c.Secrets,
		Passphrase: c.Getenv("DOSSIER_SYNC_PASSPHRASE"),
		Password:   c.Getenv("DOSSIER_SYNC_PASSWORD"),
		Ask:        func(prompt string) (string, error) { return c.askPassphrase(prompt, false) },
	}
	if cfg.Secrets == nil {
		cfg.Secrets = syncer.OSKeyring{}
	}
	return cfg
}

func cmdSyncSetup(ctx context.Context, c *call) error {
	dir := c.fs.String("folder", "", "sync through this folder (a network share, a Syncthing or Dropbox folder)")
	dav := c.fs.String("webdav", "", "sync through this WebDAV collection URL (Nextcloud: https://HOST/remote.php/dav/files/USER/dossier/)")
	s3 := c.fs.String("s3", "", "sync through this S3-compatible endpoint (host[:port])")
	user := c.fs.String("user", "", "WebDAV user name, or S3 access key ID")
	bucket := c.fs.String("bucket", "", "S3 bucket")
	prefix := c.fs.String("prefix", "", "S3: a folder in the bucket")
	region := c.fs.String("region", "", "S3 region, when the store needs one")
	insecure := c.fs.Bool("insecure", false, "S3 over plain http (only for a store on this machine)")
	device := c.fs.String("device", "", "this device's name (letters, digits, - and _; made up when empty)")
	analyst := c.fs.String("analyst", "", "your name, kept with each change you sync")
	asJSON := c.jsonFlag()
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	var spec syncer.Spec
	switch {
	case *dir != "" && *dav == "" && *s3 == "":
		spec = syncer.Spec{Kind: syncer.KindFolder, Where: *dir}
	case *dav != "" && *dir == "" && *s3 == "":
		spec = syncer.Spec{Kind: syncer.KindWebDAV, Where: *dav, User: *user}
	case *s3 != "" && *dir == "" && *dav == "":
		if *bucket == "" {
			return errors.New("sync setup: --s3 needs --bucket")
		}
		spec = syncer.Spec{Kind: syncer.KindS3, Where: *s3, User: *user, Bucket: *bucket, Prefix: *prefix, Region: *region, Insecure: *insecure}
	default:
		return errors.New("sync setup: give one of --folder DIR, --webdav URL or --s3 ENDPOINT")
	}
	lib, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	kept, err := syncer.SetUp(ctx, lib, spec, *device, *analyst, c.syncConfig())
	if err != nil {
		return syncErr(err)
	}
	cfg, err := lib.SyncSettings()
	if err != nil {
		return err
	}
	if !kept && !*asJSON {
		fmt.Fprintln(c.Stderr, "note: no OS keyring here, so the library key and password are not kept; give them each time (DOSSIER_SYNC_PASSPHRASE, DOSSIER_SYNC_PASSWORD) or when asked")
	}
	return c.done(*asJSON, struct {
		Device   string `json:"device"`
		Target   string `json:"target"`
		Pending  int    `json:"pending"`
		KeyKept  bool   `json:"secrets_kept"`
		NextStep string `json:"next"`
	}{cfg.Device, cfg.Target, lib.SyncPendingCount(), kept, "dossier sync"},
		"sync set up: device %s, target %s; %d records wait for the first sync (run `dossier sync`)\n", cfg.Device, cfg.Target, lib.SyncPendingCount())
}

// syncStatus is what `dossier sync status` prints.
type syncStatus struct {
	Device     string            `json:"device"`
	Analyst    string            `json:"analyst,omitempty"`
	Target     string            `json:"target"`
	LastSynced *time.Time        `json:"last_synced"`
	Pending    int               `json:"pending_local"`
	Remote     map[string]uint64 `json:"pending_remote,omitempty"`
	Devices    map[string]uint64 `json:"devices,omitempty"`
	Error      string            `json:"error,omitempty"`
}

func cmdSyncStatus(ctx context.Context, c *call) error {
	offline := c.fs.Bool("offline", false, "do not contact the target")
	asJSON := c.jsonFlag()
	if _, err := c.parse(c.rest(), 0, 0); err != nil {
		return err
	}
	lib, err := c.open(ctx, true)
	if err != nil {
		return err
	}
	cfg, err := lib.SyncSettings()
	if err != nil {
		return syncErr(err)
	}
	st := syncStatus{Device: cfg.Device, Analyst: cfg.Analyst, Target: cfg.Target, Pending: lib.SyncPendingCount()}
	if !cfg.Last.IsZero() {
		st.LastSynced = &cfg.Last
	}
	if !*offline {
		// Never ask here: a status line must not wait for a person.
		sc := c.syncConfig()
		sc.Ask = nil
		if s, err := syncer.Open(ctx, lib, sc); err != nil {
			st.Error = err.Error()
		} else if ts, err := s.Status(ctx); err != nil {
			st.Error = err.Error()
		} else {
			st.Remote, st.Devices = ts.Pending, ts.Devices
		}
	}
	if *asJSON {
		return printJSON(c.Stdout, st)
	}
	last := "never"
	if st.LastSynced != nil {
		last = st.LastSynced.Local().Format("2006-01-02 15:04")
	}
	fmt.Fprintf(c.Stdout, "device %s, target %s\nlast synced: %s\nlocal changes pending: %d\n", st.Device, st.Target, last, st.Pending)
	remote := 0
	for _, n := range st.Remote {
		remote += int(n)
	}
	if st.Error != "" {
		fmt.Fprintf(c.Stdout, "target: %s\n", st.Error)
	} else if !*offline {
		fmt.Fprintf(c.Stdout, "change sets from other devices to read: %d (%d devices on the target)\n", remote, len(st.Devices))
	}
	return nil
}

// cmdSyncHistory says who changed a record, as sync carried it.
func cmdSyncHistory(ctx context.Context, c *call) error {
	asJSON := c.jsonFlag()
	lib, arg, err := c.openWithArg(ctx, true)
	if err != nil {
		return err
	}
	hist, err := lib.RecordHistory(arg)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(c.Stdout, hist)
	}
	if len(hist) == 0 {
		fmt.Fprintln(c.Stdout, "no synced changes of", arg)
	}
	for _, h := range hist {
		who := h.Device
		if h.Analyst != "" {
			who = h.Analyst + " on " + h.Device
		}
		how := "from"
		if h.Pushed {
			how = "sent by"
		}
		fmt.Fprintf(c.Stdout, "%s  %s %s\n", h.At.Local().Format("2006-01-02 15:04"), how, who)
	}
	return nil
}
