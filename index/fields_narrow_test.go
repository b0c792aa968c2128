package index

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"dossier/app"
)

// TestNameFieldsAndNarrowing covers the search defects of issue 22: names
// with punctuation and several names in one value, a multi-word name inside
// a longer one, and field terms that narrow a query with other words.
func TestNameFieldsAndNarrowing(t *testing.T) {
	x := openTest(t, filepath.Join(t.TempDir(), "index.bleve"))
	docs := []app.IndexDoc{
		{ID: "A1", Type: app.TypeArticle, Title: "Summit ends", Body: "The summit ended on Monday.",
			Source: "The Daily Ledger", Author: "Jane Roe, Omar Said", Fingerprint: "a1"},
		{ID: "A2", Type: app.TypeArticle, Title: "Harbour talks", Body: "Talks resumed in the harbour.",
			Source: "Coastal Herald", Author: "Ola Berg & Ann Lee", Fingerprint: "a2"},
		{ID: "Q1", Type: app.TypeQuote, Body: "The summit was a success", Speaker: "Moon Chung-in", Names: []string{"Moon Chung-in"},
			Source: "The Daily Ledger", Article: "A1", Fingerprint: "q1"},
		{ID: "Q2", Type: app.TypeQuote, Body: "We will talk again", Speaker: "Moon Chung-in", Names: []string{"Moon Chung-in"},
			Source: "The Daily Ledger", Article: "A1", Fingerprint: "q2"},
		{ID: "Q3", Type: app.TypeQuote, Body: "The summit failed", Speaker: "Andrei Lankov", Names: []string{"Andrei Lankov"},
			Source: "Coastal Herald", Article: "A2", Fingerprint: "q3"},
		{ID: "Q4", Type: app.TypeQuote, Body: "Nothing to add", Speaker: "Ann Lee", Names: []string{"Ann Lee"},
			Source: "Coastal Herald", Article: "A2", Fingerprint: "q4"},
	}
	if err := x.Apply(context.Background(), app.IndexBatch{Upserts: docs}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		query string
		want  []string
	}{
		{"author:Roe", []string{"A1"}},                            // "Roe," in "Jane Roe, Omar Said"
		{"author:Said", []string{"A1"}},                           // the second of two names
		{`author:"Jane Roe"`, []string{"A1"}},                     // one of two names, whole
		{`author:"Omar Said"`, []string{"A1"}},                    //
		{`author:"Jane Roe, Omar Said"`, []string{"A1"}},          // the whole value
		{`author:"Roe Omar"`, nil},                                // words of two names are no name
		{"author:Lee", []string{"A2"}},                            // names joined by &
		{`source:"Daily Ledger"`, []string{"A1", "Q1", "Q2"}},     // a run of words of the name
		{`source:"The Daily Ledger"`, []string{"A1", "Q1", "Q2"}}, // the whole name
		{"source:Ledger", []string{"A1", "Q1", "Q2"}},
		{`source:"Ledger Daily"`, nil},                               // not in this order
		{`speaker:Moon "summit" type:quote`, []string{"Q1"}},         // the help's example: fields narrow
		{`speaker:Moon summit`, []string{"Q1"}},                      //
		{`summit type:quote`, []string{"Q1", "Q3"}},                  //
		{`summit talks type:quote`, []string{"Q1", "Q2", "Q3"}},      // any of the words, only quotes
		{`speaker:Moon speaker:Lankov summit`, []string{"Q1", "Q3"}}, // one field twice: either value
		{`speaker:Moon type:article`, nil},                           // two fields: both
		{`speaker:Moon -summit`, []string{"Q2"}},                     //
		{`+summit speaker:Lankov`, []string{"Q3"}},                   //
		{`title:summit type:article`, []string{"A1"}},                // a text field is a word, the type narrows it
	}
	for _, c := range cases {
		res, err := x.Search(context.Background(), app.SearchRequest{Query: c.query, Size: 50})
		if err != nil {
			t.Errorf("%q: %v", c.query, err)
			continue
		}
		if got := ids(res); !slices.Equal(got, c.want) {
			t.Errorf("%q = %v; want %v", c.query, got, c.want)
		}
	}
	// The filters of a request read names the same way.
	res, err := x.Search(context.Background(), app.SearchRequest{Sources: []string{"Daily Ledger"}, Types: []app.DocType{app.TypeQuote}})
	if err != nil || !slices.Equal(ids(res), []string{"Q1", "Q2"}) {
		t.Errorf("Sources filter: %v %v", ids(res), err)
	}
}
