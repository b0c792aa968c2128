package ingest

import (
	"slices"
	"strings"
	"testing"
)

// A pull quote laid out as BBC lays it out: the opening mark in a heading
// with a "Start Quote" label for screen readers, the words in a
// blockquote, then an "End Quote" label and the credit's name and title in
// elements side by side. The style sheet that hides the labels is not in
// the page; a reader sees the mark on the words and a credit line.
func TestParseHTMLPullQuote(t *testing.T) {
	lede := "<p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March, after an engineer's report found its piles rotten.</p>"
	tail := "<p>The pier was built in 1902 and last repaired in the 1970s, when the ferry still called there twice a day.</p>"
	pull := `<div class="story-feature narrow"><a class="hidden" href="#continue">Continue reading the main story</a>` +
		"\t<h2 class=\"quote\">&ldquo;<span>Start Quote</span></h2>\n" +
		`<blockquote><p class="first-child">We cannot let a child walk onto planks that would not hold a cat&rdquo;</p></blockquote>` + "\n" +
		`<span class="endquote">End Quote</span>` + "\n\t" +
		`<span class="quote-credit">Mary Okafor   </span>` + "\n\t" +
		`<span class="quote-credit-title">Harbour board chair</span>` + "\n</div>"
	d, err := ParseHTML(pageOf(lede + pull + tail))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	want := []string{
		"“We cannot let a child walk onto planks that would not hold a cat”",
		"— Mary Okafor, Harbour board chair",
	}
	i := slices.Index(d.Paragraphs, want[0])
	if i < 0 || i+1 >= len(d.Paragraphs) || d.Paragraphs[i+1] != want[1] {
		t.Fatalf("paragraphs %q, want %q then %q", d.Paragraphs, want[0], want[1])
	}
	for _, p := range d.Paragraphs {
		if strings.Contains(p, "Start Quote") || strings.Contains(p, "End Quote") {
			t.Errorf("label kept in %q", p)
		}
	}
}

// The labels are dropped only where they open a block: the same words in
// a sentence are the sentence's.
func TestParseHTMLQuoteLabelInText(t *testing.T) {
	lede := "<p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March, after an engineer's report found its piles rotten.</p>"
	mid := "<p>The screen reader announced <b>End Quote</b> before the name of the chair, which confused the listeners at the hearing on the pier.</p>"
	d, err := ParseHTML(pageOf(lede + mid))
	if err != nil {
		t.Fatal(err)
	}
	want := "The screen reader announced End Quote before the name of the chair, which confused the listeners at the hearing on the pier."
	if !slices.Contains(d.Paragraphs, want) {
		t.Errorf("paragraphs %q, want %q among them", d.Paragraphs, want)
	}
}

// A photo credit in two parts side by side reads as one credit with a
// comma, and a heading that is a lone opening mark joins the words after
// it even without labels.
func TestCreditPartsAndLoneMark(t *testing.T) {
	bs := extractHTML(`<h2>&ldquo;</h2><p>Words that matter&rdquo;</p><p><span class="credit">Jane Roe</span> <span class="credit-role">Ferry captain</span></p>`)
	var got []string
	for _, b := range bs {
		got = append(got, b.text)
	}
	if !slices.Equal(got, []string{"“Words that matter”", "Jane Roe Ferry captain"}) {
		t.Errorf("blocks %q", got)
	}
	s := `<p><span class="credit">Jane Roe</span> <span class="credit-role">Ferry captain</span></p>`
	page := scanPage(s)
	if len(page.joins) != 1 {
		t.Fatalf("joins %v, want one", page.joins)
	}
	if got := creditParts(s, page.joins); !strings.Contains(got, "Jane Roe,</span>") {
		t.Errorf("creditParts gave %q", got)
	}
}

// An <aside> the page's editor calls a blockquote holds the article's
// words, in the flow of the text (ABC's "comp-rich-text-blockquote"); a
// pull quote's aside repeats them and stays out.
func TestParseHTMLBlockquoteAside(t *testing.T) {
	lede := "<p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March, after an engineer's report found its piles rotten.</p>"
	said := `<p>"We looked at every pile," the engineer, Tomas Berg, said.</p><p>"Some of them are hollow.</p>`
	aside := `<aside class="comp-rich-text-blockquote source-pullquote"><p>"You could put your arm through the worst of them."</p></aside>`
	pull := `<aside class="pullquote"><p>"Some of them are hollow"</p></aside>`
	tail := "<p>The pier was built in 1902 and last repaired in the 1970s, when the ferry still called there twice a day.</p>"
	d, err := ParseHTML(pageOf(`<article>` + lede + said + aside + pull + tail + `</article>`))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	want := `"You could put your arm through the worst of them."`
	if !slices.Contains(d.Paragraphs, want) {
		t.Errorf("paragraphs %q, want %q among them", d.Paragraphs, want)
	}
	for _, p := range d.Paragraphs {
		if p == `"Some of them are hollow"` {
			t.Errorf("the pull quote's aside was kept: %q", d.Paragraphs)
		}
	}
}

// The token scan, which skips asides, finds the blockquote asides' tags
// (and no other aside's), and quoteAsides renames them.
func TestQuoteAsides(t *testing.T) {
	s := `<div><aside class="related">Ferry fares rise</aside><aside class="comp-rich-text-blockquote"><p>"Hollow," he said.</p></aside></div>`
	page := scanPage(s)
	if len(page.asides) != 2 {
		t.Fatalf("asides %v, want the start and end tags of one", page.asides)
	}
	got := quoteAsides(s, page.asides)
	want := `<div><aside class="related">Ferry fares rise</aside><blockquote class="comp-rich-text-blockquote"><p>"Hollow," he said.</p></blockquote></div>`
	if got != want {
		t.Errorf("quoteAsides gave\n%s\nwant\n%s", got, want)
	}
	var texts []string
	for _, b := range extractHTML(got) {
		texts = append(texts, b.text)
	}
	if !slices.Equal(texts, []string{`"Hollow," he said.`}) {
		t.Errorf("blocks %q", texts)
	}
}
