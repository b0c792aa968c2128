package synclog

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"filippo.io/age"
)

// Kinds of object.
const (
	KindChanges  = "changes"
	KindSnapshot = "snapshot"
)

const (
	magic       = "dossier-sync 1\n"
	devicesDir  = "devices/"
	snapshotDir = "snapshots/"
	changesExt  = ".cs"
	snapshotExt = ".snap"
)

// Cursor is how far one device's change sets have been read: the sequence
// number of the last one and the hash of its plain text, which the next one
// must name as its predecessor.
type Cursor struct {
	Seq  uint64 `json:"seq"`
	Hash string `json:"hash,omitempty"`
}

// State is what a device remembers between syncs. The library keeps it in
// its store, written in the same transaction as the changes it applies, so
// a crash never leaves the two apart.
type State struct {
	// Pushed is this device's own last change set on the target.
	Pushed Cursor `json:"pushed"`
	// Read holds, per other device, the last change set applied here.
	Read map[string]Cursor `json:"read,omitempty"`
}

func (s *State) read(device string) Cursor { return s.Read[device] }

func (s *State) setRead(device string, c Cursor) {
	if s.Read == nil {
		s.Read = map[string]Cursor{}
	}
	s.Read[device] = c
}

// Header is the part of an object that says what it is. It is inside the
// encryption, so the target can neither read nor forge it.
type Header struct {
	Kind    string    `json:"kind"`
	Name    string    `json:"name"` // the object's own name: a copy under another name is refused
	Device  string    `json:"device"`
	Analyst string    `json:"analyst,omitempty"`
	Seq     uint64    `json:"seq,omitempty"`
	Prev    string    `json:"prev,omitempty"` // hash of the device's change set Seq-1
	Created time.Time `json:"created"`
	// Covers is, for a snapshot, every device's last change set that the
	// snapshot already holds.
	Covers map[string]Cursor `json:"covers,omitempty"`
	Size   int               `json:"size"`
}

// ChangeSet is a decrypted, verified object.
type ChangeSet struct {
	Header
	Payload []byte
	// Hash is the hash of the object's plain text.
	Hash string
	// selfDevice is the reading device, whose own cursor a snapshot's
	// Covers must not move.
	selfDevice string
}

// Cursor is where a reader stands once it has applied c.
func (c *ChangeSet) Cursor() Cursor { return Cursor{Seq: c.Seq, Hash: c.Hash} }

// Log reads and writes one library's change sets on a target.
type Log struct {
	t       Target
	key     *Key
	device  string
	analyst string
	now     func() time.Time
}

// New returns the log of the library whose key is key, for the device
// named device (a stable ID of this installation) used by analyst.
func New(t Target, key *Key, device, analyst string) (*Log, error) {
	if !validDevice(device) {
		return nil, fmt.Errorf("sync: %q is not a device ID (letters, digits, - and _)", device)
	}
	return &Log{t: t, key: key, device: device, analyst: analyst, now: time.Now}, nil
}

func validDevice(d string) bool {
	if d == "" || len(d) > 64 {
		return false
	}
	for _, r := range d {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// Target is where the log lives.
func (l *Log) Target() Target { return l.t }

func changesName(device string, seq uint64) string {
	return fmt.Sprintf("%s%s/%016d%s", devicesDir, device, seq, changesExt)
}

func (l *Log) seal(h Header, payload []byte) (data []byte, hash string, err error) {
	h.Size = len(payload)
	head, err := json.Marshal(h)
	if err != nil {
		return nil, "", err
	}
	plain := make([]byte, 0, len(magic)+len(head)+1+len(payload))
	plain = append(plain, magic...)
	plain = append(plain, head...)
	plain = append(plain, '\n')
	plain = append(plain, payload...)
	sum := sha256.Sum256(plain)
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, l.key.rcp)
	if err != nil {
		return nil, "", err
	}
	if _, err := w.Write(plain); err != nil {
		return nil, "", err
	}
	if err := w.Close(); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), hex.EncodeToString(sum[:]), nil
}

// DamagedError says that an object on the target did not verify: it was
// altered, cut short, renamed, replayed or is missing.
type DamagedError struct {
	Target, Name, Why string
	err               error
}

// Unwrap gives ErrWrongKey for an object that does not open with the key.
func (e *DamagedError) Unwrap() error { return e.err }

func (e *DamagedError) Error() string {
	return fmt.Sprintf("sync: %s on %s: %s; nothing of it was applied", e.Name, e.Target, e.Why)
}

func (l *Log) damaged(name, why string, args ...any) error {
	return &DamagedError{Target: l.t.String(), Name: name, Why: fmt.Sprintf(why, args...)}
}

// open fetches, decrypts and checks the object name.
func (l *Log) open(ctx context.Context, name string) (*ChangeSet, error) {
	data, err := l.t.Get(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("sync: read %s from %s: %w", name, l.t, err)
	}
	r, err := age.Decrypt(bytes.NewReader(data), l.key.id)
	if err != nil {
		var nomatch *age.NoIdentityMatchError
		if errors.As(err, &nomatch) {
			return nil, &DamagedError{Target: l.t.String(), Name: name, Why: "it does not open with this device's key (written with another key, or its header was altered)", err: ErrWrongKey}
		}
		return nil, l.damaged(name, "it does not decrypt (%v)", err)
	}
	plain, err := io.ReadAll(r)
	if err != nil {
		return nil, l.damaged(name, "it is cut short or altered (%v)", err)
	}
	rest, ok := bytes.CutPrefix(plain, []byte(magic))
	head, payload, found := bytes.Cut(rest, []byte{'\n'})
	if !ok || !found {
		return nil, l.damaged(name, "it is not a Dossier sync object")
	}
	cs := &ChangeSet{Payload: payload, selfDevice: l.device}
	if err := json.Unmarshal(head, &cs.Header); err != nil {
		return nil, l.damaged(name, "its header does not read (%v)", err)
	}
	if cs.Name != name {
		return nil, l.damaged(name, "it was written as %s: a copy under another name", cs.Name)
	}
	if cs.Size != len(payload) {
		return nil, l.damaged(name, "it holds %d bytes of %d", len(payload), cs.Size)
	}
	sum := sha256.Sum256(plain)
	cs.Hash = hex.EncodeToString(sum[:])
	return cs, nil
}

// Push appends payload to the target as this device's next change set and
// advances st.Pushed. The caller persists st only after Push returns, so a
// crash between the two leaves a change set on the target that st does not
// know of: the next Push finds it, takes it as pushed when it is whole (its
// changes are also in the new payload; applying a change twice is harmless)
// or writes over it when it is not.
func (l *Log) Push(ctx context.Context, st *State, payload []byte) (Header, error) {
	for {
		seq := st.Pushed.Seq + 1
		name := changesName(l.device, seq)
		cs, err := l.open(ctx, name)
		if err == nil && cs.Device == l.device && cs.Seq == seq && cs.Prev == st.Pushed.Hash {
			st.Pushed = cs.Cursor() // left by an interrupted push
			continue
		}
		var damaged *DamagedError
		if err != nil && !errors.Is(err, ErrNotExist) && !errors.As(err, &damaged) {
			return Header{}, err
		}
		h := Header{Kind: KindChanges, Name: name, Device: l.device, Analyst: l.analyst, Seq: seq, Prev: st.Pushed.Hash, Created: l.now().UTC()}
		data, hash, err := l.seal(h, payload)
		if err != nil {
			return Header{}, fmt.Errorf("sync: seal %s: %w", name, err)
		}
		if err := l.t.Put(ctx, name, data); err != nil {
			return Header{}, fmt.Errorf("sync: write %s to %s: %w", name, l.t, err)
		}
		st.Pushed = Cursor{Seq: seq, Hash: hash}
		h.Size = len(payload)
		return h, nil
	}
}

// listing is the target's change sets, per device, in sequence order.
type listing map[string][]uint64

func (l *Log) list(ctx context.Context) (listing, []string, error) {
	objs, err := l.t.List(ctx, "")
	if err != nil {
		return nil, nil, fmt.Errorf("sync: list %s: %w", l.t, err)
	}
	out := listing{}
	var snaps []string
	for _, o := range objs {
		switch {
		case strings.HasPrefix(o.Name, devicesDir) && strings.HasSuffix(o.Name, changesExt):
			dev, file := path.Split(strings.TrimPrefix(o.Name, devicesDir))
			dev = strings.TrimSuffix(dev, "/")
			seq, err := strconv.ParseUint(strings.TrimSuffix(file, changesExt), 10, 64)
			if err != nil || !validDevice(dev) || seq == 0 {
				continue // not ours; a target may hold other files
			}
			out[dev] = append(out[dev], seq)
		case strings.HasPrefix(o.Name, snapshotDir) && strings.HasSuffix(o.Name, snapshotExt):
			snaps = append(snaps, o.Name)
		}
	}
	for d := range out {
		slices.Sort(out[d])
	}
	slices.Sort(snaps)
	return out, snaps, nil
}

// Pull reads every other device's change sets after st's cursors, verifies
// each, and hands it to apply in each device's order. After apply returns
// nil, st's cursor for that device moves past it; apply should store the
// change and the new cursor (cs.Cursor) in one transaction. A device whose
// earlier change sets were compacted away is caught up from the newest
// snapshot first (apply gets it as a ChangeSet of KindSnapshot; it covers
// every device in cs.Covers). Pull stops at the first object that does not
// verify, having applied only whole, verified change sets before it.
func (l *Log) Pull(ctx context.Context, st *State, apply func(*ChangeSet) error) (int, error) {
	list, snaps, err := l.list(ctx)
	if err != nil {
		return 0, err
	}
	if err := l.checkListing(list, st); err != nil {
		return 0, err
	}
	applied := 0
	if l.needsSnapshot(list, st) {
		if len(snaps) == 0 {
			return 0, l.missing(list, st)
		}
		snap, err := l.openSnapshot(ctx, snaps[len(snaps)-1])
		if err != nil {
			return 0, err
		}
		if err := apply(snap); err != nil {
			return 0, err
		}
		applied++
		*st = st.After(snap)
		if l.needsSnapshot(list, st) {
			return applied, l.missing(list, st)
		}
	}
	for _, dev := range slices.Sorted(maps.Keys(list)) {
		if dev == l.device {
			continue
		}
		for _, seq := range list[dev] {
			if err := ctx.Err(); err != nil {
				return applied, err
			}
			cur := st.read(dev)
			if seq <= cur.Seq {
				continue
			}
			name := changesName(dev, seq)
			if seq != cur.Seq+1 {
				return applied, l.damaged(changesName(dev, cur.Seq+1), "it is missing from the target, which lists %s", name)
			}
			cs, err := l.open(ctx, name)
			if errors.Is(err, ErrNotExist) {
				return applied, l.damaged(name, "the target listed it but does not have it")
			}
			if err != nil {
				return applied, err
			}
			switch {
			case cs.Kind != KindChanges || cs.Device != dev || cs.Seq != seq:
				return applied, l.damaged(name, "it says it is %s %d of device %s", cs.Kind, cs.Seq, cs.Device)
			case cs.Prev != cur.Hash:
				return applied, l.damaged(name, "it does not follow change set %d of device %s (replayed or out of order)", cur.Seq, dev)
			}
			if err := apply(cs); err != nil {
				return applied, err
			}
			st.setRead(dev, cs.Cursor())
			applied++
		}
	}
	return applied, nil
}

// checkListing refuses a listing that lacks a change set this device has
// already seen: compaction always keeps each device's newest change set, so
// a target that no longer lists it has lost or hides objects.
func (l *Log) checkListing(list listing, st *State) error {
	check := func(dev string, c Cursor) error {
		if c.Seq == 0 {
			return nil
		}
		seqs := list[dev]
		if len(seqs) == 0 || seqs[len(seqs)-1] < c.Seq {
			return &DamagedError{Target: l.t.String(), Name: changesName(dev, c.Seq),
				Why: "the target no longer lists a change set this device has already seen: it lost or hides objects"}
		}
		return nil
	}
	if err := check(l.device, st.Pushed); err != nil {
		return err
	}
	for _, dev := range slices.Sorted(maps.Keys(st.Read)) {
		if err := check(dev, st.Read[dev]); err != nil {
			return err
		}
	}
	return nil
}

// needsSnapshot reports whether some device's next change set was
// compacted away.
func (l *Log) needsSnapshot(list listing, st *State) bool {
	for dev, seqs := range list {
		if dev == l.device {
			continue
		}
		if next := st.read(dev).Seq + 1; seqs[len(seqs)-1] >= next && !slices.Contains(seqs, next) {
			return true
		}
	}
	return false
}

func (l *Log) missing(list listing, st *State) error {
	for _, dev := range slices.Sorted(maps.Keys(list)) {
		next := st.read(dev).Seq + 1
		if seqs := list[dev]; dev != l.device && seqs[len(seqs)-1] >= next && !slices.Contains(seqs, next) {
			return l.damaged(changesName(dev, next), "it is missing from the target and no snapshot covers it")
		}
	}
	return nil
}

func (l *Log) openSnapshot(ctx context.Context, name string) (*ChangeSet, error) {
	cs, err := l.open(ctx, name)
	if errors.Is(err, ErrNotExist) {
		return nil, l.damaged(name, "the target listed it but does not have it")
	}
	if err != nil {
		return nil, err
	}
	if cs.Kind != KindSnapshot {
		return nil, l.damaged(name, "it is a %s object, not a snapshot", cs.Kind)
	}
	return cs, nil
}

// Snapshot writes payload, the whole library as this device has it after
// applying everything st records, as a snapshot that covers st.
func (l *Log) Snapshot(ctx context.Context, st *State, payload []byte) (Header, error) {
	now := l.now().UTC()
	name := fmt.Sprintf("%s%020d-%s%s", snapshotDir, now.UnixNano(), l.device, snapshotExt)
	covers := maps.Clone(st.Read)
	if covers == nil {
		covers = map[string]Cursor{}
	}
	if st.Pushed.Seq > 0 {
		covers[l.device] = st.Pushed
	}
	h := Header{Kind: KindSnapshot, Name: name, Device: l.device, Analyst: l.analyst, Created: now, Covers: covers}
	data, _, err := l.seal(h, payload)
	if err != nil {
		return Header{}, fmt.Errorf("sync: seal %s: %w", name, err)
	}
	if err := l.t.Put(ctx, name, data); err != nil {
		return Header{}, fmt.Errorf("sync: write %s to %s: %w", name, l.t, err)
	}
	h.Size = len(payload)
	return h, nil
}

// Compact deletes the change sets that the newest snapshot covers, except
// each device's newest (which proves to readers that the target still
// holds what they saw), and every snapshot but the newest two. It returns
// how many objects it deleted.
func (l *Log) Compact(ctx context.Context) (int, error) {
	list, snaps, err := l.list(ctx)
	if err != nil || len(snaps) == 0 {
		return 0, err
	}
	snap, err := l.openSnapshot(ctx, snaps[len(snaps)-1])
	if err != nil {
		return 0, err
	}
	var doomed []string
	for dev, seqs := range list {
		covered := snap.Covers[dev].Seq
		for _, seq := range seqs[:len(seqs)-1] {
			if seq <= covered {
				doomed = append(doomed, changesName(dev, seq))
			}
		}
	}
	if len(snaps) > 2 {
		doomed = append(doomed, snaps[:len(snaps)-2]...)
	}
	slices.Sort(doomed)
	for i, name := range doomed {
		if err := l.t.Delete(ctx, name); err != nil && !errors.Is(err, ErrNotExist) {
			return i, fmt.Errorf("sync: compact %s: delete %s: %w", l.t, name, err)
		}
	}
	return len(doomed), nil
}

// Status is what the target holds, for a status line.
type Status struct {
	Devices   map[string]uint64 `json:"devices"` // newest change set per device
	Snapshots int               `json:"snapshots"`
	Pending   map[string]uint64 `json:"pending"` // change sets not yet read here, per device
}

// Status lists the target and compares it with st.
func (l *Log) Status(ctx context.Context, st *State) (Status, error) {
	list, snaps, err := l.list(ctx)
	if err != nil {
		return Status{}, err
	}
	s := Status{Devices: map[string]uint64{}, Pending: map[string]uint64{}, Snapshots: len(snaps)}
	for dev, seqs := range list {
		newest := seqs[len(seqs)-1]
		s.Devices[dev] = newest
		if dev != l.device && newest > st.read(dev).Seq {
			s.Pending[dev] = newest - st.read(dev).Seq
		}
	}
	return s, nil
}

// After returns the state once cs is applied: what apply stores with the
// change (Pull moves st itself only after apply returns).
func (s State) After(cs *ChangeSet) State {
	out := State{Pushed: s.Pushed, Read: maps.Clone(s.Read)}
	if out.Read == nil {
		out.Read = map[string]Cursor{}
	}
	if cs.Kind == KindSnapshot {
		for dev, c := range cs.Covers {
			if c.Seq > out.Read[dev].Seq && dev != cs.selfDevice {
				out.Read[dev] = c
			}
		}
		return out
	}
	out.Read[cs.Device] = cs.Cursor()
	return out
}

// Uncovered counts the change sets on the target that the newest snapshot
// does not cover (all of them when there is none).
func (l *Log) Uncovered(ctx context.Context) (int, error) {
	list, snaps, err := l.list(ctx)
	if err != nil {
		return 0, err
	}
	var covers map[string]Cursor
	if len(snaps) > 0 {
		snap, err := l.openSnapshot(ctx, snaps[len(snaps)-1])
		if err != nil {
			return 0, err
		}
		covers = snap.Covers
	}
	n := 0
	for dev, seqs := range list {
		for _, seq := range seqs {
			if seq > covers[dev].Seq {
				n++
			}
		}
	}
	return n, nil
}
