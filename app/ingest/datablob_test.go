package ingest

import (
	"strings"
	"testing"
)

// A page's metadata written as a JSON object into its markup, after the
// article, is no paragraph of the text: its quoted headline and list of
// tags would read as quotations.
func TestParseHTMLDataBlobLeftOut(t *testing.T) {
	lede := "<p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March, after an engineer's report found its piles rotten.</p>"
	tail := "<p>\"It was the only safe decision,\" the board's chair, Mary Okafor, said after the vote on Tuesday evening.</p>"
	for name, blob := range map[string]string{
		"json":          `<div>{ "modules": [{"name": "gallery"}], "assetid": "2162363", "section": "news/local", "seotitletag": "Old pier to close in March", "keywords":"Mary Okafor,Harbour Board,Port Ellen", "video":"no" }</div>`,
		"script object": `<div>{ 'assetid': '2162363', "section": "news", "headline": "Old pier to close", }</div>`,
	} {
		t.Run(name, func(t *testing.T) {
			d, err := ParseHTML(pageOf(lede + tail + blob))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if len(d.Paragraphs) != 2 {
				t.Fatalf("paragraphs %q, want 2", d.Paragraphs)
			}
			for _, p := range d.Paragraphs {
				if strings.Contains(p, "assetid") {
					t.Errorf("data in %q", p)
				}
			}
		})
	}
	// Prose in brackets is text.
	for _, p := range []string{
		"[Related: Ferry fares rise again as the board looks for money]",
		"{Editor's note: an earlier version of this story misstated the pier's age.}",
	} {
		d, err := ParseHTML(pageOf(lede + "<p>" + p + "</p>" + tail))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Paragraphs) != 3 || d.Paragraphs[1] != p {
			t.Errorf("paragraphs %q, want %q kept", d.Paragraphs, p)
		}
	}
}
