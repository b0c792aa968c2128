package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHTMLKicker: the label over a web page's headline becomes the
// Document's Kicker and leaves the body; breadcrumbs, menus, the site's
// name, bylines, dates and sharing-bar words are not kickers, and a page
// without one gets none.
func TestHTMLKicker(t *testing.T) {
	const body = `<p>Negotiators returned to Cairo on Monday for a fourth round of talks, officials on both sides said, after a week of heavy fighting.</p>
<p>The mediators hope to agree on a first exchange of prisoners before the end of the month, one of them told reporters.</p>`
	page := func(head string) string {
		return "<html><head><title>Talks resume in Cairo</title></head><body><article>" + head + body + "</article></body></html>"
	}
	tests := []struct {
		name, page, kicker string
		anyFirst           bool // the test is not about the body
	}{
		{name: "file: lone link with class article-kicker", page: "kicker_class.html", kicker: "Analysis"},
		{name: "file: short line above the headline in its header, date between", page: "kicker_position.html", kicker: "Middle East"},
		{name: "file: breadcrumb is not a kicker", page: "kicker_breadcrumb.html"},
		{name: "file: menu of categories, site name, byline and date: none", page: "kicker_none.html"},
		{name: "eyebrow heading", page: page(`<h2 class="eyebrow"><a href="/news">News</a></h2><h1>Talks resume in Cairo</h1>`), kicker: "News"},
		{name: "c-overline span", page: page(`<div class="c-head"><span class="c-overline">EXCLUSIVE</span></div><h1>Talks resume in Cairo</h1>`), kicker: "EXCLUSIVE"},
		{name: "itemprop articleSection", page: page(`<a itemprop="articleSection" href="/opinion">Opinion</a><h5 class="date">May 3, 2021</h5><h1>Talks resume in Cairo</h1>`), kicker: "Opinion"},
		{name: "small heading right above", page: page(`<h4>Middle East</h4><h1>Talks resume in Cairo</h1>`), kicker: "Middle East"},
		{name: "kicker class but a sentence", page: page(`<p class="kicker">Talks have failed three times.</p><h1>Talks resume in Cairo</h1>`)},
		{name: "kicker class but six words", page: page(`<p class="kicker">The Long Road To A Deal</p><h1>Talks resume in Cairo</h1>`)},
		{name: "section label in a breadcrumb", page: page(`<div class="breadcrumbs"><a class="section-label" href="/world">World</a></div><h1>Talks resume in Cairo</h1>`)},
		{name: "line above the headline outside any header", page: page(`<div>Middle East</div><h1>Talks resume in Cairo</h1>`)},
		{name: "sharing links between the line and the headline", page: page(`<header><div>Middle East</div><ul><li><a href="#">Tweet</a></li><li><a href="#">Email</a></li></ul><h1>Talks resume in Cairo</h1></header>`)},
		{name: "comment count above the headline", page: page(`<header><div class="count">Comments</div><h1>Talks resume in Cairo</h1></header>`)},
		{name: "byline above the headline", page: page(`<header><div>By Jane Roe</div><h1>Talks resume in Cairo</h1></header>`)},
		{name: "date above the headline", page: page(`<header><div>May 3, 2021</div><h1>Talks resume in Cairo</h1></header>`)},
		{name: "lower-case tagline", page: page(`<header><div>stories that matter</div><h1>Talks resume in Cairo</h1></header>`)},
		{name: "menu heading with its links", page: page(`<h4>Hot topics</h4><ul><li><a href="/a">Apple</a></li></ul><h1>Talks resume in Cairo</h1>`)},
		{name: "kicker below the headline is not one", page: page(`<h1>Talks resume in Cairo</h1><p class="kicker">Analysis</p>`), anyFirst: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.page
			if strings.HasSuffix(src, ".html") {
				data, err := os.ReadFile(filepath.Join("testdata", src))
				if err != nil {
					t.Fatal(err)
				}
				src = string(data)
			}
			d, err := ParseHTML(src)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if d.Kicker != tt.kicker {
				t.Errorf("Kicker = %q, want %q", d.Kicker, tt.kicker)
			}
			if !strings.Contains(d.Title, "talks resume in Cairo") && !strings.Contains(d.Title, "Talks resume in Cairo") && !strings.Contains(d.Title, "grain deal") {
				t.Errorf("Title = %q, want the headline", d.Title)
			}
			if !tt.anyFirst && (len(d.Paragraphs) == 0 || !strings.HasPrefix(d.Paragraphs[0], "Negotiators") && !strings.HasPrefix(d.Paragraphs[0], "Three times")) {
				t.Errorf("first paragraph %q, want the body's first", firstOf(d.Paragraphs))
			}
			if tt.kicker != "" {
				for _, p := range d.Paragraphs {
					if sameText(p, tt.kicker) {
						t.Errorf("kicker %q left in the body", p)
					}
				}
			}
		})
	}
}

func firstOf(ps []string) string {
	if len(ps) == 0 {
		return ""
	}
	return ps[0]
}
