package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"dossier/app"
)

// fieldSpec is how one field of a document type is indexed, as the mapping
// says.
type fieldSpec struct {
	opts     bleveindex.FieldIndexingOptions
	analyzer analysis.Analyzer
	pass     *onePass     // the analyser in one pass (field.go); nil for keyword fields
	keyword  *keywordPass // the analyser of a keyword field (keyword.go)
}

// docSpecs holds, per document type, the spec of each field. They are read
// from the mapping once, so that a document is built field by field from
// toBleve's values: Bleve's MapDocument walks the same values by reflection
// for every document, which cost 5% of an import. A test checks that both
// give the index the same terms, counts, lengths and stored values.
type docSpecs map[app.DocType]map[string]fieldSpec

func newDocSpecs(im *mapping.IndexMappingImpl) (docSpecs, error) {
	specs := docSpecs{}
	passes := map[analysis.Analyzer]*onePass{} // one per analyser: the stem memory is shared
	for _, typ := range docTypes {
		dm, ok := im.TypeMapping[string(typ)]
		if !ok {
			return nil, fmt.Errorf("search index mapping: no mapping for %s", typ)
		}
		fields := map[string]fieldSpec{}
		for name, sub := range dm.Properties {
			if len(sub.Fields) != 1 {
				continue // "_all", disabled
			}
			fm := sub.Fields[0]
			if fm.Type != "text" {
				return nil, fmt.Errorf("search index mapping: %s.%s is a %s field; documents are built for text fields only", typ, name, fm.Type)
			}
			a := im.AnalyzerNamed(fm.Analyzer)
			if a == nil {
				return nil, fmt.Errorf("search index mapping: %s.%s: no analyzer %q", typ, name, fm.Analyzer)
			}
			p, ok := passes[a]
			if !ok {
				p = newOnePass(a)
				passes[a] = p
			}
			spec := fieldSpec{opts: fm.Options(), analyzer: a, pass: p}
			if !spec.opts.IncludeTermVectors() { // keywordField keeps no locations
				spec.keyword = newKeywordPass(a)
			}
			fields[name] = spec
		}
		specs[typ] = fields
	}
	return specs, nil
}

// document builds the Bleve document of d: what the index receives from
// the fields MapDocument would make of toBleve(d), except that a keyword
// field's values are one field (keyword.go), as the segment builder would
// merge them, and English text is analysed in one pass (field.go).
func (s docSpecs) document(d *app.IndexDoc) (*document.Document, error) {
	fields, ok := s[d.Type]
	if !ok {
		return nil, fmt.Errorf("search index: document %s has an unknown type %q", d.ID, d.Type)
	}
	doc := document.NewDocument(d.ID)
	add := func(f fieldSpec, name, value string, pos []uint64) {
		switch {
		case f.pass != nil:
			doc.AddField(newTextField(name, pos, []byte(value), f.opts, f.pass))
		case f.keyword != nil:
			doc.AddField(newKeywordField(name, pos, []string{value}, f.opts, f.keyword))
		default:
			doc.AddField(document.NewTextFieldCustom(name, pos, []byte(value), f.opts, f.analyzer))
		}
	}
	values := toBleve(d)
	for name, v := range values {
		f, ok := fields[name]
		if !ok {
			return nil, fmt.Errorf("search index: document %s: no field %q in the mapping of %s", d.ID, name, d.Type)
		}
		switch v := v.(type) {
		case string:
			add(f, name, v, nil)
		case []string:
			// All the values of a keyword field as one field, unless they
			// are stored, where each value keeps its array position.
			if f.keyword != nil && !f.opts.IsStored() && len(v) > 0 {
				doc.AddField(newKeywordField(name, nil, v, f.opts, f.keyword))
				continue
			}
			for i, s := range v {
				add(f, name, s, []uint64{uint64(i)})
			}
		default:
			return nil, fmt.Errorf("search index: document %s: field %s holds a %T", d.ID, name, v)
		}
	}
	doc.SetIndexed()
	return doc, nil
}
