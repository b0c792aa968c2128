package storage_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"dossier/app"
	"dossier/storage"
)

type faultRec struct{ Text string }

// fillStore writes n records of about 500 bytes in one transaction.
func fillStore(t *testing.T, dir string, n int) {
	t.Helper()
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Update(func(tx app.Tx) error {
		for i := 0; i < n; i++ {
			if err := tx.Put(app.BucketNotes, fmt.Sprintf("id%05d", i), faultRec{fmt.Sprintf("%0500d", i)}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// A truncated file is refused with ErrNotLibrary before bbolt maps it (bbolt
// would fault past the end of the file and kill the process).
func TestFaultTruncatedStore(t *testing.T) {
	for _, frac := range []int64{2, 4, 100} {
		t.Run(fmt.Sprintf("1/%d", frac), func(t *testing.T) {
			dir := t.TempDir()
			fillStore(t, dir, 2000)
			p := filepath.Join(dir, storage.FileName)
			fi, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(p, fi.Size()/frac); err != nil {
				t.Fatal(err)
			}
			st, err := storage.Open(dir, storage.Options{})
			if err == nil {
				st.Close()
				t.Fatal("a truncated store opened")
			}
			if !errors.Is(err, storage.ErrNotLibrary) {
				t.Fatalf("error %v, want ErrNotLibrary", err)
			}
			t.Log(err)
		})
	}
}

// Garbage over the middle of the file: reads return ErrDamaged (with the
// way out) instead of panicking, and Check reports the damage.
func TestFaultCorruptPages(t *testing.T) {
	dir := t.TempDir()
	fillStore(t, dir, 2000)
	p := filepath.Join(dir, storage.FileName)
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, 64<<10)
	for i := range junk {
		junk[i] = byte(i * 7)
	}
	if _, err := f.WriteAt(junk, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	f.Close()
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		if !errors.Is(err, storage.ErrNotLibrary) {
			t.Fatalf("open: %v", err)
		}
		return
	}
	defer st.Close()
	if err := st.Check(); err == nil {
		t.Error("Check found no damage")
	}
	err = st.View(func(tx app.Tx) error {
		return tx.ForEach(app.BucketNotes, "", func(_ string, decode func(any) error) error {
			var r faultRec
			return decode(&r)
		})
	})
	if err != nil && !errors.Is(err, storage.ErrDamaged) && !strings.Contains(err.Error(), "decode") {
		t.Fatalf("read error %v, want ErrDamaged", err)
	}
	if errors.Is(err, storage.ErrDamaged) && !strings.Contains(err.Error(), "dossier restore") {
		t.Errorf("no way out in %v", err)
	}
}

// mountTmpfs mounts a small tmpfs at dir, or skips (needs root and mount).
func mountTmpfs(t *testing.T, dir, size string) {
	t.Helper()
	if os.Getuid() != 0 {
		t.Skip("needs root to mount a tmpfs")
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
}

// A full disk: the write that does not fit fails with a clear error, and
// every transaction committed before it is still there after reopening.
func TestFaultDiskFull(t *testing.T) {
	dir := t.TempDir()
	mountTmpfs(t, dir, "1m")
	st, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	committed := 0
	var werr error
	for i := 0; i < 10000; i++ {
		werr = st.Update(func(tx app.Tx) error {
			return tx.Put(app.BucketNotes, fmt.Sprintf("id%05d", i), faultRec{strings.Repeat("x", 4000)})
		})
		if werr != nil {
			break
		}
		committed++
	}
	st.Close()
	if werr == nil {
		t.Fatal("1 MB filled without an error")
	}
	if !strings.Contains(werr.Error(), "no space left") && !strings.Contains(werr.Error(), "file too large") {
		t.Errorf("disk-full error does not say so: %v", werr)
	}
	t.Logf("after %d commits: %v", committed, werr)
	st, err = storage.Open(dir, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("reopen after disk full: %v", err)
	}
	defer st.Close()
	if err := st.Check(); err != nil {
		t.Fatal(err)
	}
	if err := st.View(func(tx app.Tx) error {
		if n := tx.Count(app.BucketNotes); n < committed {
			return fmt.Errorf("%d records, %d committed", n, committed)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// A read-only library folder (a read-only mount: root ignores file modes):
// opening for writing fails clearly; opening read-only works.
func TestFaultReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	mountTmpfs(t, dir, "8m")
	fillStore(t, dir, 10)
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only: %v %s", err, out)
	}
	st, err := storage.Open(dir, storage.Options{})
	if err == nil {
		st.Close()
		t.Fatal("a library on a read-only mount opened for writing")
	}
	if !strings.Contains(err.Error(), "read-only") && !errors.Is(err, os.ErrPermission) {
		t.Errorf("error does not say read-only: %v", err)
	}
	t.Log(err)
	st, err = storage.Open(dir, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open: %v", err)
	}
	defer st.Close()
	if err := st.Check(); err != nil {
		t.Fatal(err)
	}
}
