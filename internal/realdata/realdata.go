// Package realdata finds the real, published documents that the development
// sets are scored on. Their texts are never committed: realdata/<set>.tsv
// lists each (name, repository, commit, path, sha256) and scripts/realdata.sh
// fetches them into .cache/realdata/<set>. Tests call Dir, which skips the
// test with a message where a set has not been fetched, as on a fresh clone.
package realdata

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Entry is one line of a set's manifest.
type Entry struct {
	Name, Repo, Commit, Path, SHA256 string
}

// Root is the repository's top folder: the nearest parent of the working
// directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("realdata: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Manifest reads realdata/<set>.tsv.
func Manifest(set string) ([]Entry, error) {
	root, err := Root()
	if err != nil {
		return nil, err
	}
	path := filepath.Join(root, "realdata", set+".tsv")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("realdata: manifest %s: %w", set, err)
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		p := strings.Split(t, "\t")
		if len(p) != 5 {
			return nil, fmt.Errorf("realdata: %s:%d: want 5 tab-separated fields, have %d", path, line, len(p))
		}
		out = append(out, Entry{p[0], p[1], p[2], p[3], p[4]})
	}
	return out, sc.Err()
}

// Dir returns the folder that set was fetched into and its manifest. It skips
// t when the folder is absent or lacks any file the manifest lists, saying how
// to fetch them.
func Dir(t testing.TB, set string) (string, []Entry) {
	t.Helper()
	entries, err := Manifest(set)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := Root()
	dir := filepath.Join(root, ".cache", "realdata", set)
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(dir, e.Name)); err != nil {
			t.Skipf("real documents of set %q are not fetched (%s missing): run scripts/realdata.sh MIRRORS %s with git snapshots of the repositories in realdata/%s.tsv", set, e.Name, set, set)
		}
	}
	return dir, entries
}
