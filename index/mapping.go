package index

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/mapping"

	"dossier/app"
)

// mappingVersion is kept in the index's internal storage. An index written
// with another version is rebuilt: bump it whenever the mapping or the way
// documents are built changes.
const mappingVersion = "dossier-index-14"

// Index field names. Text fields are analysed in English and keep term
// vectors, which phrase queries need, but are not stored: highlights and
// fragments are found in the text in the store by a matcher (match.go).
// Keyword fields used
// in queries are lower-cased (case-insensitive filters); the facet field
// holds every facet value of a document in its original spelling
// ("tag:actor/DPRK"), with doc values.
const (
	fType    = "type"
	fFP      = "fp"
	fTitle   = app.FieldTitle
	fBody    = app.FieldBody
	fNote    = app.FieldNote
	fNames   = app.FieldNames
	fTag     = "tag"
	fSpeaker = "speaker"
	fSource  = "source"
	fFacet   = "facet"
	fAuthor  = "author"
	fStatus  = "status"
	fArticle = "article"
	fDate    = "date"  // "2006-01-02T15:04:05Z", with doc values: sorting and sub-day bounds
	fDay     = "day"   // "2006-01-02"
	fYear    = "year"  // "2006"
	fMonth   = "month" // "2006-01"
)

// Date formats of the date fields. They are fixed-width, so their terms sort
// as the dates do, and a date range is a few term ranges (dateRange).
const (
	layoutStamp = "2006-01-02T15:04:05Z"
	layoutDay   = "2006-01-02"
	layoutMonth = "2006-01"
	layoutYear  = "2006"
)

// textFields are searched by words typed without a field name.
var textFields = []string{fTitle, fBody, fNote, fNames}

// Analyzer and synonym source names.
const (
	anText    = "dossier_en"    // Bleve's "en", faster (analyzer.go): words, possessives, lower case, stop words, Porter stemmer
	anKeyword = keyword.Name    // the whole value as one term
	anLower   = "dossier_lower" // the whole value as one lower-cased term
	synPeople = "people"        // synonym source: a person's aliases → name
	synColl   = "people"        // synonym collection holding one definition per person
	synPrefix = "syn:"          // ID prefix of synonym definitions
)

// namesSep joins a document's names into the one "names" field value, so
// locations in it are offsets into strings.Join(IndexDoc.Names, namesSep).
const namesSep = "\n"

// NamesSep is the separator search locations in the "names" field count
// with: offsets are into strings.Join(doc.Names, NamesSep).
const NamesSep = namesSep

// newMapping builds the index mapping: one static document mapping per
// document type, nothing indexed dynamically and no _all field.
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	im.DefaultAnalyzer = anText
	im.DefaultField = fBody
	if err := im.AddCustomAnalyzer(anText, map[string]any{
		"type":          custom.Name,
		"tokenizer":     tokWords,
		"token_filters": []any{en.PossessiveName, lowercase.Name, en.StopName, filterStems},
	}); err != nil {
		return nil, fmt.Errorf("search index mapping: %w", err)
	}
	if err := im.AddCustomAnalyzer(anLower, map[string]any{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []any{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("search index mapping: %w", err)
	}
	if err := im.AddSynonymSource(synPeople, map[string]any{"collection": synColl, "analyzer": anLower}); err != nil {
		return nil, fmt.Errorf("search index mapping: %w", err)
	}

	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = anText
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = true
		f.DocValues = false
		return f
	}
	// kw is a keyword field for queries and filters (no doc values).
	kw := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeInAll = false
		// Whole-value terms: no phrase query runs on them, so no locations.
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	// sortable is an exact keyword field with doc values, read per hit:
	// the facet field (every facet value of a document, "kind:value", so
	// counting facets reads one field per hit, not five) and the date (for
	// sorting).
	sortable := func() *mapping.FieldMapping {
		f := kw(anKeyword)
		f.DocValues = true
		return f
	}
	stored := func() *mapping.FieldMapping {
		f := kw(anKeyword)
		f.Index = false
		f.Store = true
		return f
	}
	for _, typ := range docTypes {
		dm := bleve.NewDocumentStaticMapping()
		tf := kw(anKeyword)
		tf.Store = true // read back for each hit
		dm.AddFieldMappingsAt(fType, tf)
		dm.AddFieldMappingsAt(fFacet, sortable())
		dm.AddFieldMappingsAt(fFP, stored())
		for _, name := range textFields {
			dm.AddFieldMappingsAt(name, text())
		}
		dm.AddFieldMappingsAt(fTag, kw(anLower))
		sp := kw(anLower)
		sp.SynonymSource = synPeople
		dm.AddFieldMappingsAt(fSpeaker, sp)
		dm.AddFieldMappingsAt(fSource, kw(anLower))
		dm.AddFieldMappingsAt(fAuthor, kw(anLower))
		dm.AddFieldMappingsAt(fStatus, kw(anLower))
		dm.AddFieldMappingsAt(fArticle, kw(anLower))
		// The date is keywords, not Bleve's datetime field: a datetime is
		// 16 prefix-coded terms, which cost a sixth of all indexing (most
		// documents are short quotes); four whole-value terms (date, day,
		// month, year) answer the same ranges (dateRange).
		dm.AddFieldMappingsAt(fDate, sortable())
		dm.AddFieldMappingsAt(fDay, kw(anKeyword))
		dm.AddFieldMappingsAt(fYear, kw(anKeyword))
		dm.AddFieldMappingsAt(fMonth, kw(anKeyword))
		dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
		im.AddDocumentMapping(string(typ), dm)
	}
	return im, nil
}

var docTypes = app.DocTypes

// typedMap is what the mapping indexes for one IndexDoc: only non-empty
// values, so that facets do not count empty strings.
type typedMap map[string]any

// BleveType tells Bleve's MapDocument which document mapping applies; Apply
// builds documents itself (document.go), and a test compares the two.
func (m typedMap) BleveType() string { s, _ := m[fType].(string); return s }

func toBleve(d *app.IndexDoc) typedMap {
	f := make(typedMap, 16)
	put := func(k, v string) {
		if v != "" {
			f[k] = v
		}
	}
	put(fType, string(d.Type))
	put(fFP, d.Fingerprint)
	// An annotation's or quote's title is its article's: indexing it again
	// for each of them would make every quote match the article's title
	// words, and cost a tenth of the indexing.
	if d.Type != app.TypeQuote && d.Type != app.TypeAnnotation {
		put(fTitle, d.Title)
	}
	put(fBody, d.Body)
	put(fNote, d.Note)
	put(fNames, strings.Join(d.Names, namesSep))
	put(fStatus, d.Status)
	put(fArticle, d.Article)
	facets := make([]string, 0, 4+len(d.Tags))
	facets = append(facets, facetValue(app.FacetType, string(d.Type)))
	if len(d.Tags) > 0 {
		f[fTag] = d.Tags
		for _, t := range d.Tags {
			facets = append(facets, facetValue(app.FacetTag, t))
		}
	}
	if d.Speaker != "" {
		f[fSpeaker] = nameTerms(d.Speaker)
		facets = append(facets, facetValue(app.FacetSpeaker, d.Speaker))
	}
	if d.Source != "" {
		f[fSource] = nameTerms(d.Source)
		facets = append(facets, facetValue(app.FacetSource, d.Source))
	}
	if d.Author != "" {
		f[fAuthor] = nameTerms(d.Author)
	}
	// Years outside 0000-9999 would not keep the terms' fixed width, which
	// their order relies on: such a date is left out, as a missing one.
	if t := d.Date.UTC(); !d.Date.IsZero() && t.Year() >= 0 && t.Year() <= 9999 {
		f[fDate] = t.Format(layoutStamp)
		f[fDay] = t.Format(layoutDay)
		f[fYear] = t.Format(layoutYear)
		f[fMonth] = t.Format(layoutMonth)
		facets = append(facets, facetValue(app.FacetMonth, t.Format(layoutMonth)))
	}
	f[fFacet] = facets
	return f
}

// facetValue is a value of the facet field: the facet's name, a colon
// and the value as shown.
func facetValue(facet, value string) string { return facet + ":" + value }

// nameTerms are the terms a name is found by in a keyword field: the whole
// value, and every run of consecutive words of each name in it (names are
// parted by commas, semicolons, "&" and "and"), without the punctuation
// around words. So speaker:Lankov and speaker:"Andrei Lankov" both match
// "Andrei Lankov", author:Roe and author:"Jane Roe" match "Jane Roe, Omar
// Said", and source:"Daily Ledger" matches "The Daily Ledger".
func nameTerms(name string) []string {
	whole := strings.Join(strings.Fields(name), " ")
	out := []string{whole}
	seen := map[string]bool{whole: true}
	if w := strings.Join(nameWords(name), " "); w != "" && !seen[w] {
		seen[w] = true
		out = append(out, w) // "Jane Roe Omar Said", as nameQuery reads the whole value
	}
	for _, part := range nameParts(name) {
		words := nameWords(part)
		if len(words) > maxNameWords {
			words = words[:maxNameWords]
		}
		for i := range words {
			for j := i + 1; j <= len(words); j++ {
				t := strings.Join(words[i:j], " ")
				if !seen[t] {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// maxNameWords bounds the words of one name that are indexed in runs (a
// name of n words makes n(n+1)/2 terms).
const maxNameWords = 8

// nameParts splits a value holding several names ("Jane Roe, Omar Said",
// "Reuters and AP") into the names.
func nameParts(s string) []string {
	if !strings.ContainsAny(s, ",;&") && !strings.Contains(strings.ToLower(s), " and ") {
		return []string{strings.TrimSpace(s)}
	}
	s = nameSeps.Replace(" " + s + " ")
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var nameSeps = strings.NewReplacer(";", ",", "&", ",", " and ", ",", " AND ", ",", " And ", ",")

// nameWords are the words of a name without the punctuation around them
// ("Roe," → "Roe"; "Chung-in" and "O'Neil" stay whole).
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// nameQuery is the term a typed name is looked up by: its words as
// nameTerms indexes them, or the value as typed when it has no words.
func nameQuery(v string) string {
	if w := nameWords(v); len(w) > 0 {
		return strings.ToLower(strings.Join(w, " "))
	}
	return strings.ToLower(strings.Join(strings.Fields(v), " "))
}

// synonymsFor is a person's synonym definition: each alias (and each word
// of the name) leads to the full name, the value quotes carry as speaker.
func synonymsFor(d *app.IndexDoc) *bleve.SynonymDefinition {
	if d.Type != app.TypePerson || len(d.Names) < 2 {
		return nil
	}
	name := d.Names[0]
	var input []string
	for _, a := range d.Names[1:] {
		if a = strings.TrimSpace(a); a != "" && !strings.EqualFold(a, name) {
			input = append(input, a)
		}
	}
	if len(input) == 0 || strings.TrimSpace(name) == "" {
		return nil
	}
	return &bleve.SynonymDefinition{Input: input, Synonyms: []string{strings.Join(strings.Fields(name), " ")}}
}

// dateLayouts are the date forms a query accepts, most precise first.
var dateLayouts = []struct {
	layout string
	unit   string
}{
	{time.RFC3339, "instant"},
	{"2006-01-02T15:04", "minute"},
	{"2006-01-02", "day"},
	{"2006-01", "month"},
	{"2006", "year"},
}
