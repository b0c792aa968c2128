package synclog_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"dossier/app/synclog"
	"dossier/app/synclog/folder"
)

type device struct {
	t    *testing.T
	log  *synclog.Log
	st   synclog.State
	seen []string
}

func newDevice(t *testing.T, tgt synclog.Target, key *synclog.Key, name string) *device {
	l, err := synclog.New(tgt, key, name, "analyst "+name)
	if err != nil {
		t.Fatal(err)
	}
	return &device{t: t, log: l}
}

func (d *device) push(payload string) {
	d.t.Helper()
	if _, err := d.log.Push(context.Background(), &d.st, []byte(payload)); err != nil {
		d.t.Fatalf("push %s: %v", payload, err)
	}
}

func (d *device) pull() error {
	_, err := d.log.Pull(context.Background(), &d.st, func(cs *synclog.ChangeSet) error {
		d.seen = append(d.seen, cs.Kind+":"+string(cs.Payload))
		return nil
	})
	return err
}

func (d *device) mustPull() {
	d.t.Helper()
	if err := d.pull(); err != nil {
		d.t.Fatalf("pull: %v", err)
	}
}

func setup(t *testing.T) (*folder.Target, *synclog.Key) {
	tgt, err := folder.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	key, err := synclog.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	return tgt, key
}

func TestOpenKey(t *testing.T) {
	tgt, _ := setup(t)
	ctx := context.Background()
	k1, err := synclog.OpenKeyWorkFactor(ctx, tgt, "correct horse", 10)
	if err != nil {
		t.Fatal(err)
	}
	k2, err := synclog.OpenKeyWorkFactor(ctx, tgt, "correct horse", 10)
	if err != nil || k2.String() != k1.String() {
		t.Fatalf("second device got another key (%v)", err)
	}
	if _, err := synclog.OpenKeyWorkFactor(ctx, tgt, "wrong horse", 10); !errors.Is(err, synclog.ErrWrongKey) {
		t.Fatalf("wrong passphrase: %v, want ErrWrongKey", err)
	}
	if _, err := synclog.ParseKey(k1.String()); err != nil {
		t.Fatalf("ParseKey: %v", err)
	}
	data, _ := tgt.Get(ctx, "key.age")
	if strings.Contains(string(data), k1.String()) {
		t.Fatal("the key lies on the target unencrypted")
	}
}

func TestWrongKey(t *testing.T) {
	tgt, key := setup(t)
	a := newDevice(t, tgt, key, "a")
	a.push("one")
	other, _ := synclog.NewKey()
	b := newDevice(t, tgt, other, "b")
	if err := b.pull(); !errors.Is(err, synclog.ErrWrongKey) || !strings.Contains(err.Error(), "nothing of it was applied") {
		t.Fatalf("pull with another key: %v, want ErrWrongKey", err)
	}
	if len(b.seen) != 0 || b.st.Read["a"].Seq != 0 {
		t.Fatalf("applied %q", b.seen)
	}
}

// refused checks that pull fails with a DamagedError that says why (one
// of the reasons separated by "|").
func refused(t *testing.T, d *device, why string) {
	t.Helper()
	err := d.pull()
	var damaged *synclog.DamagedError
	if !errors.As(err, &damaged) {
		t.Fatalf("pull: %v, want a DamagedError (%s)", err, why)
	}
	for _, w := range strings.Split(why, "|") {
		if strings.Contains(err.Error(), w) {
			return
		}
	}
	t.Fatalf("pull: %q does not say %q", err, why)
}

func TestTamperedAndTruncatedRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		harm func([]byte) []byte
		why  string
	}{
		{"flipped byte", func(b []byte) []byte { b[len(b)-20] ^= 1; return b }, "cut short or altered"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-30] }, "cut short or altered"},
		// The flipped byte lands in the random ephemeral key: it reads as
		// another key, or (when it breaks the encoding) as no key at all.
		{"header", func(b []byte) []byte { b[40] ^= 1; return b }, "does not open with this device's key|does not decrypt"},
		{"empty", func(b []byte) []byte { return nil }, "does not decrypt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tgt, key := setup(t)
			ctx := context.Background()
			a, b := newDevice(t, tgt, key, "a"), newDevice(t, tgt, key, "b")
			a.push(strings.Repeat("first ", 100))
			a.push(strings.Repeat("second ", 100))
			name := "devices/a/0000000000000002.cs"
			data, _ := tgt.Get(ctx, name)
			tgt.Put(ctx, name, tc.harm(data))
			refused(t, b, tc.why)
			if len(b.seen) != 1 || b.st.Read["a"].Seq != 1 {
				t.Fatalf("want the whole first change set only, have %d and cursor %d", len(b.seen), b.st.Read["a"].Seq)
			}
		})
	}
}

func TestReplayAndReorderRefused(t *testing.T) {
	ctx := context.Background()
	t.Run("copied under the next name", func(t *testing.T) {
		tgt, key := setup(t)
		a, b := newDevice(t, tgt, key, "a"), newDevice(t, tgt, key, "b")
		a.push("one")
		b.mustPull()
		data, _ := tgt.Get(ctx, "devices/a/0000000000000001.cs")
		tgt.Put(ctx, "devices/a/0000000000000002.cs", data)
		refused(t, b, "a copy under another name")
		if want := []string{"changes:one"}; !slices.Equal(b.seen, want) {
			t.Fatalf("applied %q, want %q", b.seen, want)
		}
	})
	t.Run("swapped", func(t *testing.T) {
		tgt, key := setup(t)
		a, b := newDevice(t, tgt, key, "a"), newDevice(t, tgt, key, "b")
		a.push("one")
		a.push("two")
		one, _ := tgt.Get(ctx, "devices/a/0000000000000001.cs")
		two, _ := tgt.Get(ctx, "devices/a/0000000000000002.cs")
		tgt.Put(ctx, "devices/a/0000000000000001.cs", two)
		tgt.Put(ctx, "devices/a/0000000000000002.cs", one)
		refused(t, b, "a copy under another name")
		if len(b.seen) != 0 {
			t.Fatalf("applied %q", b.seen)
		}
	})
	t.Run("another device's", func(t *testing.T) {
		tgt, key := setup(t)
		a, c, b := newDevice(t, tgt, key, "a"), newDevice(t, tgt, key, "c"), newDevice(t, tgt, key, "b")
		a.push("one")
		c.push("from c")
		data, _ := tgt.Get(ctx, "devices/c/0000000000000001.cs")
		tgt.Delete(ctx, "devices/c/0000000000000001.cs")
		tgt.Put(ctx, "devices/a/0000000000000002.cs", data)
		refused(t, b, "a copy under another name")
	})
}

// hiding is a target that leaves some names out of its listings.
type hiding struct {
	synclog.Target
	hide func(string) bool
}

func (h hiding) List(ctx context.Context, prefix string) ([]synclog.Object, error) {
	list, err := h.Target.List(ctx, prefix)
	return slices.DeleteFunc(list, func(o synclog.Object) bool { return h.hide(o.Name) }), err
}

func TestListingLiesRefused(t *testing.T) {
	tgt, key := setup(t)
	a, b := newDevice(t, tgt, key, "a"), newDevice(t, tgt, key, "b")
	a.push("one")
	a.push("two")
	b.mustPull()
	a.push("three")
	liar := hiding{tgt, func(n string) bool { return strings.HasPrefix(n, "devices/a/") }}
	b.log, _ = synclog.New(liar, key, "b", "")
	refused(t, b, "lost or hides objects")

	// A gap in the middle: the target hides one change set.
	c := newDevice(t, tgt, key, "c")
	c.log, _ = synclog.New(hiding{tgt, func(n string) bool { return n == "devices/a/0000000000000002.cs" }}, key, "c", "")
	refused(t, c, "missing from the target")
	if len(c.seen) != 1 {
		t.Fatalf("applied %q before the gap, want the first only", c.seen)
	}
	// Its own change sets hidden: the device notices too.
	a.log, _ = synclog.New(liar, key, "a", "")
	if err := a.pull(); err == nil || !strings.Contains(err.Error(), "lost or hides") {
		t.Fatalf("own change sets hidden: %v", err)
	}
}

func TestInterruptedPush(t *testing.T) {
	tgt, key := setup(t)
	ctx := context.Background()
	a, b := newDevice(t, tgt, key, "a"), newDevice(t, tgt, key, "b")
	a.push("one")
	saved := a.st // the state as persisted before the crash
	a.push("two") // written, but the crash came before the state was stored
	a.st = saved
	a.push("two and three")
	if a.st.Pushed.Seq != 3 {
		t.Fatalf("pushed seq %d, want 3 (2 adopted, 3 new)", a.st.Pushed.Seq)
	}
	b.mustPull()
	if want := []string{"changes:one", "changes:two", "changes:two and three"}; !slices.Equal(b.seen, want) {
		t.Fatalf("b saw %q, want %q", b.seen, want)
	}

	// A push cut short leaves half an object; the next push writes over it.
	c := newDevice(t, tgt, key, "c")
	c.push("c one")
	data, _ := tgt.Get(ctx, "devices/c/0000000000000001.cs")
	saved = c.st
	c.push("c two")
	tgt.Put(ctx, "devices/c/0000000000000002.cs", data[:len(data)/2])
	c.st = saved
	c.push("c two again")
	if c.st.Pushed.Seq != 2 {
		t.Fatalf("pushed seq %d, want 2 (the half object written over)", c.st.Pushed.Seq)
	}
	b.mustPull()
	if got := b.seen[len(b.seen)-2:]; !slices.Equal(got, []string{"changes:c one", "changes:c two again"}) {
		t.Fatalf("b saw %q", got)
	}
}

func TestSnapshotCompactAndNewDevice(t *testing.T) {
	tgt, key := setup(t)
	ctx := context.Background()
	a, b := newDevice(t, tgt, key, "a"), newDevice(t, tgt, key, "b")
	offline := newDevice(t, tgt, key, "offline")
	for i := 1; i <= 5; i++ {
		a.push(fmt.Sprintf("a%d", i))
		b.push(fmt.Sprintf("b%d", i))
	}
	offline.mustPull() // reads a1..a5, b1..b5, then goes travelling
	for i := 6; i <= 8; i++ {
		a.push(fmt.Sprintf("a%d", i))
		b.push(fmt.Sprintf("b%d", i))
	}
	a.mustPull()
	if _, err := a.log.Snapshot(ctx, &a.st, []byte("everything to a8 b8")); err != nil {
		t.Fatal(err)
	}
	a.push("a9")
	n, err := a.log.Compact(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 8+7 { // a1..a8 and b1..b7: a9 is not covered, b8 is b's newest
		t.Fatalf("compacted %d objects, want 15", n)
	}

	fresh := newDevice(t, tgt, key, "fresh")
	fresh.mustPull()
	if want := []string{"snapshot:everything to a8 b8", "changes:a9"}; !slices.Equal(fresh.seen, want) {
		t.Fatalf("a new device saw %q, want %q", fresh.seen, want)
	}
	before := len(offline.seen)
	offline.mustPull()
	if want := []string{"snapshot:everything to a8 b8", "changes:a9"}; !slices.Equal(offline.seen[before:], want) {
		t.Fatalf("the travelling device saw %q, want %q", offline.seen[before:], want)
	}
	b.mustPull() // b had read nothing of a's: it catches up from the snapshot
	b.push("b9")
	for _, d := range []*device{a, fresh, offline} {
		d.mustPull()
		if last := d.seen[len(d.seen)-1]; last != "changes:b9" {
			t.Fatalf("%v last saw %q", d.st, last)
		}
	}
	st, err := fresh.log.Status(ctx, &fresh.st)
	if err != nil || st.Devices["a"] != 9 || st.Devices["b"] != 9 || len(st.Pending) != 0 || st.Snapshots != 1 {
		t.Fatalf("status %+v, %v", st, err)
	}
}
