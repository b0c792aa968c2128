package wikilink

import (
	"bytes"
	"fmt"
	stdhtml "html"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Resolver resolves links while rendering. Resolve returns the href for the
// page and exists=false for a page that does not exist yet (rendered with
// class "missing"). Embed returns the HTML for an embed (![[...]], e.g.
// Target "quote:ID"); the HTML is trusted: the caller escapes its own
// content. ok=false renders a missing-embed placeholder.
type Resolver interface {
	Resolve(l Link) (href string, exists bool)
	Embed(l Link) (html string, ok bool)
}

// KindNode is the goldmark node kind of Node.
var KindNode = ast.NewNodeKind("WikiLink")

// Node is the goldmark inline node for a [[link]] or ![[embed]]. Its only
// child is a String holding the display text, so that goldmark's plain-text
// views (such as image alt text) still show the link's text.
type Node struct {
	ast.BaseInline
	Link Link
}

// Kind implements ast.Node.
func (n *Node) Kind() ast.NodeKind { return KindNode }

// Dump implements ast.Node.
func (n *Node) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{
		"Target":  n.Link.Target,
		"Heading": n.Link.Heading,
		"Label":   n.Link.Label,
		"Embed":   fmt.Sprint(n.Link.Embed),
	}, nil)
}

// display is the text a link shows: its label, else its target, else (for a
// same-page [[#Heading]]) its heading.
func display(l Link) string {
	switch {
	case l.Label != "":
		return l.Label
	case l.Target != "":
		return l.Target
	}
	return l.Heading
}

// Extension returns a goldmark extension that parses [[...]] and ![[...]] as
// inline Nodes and renders them: <a href="..." class="wikilink">label or
// target</a>, class "wikilink missing" when the page does not exist, a
// <span> instead of <a> inside another link; embeds via Resolver.Embed, with
// a <span class="wikilink-embed missing"> fallback. All note text is
// HTML-escaped. A nil Resolver renders every link as missing.
func Extension(r Resolver) goldmark.Extender {
	if r == nil {
		r = nopResolver{}
	}
	return &extender{r: r}
}

type nopResolver struct{}

func (nopResolver) Resolve(Link) (string, bool) { return "", false }
func (nopResolver) Embed(Link) (string, bool)   { return "", false }

type extender struct{ r Resolver }

func (e *extender) Extend(m goldmark.Markdown) {
	// Priority 199 runs before goldmark's link parser (200), which would
	// otherwise take the first '[' as a link opener.
	m.Parser().AddOptions(
		parser.WithInlineParsers(util.Prioritized(&inlineParser{lines: parser.NewContextKey()}, 199)),
		parser.WithASTTransformers(util.Prioritized(embedTransformer{}, 999)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(&nodeRenderer{r: e.r}, 199)))
}

// KindEmbedBlock is the goldmark node kind of EmbedBlock.
var KindEmbedBlock = ast.NewNodeKind("WikiEmbedBlock")

// EmbedBlock replaces a paragraph that holds nothing but embeds, so that an
// embedded quote (a block of HTML) is not wrapped in <p>.
type EmbedBlock struct {
	ast.BaseBlock
}

// Kind implements ast.Node.
func (n *EmbedBlock) Kind() ast.NodeKind { return KindEmbedBlock }

// Dump implements ast.Node.
func (n *EmbedBlock) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

type embedTransformer struct{}

func (embedTransformer) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	var paras []*ast.Paragraph
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if p, ok := n.(*ast.Paragraph); ok && entering && onlyEmbeds(p, src) {
			paras = append(paras, p)
		}
		return ast.WalkContinue, nil
	})
	for _, p := range paras {
		b := &EmbedBlock{}
		for c := p.FirstChild(); c != nil; {
			next := c.NextSibling()
			if _, ok := c.(*Node); ok {
				b.AppendChild(b, c)
			}
			c = next
		}
		p.Parent().ReplaceChild(p.Parent(), p, b)
	}
}

// onlyEmbeds reports whether p's children are embeds and white space.
func onlyEmbeds(p *ast.Paragraph, src []byte) bool {
	n := 0
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *Node:
			if !c.Link.Embed {
				return false
			}
			n++
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(src))) != 0 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// inlineParser is the goldmark side of parseLinkAt.
type inlineParser struct {
	lines parser.ContextKey // per-document newline offsets, for Link.Line
}

func (p *inlineParser) Trigger() []byte { return []byte{'[', '!'} }

func (p *inlineParser) Parse(_ ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	embed := len(line) > 0 && line[0] == '!'
	if len(line) < 5 || !bytes.HasPrefix(line, []byte("[[")) && !bytes.HasPrefix(line, []byte("![[")) {
		return nil
	}
	k := bytes.Index(line, []byte("]]"))
	if k < 0 {
		return nil
	}
	cand := string(line[:k+2])
	l, ok := parseLinkAt(cand, 0, len(cand), embed)
	if !ok {
		return nil
	}
	l.Start += seg.Start
	l.End += seg.Start
	l.Line = p.lineOf(block.Source(), l.Start, pc)
	n := &Node{Link: l.Link}
	s := ast.NewString([]byte(display(l.Link)))
	s.SetRaw(true)
	n.AppendChild(n, s)
	block.Advance(len(cand))
	return n
}

// lineOf returns the 1-based line of offset off, indexing the source's line
// breaks once per document.
func (p *inlineParser) lineOf(src []byte, off int, pc parser.Context) int {
	nl := pc.ComputeIfAbsent(p.lines, func() any {
		var v []int
		for i, c := range src {
			if c == '\n' {
				v = append(v, i)
			}
		}
		return v
	}).([]int)
	return sort.SearchInts(nl, off) + 1
}

type nodeRenderer struct{ r Resolver }

func (r *nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindNode, r.render)
	reg.Register(KindEmbedBlock, func(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			_ = w.WriteByte('\n')
		}
		return ast.WalkContinue, nil
	})
}

func (r *nodeRenderer) render(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	l := node.(*Node).Link
	esc := stdhtml.EscapeString
	if l.Embed {
		if _, ok := node.Parent().(*EmbedBlock); ok && node.PreviousSibling() != nil {
			_ = w.WriteByte('\n') // one embed per line, as written
		}
		if h, ok := r.r.Embed(l); ok {
			_, _ = w.WriteString(h)
		} else {
			_, _ = w.WriteString(`<span class="wikilink-embed missing">`)
			_, _ = w.WriteString(esc(display(l)))
			_, _ = w.WriteString(`</span>`)
		}
		return ast.WalkSkipChildren, nil
	}
	href, exists := r.r.Resolve(l)
	class := "wikilink"
	if !exists {
		class = "wikilink missing"
	}
	if insideLink(node) {
		// Nested anchors are invalid HTML: keep the text and the styling.
		fmt.Fprintf(w, `<span class="%s">%s</span>`, class, esc(display(l)))
		return ast.WalkSkipChildren, nil
	}
	_, _ = w.WriteString("<a")
	if href != "" && !html.IsDangerousURL([]byte(href)) {
		_, _ = w.WriteString(` href="`)
		_, _ = w.WriteString(esc(href))
		_ = w.WriteByte('"')
	}
	fmt.Fprintf(w, ` class="%s">%s</a>`, class, esc(display(l)))
	return ast.WalkSkipChildren, nil
}

func insideLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindLink, ast.KindAutoLink:
			return true
		}
	}
	return false
}

// Render converts a Markdown note to HTML with links resolved by r, GFM
// tables, strikethrough, task lists and autolinked URLs. Raw HTML in the note
// is omitted (goldmark's safe default), and dangerous URLs are dropped.
func Render(src string, r Resolver) (out string, err error) {
	defer func() {
		// goldmark is third-party code: a panic there must not take the
		// editor down with it.
		if p := recover(); p != nil {
			out, err = "", fmt.Errorf("wikilink: render markdown: panic: %v", p)
		}
	}()
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, Extension(r)))
	var buf strings.Builder
	buf.Grow(len(src) + len(src)/2)
	if err := md.Convert([]byte(src), &buf); err != nil {
		return "", fmt.Errorf("wikilink: render markdown: %w", err)
	}
	return buf.String(), nil
}
