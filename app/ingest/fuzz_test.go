package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// sentinels are the only errors the parsers may return (wrapped).
var sentinels = []error{ErrUnsupported, ErrEmpty, ErrTooLarge, ErrBinary, ErrEncoding, ErrNoContent, ErrFrontMatter}

func checkResult(t *testing.T, d *Document, err error) {
	t.Helper()
	if err != nil {
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("error without a sentinel: %v", err)
	}
	checkInvariants(t, d)
}

// addFixtures seeds a fuzz target with the testdata files of some
// extensions.
func addFixtures(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(string(data))
			}
		}
	}
}

func FuzzParseText(f *testing.F) {
	addFixtures(f, ".txt")
	for _, s := range []string{
		"", " ", "\n\n", "Title\n\nBody.", "SEOUL – x", "WASHINGTON (Reuters) - x\n\nPhoto: y",
		"a\r\nb\rc", "By X\nSource: Y\nPublished: 2021-06-20\nhttps://x.y/z\n\nBody here.",
		"Caption. (Photo: AFP\n\nText", "\ufeffT\n\nx", "\xff\xfe", "A. B – C",
		strings.Repeat("word ", 300), strings.Repeat("a\n", 200), "ÉÉÉ — x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseText(s)
		checkResult(t, d, err)
	})
}

func FuzzParseMarkdown(f *testing.F) {
	addFixtures(f, ".md")
	for _, s := range []string{
		"", "---\n---\n", "---\ntitle: [\n---\n", "# T\n\n![a b c](x.png)\n\n*cap. Photo: X*",
		"> > > q", "- a\n  - b", "```\ncode\n```", "<figure><figcaption>x</figcaption></figure>",
		"[x](", "***a***", "---\ntags: a, b\ndate: 2020-01-01\nauthor: {name: N}\n---\nx",
		strings.Repeat("> ", 100) + "x", strings.Repeat("[x](", 100), "\\*x\\* &amp; &#x41;",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseMarkdown(s)
		checkResult(t, d, err)
	})
}

func FuzzParseHTML(f *testing.F) {
	addFixtures(f, ".html")
	for _, s := range []string{
		"", "<p>x</p>", "<figure><figcaption>A. Photo: B</figcaption></figure>",
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@id":"#a"}]}</script><p>x y z</p>`,
		`<meta property="og:title" content="T"><article><h1>T</h1><p>Body text.</p></article>`,
		strings.Repeat("<div>", 600) + "<p>deep</p>", "<p>a<p>b<li>c<li>d", "<plaintext><p>x",
		"<a href=x>only link</a>", "<title>T | S</title><meta property=og:site_name content=S><p>x</p>",
		`<header class="hd"><div class="kicker"><span class="tag"><a class="c-overline">A</a><h1>K</h1></span></div>` +
			`<ol class="breadcrumb"><li class="section">B</li></ol><time>May 3, 2021</time><h1>T</h1></header><p>x y</p>`,
		`<body><div id=app style="display:none" class=x data-y='1'><h1>Pier closes</h1><p>` + strings.Repeat("The board voted to close the pier. ", 8) +
			`</p><div style="visibility:hidden"><p>inner</p></div></div><p>shown</p>`,
		`<html style="visibility: hidden"><p>` + strings.Repeat("Thou&shy;sands queued&#8203; at the pier. ", 8) + `</p>`,
		`<div class="Image"><div class="crop"><img alt="a b c d"></div><p class="Caption">A ferry.</p><p class="Source">JANE ROE</p></div><p>x</p>`,
		`<div role=main><p>` + strings.Repeat("word ", 25) + `</p></div><footer><p>` + strings.Repeat("legal, text ", 60) + `</p></footer>`,
		`<ul><li><a href=a>Harbour board names a new chair</a> (April 12)</li></ul><h2>Latest</h2><p>PR</p>`,
		`<p>The chair, Mary <div class="adBox"><div class=ad>Advertisement</div></div>Okafor, said<p>b<aside>c</aside>d<div class=ad><p>e`,
		`<p><b>The issue</b></p><p>x</p><p><strong>Our verdict...</strong></p><p>y z</p><p><b>a</b><b>b</b></p>`,
		`<p>` + strings.Repeat("word ", 25) + `</p><a name="commentSection"></a><b>Comments (2)</b><br><b>jo</b><br>text` +
			`<div id="comments"><div class="comment"><p>` + strings.Repeat("reply ", 25) + `</p></div></div>`,
		`<title>CTV.ca | Headline</title><title>H - Site Name > Section</title><img><p class=c>A man. (A B / THE PRESS)</p><h1>Headline</h1><p>x</p>`,
		`<div><h2 class="quote">&ldquo;<span>Start Quote</span></h2><blockquote><p>Words&rdquo;</p></blockquote><span class="endquote">End Quote</span>` +
			`<span class="quote-credit">Jane Roe  </span> <span class="quote-credit-title">Chair</span><span class=credit>x</span></div>`,
		`<aside class="comp-rich-text-blockquote"><p>"Hollow," he said.</p><aside class="blockquote">n</aside></aside><ASIDE CLASS=blockquote>u</ASIDE>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseHTML(s)
		checkResult(t, d, err)
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"", "abc", "\xef\xbb\xbfabc", "\xff\xfea\x00b\x00", "\xfe\xff\x00a\x00b", "\x93x\x94 caf\xe9",
		"“ok” caf\xe9", "\x00", "\xff\xfe\x00\x00", "\xff\xfe\x00\xd8", "\x81\x8d\x8f", "a\x01b\x02c\x03d\x04",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkDecoded(t, Decode, "x.txt", data) })
}

// checkDecoded checks what decode makes of data: an error of a known kind,
// or valid UTF-8 without NULs that leaves valid UTF-8 input as it was; and
// whatever decodes must also parse, as file name, without panicking.
func checkDecoded(t *testing.T, decode func([]byte) (string, error), name string, data []byte) {
	t.Helper()
	s, err := decode(data)
	if err != nil {
		if !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEncoding) {
			t.Fatalf("unexpected error %v", err)
		}
		return
	}
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8 output %q", s)
	}
	if strings.IndexByte(s, 0) >= 0 {
		t.Fatalf("NUL in output %q", s)
	}
	if utf8.Valid(data) && !strings.HasPrefix(string(data), "\xef\xbb\xbf") && len(data) > 0 && data[0] != 0xFF && data[0] != 0xFE && s != string(data) {
		t.Fatalf("valid UTF-8 changed: %q → %q", data, s)
	}
	d, err := Parse(name, data)
	checkResult(t, d, err)
}

func FuzzDecodeHTML(f *testing.F) {
	for _, s := range []string{
		"", "<p>x</p>", "\xef\xbb\xbf<p>x</p>", `<meta charset="shift_jis"><p>` + "\x82\xa0\x82\xa2\x93\xfa\x96\x7b</p>",
		`<?xml version="1.0" encoding="EUC-JP"?><p>` + "\xa4\xa2\xa4\xa4</p>", `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>` + "\xc4\xe3\xba\xc3</p>",
		`<meta charset="big5"><p>` + "\xa7\x41\xa6\x6e\xff</p>", `<meta charset="euc-kr"><p>` + "\xb0\xa1\xff\xfe</p>",
		`<meta charset="koi8-r"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4</p>", `<meta charset="iso-2022-kr"><p>` + "\x80\x81</p>",
		`<meta charset="utf-16le"><p>` + "\xe9\xe8</p>", `<meta charset="x-no-such"><p>` + "\x93x\x94</p>",
		`<meta charset="windows-1252"><p>` + "\x93x\x94 caf\xe9</p>", `<meta charset="shift_jis"><p>“ok” caf` + "\xe9</p>",
		`<meta charset=` + strings.Repeat("a", 100) + `><p>` + "\xff</p>", "<body><meta charset=big5>\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkDecoded(t, decodeHTML, "x.html", data) })
}
