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
// field give the index what Bleve's mapping makes of the same values: for
// each field name the same indexing options, the same terms, counts and
// locations and the same field length once analysed and merged as the
// segment builder merges a name's fields, and the same stored values at
// the same array positions. English text fields are analysed in one pass
// (field.go), keyword fields as one field per name (keyword.go).
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
	for _, name := range []string{fTag, fFacet, fYear} {
		if specs[app.TypeQuote][name].keyword == nil {
			t.Fatalf("the %s field is not built as a keywordField: its analyser is no longer built as newKeywordPass expects", name)
		}
	}
	docs := append(testDocs(), corpusDocs(30)...)
	docs = append(docs,
		app.IndexDoc{ID: "E1", Type: app.TypeNote},                     // nothing but a type
		app.IndexDoc{ID: "E2", Type: app.TypeTag, Title: "actor/DPRK"}, // a tag
		app.IndexDoc{ID: "E3", Type: app.TypeAnnotation, Body: "x", Tags: []string{"a", "a/b", "a/b/c"},
			Date: time.Date(2021, 6, 20, 10, 11, 12, 0, time.UTC), Names: []string{"A", "B"}, Speaker: "Moon Chung-in"},
		app.IndexDoc{ID: "E4", Type: app.TypeNote, Title: "KOREA'S ÉLITE’S Ⱥrmy", Body: "The Σ ΣΑΣ İstanbul ＇s NASA's 1,000.5 U.S. don't the and of",
			Names: []string{"Ünal Ⱦ", "O'Brien's"}},
		// Keyword values that differ only in case, repeat, or lower-case
		// to more bytes.
		app.IndexDoc{ID: "E5", Type: app.TypeQuote, Body: "y", Tags: []string{"Actor/DPRK", "actor/dprk", "ȺȾ/ΣΑΣ", "ÉLITE", "", "x"},
			Speaker: "Kim Kim", Source: "İSTANBUL Times", Author: "ǅemal Ⱥ", Status: "Confirmed", Article: "A1"})
	type flat struct {
		name   string
		opts   bleveindex.FieldIndexingOptions
		length int
		freqs  string
		stored string
	}
	flatten := func(doc *document.Document) []flat {
		byName := map[string]*flat{}
		merged := map[string]bleveindex.TokenFrequencies{}
		var stored = map[string][]string{}
		for _, f := range doc.Fields {
			if f.Options().IsStored() {
				stored[f.Name()] = append(stored[f.Name()], fmt.Sprintf("%q@%v", f.Value(), f.ArrayPositions()))
			}
			fl := byName[f.Name()]
			if fl == nil {
				fl = &flat{name: f.Name(), opts: f.Options()}
				byName[f.Name()] = fl
			} else if fl.opts != f.Options() {
				t.Fatalf("%s: field %s has options %v and %v", doc.ID(), f.Name(), fl.opts, f.Options())
			}
			if !f.Options().IsIndexed() {
				continue
			}
			f.Analyze()
			fl.length += f.AnalyzedLength()
			if tf, ok := merged[f.Name()]; ok {
				tf.MergeAll(f.Name(), f.AnalyzedTokenFrequencies())
			} else {
				merged[f.Name()] = f.AnalyzedTokenFrequencies()
			}
		}
		var out []flat
		for name, fl := range byName {
			fl.freqs = showFreqs(merged[name])
			slices.Sort(stored[name])
			fl.stored = strings.Join(stored[name], " ")
			out = append(out, *fl)
		}
		slices.SortFunc(out, func(a, b flat) int { return cmp.Compare(a.name, b.name) })
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
// count and every location. Offsets are left out: the index keeps
// positions only (field.go).
func showFreqs(tf bleveindex.TokenFrequencies) string {
	terms := slices.Sorted(maps.Keys(tf))
	var b strings.Builder
	for _, term := range terms {
		f := tf[term]
		fmt.Fprintf(&b, "%q=%q×%d", term, f.Term, f.Frequency())
		for _, l := range f.Locations {
			fmt.Fprintf(&b, " [%s %v @%d]", l.Field, l.ArrayPositions, l.Position)
		}
		b.WriteString("; ")
	}
	return b.String()
}
