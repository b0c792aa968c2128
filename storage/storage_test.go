package storage_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"dossier/app"
	"dossier/app/anchor"
	"dossier/storage"
)

func openStore(t *testing.T, dir string) *storage.Store {
	t.Helper()
	s, err := storage.Open(dir, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func meta(id string) app.Meta {
	now := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	return app.Meta{ID: id, V: app.RecordVersion, Created: now, Updated: now}
}

// TestRoundTrip stores one record of every type and reads it back equal.
func TestRoundTrip(t *testing.T) {
	s := openStore(t, t.TempDir())
	sel := anchor.Selector{Exact: "ready to talk", Prefix: "said it was ", Suffix: " anytime", Start: 10, End: 23}
	records := []struct {
		bucket app.Bucket
		in     any
		out    func() any
	}{
		{app.BucketArticles, &app.Article{Meta: meta("A1"), Title: "Talks “resume”", Source: "Wire", Author: "J. Doe",
			URL: "https://example.org/a", Published: time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC), Dateline: "SEOUL",
			Body: []string{"First – paragraph\u00a0here.", "Second"}, Headings: []int{1},
			Captions: []app.Caption{{Text: "A photo", Credit: "AFP"}}, Tags: []string{"actor/DPRK"}, ContentHash: "h", Revision: 1},
			func() any { return &app.Article{} }},
		{app.BucketAnnotations, &app.Annotation{Meta: meta("N1"), Target: app.Target{ArticleID: "A1", Selector: sel, State: anchor.Fuzzy},
			Color: "#f6c744", Note: "*why*", Tags: []string{"topic/talks"}}, func() any { return &app.Annotation{} }},
		{app.BucketQuotes, &app.Quote{Meta: meta("Q1"), Target: app.Target{ArticleID: "A1", Selector: sel}, Text: "ready to talk",
			Kind: "partial", SpeakerID: "P1", Speaker: "Sung Kim", Affiliation: "US envoy", Status: app.QuoteConfirmed, Tags: []string{"x"}},
			func() any { return &app.Quote{} }},
		{app.BucketPeople, &app.Person{Meta: meta("P1"), Name: "Sung Kim", Aliases: []string{"Kim"}, Affiliations: []string{"US envoy"}, Page: "# Kim"},
			func() any { return &app.Person{} }},
		{app.BucketNotes, &app.Note{Meta: meta("O1"), Title: "Talks", Body: "See [[Sung Kim]]", Tags: []string{"t"}, Aliases: []string{"Dialogue"}, Revision: 3},
			func() any { return &app.Note{} }},
		{app.BucketTags, &app.Tag{Meta: meta("T1"), Name: "actor/DPRK", Color: "#7cc4f2", Description: "North Korea"},
			func() any { return &app.Tag{} }},
	}
	if err := s.Update(func(tx app.Tx) error {
		for _, r := range records {
			id := reflect.ValueOf(r.in).Elem().FieldByName("ID").String()
			if err := tx.Put(r.bucket, id, r.in); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.View(func(tx app.Tx) error {
		for _, r := range records {
			id := reflect.ValueOf(r.in).Elem().FieldByName("ID").String()
			got := r.out()
			if err := tx.Get(r.bucket, id, got); err != nil {
				return err
			}
			if !reflect.DeepEqual(got, r.in) {
				t.Errorf("%s round trip:\n got %+v\nwant %+v", r.bucket, got, r.in)
			}
		}
		var missing app.Article
		if err := tx.Get(app.BucketArticles, "nope", &missing); !errors.Is(err, app.ErrNotFound) {
			t.Errorf("missing record: err = %v, want ErrNotFound", err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func TestRefsAndOrder(t *testing.T) {
	s := openStore(t, t.TempDir())
	err := s.Update(func(tx app.Tx) error {
		for _, id := range []string{"b", "a", "c"} {
			if err := tx.AddRef(app.RefArticleQuotes, "art1", id); err != nil {
				return err
			}
		}
		if err := tx.AddRef(app.RefArticleQuotes, "art10", "z"); err != nil {
			return err
		}
		for i := 0; i < 5; i++ {
			if err := tx.Put(app.BucketArticles, fmt.Sprintf("k%d", i), i); err != nil {
				return err
			}
		}
		return tx.RemoveRef(app.RefArticleQuotes, "art1", "c")
	})
	if err != nil {
		t.Fatal(err)
	}
	_ = s.View(func(tx app.Tx) error {
		ids, err := tx.RefIDs(app.RefArticleQuotes, "art1")
		if err != nil || !reflect.DeepEqual(ids, []string{"a", "b"}) {
			t.Errorf("RefIDs(art1) = %v, %v; want [a b] (art10's entries must not leak in)", ids, err)
		}
		var fwd, rev []string
		_ = tx.ForEach(app.BucketArticles, "k", func(id string, _ func(any) error) error { fwd = append(fwd, id); return nil })
		_ = tx.ForEachReverse(app.BucketArticles, "k", func(id string, _ func(any) error) error { rev = append(rev, id); return nil })
		if strings.Join(fwd, "") != "k0k1k2k3k4" || strings.Join(rev, "") != "k4k3k2k1k0" {
			t.Errorf("order: forward %v, reverse %v", fwd, rev)
		}
		for after, want := range map[string]string{"": "k0k1k2k3k4", "k1": "k2k3k4", "k15": "k2k3k4", "j": "k0k1k2k3k4", "k4": "", "z": ""} {
			var got []string
			_ = tx.ForEachAfter(app.BucketArticles, after, func(id string, _ func(any) error) error { got = append(got, id); return nil })
			if strings.Join(got, "") != want {
				t.Errorf("ForEachAfter(%q) = %v, want %s", after, got, want)
			}
		}
		var two []string
		_ = tx.ForEachAfter(app.BucketArticles, "k0", func(id string, _ func(any) error) error {
			two = append(two, id)
			if len(two) == 2 {
				return app.ErrStop
			}
			return nil
		})
		if strings.Join(two, "") != "k1k2" {
			t.Errorf("ForEachAfter stopped at %v, want k1k2", two)
		}
		if n := tx.Count(app.BucketArticles); n != 5 {
			t.Errorf("Count = %d, want 5", n)
		}
		return nil
	})
}

func TestBackupRestoreEqual(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	if err := s.Update(func(tx app.Tx) error {
		for i := 0; i < 200; i++ {
			if err := tx.Put(app.BucketNotes, fmt.Sprintf("n%03d", i), app.Note{Meta: meta(fmt.Sprintf("n%03d", i)), Title: fmt.Sprint("note ", i), Body: strings.Repeat("x", i)}); err != nil {
				return err
			}
		}
		return tx.Put(app.BucketMeta, "schema", app.SchemaVersion)
	}); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "backup.db")
	f, err := os.Create(backup)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := dump(t, s)
	// Change the library after the backup, then restore.
	if err := s.Update(func(tx app.Tx) error { return tx.Delete(app.BucketNotes, "n007") }); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Restore(backup, dir); !errors.Is(err, storage.ErrLocked) {
		t.Fatalf("restore over an open library: err = %v, want ErrLocked", err)
	}
	s.Close()
	kept, err := storage.Restore(backup, dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("previous file not kept: %v", err)
	}
	s2 := openStore(t, dir)
	if after := dump(t, s2); !bytes.Equal(before, after) {
		t.Error("restored library differs from the backed-up one")
	}
	if err := s2.Check(); err != nil {
		t.Error(err)
	}
}

func TestRestoreRefusesBadFile(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	s.Close()
	orig, _ := os.ReadFile(filepath.Join(dir, storage.FileName))
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, bytes.Repeat([]byte("not a database "), 400), 0o600)
	if _, err := storage.Restore(bad, dir); !errors.Is(err, storage.ErrNotLibrary) {
		t.Fatalf("err = %v, want ErrNotLibrary", err)
	}
	now, _ := os.ReadFile(filepath.Join(dir, storage.FileName))
	if !bytes.Equal(orig, now) {
		t.Error("library file changed by a refused restore")
	}
}

// dump renders every bucket's content, for equality checks.
func dump(t *testing.T, s *storage.Store) []byte {
	t.Helper()
	var b bytes.Buffer
	err := s.View(func(tx app.Tx) error {
		for _, bk := range app.Buckets {
			if err := tx.ForEach(bk, "", func(id string, decode func(any) error) error {
				var v any
				if err := decode(&v); err != nil {
					return err
				}
				fmt.Fprintf(&b, "%s/%s=%v\n", bk, id, v)
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestNotABboltFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, storage.FileName)
	content := []byte("# my notes, not a database\n")
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := storage.Open(dir, storage.Options{})
	if !errors.Is(err, storage.ErrNotLibrary) || !strings.Contains(err.Error(), path) {
		t.Fatalf("err = %v; want ErrNotLibrary naming %s", err, path)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
		t.Error("the file was changed")
	}
}

func TestUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions are not enforced")
	}
	dir := filepath.Join(t.TempDir(), "locked")
	os.Mkdir(dir, 0o000)
	defer os.Chmod(dir, 0o755)
	if _, err := storage.Open(dir, storage.Options{}); err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("err = %v; want an error naming %s", err, dir)
	}
}

// TestSecondProcessLocked opens the library here and again from a child
// process, which must fail within 2 seconds with an error naming the path.
func TestSecondProcessLocked(t *testing.T) {
	if dir := os.Getenv("DOSSIER_LOCK_CHILD"); dir != "" {
		_, err := storage.Open(dir, storage.Options{LockTimeout: time.Second})
		fmt.Print(err)
		os.Exit(0)
	}
	dir := t.TempDir()
	openStore(t, dir)
	cmd := exec.Command(os.Args[0], "-test.run=^TestSecondProcessLocked$")
	cmd.Env = append(os.Environ(), "DOSSIER_LOCK_CHILD="+dir)
	start := time.Now()
	out, err := cmd.Output()
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	msg := string(out)
	if !strings.Contains(msg, "already open") || !strings.Contains(msg, dir) {
		t.Errorf("child said %q; want an 'already open' error naming %s", msg, dir)
	}
	// The lock wait is 1 s; the bound is generous for a loaded CI machine but
	// still catches a hang.
	if took > 5*time.Second {
		t.Errorf("child took %v to give up", took)
	}
}

// TestRestoreOverTruncatedFile restores over a library file cut short (as
// by a full disk): the damaged file must not be mapped (bbolt would fault
// and kill the process) but kept aside, and the backup put in its place.
func TestRestoreOverTruncatedFile(t *testing.T) {
	dir := t.TempDir()
	s := openStore(t, dir)
	if err := s.Update(func(tx app.Tx) error {
		for i := 0; i < 300; i++ {
			if err := tx.Put(app.BucketNotes, fmt.Sprintf("n%03d", i), app.Note{Meta: meta(fmt.Sprintf("n%03d", i)), Title: fmt.Sprint("note ", i), Body: strings.Repeat("y", 500)}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(t.TempDir(), "backup.db")
	f, err := os.Create(backup)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := dump(t, s)
	s.Close()
	path := filepath.Join(dir, storage.FileName)
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, st.Size()/2); err != nil {
		t.Fatal(err)
	}
	damaged, _ := os.ReadFile(path)
	kept, err := storage.Restore(backup, dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(kept); !bytes.Equal(got, damaged) {
		t.Error("the damaged file was not kept as it was")
	}
	s2 := openStore(t, dir)
	if after := dump(t, s2); !bytes.Equal(before, after) {
		t.Error("restored library differs from the backed-up one")
	}
}

// Two restores within one second keep both earlier files, each under a name
// of its own (the second used to replace the first kept copy).
func TestRestoreTwiceKeepsEveryCopy(t *testing.T) {
	dir := t.TempDir()
	write := func(title string) []byte {
		s := openStore(t, dir)
		if err := s.Update(func(tx app.Tx) error {
			if err := tx.Put(app.BucketNotes, "n1", app.Note{Meta: meta("n1"), Title: title}); err != nil {
				return err
			}
			return tx.Put(app.BucketMeta, "schema", app.SchemaVersion)
		}); err != nil {
			t.Fatal(err)
		}
		s.Close()
		data, err := os.ReadFile(filepath.Join(dir, storage.FileName))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	backupData := write("the backup")
	backup := filepath.Join(t.TempDir(), "backup.db")
	if err := os.WriteFile(backup, backupData, 0o600); err != nil {
		t.Fatal(err)
	}
	first := write("first state")
	kept1, err := storage.Restore(backup, dir)
	if err != nil {
		t.Fatal(err)
	}
	second := write("second state")
	kept2, err := storage.Restore(backup, dir)
	if err != nil {
		t.Fatal(err)
	}
	if kept1 == kept2 {
		t.Fatalf("both restores kept the library as %s", kept1)
	}
	for _, k := range []struct {
		path string
		want []byte
	}{{kept1, first}, {kept2, second}} {
		got, err := os.ReadFile(k.path)
		if err != nil || !bytes.Equal(got, k.want) {
			t.Errorf("%s does not hold the library as it was before its restore (%v)", k.path, err)
		}
	}
}
