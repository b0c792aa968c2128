// Package syncer keeps a library in step with the analyst's other devices
// and the team's through a sync log (app/synclog) on a target the
// organisation runs. A sync reads the other devices' change sets and merges
// each with the bundle merge, then pushes what changed here; nothing waits
// for the network but the sync itself, which the GUI and `dossier sync
// --watch` run in the background.
package syncer

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"dossier/app"
	"dossier/app/synclog"
)

// pushBatch is the most records one change set carries.
const pushBatch = 2000

// snapshotEvery is how many change sets a device reads or writes between
// two snapshots of its own (each lets a new device start from it and lets
// older change sets be compacted away).
const snapshotEvery = 200

// maxPayload bounds a change set's decompressed size: a change set that
// claims more is refused rather than read into memory.
const maxPayload = 2 << 30

// Syncer syncs one library through one log.
type Syncer struct {
	lib *app.Library
	log *synclog.Log
}

// New returns a Syncer of lib through log. The library must have sync set
// up (app.Library.SetUpSync).
func New(lib *app.Library, log *synclog.Log) *Syncer { return &Syncer{lib: lib, log: log} }

// Report says what a sync did.
type Report struct {
	Read      int                 `json:"read"`      // change sets and snapshots merged here
	Pushed    int                 `json:"pushed"`    // records pushed
	Sets      int                 `json:"sets"`      // change sets pushed
	Added     int                 `json:"added"`     // records added by the merges
	Updated   int                 `json:"updated"`   // records updated by the merges
	Deleted   int                 `json:"deleted"`   // records another device deleted, deleted here
	Conflicts int                 `json:"conflicts"` // records changed on both sides, kept side by side
	Snapshot  bool                `json:"snapshot"`  // a snapshot was written
	Compacted int                 `json:"compacted"` // objects compacted away
	Pending   int                 `json:"pending"`   // local changes still to push
	Target    synclog.Status      `json:"target"`
	Details   []app.MergeConflict `json:"conflict_details,omitempty"`
}

// Progress is told what a sync is doing.
type Progress func(stage string, done, total int)

func encode(b *app.BundleData) ([]byte, error) {
	var buf bytes.Buffer
	// The fastest level: change sets are mostly article text, which it
	// still shrinks to about a third, at a quarter of the default's cost.
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if err := json.NewEncoder(zw).Encode(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decode(payload []byte) (*app.BundleData, error) {
	zr, err := gzip.NewReader(bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	var b app.BundleData
	dec := json.NewDecoder(io.LimitReader(zr, maxPayload))
	if err := dec.Decode(&b); err != nil {
		return nil, err
	}
	return &b, nil
}

func empty(b *app.BundleData) bool {
	return len(b.Tags)+len(b.People)+len(b.Articles)+len(b.Annotations)+len(b.Quotes)+len(b.Notes)+len(b.Deleted) == 0
}

func count(b *app.BundleData) int {
	return len(b.Tags) + len(b.People) + len(b.Articles) + len(b.Annotations) + len(b.Quotes) + len(b.Notes)
}

// Once reads what the other devices pushed, merges it, and pushes what
// changed here. It can be cancelled at any point: each change set is
// merged, and each push recorded, in a transaction of its own.
func (s *Syncer) Once(ctx context.Context, progress Progress) (Report, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	var rep Report
	cfg, err := s.lib.SyncSettings()
	if err != nil {
		return rep, err
	}
	var st synclog.State
	if len(cfg.State) > 0 {
		if err := json.Unmarshal(cfg.State, &st); err != nil {
			return rep, fmt.Errorf("sync: this library's sync state does not read: %w", err)
		}
	}
	status, err := s.log.Status(ctx, &st)
	if err != nil {
		return rep, err
	}
	toRead := 0
	for _, n := range status.Pending {
		toRead += int(n)
	}
	progress("read", 0, toRead)
	_, err = s.log.Pull(ctx, &st, func(cs *synclog.ChangeSet) error {
		b, err := decode(cs.Payload)
		if err != nil {
			return &synclog.DamagedError{Target: s.log.Target().String(), Name: cs.Name, Why: fmt.Sprintf("its changes do not read (%v)", err)}
		}
		b.Origin = cs.Device
		if cs.Analyst != "" {
			b.Origin = cs.Analyst + " on " + cs.Device
		}
		next, err := json.Marshal(st.After(cs))
		if err != nil {
			return err
		}
		del, err := s.lib.SyncDelete(ctx, b.Deleted)
		if err != nil {
			return err
		}
		rep.Deleted += del
		mr, err := s.lib.SyncApply(ctx, b, app.RecordChange{At: cs.Created, Device: cs.Device, Analyst: cs.Analyst}, next)
		if err != nil {
			return fmt.Errorf("sync: merge %s: %w", cs.Name, err)
		}
		rep.Read++
		rep.Added += mr.Added
		rep.Updated += mr.Updated
		rep.Conflicts += len(mr.Conflicts)
		rep.Details = append(rep.Details, mr.Conflicts...)
		progress("read", rep.Read, toRead)
		return nil
	})
	if err != nil {
		return rep, err
	}
	for {
		b, upto, err := s.lib.SyncPending(ctx, pushBatch)
		if err != nil {
			return rep, err
		}
		if upto == "" {
			break
		}
		if !empty(b) {
			payload, err := encode(b)
			if err != nil {
				return rep, fmt.Errorf("sync: encode changes: %w", err)
			}
			if _, err := s.log.Push(ctx, &st, payload); err != nil {
				return rep, err
			}
			rep.Sets++
			rep.Pushed += count(b)
		}
		state, err := json.Marshal(st)
		if err != nil {
			return rep, err
		}
		if err := s.lib.SyncPushed(b, upto, state); err != nil {
			return rep, fmt.Errorf("sync: record the push: %w", err)
		}
		progress("push", rep.Pushed, rep.Pushed+s.lib.SyncPendingCount())
	}
	if rep.Sets+rep.Read > 0 && s.dueSnapshot(ctx, &st) {
		if err := s.snapshot(ctx, &st); err != nil {
			return rep, err
		}
		rep.Snapshot = true
		if rep.Compacted, err = s.log.Compact(ctx); err != nil {
			return rep, err
		}
	}
	state, err := json.Marshal(st)
	if err != nil {
		return rep, err
	}
	if err := s.lib.SyncState(state, true); err != nil {
		return rep, err
	}
	rep.Pending = s.lib.SyncPendingCount()
	rep.Target, err = s.log.Status(ctx, &st)
	return rep, err
}

// dueSnapshot reports whether the target holds snapshotEvery change sets
// that no snapshot covers yet.
func (s *Syncer) dueSnapshot(ctx context.Context, st *synclog.State) bool {
	uncovered, err := s.log.Uncovered(ctx)
	return err == nil && uncovered >= snapshotEvery
}

func (s *Syncer) snapshot(ctx context.Context, st *synclog.State) error {
	b, err := s.lib.SyncWhole(ctx)
	if err != nil {
		return err
	}
	payload, err := encode(b)
	if err != nil {
		return fmt.Errorf("sync: encode snapshot: %w", err)
	}
	_, err = s.log.Snapshot(ctx, st, payload)
	return err
}

// ErrNotSetUp is returned when the library has no sync set up.
var ErrNotSetUp = app.ErrSyncOff

// IsDamaged reports whether err is a target's object that was refused.
func IsDamaged(err error) bool {
	var d *synclog.DamagedError
	return errors.As(err, &d)
}

// Status reads what the target holds, compared with this library.
func (s *Syncer) Status(ctx context.Context) (synclog.Status, error) {
	cfg, err := s.lib.SyncSettings()
	if err != nil {
		return synclog.Status{}, err
	}
	var st synclog.State
	if len(cfg.State) > 0 {
		if err := json.Unmarshal(cfg.State, &st); err != nil {
			return synclog.Status{}, fmt.Errorf("sync: this library's sync state does not read: %w", err)
		}
	}
	return s.log.Status(ctx, &st)
}
