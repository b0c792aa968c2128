package quotes

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// scoreDir runs Find on every article and compares it with its gold file.
// input maps an article file to the finder input.
func scoreDir(t *testing.T, articles []string, goldDir string, input func(string) string) Score {
	t.Helper()
	var total Score
	for _, art := range articles {
		base := strings.TrimSuffix(filepath.Base(art), ".txt")
		raw, err := os.ReadFile(art)
		if err != nil {
			t.Fatalf("read %s: %v", art, err)
		}
		gf, err := os.Open(filepath.Join(goldDir, base+".json"))
		if err != nil {
			t.Fatalf("open gold for %s: %v", base, err)
		}
		gold, err := LoadGold(gf)
		gf.Close()
		if err != nil {
			t.Fatalf("%s: %v", base, err)
		}
		text := input(string(raw))
		res := Find(text)
		checkInvariants(t, text, res)
		s := Compare(gold, res.Quotes)
		t.Logf("%-28s %v", base, s)
		logDiff(t, gold, res.Quotes)
		total.Add(s)
	}
	return total
}

// logDiff logs missed, spurious and mis-attributed quotations.
func logDiff(t *testing.T, gold []GoldQuote, found []Quote) {
	t.Helper()
	seen := make([]bool, len(gold))
	for _, q := range found {
		k := NormalizeText(q.Text)
		i := slices.IndexFunc(gold, func(g GoldQuote) bool { return g.matches(k) })
		switch {
		case i < 0:
			t.Logf("    spurious: %q (%s)", clip(q.Text), q.Speaker)
		case NormalizeSpeaker(gold[i].Speaker) != NormalizeSpeaker(q.Speaker):
			t.Logf("    speaker:  %q got %q want %q", clip(q.Text), q.Speaker, gold[i].Speaker)
		}
		if i >= 0 {
			seen[i] = true
		}
	}
	for i, g := range gold {
		if !seen[i] {
			t.Logf("    missed:   %q … %q (%s)", g.Start+g.Text, g.End, g.Speaker)
		}
	}
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

func checkThresholds(t *testing.T, name string, s Score) {
	t.Helper()
	t.Logf("%s total: %v", name, s)
	if s.Precision < 0.95 || s.Recall < 0.90 || s.SpeakerAccuracy < 0.90 {
		t.Errorf("%s below thresholds (precision ≥ 0.95, recall ≥ 0.90, speaker ≥ 0.90): %v", name, s)
	}
}

func TestGoldFixtures(t *testing.T) {
	arts, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(arts) < 6 {
		t.Fatalf("want at least 6 fixture articles, got %d (%v)", len(arts), err)
	}
	s := scoreDir(t, arts, filepath.Join("testdata", "gold"), func(s string) string { return s })
	checkThresholds(t, "fixtures", s)
}

func TestGoldSeeds(t *testing.T) {
	dir := seedDir(t)
	arts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(arts) == 0 {
		t.Skipf("no seed articles in %s", dir)
	}
	var have []string
	for _, a := range arts {
		base := strings.TrimSuffix(filepath.Base(a), ".txt")
		if _, err := os.Stat(filepath.Join("testdata", "seedgold", base+".json")); err == nil {
			have = append(have, a)
		}
	}
	if len(have) == 0 {
		t.Skipf("no gold files for the seeds in %s", dir)
	}
	s := scoreDir(t, have, filepath.Join("testdata", "seedgold"), seedText)
	checkThresholds(t, "seeds", s)
	// The finder input is meant to exclude captions: the result must not
	// depend on the mid-article "Photo:" captions the seeds still carry.
	noCaptions := func(raw string) string {
		var keep []string
		for _, p := range strings.Split(seedText(raw), "\n\n") {
			if !strings.Contains(p, "Photo:") {
				keep = append(keep, p)
			}
		}
		return strings.Join(keep, "\n\n")
	}
	checkThresholds(t, "seeds without captions", scoreDir(t, have, filepath.Join("testdata", "seedgold"), noCaptions))
}

// checkInvariants verifies the structural guarantees of a Result.
func checkInvariants(t testing.TB, text string, res Result) {
	t.Helper()
	r := []rune(text)
	prev := 0
	for i, q := range res.Quotes {
		if q.Start < prev || q.End <= q.Start || q.End > len(r) {
			t.Fatalf("quote %d span [%d,%d) out of order or outside text (len %d, prev end %d)", i, q.Start, q.End, len(r), prev)
		}
		if got := string(r[q.Start:q.End]); got != q.Text {
			t.Fatalf("quote %d Text %q != text[Start:End] %q", i, q.Text, got)
		}
		if q.Kind != Full && q.Kind != Partial {
			t.Fatalf("quote %d has kind %q", i, q.Kind)
		}
		prev = q.End
	}
	names := map[string]bool{}
	for _, p := range res.People {
		names[p.Name] = true
	}
	for _, q := range res.Quotes {
		if q.Speaker != "" && !names[q.Speaker] {
			t.Fatalf("speaker %q missing from People", q.Speaker)
		}
	}
}

// TestGoldHeldOut scores articles written after the finder was tuned
// (testdata/heldout). It only reports: these numbers estimate performance
// on unseen text and must not be tuned against.
func TestGoldHeldOut(t *testing.T) {
	arts, err := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	if err != nil || len(arts) == 0 {
		t.Skip("no held-out articles")
	}
	s := scoreDir(t, arts, filepath.Join("testdata", "heldoutgold"), func(s string) string { return s })
	t.Logf("held-out total: %v", s)
}
