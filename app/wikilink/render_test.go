package wikilink

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"golang.org/x/net/html"
)

// fakeResolver knows a few pages; embeds of "quote:ok" produce a fixed
// blockquote. It records what it was asked.
type fakeResolver struct {
	pages map[string]string // Key → href
	asked []Link
}

func (r *fakeResolver) Resolve(l Link) (string, bool) {
	r.asked = append(r.asked, l)
	if href, ok := r.pages[Key(l.Target)]; ok {
		return href, true
	}
	return "dossier:new/" + l.Target, false
}

func (r *fakeResolver) Embed(l Link) (string, bool) {
	r.asked = append(r.asked, l)
	if l.Target == "quote:ok" {
		return `<blockquote class="quote">Quoted &amp; trusted</blockquote>`, true
	}
	return "", false
}

func newResolver() *fakeResolver {
	return &fakeResolver{pages: map[string]string{
		"seoul":       "dossier:note/1",
		"kim jong un": "dossier:person/2",
		"evil":        "javascript:alert(1)",
		"quote\"y":    `dossier:note/"><script>`,
	}}
}

// elem is a parsed HTML element: tag, attributes and text content.
type elem struct {
	tag   string
	attrs map[string]string
	text  string
}

// parseHTML parses rendered HTML and returns every element in document order.
func parseHTML(t *testing.T, s string) []elem {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	var out []elem
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			e := elem{tag: n.Data, attrs: map[string]string{}}
			for _, a := range n.Attr {
				e.attrs[a.Key] = a.Val
			}
			e.text = textOf(n)
			out = append(out, e)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func find(es []elem, tag, class string) []elem {
	var out []elem
	for _, e := range es {
		if e.tag == tag && (class == "" || e.attrs["class"] == class) {
			out = append(out, e)
		}
	}
	return out
}

func render(t *testing.T, src string, r Resolver) []elem {
	t.Helper()
	out, err := Render(src, r)
	if err != nil {
		t.Fatalf("Render(%q): %v", src, err)
	}
	return parseHTML(t, out)
}

func TestRenderLinks(t *testing.T) {
	r := newResolver()
	es := render(t, "Met [[Kim Jong Un|the leader]] in [[séoul#Palace]] and [[Nowhere]].", r)
	links := find(es, "a", "")
	if len(links) != 3 {
		t.Fatalf("got %d links: %+v", len(links), links)
	}
	check := func(e elem, href, class, text string) {
		t.Helper()
		if e.attrs["href"] != href || e.attrs["class"] != class || e.text != text {
			t.Errorf("link = %+v, want href=%q class=%q text=%q", e, href, class, text)
		}
	}
	check(links[0], "dossier:person/2", "wikilink", "the leader")
	check(links[1], "dossier:note/1", "wikilink", "séoul")
	check(links[2], "dossier:new/Nowhere", "wikilink missing", "Nowhere")
	if r.asked[1].Heading != "Palace" || r.asked[1].Line != 1 || r.asked[1].Start != strings.Index("Met [[Kim Jong Un|the leader]] in [[séoul", "[[séoul") {
		t.Errorf("resolver got %+v", r.asked[1])
	}
}

func TestRenderEscaping(t *testing.T) {
	r := newResolver()
	src := "[[<script>alert(1)</script>]] [[\"quoted\" & 'single']] [[Seoul|a]]b]] " +
		"[[evil]] [[quote\"y]] <script>alert(2)</script>\n\n<div onclick=\"x()\">raw</div>\n"
	out, err := Render(src, r)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "<script") || strings.Contains(out, "onclick") || strings.Contains(out, "javascript:") {
		t.Fatalf("unsafe output: %s", out)
	}
	es := parseHTML(t, out)
	if s := find(es, "script", ""); len(s) != 0 {
		t.Errorf("script elements: %+v", s)
	}
	links := find(es, "a", "")
	if len(links) != 5 {
		t.Fatalf("got %d links: %s", len(links), out)
	}
	if links[0].text != "<script>alert(1)</script>" {
		t.Errorf("script title text = %q", links[0].text)
	}
	if links[1].text != `"quoted" & 'single'` {
		t.Errorf("quoted title text = %q", links[1].text)
	}
	if links[1].attrs["href"] != `dossier:new/"quoted" & 'single'` {
		t.Errorf("quoted title href = %q", links[1].attrs["href"])
	}
	// "]]" ends the link at the first "]]"; the rest is text.
	if links[2].text != "a" || !strings.Contains(out, "</a>b]]") {
		t.Errorf("label with ]] = %+v in %s", links[2], out)
	}
	if _, ok := links[3].attrs["href"]; ok {
		t.Errorf("dangerous href kept: %+v", links[3])
	}
	if links[4].attrs["href"] != `dossier:note/"><script>` {
		t.Errorf("href with quote = %q", links[4].attrs["href"])
	}
	if d := find(es, "div", ""); len(d) != 0 {
		t.Errorf("raw HTML block rendered: %+v", d)
	}
}

func TestRenderEmbeds(t *testing.T) {
	r := newResolver()
	es := render(t, "![[quote:ok]]\n\n![[quote:gone]] and ![[<b>x</b>]]", r)
	q := find(es, "blockquote", "quote")
	if len(q) != 1 || q[0].text != "Quoted & trusted" {
		t.Errorf("embed = %+v", q)
	}
	m := find(es, "span", "wikilink-embed missing")
	if len(m) != 2 || m[0].text != "quote:gone" || m[1].text != "<b>x</b>" {
		t.Errorf("missing embeds = %+v", m)
	}
	if b := find(es, "b", ""); len(b) != 0 {
		t.Errorf("embed target rendered as HTML: %+v", b)
	}

	// An embed alone in its paragraph is a block, not wrapped in <p>; one
	// inside a sentence stays inline.
	out, err := Render("![[quote:ok]]\n![[quote:ok]]\n\nSee ![[quote:gone]] here.", r)
	if err != nil {
		t.Fatal(err)
	}
	want := `<blockquote class="quote">Quoted &amp; trusted</blockquote>` + "\n" +
		`<blockquote class="quote">Quoted &amp; trusted</blockquote>` + "\n" +
		`<p>See <span class="wikilink-embed missing">quote:gone</span> here.</p>` + "\n"
	if out != want {
		t.Errorf("embed blocks:\n got %q\nwant %q", out, want)
	}
}

func TestRenderCodeAndNesting(t *testing.T) {
	r := newResolver()
	src := "`[[Seoul]]`\n\n```\n[[Seoul]]\n```\n\n[see [[Seoul]]](https://example.com)\n\n![alt [[Seoul|S]]](i.png)\n\n~~[[Seoul]]~~\n\n| a | b |\n|---|---|\n| [[Seoul\\|S]] | x |\n"
	es := render(t, src, r)
	code := find(es, "code", "")
	if len(code) != 2 || code[0].text != "[[Seoul]]" || code[1].text != "[[Seoul]]\n" {
		t.Errorf("code = %+v", code)
	}
	anchors := find(es, "a", "")
	// The Markdown link, the one in strikethrough, the one in the table.
	if len(anchors) != 3 || anchors[0].attrs["href"] != "https://example.com" || anchors[0].text != "see Seoul" {
		t.Fatalf("anchors = %+v", anchors)
	}
	if s := find(es, "span", "wikilink"); len(s) != 1 || s[0].text != "Seoul" {
		t.Errorf("link inside link = %+v", s)
	}
	if img := find(es, "img", ""); len(img) != 1 || img[0].attrs["alt"] != "alt S" {
		t.Errorf("img = %+v", img)
	}
	if d := find(es, "del", ""); len(d) != 1 || d[0].text != "Seoul" {
		t.Errorf("del = %+v", d)
	}
	if td := find(es, "td", ""); len(td) != 2 || td[0].text != "S" {
		t.Errorf("table cells = %+v", td)
	}
}

func TestRenderNilResolver(t *testing.T) {
	es := render(t, "[[A]] ![[quote:1]]", nil)
	a := find(es, "a", "wikilink missing")
	if len(a) != 1 || a[0].text != "A" {
		t.Errorf("links = %+v", a)
	}
	if _, ok := a[0].attrs["href"]; ok {
		t.Errorf("empty href rendered: %+v", a[0])
	}
}

// The extension also works in a caller's own goldmark, with Node in the AST.
func TestExtensionStandalone(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(Extension(newResolver())))
	var buf bytes.Buffer
	if err := md.Convert([]byte("x\n\ny [[Seoul]]"), &buf); err != nil {
		t.Fatal(err)
	}
	if g, w := buf.String(), "<p>x</p>\n<p>y <a href=\"dossier:note/1\" class=\"wikilink\">Seoul</a></p>\n"; g != w {
		t.Errorf("got %q, want %q", g, w)
	}
}
