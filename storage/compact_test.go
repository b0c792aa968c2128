package storage

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"dossier/app"
	"dossier/app/corpus"
)

// compactFixture is a library-like store: generated articles and their
// quotes (real-looking text, so the dictionaries have something to learn),
// refs, a bucket sequence, and the churn of index jobs written and deleted.
type compactFixture struct {
	articles map[string]app.Article
	quotes   map[string]app.Quote
	refs     map[string][]string // article ID → quote IDs
	seq      uint64
}

func fillCompact(t *testing.T, s *Store, n int) *compactFixture {
	t.Helper()
	g := corpus.New(corpus.Options{Seed: 7})
	f := &compactFixture{articles: map[string]app.Article{}, quotes: map[string]app.Quote{}, refs: map[string][]string{}}
	now := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	for i := range n {
		ga := g.Article(i)
		a := app.Article{Meta: app.Meta{ID: fmt.Sprintf("A%06d", i), V: 1, Created: now, Updated: now}, Title: ga.Title,
			Source: ga.Source, Author: ga.Author, Published: ga.Published, Body: ga.Paragraphs, Tags: ga.Tags, ContentHash: fmt.Sprint(i), Revision: 1}
		err := s.Update(func(tx app.Tx) error {
			if err := tx.Put(app.BucketArticles, a.ID, &a); err != nil {
				return err
			}
			for j, gq := range ga.Quotes {
				q := app.Quote{Meta: app.Meta{ID: fmt.Sprintf("Q%06d%02d", i, j), V: 1, Created: now, Updated: now},
					Target: app.Target{ArticleID: a.ID}, Text: gq.Text, Speaker: gq.Speaker, Status: app.QuoteSuggested}
				q.Target.Selector.Exact = gq.Text
				if err := tx.Put(app.BucketQuotes, q.ID, &q); err != nil {
					return err
				}
				if err := tx.AddRef(app.RefArticleQuotes, a.ID, q.ID); err != nil {
					return err
				}
				f.quotes[q.ID] = q
				f.refs[a.ID] = append(f.refs[a.ID], q.ID)
			}
			// An index job, as the library writes with every change.
			seq, err := tx.NextSeq(app.BucketOutbox)
			if err != nil {
				return err
			}
			f.seq = seq
			return tx.Put(app.BucketOutbox, fmt.Sprintf("%016x", seq), app.IndexJob{Type: app.TypeArticle, ID: a.ID})
		})
		if err != nil {
			t.Fatal(err)
		}
		f.articles[a.ID] = a
	}
	// The indexer deletes the jobs: free pages.
	if err := s.Update(func(tx app.Tx) error {
		var keys []string
		if err := tx.ForEach(app.BucketOutbox, "", func(k string, _ func(any) error) error {
			keys = append(keys, k)
			return nil
		}); err != nil {
			return err
		}
		for _, k := range keys {
			if err := tx.Delete(app.BucketOutbox, k); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return f
}

// check verifies that s holds exactly the fixture's records and refs, and
// the outbox's sequence.
func (f *compactFixture) check(t *testing.T, s *Store) {
	t.Helper()
	err := s.View(func(tx app.Tx) error {
		if n := tx.Count(app.BucketArticles); n != len(f.articles) {
			return fmt.Errorf("%d articles, want %d", n, len(f.articles))
		}
		if n := tx.Count(app.BucketQuotes); n != len(f.quotes) {
			return fmt.Errorf("%d quotes, want %d", n, len(f.quotes))
		}
		if n := tx.Count(app.BucketOutbox); n != 0 {
			return fmt.Errorf("%d index jobs left", n)
		}
		for id, want := range f.articles {
			var got app.Article
			if err := tx.Get(app.BucketArticles, id, &got); err != nil {
				return err
			}
			if !reflect.DeepEqual(got, want) {
				return fmt.Errorf("article %s changed: %+v", id, got)
			}
			ids, err := tx.RefIDs(app.RefArticleQuotes, id)
			if err != nil {
				return err
			}
			if !reflect.DeepEqual(ids, f.refs[id]) {
				return fmt.Errorf("quotes of %s: %v, want %v", id, ids, f.refs[id])
			}
		}
		n := 0
		if err := tx.ForEach(app.BucketQuotes, "", func(id string, decode func(any) error) error {
			var got app.Quote
			if err := decode(&got); err != nil {
				return err
			}
			if !reflect.DeepEqual(got, f.quotes[id]) {
				return fmt.Errorf("quote %s changed: %+v", id, got)
			}
			n++
			return nil
		}); err != nil {
			return err
		}
		if n != len(f.quotes) {
			return fmt.Errorf("walked %d quotes, want %d", n, len(f.quotes))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The sequence goes on where it was.
	if err := s.Update(func(tx app.Tx) error {
		seq, err := tx.NextSeq(app.BucketOutbox)
		if err != nil {
			return err
		}
		if seq != f.seq+1 {
			return fmt.Errorf("outbox sequence %d after compaction, want %d", seq, f.seq+1)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	f.seq++
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}

// dataSize is the store's size up to its last page in use (the file
// itself grows in steps).
func dataSize(t *testing.T, s *Store) int64 {
	t.Helper()
	var n int64
	if err := s.db.View(func(tx *bolt.Tx) error {
		n = tx.Size()
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestCompact: the file shrinks to well under half (free pages gone, large
// buckets compressed), every record, ref and sequence is kept, records
// written afterwards are compressed too, and all of it reads back after the
// store is opened again. Without force, a compaction runs only once the
// file has grown enough.
func TestCompact(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	f := fillCompact(t, s, 300)
	before := dataSize(t, s)
	ran, err := s.Compact(context.Background(), true)
	if err != nil || !ran {
		t.Fatalf("Compact: %v, %v", ran, err)
	}
	after := dataSize(t, s)
	t.Logf("store %d → %d bytes (%.2f)", before, after, float64(after)/float64(before))
	if st, err := os.Stat(s.Path()); err != nil || st.Size() != after {
		t.Errorf("the compacted file has %v bytes, its pages %d", st.Size(), after)
	}
	if after*5 > before*2 {
		t.Errorf("compacted store %d bytes, more than 40%% of %d", after, before)
	}
	if s.codec.enc[string(app.BucketArticles)] == nil || s.codec.enc[string(app.BucketQuotes)] == nil {
		t.Error("no dictionaries for articles and quotes")
	}
	f.check(t, s)

	// New records are compressed with the bucket's dictionary.
	a := f.articles["A000001"]
	a.ID, a.Title = "B000001", "Written after the compaction"
	if err := s.Update(func(tx app.Tx) error { return tx.Put(app.BucketArticles, a.ID, &a) }); err != nil {
		t.Fatal(err)
	}
	f.articles[a.ID] = a
	if err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket([]byte(app.BucketArticles)).Get([]byte(a.ID))
		if len(v) == 0 || v[0] != markCompressed {
			return errors.New("an article written after the compaction is not compressed")
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
	if ran, err := s.Compact(context.Background(), false); err != nil || ran {
		t.Errorf("a second compaction ran without growth: %v, %v", ran, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(dir, Options{}); err != nil {
		t.Fatal(err)
	}
	f.check(t, s)
	// Compacting a compacted store (new dictionaries) keeps everything.
	if _, err := s.Compact(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	f.check(t, s)
}

// TestCompactFails: a compaction stopped at any stage before the swap
// (cancelled, or failing) leaves the store as it was and usable, and no
// stray file; stopped after the rename, the store is the compacted one.
func TestCompactFails(t *testing.T) {
	for _, stage := range []string{stageCopy, stageSynced, stageRenamed, "cancel"} {
		t.Run(stage, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir, Options{NoSync: true})
			if err != nil {
				t.Fatal(err)
			}
			defer func() { s.Close() }()
			f := fillCompact(t, s, 120)
			before := dataSize(t, s)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			s.compactTx = 64 << 10
			s.compactHook = func(st string) error {
				if stage == "cancel" && st == stageCopy {
					cancel()
				}
				if st == stage {
					return errors.New("disk on fire")
				}
				return nil
			}
			_, err = s.Compact(ctx, true)
			if err == nil {
				t.Fatal("Compact did not fail")
			}
			if _, serr := os.Stat(s.Path() + compactSuffix); serr == nil {
				t.Error("the new file was left behind")
			}
			f.check(t, s)
			if after := dataSize(t, s); stage != stageRenamed && after != before {
				t.Errorf("store changed size %d → %d", before, after)
			} else if stage == stageRenamed && after >= before {
				t.Errorf("store not compacted: %d → %d", before, after)
			}
		})
	}
}

// TestCompactKilled kills a process in the middle of a compaction, at each
// stage, and opens the library after it: every record is there, whether
// the old file or the new one survived, and the stray file is gone.
func TestCompactKilled(t *testing.T) {
	if dir := os.Getenv("DOSSIER_COMPACT_CHILD"); dir != "" {
		compactChild(dir, os.Getenv("DOSSIER_COMPACT_STAGE"))
		return
	}
	if testing.Short() {
		t.Skip("starts processes")
	}
	for _, stage := range []string{stageCopy, stageSynced, stageRenamed} {
		t.Run(stage, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			f := fillCompact(t, s, 120)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestCompactKilled$")
			cmd.Env = append(os.Environ(), "DOSSIER_COMPACT_CHILD="+dir, "DOSSIER_COMPACT_STAGE="+stage)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(out).ReadString('\n')
			if err != nil || !strings.HasPrefix(line, "at "+stage) {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("child: %q, %v", line, err)
			}
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()
			stray := filepath.Join(dir, FileName+compactSuffix)
			if _, err := os.Stat(stray); (err == nil) != (stage != stageRenamed) {
				t.Errorf("at %s the new file exists: %v", stage, err == nil)
			}
			s, err = Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := os.Stat(stray); err == nil {
				t.Error("Open left the interrupted compaction's file")
			}
			compressed := s.codec.dec != nil
			if compressed != (stage == stageRenamed) {
				t.Errorf("killed at %s, the store is the compacted one: %v", stage, compressed)
			}
			f.check(t, s)
		})
	}
}

// compactChild compacts the store in dir and stops at stage, saying so,
// until it is killed.
func compactChild(dir, stage string) {
	s, err := Open(dir, Options{})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	s.compactTx = 64 << 10
	s.compactHook = func(st string) error {
		if st == stage {
			fmt.Println("at", st)
			time.Sleep(time.Minute)
		}
		return nil
	}
	_, err = s.Compact(context.Background(), true)
	fmt.Println("error: not killed", err)
	os.Exit(1)
}

// TestCompactWaitsForTransactions: a compaction started while a
// transaction is open neither blocks a transaction opened inside it (a
// read within a read) nor gives the reader a stale file; it runs once the
// transactions end, or gives up when they do not end in time.
func TestCompactWaitsForTransactions(t *testing.T) {
	s, err := Open(t.TempDir(), Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f := fillCompact(t, s, 20)
	s.compactWait = 2 * time.Second
	started, nested := make(chan struct{}), make(chan error, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		nested <- s.View(func(tx app.Tx) error {
			close(started)
			time.Sleep(100 * time.Millisecond) // Compact is trying meanwhile
			return s.View(func(app.Tx) error { return nil })
		})
	}()
	<-started
	type result struct {
		ran bool
		err error
	}
	compacted := make(chan result, 1)
	go func() {
		ran, err := s.Compact(context.Background(), true)
		compacted <- result{ran, err}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a transaction inside another waited for the compaction")
	}
	r := <-compacted
	ran, err := r.ran, r.err
	if err := <-nested; err != nil {
		t.Fatal(err)
	}
	if err != nil || !ran {
		t.Fatalf("Compact after the transactions ended: %v, %v", ran, err)
	}
	f.check(t, s)

	// A transaction that outlasts the wait: the compaction gives up.
	s.compactWait = 50 * time.Millisecond
	release := make(chan struct{})
	held := make(chan struct{})
	go s.View(func(app.Tx) error {
		close(held)
		<-release
		return nil
	})
	<-held
	ran, err = s.Compact(context.Background(), true)
	close(release)
	if err != nil || ran {
		t.Errorf("Compact while a transaction stayed open: %v, %v; want it skipped", ran, err)
	}
}
