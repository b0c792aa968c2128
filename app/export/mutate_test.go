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

// TestMergeMutatedBundles merges 300 randomly damaged versions of a bundle
// (bytes changed, cut, repeated) from a library that shares records with the
// target: each merge succeeds or fails whole, and none hangs or panics. (It
// does what FuzzMergeBundle does, deterministically: the fuzzer made no
// progress past its seeds here.)
func TestMergeMutatedBundles(t *testing.T) {
	dir := t.TempDir()
	src := newExpLib(t)
	talks := seedExp(t, src)
	importText(t, src, "port.txt", portArticle)
	shared := exportTo(t, src, export.FormatBundle, filepath.Join(dir, "shared.dossier"), export.Selection{}).Path
	if err := src.ConfirmQuote(quoteIDs(t, src, talks)...); err != nil {
		t.Fatal(err)
	}
	later := exportTo(t, src, export.FormatBundle, filepath.Join(dir, "later.dossier"), export.Selection{}).Path
	files := readZip(t, later)
	names := []string{"tags.jsonl", "people.jsonl", "articles.jsonl", "annotations.jsonl", "quotes.jsonl", "notes.jsonl", "aliases.jsonl"}
	r := rand.New(rand.NewSource(2))
	for k := 0; k < 300; k++ {
		name := names[k%len(names)]
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
		var entries [][2]string
		for n, body := range files {
			if n == name {
				body = string(data)
			}
			entries = append(entries, [2]string{n, body})
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i][0] < entries[j][0] })
		z := zipOf(t, entries...)
		done := make(chan bool)
		go func() {
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				panic(fmt.Sprintf("case %d (%s) hangs: %q", k, name, data))
			}
		}()
		b, err := export.ReadBundle(bytes.NewReader(z), int64(len(z)), "fuzz.dossier")
		if err == nil {
			st, err := storage.Open(t.TempDir(), storage.Options{NoSync: true})
			if err != nil {
				t.Fatal(err)
			}
			lib, err := app.Open(context.Background(), st, nil, app.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := export.ImportBundle(context.Background(), lib, shared); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, lib)
			if _, err := lib.MergeBundle(context.Background(), b); err != nil && !reflect.DeepEqual(before, snapshot(t, lib)) {
				t.Errorf("case %d (%s): a failed merge (%v) wrote to the library", k, name, err)
			}
			lib.Close()
		}
		close(done)
	}
}
