package ingest

import (
	"strings"
	"testing"
)

// pageOf wraps body HTML in a page with a title and a headline.
func pageOf(body string) string {
	return "<html><head><title>Pier to close</title></head><body><h1>Pier to close</h1>" + body + "</body></html>"
}

// An advertisement box inside a paragraph (whose <div> a browser's parser
// would take as the paragraph's end) leaves the text around it one
// paragraph, without the box's own text.
func TestParseHTMLBoxInsideParagraph(t *testing.T) {
	lede := "<p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March, after an engineer's report found its piles rotten."
	tail := "<p>The pier was built in 1902 and last repaired in the 1970s, when the ferry still called there twice a day.</p>"
	for name, box := range map[string]string{
		"ad class": `<div style="width:336px" class="articleEmbeddedAdBox"><hr><div class="articleAdHeader">Advertisement</div>` +
			`<div class="adElement"><script>GetAd('box')</script></div><hr></div>`,
		"ad id":  `<div id="ad-slot-3"><span>Sponsored</span> Buy a boat today</div>`,
		"aside":  `<aside><h4>Related</h4><p>Ferry fares rise again</p></aside>`,
		"nested": `<div class="adWrapper"><div class="ad"><div>Advertisement</div></div></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			d, err := ParseHTML(pageOf(lede + "<p>The board's chair, Mary " + box + "Okafor, said the decision was \"the only safe one\"." + tail))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			want := "The board's chair, Mary Okafor, said the decision was \"the only safe one\"."
			if len(d.Paragraphs) != 3 || d.Paragraphs[1] != want {
				t.Fatalf("paragraphs %q, want the second to be %q", d.Paragraphs, want)
			}
			for _, p := range d.Paragraphs {
				for _, bad := range []string{"Advertisement", "Sponsored", "Buy a boat", "Related", "Ferry fares"} {
					if strings.Contains(p, bad) {
						t.Errorf("box text in %q", p)
					}
				}
			}
		})
	}
	// A link the page calls sponsored is part of its sentence.
	d, err := ParseHTML(pageOf(lede + `</p><p>Tickets are sold by <a class="sponsored-link" href="x">Harbour Tours</a> at the gate.` + tail))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 3 || d.Paragraphs[1] != "Tickets are sold by Harbour Tours at the gate." {
		t.Errorf("paragraphs %q", d.Paragraphs)
	}
	// A box between paragraphs is not inside one: nothing to join.
	d, err = ParseHTML(pageOf(lede + "</p><div class=\"ad\">Advertisement</div>" + tail))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 2 {
		t.Errorf("paragraphs %q", d.Paragraphs)
	}
}

// A short paragraph all in bold between body paragraphs is a subheading,
// even when the same labels come back for every part of the article; a
// sentence or a lead-in in bold stays text.
func TestParseHTMLBoldSubheadings(t *testing.T) {
	var b strings.Builder
	topics := []string{"The pier", "The ferry", "The car park"}
	for _, topic := range topics {
		b.WriteString("<p><b>The issue</b></p><p>" + topic + "</p>")
		b.WriteString("<p><strong>The council's view</strong></p><p>The council says " + strings.ToLower(topic) + " costs more to keep than it brings in, and that the money is needed for the schools.</p>")
		b.WriteString("<p><b>The residents' view</b></p><p>Residents say " + strings.ToLower(topic) + " is what brings visitors to the town, and that closing it would empty the high street.</p>")
	}
	b.WriteString("<p><b>The vote will be held in May.</b></p><p>Both sides expect it to be close, and both have asked for a recount if the margin is small.</p>")
	b.WriteString("<p><b>The chair wrote:</b></p><p>\"We cannot keep everything, and we will not pretend that we can,\" in a letter to every household.</p>")
	d, err := ParseHTML(pageOf(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	var heads []string
	for _, h := range d.Headings {
		heads = append(heads, d.Paragraphs[h])
	}
	var want []string
	for range topics {
		want = append(want, "The issue", "The council's view", "The residents' view")
	}
	if !equalStrings(heads, want) {
		t.Errorf("headings %q, want %q", heads, want)
	}
	if n := len(d.Paragraphs); n != 9+9+4 {
		t.Errorf("%d paragraphs, want 22: %q", n, d.Paragraphs)
	}
	// A byline in bold still names the author.
	d, err = ParseHTML(pageOf("<p><b>By Jane Roe</b></p><p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March.</p>"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Author != "Jane Roe" || len(d.Headings) != 0 || len(d.Paragraphs) != 1 {
		t.Errorf("author %q, headings %v, paragraphs %q", d.Author, d.Headings, d.Paragraphs)
	}
}

// Readers' comments after an article are not its text, whether the page
// marks them only by a line ("Comments are now closed for this story")
// or by the elements around them (id "comments", class "comment").
func TestParseHTMLReaderCommentsLeftOut(t *testing.T) {
	article := "<p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March, after an engineer's report found its piles rotten.</p>" +
		"<p>The pier was built in 1902 and last repaired in the 1970s, when the ferry still called there twice a day.</p>"
	for name, comments := range map[string]string{
		"line only": `<hr><a name="commentSection"></a><b>Comments are now closed for this story</b><br><br>` +
			`<b>harbourfan</b><br>About time. That pier has been a danger for years and everybody in town knows it.<br><br><hr>` +
			`<br><b>Jo K (Portsmouth)</b><br>I disagree with the board. The pier is the reason people come here at all, and they will stop.<br><br><hr>`,
		"count": `<h3>Comments (2)</h3><p><b>harbourfan</b> Jan 3, 2009</p><p>About time. That pier has been a danger for years and everybody in town knows it.</p>` +
			`<p><b>Jo K</b> Jan 3, 2009</p><p>I disagree with the board. The pier is the reason people come here at all, and they will stop.</p>`,
		"markup": `<div id="comments"><div class="comment"><span class="user">harbourfan</span> <span>Jan 3, 2009 10:12</span>` +
			`<p>About time. That pier has been a danger for years and everybody in town knows it, so the board should have acted sooner.</p></div>` +
			`<div class="comment"><span class="user">Jo K</span> <span>Jan 3, 2009 11:40</span>` +
			`<p>I disagree with the board. The pier is the reason people come here at all, and without it they will simply stop coming.</p></div></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			d, err := ParseHTML(pageOf("<div>" + article + "</div>" + comments))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if len(d.Paragraphs) != 2 || !strings.HasPrefix(d.Paragraphs[1], "The pier was built") {
				t.Errorf("paragraphs %q, want the article's two", d.Paragraphs)
			}
		})
	}
	// "Comments" said inside the article, and a class that names
	// commentary, end nothing.
	d, err := ParseHTML(pageOf(`<div class="commentary">` + article + `<p>Comments from residents were mixed, the board said in its minutes, and several asked for a second vote.</p>` + article + "</div>"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 5 {
		t.Errorf("paragraphs %q, want all five", d.Paragraphs)
	}
}

// A site named by its domain before the headline, or by a "Site >
// Section" segment after it, is the source and not part of the title.
func TestTitleSiteSegments(t *testing.T) {
	for title, want := range map[string]string{
		"CTV.ca | Economy dominates premiers' meeting":                            "CTV.ca",
		"ContraCostaTimes.com - 1 NATO soldier killed":                            "ContraCostaTimes.com",
		"Accident or assassination? - Independent Online Edition > Legal":         "Independent Online Edition",
		"Pier to close | Harbour Gazette":                                         "Harbour Gazette",
		"Mr. Smith goes to Washington - a review":                                 "a review",
		"Pier to close - what the harbour board's vote means for the high street": "",
	} {
		if got := titleSuffix(title); got != want {
			t.Errorf("titleSuffix(%q) = %q, want %q", title, got, want)
		}
	}
}

// A title that starts with the site's domain and a section ends with the
// headline.
func TestParseHTMLTitleAfterDomainAndSection(t *testing.T) {
	d, err := ParseHTML("<title>HarbourGazette.com | Local news | Pier to close in March</title>" +
		"<p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March.</p>")
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Pier to close in March" || d.Source != "HarbourGazette.com" {
		t.Errorf("title %q, source %q", d.Title, d.Source)
	}
}

// The label a photo viewer puts over its picture is not the lede.
func TestParseHTMLClickToEnlargeLeftOut(t *testing.T) {
	d, err := ParseHTML(pageOf(`<div class="story"><p><span class="viewer"><span>Click photo to enlarge</span></span></p>` +
		"<p>The harbour board voted on Tuesday to close the old pier to traffic from the first of March.</p></div>"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 1 || !strings.HasPrefix(d.Paragraphs[0], "The harbour board") {
		t.Errorf("paragraphs %q", d.Paragraphs)
	}
}

// Words a page marks inside a sentence for readers to comment on (Yahoo's
// <span class="comment-selection">) are article text. Readability drops
// any element whose class names comments; those words were cut out of the
// middle of their sentence.
func TestParseHTMLCommentMarksInsideASentenceKept(t *testing.T) {
	filler := "<p>The harbour board met again on Thursday evening to hear from residents, shop owners and the ferry company about the plan to close the old pier, and the meeting ran well past its planned two hours as speaker after speaker came forward.</p>"
	page := pageOf(`<article><h1>Pier closes</h1>` + filler + filler +
		`<p>The gift turned out to be a flag, given to him by a<a href="/news/1" class="link "> <span class="comment-selection">15-year-old girl</span></a><span class="comment-selection">. </span>According to a <span class="comment-selection">Facebook post</span>, she had waited for hours outside his hotel before the concert in the park began.</p>` +
		filler + filler + `</article>`)
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	want := "given to him by a 15-year-old girl. According to a Facebook post, she had waited"
	for _, p := range d.Paragraphs {
		if strings.Contains(p, "The gift turned out") {
			if !strings.Contains(p, want) {
				t.Errorf("paragraph %q, want it to hold %q", p, want)
			}
			return
		}
	}
	t.Errorf("paragraph lost: %q", d.Paragraphs)
}
