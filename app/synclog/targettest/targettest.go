// Package targettest checks that a sync target behaves as synclog.Target
// says, and runs a sync between devices over it. Each target's tests run
// it against a real server of that kind on this machine.
package targettest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"dossier/app/synclog"
)

// Run checks tgt, which must be empty.
func Run(t *testing.T, tgt synclog.Target) {
	t.Helper()
	ctx := context.Background()
	if _, err := tgt.Get(ctx, "devices/a/0000000000000001.cs"); !errors.Is(err, synclog.ErrNotExist) {
		t.Fatalf("Get of a missing object: %v, want ErrNotExist", err)
	}
	objs := map[string][]byte{
		"key.age":                         []byte("k"),
		"devices/a/0000000000000001.cs":   bytes.Repeat([]byte{0, 1, 2, 255}, 1000),
		"devices/a/0000000000000002.cs":   []byte("two"),
		"devices/b-2/0000000000000001.cs": []byte("x"),
		"snapshots/0001-a.snap":           []byte("snap"),
	}
	for name, data := range objs {
		if err := tgt.Put(ctx, name, data); err != nil {
			t.Fatalf("Put %s: %v", name, err)
		}
	}
	for name, want := range objs {
		got, err := tgt.Get(ctx, name)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("Get %s = %d bytes, %v; want %d bytes", name, len(got), err, len(want))
		}
	}
	if err := tgt.Put(ctx, "devices/a/0000000000000002.cs", []byte("two, again")); err != nil {
		t.Fatalf("Put over an object: %v", err)
	}
	if got, _ := tgt.Get(ctx, "devices/a/0000000000000002.cs"); string(got) != "two, again" {
		t.Fatalf("after Put over an object, Get = %q", got)
	}
	names := func(prefix string) []string {
		t.Helper()
		list, err := tgt.List(ctx, prefix)
		if err != nil {
			t.Fatalf("List %q: %v", prefix, err)
		}
		var out []string
		for _, o := range list {
			out = append(out, o.Name)
			if want := objs[o.Name]; o.Name != "devices/a/0000000000000002.cs" && o.Size >= 0 && o.Size != int64(len(want)) {
				t.Errorf("List %q: %s has size %d, want %d", prefix, o.Name, o.Size, len(want))
			}
		}
		slices.Sort(out)
		return out
	}
	if got, want := names(""), []string{"devices/a/0000000000000001.cs", "devices/a/0000000000000002.cs", "devices/b-2/0000000000000001.cs", "key.age", "snapshots/0001-a.snap"}; !slices.Equal(got, want) {
		t.Fatalf("List all = %q, want %q", got, want)
	}
	if got, want := names("devices/a/"), []string{"devices/a/0000000000000001.cs", "devices/a/0000000000000002.cs"}; !slices.Equal(got, want) {
		t.Fatalf("List devices/a/ = %q, want %q", got, want)
	}
	if got := names("nothing/"); len(got) != 0 {
		t.Fatalf("List of an empty prefix = %q", got)
	}
	if err := tgt.Delete(ctx, "devices/a/0000000000000001.cs"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := tgt.Get(ctx, "devices/a/0000000000000001.cs"); !errors.Is(err, synclog.ErrNotExist) {
		t.Fatalf("Get after Delete: %v, want ErrNotExist", err)
	}
	if got, want := names("devices/"), []string{"devices/a/0000000000000002.cs", "devices/b-2/0000000000000001.cs"}; !slices.Equal(got, want) {
		t.Fatalf("List after Delete = %q, want %q", got, want)
	}
	for name := range objs {
		if err := tgt.Delete(ctx, name); err != nil && !errors.Is(err, synclog.ErrNotExist) {
			t.Fatalf("Delete %s: %v", name, err)
		}
	}
	if got := names(""); len(got) != 0 {
		t.Fatalf("List after deleting all = %q", got)
	}
}

// Converge runs three devices that push and pull over tgt, which must be
// empty, and checks that each reads every change set of the others exactly
// once and in each device's order.
func Converge(t *testing.T, tgt synclog.Target) {
	t.Helper()
	ctx := context.Background()
	key, err := synclog.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	type device struct {
		log  *synclog.Log
		st   synclog.State
		seen []string
	}
	devs := make([]*device, 3)
	for i := range devs {
		l, err := synclog.New(tgt, key, fmt.Sprintf("dev%d", i), "analyst")
		if err != nil {
			t.Fatal(err)
		}
		devs[i] = &device{log: l}
	}
	var all []string
	for round := 0; round < 3; round++ {
		for i, d := range devs {
			p := fmt.Sprintf("dev%d:%d", i, round)
			all = append(all, p)
			d.seen = append(d.seen, p)
			if _, err := d.log.Push(ctx, &d.st, []byte(p)); err != nil {
				t.Fatalf("push %s: %v", p, err)
			}
			if _, err := d.log.Pull(ctx, &d.st, func(cs *synclog.ChangeSet) error {
				d.seen = append(d.seen, string(cs.Payload))
				return nil
			}); err != nil {
				t.Fatalf("pull dev%d: %v", i, err)
			}
		}
	}
	slices.Sort(all)
	for i, d := range devs {
		if _, err := d.log.Pull(ctx, &d.st, func(cs *synclog.ChangeSet) error {
			d.seen = append(d.seen, string(cs.Payload))
			return nil
		}); err != nil {
			t.Fatalf("last pull dev%d: %v", i, err)
		}
		got := slices.Clone(d.seen)
		slices.Sort(got)
		if !slices.Equal(got, all) {
			t.Errorf("dev%d saw %q, want each of %q once", i, got, all)
		}
	}
}
