package wikilink

import (
	"strings"
)

// This file holds a small line-oriented Markdown scanner. It is not a full
// CommonMark parser: it knows just enough block and inline structure (code,
// raw HTML, inline link destinations) to tell where a [[link]] can occur, and
// it mirrors the choices goldmark makes so that Parse agrees with Render on
// ordinary notes.

// span is a half-open byte range of the source.
type span struct{ start, end int }

// rawLink is a Link plus the byte range of its (trimmed) target, which is what
// Rewrite replaces.
type rawLink struct {
	Link
	tStart, tEnd int
}

// fenceState describes an open fenced code block.
type fenceState struct {
	open   bool
	char   byte // '`' or '~'
	n      int  // length of the opening fence
	start  int  // byte offset of the opening line
	depth  int  // blockquote depth of the opening line
	indent int  // content column of the enclosing list item, 0 at top level
}

// htmlState describes an open raw HTML block (CommonMark kinds 1–7).
type htmlState struct {
	kind   int
	start  int
	depth  int // blockquote depth of the opening line
	indent int // content column of the enclosing list item, 0 at top level
}

// scanner finds links and, for Mentions, the regions where plain text is not
// prose (code, raw HTML, link destinations).
type scanner struct {
	src string
	// mentions asks for skip spans and disables the fast path that ignores
	// paragraphs without "[[".
	mentions bool
	links    []Link
	targets  []span // byte range of each link's trimmed target, for Rewrite
	skips    []span

	// Line counting is incremental because links are found in order.
	linePos, lineNo int

	paraStart, paraEnd int // current paragraph, paraStart < 0 when none
	paraDepth          int // blockquote depth where the paragraph started
	fence              fenceState
	html               htmlState
	lists              []int // content columns of open list items, innermost last

	openers []opener // unmatched '[' and "![" in the current inline region
}

// opener is a '[' (or "![") that may start a Markdown link or image.
type opener struct {
	pos    int
	image  bool
	active bool // false once a link formed after it: links do not nest
}

// scan runs the scanner over src.
func scan(src string, mentions bool) *scanner {
	s := &scanner{src: src, mentions: mentions, paraStart: -1, lineNo: 1}
	if !mentions && !strings.Contains(src, "[[") {
		return s // most notes: no block structure needed
	}
	for pos := 0; pos < len(src); {
		end, next := len(src), len(src)
		if k := strings.IndexByte(src[pos:], '\n'); k >= 0 {
			end, next = pos+k, pos+k+1
		}
		s.line(pos, end)
		pos = next
	}
	s.flush()
	if s.fence.open {
		s.skip(s.fence.start, len(src))
	}
	if s.html.kind != 0 {
		s.skip(s.html.start, len(src))
	}
	return s
}

func (s *scanner) skip(start, end int) {
	if s.mentions && end > start {
		s.skips = append(s.skips, span{start, end})
	}
}

// lineOf returns the 1-based line of byte offset pos; pos must not decrease
// between calls.
func (s *scanner) lineOf(pos int) int {
	s.lineNo += strings.Count(s.src[s.linePos:pos], "\n")
	s.linePos = pos
	return s.lineNo
}

// flush inline-scans the pending paragraph.
func (s *scanner) flush() {
	if s.paraStart >= 0 {
		s.inline(s.paraStart, s.paraEnd)
		s.paraStart = -1
	}
}

// popTo closes the list items whose content column is right of indent.
func (s *scanner) popTo(indent int) {
	for len(s.lists) > 0 && indent < s.lists[len(s.lists)-1] {
		s.lists = s.lists[:len(s.lists)-1]
	}
}

func (s *scanner) listTop() int {
	if len(s.lists) == 0 {
		return 0
	}
	return s.lists[len(s.lists)-1]
}

func (s *scanner) endFence(end int) {
	s.skip(s.fence.start, end)
	s.fence.open = false
}

func (s *scanner) endHTML(end int) {
	s.skip(s.html.start, end)
	s.html.kind = 0
}

// line processes the line src[ls:le] (le excludes the '\n').
func (s *scanner) line(ls, le int) {
	src := s.src
	e := le
	if e > ls && src[e-1] == '\r' {
		e--
	}
	// Blockquote markers: up to three spaces, '>', one optional space. col
	// is the column reached; a tab after '>' counts one column as the
	// optional space and the rest as indentation (extra).
	p, depth, col, extra := ls, 0, 0, 0
	for {
		q := p
		for q < e && q-p+extra < 3 && src[q] == ' ' {
			q++
		}
		if q < e && src[q] == '>' && q-p+extra < 4 {
			depth++
			col += q - p + 1
			p = q + 1
			extra = 0
			if p < e && src[p] == ' ' {
				p++
				col++
			} else if p < e && src[p] == '\t' {
				extra = 3 - col%4
				p++
				col += 1 + extra
			}
			continue
		}
		break
	}
	q, c := p, col
	for ; q < e; q++ {
		if src[q] == ' ' {
			c++
		} else if src[q] == '\t' {
			c += 4 - c%4
		} else {
			break
		}
	}
	indent := c - col + extra
	blank := q == e
	if s.paraStart >= 0 && depth > s.paraDepth {
		s.flush() // a new, deeper blockquote starts: no lazy continuation
	}

	if s.fence.open {
		if depth < s.fence.depth || (!blank && indent < s.fence.indent) || depth > s.fence.depth && s.fence.indent > 0 {
			// The container (quote or list item) closed, and the fence with
			// it; a new '>' inside a list item's fence sits left of the
			// item's content, so it closes the item too.
			s.endFence(ls)
		} else {
			if !blank && indent-s.fence.indent < 4 && isFenceClose(src[q:e], s.fence.char, s.fence.n) {
				s.endFence(le)
			}
			return
		}
	}
	if s.html.kind != 0 {
		switch {
		case depth < s.html.depth || !blank && indent < s.html.indent || depth > s.html.depth && s.html.indent > 0:
			s.endHTML(ls)
		case s.html.kind >= 6:
			if !blank || depth > s.html.depth { // "> " is not blank inside a top-level block
				return
			}
			s.endHTML(ls)
		default:
			if htmlBlockEnds(src[ls:e], s.html.kind) {
				s.endHTML(le)
			}
			return
		}
	}
	if blank {
		s.flush()
		return
	}
	if s.paraStart < 0 {
		s.popTo(indent)
		if indent >= s.listTop()+4 {
			s.skip(ls, le) // indented code
			return
		}
	} else if indent >= s.listTop()+4 {
		s.paraEnd = le // paragraph continuation: code cannot interrupt it
		return
	}
	s.block(ls, le, e, q, indent, depth)
}

// block classifies a non-blank line whose content starts at q.
func (s *scanner) block(ls, le, e, q, indent, depth int) {
	src := s.src
	for {
		c := src[q]
		switch c {
		case '-', '*', '_':
			if c == '-' && s.paraStart >= 0 && isSetextLine(src[q:e], '-') {
				s.paraEnd = le // a setext heading's underline ends the paragraph
				s.flush()
				return
			}
			if isThematicBreak(src[q:e], c) {
				s.flush()
				s.popTo(indent)
				return
			}
		case '=':
			if s.paraStart >= 0 && isSetextLine(src[q:e], '=') {
				s.paraEnd = le
				s.flush()
				return
			}
		case '#':
			if h := atxContent(src, q, e); h >= 0 {
				s.flush()
				s.popTo(indent)
				s.inline(h, e)
				return
			}
		case '`', '~':
			if n := fenceOpen(src[q:e], c); n > 0 {
				s.flush()
				s.popTo(indent)
				s.fence = fenceState{open: true, char: c, n: n, start: ls, depth: depth, indent: s.listTop()}
				return
			}
		case '<':
			if k := htmlBlockStart(src[q:e], s.paraStart >= 0); k != 0 {
				s.flush()
				s.popTo(indent)
				s.html = htmlState{kind: k, start: ls, depth: depth, indent: s.listTop()}
				if k < 6 && htmlBlockEnds(src[q:e], k) {
					s.endHTML(le)
				}
				return
			}
		case '>':
			// A blockquote inside a list item: strip the marker and go on.
			q++
			depth++
			if q < e && (src[q] == ' ' || src[q] == '\t') {
				q++
			}
			for q < e && (src[q] == ' ' || src[q] == '\t') {
				q++
			}
			if q == e {
				s.flush()
				return
			}
			continue
		}
		if w, spaces, ok := listMarker(src[q:e], s.paraStart >= 0); ok {
			s.flush()
			s.popTo(indent)
			if spaces > 4 {
				// "-     code": the item starts with indented code.
				s.lists = append(s.lists, indent+w+1)
				s.skip(ls, le)
				return
			}
			if spaces == 0 {
				spaces = 1
			}
			s.lists = append(s.lists, indent+w+spaces)
			q += w
			for q < e && (src[q] == ' ' || src[q] == '\t') {
				q++
			}
			if q == e {
				return // empty item
			}
			indent = s.listTop()
			continue
		}
		if s.paraStart < 0 {
			s.popTo(indent)
			s.paraStart = ls
			s.paraDepth = depth
		}
		s.paraEnd = le
		return
	}
}

// isThematicBreak reports whether line is three or more c with only blanks.
func isThematicBreak(line string, c byte) bool {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isSetextLine reports whether line is a setext underline of c ('=' or '-').
func isSetextLine(line string, c byte) bool {
	i := 0
	for i < len(line) && line[i] == c {
		i++
	}
	return i > 0 && strings.TrimRight(line[i:], " \t") == ""
}

// atxContent returns where the text of an ATX heading starting at q begins,
// or -1 when src[q:e] is not a heading.
func atxContent(src string, q, e int) int {
	n := 0
	for q+n < e && src[q+n] == '#' {
		n++
	}
	if n == 0 || n > 6 {
		return -1
	}
	if q+n == e {
		return e
	}
	if c := src[q+n]; c != ' ' && c != '\t' {
		return -1
	}
	return q + n + 1
}

// fenceOpen returns the fence length when line opens a fenced code block.
func fenceOpen(line string, c byte) int {
	n := 0
	for n < len(line) && line[n] == c {
		n++
	}
	if n < 3 {
		return 0
	}
	if c == '`' && strings.IndexByte(line[n:], '`') >= 0 {
		return 0 // a backtick fence's info string may not contain backticks
	}
	return n
}

// isFenceClose reports whether line closes a fence of n c's.
func isFenceClose(line string, c byte, n int) bool {
	m := 0
	for m < len(line) && line[m] == c {
		m++
	}
	return m >= n && strings.TrimRight(line[m:], " \t") == ""
}

// listMarker recognises a list item marker at the start of line. It returns
// the marker width and the number of columns of blanks after it (0 when the
// item is empty).
func listMarker(line string, paraOpen bool) (width, spaces int, ok bool) {
	if line == "" {
		return 0, 0, false
	}
	switch c := line[0]; {
	case c == '-' || c == '+' || c == '*':
		width = 1
	case c >= '0' && c <= '9':
		for width < len(line) && width < 10 && line[width] >= '0' && line[width] <= '9' {
			width++
		}
		if width > 9 || width == len(line) || (line[width] != '.' && line[width] != ')') {
			return 0, 0, false
		}
		if paraOpen && line[:width] != "1" {
			return 0, 0, false // only "1." may interrupt a paragraph
		}
		width++
	default:
		return 0, 0, false
	}
	rest := line[width:]
	if strings.TrimRight(rest, " \t") == "" {
		// An empty item cannot interrupt a paragraph.
		return width, 0, !paraOpen
	}
	if rest[0] != ' ' && rest[0] != '\t' {
		return 0, 0, false
	}
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case ' ':
			spaces++
		case '\t':
			spaces += 4 - (width+spaces)%4
		default:
			return width, spaces, true
		}
	}
	return width, spaces, true
}

// htmlBlockStart returns the CommonMark kind (1–7) of the raw HTML block that
// line (starting with '<') opens, or 0.
func htmlBlockStart(line string, paraOpen bool) int {
	if len(line) < 2 {
		return 0
	}
	switch {
	case strings.HasPrefix(line, "<!--"):
		return 2
	case line[1] == '?':
		return 3
	case strings.HasPrefix(line, "<![CDATA["):
		return 5
	case line[1] == '!':
		if len(line) > 2 && 'A' <= line[2] && line[2] <= 'Z' { // goldmark: upper case only
			return 4
		}
		return 0
	}
	i := 1
	closing := false
	if line[i] == '/' {
		closing = true
		i++
		for i < len(line) && line[i] == ' ' {
			i++
		}
	}
	j := i
	if j < len(line) && isASCIILetter(line[j]) {
		j++
		for j < len(line) && (isASCIIAlnum(line[j]) || line[j] == '-') {
			j++
		}
	}
	if j == i {
		return 0
	}
	name := line[i:j]
	rest := line[j:]
	if !closing && isRawTextTag(name) {
		if rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>' || strings.HasPrefix(rest, "/>") {
			return 1
		}
	}
	if isBlockTag(name) {
		if rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>' || strings.HasPrefix(rest, "/>") {
			return 6
		}
	}
	// Kind 7: a complete tag alone on its line; it cannot interrupt a paragraph.
	if paraOpen || isRawTextTag(name) {
		return 0
	}
	if end := inlineTag(line, 0, len(line)); end > 0 && strings.TrimRight(line[end:], " \t") == "" {
		return 7
	}
	return 0
}

// htmlBlockEnds reports whether line satisfies the end condition of a raw
// HTML block of kind 1–5.
func htmlBlockEnds(line string, kind int) bool {
	switch kind {
	case 1:
		return containsFold(line, "</script>") || containsFold(line, "</pre>") ||
			containsFold(line, "</style>") || containsFold(line, "</textarea>")
	case 2:
		return strings.Contains(line, "-->")
	case 3:
		return strings.Contains(line, "?>")
	case 4:
		return strings.IndexByte(line, '>') >= 0
	case 5:
		return strings.Contains(line, "]]>")
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII sub, ignoring
// ASCII case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func isRawTextTag(name string) bool {
	for _, t := range [...]string{"script", "pre", "style", "textarea"} {
		if strings.EqualFold(name, t) {
			return true
		}
	}
	return false
}

// isBlockTag reports whether name is one of CommonMark's block-level HTML
// tags (HTML block kind 6).
func isBlockTag(name string) bool {
	if len(name) > 10 {
		return false
	}
	var buf [10]byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(name)]) {
	case "address", "article", "aside", "base", "basefont", "blockquote", "body",
		"caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir",
		"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
		"frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
		"hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem",
		"meta", "nav", "noframes", "ol", "optgroup", "option", "p", "param",
		"search", "section", "summary", "table", "tbody", "td", "tfoot", "th",
		"thead", "title", "tr", "track", "ul":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' }

// isASCIIPunct reports whether c may be backslash-escaped in Markdown.
func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// inlineSpecial marks, per byte value, the bytes inline must stop at; a
// string constant is an immutable lookup table.
const inlineSpecial = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x00\x00" +
	"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// inline scans the inline region src[rs:re] (one paragraph or heading) for
// links, skipping code spans, raw HTML, autolinks and inline link
// destinations, left to right as goldmark does.
func (s *scanner) inline(rs, re int) {
	src := s.src
	if !s.mentions && !strings.Contains(src[rs:re], "[[") {
		return // the common case: nothing to find
	}
	s.openers = s.openers[:0]
	var tickFail uint64 // backtick run lengths known to have no closer
	for i := rs; i < re; {
		if inlineSpecial[src[i]] == 0 {
			i++
			continue
		}
		switch src[i] {
		case '\\':
			if i+1 < re && isASCIIPunct(src[i+1]) {
				i += 2
				continue
			}
		case '`':
			n := 1
			for i+n < re && src[i+n] == '`' {
				n++
			}
			if n < 64 && tickFail&(1<<n) != 0 {
				i += n
				continue
			}
			if j := tickCloser(src, i+n, re, n); j >= 0 {
				s.skip(i, j+n)
				i = j + n
				continue
			}
			if n < 64 {
				tickFail |= 1 << n
			}
			i += n
			continue
		case '<':
			if end := inlineHTML(src, i, re); end > 0 {
				s.skip(i, end)
				i = end
				continue
			}
		case '!':
			if i+1 < re && src[i+1] == '[' {
				if i+2 < re && src[i+2] == '[' {
					if l, ok := parseLinkAt(src, i, re, true); ok {
						s.addLink(l)
						i = l.End
						continue
					}
				}
				// goldmark takes "![" as an image opener.
				s.openers = append(s.openers, opener{pos: i, image: true, active: true})
				i += 2
				continue
			}
		case '[':
			if i+1 < re && src[i+1] == '[' {
				if l, ok := parseLinkAt(src, i, re, false); ok {
					s.addLink(l)
					i = l.End
					continue
				}
			}
			s.openers = append(s.openers, opener{pos: i, active: true})
		case ']':
			if n := len(s.openers); n > 0 {
				o := s.openers[n-1]
				s.openers = s.openers[:n-1]
				if end := linkTail(src, i+1, re); o.active && end > 0 {
					// [text](destination "title"): the destination is not prose.
					s.skip(o.pos, end)
					if !o.image {
						// A link may not contain a link: earlier openers die.
						for k := range s.openers {
							if !s.openers[k].image {
								s.openers[k].active = false
							}
						}
					}
					i = end
					continue
				}
			}
		}
		i++
	}
}

func (s *scanner) addLink(l rawLink) {
	if s.links == nil {
		// One allocation: a note has at most this many links.
		n := strings.Count(s.src, "[[")
		s.links = make([]Link, 0, n)
		s.targets = make([]span, 0, n)
	}
	l.Line = s.lineOf(l.Start)
	s.links = append(s.links, l.Link)
	s.targets = append(s.targets, span{l.tStart, l.tEnd})
}

// tickCloser finds a backtick run of exactly n in src[from:re].
func tickCloser(src string, from, re, n int) int {
	for from < re {
		k := strings.IndexByte(src[from:re], '`')
		if k < 0 {
			return -1
		}
		j := from + k
		m := 1
		for j+m < re && src[j+m] == '`' {
			m++
		}
		if m == n {
			return j
		}
		from = j + m
	}
	return -1
}

// linkTail parses "(destination "title")" at src[i:re] after a link text's
// closing bracket and returns the offset after ')', or -1.
func linkTail(src string, i, re int) int {
	if i >= re || src[i] != '(' {
		return -1
	}
	i = skipBlanks(src, i+1, re)
	if i < re && src[i] == ')' {
		return i + 1
	}
	if i >= re {
		return -1
	}
	if src[i] == '<' {
		j := i + 1
		for ; j < re && src[j] != '>'; j++ {
			if src[j] == '\n' || src[j] == '<' {
				return -1
			}
			if src[j] == '\\' && j+1 < re && isASCIIPunct(src[j+1]) {
				j++
			}
		}
		if j >= re {
			return -1
		}
		i = j + 1
	} else {
		depth, j := 0, i
		for ; j < re; j++ {
			c := src[j]
			if c == '\\' && j+1 < re && isASCIIPunct(src[j+1]) {
				j++
				continue
			}
			if c == '(' {
				depth++
			} else if c == ')' {
				if depth == 0 {
					break
				}
				depth--
			} else if c <= ' ' {
				break
			}
		}
		if j == i {
			return -1
		}
		i = j
	}
	i = skipBlanks(src, i, re)
	if i < re && src[i] == ')' {
		return i + 1
	}
	if i >= re {
		return -1
	}
	closer := src[i]
	switch closer {
	case '"', '\'':
	case '(':
		closer = ')'
	default:
		return -1
	}
	j := i + 1
	for ; j < re && src[j] != closer; j++ {
		if src[j] == '\\' && j+1 < re && isASCIIPunct(src[j+1]) {
			j++
		}
	}
	if j >= re {
		return -1
	}
	i = skipBlanks(src, j+1, re)
	if i < re && src[i] == ')' {
		return i + 1
	}
	return -1
}

func skipBlanks(src string, i, re int) int {
	for i < re && isBlank(src[i]) {
		i++
	}
	return i
}

// inlineHTML recognises an autolink or inline raw HTML at src[i] ('<') and
// returns the offset after it, or -1.
func inlineHTML(src string, i, re int) int {
	if end := autolink(src, i, re); end > 0 {
		return end
	}
	rest := src[i:re]
	switch {
	case strings.HasPrefix(rest, "<!-->"):
		return i + 5
	case strings.HasPrefix(rest, "<!--->"):
		return i + 6
	case strings.HasPrefix(rest, "<!--"):
		return until(src, i+4, re, "-->")
	case strings.HasPrefix(rest, "<?"):
		return until(src, i+1, re, "?>") // as goldmark: "<?>" is complete
	case strings.HasPrefix(rest, "<![CDATA["):
		return until(src, i+9, re, "]]>")
	case len(rest) > 2 && rest[1] == '!' && 'A' <= rest[2] && rest[2] <= 'Z':
		return until(src, i+2, re, ">")
	}
	return inlineTag(src, i, re)
}

func until(src string, from, re int, closer string) int {
	if k := strings.Index(src[from:re], closer); k >= 0 {
		return from + k + len(closer)
	}
	return -1
}

// autolink recognises <scheme:...> and <user@host> autolinks.
func autolink(src string, i, re int) int {
	j := i + 1
	if j < re && isASCIILetter(src[j]) {
		k := j + 1
		for k < re && (isASCIIAlnum(src[k]) || src[k] == '+' || src[k] == '.' || src[k] == '-') {
			k++
		}
		if k-j >= 2 && k-j <= 32 && k < re && src[k] == ':' {
			for k++; k < re && src[k] > ' ' && src[k] != '<' && src[k] != '>'; k++ {
			}
			if k < re && src[k] == '>' {
				return k + 1
			}
		}
	}
	// Email autolink.
	k := j
	for k < re && (isASCIIAlnum(src[k]) || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", src[k]) >= 0) {
		k++
	}
	if k == j || k >= re || src[k] != '@' {
		return -1
	}
	k++
	d := k
	for k < re && (isASCIIAlnum(src[k]) || src[k] == '-' || src[k] == '.') {
		k++
	}
	if k == d || k >= re || src[k] != '>' {
		return -1
	}
	return k + 1
}

// inlineTag recognises an HTML open or closing tag at src[i] and returns the
// offset after it, or -1.
func inlineTag(src string, i, re int) int {
	j := i + 1
	closing := j < re && src[j] == '/'
	if closing {
		j++
	}
	if j >= re || !isASCIILetter(src[j]) {
		return -1
	}
	for j++; j < re && (isASCIIAlnum(src[j]) || src[j] == '-'); j++ {
	}
	if closing {
		j = skipBlanks(src, j, re)
		if j < re && src[j] == '>' {
			return j + 1
		}
		return -1
	}
	for {
		k := skipBlanks(src, j, re)
		if k < re && src[k] == '>' {
			return k + 1
		}
		if k+1 < re && src[k] == '/' && src[k+1] == '>' {
			return k + 2
		}
		if k == j || k >= re {
			return -1 // attributes must be preceded by white space
		}
		// Attribute name.
		c := src[k]
		if !isASCIILetter(c) && c != '_' && c != ':' {
			return -1
		}
		for k++; k < re && (isASCIIAlnum(src[k]) || strings.IndexByte("_.:-", src[k]) >= 0); k++ {
		}
		j = k
		k = skipBlanks(src, k, re)
		if k >= re || src[k] != '=' {
			continue
		}
		k = skipBlanks(src, k+1, re)
		if k >= re {
			return -1
		}
		switch q := src[k]; q {
		case '"', '\'':
			e := strings.IndexByte(src[k+1:re], q)
			if e < 0 {
				return -1
			}
			j = k + 1 + e + 1
		default:
			e := k
			for e < re && src[e] > ' ' && strings.IndexByte("\"'=<>`", src[e]) < 0 {
				e++
			}
			if e == k {
				return -1
			}
			j = e
		}
	}
}

// parseLinkAt parses a link starting at src[i] ("[[" or, when embed, "![[")
// that must close before re and before the end of the line.
func parseLinkAt(src string, i, re int, embed bool) (rawLink, bool) {
	open := i + 2
	if embed {
		open++
	}
	j := open
	for ; ; j++ {
		if j+1 >= re {
			return rawLink{}, false
		}
		c := src[j]
		if c == ']' && src[j+1] == ']' {
			break
		}
		if c == '\n' || c == '\r' || c == '[' && src[j+1] == '[' {
			return rawLink{}, false
		}
	}
	l := rawLink{Link: Link{Embed: embed, Start: i, End: j + 2}}
	tEnd := j
	if k := strings.IndexByte(src[open:j], '|'); k >= 0 {
		l.Label = strings.TrimSpace(src[open+k+1 : j])
		tEnd = open + k
		if tEnd > open && src[tEnd-1] == '\\' {
			tEnd-- // "\|", the pipe as escaped inside GFM tables
		}
	}
	if k := strings.IndexByte(src[open:tEnd], '#'); k >= 0 {
		l.Heading = strings.TrimSpace(src[open+k+1 : tEnd])
		tEnd = open + k
	}
	raw := src[open:tEnd]
	t := strings.TrimLeftFunc(raw, isSpaceRune)
	l.tStart = tEnd - len(t)
	t = strings.TrimRightFunc(t, isSpaceRune)
	l.tEnd = l.tStart + len(t)
	l.Target = t
	if t == "" && l.Heading == "" {
		return rawLink{}, false
	}
	return l, true
}
