package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseMarkdownFrontMatter(t *testing.T) {
	d := parseFixture(t, "article.md")
	if d.Title != "Rail strike enters second week" || d.TitleGuessed {
		t.Errorf("Title = %q guessed %v", d.Title, d.TitleGuessed)
	}
	if d.Source != "Northern Courier" || d.Author != "Ida Brandt, Tomas Lind" || d.URL != "https://example.com/rail-strike" {
		t.Errorf("source %q author %q url %q", d.Source, d.Author, d.URL)
	}
	if !d.Published.Equal(time.Date(2024, 3, 18, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Published = %v", d.Published)
	}
	if !equalStrings(d.Tags, []string{"transport", "labour", "rail"}) {
		t.Errorf("Tags = %q", d.Tags)
	}
	if d.Description != "Talks stall as unions and operators trade blame." {
		t.Errorf("Description = %q", d.Description)
	}
	want := []string{
		// dateline removed; bold and link markup removed, link text kept
		"Commuters faced another day of cancelled trains on Monday as talks between the unions and the state operator broke down, according to union officials.",
		"What the unions want", // level-2 heading
		"A pay rise in line with inflation",
		"Guarantees on staffing levels",
		"“We are not going back without a deal,” a union leader said.", // block quote
		"strike_days = 8",                                              // code block
		"Both sides said they were ready to return to talks *if* mediators agree & set a date.", // escapes, entity
	}
	if !equalStrings(d.Paragraphs, want) {
		t.Errorf("Paragraphs =\n%q\nwant\n%q", d.Paragraphs, want)
	}
	if d.Dateline != "OSLO" {
		t.Errorf("Dateline = %q", d.Dateline)
	}
	if !equalInts(d.Headings, []int{1}) {
		t.Errorf("Headings = %v (the H1 repeating the front matter title is dropped)", d.Headings)
	}
	wantCap := []Caption{{Text: "Passengers wait on a near-empty platform.", Credit: "NTB / Per Holm", At: 1}}
	if len(d.Captions) != 1 || d.Captions[0] != wantCap[0] {
		t.Errorf("Captions = %+v, want %+v", d.Captions, wantCap)
	}
}

func TestParseMarkdownH1Title(t *testing.T) {
	d := parseFixture(t, "h1.md")
	if d.Title != "Drought cuts coffee harvest" || d.TitleGuessed {
		t.Errorf("Title = %q guessed %v", d.Title, d.TitleGuessed)
	}
	if len(d.Paragraphs) != 3 || d.Paragraphs[1] != "Prices" || !equalInts(d.Headings, []int{1}) {
		t.Errorf("Paragraphs %q Headings %v", d.Paragraphs, d.Headings)
	}
	want := Caption{Text: "Dry coffee plants on a hillside farm.", Credit: "Reuters / Ana Lima"}
	if len(d.Captions) != 1 || d.Captions[0] != want {
		t.Errorf("Captions = %+v (from the image alt)", d.Captions)
	}
}

func TestParseMarkdownBrokenFrontMatter(t *testing.T) {
	_, err := Parse("broken_fm.md", readFixture(t, "broken_fm.md"))
	if !errors.Is(err, ErrFrontMatter) || !strings.Contains(err.Error(), "front matter line 3:") {
		t.Fatalf("error = %v, want ErrFrontMatter at line 3", err)
	}
	tests := []struct{ in, msg string }{
		{"---\ntitle: x\n  bad: indent\n---\nx", "line 3"},
		{"---\na: 1\nb: 2\nc: @x\n---\nx", "line 4"},
		{"---\ntitle: x\ntitle: y\n---\nx", "line 3"},
		{"---\n- a\n- b\n---\nx", "key: value"},
		{"---\ntitle: x\nno end", "not closed"},
	}
	for _, tt := range tests {
		_, err := ParseMarkdown(tt.in)
		if !errors.Is(err, ErrFrontMatter) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseMarkdown(%q) error = %v, want ErrFrontMatter mentioning %q", tt.in, err, tt.msg)
		}
	}
}

func TestParseMarkdownVariants(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		title   string
		guessed bool
		author  string
		tags    []string
		paras   []string
		heads   []int
		caps    []Caption
	}{
		{
			name:  "tags as comma string, author string, no H1",
			in:    "---\nTitle: Fog delays flights\nauthor: Jo Park\ntags: weather, aviation\npublished: June 2, 2022\n---\nFlights were delayed.\n",
			title: "Fog delays flights", author: "Jo Park", tags: []string{"weather", "aviation"},
			paras: []string{"Flights were delayed."},
		},
		{
			name:  "no title anywhere: guessed from lede",
			in:    "## Background\n\nThe committee met twice in May to discuss the proposal.\n",
			title: "The committee met twice in May to discuss the proposal", guessed: true,
			paras: []string{"Background", "The committee met twice in May to discuss the proposal."}, heads: []int{0},
		},
		{
			name:  "front matter only",
			in:    "---\ntitle: Empty note\ntags: [a]\n---\n",
			title: "Empty note", tags: []string{"a"},
		},
		{
			name:  "bold paragraph as subheading, image title as caption, html figcaption",
			in:    "# T\n\nFirst paragraph here.\n\n**A bold heading**\n\n![x](a.jpg \"Crowds gather at the square\")\n\n<figure><img src=b.jpg><figcaption>Riot police stand guard. Photo: EPA</figcaption></figure>\n\nLast.\n",
			title: "T",
			paras: []string{"First paragraph here.", "A bold heading", "Last."}, heads: []int{1},
			// Both pictures stand after the subheading: before paragraph 2.
			caps: []Caption{{Text: "Crowds gather at the square", At: 2}, {Text: "Riot police stand guard.", Credit: "EPA", At: 2}},
		},
		{
			name:  "nested lists and quotes, autolinks, code spans",
			in:    "# T\n\n- one\n  - two <https://example.com>\n> quoted `code` text\n> > deeper\n",
			title: "T",
			paras: []string{"one", "two https://example.com", "quoted code text", "deeper"},
		},
		{
			name:  "CRLF and BOM",
			in:    "\ufeff# Title\r\n\r\nLine one\r\nline two.\r\n",
			title: "Title",
			paras: []string{"Line one line two."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseMarkdown(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if d.Title != tt.title || d.TitleGuessed != tt.guessed || d.Author != tt.author {
				t.Errorf("title %q guessed %v author %q", d.Title, d.TitleGuessed, d.Author)
			}
			if !equalStrings(d.Tags, tt.tags) || !equalStrings(d.Paragraphs, tt.paras) || !equalInts(d.Headings, tt.heads) {
				t.Errorf("tags %q paragraphs %q headings %v", d.Tags, d.Paragraphs, d.Headings)
			}
			if len(d.Captions) != len(tt.caps) {
				t.Fatalf("Captions = %+v, want %+v", d.Captions, tt.caps)
			}
			for i := range tt.caps {
				if d.Captions[i] != tt.caps[i] {
					t.Errorf("caption %d = %+v, want %+v", i, d.Captions[i], tt.caps[i])
				}
			}
		})
	}
}

func TestParseMarkdownDeepNesting(t *testing.T) {
	for _, in := range []string{
		strings.Repeat(">", 20000) + " deep\n",
		strings.Repeat("- ", 5000) + "item\n",
		strings.Repeat("*", 20000) + "x" + strings.Repeat("*", 20000),
		strings.Repeat("[", 20000) + "x" + strings.Repeat("](u)", 20000),
	} {
		d, err := ParseMarkdown(in)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
	}
}
