package index

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"dossier/app"
)

// TestDocumentsAsMapped checks that the documents Apply builds field by
// field are the ones Bleve's mapping makes of the same values: same fields,
// values, array positions and indexing options, and the same terms,
// counts and locations once analysed (English text fields are analysed in
// one pass, field.go; the rest by Bleve's TextField).
func TestDocumentsAsMapped(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	specs, err := newDocSpecs(m)
	if err != nil {
		t.Fatal(err)
	}
	if specs[app.TypeArticle][fBody].pass == nil {
		t.Fatal("the body field is not analysed in one pass: the analyser is no longer built as newOnePass expects")
	}
	docs := append(testDocs(), corpusDocs(30)...)
	docs = append(docs,
		app.IndexDoc{ID: "E1", Type: app.TypeNote},                     // nothing but a type
		app.IndexDoc{ID: "E2", Type: app.TypeTag, Title: "actor/DPRK"}, // a tag
		app.IndexDoc{ID: "E3", Type: app.TypeAnnotation, Body: "x", Tags: []string{"a", "a/b", "a/b/c"},
			Date: time.Date(2021, 6, 20, 10, 11, 12, 0, time.UTC), Names: []string{"A", "B"}, Speaker: "Moon Chung-in"},
		app.IndexDoc{ID: "E4", Type: app.TypeNote, Title: "KOREA'S ÉLITE’S Ⱥrmy", Body: "The Σ ΣΑΣ İstanbul ＇s NASA's 1,000.5 U.S. don't the and of",
			Names: []string{"Ünal Ⱦ", "O'Brien's"}})
	type flat struct {
		name, value string
		pos         string
		opts        bleveindex.FieldIndexingOptions
		length      int
		freqs       string
	}
	flatten := func(doc *document.Document) []flat {
		var out []flat
		for _, f := range doc.Fields {
			value := string(f.Value()) // before analysis lower-cases it
			f.Analyze()
			out = append(out, flat{name: f.Name(), value: value, pos: fmt.Sprint(f.ArrayPositions()),
				opts: f.Options(), length: f.AnalyzedLength(), freqs: showFreqs(f.AnalyzedTokenFrequencies())})
		}
		slices.SortFunc(out, func(a, b flat) int {
			return cmp.Or(cmp.Compare(a.name, b.name), cmp.Compare(a.pos, b.pos), cmp.Compare(a.value, b.value))
		})
		return out
	}
	for i := range docs {
		d := &docs[i]
		ours, err := specs.document(d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		mapped := document.NewDocument(d.ID)
		if err := m.MapDocument(mapped, toBleve(d)); err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		if len(mapped.CompositeFields) != 0 || !ours.Indexed() || !mapped.Indexed() {
			t.Fatalf("%s: composite fields %d, indexed %v/%v", d.ID, len(mapped.CompositeFields), ours.Indexed(), mapped.Indexed())
		}
		got, want := flatten(ours), flatten(mapped)
		if !slices.Equal(got, want) {
			t.Fatalf("%s (%s):\nbuilt  %+v\nmapped %+v", d.ID, d.Type, got, want)
		}
	}
	if _, err := specs.document(&app.IndexDoc{ID: "X", Type: "spaceship"}); err == nil {
		t.Fatal("a document of an unknown type was built")
	}
}

// showFreqs prints term frequencies in a fixed order: each term with its
// count and every location.
func showFreqs(tf bleveindex.TokenFrequencies) string {
	terms := slices.Sorted(maps.Keys(tf))
	var b strings.Builder
	for _, term := range terms {
		f := tf[term]
		fmt.Fprintf(&b, "%q=%q×%d", term, f.Term, f.Frequency())
		for _, l := range f.Locations {
			fmt.Fprintf(&b, " [%s %v %d-%d @%d]", l.Field, l.ArrayPositions, l.Start, l.End, l.Position)
		}
		b.WriteString("; ")
	}
	return b.String()
}
