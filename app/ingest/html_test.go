package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseHTMLJSONLDGraph(t *testing.T) {
	d := parseFixture(t, "jsonld_graph.html")
	if d.Title != "Glacier retreat speeds up, survey finds" || d.TitleGuessed {
		t.Errorf("Title = %q", d.Title)
	}
	if d.Author != "Karin Stoll, Luca Ferri" {
		t.Errorf("Author = %q (JSON-LD author array)", d.Author)
	}
	if d.Source != "Alpine Monitor" {
		t.Errorf("Source = %q (publisher by @id)", d.Source)
	}
	if d.URL != "https://example.net/glacier" {
		t.Errorf("URL = %q", d.URL)
	}
	if !d.Published.Equal(time.Date(2023, 9, 12, 6, 30, 0, 0, time.UTC)) {
		t.Errorf("Published = %v", d.Published)
	}
	if d.Dateline != "ZURICH" || !strings.HasPrefix(d.Paragraphs[0], "Glaciers in the central Alps") {
		t.Errorf("Dateline %q, first paragraph %q", d.Dateline, d.Paragraphs[0])
	}
	if len(d.Paragraphs) != 5 || !equalInts(d.Headings, []int{2}) || d.Paragraphs[2] != "Small glaciers at risk" {
		t.Errorf("Paragraphs %q Headings %v", d.Paragraphs, d.Headings)
	}
	if !strings.Contains(d.Paragraphs[4], "the\u00a0data") {
		t.Errorf("&nbsp; not kept as U+00A0: %q", d.Paragraphs[4])
	}
	for _, p := range d.Paragraphs {
		if strings.Contains(p, "Home") || strings.Contains(p, "Copyright") {
			t.Errorf("navigation or footer text in body: %q", p)
		}
	}
	// The figure stands after the lede: the caption is kept there.
	want := Caption{Text: "Meltwater runs off the tongue of a glacier in August.", Credit: "Keystone / Eva Roth", At: 1}
	if len(d.Captions) != 1 || d.Captions[0] != want {
		t.Errorf("Captions = %+v, want %+v", d.Captions, want)
	}
	if !equalStrings(d.Tags, []string{"climate", "glaciers", "Alps", "survey"}) {
		t.Errorf("Tags = %q", d.Tags)
	}
	if d.Description != "A new survey measures the loss of ice." {
		t.Errorf("Description = %q", d.Description)
	}
}

func TestParseHTMLOpenGraph(t *testing.T) {
	d := parseFixture(t, "og.html")
	if d.Title != "Port workers end three-day strike" || d.Source != "Harbour Times" || d.URL != "https://example.com/port-strike" {
		t.Errorf("title %q source %q url %q", d.Title, d.Source, d.URL)
	}
	if d.Author != "Sam Okafor" {
		t.Errorf("Author = %q (\"By \" stripped)", d.Author)
	}
	if !d.Published.Equal(time.Date(2022, 11, 4, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("Published = %v", d.Published)
	}
	if !equalStrings(d.Tags, []string{"ports", "labour"}) {
		t.Errorf("Tags = %q", d.Tags)
	}
	if len(d.Paragraphs) != 4 || !equalInts(d.Headings, []int{2}) {
		t.Errorf("Paragraphs %q Headings %v", d.Paragraphs, d.Headings)
	}
}

func TestParseHTMLJSONLDArray(t *testing.T) {
	d := parseFixture(t, "jsonld_array.html")
	if d.Title != "Flooding closes mountain pass" || d.Author != "Nils Berg" || d.Source != "Valley Post" {
		t.Errorf("title %q author %q source %q", d.Title, d.Author, d.Source)
	}
	if !d.Published.Equal(time.Date(2021, 5, 2, 0, 0, 0, 0, time.UTC)) || len(d.Paragraphs) != 2 {
		t.Errorf("published %v paragraphs %q", d.Published, d.Paragraphs)
	}
}

func TestParseHTMLNoContent(t *testing.T) {
	_, err := Parse("nocontent.html", readFixture(t, "nocontent.html"))
	if !errors.Is(err, ErrNoContent) {
		t.Fatalf("error = %v, want ErrNoContent", err)
	}
	for _, in := range []string{"<html></html>", "<!-- only a comment -->", "<script>a()</script><style>b{}</style>", "<img src=x>"} {
		if _, err := ParseHTML(in); !errors.Is(err, ErrNoContent) {
			t.Errorf("ParseHTML(%q) error = %v, want ErrNoContent", in, err)
		}
	}
}

func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		name, in                             string
		headline, authors, publisher, pubStr string
		ok                                   bool
	}{
		{"object", `{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"A B"},"publisher":{"name":"P"},"datePublished":"2020-01-02"}`, "H", "A B", "P", "2020-01-02", true},
		{"author string", `{"@type":"Article","headline":"H","author":"Jo"}`, "H", "Jo", "", "", true},
		{"author array of strings and objects", `{"@type":"ReportageNewsArticle","headline":"H","author":["Jo",{"name":"Al"},"Jo"]}`, "H", "Jo, Al", "", "", true},
		{"type array", `{"@type":["CreativeWork","NewsArticle"],"headline":"H"}`, "H", "", "", "", true},
		{"schema URL type", `{"@type":"http://schema.org/BlogPosting","name":"N"}`, "N", "", "", "", true},
		{"graph with refs", `{"@graph":[{"@id":"#p","name":"Per"},{"@id":"#o","name":"Org"},{"@type":"NewsArticle","headline":"H","author":{"@id":"#p"},"publisher":{"@id":"#o"}}]}`, "H", "Per", "Org", "", true},
		{"array top", `[{"@type":"WebSite","name":"S"},{"@type":"ReportageNews","headline":"R"}]`, "R", "", "", "", true},
		{"html comment wrapper", `<!-- {"@type":"Article","headline":"C"} -->`, "C", "", "", "", true},
		{"no article", `{"@type":"Organization","name":"O"}`, "", "", "", "", false},
		{"invalid JSON", `{"@type":"Article",}`, "", "", "", "", false},
		{"self reference loop", `{"@graph":[{"@id":"#a","author":{"@id":"#a"}},{"@type":"Article","headline":"L","author":{"@id":"#a"}}]}`, "L", "", "", "", true},
	}
	for _, tt := range tests {
		a, ok := parseJSONLD(tt.in)
		if ok != tt.ok || a.headline != tt.headline || a.authors != tt.authors || a.publisher != tt.publisher || a.published != tt.pubStr {
			t.Errorf("%s: got %+v, %v", tt.name, a, ok)
		}
	}
}

func TestParseHTMLFallbacks(t *testing.T) {
	// Body text outside any <article>/<main>, in divs and list items, with
	// a menu that must not become text.
	in := `<html><head><meta name="author" content="Li Wei"><meta name="date" content="2020-02-03"></head><body>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul>
<div>The regional assembly passed the water bill on Thursday evening after a long debate about the cost of new pipes.</div>
<div>Opponents said they would challenge the law in court before the summer recess begins next month.</div>
</body></html>`
	d, err := ParseHTML(in)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if d.Author != "Li Wei" || !d.Published.Equal(time.Date(2020, 2, 3, 0, 0, 0, 0, time.UTC)) || !d.TitleGuessed {
		t.Errorf("author %q published %v guessed %v", d.Author, d.Published, d.TitleGuessed)
	}
	if len(d.Paragraphs) != 2 || !strings.HasPrefix(d.Paragraphs[0], "The regional assembly") {
		t.Errorf("Paragraphs = %q", d.Paragraphs)
	}
}

func TestParseHTMLHostile(t *testing.T) {
	para := "<p>Lawmakers debated the budget for a second day on Wednesday, with no vote expected before the weekend.</p>"
	tests := map[string]string{
		"deep divs":        strings.Repeat("<div>", 100000) + para + strings.Repeat("</div>", 100000),
		"deep unclosed":    strings.Repeat("<div><span>", 100000) + para,
		"deep blockquotes": strings.Repeat("<blockquote>", 100000) + para,
		"huge attribute":   `<div data-x="` + strings.Repeat("a", 5<<20) + `">` + para + `</div>`,
		"many attributes":  "<div " + strings.Repeat(`a="b" `, 100000) + ">" + para + "</div>",
		"unterminated tag": para + "<div class=\"" + strings.Repeat("x", 1<<20),
		"many elements":    strings.Repeat("<span>x</span>", 100000) + para,
		"deep tables":      strings.Repeat("<table><tr><td>", 20000) + para,
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			d, err := ParseHTML(in)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			found := false
			for _, p := range d.Paragraphs {
				found = found || strings.Contains(p, "Lawmakers debated the budget")
			}
			if !found {
				t.Errorf("paragraph lost: %d paragraphs", len(d.Paragraphs))
			}
			t.Logf("%s: %v", name, time.Since(start))
		})
	}
}

func TestParseHTMLBreaks(t *testing.T) {
	d, err := ParseHTML("<body><div>First paragraph line one<br>line two.<br><br>Second paragraph.<br> <br>Third.</div></body>")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"First paragraph line one line two.", "Second paragraph.", "Third."}
	if !equalStrings(d.Paragraphs, want) {
		t.Errorf("Paragraphs = %q, want %q", d.Paragraphs, want)
	}
}

// An advertisement slot between paragraphs is not part of the article.
func TestParseHTMLDropsPageFurniture(t *testing.T) {
	page := `<html><head><title>Ferry strike</title></head><body><article>
<h1>Ferry strike enters third week</h1>
<p>The ferry operators’ strike entered its third week on Wednesday, with no talks planned.</p>
<div class="ad">Advertisement</div>
<p>“We are not asking for the moon,” said Aurel Baptiste, who chairs the ferry workers’ union.</p>
<p class="more">Read more: </p>
<p>The mediator said the sides were still far apart after a six-hour session on Tuesday.</p>
</article></body></html>`
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 3 {
		t.Fatalf("paragraphs = %q; want the three of the article", d.Paragraphs)
	}
	for _, p := range d.Paragraphs {
		if strings.Contains(p, "Advertisement") || strings.HasPrefix(p, "Read more") {
			t.Errorf("page furniture kept: %q", p)
		}
	}
}
