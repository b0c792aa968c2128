package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"dossier/internal/realdata"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The fixtures below are written for these tests (no published text); each
// reproduces one cause of an article lost or spoiled on a real page (the
// pages are scored in TestRealPages and TestRealPagesRecovered) and failed
// before the importer handled it.

// fixtureBody is three paragraphs of an invented story.
const fixtureBody = `<p>The harbour board voted on Tuesday to close the old ferry pier for repairs, after divers found cracks in two of its pillars.</p>
<p>Ferries will use the cargo quay until the work is done, which the board expects to take most of the summer and part of the autumn.</p>
<p>Traders at the pier market said they had not been told where they could set up their stalls in the meantime.</p>`

// A page whose whole body sits in an element hidden by its style until its
// scripts run: a reader sees the article, so the importer must read it.
func TestParseHTMLHiddenShell(t *testing.T) {
	page := `<html><head><title>Pier to close for repairs - Harbour Times</title></head><body>
<div id="app" style="display: none;" class="page">
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Pier to close for repairs</h1>` + fixtureBody + `
<footer><p>Harbour Times, all rights reserved.</p></footer>
</div><script>document.getElementById("app").style.display = "block";</script></body></html>`
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err) // before: no paragraphs, headings or captions found
	}
	checkInvariants(t, d)
	if d.Title != "Pier to close for repairs" || len(d.Paragraphs) != 3 || !strings.HasPrefix(d.Paragraphs[0], "The harbour board voted") {
		t.Errorf("title %q, paragraphs %q", d.Title, d.Paragraphs)
	}

	// The rewritten tag stands where it stood after multi-byte text and
	// comments; other attributes are kept.
	page2 := "<html><head><title>Café – “pier”</title><!-- é → ü --></head><body>\r\n<p>Ü</p>" +
		`<section data-x="a&amp;b" STYLE="visibility:hidden" id="s">` + "<h1>Pier to close for repairs</h1>" + fixtureBody + "</section></body></html>"
	sh, ok := scanPage(page2).hiddenShell()
	if !ok {
		t.Fatal("shell not found")
	}
	shown := showShell(page2, sh)
	if want := `<section data-x="a&amp;b" id="s">`; !strings.Contains(shown, want) || strings.Contains(shown, "hidden") {
		t.Errorf("shown tag: %q, want %q", shown[sh.at:sh.at+40], want)
	}
	if d, err := ParseHTML(page2); err != nil || len(d.Paragraphs) < 3 {
		t.Errorf("%v %q", err, d.Paragraphs)
	}

	// A hidden dialog holding less text than the page shows stays hidden.
	dialog := `<html><body><h1>Pier to close for repairs</h1>` + fixtureBody +
		`<div class="modal" style="visibility: hidden"><p>Subscribe to our newsletter for the best stories of the week, sent every Friday morning.</p></div></body></html>`
	d, err = ParseHTML(dialog)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Paragraphs {
		if strings.Contains(p, "newsletter") {
			t.Errorf("hidden dialog read: %q", p)
		}
	}
}

// Soft hyphens, zero-width spaces, word joiners and stray BOMs show nothing
// but split words for search and quote matching: imported text drops them,
// whether written as characters or as character references, in every
// format.
func TestInvisibleCharactersDropped(t *testing.T) {
	const word = "Thousands"
	html := `<html><head><title>Thou&shy;sands queue - Harbour Times</title><meta name="author" content="Jane&#8203; Roe"></head><body>
<h1>Thou&shy;sands queue</h1>
<p>Thou&shy;sands of peo&shy;ple queued at the pier on Tues&#x200B;day for the last fer&#8288;ry.</p>
<figure><img src="x.jpg"><figcaption>The queue at the pier&shy;head.</figcaption></figure>
<p>Thou` + "\u00ad" + `sands more waited at the cargo quay, where the ferries will dock until the repairs are done.</p></body></html>`
	text := "Thou\u00adsands queue\n\nThou\u00adsands of peo\u00adple queued at the pier on Tues\u200bday for the last fer\u2060ry.\n\nNo one was hurt.\ufeff\n"
	md := "# Thou\u00adsands queue\n\nThou&shy;sands of peo\u00adple queued at the pier on Tues\u200bday for the last fer\u2060ry.\n\nNo one was hurt.\n"
	for name, parse := range map[string]func() (*Document, error){
		"html":     func() (*Document, error) { return ParseHTML(html) },
		"text":     func() (*Document, error) { return ParseText(text) },
		"markdown": func() (*Document, error) { return ParseMarkdown(md) },
	} {
		d, err := parse()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkInvariants(t, d) // no invisible character in any field
		if d.Title != word+" queue" {
			t.Errorf("%s: title %q", name, d.Title)
		}
		if len(d.Paragraphs) == 0 || !strings.HasPrefix(d.Paragraphs[0], word+" of people queued at the pier on Tuesday for the last ferry.") {
			t.Errorf("%s: paragraphs %q", name, d.Paragraphs)
		}
		if name == "html" && (d.Author != "Jane Roe" || len(d.Captions) != 1 || d.Captions[0].Text != "The queue at the pierhead.") {
			t.Errorf("%s: author %q captions %+v", name, d.Author, d.Captions)
		}
	}
}

// A name over its owner's e-mail address above the lede is a byline
// without "By".
func TestBylineNameOverEmail(t *testing.T) {
	d, err := ParseText("Pier to close\n\nJANE ROE\n\njane.roe@harbourtimes.example\n\nThe harbour board voted on Tuesday to close the old ferry pier.\n\nFerries will use the cargo quay.\n")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if d.Author != "Jane Roe" || len(d.Paragraphs) != 2 || !strings.HasPrefix(d.Paragraphs[0], "The harbour board") {
		t.Errorf("author %q paragraphs %q", d.Author, d.Paragraphs)
	}
	// A name and someone else's address stay text.
	d, err = ParseText("Pier to close\n\nJANE ROE\n\nnews@harbourtimes.example\n\nThe harbour board voted on Tuesday to close the old ferry pier.\n")
	if err != nil {
		t.Fatal(err)
	}
	if d.Author != "" || len(d.Paragraphs) == 0 || d.Paragraphs[0] != "JANE ROE" {
		t.Errorf("author %q paragraphs %q", d.Author, d.Paragraphs)
	}
}

// A byline without "By" under the headline, the author, outlet and dates
// split by dots and bars, is furniture when the author is known; the same
// name in a sentence stays text.
func TestAuthorDateLineDropped(t *testing.T) {
	page := `<html><head><meta name="author" content="Jane Roe"></head><body><article><h1>Pier to close for repairs</h1>
<p>Jane Roe · Harbour Times · Posted: May 02, 2024 4:00 AM EDT | Last Updated: May 2</p>
<p>The harbour board voted on Tuesday to close the old ferry pier for repairs, after divers found cracks in two of its pillars.</p>
<p>Jane Roe · a diver for 20 years · said in 2024 that the cracks were new, and the board agreed with her.</p>
</article></body></html>`
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if d.Author != "Jane Roe" || len(d.Paragraphs) != 2 || !strings.HasPrefix(d.Paragraphs[0], "The harbour board") {
		t.Errorf("author %q paragraphs %q", d.Author, d.Paragraphs)
	}
}

// A picture in a frame of its own, its caption and then its credit beside
// the frame: the credit belongs to the caption, not to the text.
func TestParseHTMLCreditBesideFramedPicture(t *testing.T) {
	page := `<html><body><h1>Pier to close for repairs</h1>
<div class="text"><p>The harbour board voted on Tuesday to close the old ferry pier for repairs, after divers found cracks in two of its pillars.</p>
<div class="Image"><div class="crop_container"><img src="pier.jpg" alt="Divers at the pier"></div>
<p class="Caption">Divers inspect the pillars of the old ferry pier on Monday.</p><p class="Source">LENA ORTIZ</p></div>
<p>Ferries will use the cargo quay until the work is done, which the board expects to take most of the summer.</p>
<p>Traders at the pier market said they had not been told where they could set up their stalls in the meantime.</p></div></body></html>`
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	want := []Caption{{Text: "Divers inspect the pillars of the old ferry pier on Monday.", Credit: "LENA ORTIZ", At: 1}}
	if !equalCaptions(d.Captions, want) {
		t.Errorf("captions %+v, want %+v", d.Captions, want)
	}
	for _, p := range d.Paragraphs {
		if p == "LENA ORTIZ" {
			t.Errorf("credit in the body: %q", d.Paragraphs)
		}
	}
}

// Readability may choose a footer's sentences over a page's one short
// paragraph; when the page marks its main content and that holds a
// paragraph, the main content wins. The byline block naming the author, a
// gallery's "Loading" line and the headings of the link lists after the
// text stay out of the body.
func TestParseHTMLMainContentOverFooter(t *testing.T) {
	page := `<html><head><title>Library marks the new year | Harbour Times</title>
<meta name="author" content="Jane Roe"></head><body>
<div role="main" id="main"><div class="wrapper"><div id="article">
<h1>Library marks the new year</h1>
<div id="gallery"><p>Loading Photo Gallery</p></div>
<div id="Byline">Jane Roe | jroe@harbourtimes.example By Jane Roe | Harbour Times on January 2, 2015 at 3:52 PM</div>
<div class="entry-content"><p>Children at the harbour library read stories and made lanterns on Friday, in a celebration organised by the children's librarian.</p></div>
<div id="related"><h2>Related Stories</h2><ul><li><a href="/a">Lantern walk</a></li><li><a href="/b">Map exhibit</a></li></ul></div>
<div class="more"><h2>Best of Harbour Times</h2><ul><li><a href="/c">Quay cranes</a></li></ul></div>
</div></div></div>
<footer id="footer"><div class="wrapper"><div id="disclaimer">
<p>Registration on or use of this site constitutes acceptance of our user agreement, privacy policy and cookie statement, and your privacy rights, as updated from time to time.</p>
<p>The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of the publisher, its owners, or its partners.</p>
<p>Community rules apply to all content you upload or otherwise submit to this site, including comments, photographs, letters, and other material, and to all of your posts.</p>
</div></div></footer></body></html>`
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if len(d.Paragraphs) != 1 || !strings.HasPrefix(d.Paragraphs[0], "Children at the harbour library") || len(d.Headings) != 0 {
		t.Errorf("paragraphs %q, want the article's one paragraph", d.Paragraphs)
	}
	if d.Author != "Jane Roe" || d.Published.Format("2006-01-02") != "2015-01-02" {
		t.Errorf("author %q date %v", d.Author, d.Published)
	}
}

// Stories listed after the text, as links with their date or as whole
// links of a headline's length, are not article text.
func TestParseHTMLLinkListsLeftOut(t *testing.T) {
	page := `<html><body><article><h1>Pier to close for repairs</h1>` + fixtureBody + `
<h3>Latest</h3><ul>
<li><a href="/a">Harbour board names a new chair after a long search</a> (April 12)</li>
<li><a href="/b">Cargo quay gets new cranes</a> (April 11)</li></ul>
<p><a href="/c">Why the old ferry pier has stood for a century and what the divers found under it this week</a></p>
</article></body></html>`
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if len(d.Paragraphs) != 3 || !strings.HasPrefix(d.Paragraphs[2], "Traders at the pier market") {
		t.Errorf("paragraphs %q, want the three of the article", d.Paragraphs)
	}
}

// Pages that declare a legacy encoding are decoded with it.
func TestParseHTMLDeclaredEncodings(t *testing.T) {
	tests := []struct {
		name, label string
		enc         encoding.Encoding
		title, para string
	}{
		{"Shift_JIS", "Shift_JIS", japanese.ShiftJIS, "港の桟橋を修理のため閉鎖", "港湾委員会は火曜日、古いフェリー桟橋を修理のため閉鎖することを決めた。"},
		{"EUC-JP", "EUC-JP", japanese.EUCJP, "港の桟橋を修理のため閉鎖", "港湾委員会は火曜日、古いフェリー桟橋を修理のため閉鎖することを決めた。"},
		{"GBK", "gb2312", simplifiedchinese.GBK, "港口码头将关闭维修", "港口委员会星期二投票决定关闭旧渡轮码头进行维修。"},
		{"Big5", "big5", traditionalchinese.Big5, "港口碼頭將關閉維修", "港口委員會星期二投票決定關閉舊渡輪碼頭進行維修。"},
		{"EUC-KR", "euc-kr", korean.EUCKR, "항구 부두 수리 위해 폐쇄", "항만 위원회는 화요일 낡은 여객선 부두를 수리하기 위해 폐쇄하기로 결정했다."},
		{"windows-1251", "windows-1251", charmap.Windows1251, "Причал закроют на ремонт", "Портовый совет во вторник решил закрыть старый паромный причал на ремонт."},
		{"KOI8-R", "koi8-r", charmap.KOI8R, "Причал закроют на ремонт", "Портовый совет во вторник решил закрыть старый паромный причал на ремонт."},
		{"ISO-8859-2", "iso-8859-2", charmap.ISO8859_2, "Przystań zamknięta na remont", "Zarząd portu zdecydował we wtorek o zamknięciu starej przystani promowej."},
		{"windows-1250", "windows-1250", charmap.Windows1250, "Přístaviště zavřou kvůli opravě", "Přístavní rada v úterý rozhodla uzavřít staré přístaviště trajektů."},
		{"ISO-8859-7", "iso-8859-7", charmap.ISO8859_7, "Κλείνει η προβλήτα για επισκευή", "Το λιμενικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά προβλήτα."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, decl := range []string{
				`<meta http-equiv="Content-Type" content="text/html; charset=` + tt.label + `">`,
				`<meta charset="` + tt.label + `">`,
			} {
				page := `<html><head>` + decl + `<title>` + tt.title + `</title></head><body><h1>` + tt.title + `</h1><p>` + tt.para + `</p><p>` + tt.para + `</p></body></html>`
				if i == 0 {
					page = `<?xml version="1.0" encoding="` + tt.label + `"?>` + "\n" + page
				}
				data, err := tt.enc.NewEncoder().Bytes([]byte(page))
				if err != nil {
					t.Fatal(err)
				}
				d, err := Parse("page.html", data)
				if err != nil {
					t.Fatal(err) // before: unrecognised text encoding
				}
				checkInvariants(t, d)
				if d.Title != tt.title || len(d.Paragraphs) != 2 || d.Paragraphs[0] != tt.para {
					t.Errorf("title %q paragraphs %q", d.Title, d.Paragraphs)
				}
			}
		})
	}
}

// A declared encoding that is unknown, or that the bytes are not in, is
// named in the error; UTF-8 under a wrong declaration stays UTF-8.
func TestParseHTMLDeclaredEncodingErrors(t *testing.T) {
	page := func(label string, body []byte) []byte {
		return append([]byte(`<html><head><meta charset="`+label+`"><title>T</title></head><body><p>`), append(body, "</p></body></html>"...)...)
	}
	// Random high bytes that are neither UTF-8 nor Windows-1252 text.
	junk := []byte(strings.Repeat("\xe9\xc3\xfe\x81\xa0", 40))
	_, err := Parse("a.html", page("x-no-such-charset", junk))
	if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), `"x-no-such-charset"`) {
		t.Errorf("unknown charset: %v", err)
	}
	_, err = Parse("a.html", page("euc-kr", []byte(strings.Repeat("\xff\xfe\xfd\xfc", 40))))
	if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), `"euc-kr"`) {
		t.Errorf("bytes not in the declared encoding: %v", err)
	}
	d, err := Parse("a.html", page("Shift_JIS", []byte("Café owners — “we can’t go on” said the owner of the caf\xe9 by the pier.")))
	if err != nil || len(d.Paragraphs) != 1 || !strings.HasPrefix(d.Paragraphs[0], "Café owners — “we can’t") || !strings.HasSuffix(d.Paragraphs[0], "café by the pier.") {
		t.Errorf("UTF-8 declared as Shift_JIS: %v %q", err, d.Paragraphs)
	}
}

// Japanese and Chinese paragraphs have no spaces; they are text, not
// style-sheet names run together, and dates written with 年月日 and a
// "Headline : Section : Site" title are read.
func TestUnspacedScripts(t *testing.T) {
	page := `<html><head><title>港の桟橋を修理のため閉鎖 : 地域 : 港タイムズ</title></head><body>
<h1>港の桟橋を修理のため閉鎖</h1>
<p>　港湾委員会は火曜日、古いフェリー桟橋を修理のため閉鎖することを決めた。ダイバーが柱にひびを見つけたという。</p>
<p>　工事が終わるまで、フェリーは貨物岸壁を使う。委員会は工事に夏の大半がかかるとみている。</p>
<div class="date">（2015年1月2日12時24分　港タイムズ）</div>
<h2>最新記事</h2><ul><li><a href="/a">貨物岸壁に新しいクレーン</a>（1月1日）</li></ul>
</body></html>`
	d, err := ParseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if d.Title != "港の桟橋を修理のため閉鎖" || d.Source != "港タイムズ" || d.Published.Format("2006-01-02") != "2015-01-02" {
		t.Errorf("title %q source %q date %v", d.Title, d.Source, d.Published)
	}
	if len(d.Paragraphs) != 2 || !strings.HasPrefix(d.Paragraphs[0], "港湾委員会") || !strings.HasPrefix(d.Paragraphs[1], "工事が終わるまで") {
		t.Errorf("paragraphs %q", d.Paragraphs)
	}
	if got, ok := parseDate("2011年4月15日12時24分"); !ok || !got.Equal(time.Date(2011, 4, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("parseDate = %v, %v", got, ok)
	}
}

// TestRealPagesRecovered reads the real pages that were once lost on
// import (set "pages"; skipped where not fetched) and checks what a reader
// of each expects: labels written from reading the pages.
func TestRealPagesRecovered(t *testing.T) {
	dir, _ := realdata.Dir(t, "pages")
	tests := []struct {
		name, title, author, date, first, last string
		paras                                  [2]int   // body paragraphs, at least and at most
		headings                               []string // subheadings, in order
		credits                                []string // caption credits, in order
		notInBody                              []string // starts of page furniture
	}{
		{
			// Hidden by style until its scripts run; soft hyphens in every word.
			name: "guardiantt-massy.html", title: "Massy Stores stalled nationwide by cyber attack",
			author: "Peter Christopher", date: "2022-04-28",
			first: "Thousands of people possibly hoping yesterday", last: "Massy said it would work to rectify",
			paras: [2]int{19, 19}, credits: []string{"KRISTIAN DE SILVA", "NICOLE DRAYTON"},
			notInBody: []string{"PETER CHRISTOPHER", "peter.christopher@", "NICOLE DRAYTON", "Click HERE", "Want FREE access",
				"Tagged in", "Guardian Media is the premier", "Related articles", "Responses"},
		},
		{
			// Readability chose the footer's legal notes.
			name: "syracuse-kwanzaa.html", title: "Kwanzaa is celebrated at Beauchamp Library",
			author: "David Lassman", date: "2014-12-26",
			first: "Today on the first day of Kwanzaa", last: "Today on the first day of Kwanzaa",
			paras: [2]int{1, 1},
			notInBody: []string{"Registration on or use", "Community Rules", "The material on this site", "Loading Photo Gallery",
				"David Lassman", "View/Post Comments", "Related Stories", "Best of syracuse.com", "Valley views"},
		},
		{
			// Shift_JIS.
			name: "yomiuri-tulips.html", title: "色とりどりのチューリップ", date: "2011-04-10",
			first: "海津市海津町の国営木曽三川公園で", last: "大花壇を中心に植えられているのは",
			paras: [2]int{2, 2}, headings: []string{"木曽三川公園で見頃"},
			notInBody: []string{"（2011年4月10日", "最新記事", "トヨタ", "県産品アジア輸出に暗雲", "新着おすすめ"},
		},
		{
			name: "yomiuri-cesium.html", title: "海水汚染には猫トイレの砂…セシウム吸着", date: "2011-04-15",
			first: "東京電力福島第一原子力発電所では１５日", last: "東電は、海水の汚染対策として",
			paras: [2]int{3, 3},
			notInBody: []string{"（2011年4月15日", "最新主要ニュース", "米国製ロボット", "福島原発 特集", "ピックアップ",
				"ニュースランキング", "いつかは行きたい"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseFileIn(t, dir, tt.name)
			if d.Title != tt.title || d.Author != tt.author || d.Published.Format("2006-01-02") != tt.date {
				t.Errorf("title %q author %q date %v", d.Title, d.Author, d.Published)
			}
			body := bodyParagraphs(d)
			if n := len(body); n < tt.paras[0] || n > tt.paras[1] {
				t.Errorf("%d body paragraphs, want %d–%d: %.80q", n, tt.paras[0], tt.paras[1], body)
			}
			if len(body) > 0 && (!hasPrefixFold(body[0], tt.first) || !hasPrefixFold(body[len(body)-1], tt.last)) {
				t.Errorf("first %.60q, last %.60q", body[0], body[len(body)-1])
			}
			var heads, credits []string
			for _, h := range d.Headings {
				heads = append(heads, d.Paragraphs[h])
			}
			for _, c := range d.Captions {
				if c.Credit != "" {
					credits = append(credits, c.Credit)
				}
			}
			if !equalStrings(heads, tt.headings) || !equalStrings(credits, tt.credits) {
				t.Errorf("headings %q, credits %q", heads, credits)
			}
			for _, p := range d.Paragraphs {
				for _, bad := range tt.notInBody {
					if strings.HasPrefix(strings.TrimLeft(p, "\u3000 "), bad) {
						t.Errorf("page furniture in the body: %.60q", p)
					}
				}
			}
		})
	}
}

// Only web pages lose their empty trailing subheadings: in the analyst's
// own Markdown and text files a last heading and its short items are kept.
func TestEmptyTailKeptOutsidePages(t *testing.T) {
	d, err := ParseMarkdown("# Pier notes\n\nThe board voted to close the pier on Tuesday.\n\n## Elsewhere\n\n- Harbour board\n- Cargo quay\n\n## To do\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"The board voted to close the pier on Tuesday.", "Elsewhere", "Harbour board", "Cargo quay", "To do"}
	if !equalStrings(d.Paragraphs, want) {
		t.Errorf("paragraphs %q, want %q", d.Paragraphs, want)
	}
	h, err := ParseHTML("<title>Pier notes</title><h1>Pier notes</h1><p>The board voted to close the pier on Tuesday.</p><h2>Elsewhere</h2><p>PR</p><h2>To do</h2>")
	if err != nil {
		t.Fatal(err)
	}
	if !equalStrings(h.Paragraphs, want[:1]) {
		t.Errorf("page paragraphs %q, want %q", h.Paragraphs, want[:1])
	}
}

// TestRealPagesBoxesHeadsComments reads three real pages (set "pages";
// skipped where not fetched) that the importer once got wrong: an
// advertisement box that cut a paragraph in two, bold-only subheadings
// that were dropped, and reader comments kept as article text. The other
// fields of these pages are scored in TestRealPages.
func TestRealPagesBoxesHeadsComments(t *testing.T) {
	dir, _ := realdata.Dir(t, "pages")
	tests := []struct {
		name      string
		paras     [2]int   // body paragraphs, at least and at most
		last      string   // start of the last body paragraph; "": not checked
		within    []string // text that must stand inside one body paragraph
		headings  []string // subheadings, in order; nil: not checked
		notInBody []string // starts of paragraphs that are not article text
	}{
		{
			// "… Tom <div class="articleEmbeddedAdBox">…</div>Koenigs, said …"
			name: "contracostatimes-afghanistan.html", paras: [2]int{20, 21}, last: "Dadullah rose in the militia's ranks",
			within:    []string{"the U.N.'s top representative here, Tom Koenigs, said he was"},
			notInBody: []string{"Koenigs, said he was", "Advertisement"},
		},
		{
			// Five bold labels for each of the eight issues it goes through.
			// (Its last paragraph, a promotion for the paper's blogs, is scored in
			// TestRealPages.)
			name: "independent-diana-guide.html", paras: [2]int{41, 43},
			headings: dianaHeadings(),
		},
		{
			// About a hundred comments under "Comments are now closed for
			// this story", each a reader's name in bold and a short text.
			name: "ctv-premiers.html", paras: [2]int{25, 26}, last: "Bloc Quebecois Leader Gilles Duceppe said Friday",
			notInBody: []string{"Comments are now closed", "Comments(", "Stephen B", "McGuinty stop spending", "puddin and pie",
				"Agreed, that debt", "J-F (Ottawa)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseFileIn(t, dir, tt.name)
			body := bodyParagraphs(d)
			if n := len(body); n < tt.paras[0] || n > tt.paras[1] {
				t.Errorf("%d body paragraphs, want %d–%d", n, tt.paras[0], tt.paras[1])
			}
			if tt.last != "" && (len(body) == 0 || !hasPrefixFold(body[len(body)-1], tt.last)) {
				t.Errorf("last paragraph %.60q, want %q", body[len(body)-1:], tt.last)
			}
			for _, w := range tt.within {
				found := false
				for _, p := range body {
					found = found || strings.Contains(p, w)
				}
				if !found {
					t.Errorf("no paragraph holds %q", w)
				}
			}
			if tt.headings != nil {
				var heads []string
				for _, h := range d.Headings {
					heads = append(heads, d.Paragraphs[h])
				}
				if !equalStrings(heads, tt.headings) {
					t.Errorf("%d headings %q, want %d", len(heads), heads, len(tt.headings))
				}
			}
			for _, p := range d.Paragraphs {
				for _, bad := range tt.notInBody {
					if strings.HasPrefix(p, bad) {
						t.Errorf("not article text in the body: %.60q", p)
					}
				}
			}
		})
	}
}

// dianaHeadings are the bold-only paragraphs of independent-diana-guide.html:
// five labels for each of the eight issues it goes through.
func dianaHeadings() []string {
	var out []string
	for range 8 {
		out = append(out, "The issue", "The official account", "The Fayed version", "What the inquest has been told", "Our verdict...")
	}
	return out
}
