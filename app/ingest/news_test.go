package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// The layouts below are written the way newspapers print an article (the
// real pages are scored in TestRealPages); each case failed before the
// importer learned the layout.

func TestNewsLayoutText(t *testing.T) {
	tests := []struct {
		name, in                                       string
		title, kicker, author, source, dateline, first string
		date                                           string
		guessed                                        bool
		captions                                       []Caption
		notInBody                                      []string
	}{
		{
			name: "kicker, headline at the U.N., standfirst, byline, date, wire tag",
			in: "ANALYSIS\n\nDiplomats clash over sanctions at the U.N.\n\nA vote is unlikely before the summer.\n\n" +
				"By Jane Roe\n\nJune 20, 2021\n\nUNITED NATIONS (AP) — Diplomats argued for a third day on Tuesday.\n\nNo date was set for a vote.\n",
			title: "Diplomats clash over sanctions at the U.N.", kicker: "ANALYSIS", author: "Jane Roe", source: "AP",
			dateline: "UNITED NATIONS", date: "2021-06-20", first: "A vote is unlikely",
			notInBody: []string{"By Jane Roe", "June 20, 2021", "Diplomats clash over sanctions"},
		},
		{
			name:  "dateline with a date line before it, credit lines at the end",
			in:    "Port strike ends\n\nMUMBAI Tue Dec 30, 2014 4:33pm IST\n\nMUMBAI (Reuters) - Dock workers went back on Tuesday.\n\nTalks will resume in May.\n\n(Reporting by Jane Roe; Editing by John Doe)\n\nTo contact the reporter: jroe@example.com\n\n© Thomson Reuters 2014\n",
			title: "Port strike ends", source: "Reuters", dateline: "MUMBAI", date: "2014-12-30", first: "Dock workers went back",
			notInBody: []string{"MUMBAI Tue", "Reporting by", "To contact", "© Thomson"},
		},
		{
			name:  "wire tag without a place",
			in:    "Storm spares the coast\n\n(CNN) -- The storm turned north on Sunday.\n\nNo one was hurt.\n",
			title: "Storm spares the coast", source: "CNN", first: "The storm turned north",
		},
		{
			name: "untitled: the whole first sentence, not a cut one",
			in: "The harbour master is ready for a strike but she is also ready to talk. She said so on Friday, in a speech that " +
				"lasted for more than an hour and that was broadcast on the local radio.\n\nThe mediator arrives on Saturday.\n",
			title: "The harbour master is ready for a strike but she is also ready to talk", guessed: true, first: "The harbour master",
		},
		{
			name: "captions stay where they stood",
			in: "Ferry crossing closed\n\nFog closed the strait on Tuesday.\n\nA ferry waits in the fog. Photo: AFP / Lena Ortiz\n\n" +
				"Drivers slept in their cabs.\n\nIn this photo released by the coastguard, a lorry queue stretches for miles.\n\nThe fog lifted on Friday.\n",
			title: "Ferry crossing closed", first: "Fog closed",
			captions: []Caption{
				{Text: "A ferry waits in the fog.", Credit: "AFP / Lena Ortiz", At: 1},
				{Text: "In this photo released by the coastguard, a lorry queue stretches for miles.", At: 2},
			},
		},
		{
			name:  "byline run together with the date and the author's note at the end",
			in:    "Budget passes\n\nByJane Roe | June 3, 2024\n\nThe assembly passed the budget on Monday.\n\nIt takes effect in July.\n\nThe vote was close.\n\nJane Roe is a reporter at the Ledger.\n",
			title: "Budget passes", author: "Jane Roe", date: "2024-06-03", first: "The assembly",
			notInBody: []string{"ByJane", "Jane Roe is a reporter"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseText(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			checkNews(t, d, tt.title, tt.kicker, tt.author, tt.source, tt.dateline, tt.date, tt.first, tt.guessed, tt.notInBody)
			if tt.captions != nil && !equalCaptions(d.Captions, tt.captions) {
				t.Errorf("Captions = %+v, want %+v", d.Captions, tt.captions)
			}
		})
	}
}

func checkNews(t *testing.T, d *Document, title, kicker, author, source, dateline, date, first string, guessed bool, notInBody []string) {
	t.Helper()
	if d.Title != title || d.TitleGuessed != guessed {
		t.Errorf("Title = %q (guessed %v), want %q (%v)", d.Title, d.TitleGuessed, title, guessed)
	}
	if d.Kicker != kicker {
		t.Errorf("Kicker = %q, want %q", d.Kicker, kicker)
	}
	if d.Author != author || d.Source != source || d.Dateline != dateline {
		t.Errorf("Author, Source, Dateline = %q, %q, %q; want %q, %q, %q", d.Author, d.Source, d.Dateline, author, source, dateline)
	}
	got := ""
	if !d.Published.IsZero() {
		got = d.Published.Format("2006-01-02")
	}
	if got != date {
		t.Errorf("Published = %q, want %q", got, date)
	}
	if first != "" && (len(d.Paragraphs) == 0 || !strings.HasPrefix(d.Paragraphs[0], first)) {
		t.Errorf("first paragraph = %q, want prefix %q", d.Paragraphs, first)
	}
	for _, p := range d.Paragraphs {
		for _, bad := range notInBody {
			if strings.HasPrefix(p, bad) {
				t.Errorf("body keeps %q: %q", bad, p)
			}
		}
	}
}

func equalCaptions(a, b []Caption) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestNewsLayoutMarkdown(t *testing.T) {
	in := "Opinion\n\n# Talks stall at the U.N.\n\nTalks stall at the U.N.\n\n*By Jane Roe*\n\nPublished: 10:00am, 20 Jan, 2020\n\n" +
		"GENEVA — Delegates left without a deal.\n\n![A delegate leaves the hall. Photo: EPA](a.jpg)\n\nThey meet again in March.\n"
	d, err := ParseMarkdown(in)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	checkNews(t, d, "Talks stall at the U.N.", "Opinion", "Jane Roe", "", "GENEVA", "2020-01-20", "Delegates left", false,
		[]string{"Talks stall", "By Jane", "Published"})
	want := []Caption{{Text: "A delegate leaves the hall.", Credit: "EPA", At: 1}}
	if !equalCaptions(d.Captions, want) {
		t.Errorf("Captions = %+v, want %+v", d.Captions, want)
	}
}

func TestNewsLayoutHTML(t *testing.T) {
	page := `<html><head><title>Talks stall at the U.N | World | The Ledger</title>
<meta name="author" content="The Ledger (www.ledger.example)">
<meta itemprop="datePublished" content="2019-01-01"><meta itemprop="datePublished" content="2018-05-05">
</head><body><nav><a href="/">Home</a></nav>
<p class="kicker">World</p>
<article><h1>Talks stall at the U.N.</h1>
<p class="dek">Delegates see no vote before spring.</p>
<div class="byline">By <a href="/jane">JANE ROE</a> and John Doe, Staff Writers</div>
<div class="dateline-time"><time datetime="2020-01-20T10:00:00Z">Jan. 20, 2020</time></div>
<div class="photo"><img src="a.jpg" alt=""><p>A delegate leaves the hall on Monday.</p><span class="credit">Photo by Ann Lee/Reuters</span></div>
<p>GENEVA (Reuters) — Delegates left the hall without a deal on Monday, and diplomats said a vote would have to wait for months.</p>
<p>Advertisement</p>
<p>The talks were the third round this year, and each ended in the same way, with statements and no text agreed by all.</p>
<figure><img src="b.jpg"><figcaption class="caption">Police outside the hall.</figcaption></figure>
<p>“We will be back in March,” said one delegate, who asked not to be named, as the delegations left the city on Tuesday.</p>
<p>Jane Roe is the Ledger's diplomatic correspondent.</p>
</article><footer>© The Ledger</footer></body></html>`
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if d.Title != "Talks stall at the U.N." {
		t.Errorf("Title = %q, want the headline with its full stop", d.Title)
	}
	if d.Kicker != "World" {
		t.Errorf("Kicker = %q, want the p.kicker over the headline", d.Kicker)
	}
	if d.Author != "Jane Roe, John Doe" {
		t.Errorf("Author = %q, want the byline's names (not the site, not the job)", d.Author)
	}
	if d.Source != "The Ledger" {
		t.Errorf("Source = %q, want the site named in <title>", d.Source)
	}
	if got := d.Published.Format("2006-01-02"); got != "2020-01-20" {
		t.Errorf("Published = %s, want the page's date line (the meta dates disagree)", got)
	}
	if d.Dateline != "GENEVA" {
		t.Errorf("Dateline = %q", d.Dateline)
	}
	wantCaps := []Caption{
		{Text: "A delegate leaves the hall on Monday.", Credit: "Ann Lee/Reuters", At: 1},
		{Text: "Police outside the hall.", At: 3},
	}
	if !equalCaptions(d.Captions, wantCaps) {
		t.Errorf("Captions = %+v, want %+v", d.Captions, wantCaps)
	}
	for _, p := range d.Paragraphs {
		for _, bad := range []string{"Talks stall", "By ", "Jan. 20", "Advertisement", "Jane Roe is", "A delegate leaves", "Photo by"} {
			if strings.HasPrefix(p, bad) {
				t.Errorf("body keeps %q: %q", bad, p)
			}
		}
	}
	if len(d.Paragraphs) == 0 || !strings.HasPrefix(d.Paragraphs[0], "Delegates see no vote") {
		t.Errorf("paragraphs = %q, want the standfirst first", d.Paragraphs)
	}
}

// An unknown date stays unknown: no date line, no metadata, no guess.
func TestNewsUnknownDate(t *testing.T) {
	for name, in := range map[string]string{
		"a.txt":  "A quiet week\n\nNothing happened on Monday, officials said.\n\nThe office was closed.\n",
		"a.md":   "# A quiet week\n\nNothing happened on Monday, officials said.\n",
		"a.html": "<h1>A quiet week</h1><p>Nothing happened on Monday, officials said, and the office stayed closed all week long.</p>",
	} {
		d, err := Parse(name, []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if !d.Published.IsZero() {
			t.Errorf("%s: Published = %v, want unknown", name, d.Published)
		}
	}
}

func TestTitleFromFileName(t *testing.T) {
	// A first sentence of 150 runes: long for a title, but whole.
	long := "Officials in the northern district said on Monday that the budget for roads, schools and the two hospitals would pass before the end of the month. It did.\n\nMore.\n"
	// No sentence end for 300 runes: only then is a title cut.
	endless := strings.Repeat("officials in the northern district said on Monday that ", 6) + "it passed\n"
	for _, tt := range []struct{ name, in, want string }{
		{"kim-ready-for-talks.txt", long, "kim ready for talks"},
		{"000_1696030cd7a94e47.txt", long, strings.SplitN(long, ".", 2)[0]}, // a hash: the sentence
		{"IMG_2041.txt", long, strings.SplitN(long, ".", 2)[0]},
		{"budget-vote-in-the-north.txt", endless, "budget vote in the north"},
	} {
		d, err := Parse(tt.name, []byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tt.want || !d.TitleGuessed {
			t.Errorf("%s: Title = %q, want %q", tt.name, d.Title, tt.want)
		}
	}
}

func TestFindDate(t *testing.T) {
	for in, want := range map[string]string{
		"posted on Saturday, August 13th, 2011": "2011-08-13",
		"Date 19.01.2020":                       "2020-01-19",
		"Monday, Dec. 29 2014, 6:00 AM EST":     "2014-12-29",
		"Tue Dec 30 11:03:00 UTC 2014":          "2014-12-30",
		"Mon 20 Jan 2020 06.05 GMT":             "2020-01-20",
	} {
		got, ok := findDate(in)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("findDate(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	if _, ok := findDate("The 2020 budget passed"); ok {
		t.Error("a year in a sentence is not a date")
	}
	_ = time.Time{}
}

// Files whose text is over MaxTextSize are refused with the reason, before
// the expensive work; a web page may be larger than its text.
func TestTextSizeLimit(t *testing.T) {
	para := strings.Repeat("The assembly voted on Thursday to extend the rules. ", 20) + "\n\n"
	big := strings.Repeat(para, MaxTextSize/len(para)+10)
	for _, name := range []string{"big.txt", "big.md"} {
		_, err := Parse(name, []byte(big))
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "MB of text") {
			t.Errorf("%s: err = %v, want ErrTooLarge naming the text limit", name, err)
		}
	}
	page := "<html><body><article><p>" + strings.ReplaceAll(strings.TrimSpace(big), "\n\n", "</p><p>") + "</p></article></body></html>"
	if _, err := Parse("big.html", []byte(page)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("html: err = %v, want ErrTooLarge", err)
	}
	// Markup does not count: a page of 8 MB with 2 MB of text is fine.
	small := strings.Repeat(para, (MaxTextSize/2)/len(para))
	pad := `<div class="x" data-x="` + strings.Repeat("y", 3000) + `">`
	page = "<html><body><article><p>" + strings.ReplaceAll(strings.TrimSpace(small), "\n\n", "</p></div>"+pad+"<p>") + "</p></div></article></body></html>"
	if len(page) <= MaxTextSize {
		t.Fatalf("page of %d bytes is not larger than the text limit", len(page))
	}
	if _, err := Parse("page.html", []byte(page)); err != nil {
		t.Errorf("page with %d bytes of markup: %v", len(page), err)
	}
}
