package index

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"dossier/app"
)

// TestDocumentsAsMapped checks that the documents Apply builds field by
// field are the ones Bleve's mapping makes of the same values: same fields,
// values, array positions, indexing options and analyzers.
func TestDocumentsAsMapped(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	specs, err := newDocSpecs(m)
	if err != nil {
		t.Fatal(err)
	}
	docs := append(testDocs(), corpusDocs(30)...)
	docs = append(docs,
		app.IndexDoc{ID: "E1", Type: app.TypeNote},                     // nothing but a type
		app.IndexDoc{ID: "E2", Type: app.TypeTag, Title: "actor/DPRK"}, // a tag
		app.IndexDoc{ID: "E3", Type: app.TypeAnnotation, Body: "x", Tags: []string{"a", "a/b", "a/b/c"},
			Date: time.Date(2021, 6, 20, 10, 11, 12, 0, time.UTC), Names: []string{"A", "B"}, Speaker: "Moon Chung-in"})
	type flat struct {
		name, value string
		pos         string
		opts        bleveindex.FieldIndexingOptions
		analyzer    string
	}
	flatten := func(doc *document.Document) []flat {
		var out []flat
		for _, f := range doc.Fields {
			tf, ok := f.(*document.TextField)
			if !ok {
				t.Fatalf("%s: field %s is a %T", doc.ID(), f.Name(), f)
			}
			out = append(out, flat{name: f.Name(), value: string(f.Value()), pos: fmt.Sprint(f.ArrayPositions()),
				opts: f.Options(), analyzer: fmt.Sprintf("%p", tf.Analyzer())})
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
