package export_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	"dossier/app"
	"dossier/app/export"
	"dossier/storage"
)

// bundleFiles are a bundle's record files, in the order they are read.
var bundleFiles = []string{"tags.jsonl", "people.jsonl", "articles.jsonl", "annotations.jsonl", "quotes.jsonl", "notes.jsonl", "aliases.jsonl"}

// mergeFixture makes a library (no search index), exports it as shared,
// then confirms its quotes and returns the files of its next bundle: a
// bundle from a library that shares records with any library that
// imported shared.
func mergeFixture(tb testing.TB) (shared string, files map[string]string, talks string) {
	tb.Helper()
	dir := tb.TempDir()
	st, err := storage.Open(filepath.Join(dir, "src"), storage.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	src, err := app.Open(context.Background(), st, nil, app.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	defer src.Close()
	talks = seedExp(tb, src)
	importText(tb, src, "port.txt", portArticle)
	shared = exportTo(tb, src, export.FormatBundle, filepath.Join(dir, "shared.dossier"), export.Selection{}).Path
	if err := src.ConfirmQuote(quoteIDs(tb, src, talks)...); err != nil {
		tb.Fatal(err)
	}
	later := exportTo(tb, src, export.FormatBundle, filepath.Join(dir, "later.dossier"), export.Selection{}).Path
	return shared, readZip(tb, later), talks
}

// mergeDamaged merges the bundle of files, with file name's content replaced
// by data, into a library that imported shared: the merge must succeed or
// fail whole.
func mergeDamaged(t *testing.T, shared string, files map[string]string, name string, data []byte) {
	t.Helper()
	var entries [][2]string
	for n, body := range files {
		if n == name {
			body = string(data)
		}
		entries = append(entries, [2]string{n, body})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i][0] < entries[j][0] })
	z := zipOf(t, entries...)
	b, err := export.ReadBundle(bytes.NewReader(z), int64(len(z)), "damaged.dossier")
	if err != nil {
		return
	}
	// No search index, no fsync: the merge is what is tested.
	st, err := storage.Open(t.TempDir(), storage.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	lib, err := app.Open(context.Background(), st, nil, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if _, err := export.ImportBundle(context.Background(), lib, shared); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, lib)
	if _, err := lib.MergeBundle(context.Background(), b); err != nil && !reflect.DeepEqual(before, snapshot(t, lib)) {
		t.Errorf("%s: a failed merge (%v) wrote to the library", name, err)
	}
}

// FuzzMergeBundle changes one record file of a bundle from a library that
// shares records with the target, and merges it: the merge must succeed or
// fail whole (nothing written), never panic.
func FuzzMergeBundle(f *testing.F) {
	shared, files, talks := mergeFixture(f)
	for i, n := range bundleFiles {
		f.Add(uint8(i), []byte(files[n]))
	}
	f.Add(uint8(4), []byte(`{"dossier":{"quote":{"id":"01KQ0000000000000000000001","article_id":"`+talks+`","status":"confirmed","selector":{"start":0,"end":5}}}}`+"\n"))
	f.Add(uint8(6), []byte(`{"from":"01KQ0000000000000000000001","to":"01KQ0000000000000000000001"}`+"\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		mergeDamaged(t, shared, files, bundleFiles[int(which)%len(bundleFiles)], data)
	})
}

// TestMergeMutatedBundles merges 300 randomly damaged versions of a bundle
// (bytes changed, cut, repeated) from a library that shares records with the
// target: each merge succeeds or fails whole, and none hangs or panics. (It
// does what FuzzMergeBundle does, deterministically: the fuzzer made no
// progress past its seeds here.)
func TestMergeMutatedBundles(t *testing.T) {
	shared, files, _ := mergeFixture(t)
	r := rand.New(rand.NewSource(2))
	for k := 0; k < 300; k++ {
		name := bundleFiles[k%len(bundleFiles)]
		data := []byte(files[name])
		for j := 0; j < 1+r.Intn(4); j++ {
			switch r.Intn(4) {
			case 0:
				if len(data) > 0 {
					data[r.Intn(len(data))] = byte(r.Intn(256))
				}
			case 1:
				if len(data) > 2 {
					i := r.Intn(len(data) - 1)
					data = append(data[:i], data[i+1+r.Intn(len(data)-i-1):]...)
				}
			case 2:
				if len(data) > 2 {
					i, n := r.Intn(len(data)), r.Intn(len(data))
					chunk := append([]byte{}, data[min(i, n):max(i, n)]...)
					data = append(data, chunk...)
				}
			case 3:
				data = append(data, data...)
			}
		}
		done := make(chan bool)
		go func() {
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				panic(fmt.Sprintf("case %d (%s) hangs: %q", k, name, data))
			}
		}()
		mergeDamaged(t, shared, files, name, data)
		close(done)
	}
}
