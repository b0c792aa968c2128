package index

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// keywordPasses returns the mapping's two keyword analysers (whole value,
// lower-cased value) with their passes.
func keywordPasses(t testing.TB) map[string]struct {
	a analysis.Analyzer
	p *keywordPass
} {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]struct {
		a analysis.Analyzer
		p *keywordPass
	}{}
	for _, name := range []string{anKeyword, anLower} {
		a := m.AnalyzerNamed(name)
		p := newKeywordPass(a)
		if p == nil {
			t.Fatalf("newKeywordPass refused the %s analyser", name)
		}
		out[name] = struct {
			a analysis.Analyzer
			p *keywordPass
		}{a, p}
	}
	if newKeywordPass(m.AnalyzerNamed(anText)) != nil {
		t.Fatal("newKeywordPass accepted the English analyser, which makes several terms of a value")
	}
	return out
}

// sameKeywords fails when one keywordField of values and Bleve's TextFields
// of the same values, merged as the segment builder merges them, disagree
// on a term, a count or the field length.
func sameKeywords(t testing.TB, a analysis.Analyzer, p *keywordPass, values []string, opts bleveindex.FieldIndexingOptions) {
	t.Helper()
	ours := newKeywordField("tag", nil, values, opts, p)
	ours.Analyze()
	var length int
	var plain uint64
	var want bleveindex.TokenFrequencies
	for i, v := range values {
		f := document.NewTextFieldCustom("tag", []uint64{uint64(i)}, []byte(v), opts, a)
		f.Analyze()
		length += f.AnalyzedLength()
		plain += f.NumPlainTextBytes()
		if want == nil {
			want = f.AnalyzedTokenFrequencies()
		} else {
			want.MergeAll("tag", f.AnalyzedTokenFrequencies())
		}
	}
	if ours.AnalyzedLength() != length {
		t.Fatalf("%q: length %d, Bleve %d", values, ours.AnalyzedLength(), length)
	}
	if got, exp := showFreqs(ours.AnalyzedTokenFrequencies()), showFreqs(want); got != exp {
		t.Fatalf("%q:\nours  %s\nBleve %s", values, got, exp)
	}
	if got, exp := ours.Size()-(keywordFieldStaticSize+8+len("tag")+int(ours.NumPlainTextBytes())), ours.AnalyzedTokenFrequencies().Size(); got != exp {
		t.Fatalf("%q: frequencies counted as %d bytes, Bleve counts %d", values, got, exp)
	}
	if ours.NumPlainTextBytes() != plain {
		t.Fatalf("%q: %d plain bytes, Bleve %d", values, ours.NumPlainTextBytes(), plain)
	}
}

var keywordOptions = []bleveindex.FieldIndexingOptions{
	bleveindex.IndexField,                           // our keyword fields
	bleveindex.IndexField | bleveindex.DocValues,    // the facet and date fields
	bleveindex.IndexField | bleveindex.SkipFreqNorm, // counts left out
}

func TestKeywordFieldMatchesBleve(t *testing.T) {
	lists := [][]string{
		{"x"}, {""}, {"", ""}, {"Actor/DPRK", "actor/dprk", "ACTOR/DPRK"},
		{"Andrei Lankov", "Andrei", "Lankov"}, {"ȺȾ", "ΣΑΣ", "İstanbul", "ǅemal", "ÉLITE", "café"},
		{"tag:actor/DPRK", "type:quote", "month:2021-06"}, {"ab\xffcd", "AB\xffCD"},
	}
	for name, k := range keywordPasses(t) {
		for _, values := range lists {
			for _, opts := range keywordOptions {
				t.Run(name, func(t *testing.T) { sameKeywords(t, k.a, k.p, values, opts) })
			}
		}
	}
}

func FuzzKeywordField(f *testing.F) {
	f.Add("Actor/DPRK\nactor/dprk\nȺȾ", uint8(0))
	f.Add("İstanbul\n\nΣΑΣ", uint8(1))
	f.Add("ab\xffcd", uint8(2))
	ks := keywordPasses(f)
	f.Fuzz(func(t *testing.T, joined string, o uint8) {
		k := ks[anLower]
		if o&1 == 1 {
			k = ks[anKeyword]
		}
		sameKeywords(t, k.a, k.p, strings.Split(joined, "\n"), keywordOptions[int(o>>1)%len(keywordOptions)])
	})
}
