package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blockKind classifies extracted HTML text blocks.
type blockKind uint8

const (
	kindLoose   blockKind = iota // text directly inside a container (div, td, body)
	kindPara                     // p, li, blockquote, pre, dd, dt
	kindHeading                  // h1–h6
	kindCaption                  // figcaption
)

// hblock is one block of text found in HTML.
type hblock struct {
	text      string
	kind      blockKind
	level     int  // heading level 1–6
	inArticle bool // inside <article> (or itemprop=articleBody)
	inMain    bool // inside <main> (or role=main)
	hints     hint // what the enclosing elements' class, id, itemprop or rel say
	datetime  string
	implicit  bool // a caption found by layout (text alone beside a picture), not by markup
	start     int  // serial of the last element opened before the block's text began
	header    int  // serial of the innermost enclosing header element (<header>, class "…-header"), 0 if none
	dropped   int  // link-only blocks dropped before this one (see flush)
	bold      bool // a paragraph (<p>) whose text is all bold (<b>, <strong>)
}

// hint is what a page's markup says a block is, from the names its
// designers gave the elements around it.
type hint uint8

const (
	hintByline  hint = 1 << iota // byline, author, contributor
	hintDate                     // date, time, published, posted, dateline
	hintCredit                   // credit, photographer
	hintCaption                  // caption
	hintCrumb                    // breadcrumb: the path to the page, never a kicker
	hintComment                  // comments, comment-list: readers' comments
)

// hintsOf reads a class, id, itemprop or rel value.
func hintsOf(v string) hint {
	v = strings.ToLower(v)
	var h hint
	for _, w := range []string{"byline", "author", "contributor", "writer", "creator"} {
		if strings.Contains(v, w) {
			h |= hintByline
		}
	}
	for _, w := range []string{"date", "time", "publish", "posted", "dateline"} {
		if strings.Contains(v, w) {
			h |= hintDate
		}
	}
	if strings.Contains(v, "credit") || strings.Contains(v, "photographer") {
		h |= hintCredit
	}
	if strings.Contains(v, "caption") && !strings.Contains(v, "no-caption") && !strings.Contains(v, "nocaption") {
		h |= hintCaption
	}
	if strings.Contains(v, "breadcrumb") || strings.Contains(v, "crumbs") {
		h |= hintCrumb
	}
	if classWords(v, isCommentWord) {
		h |= hintComment
	}
	return h
}

// isCommentWord reports a class or id word naming readers' comments
// ("comments", "commentList", "comment-body"), not "commentary".
func isCommentWord(w string) bool {
	return strings.HasPrefix(w, "comment") && !strings.HasPrefix(w, "commentar") && !strings.HasPrefix(w, "commentat")
}

// adWords name, in a class or id, an advertisement ("articleEmbeddedAdBox",
// "ad-slot", "adsbygoogle", "sponsored").
var adWords = map[string]bool{
	"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true, "advertising": true,
	"adbox": true, "adslot": true, "adunit": true, "adsense": true, "adsbygoogle": true, "dfp": true,
	"sponsor": true, "sponsored": true,
}

// kickerWords name, in a class, id or itemprop, the element that holds the
// label over a headline: "kicker", "c-overline", "eyebrow",
// "content__section-label", "articleSection", "ArticleHeader-channel",
// "ngart-hl__tag", "categoryHeadline".
var kickerWords = map[string]bool{
	"kicker": true, "eyebrow": true, "overline": true, "rubric": true, "flag": true, "supertitle": true,
	"overtitle": true, "topper": true, "category": true, "section": true, "channel": true, "topic": true,
	"tag": true, "dachzeile": true, "surtitre": true,
}

// menuWords name a menu, whose items are not kickers even when their
// class says "category" (WordPress: "menu-item-object-category").
var menuWords = map[string]bool{"menu": true, "nav": true, "navbar": true, "navigation": true, "subnav": true}

// blockquoteWords name, in an <aside>'s class, a quotation set in the
// text's flow by the page's editor ("comp-rich-text-blockquote"): the
// article's words, unlike a pull quote that repeats them.
var blockquoteWords = map[string]bool{"blockquote": true}

// headerWords name an element that holds an article's headline block.
var headerWords = map[string]bool{"header": true, "heading": true, "headline": true, "hed": true, "hgroup": true}

// classWords splits a class, id or itemprop value into lower-case words
// at every non-letter and at camel-case humps ("ArticleHeader-channel-1DzNK"
// gives article, header, channel, dz, nk), calling f until it says stop.
func classWords(v string, f func(w string) bool) bool {
	start := -1
	for i := 0; i <= len(v); i++ {
		c := byte(0)
		if i < len(v) {
			c = v[i]
		}
		lower, upper := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z'
		hump := upper && i > 0 && 'a' <= v[i-1] && v[i-1] <= 'z'
		if start >= 0 && (!lower && !upper || hump) {
			if f(strings.ToLower(v[start:i])) {
				return true
			}
			start = -1
		}
		if start < 0 && (lower || upper) {
			start = i
		}
	}
	return false
}

// hasWord reports whether a class, id or itemprop value has one of words.
func hasWord(v string, words map[string]bool) bool {
	return classWords(v, func(w string) bool { return words[w] })
}

// imgMark remembers a picture until its container closes: text standing
// alone beside it there is its caption.
type imgMark struct {
	depth  int // stack length when the container was the top
	blocks int // blocks before the picture
	alt    string
	raised bool // the picture's own frame held nothing else; depth is the frame around it
}

// Extractor limits: bounded memory and time on hostile nesting.
const (
	maxStack      = 2048 // open elements tracked; deeper ones are counted only
	maxEndLookup  = 64   // how far up an end tag may close elements
	maxBlockBytes = 1 << 20
	maxBoxes      = 1024 // boxes inside paragraphs cut from a page
)

// frame is one open element on the extractor's stack.
type frame struct {
	name    string
	kind    blockKind // effective kind of text directly inside
	level   int
	skip    bool
	caption bool
	article bool
	main    bool
	link    bool
	hints   hint
	time    string // datetime of a <time> element
	serial  int    // order in which the element was opened, from 1
	header  bool   // <header>, <hgroup> or an element whose class says header
	kicker  bool   // its class, id or itemprop names a kicker (kickerWords)
	menu    bool   // its class or id names a menu or navigation
	bold    bool   // <b> or <strong>
	boxAt   int    // 1 + byte offset of its start tag when it is a box inside a paragraph (see inlineBox)
	quote   bool   // an <aside> its class calls a blockquote (see quoteAsides)
}

// kickerCand is the text of an element whose markup names it a kicker
// ("section-label", "eyebrow"), remembered with where it stood among the
// blocks: such labels are often a lone link, which flush drops.
type kickerCand struct {
	text    string
	at      int  // index of the block it stands in or before
	dropped int  // link-only blocks dropped before it closed
	crumb   bool // inside a breadcrumb or a menu
}

// kickerCapture gathers the text of an open kicker element.
type kickerCapture struct {
	depth int // stack length with the element on top
	text  strings.Builder
	bad   bool // too long, or holds a heading: a container, not a label
}

// Bounds on kicker candidates: a label is short, and a page has few.
const (
	maxKickerBytes = 120
	maxKickerCands = 4096
	maxCaptures    = 4
)

// extractor walks HTML tokens (never a tree, so nesting depth does not
// matter) and cuts the text into blocks at block-level element boundaries.
type extractor struct {
	stack    []frame
	overflow int // start tags not pushed because the stack was full
	skip     int // open elements whose text is ignored
	caption  int
	article  int
	main     int
	link     int // open <a> elements
	linkLen  int // bytes of the current block written inside links
	buf      strings.Builder
	space    bool
	brRun    bool // the last token was <br> (white space aside)
	blocks   []hblock
	img      *imgMark
	alts     []string // alt texts of recent pictures
	serial   int      // elements opened so far
	bufStart int      // serial when the current block's text began
	dropped  int      // link-only blocks dropped so far
	captures []*kickerCapture
	cands    []kickerCand
	tokAt    int         // byte offset of the current token
	tokLen   int         // its length in bytes
	shown    int         // bytes of text read (not skipped)
	hiding   *hiddenSpan // the open element hidden by its style, if outermost skip
	shell    hiddenSpan  // the hidden element with the most text so far
	bold     int         // open <b> and <strong> elements
	boldLen  int         // bytes of the current block written inside them
	box      int         // open boxes inside a paragraph
	boxes    []span      // boxes inside paragraphs, start tag to end tag, in page order
	marked   []span      // start tags of words marked inside a paragraph (commentTags), in page order
	carry    string      // a pull quote's opening mark, standing alone, for the next block
	credit   int         // the block's length when an inline credit element last closed, -1 if none
	creditAt int         // byte offset of that element's end tag
	joins    []int       // byte offsets where a credit's parts meet without a separator (creditParts)
	asides   []span      // start and end tags of asides that are blockquotes, in page order (quoteAsides)
}

// span is a part of the page's source, from byte at up to end.
type span struct{ at, end int }

// hiddenSpan is an element hidden by its style attribute
// ("display:none"), where its start tag stands and how much text it holds
// outside scripts, menus and other skipped elements.
type hiddenSpan struct {
	at, n int // byte offset and length of the start tag
	depth int // stack length with the element on top
	text  int // bytes of text inside
}

// skipTags hold no article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true,
	"nav": true, "footer": true, "aside": true, "form": true, "button": true, "select": true,
	"textarea": true, "iframe": true, "object": true, "canvas": true, "audio": true, "video": true,
	"head": true, "dialog": true, "menu": true, "noembed": true, "noframes": true,
}

// contentTags start a paragraph of their own kind.
var contentTags = map[string]blockKind{
	"p": kindPara, "li": kindPara, "dd": kindPara, "dt": kindPara, "blockquote": kindPara,
	"pre": kindPara, "caption": kindPara,
	"h1": kindHeading, "h2": kindHeading, "h3": kindHeading, "h4": kindHeading, "h5": kindHeading, "h6": kindHeading,
	"figcaption": kindCaption,
}

// boundaryTags are block-level containers: they end the current paragraph.
var boundaryTags = map[string]bool{
	"div": true, "section": true, "article": true, "main": true, "header": true, "body": true,
	"html": true, "ul": true, "ol": true, "dl": true, "table": true, "tbody": true, "thead": true,
	"tfoot": true, "tr": true, "td": true, "th": true, "figure": true, "address": true,
	"details": true, "summary": true, "center": true, "fieldset": true, "legend": true,
	"hgroup": true, "picture": true,
}

var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true,
	"wbr": true, "keygen": true, "basefont": true, "frame": true, "image": true,
}

func isBlockTag(name string) bool {
	_, content := contentTags[name]
	return content || boundaryTags[name] || blockSkipTags[name]
}

// phraseTags mark words inside a sentence; a link or an emphasis whose
// class says "sponsored" is still part of the sentence, not a box.
var phraseTags = map[string]bool{
	"a": true, "b": true, "strong": true, "em": true, "i": true, "u": true, "mark": true, "abbr": true,
	"cite": true, "q": true, "time": true, "sup": true, "sub": true, "small": true, "code": true,
}

// blockSkipTags are the skipped elements that are block-level; the other
// skipped ones (script, button, svg…) may sit inside a paragraph.
var blockSkipTags = map[string]bool{
	"nav": true, "footer": true, "aside": true, "form": true, "head": true, "dialog": true, "menu": true,
}

// extractHTML returns the text blocks of an HTML document or fragment.
func extractHTML(s string) []hblock {
	blocks, _ := extractPage(s)
	return blocks
}

// extractPage returns the text blocks of an HTML document and the
// elements its markup names kickers.
func extractPage(s string) ([]hblock, []kickerCand) {
	e := scanPage(s)
	return e.blocks, e.cands
}

// hiddenShell reports the element that hides most of a page's text by its
// style (display:none, visibility:hidden): a page shell that the page's
// scripts show once they have run, as a reader sees it. A hidden element
// with less text than the page shows is a closed dialog, a menu or a slide
// show, and stays hidden.
func (e *extractor) hiddenShell() (hiddenSpan, bool) {
	return e.shell, e.shell.n > 0 && e.shell.text >= minShellText && e.shell.text > 2*e.shown
}

// minShellText is the least text (bytes) a hidden page shell holds.
const minShellText = 200

// showShell rewrites the start tag of a hidden page shell without its style
// attribute, so that both readability and the token scan read its text.
func showShell(s string, h hiddenSpan) string {
	return retag(s, []span{{at: h.at, end: h.at + h.n}}, func(k string) bool { return strings.EqualFold(k, "style") })
}

// unmarkWords rewrites the start tags of words a page marks inside a
// paragraph for readers to comment on (Yahoo's <span
// class="comment-selection">) without their class and id: readability drops
// any element whose class names comments, and with it those words from the
// middle of a sentence.
func unmarkWords(s string, tags []span) string {
	return retag(s, tags, func(k string) bool { return strings.EqualFold(k, "class") || strings.EqualFold(k, "id") })
}

// retag rewrites the start tags at tags (in page order) without the
// attributes drop names.
func retag(s string, tags []span, drop func(key string) bool) string {
	var b strings.Builder
	b.Grow(len(s))
	at := 0
	for _, t := range tags {
		if t.at < at || t.end > len(s) {
			continue
		}
		z := html.NewTokenizer(strings.NewReader(s[t.at:t.end]))
		if tt := z.Next(); tt != html.StartTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		b.WriteString(s[at:t.at])
		b.WriteByte('<')
		b.Write(name)
		for hasAttr {
			k, v, more := z.TagAttr()
			if !drop(string(k)) {
				b.WriteByte(' ')
				b.Write(k)
				b.WriteString(`="`)
				b.WriteString(html.EscapeString(string(v)))
				b.WriteByte('"')
			}
			hasAttr = more
		}
		b.WriteByte('>')
		at = t.end
	}
	b.WriteString(s[at:])
	return b.String()
}

// scanPage runs the extractor over a page.
func scanPage(s string) *extractor {
	e := &extractor{stack: make([]frame, 0, 64), credit: -1}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		e.tokAt += e.tokLen
		e.tokLen = len(z.Raw())
		switch tt {
		case html.ErrorToken:
			e.flush()
			if e.hiding != nil && e.hiding.text > e.shell.text {
				e.shell = *e.hiding // never closed
			}
			return e
		case html.TextToken:
			if e.skip == 0 {
				t := z.Text()
				e.shown += len(bytes.TrimSpace(t))
				e.text(t)
			} else if e.hiding != nil && e.skip == 1 {
				e.hiding.text += len(bytes.TrimSpace(z.Text()))
			}
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			e.start(string(name), z, hasAttr, false)
		case html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			e.start(string(name), z, hasAttr, true)
		case html.EndTagToken:
			name, _ := z.TagName()
			e.end(string(name))
		}
	}
}

func (e *extractor) top() *frame {
	if len(e.stack) == 0 {
		return nil
	}
	return &e.stack[len(e.stack)-1]
}

func (e *extractor) start(name string, z *html.Tokenizer, hasAttr, selfClosing bool) {
	if name != "br" {
		e.brRun = false
	}
	if voidTags[name] {
		switch name {
		case "br":
			// <br><br> separates paragraphs on old-style pages.
			if e.brRun {
				e.boundary()
			}
			e.space = true
			e.brRun = true
			return
		case "hr":
			e.boundary()
		case "img":
			e.picture(z, hasAttr)
		}
		return
	}
	if isBlockTag(name) {
		e.boundary()
	}
	// <p>a<p>b and <li>a<li>b: the new element closes the open one.
	if t := e.top(); t != nil && t.name == name && (name == "p" || name == "li" || name == "dt" || name == "dd") {
		e.pop()
	}
	if selfClosing {
		return
	}
	if len(e.stack) >= maxStack {
		e.overflow++
		return
	}
	f := frame{name: name, kind: kindLoose}
	if t := e.top(); t != nil {
		f.kind, f.level = t.kind, t.level
	}
	if k, ok := contentTags[name]; ok {
		f.kind = k
		if k == kindHeading {
			f.level = int(name[1] - '0')
		}
	}
	f.skip = skipTags[name]
	f.caption = name == "figcaption"
	captionClass := false
	styleHidden := false
	f.article = name == "article"
	f.main = name == "main"
	f.link = name == "a"
	f.bold = name == "b" || name == "strong"
	ad := false
	if hasAttr {
		for {
			key, val, more := z.TagAttr()
			switch string(key) {
			case "hidden":
				f.skip = true
			case "aria-hidden":
				f.skip = f.skip || string(val) == "true"
			case "style":
				v := strings.ToLower(strings.ReplaceAll(string(val), " ", ""))
				styleHidden = strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
			case "role":
				f.main = f.main || string(val) == "main"
			case "itemprop":
				f.article = f.article || string(val) == "articleBody"
				f.hints |= hintsOf(string(val))
				f.kicker = f.kicker || hasWord(string(val), kickerWords)
			case "class", "id", "rel":
				f.hints |= hintsOf(string(val))
				f.quote = f.quote || name == "aside" && key[0] == 'c' && hasWord(string(val), blockquoteWords)
				if key[0] != 'r' {
					ad = ad || hasWord(string(val), adWords)
					f.kicker = f.kicker || hasWord(string(val), kickerWords)
					f.header = f.header || hasWord(string(val), headerWords)
					f.menu = f.menu || hasWord(string(val), menuWords)
				}
			case "datetime":
				if name == "time" {
					f.time = strings.TrimSpace(string(val))
				}
			}
			if !more {
				break
			}
		}
	}
	if name == "time" {
		f.hints |= hintDate
	}
	if f.hints&hintComment != 0 && !isBlockTag(name) && e.skip == 0 && e.inParagraph() {
		e.marked = append(e.marked, span{at: e.tokAt, end: e.tokAt + e.tokLen})
	}
	if (ad && !phraseTags[name] || blockSkipTags[name]) && e.skip == 0 && e.box == 0 && e.inParagraph() {
		// An advertisement or an aside inside a paragraph ("Tom <div
		// class="adBox">…</div>Koenigs"): ParseHTML cuts it out, so that
		// the text around it stays one paragraph.
		f.boxAt = e.tokAt + 1
	}
	f.header = f.header || name == "header" || name == "hgroup"
	if f.kind == kindHeading {
		for _, c := range e.captures {
			c.bad = true // a container of headings, not a label
		}
	}
	// A caption hidden by style is a slide show's, shown on request.
	hiddenByStyle := !f.skip && styleHidden && f.hints&hintCaption == 0
	f.skip = f.skip || hiddenByStyle
	if name == "aside" && f.hints&hintCaption != 0 {
		f.skip = false // <aside class="caption">
	}
	// An element its designers call a caption is one, like <figcaption>;
	// its text is kept apart from the paragraphs around it.
	captionClass = f.hints&hintCaption != 0 && e.caption == 0 && !f.skip
	if captionClass && !isBlockTag(name) {
		e.flush()
	}
	f.caption = f.caption || captionClass
	if f.quote && len(e.asides) < maxBoxes {
		e.asides = append(e.asides, span{at: e.tokAt, end: e.tokAt + e.tokLen})
	} else {
		f.quote = false
	}
	if f.hints&hintCredit != 0 && !isBlockTag(name) && e.buf.Len() > 0 && e.buf.Len() == e.credit && len(e.joins) < maxBoxes {
		e.joins = append(e.joins, e.creditAt)
	}
	e.push(f)
	if hiddenByStyle && e.skip == 1 && !selfClosing {
		e.hiding = &hiddenSpan{at: e.tokAt, n: e.tokLen, depth: len(e.stack)}
	}
}

// picture notes an <img> and its alt text; the nearest block-level
// container decides, when it closes, whether text beside the picture is
// its caption.
func (e *extractor) picture(z *html.Tokenizer, hasAttr bool) {
	alt := ""
	if hasAttr {
		for {
			k, v, more := z.TagAttr()
			if string(k) == "alt" {
				alt = collapseSpace(string(v))
			}
			if !more {
				break
			}
		}
	}
	if nWords(alt, 5) >= 4 {
		if len(e.alts) >= 8 {
			e.alts = e.alts[1:]
		}
		e.alts = append(e.alts, alt)
	}
	for i := len(e.stack) - 1; i >= 0; i-- {
		if isBlockTag(e.stack[i].name) {
			if _, content := contentTags[e.stack[i].name]; content {
				return // a picture inside a paragraph: the paragraph is text
			}
			e.img = &imgMark{depth: i + 1, blocks: len(e.blocks), alt: alt}
			return
		}
	}
}

// inParagraph reports whether the innermost open content element is a
// <p>, whose text a box may interrupt.
func (e *extractor) inParagraph() bool {
	for i := len(e.stack) - 1; i >= 0 && i >= len(e.stack)-maxEndLookup; i-- {
		if _, content := contentTags[e.stack[i].name]; content {
			return e.stack[i].name == "p"
		}
		if isBlockTag(e.stack[i].name) {
			return false
		}
	}
	return false
}

func (e *extractor) push(f frame) {
	e.serial++
	f.serial = e.serial
	e.stack = append(e.stack, f)
	if f.kicker && !f.skip && e.skip == 0 && len(e.captures) < maxCaptures {
		e.captures = append(e.captures, &kickerCapture{depth: len(e.stack)})
	}
	if f.skip {
		e.skip++
	}
	if f.caption {
		e.caption++
	}
	if f.article {
		e.article++
	}
	if f.main {
		e.main++
	}
	if f.link {
		e.link++
	}
	if f.bold {
		e.bold++
	}
	if f.boxAt > 0 {
		e.box++
	}
}

func (e *extractor) pop() {
	if e.img != nil && len(e.stack) == e.img.depth {
		e.flush()
		if m := e.img; !m.raised && len(e.blocks) == m.blocks {
			// Nothing beside the picture in its frame ("crop_container"):
			// its caption may follow in the element around the frame.
			for i := len(e.stack) - 2; i >= 0; i-- {
				if isBlockTag(e.stack[i].name) {
					if _, content := contentTags[e.stack[i].name]; !content {
						m.depth, m.raised = i+1, true
					}
					break
				}
			}
		}
		if m := e.img; m.depth == len(e.stack) {
			e.closePicture()
		}
	}
	if n := len(e.captures); n > 0 && e.captures[n-1].depth == len(e.stack) {
		e.endCapture(e.captures[n-1])
		e.captures = e.captures[:n-1]
	}
	if e.hiding != nil && e.hiding.depth == len(e.stack) {
		if e.hiding.text > e.shell.text {
			e.shell = *e.hiding
		}
		e.hiding = nil
	}
	f := e.stack[len(e.stack)-1]
	e.stack = e.stack[:len(e.stack)-1]
	if f.hints&hintCredit != 0 && !isBlockTag(f.name) && e.skip == 0 {
		e.credit, e.creditAt = e.buf.Len(), e.tokAt
	}
	if f.skip {
		e.skip--
	}
	if f.caption {
		e.caption--
	}
	if f.article {
		e.article--
	}
	if f.main {
		e.main--
	}
	if f.link {
		e.link--
	}
	if f.bold {
		e.bold--
	}
	if f.boxAt > 0 {
		e.box--
	}
}

func (e *extractor) end(name string) {
	if voidTags[name] {
		if name == "br" { // </br> acts as <br> in browsers
			e.space = true
		}
		return
	}
	block := isBlockTag(name)
	if e.overflow > 0 {
		e.overflow--
		if block {
			e.boundary()
		}
		return
	}
	for i := len(e.stack) - 1; i >= 0 && i >= len(e.stack)-maxEndLookup; i-- {
		if e.stack[i].name != name {
			continue
		}
		if e.stack[i].quote {
			e.asides = append(e.asides, span{at: e.tokAt, end: e.tokAt + e.tokLen})
		}
		if at := e.stack[i].boxAt; at > 0 && len(e.boxes) < maxBoxes {
			e.boxes = append(e.boxes, span{at: at - 1, end: e.tokAt + e.tokLen})
		}
		closesCaption := false
		for _, f := range e.stack[i:] {
			closesCaption = closesCaption || f.caption
		}
		if closesCaption {
			e.flush()
		} else if block {
			e.boundary()
		}
		for len(e.stack) > i {
			e.pop()
		}
		return
	}
	// A stray end tag: ignore, but still end the paragraph if it was a block.
	if block && name != "body" && name != "html" {
		e.boundary()
	}
}

// endCapture records the text of a kicker element as it closes.
func (e *extractor) endCapture(c *kickerCapture) {
	text := strings.TrimSpace(c.text.String())
	if c.bad || text == "" || len(e.cands) >= maxKickerCands {
		return
	}
	crumb := false
	for i := len(e.stack) - 1; i >= 0 && i >= len(e.stack)-8; i-- {
		crumb = crumb || e.stack[i].hints&hintCrumb != 0 || e.stack[i].menu
	}
	e.cands = append(e.cands, kickerCand{text: text, at: len(e.blocks), dropped: e.dropped, crumb: crumb})
}

// closePicture runs when the container of a picture closes: one or two
// short blocks after the picture, and nothing else, are its caption and
// credit.
func (e *extractor) closePicture() {
	m := e.img
	e.img = nil
	after := e.blocks[min(m.blocks, len(e.blocks)):]
	if len(after) == 0 || len(after) > 3 {
		return
	}
	if m.raised {
		// Around the picture's frame only a caption by markup, and a
		// short line after it that is its credit ("JANE ROE").
		if len(after) == 2 && after[0].kind == kindCaption && after[1].kind != kindHeading &&
			after[1].kind != kindCaption && nWords(after[1].text, 7) <= 6 && !strings.ContainsAny(after[1].text, ".!?") {
			after[1].kind, after[1].implicit = kindCaption, true
			after[1].hints |= hintCredit
		}
		return
	}
	words := 0
	for _, b := range after {
		if b.kind == kindHeading {
			return
		}
		words += nWords(b.text, 51)
	}
	if words > 50 {
		return
	}
	for i := range after {
		if after[i].kind != kindCaption {
			after[i].kind = kindCaption
			after[i].implicit = true
		}
	}
}

// boundary ends the current block at a block-level tag, except inside a
// figcaption, whose parts (text, credit) form one caption.
func (e *extractor) boundary() {
	if e.caption > 0 {
		e.space = true
		return
	}
	e.flush()
}

// text appends a text token, collapsing ASCII white space (HTML's
// definition) but keeping non-breaking spaces.
func (e *extractor) text(t []byte) {
	if e.buf.Len() > maxBlockBytes {
		return
	}
	if hasInvisible(t) { // "&shy;", "&ZeroWidthSpace;"
		t = []byte(dropInvisible(string(t)))
	}
	if len(bytes.TrimSpace(t)) > 0 {
		e.brRun = false
	}
	if held := strings.TrimSpace(e.buf.String()); held == "" || openingMarks(held) {
		switch quoteLabel(t) { // a label opens its block, never inside a sentence
		case labelStart:
			return
		case labelEnd:
			t = []byte(" — ")
		}
	}
	before := e.buf.Len()
	if before == 0 {
		e.bufStart = e.serial
		if c := e.carry; c != "" && len(bytes.TrimSpace(t)) > 0 {
			e.carry = ""
			if r, _ := utf8.DecodeRune(bytes.TrimSpace(t)); !isQuoteMark(r) {
				e.buf.WriteString(c)
				t = bytes.TrimLeft(t, " \t\n\r\f")
				e.space = false
			}
		}
	}
	e.capture(t)
	start := -1
	for i, c := range t {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			if start >= 0 {
				e.buf.Write(t[start:i])
				start = -1
			}
			e.space = true
			continue
		}
		if start < 0 {
			if e.space && e.buf.Len() > 0 {
				e.buf.WriteByte(' ')
			}
			e.space = false
			start = i
		}
	}
	if start >= 0 {
		e.buf.Write(t[start:])
	}
	if e.link > 0 {
		e.linkLen += e.buf.Len() - before
	}
	if e.bold > 0 {
		e.boldLen += e.buf.Len() - before
	}
}

// capture adds a text token to the open kicker elements.
func (e *extractor) capture(t []byte) {
	for _, c := range e.captures {
		if c.bad {
			continue
		}
		for _, w := range bytes.Fields(t) {
			if c.text.Len()+len(w) >= maxKickerBytes {
				c.bad = true
				break
			}
			if c.text.Len() > 0 {
				c.text.WriteByte(' ')
			}
			c.text.Write(w)
		}
	}
}

// flush ends the current block.
func (e *extractor) flush() {
	e.space = false
	if e.buf.Len() == 0 {
		return
	}
	text := strings.TrimSpace(e.buf.String())
	linkLen, boldLen := e.linkLen, e.boldLen
	e.buf.Reset()
	e.linkLen, e.boldLen, e.credit = 0, 0, -1
	if text == "" {
		return
	}
	if openingMarks(text) {
		e.carry = text // a pull quote's mark, set apart from its words
		return
	}
	b := hblock{text: text, kind: kindLoose, inArticle: e.article > 0, inMain: e.main > 0, start: e.bufStart, dropped: e.dropped}
	for i := len(e.stack) - 1; i >= 0 && i >= len(e.stack)-64; i-- {
		if e.stack[i].header && e.stack[i].kind != kindHeading { // around the heading, not the heading
			b.header = e.stack[i].serial
			break
		}
	}
	if t := e.top(); t != nil {
		b.kind, b.level = t.kind, t.level
	}
	b.bold = b.kind == kindPara && boldLen >= len(text) && e.inParagraph()
	for i := len(e.stack) - 1; i >= 0 && i >= len(e.stack)-8; i-- {
		b.hints |= e.stack[i].hints
		if b.datetime == "" {
			b.datetime = e.stack[i].time
		}
	}
	if e.caption > 0 {
		b.kind = kindCaption
	}
	for _, a := range e.alts {
		if b.kind != kindHeading && sameText(a, text) {
			b.kind, b.implicit = kindCaption, true
		}
	}
	if (b.kind == kindPara || b.kind == kindLoose) && e.navigation(text, linkLen) {
		// Counted, so that a label is known to stand right above the
		// headline only when no such link stood between; a kicker that
		// was a lone link is remembered among the candidates.
		if n := len(e.cands); n == 0 || e.cands[n-1].at != len(e.blocks) || !sameText(e.cands[n-1].text, text) {
			e.dropped++
		}
		return
	}
	e.blocks = append(e.blocks, b)
}

// navigation reports a block of links rather than article text: a short
// one that is all link text ("Home", "Read more"), a whole link of a
// headline's length (a teaser for another story), or a list item that is
// mostly a link with a little text beside it, a story in a list of stories
// with its date or section ("Robot enters the reactor building (April 18,
// 01:28)").
func (e *extractor) navigation(text string, linkLen int) bool {
	if linkLen*10 >= len(text)*8 && nWords(text, 11) < 10 || linkLen*20 >= len(text)*19 && nWords(text, 21) < 20 {
		return true
	}
	if linkLen*2 < len(text) || nWords(text, 21) > 20 {
		return false
	}
	for i := len(e.stack) - 1; i >= 0 && i >= len(e.stack)-8; i-- {
		if _, content := contentTags[e.stack[i].name]; content {
			return e.stack[i].name == "li"
		}
	}
	return false
}

// keep reports whether a block belongs to the text; loose text in the
// fallback extraction must look like prose, not a menu.
func (b hblock) keep(minLooseWords int) bool {
	if b.kind != kindLoose || minLooseWords <= 1 {
		return true
	}
	return nWords(b.text, minLooseWords+1) >= minLooseWords
}

// hasBody reports whether blocks contain at least one body paragraph.
func hasBody(blocks []hblock) bool {
	for _, b := range blocks {
		if b.kind == kindPara || b.kind == kindLoose {
			return true
		}
	}
	return false
}

// selectMain picks the blocks of the main content for the fallback path:
// those inside <article>, else inside <main>, else all, dropping short
// loose text (menus, buttons).
func selectMain(blocks []hblock) []hblock {
	filter := func(pick func(hblock) bool, minWords int) []hblock {
		var out []hblock
		for _, b := range blocks {
			if pick(b) && b.keep(minWords) {
				out = append(out, b)
			}
		}
		return out
	}
	for _, pick := range []func(hblock) bool{
		func(b hblock) bool { return b.inArticle },
		func(b hblock) bool { return b.inMain },
		func(hblock) bool { return true },
	} {
		if out := filter(pick, 8); hasBody(out) {
			return out
		}
	}
	return filter(func(hblock) bool { return true }, 1)
}

// Pull quotes' labels for screen readers, which the site's style sheet
// hides: "Start Quote" beside the opening mark, "End Quote" before the
// credit (BBC). The first is dropped; the second becomes the dash that
// sets a credit apart in print.
const (
	labelNone = iota
	labelStart
	labelEnd
)

// quoteLabel reads a text token that is only such a label.
func quoteLabel(t []byte) int {
	t = bytes.TrimSpace(t)
	if len(t) < len("End Quote") || len(t) > len("Start Quote") {
		return labelNone
	}
	switch s := string(t); {
	case strings.EqualFold(s, "Start Quote"), strings.EqualFold(s, "Open Quote"):
		return labelStart
	case strings.EqualFold(s, "End Quote"), strings.EqualFold(s, "Close Quote"):
		return labelEnd
	}
	return labelNone
}

// openingMarks reports a block that is nothing but opening quotation
// marks: a pull quote's large mark, set in an element of its own.
func openingMarks(s string) bool {
	for _, r := range s {
		switch r {
		case '“', '‘', '„', '«', '"', ' ':
		default:
			return false
		}
	}
	return s != ""
}

// isQuoteMark reports a quotation mark of either side.
func isQuoteMark(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '„', '«', '»', '"', '\'':
		return true
	}
	return false
}
