package quotes

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDebugDump(t *testing.T) {
	files := os.Getenv("QDUMP")
	if files == "" {
		t.Skip("set QDUMP")
	}
	ms, _ := filepath.Glob(files)
	for _, fn := range ms {
		b, _ := os.ReadFile(fn)
		txt := string(b)
		if filepath.Dir(fn) == filepath.Join(repoRoot(t), "..", "shared", "seeds") || os.Getenv("QSEED") != "" {
			txt = seedText(txt)
		}
		res := Find(txt)
		t.Logf("== %s", fn)
		for _, q := range res.Quotes {
			t.Logf("[%s] %q\n      -> %q | %q", q.Kind, q.Text, q.Speaker, q.Affiliation)
		}
		for _, p := range res.People {
			t.Logf("P %q | %q | %q", p.Name, p.Affiliation, p.Aliases)
		}
	}
}
