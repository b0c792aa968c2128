package quotes

import (
	"os"
	"testing"
)

// TestDump prints what Find returns for the files matching $QDUMP (a glob);
// set QSEED=1 to treat them as seed files (caption and dateline removed).
// It is a development aid and skips unless QDUMP is set:
//
//	QDUMP='testdata/articles/*.txt' go test -run TestDump -v ./app/quotes
func TestDump(t *testing.T) {
	pattern := os.Getenv("QDUMP")
	if pattern == "" {
		t.Skip("set QDUMP to a glob of article files to dump")
	}
	files, texts := readGlob(t, pattern)
	for i, fn := range files {
		text := texts[i]
		if os.Getenv("QSEED") != "" {
			text = seedText(text)
		}
		res := Find(text)
		t.Logf("== %s", fn)
		for _, q := range res.Quotes {
			t.Logf("[%s] %q\n      -> %q | %q", q.Kind, q.Text, q.Speaker, q.Affiliation)
		}
		for _, p := range res.People {
			t.Logf("person %q | %q | %q", p.Name, p.Affiliation, p.Aliases)
		}
	}
}
