package export_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"dossier/app/export"
	"dossier/app/wikilink"
)

// obsidianVault resolves links the way Obsidian does: a link names a file
// by its base name (or by a path, matched from the end), without ".md",
// case-insensitively; #Heading must be a heading of that file and #^id a
// block ID in it. Aliases are not link targets in Obsidian (they only
// help the link picker), so they are not used here.
type obsidianVault struct {
	files    map[string]string   // relative path without .md → content
	byBase   map[string][]string // lower-case base name → paths
	headings map[string]map[string]bool
	blocks   map[string]map[string]bool
}

var blockLine = regexp.MustCompile(`(?:^|\s)\^([A-Za-z0-9-]+)\s*$`)

func loadVault(t *testing.T, dir string) *obsidianVault {
	t.Helper()
	v := &obsidianVault{files: map[string]string{}, byBase: map[string][]string{}, headings: map[string]map[string]bool{}, blocks: map[string]map[string]bool{}}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = strings.TrimSuffix(filepath.ToSlash(rel), ".md")
		v.files[rel] = string(data)
		base := strings.ToLower(rel[strings.LastIndexByte(rel, '/')+1:])
		v.byBase[base] = append(v.byBase[base], rel)
		v.headings[rel], v.blocks[rel] = map[string]bool{}, map[string]bool{}
		for _, line := range strings.Split(bodyOf(string(data)), "\n") {
			if h := strings.TrimLeft(line, "#"); h != line && strings.HasPrefix(h, " ") {
				v.headings[rel][strings.ToLower(unescape(strings.TrimSpace(h)))] = true
			}
			if m := blockLine.FindStringSubmatch(line); m != nil {
				v.blocks[rel][strings.ToLower(m[1])] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// bodyOf drops YAML front matter.
func bodyOf(s string) string {
	if strings.HasPrefix(s, "---\n") {
		if i := strings.Index(s[4:], "\n---\n"); i >= 0 {
			return s[4+i+5:]
		}
	}
	return s
}

func unescape(s string) string {
	return regexp.MustCompile(`\\([[:punct:]])`).ReplaceAllString(s, "$1")
}

// resolve returns the file a link target names, or why it names none.
func (v *obsidianVault) resolve(target string) (string, string) {
	t := strings.ToLower(strings.TrimSuffix(target, ".md"))
	var hits []string
	if strings.Contains(t, "/") {
		for rel := range v.files {
			if l := strings.ToLower(rel); l == t || strings.HasSuffix(l, "/"+t) {
				hits = append(hits, rel)
			}
		}
	} else {
		hits = v.byBase[t]
	}
	switch len(hits) {
	case 0:
		return "", "no file"
	case 1:
		return hits[0], ""
	}
	return "", "ambiguous: " + strings.Join(hits, ", ")
}

// check resolves every link and embed in the vault; targets listed in
// absent name pages the library does not have either.
func (v *obsidianVault) check(t *testing.T, absent ...string) (links int) {
	t.Helper()
	for rel, content := range v.files {
		for _, l := range wikilink.Parse(bodyOf(content)) {
			links++
			file := rel
			if l.Target != "" {
				f, why := v.resolve(l.Target)
				if why != "" {
					if !contains(absent, l.Target) {
						t.Errorf("%s: %q does not resolve (%s)", rel, content[len(content)-len(bodyOf(content))+l.Start:][:l.End-l.Start], why)
					}
					continue
				}
				file = f
			}
			switch h := l.Heading; {
			case h == "":
			case strings.HasPrefix(h, "^"):
				if !v.blocks[file][strings.ToLower(h[1:])] {
					t.Errorf("%s: block %s is not in %s", rel, h, file)
				}
			default:
				if !v.headings[file][strings.ToLower(h)] {
					t.Errorf("%s: heading %q is not in %s", rel, h, file)
				}
			}
		}
	}
	return links
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestVaultLinksResolveInObsidian(t *testing.T) {
	r := seedReviewed(t)
	dir := filepath.Join(t.TempDir(), "vault")
	if _, err := export.Run(context.Background(), r.lib, export.Options{Format: export.FormatMarkdown, Out: dir}); err != nil {
		t.Fatal(err)
	}
	v := loadVault(t, dir)
	if n := v.check(t, "link"); n < 10 {
		t.Errorf("only %d links in the vault", n)
	}
	reading := v.files["Notes/Reading list"]
	if strings.Count(reading, "![[") != 2 {
		t.Errorf("the reading list lost its embeds:\n%s", reading)
	}
	// The tag page lists everything tagged, not notes only.
	tagPage := ""
	for rel, c := range v.files {
		if strings.HasPrefix(rel, "Tags/") && strings.Contains(c, `title: "actor/IS"`) {
			tagPage = c
		}
	}
	for _, want := range []string{"^h-" + strings.ToLower(r.coloured), "^q-" + strings.ToLower(r.confirmed.ID), "## Articles", "## Notes"} {
		if !strings.Contains(tagPage, want) {
			t.Errorf("tag page for actor/IS lacks %q:\n%s", want, tagPage)
		}
	}
	// The orphan is exported as an orphan.
	var article string
	for rel, c := range v.files {
		if strings.HasPrefix(rel, "Articles/") {
			article = c
		}
	}
	i := strings.Index(article, "## Orphaned highlights")
	if i < 0 || !strings.Contains(article[i:], "^h-"+strings.ToLower(r.orphan)) {
		t.Errorf("the orphaned highlight is not under Orphaned highlights:\n%s", article)
	}
	if j := strings.Index(article, "## Highlights"); j >= 0 && strings.Contains(article[j:max(i, j)], "^h-"+strings.ToLower(r.orphan)) {
		t.Error("the orphan is listed among the highlights in place")
	}
	// Rejected quotes leave the vault, people's pages included.
	for rel, c := range v.files {
		if strings.Contains(c, "^q-"+strings.ToLower(r.rejected.ID)) || strings.HasPrefix(rel, "People/") && strings.Contains(c, "Nothing is settled") {
			t.Errorf("%s holds the rejected quote", rel)
		}
	}
}

// Exporting one article brings its speakers' pages along, but not the
// page of a speaker whose only quote there was rejected (unless for an
// audit, when the quote comes too, marked rejected).
func TestSelectionLeavesOutSpeakersOfRejectedQuotes(t *testing.T) {
	r := seedReviewed(t)
	for _, audit := range []bool{false, true} {
		dir := filepath.Join(t.TempDir(), "vault")
		if _, err := export.Run(context.Background(), r.lib, export.Options{Format: export.FormatMarkdown, Out: dir,
			Selection: export.Selection{Article: r.article}, KeepRejected: audit}); err != nil {
			t.Fatal(err)
		}
		v := loadVault(t, dir)
		v.check(t, "link")
		_, hale := v.files["People/"+r.rejected.Speaker]
		_, quill := v.files["People/"+r.confirmed.Speaker]
		if !quill || hale != audit {
			t.Errorf("audit=%v: page of %s %v, of %s %v", audit, r.confirmed.Speaker, quill, r.rejected.Speaker, hale)
		}
		if audit && !strings.Contains(v.files["People/"+r.rejected.Speaker], "(rejected)") {
			t.Errorf("audit: the rejected quote is not marked on its speaker's page:\n%s", v.files["People/"+r.rejected.Speaker])
		}
	}
}
