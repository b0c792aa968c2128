package anchor

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// seedTexts reads the sample articles in ../shared/seeds relative to the
// repository root, skipping the test when they are absent.
func seedTexts(t *testing.T) map[string]string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root (go.mod) not found")
		}
		dir = parent
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("no sample articles in ../shared/seeds beside the repository")
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

// Real articles (curly quotes, datelines, captions, repeated names):
// random annotations survive edits beside them, are found after a typo
// inside them, and are orphaned, never misplaced, when deleted.
func TestSeedArticles(t *testing.T) {
	seeds := seedTexts(t)
	names := make([]string, 0, len(seeds))
	for n := range seeds {
		names = append(names, n)
	}
	sort.Strings(names)
	for i, name := range names {
		text := seeds[name]
		runes := []rune(text)
		g := newTextGen(uint64(100 + i))
		var outside, kept, inside, found, deleted, orphaned, wrong int
		for c := 0; c < 1500; c++ {
			a, b, ok := g.span(runes, 1)
			if !ok {
				continue
			}
			s, err := New(text, a, b)
			if err != nil {
				t.Fatal(err)
			}
			switch c % 3 {
			case 0:
				e, _ := g.outside(runes, a, b)
				neu := e.apply(runes)
				r := Reanchor(string(neu), s)
				outside++
				if (r.Status == Exact || r.Status == Moved) && r.Exact == s.Exact {
					kept++
				} else {
					t.Errorf("%s: lost after an edit beside it: %s", name, describe(runes, s, e, r))
				}
			case 1:
				if b-a < 10 {
					continue
				}
				e := g.inside(runes, a, b)
				neu := e.apply(runes)
				r := Reanchor(string(neu), s)
				inside++
				delta := len([]rune(e.Ins)) - e.Del
				if r.Start == a && r.End == b+delta || r.Exact == s.Exact && explanations(runes, neu, e, a, b)[r.Start] {
					found++
				}
			default:
				e := edit{Pos: a, Del: b - a}
				neu := e.apply(runes)
				r := Reanchor(string(neu), s)
				deleted++
				switch {
				case r.Status == Orphaned:
					orphaned++
				case r.Status != Fuzzy && r.Exact == s.Exact &&
					(explanations(runes, neu, e, a, b)[r.Start] || sameContextSide(neu, r, s)):
				default:
					wrong++
					t.Errorf("%s: deleted passage attached elsewhere: %s", name, describe(runes, s, e, r))
				}
			}
		}
		t.Logf("%s (%d runes): edits beside %d/%d kept; typo inside %d/%d found; deleted %d, orphaned %d, wrong %d",
			name, len(runes), kept, outside, found, inside, deleted, orphaned, wrong)
		if found < inside*99/100 {
			t.Errorf("%s: only %d of %d edited passages found", name, found, inside)
		}
	}
}
