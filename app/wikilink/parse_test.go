package wikilink

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// want is the expected shape of one link: its source text and fields.
type want struct {
	text                   string // src[Start:End]
	target, heading, label string
	embed                  bool
	line                   int
}

func (w want) String() string {
	return fmt.Sprintf("%q→{%q #%q |%q embed=%v line=%d}", w.text, w.target, w.heading, w.label, w.embed, w.line)
}

func got(src string, links []Link) []want {
	var out []want
	for _, l := range links {
		out = append(out, want{src[l.Start:l.End], l.Target, l.Heading, l.Label, l.Embed, l.Line})
	}
	return out
}

func w(text, target string, line int) want { return want{text: text, target: target, line: line} }

var parseTests = []struct {
	name string
	src  string
	want []want
}{
	{"plain", "See [[Kim Jong Un]] now.", []want{w("[[Kim Jong Un]]", "Kim Jong Un", 1)}},
	{"trimmed", "[[  Pyongyang  ]]", []want{w("[[  Pyongyang  ]]", "Pyongyang", 1)}},
	{"heading", "[[Moon Chung-in#Career]]", []want{{"[[Moon Chung-in#Career]]", "Moon Chung-in", "Career", "", false, 1}}},
	{"label", "[[Moon Chung-in|Moon]]", []want{{"[[Moon Chung-in|Moon]]", "Moon Chung-in", "", "Moon", false, 1}}},
	{"heading and label", "[[ Title # Heading | Label ]]", []want{{"[[ Title # Heading | Label ]]", "Title", "Heading", "Label", false, 1}}},
	{"hash in label", "[[A|B#C]]", []want{{"[[A|B#C]]", "A", "", "B#C", false, 1}}},
	{"second pipe in label", "[[A|B|C]]", []want{{"[[A|B|C]]", "A", "", "B|C", false, 1}}},
	{"escaped pipe (tables)", `[[A\|B]]`, []want{{`[[A\|B]]`, "A", "", "B", false, 1}}},
	{"empty label", "[[A|]]", []want{w("[[A|]]", "A", 1)}},
	{"same-page heading", "[[#Background]]", []want{{"[[#Background]]", "", "Background", "", false, 1}}},
	{"embed quote", "![[quote:01HX]]", []want{{"![[quote:01HX]]", "quote:01HX", "", "", true, 1}}},
	{"embed annotation", "x ![[annotation:7]] y", []want{{"![[annotation:7]]", "annotation:7", "", "", true, 1}}},
	{"escaped bang is a plain link", `\![[A]]`, []want{w("[[A]]", "A", 1)}},
	{"lone bang", "Wow! [[A]]", []want{w("[[A]]", "A", 1)}},
	{"two links", "[[A]] and [[B]]", []want{w("[[A]]", "A", 1), w("[[B]]", "B", 1)}},
	{"adjacent", "[[A]][[B]]", []want{w("[[A]]", "A", 1), w("[[B]]", "B", 1)}},
	{"line numbers", "a\n\n[[A]]\nb [[B]]\n\n# [[C]]", []want{w("[[A]]", "A", 3), w("[[B]]", "B", 4), w("[[C]]", "C", 6)}},
	{"crlf", "a\r\n\r\n[[A]]\r\n", []want{w("[[A]]", "A", 3)}},
	{"unicode", "[[Séoul]] [[평양]] [[金正恩]]", []want{w("[[Séoul]]", "Séoul", 1), w("[[평양]]", "평양", 1), w("[[金正恩]]", "金正恩", 1)}},
	{"extra closing bracket", "[[A]]]", []want{w("[[A]]", "A", 1)}},
	{"extra opening bracket", "[[[A]]", []want{w("[[[A]]", "[A", 1)}},
	{"single bracket inside", "[[a]b]]", []want{w("[[a]b]]", "a]b", 1)}},
	{"nested", "[[a [[b]]", []want{w("[[b]]", "b", 1)}},
	{"nested both closed", "[[a [[b]] c]]", []want{w("[[b]]", "b", 1)}},
	{"in link text", "[see [[Foo]]](https://example.com)", []want{w("[[Foo]]", "Foo", 1)}},
	{"in emphasis", "*[[A]]* **[[B|b]]**", []want{w("[[A]]", "A", 1), {"[[B|b]]", "B", "", "b", false, 1}}},
	{"in list and quote", "- [[A]]\n  - [[B]]\n> [[C]]\n> > [[D]]", []want{w("[[A]]", "A", 1), w("[[B]]", "B", 2), w("[[C]]", "C", 3), w("[[D]]", "D", 4)}},
	{"in table", "| a | b |\n|---|---|\n| [[A\\|x]] | [[B]] |", []want{{"[[A\\|x]]", "A", "", "x", false, 3}, w("[[B]]", "B", 3)}},
	{"four-space list continuation", "- item\n\n    [[A]]", []want{w("[[A]]", "A", 3)}},
	{"lazy continuation is not code", "para\n    [[A]]", []want{w("[[A]]", "A", 2)}},
	{"unclosed code span", "`a [[A]]", []want{w("[[A]]", "A", 1)}},
	{"code span closed after", "[[A]] `x`", []want{w("[[A]]", "A", 1)}},
	{"backtick inside link", "[[a`b]] `c`", []want{w("[[a`b]]", "a`b", 1)}},
	{"double backticks", "``[[A]]`` [[B]]", []want{w("[[B]]", "B", 1)}},
	{"mismatched backticks", "`` [[A]] ` [[B]]", []want{w("[[A]]", "A", 1), w("[[B]]", "B", 1)}},
	{"code span across lines", "`a\n[[A]]` [[B]]", []want{w("[[B]]", "B", 2)}},
	{"code span ends at blank line", "`a\n\n[[A]]`", []want{w("[[A]]", "A", 3)}},
	{"escaped backtick", "\\`[[A]]`", []want{w("[[A]]", "A", 1)}},
	{"autolink", "<https://x.org/[[A]]> [[B]]", []want{w("[[B]]", "B", 1)}},
	{"link destination", "[t](https://x.org/[[A]]) [[B]]", []want{w("[[B]]", "B", 1)}},
	{"destination with title", "[t](/u \"[[A]]\") [[B]]", []want{w("[[B]]", "B", 1)}},
	{"no opener for destination", "a](x [[A]])", []want{w("[[A]]", "A", 1)}},
	{"inline html tag", `<span title="[[A]]">[[B]]</span>`, []want{w("[[B]]", "B", 1)}},
	{"fence after text", "para\n```\n[[A]]\n```\n[[B]]", []want{w("[[B]]", "B", 5)}},
	{"setext heading", "[[A]]\n===\n[[B]]", []want{w("[[A]]", "A", 1), w("[[B]]", "B", 3)}},
	{"thematic break ends paragraph", "`a\n***\n[[A]]`", []want{w("[[A]]", "A", 3)}},
	{"ordered list", "1. [[A]]\n2) [[B]]", []want{w("[[A]]", "A", 1), w("[[B]]", "B", 2)}},

	{"empty", "[[]]", nil},
	{"blank", "[[ ]]", nil},
	{"only pipe", "[[|x]]", nil},
	{"only hash", "[[#]]", nil},
	{"unclosed", "[[A", nil},
	{"unclosed then text", "[[A] and more", nil},
	{"newline inside", "[[A\nB]]", nil},
	{"newline in embed", "![[A\nB]]", nil},
	{"escaped", `\[[A]]`, nil},
	{"single brackets", "[A]", nil},
	{"code span", "`[[A]]`", nil},
	{"code span double", "`` [[A]] ` ``", nil},
	{"fenced", "```\n[[A]]\n```", nil},
	{"fenced tilde", "~~~md\n[[A]]\n~~~", nil},
	{"fenced unclosed", "```\n[[A]]", nil},
	{"fence longer close", "````\n[[A]]\n```\n[[B]]\n````", nil},
	{"fenced in list", "- x\n  ```\n  [[A]]\n  ```", nil},
	{"fenced in quote", "> ```\n> [[A]]\n> ```", nil},
	{"indented code", "    [[A]]", nil},
	{"indented code after blank", "para\n\n    [[A]]", nil},
	{"indented tab", "\t[[A]]", nil},
	{"html comment", "<!-- [[A]] -->", nil},
	{"html comment multi-line", "x <!-- a\n[[A]]\n--> y", nil},
	{"html comment block", "<!--\n[[A]]\n\n[[B]]\n-->", nil},
	{"html block", "<div>\n[[A]]\n</div>", nil},
	{"script block", "<script>\n\n[[A]]\n</script>", nil},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			g := got(tt.src, Parse(tt.src))
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("Parse(%q)\n got %v\nwant %v", tt.src, g, tt.want)
			}
		})
	}
}

// More structure around code: the fence closes and later links count.
func TestParseAfterBlocks(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"```\n[[A]]\n```\n[[B]]", []string{"B"}},
		{"~~~\n```\n[[A]]\n~~~\n[[B]]", []string{"B"}},
		{"- ```\n  [[A]]\n[[B]]", []string{"B"}},   // list item (and fence) closed by a dedent
		{"> ```\n> [[A]]\n\n[[B]]", []string{"B"}}, // quote (and fence) closed
		{"<!-- x -->\n[[A]]", []string{"A"}},
		{"<div>\n[[A]]\n\n[[B]]", []string{"B"}},
		{"    code\n[[A]]", []string{"A"}},
		{"- a\n\n        [[A]]\n\n  [[B]]", []string{"B"}}, // indented code inside a list item
		{"# H [[A]]\n`x", []string{"A"}},
		{"para `x\n# [[A]]\n`", []string{"A"}},
		{"a `x\n- [[A]]`", []string{"A"}},
		{"```js `x`\n[[A]]", []string{"A"}}, // not a fence: info string with a backtick
	}
	for _, tt := range tests {
		var g []string
		for _, l := range Parse(tt.src) {
			g = append(g, l.Target)
		}
		if !reflect.DeepEqual(g, tt.want) {
			t.Errorf("Parse(%q) targets = %q, want %q", tt.src, g, tt.want)
		}
	}
}

func TestTargets(t *testing.T) {
	src := "[[Séoul]] [[seoul|the capital]] ![[quote:1]] [[Kim  Jong Un]] [[#local]] `[[Code]]` [[kim jong un#x]]"
	want := []string{"seoul", "kim jong un"}
	if g := Targets(src); !reflect.DeepEqual(g, want) {
		t.Errorf("Targets = %q, want %q", g, want)
	}
	if g := Targets("no links"); g != nil {
		t.Errorf("Targets(no links) = %q, want nil", g)
	}
}

// goldmarkLinks returns the links goldmark (with the extension) finds.
func goldmarkLinks(t *testing.T, src string) []Link {
	t.Helper()
	return goldmarkLinksWith(t, goldmark.New(goldmark.WithExtensions(extension.GFM, Extension(nil))), src)
}

func goldmarkLinksWith(t *testing.T, md goldmark.Markdown, src string) []Link {
	t.Helper()
	doc := md.Parser().Parse(text.NewReader([]byte(src)))
	var out []Link
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*Node); ok && entering {
			out = append(out, l.Link)
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Parse is a scanner of its own; on all the table inputs (except GFM table
// rows, which goldmark splits at '|' first) it must agree with what the
// goldmark extension renders as links, offsets and lines included.
func TestParseAgreesWithGoldmark(t *testing.T) {
	for _, tt := range parseTests {
		if strings.Contains(tt.src, "|---") {
			continue
		}
		p, g := Parse(tt.src), goldmarkLinks(t, tt.src)
		if !reflect.DeepEqual(p, g) {
			t.Errorf("%s: %q\n Parse    %v\n goldmark %v", tt.name, tt.src, got(tt.src, p), got(tt.src, g))
		}
	}
}

func TestParseNoLinksAllocFree(t *testing.T) {
	src := strings.Repeat("Plain prose about Pyongyang and Seoul, with [brackets] and `code`.\n", 50)
	if n := testing.AllocsPerRun(100, func() { Parse(src) }); n > 1 {
		t.Errorf("Parse of a note without links allocates %v times", n)
	}
}

// Random Markdown made of fragments that open and close every construct the
// scanner knows (without GFM tables, which goldmark splits at '|' first):
// Parse must find exactly the links goldmark renders.
func TestParseAgreesWithGoldmarkRandom(t *testing.T) {
	frags := []string{"[[A]]", "![[q:1]]", "[[B|b]]", "`", "``", "```", "~~~", "\n", "\n\n", "    ", "  ",
		"- ", "1. ", "2) ", "10. ", "> ", "  > ", "\t> ", ">\t", "# ", "***", "===", "-\n", " \n", "\t",
		"<!--", "-->", "<!-- c -->", "<div>", "</div>", "<div/>", "<x>", "</x>", "<pre>", "</pre>", "<textarea>",
		"<span a=\"", "\">", "<?", "?>", "<!X", "<![CDATA[", "]]>", "<http://x", "<a@b.c>", ">", "<",
		"[", "]", "](", ")", "(", "\\", "\\[[", "\\`", "[t](<u [[A]]>)", "[t](u \"[[A]]\")", "`` ` ``",
		"x", " y ", "[[", "]]", "#", "!", "\"", "'"}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, Extension(nil)))
	r := rand.New(rand.NewSource(7))
	n := 4000
	if testing.Short() {
		n = 500
	}
	bad := 0
	for range n {
		var b strings.Builder
		for range 1 + r.Intn(12) {
			b.WriteString(frags[r.Intn(len(frags))])
		}
		src := b.String()
		p, g := Parse(src), goldmarkLinksWith(t, md, src)
		if !reflect.DeepEqual(p, g) {
			if bad++; bad <= 10 {
				t.Errorf("%q\n Parse    %v\n goldmark %v", src, got(src, p), got(src, g))
			}
		}
	}
}
