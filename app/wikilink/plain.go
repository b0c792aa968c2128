package wikilink

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// PlainText returns a Markdown note as a reader sees it, without its
// syntax: each paragraph, heading, list item and table row on a line of its
// own, links and [[wiki links]] as their text, images as their alt text,
// code as written; embeds and raw HTML are left out. Search cuts a note's
// fragments from it, so that hits read "Open questions Will the hotline…"
// rather than "## Open questions - Will the hotline…".
func PlainText(src string) (out string) {
	defer func() {
		// goldmark is third-party code: on a panic, the source as written.
		if recover() != nil {
			out = src
		}
	}()
	source := []byte(src)
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, Extension(nil)))
	doc := md.Parser().Parse(text.NewReader(source))
	b := make([]byte, 0, len(src))
	last := func() byte {
		if len(b) == 0 {
			return '\n'
		}
		return b[len(b)-1]
	}
	endLine := func() {
		for last() == ' ' {
			b = b[:len(b)-1]
		}
		if last() != '\n' {
			b = append(b, '\n')
		}
	}
	space := func() {
		if c := last(); c != ' ' && c != '\n' {
			b = append(b, ' ')
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *Node:
			if n.Link.Embed {
				return ast.WalkSkipChildren, nil
			}
		case *ast.Text:
			if entering {
				b = append(b, n.Segment.Value(source)...)
				if n.SoftLineBreak() || n.HardLineBreak() {
					space()
				}
			}
		case *ast.String:
			if entering {
				b = append(b, n.Value...)
			}
		case *ast.AutoLink:
			if entering {
				b = append(b, n.Label(source)...)
			}
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			if entering {
				lines := n.Lines()
				for i := 0; i < lines.Len(); i++ {
					seg := lines.At(i)
					b = append(b, seg.Value(source)...)
				}
				endLine()
			}
			return ast.WalkSkipChildren, nil
		case *east.TableCell:
			if !entering {
				space()
			}
		case *ast.Paragraph, *ast.Heading, *ast.TextBlock, *east.TableRow, *east.TableHeader, *ast.ThematicBreak:
			if !entering {
				endLine()
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(string(b))
}
