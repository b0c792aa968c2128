package index

import (
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// onePassFor returns the one-pass analyser of a fresh mapping, and Bleve's
// own English analyser to compare it with.
func onePassFor(t testing.TB) (*onePass, analysis.Analyzer) {
	ours, bleves := analyzers(t)
	p := newOnePass(ours)
	if p == nil {
		t.Fatal("newOnePass refused the mapping's English analyser")
	}
	return p, bleves
}

// sameField fails when a one-pass field and Bleve's TextField with Bleve's
// English analyser disagree on the number of terms, a term, its count or
// any of its locations.
func sameField(t testing.TB, p *onePass, bleves analysis.Analyzer, text string, pos []uint64, opts bleveindex.FieldIndexingOptions) {
	t.Helper()
	ours := newTextField("body", pos, []byte(text), opts, p)
	want := document.NewTextFieldCustom("body", pos, []byte(text), opts, bleves)
	ours.Analyze()
	want.Analyze()
	if ours.AnalyzedLength() != want.AnalyzedLength() {
		t.Fatalf("%q: %d terms, Bleve %d", text, ours.AnalyzedLength(), want.AnalyzedLength())
	}
	if got, exp := showFreqs(ours.AnalyzedTokenFrequencies()), showFreqs(want.AnalyzedTokenFrequencies()); got != exp {
		t.Fatalf("%q (options %v):\none pass %s\nBleve    %s", text, opts, got, exp)
	}
	if got, exp := ours.size, ours.AnalyzedTokenFrequencies().Size(); got != exp {
		t.Fatalf("%q: frequencies counted as %d bytes, Bleve counts %d", text, got, exp)
	}
	if ours.NumPlainTextBytes() != want.NumPlainTextBytes() || ours.EncodedFieldType() != want.EncodedFieldType() {
		t.Fatalf("%q: plain bytes %d/%d, type %c/%c", text, ours.NumPlainTextBytes(), want.NumPlainTextBytes(),
			ours.EncodedFieldType(), want.EncodedFieldType())
	}
}

var onePassOptions = []bleveindex.FieldIndexingOptions{
	bleveindex.IndexField | bleveindex.IncludeTermVectors, // our text fields
	bleveindex.IndexField,
	bleveindex.IndexField | bleveindex.IncludeTermVectors | bleveindex.SkipFreqNorm,
	bleveindex.IndexField | bleveindex.IncludeTermVectors | bleveindex.StoreField,
}

func TestOnePassMatchesBleve(t *testing.T) {
	p, bleves := onePassFor(t)
	texts := []string{
		"", " ", "the and of", sampleProse,
		"North Korea's KOREA'S envoy’s ＇s 's ' said 3.5% of U.S. ships",
		"東京都 Ünver’s café a:b 1,000 x'y ÉLITE Ⱥrmy ΣΑΣ İstanbul",
		"ab\xffcd 's '", "running runs ran runner RUNNING",
	}
	for _, d := range corpusDocs(20) {
		texts = append(texts, d.Body)
	}
	for _, text := range texts {
		for _, opts := range onePassOptions {
			sameField(t, p, bleves, text, nil, opts)
			sameField(t, p, bleves, text, []uint64{3}, opts)
		}
	}
}

// The scratch a field is analysed in is reused: a field must not see the
// terms of the one before.
func TestOnePassFieldsAreIndependent(t *testing.T) {
	p, bleves := onePassFor(t)
	for range 3 {
		for _, text := range []string{sampleProse, "short text", "", "Pyongyang Pyongyang"} {
			sameField(t, p, bleves, text, nil, onePassOptions[0])
		}
	}
}

func FuzzOnePass(f *testing.F) {
	f.Add("North Korea's envoy said 3.5% of U.S. ships", uint8(0))
	f.Add("東京都 Ünver’s café a:b 1,000 x'y", uint8(1))
	f.Add("ab\xffcd 's '", uint8(2))
	f.Add("ΣΑΣ Ⱥ İ the THE The", uint8(3))
	p, bleves := onePassFor(f)
	f.Fuzz(func(t *testing.T, text string, o uint8) {
		sameField(t, p, bleves, text, []uint64{uint64(o)}, onePassOptions[int(o)%len(onePassOptions)])
	})
}

func BenchmarkTextFieldAnalyze(b *testing.B) {
	p, _ := onePassFor(b)
	ours, _ := analyzers(b)
	var texts [][]byte
	for _, d := range corpusDocs(50) {
		texts = append(texts, []byte(d.Body))
	}
	opts := onePassOptions[0]
	b.Run("one-pass", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				f := newTextField("body", nil, append([]byte(nil), t...), opts, p)
				f.Analyze()
			}
		}
	})
	b.Run("bleve-textfield", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range texts {
				f := document.NewTextFieldCustom("body", nil, append([]byte(nil), t...), opts, ours)
				f.Analyze()
			}
		}
	})
}
