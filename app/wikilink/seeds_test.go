package wikilink

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
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

// Real article text used as a note body: linking every unlinked mention of
// some titles, then renaming, then rendering must all hold together.
func TestSeedArticles(t *testing.T) {
	titles := []string{"Kim Jong Un", "North Korea", "Pyongyang", "Seoul", "Joe Biden", "Séoul"}
	seeds := seedTexts(t)
	names := make([]string, 0, len(seeds))
	for n := range seeds {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0
	for _, name := range names {
		text := seeds[name]
		if links := Parse(text); len(links) != 0 {
			t.Logf("%s: plain article text has %d links", name, len(links))
		}
		for _, title := range titles {
			spans := Mentions(text, title)
			total += len(spans)
			if n := strings.Count(strings.ToLower(text), strings.ToLower(strings.ReplaceAll(title, "é", "e"))); len(spans) > n {
				t.Errorf("%s: %d mentions of %q but only %d occurrences", name, len(spans), title, n)
			}
			linked := text
			for i := len(spans) - 1; i >= 0; i-- { // back to front keeps offsets valid
				s := spans[i]
				if Key(linked[s[0]:s[1]]) != Key(title) {
					t.Fatalf("%s: mention %q of %q", name, linked[s[0]:s[1]], title)
				}
				linked = LinkMention(linked, s[0], s[1], title)
			}
			if m := Mentions(linked, title); len(m) != 0 {
				t.Errorf("%s: %d mentions of %q left after linking", name, len(m), title)
			}
			n := 0
			for _, l := range Parse(linked) {
				if Key(l.Target) == Key(title) {
					n++
				}
			}
			if n != len(spans) {
				t.Errorf("%s: linked %d mentions of %q, parsed %d links", name, len(spans), title, n)
			}
			renamed, k := Rewrite(linked, title, "Renamed Page")
			if k != n {
				t.Errorf("%s: renamed %d of %d links to %q", name, k, n, title)
			}
			if back, _ := Rewrite(renamed, "Renamed Page", title); back != linked {
				t.Errorf("%s: rename round trip of %q changed the text", name, title)
			}
			if _, err := Render(linked, newResolver()); err != nil {
				t.Errorf("%s: Render: %v", name, err)
			}
		}
	}
	t.Logf("%d seed articles, %d mentions linked, renamed and rendered", len(seeds), total)
}
