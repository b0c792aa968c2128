package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"gopkg.in/yaml.v3"
)

// mdBlock is one block of a Markdown document in reading order.
type mdBlock struct {
	text     string
	heading  bool
	level    int
	images   []mdImage // set for a paragraph made only of images
	emphOnly bool      // the whole paragraph is *emphasised* (a caption style)
	caption  *Caption  // a figcaption from an HTML block
}

type mdImage struct{ alt, title string }

// ParseMarkdown parses Markdown with optional YAML front matter (title,
// source, author, url, date/published, tags, description). The body is read
// from goldmark's syntax tree: headings become subheadings (the first
// level-1 heading is the title when the front matter has none), paragraphs,
// list items, block quotes and code blocks become paragraphs of plain text,
// and images with a caption paragraph or a descriptive alt text become
// captions. Broken front matter is ErrFrontMatter with the file line.
func ParseMarkdown(s string) (*Document, error) {
	s, err := prepare(s)
	if err != nil {
		return nil, err
	}
	doc := &Document{Format: FormatMarkdown}
	body, err := frontMatter(doc, s)
	if err != nil {
		return nil, err
	}
	src := []byte(tameMarkdown(body))
	root := goldmark.New().Parser().Parse(text.NewReader(src))
	w := &mdWalker{src: src}
	w.walk(root)

	var items []item
	addCaption := func(c Caption) { items = append(items, item{caption: &c}) }
	h1Seen := false
	for i := 0; i < len(w.blocks); i++ {
		b := w.blocks[i]
		switch {
		case b.caption != nil:
			addCaption(*b.caption)
		case b.images != nil:
			if i+1 < len(w.blocks) && w.blocks[i+1].captionish() {
				addCaption(toCaption(w.blocks[i+1].text))
				i++
				continue
			}
			for _, im := range b.images {
				t := collapseSpace(im.title)
				if t == "" {
					t = collapseSpace(im.alt)
				}
				if sensibleAlt(t) {
					addCaption(toCaption(t))
				}
			}
		case b.heading && b.level == 1 && !h1Seen:
			h1Seen = true
			// A kicker: the only text above the headline, a short label.
			if n := len(items); n > 0 && items[n-1].caption == nil && doc.Kicker == "" && isKicker(items[n-1].text) {
				only := true
				for _, it := range items[:n-1] {
					only = only && it.caption != nil
				}
				if only {
					doc.Kicker = collapseSpace(items[n-1].text)
					items = items[:n-1]
				}
			}
			if doc.Title == "" {
				doc.Title = b.text
				continue
			}
			if sameText(b.text, doc.Title) {
				continue
			}
			items = append(items, item{text: b.text, heading: true})
		default:
			if len(items) == 0 && !b.heading && doc.Title != "" && sameText(b.text, doc.Title) {
				continue // the headline repeated as the first paragraph
			}
			items = append(items, item{text: b.text, heading: b.heading})
		}
	}
	finish(doc, items, false)
	return doc, nil
}

func toCaption(t string) Caption {
	if c, ok := splitCaption(t); ok {
		return c
	}
	return Caption{Text: t}
}

// captionish reports whether a paragraph following an image reads as its
// caption: entirely emphasised, or carrying a photo credit.
func (b mdBlock) captionish() bool {
	if b.heading || b.images != nil || b.caption != nil || b.text == "" {
		return false
	}
	if b.emphOnly {
		return true
	}
	_, ok := splitCaption(b.text)
	return ok
}

// sensibleAlt reports whether an image's alt or title text describes the
// picture (several words or a credit), rather than "image" or a file name.
func sensibleAlt(t string) bool {
	if t == "" {
		return false
	}
	if _, ok := splitCaption(t); ok {
		return true
	}
	return nWords(t, 4) >= 3
}

// mdWalker collects blocks from goldmark's tree. It walks iteratively so
// deeply nested quotes or lists cannot exhaust the stack.
type mdWalker struct {
	src    []byte
	blocks []mdBlock
}

func (w *mdWalker) add(b mdBlock) {
	b.text = collapseSpace(b.text)
	if b.text != "" || b.images != nil || b.caption != nil {
		w.blocks = append(w.blocks, b)
	}
}

// walk visits block nodes in document order; leaf blocks are turned into
// mdBlocks, containers (lists, items, quotes) are descended into.
func (w *mdWalker) walk(root ast.Node) {
	cur := root.FirstChild()
	for cur != nil {
		descend := false
		switch n := cur.(type) {
		case *ast.Heading:
			w.add(mdBlock{text: w.inline(n), heading: true, level: n.Level})
		case *ast.Paragraph, *ast.TextBlock:
			w.paragraph(n)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			w.add(mdBlock{text: w.lines(n, " ")})
		case *ast.HTMLBlock:
			w.htmlBlock(n)
		case *ast.ThematicBreak:
		default:
			descend = true
		}
		cur = next(cur, root, descend)
	}
}

// next returns the node after cur in pre-order within root.
func next(cur, root ast.Node, descend bool) ast.Node {
	if descend && cur.FirstChild() != nil {
		return cur.FirstChild()
	}
	for cur != root {
		if s := cur.NextSibling(); s != nil {
			return s
		}
		cur = cur.Parent()
		if cur == nil {
			return nil
		}
	}
	return nil
}

func (w *mdWalker) paragraph(p ast.Node) {
	if imgs, only := w.imagesOnly(p); only {
		w.blocks = append(w.blocks, mdBlock{images: imgs})
		return
	}
	b := mdBlock{text: w.inline(p)}
	if c := p.FirstChild(); c != nil && c.NextSibling() == nil {
		if e, ok := c.(*ast.Emphasis); ok {
			b.emphOnly = true
			// A short, wholly bold paragraph is a subheading in many exports.
			if e.Level >= 2 && isHeading(collapseSpace(b.text)) {
				b.heading, b.level, b.emphOnly = true, 2, false
			}
		}
	}
	w.add(b)
}

// imagesOnly reports whether a paragraph holds nothing but images (maybe
// linked) and white space, and returns them.
func (w *mdWalker) imagesOnly(p ast.Node) ([]mdImage, bool) {
	var imgs []mdImage
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ast.Image:
			imgs = append(imgs, mdImage{alt: w.inline(n), title: string(n.Title)})
		case *ast.Link:
			img, ok := n.FirstChild().(*ast.Image)
			if !ok || n.ChildCount() != 1 {
				return nil, false
			}
			imgs = append(imgs, mdImage{alt: w.inline(img), title: string(img.Title)})
		case *ast.Text:
			if strings.TrimSpace(string(n.Segment.Value(w.src))) != "" {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return imgs, len(imgs) > 0
}

// inline returns the plain text of a node's inline content: markup
// removed, link text kept, escapes and entities resolved, images dropped.
func (w *mdWalker) inline(n ast.Node) string {
	var b strings.Builder
	cur := n.FirstChild()
	for cur != nil {
		descend := true
		switch x := cur.(type) {
		case *ast.Text:
			v := x.Segment.Value(w.src)
			if !x.IsRaw() {
				v = util.UnescapePunctuations(util.ResolveNumericReferences(util.ResolveEntityNames(v)))
			}
			b.Write(v)
			if x.SoftLineBreak() || x.HardLineBreak() {
				b.WriteByte(' ')
			}
			descend = false
		case *ast.String:
			b.Write(x.Value)
			descend = false
		case *ast.AutoLink:
			b.Write(x.Label(w.src))
			descend = false
		case *ast.RawHTML:
			descend = false
		case *ast.Image:
			descend = n == ast.Node(x) // an image's own alt text, not nested ones
		}
		cur = next(cur, n, descend)
	}
	return b.String()
}

// lines joins a block's source lines, trimmed, with sep.
func (w *mdWalker) lines(n ast.Node, sep string) string {
	ls := n.Lines()
	parts := make([]string, 0, ls.Len())
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		if l := strings.TrimSpace(string(seg.Value(w.src))); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, sep)
}

// htmlBlock extracts text and figcaptions from raw HTML in Markdown.
func (w *mdWalker) htmlBlock(n *ast.HTMLBlock) {
	raw := w.lines(n, "\n")
	if n.HasClosure() {
		raw += "\n" + string(n.ClosureLine.Value(w.src))
	}
	for _, b := range extractHTML(raw) {
		switch b.kind {
		case kindCaption:
			c := toCaption(b.text)
			w.blocks = append(w.blocks, mdBlock{caption: &c})
		case kindHeading:
			w.add(mdBlock{text: b.text, heading: true, level: b.level})
		default:
			w.add(mdBlock{text: b.text})
		}
	}
}

// Markdown nesting limits. goldmark's block parser checks every open
// container on every line, so thousands of nested quotes or list items
// make it quadratic; no real document nests deeper than this.
const (
	maxMDNesting = 32 // container markers (>, list bullets) kept per line
	maxMDIndent  = 64 // leading spaces kept per line (a tab counts as 4)
)

// maxInlineCost bounds triggers × bytes of one inline unit (a paragraph
// or list item). goldmark's inline parser can rescan to the end of the
// unit for every unmatched "[", "(", "`" or "*", which is quadratic on
// hostile input; past this budget the unit's punctuation is escaped so it
// parses as literal text (the plain text we extract is the same).
const (
	maxInlineCost     = 256 << 10
	minInlineTriggers = 32
)

// tameMarkdown bounds goldmark's work on hostile input: container nesting
// is capped (limitNesting) and inline units whose markup could trigger
// quadratic parsing are escaped. Ordinary documents are returned as is.
func tameMarkdown(s string) string {
	s = limitNesting(s)
	var b strings.Builder
	changed, copied := false, 0
	unitStart, triggers, htmlUnit := -1, 0, false
	inFence := false
	endUnit := func(end int) {
		if unitStart >= 0 && !htmlUnit && triggers > minInlineTriggers && triggers*(end-unitStart) > maxInlineCost {
			if !changed {
				b.Grow(len(s) + len(s)/4)
				changed = true
			}
			b.WriteString(s[copied:unitStart])
			escapeUnit(&b, s[unitStart:end])
			copied = end
		}
		unitStart, triggers, htmlUnit = -1, 0, false
	}
	for pos := 0; pos < len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos + 1
		}
		line := s[pos:end]
		p, marker := containerPrefix(line)
		content := strings.TrimRight(line[p:], " \t\n")
		switch {
		case strings.HasPrefix(content, "```") || strings.HasPrefix(content, "~~~"):
			endUnit(pos)
			inFence = !inFence
		case inFence:
		case strings.TrimSpace(line) == "":
			endUnit(pos)
		default:
			if marker || unitStart < 0 {
				endUnit(pos)
				unitStart = pos
				htmlUnit = strings.HasPrefix(content, "<")
			}
			for i := p; i < len(line); i++ {
				switch line[i] {
				case '[', ']', '(', ')', '`', '*', '_', '!', '<', '&', '\\':
					triggers++
				}
			}
		}
		pos = end
	}
	endUnit(len(s))
	if !changed {
		return s
	}
	b.WriteString(s[copied:])
	return b.String()
}

// escapeUnit writes lines with every ASCII punctuation character after the
// container prefix backslash-escaped.
func escapeUnit(b *strings.Builder, unit string) {
	for len(unit) > 0 {
		line := unit
		if i := strings.IndexByte(unit, '\n'); i >= 0 {
			line, unit = unit[:i+1], unit[i+1:]
		} else {
			unit = ""
		}
		p, _ := containerPrefix(line)
		b.WriteString(line[:p])
		for i := p; i < len(line); i++ {
			c := line[i]
			if c < 0x80 && c != '\n' && unicode.IsPunct(rune(c)) || c == '`' || c == '^' || c == '|' || c == '~' || c == '<' || c == '>' || c == '+' || c == '=' || c == '$' {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		}
	}
}

// containerPrefix returns the length of a line's block prefix (indentation,
// quote markers, list markers, an ATX heading marker) and whether it holds
// a marker that starts a new block.
func containerPrefix(line string) (int, bool) {
	i, marker := 0, false
scan:
	for i < len(line) {
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '>':
			marker = true
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			marker = true
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || (line[j] != '.' && line[j] != ')') || (line[j+1] != ' ' && line[j+1] != '\t') {
				break scan
			}
			marker = true
			i = j + 2
		default:
			break scan
		}
	}
	if j := i; j < len(line) && line[j] == '#' {
		for j < len(line) && j-i < 6 && line[j] == '#' {
			j++
		}
		if j == len(line) || line[j] == ' ' || line[j] == '\t' || line[j] == '\n' {
			return j, true
		}
	}
	return i, marker
}

// limitNesting drops container markers beyond maxMDNesting at the start of
// a line and shortens indentation beyond maxMDIndent. Ordinary documents
// pass through unchanged (and without copying).
func limitNesting(s string) string {
	var b strings.Builder
	changed := false
	for pos := 0; pos < len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos + 1
		}
		line := s[pos:end]
		if fixed, ok := limitLine(line); ok {
			if !changed {
				b.Grow(len(s))
				b.WriteString(s[:pos])
				changed = true
			}
			b.WriteString(fixed)
		} else if changed {
			b.WriteString(line)
		}
		pos = end
	}
	if !changed {
		return s
	}
	return b.String()
}

// limitLine rewrites one line when its container prefix is too deep or
// too indented; it reports whether it changed anything.
func limitLine(line string) (string, bool) {
	i, markers, indent, keep := 0, 0, 0, 0
scan:
	for i < len(line) {
		c := line[i]
		switch {
		case c == ' ':
			indent++
			i++
		case c == '\t':
			indent += 4
			i++
		case c == '>':
			markers++
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			markers++
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || (line[j] != '.' && line[j] != ')') || (line[j+1] != ' ' && line[j+1] != '\t') {
				break scan
			}
			markers++
			i = j + 2
		default:
			break scan
		}
		if markers == maxMDNesting && keep == 0 {
			keep = i
		}
	}
	if markers <= maxMDNesting && indent <= maxMDIndent {
		return line, false
	}
	head, rest := line[:i], line[i:]
	if markers > maxMDNesting {
		head = line[:keep]
	}
	if indent > maxMDIndent {
		// Collapse the white space of the prefix; keep an indented code
		// block indented.
		lead := ""
		if strings.HasPrefix(head, "    ") || strings.HasPrefix(head, "\t") {
			lead = "    "
		}
		head = lead + strings.Join(strings.Fields(head), " ")
	}
	if head != "" && rest != "" && !strings.HasSuffix(head, " ") {
		head += " "
	}
	return head + rest, true
}

// frontMatter reads YAML front matter between "---" lines at the very top
// into doc and returns the body after it.
func frontMatter(doc *Document, s string) (string, error) {
	first, rest, _ := strings.Cut(s, "\n")
	if strings.TrimRight(first, " \t") != "---" {
		return s, nil
	}
	yamlText, body, closed := "", "", false
	for off := 0; off <= len(rest); {
		line, nextOff := rest[off:], len(rest)+1
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line, nextOff = line[:i], off+i+1
		}
		if l := strings.TrimRight(line, " \t"); l == "---" || l == "..." {
			yamlText, closed = rest[:off], true
			if nextOff <= len(rest) {
				body = rest[nextOff:]
			}
			break
		}
		off = nextOff
	}
	if !closed {
		return "", fmt.Errorf("front matter opened by --- on line 1 is not closed by a --- line: %w", ErrFrontMatter)
	}
	m, err := decodeYAML(yamlText)
	if err != nil {
		return "", err
	}
	applyFrontMatter(doc, m)
	return body, nil
}

// yamlLine finds line numbers in yaml.v3 error messages.
var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlScannerProblems are yaml.v3's scanner errors, whose "line N" is
// 1-based; its parser errors report the 0-based line of the construct being
// parsed, so they need one more.
var yamlScannerProblems = []string{
	"block sequence entries are not allowed in this context",
	"could not find expected ':'",
	"could not find expected directive name",
	"did not find expected alphabetic or numeric character",
	"did not find expected comment or line break",
	"did not find expected digit or '.' character",
	"did not find expected hexdecimal number",
	"did not find expected version number",
	"did not find expected whitespace or line break",
	"did not find expected whitespace",
	"did not find the expected '>'",
	"exceeded max depth of",
	"found a tab character that violates indentation",
	"found a tab character where an indentation space is expected",
	"found an indentation indicator equal to 0",
	"found character that cannot start any token",
	"found extremely long version number",
	"found invalid Unicode character escape code",
	"found unexpected document indicator",
	"found unexpected end of stream",
	"found unexpected non-alphabetical character",
	"found unknown directive name",
	"found unknown escape character",
	"mapping keys are not allowed in this context",
	"mapping values are not allowed in this context",
}

// decodeYAML parses front matter, reporting errors with file line numbers
// (the YAML starts on line 2 of the file). A panic inside the YAML library
// is reported as broken front matter rather than crashing the import.
func decodeYAML(y string) (m map[string]any, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("front matter: YAML parser failed: %v: %w", r, ErrFrontMatter)
		}
	}()
	if err := yaml.Unmarshal([]byte(y), &m); err != nil {
		return nil, frontMatterError(err)
	}
	return m, nil
}

func frontMatterError(err error) error {
	msg := err.Error()
	offset := 2
	var te *yaml.TypeError
	if errors.As(err, &te) {
		offset = 1
		msg = strings.Join(te.Errors, "; ")
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
		for _, p := range yamlScannerProblems {
			if strings.Contains(msg, p) {
				offset = 1
				break
			}
		}
	}
	msg = strings.Join(strings.Fields(msg), " ")
	msg = yamlLine.ReplaceAllStringFunc(msg, func(l string) string {
		n, convErr := strconv.Atoi(l[len("line "):])
		if convErr != nil {
			return l
		}
		return "line " + strconv.Itoa(n+offset)
	})
	if i := strings.Index(msg, "cannot unmarshal !!"); i >= 0 {
		// Not a mapping: say what it is in plain words.
		what := "a single value"
		if strings.HasPrefix(msg[i+len("cannot unmarshal !!"):], "seq") {
			what = "a list"
		}
		msg = msg[:i] + "expected key: value pairs, found " + what
	}
	if strings.HasPrefix(msg, "line ") {
		return fmt.Errorf("front matter %s: %w", msg, ErrFrontMatter)
	}
	return fmt.Errorf("front matter: %s: %w", msg, ErrFrontMatter)
}

// fmKeys lists the accepted front matter keys per field, in priority order.
var fmKeys = struct{ title, source, author, url, date, tags, desc []string }{
	title:  []string{"title", "headline"},
	source: []string{"source", "publication", "publisher", "site", "site_name", "outlet"},
	author: []string{"author", "authors", "byline", "by"},
	url:    []string{"url", "link", "canonical", "canonical_url", "source_url", "original_url"},
	date:   []string{"published", "date", "published_at", "publish_date", "pubdate", "date_published", "created"},
	tags:   []string{"tags", "keywords", "tag"},
	desc:   []string{"description", "summary", "subtitle", "excerpt"},
}

// applyFrontMatter copies known keys (case-insensitive) into doc.
func applyFrontMatter(doc *Document, m map[string]any) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // deterministic when keys differ only in case
	lower := make(map[string]any, len(m))
	for _, k := range keys {
		if l := strings.ToLower(strings.TrimSpace(k)); lower[l] == nil {
			lower[l] = m[k]
		}
	}
	get := func(names []string) string {
		for _, n := range names {
			if s := fmString(lower[n]); s != "" {
				return s
			}
		}
		return ""
	}
	doc.Title = get(fmKeys.title)
	doc.Source = get(fmKeys.source)
	doc.Author = get(fmKeys.author)
	doc.URL = get(fmKeys.url)
	doc.Description = get(fmKeys.desc)
	for _, n := range fmKeys.date {
		switch v := lower[n].(type) {
		case time.Time:
			doc.Published = v
		case string:
			if t, ok := parseDate(v); ok {
				doc.Published = t
			}
		}
		if !doc.Published.IsZero() {
			break
		}
	}
	for _, n := range fmKeys.tags {
		switch v := lower[n].(type) {
		case string:
			doc.Tags = addTags(doc.Tags, splitList(v)...)
		case []any:
			for _, e := range v {
				doc.Tags = addTags(doc.Tags, fmString(e))
			}
		}
	}
}

// fmString renders a front matter value as text: scalars as written, lists
// joined with ", ", objects by their "name".
func fmString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return collapseSpace(x)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(x)
	case []any:
		var parts []string
		for _, e := range x {
			if s := fmString(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return fmString(x["name"])
	}
	return ""
}
