package index

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
)

// analyzers returns the index's text analyser and Bleve's English one.
func analyzers(t testing.TB) (ours, bleves analysis.Analyzer) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	ours = m.AnalyzerNamed(anText)
	bleves, err = registry.NewCache().AnalyzerNamed(en.AnalyzerName)
	if err != nil || ours == nil {
		t.Fatal("analyzers:", err)
	}
	return ours, bleves
}

// sameAnalysis fails when the two analysers disagree on any token.
func sameAnalysis(t testing.TB, ours, bleves analysis.Analyzer, text string) {
	t.Helper()
	got, want := ours.Analyze([]byte(text)), bleves.Analyze([]byte(text))
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, Bleve's en %d", text, len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position || g.Type != w.Type {
			t.Fatalf("%q token %d: %q [%d,%d) pos %d type %d; Bleve's en %q [%d,%d) pos %d type %d",
				text, i, g.Term, g.Start, g.End, g.Position, g.Type, w.Term, w.Start, w.End, w.Position, w.Type)
		}
	}
}

// TestAnalyzerMatchesEnglish: the faster analyser makes exactly the terms,
// offsets and positions of Bleve's English analyser, on tricky text, on
// random text over an alphabet of separators, and on the seed articles.
func TestAnalyzerMatchesEnglish(t *testing.T) {
	ours, bleves := analyzers(t)
	for _, s := range []string{
		"SEOUL – North Korea's envoy, Kim Yo-jong, said on 3.5% of U.S. ships: \"no\" (1,000 times); a:b rock'n'roll 'quoted' foo_bar 東京都 Ünver’s café ",
		"Sanctions, sanctioned, sanctioning: the sanctions' effects on Pyongyang's economy in 2021–22.",
		"ＡＢＣ ﬁnance naïve Ελλάδα русский 한국어 日本語のテキスト 123abc abc123 1_000 a.b.c. x'y'z",
		"", " ", "'", "a", "1", "the", "The The THE",
	} {
		sameAnalysis(t, ours, bleves, s)
	}
	r := rand.New(rand.NewPCG(3, 4))
	runes := []rune("aZ9 .,;:'_-’é東\u200d\u0301s")
	for range 20000 {
		b := make([]rune, r.IntN(14))
		for i := range b {
			b[i] = runes[r.IntN(len(runes))]
		}
		sameAnalysis(t, ours, bleves, string(b))
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(seeds) == 0 {
		t.Log("../shared/seeds is absent: the real articles are not compared")
	}
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		// Twice: the second pass takes stems from the memory.
		sameAnalysis(t, ours, bleves, string(data))
		sameAnalysis(t, ours, bleves, string(data))
	}
}

// FuzzAnalyzer: on any input, the faster analyser agrees with Bleve's.
func FuzzAnalyzer(f *testing.F) {
	f.Add("North Korea's envoy said 3.5% of U.S. ships")
	f.Add("東京都 Ünver’s café a:b 1,000 x'y")
	f.Add("ab\xffcd 's '")
	f.Add("“Yes,” she said — twice – “no”.”\u0301a “\u0301b é“c ”")
	ours, bleves := analyzers(f)
	f.Fuzz(func(t *testing.T, text string) {
		sameAnalysis(t, ours, bleves, text)
	})
}

func BenchmarkAnalyzer(b *testing.B) {
	ours, bleves := analyzers(b)
	text := []byte(sampleProse)
	for _, c := range []struct {
		name string
		an   analysis.Analyzer
	}{{"dossier", ours}, {"bleve-en", bleves}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				c.an.Analyze(text)
			}
		})
	}
}

const sampleProse = `SEOUL – North Korea's foreign ministry said on Tuesday that the latest round of sanctions
was "an act of war", and warned that Pyongyang would respond. Analysts in Seoul said the statement
followed a familiar pattern. "They always say this," said one former official, who asked not to be
named. The United Nations Security Council adopted the measures in 2017, capping refined petroleum
imports at 500,000 barrels a year; enforcement, however, has weakened since 2022, when Russia and
China vetoed a U.S.-drafted resolution. Ship-to-ship transfers at sea remain the main route, the
panel of experts reported, with 3.5 million barrels estimated to have reached the country last year.`
