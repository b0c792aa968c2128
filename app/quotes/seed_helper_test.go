package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot walks up from the working directory to the directory holding
// go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// seedDir returns ../shared/seeds relative to the repository root, or
// skips the test when it is absent.
func seedDir(t testing.TB) string {
	t.Helper()
	d := filepath.Join(repoRoot(t), "..", "shared", "seeds")
	if st, err := os.Stat(d); err != nil || !st.IsDir() {
		t.Skipf("seed articles not available at %s (the shared checkout is absent); skipping", d)
	}
	return d
}

// seedText turns a seed file into finder input: the first paragraph (the
// photo caption) is dropped, the "SEOUL – " style dateline removed and the
// paragraphs joined with blank lines.
func seedText(raw string) string {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	var paras []string
	for _, p := range strings.Split(raw, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) > 0 && strings.Contains(paras[0], "Photo:") {
		paras = paras[1:]
	}
	if len(paras) > 0 {
		p := paras[0]
		for _, dash := range []string{" – ", " — ", " - "} {
			if i := strings.Index(p, dash); i > 0 && i < 40 && strings.ToUpper(p[:i]) == p[:i] {
				p = p[i+len(dash):]
				break
			}
		}
		paras[0] = p
	}
	return strings.Join(paras, "\n\n")
}

// readGlob returns the files matching pattern, in order, and their texts.
func readGlob(t testing.TB, pattern string) (files, texts []string) {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return files, texts
}
