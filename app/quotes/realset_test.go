package quotes

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dossier/app/ingest"
	"dossier/internal/realdata"
)

// importText is the finder input the product gives for a file: the
// importer's body paragraphs joined by a blank line.
func importText(tb testing.TB, path string) string {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	doc, err := ingest.Parse(filepath.Base(path), raw)
	if err != nil {
		tb.Fatalf("import %s: %v", path, err)
	}
	return strings.Join(doc.Paragraphs, "\n\n")
}

// TestImportTextDump writes the finder input of the files matching
// $QIMPORT (a glob) to $QIMPORT_OUT/<name>.txt, without running the finder:
// it is what a labeller reads. It skips unless QIMPORT is set.
func TestImportTextDump(t *testing.T) {
	pattern, out := os.Getenv("QIMPORT"), os.Getenv("QIMPORT_OUT")
	if pattern == "" || out == "" {
		t.Skip("set QIMPORT (glob) and QIMPORT_OUT (folder) to dump import texts")
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		text := importText(t, f)
		name := filepath.Base(f)
		if err := os.WriteFile(filepath.Join(out, name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// scoreRealBatch scores one batch of the real development set: the labels in
// testdata/realgold/<batch> against the finder's output on the imported
// texts in dir (the fetched set "quotes").
func scoreRealBatch(t *testing.T, dir, batch string) Score {
	t.Helper()
	labels, err := filepath.Glob(filepath.Join("testdata", "realgold", batch, "*.json"))
	if err != nil || len(labels) == 0 {
		t.Fatalf("no labels for batch %s (%v)", batch, err)
	}
	var total Score
	for _, lf := range labels {
		base := strings.TrimSuffix(filepath.Base(lf), ".json")
		f, err := os.Open(lf)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := LoadGold(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", lf, err)
		}
		text := importText(t, filepath.Join(dir, base+".html"))
		res := Find(text)
		checkInvariants(t, text, res)
		s := Compare(gold, res.Quotes)
		t.Logf("%s/%-24s %v", batch, base, s)
		logSpanDiff(t, gold, res.Quotes)
		total.Add(s)
	}
	return total
}

// logSpanDiff logs missed, spurious and mis-attributed quotations where the
// gold names quotations by their first and last words.
func logSpanDiff(t *testing.T, gold []GoldQuote, found []Quote) {
	t.Helper()
	used := make([]bool, len(gold))
	for _, q := range found {
		k := NormalizeText(q.Text)
		hit := -1
		for i, g := range gold {
			if !used[i] && g.matches(k) {
				hit = i
				if NormalizeSpeaker(g.Speaker) == NormalizeSpeaker(q.Speaker) {
					break
				}
			}
		}
		switch {
		case hit < 0:
			t.Logf("    spurious: %q (%s)", clip(q.Text), q.Speaker)
		case NormalizeSpeaker(gold[hit].Speaker) != NormalizeSpeaker(q.Speaker):
			t.Logf("    speaker:  %q got %q want %q", clip(q.Text), q.Speaker, gold[hit].Speaker)
		}
		if hit >= 0 {
			used[hit] = true
		}
	}
	for i, g := range gold {
		if !used[i] {
			t.Logf("    missed:   %q … %q (%s, %s)", g.Start, g.End, g.Speaker, g.Kind)
		}
	}
}

// realBatches are the development batches of the real set, in the order
// they were first scored; unseenBatches are kept out of development and
// are scored only when asked for by name (see testdata/realgold/README.md).
var (
	realBatches   = []string{"b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28", "b29", "b30", "b31", "b32", "b33", "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41", "b42", "b43", "b44", "b45", "b46", "b47", "b48", "b49", "b50", "b51", "b52", "b53", "b54", "b55", "b56", "b57", "b58", "b59", "b60", "b61", "b62", "b63", "b64", "b65", "b66", "b67", "b68", "b69", "b70", "b71", "b72", "b73", "b74", "b75", "b76", "b77", "b78", "b79", "b80"}
	unseenBatches = []string{}
)

// TestRealSet scores the finder on real, published news articles (fetched
// with scripts/realdata.sh; skipped where they are absent). $QBATCH limits
// it to one batch; an unseen batch runs only when named in QBATCH.
func TestRealSet(t *testing.T) {
	dir, _ := realdata.Dir(t, "quotes")
	only := os.Getenv("QBATCH")
	var all Score
	for _, b := range append(realBatches, unseenBatches...) {
		if only != "" && b != only || only == "" && slices.Contains(unseenBatches, b) {
			continue
		}
		s := scoreRealBatch(t, dir, b)
		t.Logf("batch %s total: %v", b, s)
		all.Add(s)
	}
	t.Logf("real set total: %v", all)
}
