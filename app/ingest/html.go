package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// maxParseElements bounds the documents handed to the HTML tree parser and
// readability (whose cost grows quickly with size); larger pages use the
// token-based extraction only.
const maxParseElements = 60000

// maxReadableBytes bounds the pages given to the tree parser, whose tree
// takes ten times the page's size in memory; a larger "page" is a dump, not
// a news page, and the token scan reads it in bounded memory.
const maxReadableBytes = 4 << 20

// htmlMeta is what the head of a page says about the article.
type htmlMeta struct {
	title     string            // <title>
	metas     map[string]string // first content per lower-cased name/property/itemprop
	varied    map[string]bool   // keys given again with another content
	tags      []string          // keywords, news_keywords, article:tag
	canonical string
	jsonLD    []string
	elements  int
}

// ParseHTML parses a saved web page: metadata from <title>, <meta> tags,
// Open Graph, JSON-LD and the page's visible furniture (headline, kicker, byline,
// date line); the main content found by readability (or, when that fails or
// the page is too deep or too large for a tree parser, by a token-based
// scan preferring <article> and <main>), split into paragraphs and
// subheadings, with the photo captions of the whole page put back where
// they stood. An advertisement or aside inside a paragraph is cut out so
// that the paragraph stays whole; a short all-bold paragraph before body
// text is a subheading; readers' comments after the article are left
// out. A page without readable text is ErrNoContent.
func ParseHTML(s string) (*Document, error) {
	s, err := prepare(s)
	if err != nil {
		return nil, err
	}
	meta := scanHTML(s)
	page := scanPage(s)
	// Each rewrite reads what the last scan found and changes the source
	// the next scan reads; a page that needs none is scanned once.
	for _, rewrite := range pageRewrites {
		if r, ok := rewrite(s, page); ok {
			s, page = r, scanPage(r)
		}
	}
	full, kickers := page.blocks, page.cands
	doc := &Document{Format: FormatHTML}
	var blocks []hblock
	var rd readResult
	if meta.elements <= maxParseElements && len(s) <= maxReadableBytes {
		rd = readable(s)
		blocks = rd.blocks
	}
	if !hasBody(blocks) {
		blocks = selectMain(full)
	} else if n := bodyWords(blocks); n < 50 {
		// Readability kept a scrap (a date line); the token scan found more.
		if alt := selectMain(full); bodyWords(alt) > 150 {
			blocks = alt
		}
	} else if alt := markedMain(full); alt != nil && !seenInPage(blocks, full) {
		// Readability chose text the token scan skips (a <footer>, a
		// menu, a form) while the page marks its main content, which has
		// a paragraph of its own: the page knows best.
		blocks = alt
	}
	blocks = dropComments(blocks, full)
	applyHTMLMeta(doc, meta, rd, full)
	lay := locate(full, blocks, doc.Title)
	furnitureFromPage(doc, full, lay)
	headline := lay.headline
	if headline < 0 && doc.Title == "" {
		for i, b := range full {
			if b.kind == kindHeading && b.level == 1 {
				headline = i // the headline the loop below takes as title
				break
			}
		}
	}
	doc.Kicker = pageKicker(full, kickers, headline, doc.Title, []string{doc.Source, meta.first("og:site_name"), titleSuffix(meta.title)})
	if doc.Author == "" {
		doc.Author = cleanAuthor(rd.byline, doc.Source)
	}
	caps := pageCaptions(full, lay)

	repeated := map[string]int{}
	for _, b := range full {
		if len(b.text) < 80 {
			repeated[fold2(b.text)]++
		}
	}
	var items []item
	next := 0 // next page caption to place
	placeUpTo := func(fi int) {
		for next < len(caps) && caps[next].at < fi {
			c := caps[next].c
			items = append(items, item{caption: &c})
			next++
		}
	}
	titleFromH1 := doc.Title == ""
	for i, b := range blocks {
		if fi := lay.bodyAt[i]; fi >= 0 {
			if fi < lay.headline && lay.first > lay.headline {
				continue // above the headline: a picture's caption, a kicker, a menu
			}
			placeUpTo(fi)
		}
		if boldHeading(blocks, i) {
			b.kind = kindHeading // <p><b>The official account</b></p>
		}
		key := fold2(b.text)
		if repeated[key] >= 3 && nWords(b.text, 9) <= 8 && b.kind != kindHeading {
			continue // a gallery's or a menu's label, many times on the page
		}
		if lay.furniture[key] {
			continue
		}
		switch b.kind {
		case kindCaption:
			if len(caps) > 0 || isCaptionText(caps, b.text) {
				continue // placed from the page scan
			}
			c, ok := splitCaption(b.text)
			if !ok {
				c = Caption{Text: b.text}
			}
			items = append(items, item{caption: &c})
		case kindHeading:
			if titleFromH1 && b.level == 1 {
				doc.Title, titleFromH1 = b.text, false
				continue
			}
			if sameText(b.text, doc.Title) && (len(items) == 0 || b.level == 1) {
				continue // the headline repeated in the content
			}
			items = append(items, item{text: b.text, heading: true})
		default:
			if isCaptionText(caps, b.text) || isDataBlob(b.text) {
				continue
			}
			if len(items) == 0 && (sameText(b.text, doc.Title) || doc.Kicker != "" && sameText(b.text, doc.Kicker)) {
				continue // the headline or its kicker, kept by readability
			}
			items = append(items, item{text: b.text})
		}
	}
	placeUpTo(lay.end)
	hasText := false
	for _, it := range items {
		hasText = hasText || it.caption == nil
	}
	if !hasText && len(caps) == 0 {
		return nil, fmt.Errorf("no paragraphs, headings or captions found in %d bytes of HTML: %w", len(s), ErrNoContent)
	}
	finish(doc, items, false)
	dropEmptyTail(doc)
	if len(doc.Paragraphs) == 0 && len(doc.Captions) == 0 {
		return nil, fmt.Errorf("no paragraphs, headings or captions found in %d bytes of HTML: %w", len(s), ErrNoContent)
	}
	return doc, nil
}

// boldHeading reports a subheading set as a short paragraph all in bold
// (<p><b>The official account</b></p>) with body text after it; a
// complete sentence in bold is emphasis, and a run of bold paragraphs is a
// bold passage, not headings.
func boldHeading(blocks []hblock, i int) bool {
	b := blocks[i]
	if !b.bold || b.kind != kindPara || i+1 >= len(blocks) || nWords(b.text, 11) > 10 {
		return false
	}
	if n := blocks[i+1]; n.bold || n.kind != kindPara && n.kind != kindLoose {
		return false
	}
	t := strings.TrimRight(b.text, " \u00a0")
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") || strings.ContainsAny(t[max(0, len(t)-1):], ",;:!") {
		return false // a sentence, or a lead-in to what follows ("The letter warned:")
	}
	if innerSentenceEnd.MatchString(t) {
		return false // more than one sentence ("What about you, Ava? Who was your idol?")
	}
	if _, _, ok := bylineLine(t); ok {
		return false // "By Jane Roe" in bold: a byline, read as one
	}
	if _, _, _, ok := dateLine(t); ok {
		return false
	}
	return strings.IndexFunc(t, unicode.IsLetter) >= 0
}

// innerSentenceEnd finds a sentence ending inside a text, not an
// ellipsis ("... and automobiles").
var innerSentenceEnd = regexp.MustCompile(`[^.\s][.?!]\s+\S`)

// commentsHeadRe matches the line that opens a comments section: "Comments
// (39)", "12 comments", "Reader comments", "Post a comment", "Comments are
// now closed for this story".
var commentsHeadRe = regexp.MustCompile(`(?i)^(\d+\s+)?(readers?'?\s+|user\s+|your\s+)?comments?\s*(\(\d+\)|\[\d+\])?\s*:?$|` +
	`^comments?\s+(are\s+)?(now\s+)?closed\b|^(post|leave|add|write|submit|make)\s+(a|your|the\s+first)\s+comment\b|` +
	`^(show|view|read|hide|see)\s+(all\s+)?(\d+\s+)?comments\b|^comments\s+on\s+this\s+(story|article|entry|post)\b`)

// dropComments cuts the readers' comments after an article: everything
// from a short line that opens a comments section ("Comments are now
// closed for this story", "Comments (12)"), found in the content or in the
// whole page after the first of its paragraphs, or from the first block
// inside an element named for comments (id "comments", class
// "comment-list") when no article text follows it.
func dropComments(blocks, full []hblock) []hblock {
	isBody := func(b hblock) bool { return b.kind == kindPara || b.kind == kindLoose }
	isMarker := func(b hblock) bool {
		return b.kind != kindCaption && nWords(b.text, 9) <= 8 && commentsHeadRe.MatchString(strings.TrimSpace(b.text))
	}
	content := map[string]bool{}
	for _, b := range blocks {
		if isBody(b) {
			content[fold2(b.text)] = true
		}
	}
	// The texts that stand in the page only after its comments marker.
	marker, seenBody := -1, false
	for i, b := range full {
		if seenBody && isMarker(b) {
			marker = i
			break
		}
		seenBody = seenBody || isBody(b) && content[fold2(b.text)]
	}
	afterMarker := map[string]bool{}
	if marker >= 0 {
		for _, b := range full[marker+1:] {
			afterMarker[fold2(b.text)] = true
		}
		for _, b := range full[:marker] {
			delete(afterMarker, fold2(b.text))
		}
	}
	commentText, outside := map[string]bool{}, map[string]bool{}
	for _, b := range full {
		if b.hints&hintComment != 0 {
			commentText[fold2(b.text)] = true
		} else if nWords(b.text, 21) > 20 {
			outside[fold2(b.text)] = true
		}
	}
	inComments := func(b hblock) bool {
		if b.hints&hintComment != 0 {
			return true
		}
		k := fold2(b.text)
		return commentText[k] && !outside[k]
	}
	lastText := -1 // the last paragraph of twenty words or more outside comments
	for i, b := range blocks {
		if b.kind != kindCaption && b.kind != kindHeading && nWords(b.text, 21) > 20 && !inComments(b) {
			lastText = i
		}
	}
	body := 0
	for i, b := range blocks {
		if b.kind == kindCaption {
			continue
		}
		comment := inComments(b)
		if body > 0 && (isMarker(b) || afterMarker[fold2(b.text)] || comment && i > lastText) {
			return blocks[:i]
		}
		if b.kind != kindHeading && !comment {
			body++
		}
	}
	return blocks
}

// cutSpans returns s without the given parts, which are in order and do
// not overlap: advertisements and asides that stood inside a paragraph.
// Both readability (whose tree parser would close the paragraph at a <div>)
// and the token scan then read the text around them as one paragraph.
func cutSpans(s string, spans []span) string {
	var b strings.Builder
	b.Grow(len(s))
	at := 0
	for _, sp := range spans {
		if sp.at < at || sp.end > len(s) || sp.end < sp.at {
			continue
		}
		b.WriteString(s[at:sp.at])
		at = sp.end
	}
	b.WriteString(s[at:])
	return b.String()
}

// pageRewrites are the changes to a page's source that its scan calls for,
// in order: a hidden page shell shown, boxes inside paragraphs cut out,
// marked words unmarked, blockquote asides renamed, credits' parts joined.
var pageRewrites = []func(s string, page *extractor) (string, bool){
	func(s string, page *extractor) (string, bool) {
		shell, ok := page.hiddenShell()
		if !ok {
			return s, false
		}
		return showShell(s, shell), true
	},
	func(s string, page *extractor) (string, bool) {
		return rewriteAt(s, page.boxes, cutSpans)
	},
	func(s string, page *extractor) (string, bool) {
		return rewriteAt(s, page.marked, unmarkWords)
	},
	func(s string, page *extractor) (string, bool) {
		return rewriteAt(s, page.asides, quoteAsides)
	},
	func(s string, page *extractor) (string, bool) {
		return rewriteAt(s, page.joins, creditParts)
	},
}

// rewriteAt applies f when the scan found places for it.
func rewriteAt[T any](s string, at []T, f func(string, []T) string) (string, bool) {
	if len(at) == 0 {
		return s, false
	}
	return f(s, at), true
}

// quoteAsides rewrites the asides that are blockquotes (their start and
// end tags at tags, in page order) as <blockquote> elements: their text is
// the article's, which the scan and readability would leave out with the
// page's other asides.
func quoteAsides(s string, tags []span) string {
	var b strings.Builder
	b.Grow(len(s) + 8*len(tags))
	at := 0
	for _, t := range tags {
		if t.at < at || t.end > len(s) {
			continue
		}
		tag := s[t.at:t.end]
		i := strings.Index(strings.ToLower(tag), "aside")
		if i < 0 {
			continue
		}
		b.WriteString(s[at : t.at+i])
		b.WriteString("blockquote")
		at = t.at + i + len("aside")
	}
	b.WriteString(s[at:])
	return b.String()
}

// creditParts puts a comma after each part of a credit that the next part
// follows in an element of its own ("<span class="quote-credit">Jane
// Roe</span> <span class="quote-credit-title">Finance minister</span>"),
// as print sets them, so that the title is not read as more of the name.
// The page's source is changed rather than the scan's text because
// readability, which reads it again, drops the class names.
func creditParts(s string, at []int) string {
	var b strings.Builder
	b.Grow(len(s) + len(at))
	last := 0
	for _, i := range at {
		if i < last || i > len(s) {
			continue
		}
		// after the part's last word, before the end tag and any space
		for i > last && strings.ContainsRune(" \t\n\r\f", rune(s[i-1])) {
			i--
		}
		b.WriteString(s[last:i])
		b.WriteByte(',')
		last = i
	}
	b.WriteString(s[last:])
	return b.String()
}

// dropEmptyTail removes the subheadings at the end of a page's text that
// have no text after them, only labels ("PR", "Close"): they head lists of
// links that were left out ("Best of the site"), not a part of the
// article. Captions that stood there move to the end of the text.
func dropEmptyTail(doc *Document) {
	isHead := map[int]bool{}
	for _, h := range doc.Headings {
		isHead[h] = true
	}
	cut := len(doc.Paragraphs)
	for i := len(doc.Paragraphs) - 1; i >= 0; i-- {
		if isHead[i] {
			cut = i
			continue
		}
		if p := doc.Paragraphs[i]; nWords(p, 4) > 3 || strings.ContainsAny(p, ".!?。！？") {
			break
		}
		if i == 0 {
			return // no text before the tail
		}
	}
	if cut == len(doc.Paragraphs) || cut == 0 {
		return
	}
	doc.Paragraphs = doc.Paragraphs[:cut]
	for len(doc.Headings) > 0 && doc.Headings[len(doc.Headings)-1] >= cut {
		doc.Headings = doc.Headings[:len(doc.Headings)-1]
	}
	for k := range doc.Captions {
		doc.Captions[k].At = min(doc.Captions[k].At, cut)
	}
}

// markedMain returns the blocks inside the page's <article> (or
// itemprop=articleBody), else inside <main> (or role=main), when they hold
// a paragraph of at least 20 words; else nil.
func markedMain(full []hblock) []hblock {
	for _, in := range []func(hblock) bool{
		func(b hblock) bool { return b.inArticle },
		func(b hblock) bool { return b.inMain },
	} {
		var out []hblock
		long := false
		for _, b := range full {
			if in(b) && b.keep(8) {
				out = append(out, b)
				long = long || (b.kind == kindPara || b.kind == kindLoose) && nWords(b.text, 20) >= 20
			}
		}
		if long {
			return out
		}
	}
	return nil
}

// seenInPage reports whether any body paragraph of blocks is also a block
// of the token scan of the page.
func seenInPage(blocks, full []hblock) bool {
	keys := make(map[string]bool, len(full))
	for _, b := range full {
		keys[fold2(b.text)] = true
	}
	for _, b := range blocks {
		if (b.kind == kindPara || b.kind == kindLoose) && keys[fold2(b.text)] {
			return true
		}
	}
	return false
}

// bodyWords counts the words of the body paragraphs among blocks.
func bodyWords(blocks []hblock) int {
	n := 0
	for _, b := range blocks {
		if b.kind == kindPara || b.kind == kindLoose {
			n += nWords(b.text, 200)
		}
	}
	return n
}

// fold2 is the key under which texts are compared across the two scans of
// a page: lower case, white space collapsed.
func fold2(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = b.Len() > 0
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n - 1
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// joinFields collapses runs of white space into one space and trims the
// ends, like strings.Join(strings.Fields(s), " ") without a slice of
// words (a page may be one 20 MB paragraph).
func joinFields(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nWords counts the words of s, stopping at limit. In scripts written
// without spaces (Chinese, Japanese, Thai…) every three letters count as
// a word, about the length of a word there.
func nWords(s string, limit int) int {
	n, in, run := 0, false, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if r >= 0x0E00 && unspaced(r) {
			if run++; run%3 == 1 {
				n++
				if n >= limit {
					return n
				}
			}
			in = true
			continue
		}
		run = 0
		if !in {
			n++
			if n >= limit {
				return n
			}
			in = true
		}
	}
	return n
}

// pageLayout is where the article sits in the whole-page scan.
type pageLayout struct {
	headline  int   // index of the headline block, -1 when not found
	first     int   // index of the first body paragraph, -1 when not found
	last      int   // index of the last body paragraph, -1 when not found
	end       int   // captions before this index are placed
	bodyAt    []int // per content block: its index in the page scan, -1 when not found
	inBody    map[int]bool
	furniture map[string]bool
}

// locate finds the content blocks in the whole-page scan, in order.
func locate(full, blocks []hblock, title string) pageLayout {
	lay := pageLayout{headline: -1, first: -1, last: -1, bodyAt: make([]int, len(blocks)), furniture: map[string]bool{}, inBody: map[int]bool{}}
	index := map[string][]int{}
	for i, b := range full {
		k := fold2(b.text)
		if len(index[k]) < 8 {
			index[k] = append(index[k], i)
		}
	}
	if title != "" {
		for i, b := range full {
			if b.kind == kindHeading && sameText(b.text, title) {
				lay.headline = i
				break
			}
		}
	}
	pos := 0
	for i, b := range blocks {
		lay.bodyAt[i] = -1
		for _, fi := range index[fold2(b.text)] {
			if fi >= pos {
				lay.bodyAt[i], pos = fi, fi+1
				lay.inBody[fi] = true
				if (b.kind == kindPara || b.kind == kindLoose) && fi > lay.headline {
					if lay.first < 0 {
						lay.first = fi
					}
					lay.last = fi
				}
				break
			}
		}
	}
	lay.end = lay.last + 1
	if lay.last < 0 {
		lay.end = len(full)
	}
	return lay
}

// topZone is the part of the page between the headline and the first body
// paragraph, where the byline and date line stand.
func (lay pageLayout) topZone(n int) (int, int) {
	from, to := lay.headline+1, lay.first
	switch {
	case lay.headline < 0 && lay.first < 0:
		return 0, 0
	case lay.headline < 0:
		from = max(0, to-15)
	case lay.first < 0 || to-from > 40:
		to = min(n, from+15)
	}
	if from > to {
		from = to
	}
	return from, to
}

// furnitureFromPage reads the byline, date line and dateline that stand
// between the headline and the body (and, when still unknown, the
// "Author …" and "Date …" lines pages put in a box beside the text). Those
// lines are remembered so that they do not end up in the body.
func furnitureFromPage(doc *Document, full []hblock, lay pageLayout) {
	from, to := lay.topZone(len(full))
	var updated time.Time
	author, _, _ := strings.Cut(doc.Author, ", ")
	author = fold2(author)
	lede := to // the first paragraph of some length: short ones may be page furniture
	for lede >= 0 && lede < len(full) && lede <= lay.last && (!lay.inBody[lede] || full[lede].hints&hintByline != 0 || nWords(full[lede].text, 16) < 16) {
		lede++
	}
	// The zone runs on a little into the body: a standfirst may stand
	// before the byline. Past the first body paragraph only blocks marked
	// as byline or date count.
	for i := from; i < min(len(full), to+8); i++ {
		b := full[i]
		hinted := b.hints&(hintByline|hintDate) != 0 || b.datetime != ""
		// A block marked as the byline that names the author, up to the
		// lede, with the e-mail, the paper and the time around the name.
		namesAuthor := b.hints&hintByline != 0 && author != "" && i < lede && nWords(b.text, 31) <= 30 &&
			strings.Contains(fold2(b.text), author)
		if b.kind == kindCaption || b.kind == kindHeading && b.level <= 1 || lay.inBody[i] && !(hinted && nWords(b.text, 13) <= 12) && !namesAuthor {
			continue
		}
		if i >= to && b.hints&(hintByline|hintDate) == 0 && b.datetime == "" {
			continue
		}
		if bylineLabels[strings.ToLower(strings.TrimSpace(b.text))] && i+1 < len(full) && doc.Author == "" {
			// "By:" and the name in the next element
			next := full[i+1].text
			if a := cleanAuthor(next, doc.Source); a != "" && nWords(next, 7) <= 6 && sameText(a, next) {
				doc.Author = a
				lay.furniture[fold2(next)] = true
			}
			continue
		}
		t := b.text
		words := nWords(t, 31)
		if words > 30 {
			continue
		}
		used := false
		_, _, _, isDate := dateLine(t)
		if names, rest, ok := bylineLine(t); ok || b.hints&hintByline != 0 && words <= 12 && !isDate {
			if !ok {
				names = cleanAuthor(t, doc.Source)
				if len(strings.Fields(names))*2 < words || strings.ContainsAny(lastWord(t), "?!") {
					names = "" // a sentence, not a byline
				}
			}
			if names != "" && doc.Author == "" {
				doc.Author = names
			}
			for _, part := range rest {
				if d, ok := findDate(part); ok && doc.Published.IsZero() {
					doc.Published = d
				}
			}
			used = names != ""
		}
		if d, ok := pageDate(b); ok {
			if doc.Author == "" && b.hints&hintDate != 0 && words <= 12 {
				doc.Author = cleanAuthor(t, doc.Source) // "Noah Charney Dec 28 2014, 8:01 AM ET"
			}
			l := strings.ToLower(t)
			if strings.Contains(l, "updated") || strings.Contains(l, "modified") {
				if updated.IsZero() {
					updated = d
				}
			} else if doc.Published.IsZero() {
				doc.Published = d
			}
			used = true
		}
		if place, _, rest, ok := splitDateline(t); ok && place != "" && nWords(rest, 6) <= 5 && !strings.ContainsAny(rest, ".!?") {
			if doc.Dateline == "" {
				doc.Dateline = place // "WASHINGTON — The Globe and Mail"
			}
			used = true
		}
		if !used && namesAuthor {
			if d, ok := findDate(t); ok && doc.Published.IsZero() {
				doc.Published = d // "… By Jane Roe | The Ledger on January 2, 2015 at 3:52 PM"
			}
			used = true
		}
		if used {
			lay.furniture[fold2(t)] = true
		}
	}
	if doc.Published.IsZero() {
		doc.Published = updated
	}
	// Labelled lines outside the text: "Author Ben Knight", "Date
	// 19.01.2020". Inside it they belong to a gallery or a quoted box.
	for i, b := range full {
		if doc.Author != "" && !doc.Published.IsZero() {
			break
		}
		if lay.first >= 0 && i >= lay.first && i <= lay.last {
			continue
		}
		words := strings.Fields(b.text)
		if len(words) < 2 || len(words) > 8 {
			continue
		}
		switch strings.ToLower(strings.TrimRight(words[0], ":")) {
		case "author", "authors", "byline":
			if doc.Author == "" {
				doc.Author = cleanAuthor(strings.Join(words[1:], " "), doc.Source)
			}
		case "date", "published", "posted":
			if d, ok := findDate(strings.Join(words[1:], " ")); ok && doc.Published.IsZero() {
				doc.Published = d
			}
		}
	}
}

// pageDate reads the date of a date-line block: the datetime of a <time>
// element, or a line that is only a date.
func pageDate(b hblock) (time.Time, bool) {
	if b.datetime != "" {
		if t, ok := parseDate(b.datetime); ok {
			return t, true
		}
	}
	if t, _, _, ok := dateLine(b.text); ok {
		return t, true
	}
	if b.hints&hintDate != 0 && nWords(b.text, 13) <= 12 {
		return findDate(b.text)
	}
	return time.Time{}, false
}

// placedCaption is a caption of the page and where it stood in the scan.
type placedCaption struct {
	at int
	c  Caption
}

// creditTailRe matches a photo credit in brackets at the end of a caption:
// "(Sean Kilpatrick / THE CANADIAN PRESS)", "(AP Photo)", "(Getty Images)".
var creditTailRe = regexp.MustCompile(`(?i)\((?:[^()]*\S\s*/\s*\S[^()]*|[^()]*\b(?:photo|press|reuters|afp|getty|images|ap)\b[^()]*)\)\s*$`)

// Caption limits: longer "captions" are text boxes, not captions.
const maxCaptionWords = 90

// creditRe recognises a block that is only a photo credit.
var creditRe = regexp.MustCompile(`(?i)^[(\[]?\s*(photo|photograph|photographer|picture|image|images|illustration|graphic|video|credit|photo credit|source)s?\b\s*(by|:)|^[^.!?]{2,60}/\s*(getty images|reuters|ap|afp|epa|bloomberg|shutterstock|alamy)\s*$|^[^.!?]{2,40}/(getty|reuters|ap|afp)\b`)

// pageCaptions collects the captions in and just above the article, with
// their credits, without repeats.
func pageCaptions(full []hblock, lay pageLayout) []placedCaption {
	if lay.first < 0 {
		return nil
	}
	from := lay.headline + 1
	if lay.headline < 0 {
		from = max(0, lay.first-12)
	}
	// Photos set right above the headline, nothing but their captions
	// between them and it, are the article's (ctv.ca puts them first) when
	// each caption names its photographer or agency: other captions there
	// are a weather box's, a teaser's or a logo's.
	if lay.headline > 0 {
		for j := lay.headline - 1; j >= 0 && j >= lay.headline-6 && full[j].kind == kindCaption; j-- {
			if _, ok := splitCaption(full[j].text); !ok && !isWireCaption(full[j].text) && !creditTailRe.MatchString(full[j].text) {
				break
			}
			from = j
		}
	}
	var out []placedCaption
	seen := map[string]bool{}
	used := map[int]bool{}
	pendingCredit := ""
	add := func(i int, c Caption, raw string) {
		lay.furniture[fold2(raw)] = true
		used[i] = true
		k := fold2(c.Text)
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		if c.Credit == "" && pendingCredit != "" {
			c.Credit = pendingCredit
		}
		pendingCredit = ""
		out = append(out, placedCaption{at: i, c: c})
	}
	// looseCaption: a short text in no paragraph, next to a credit.
	looseCaption := func(j int) bool {
		if j < from || j >= len(full) || used[j] || lay.furniture[fold2(full[j].text)] {
			return false
		}
		b := full[j]
		return b.kind == kindLoose && nWords(b.text, 51) <= 50 && !isCredit(b) && b.hints&(hintByline|hintDate) == 0
	}
	for i := from; i < lay.end && i < len(full); i++ {
		b := full[i]
		if used[i] || nWords(b.text, maxCaptionWords+1) > maxCaptionWords {
			continue
		}
		credit := isCredit(b)
		if !credit && i > 0 && creditLabelRe.MatchString(full[i-1].text) && nWords(b.text, 11) <= 10 {
			credit = true // "Photo by:" in one element, the name in the next
			lay.furniture[fold2(full[i-1].text)] = true
		}
		if b.kind != kindCaption && !credit && !(b.kind != kindHeading && isWireCaption(b.text)) {
			continue
		}
		if credit {
			cr := creditText(b.text)
			lay.furniture[fold2(b.text)] = true
			used[i] = true
			switch n := len(out); {
			case n > 0 && out[n-1].c.Credit == "" && i-out[n-1].at <= 3:
				out[n-1].c.Credit = cr
			case looseCaption(i - 1):
				pendingCredit = cr
				add(i-1, Caption{Text: full[i-1].text}, full[i-1].text)
			case looseCaption(i + 1):
				pendingCredit = cr
				add(i+1, Caption{Text: full[i+1].text}, full[i+1].text)
			default:
				pendingCredit = cr
			}
			continue
		}
		c, ok := splitCaption(b.text)
		if !ok {
			c = Caption{Text: b.text}
		}
		add(i, c, b.text)
	}
	// Sort by position: a caption found from its credit may come late.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].at < out[j-1].at; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// creditLabelRe is a label standing alone before a credit.
var creditLabelRe = regexp.MustCompile(`(?i)^(photo|photograph|image|picture|credit)s?( by| credit)?\s*:?$`)

// isCredit reports a block that is only a photo credit.
func isCredit(b hblock) bool {
	n := nWords(b.text, 16)
	return n <= 15 && (b.hints&hintCredit != 0 || creditRe.MatchString(b.text))
}

// creditText is a credit without its label ("Photo by X" → "X").
func creditText(s string) string {
	s = strings.Trim(strings.TrimSpace(s), "|() ")
	for _, pre := range []string{"photograph by", "photographer:", "photo by", "photo:", "photos:", "image:", "images:", "credit:", "photo credit:", "picture:", "illustration:", "source:", "photograph:", "image by"} {
		if r, ok := cutPrefixFold(s, pre); ok {
			return strings.TrimSpace(r)
		}
	}
	return s
}

// isCaptionText reports whether a content paragraph is one of the page's
// captions (or a caption run together with its credit).
func isCaptionText(caps []placedCaption, t string) bool {
	k := fold2(t)
	for _, c := range caps {
		ck := fold2(c.c.Text)
		if ck == "" {
			continue
		}
		if k == ck || strings.HasSuffix(k, ck) && len(k)-len(ck) < 60 || strings.HasPrefix(k, ck) && len(k)-len(ck) < 60 {
			return true
		}
	}
	return false
}

// sameText compares two texts regardless of case, spacing, quote style and
// a final full stop.
func sameText(a, b string) bool {
	if la, lb := len(a), len(b); la > 2*lb+16 || lb > 2*la+16 {
		return false // white space and quotes cannot make up the difference
	}
	norm := func(s string) string {
		s = quoteFolder.Replace(joinFields(s))
		return strings.TrimRight(s, ".!? ")
	}
	return strings.EqualFold(norm(a), norm(b))
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ")

// readResult is readability's view of the page.
type readResult struct {
	blocks    []hblock
	title     string
	byline    string
	siteName  string
	published time.Time
}

// readable runs readability on the parsed tree. The tree parser refuses
// nesting deeper than 512 elements, and any panic inside readability is
// turned into "no result": the caller then falls back to the token scan.
func readable(s string) (res readResult) {
	defer func() {
		if recover() != nil {
			res = readResult{}
		}
	}()
	root, err := html.Parse(strings.NewReader(s))
	if err != nil || root == nil {
		return readResult{}
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxParseElements
	art, err := p.ParseAndMutate(root, nil)
	if err != nil || art.Node == nil {
		return readResult{}
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, art.Node); err != nil {
		return readResult{}
	}
	res.blocks = extractHTML(buf.String())
	res.title = strings.TrimSpace(art.Title())
	res.byline = strings.TrimSpace(art.Byline())
	res.siteName = strings.TrimSpace(art.SiteName())
	if t, err := art.PublishedTime(); err == nil {
		res.published = t
	}
	return res
}

// scanHTML reads the metadata with the tokenizer (linear, no tree) and
// counts elements.
func scanHTML(s string) htmlMeta {
	m := htmlMeta{metas: map[string]string{}, varied: map[string]bool{}}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return m
		case html.StartTagToken, html.SelfClosingTagToken:
			m.elements++
			name, hasAttr := z.TagName()
			switch string(name) {
			case "title":
				if tt == html.StartTagToken && m.title == "" && z.Next() == html.TextToken {
					m.title = collapseSpace(strings.Join(strings.Fields(string(z.Text())), " "))
				}
			case "meta":
				if hasAttr {
					m.meta(attrs(z))
				}
			case "link":
				if hasAttr {
					a := attrs(z)
					if strings.EqualFold(a["rel"], "canonical") && m.canonical == "" {
						m.canonical = strings.TrimSpace(a["href"])
					}
				}
			case "script":
				if tt != html.StartTagToken || !hasAttr {
					continue
				}
				if typ := strings.ToLower(strings.TrimSpace(attrs(z)["type"])); typ == "application/ld+json" && len(m.jsonLD) < 20 {
					if z.Next() == html.TextToken {
						m.jsonLD = append(m.jsonLD, string(z.Text()))
					}
				}
			}
		}
	}
}

// attrs returns a tag's attributes with lower-case keys (first wins).
func attrs(z *html.Tokenizer) map[string]string {
	a := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		key := strings.ToLower(string(k))
		if _, dup := a[key]; !dup {
			a[key] = string(v)
		}
		if !more {
			return a
		}
	}
}

func (m *htmlMeta) meta(a map[string]string) {
	content := strings.TrimSpace(dropInvisible(a["content"]))
	if content == "" || len(content) > 10000 {
		return
	}
	for _, attr := range []string{"property", "name", "itemprop"} {
		key := strings.ToLower(strings.TrimSpace(a[attr]))
		if key == "" {
			continue
		}
		switch key {
		case "keywords", "news_keywords", "article:tag":
			m.tags = addTags(m.tags, splitList(content)...)
		}
		if old, dup := m.metas[key]; !dup {
			m.metas[key] = content
		} else if old != content {
			m.varied[key] = true
		}
	}
}

// first returns the first non-empty meta content among keys.
func (m *htmlMeta) first(keys ...string) string {
	for _, k := range keys {
		if v := m.metas[k]; v != "" {
			return v
		}
	}
	return ""
}

// firstOnce is first for keys that must have one value: a date given
// several times with different values belongs to a list of stories.
func (m *htmlMeta) firstOnce(keys ...string) string {
	for _, k := range keys {
		if v := m.metas[k]; v != "" && !m.varied[k] {
			return v
		}
	}
	return ""
}

// applyHTMLMeta fills the document's metadata, preferring structured data
// (JSON-LD, Open Graph) over plain tags, the page's own headline over a
// <title> padded with the site's name, and readability's guesses last.
// Values that name the site rather than a person are not authors; a key
// given several times with different values (the dates of the related
// stories in a list) is not trusted.
func applyHTMLMeta(doc *Document, m htmlMeta, rd readResult, full []hblock) {
	var ld ldArticle
	for _, raw := range m.jsonLD {
		if a, ok := parseJSONLD(raw); ok {
			ld = a
			break
		}
	}
	site := unescapeTwice(m.first("og:site_name"))
	host := hostLetters(firstNonEmpty(m.first("og:url"), ld.url, m.canonical))
	if site != "" && !siteConfirmed(site, m.title, host) {
		site = ""
	}
	titleSite := titleSuffix(m.title)
	doc.Source = firstNonEmpty(site, ld.publisher, m.first("application-name"), titleSite, rd.siteName)
	sites := []string{doc.Source, site, titleSite, unescapeTwice(m.first("og:site_name")), ld.publisher}
	doc.Title = pickTitle(full, sites, ld.headline, m.first("og:title"), m.first("twitter:title"), m.first("headline"),
		m.first("title"), m.first("dc.title"), m.title, rd.title)
	if doc.Source == "" {
		doc.Source = siteAfterHeadline(m.title, doc.Title)
	}
	authorKeys := []string{"author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
		"article:author", "og:article:author", "article:authorname", "article_author", "cse_author", "nydn_byline", "search.byline"}
	var cands []string
	cands = append(cands, ld.authors)
	for _, k := range authorKeys {
		if v := m.first(k); !isURL(v) {
			cands = append(cands, v)
		}
	}
	for _, c := range cands {
		if a := cleanAuthor(c, sites...); a != "" {
			doc.Author = a
			break
		}
	}
	doc.URL = firstNonEmpty(m.first("og:url"), ld.url, m.canonical)
	for _, d := range []string{
		m.first("article:published_time"), m.first("og:article:published_time"), ld.published,
		m.firstOnce("date", "pubdate", "publishdate", "publish-date", "publish_date", "datepublished", "dc.date",
			"dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date",
			"og:published_time", "article.published", "article_date_original", "displaydate", "prism.publicationdate",
			"publication_date", "pub_date", "date_published", "cxenseparse:recs:publishtime"),
	} {
		if t, ok := parseDate(d); ok {
			doc.Published = t
			break
		}
	}
	if doc.Published.IsZero() {
		doc.Published = rd.published
	}
	doc.Tags = addTags(m.tags, ld.keywords...)
	doc.Description = unescapeTwice(firstNonEmpty(m.first("og:description", "description", "twitter:description"), ld.description))
}

// hostLetters is the host of a URL in lower-case letters only.
func hostLetters(u string) string {
	u = strings.ToLower(u)
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	return lettersOnly(u)
}

func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// siteConfirmed reports whether og:site_name names the site: it appears in
// the <title> or in the host name, or there is nothing to check it
// against. Some pages put a section there ("U.S.").
func siteConfirmed(site, title, host string) bool {
	if title == "" && host == "" {
		return true
	}
	l := lettersOnly(site)
	if len(l) >= 3 && host != "" && strings.Contains(host, strings.TrimSuffix(l, "com")) {
		return true
	}
	for _, seg := range titleSegments(title) {
		if sameText(seg, site) || len(l) >= 3 && lettersOnly(seg) == l {
			return true
		}
	}
	return false
}

// titleSeps separate a headline from the site's name in <title>.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " / ", "| "}

// titleSegments splits a <title> at the separators pages use.
func titleSegments(t string) []string {
	segs := []string{t}
	for _, sep := range titleSeps {
		var next []string
		for _, s := range segs {
			for _, p := range strings.Split(s, sep) {
				if p = strings.TrimSpace(p); p != "" {
					next = append(next, p)
				}
			}
		}
		segs = next
	}
	return segs
}

// headlineSep returns the separator that follows headline h at the start
// of title t ("Headline : Section : Site" gives " : "), or "". With the
// headline known, separators too common inside headlines to split on
// blindly (" : ") are recognised.
func headlineSep(t, h string) string {
	t, h = joinFields(t), joinFields(h)
	if h == "" || len(t) <= len(h) || !strings.EqualFold(t[:len(h)], h) {
		return ""
	}
	for _, sep := range append([]string{" : ", " ： "}, titleSeps...) {
		if strings.HasPrefix(t[len(h):], sep) {
			return sep
		}
	}
	return ""
}

// siteAfterHeadline is the site name that ends a <title> made of the
// headline and other segments ("Headline : Section : Site"), or "".
func siteAfterHeadline(t, h string) string {
	sep := headlineSep(t, h)
	if sep == "" {
		return ""
	}
	t = joinFields(t)
	segs := strings.Split(t[len(joinFields(h))+len(sep):], strings.TrimSpace(sep))
	last := strings.TrimSpace(segs[len(segs)-1])
	if _, ok := findDate(last); ok || !strings.ContainsFunc(last, unicode.IsLetter) || nWords(last, 5) > 4 {
		return ""
	}
	return last
}

// titleSuffix is the site's name in a <title>: a domain name at the start
// ("CTV.ca | Headline"), else the end of "Headline | Site", a short last
// segment that is not a date, without the section a "Site > Section"
// segment adds.
func titleSuffix(t string) string {
	segs := titleSegments(t)
	if len(segs) > 1 && domainRe.MatchString(segs[0]) {
		return segs[0]
	}
	for i := len(segs) - 1; i > 0; i-- {
		s := segs[i]
		if _, ok := findDate(s); ok || !strings.ContainsFunc(s, unicode.IsLetter) {
			continue
		}
		if site, _, ok := strings.Cut(s, " > "); ok && nWords(site, 5) <= 4 {
			return strings.TrimSpace(site) // "Independent Online Edition > Legal"
		}
		if nWords(s, 5) <= 4 {
			return s
		}
		break
	}
	return ""
}

// domainRe matches a site named by its domain ("CTV.ca",
// "ContraCostaTimes.com").
var domainRe = regexp.MustCompile(`(?i)^(www\.)?[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(com|net|org|info|ca|us|uk|ie|au|nz|in|za)$`)

// stripSite removes the site's name, dates and the like from a title
// ("Headline | Site | 19.01.2020" → "Headline", "Site | Section |
// Headline" → "Headline"); a title without such a segment is kept whole,
// separators and all.
func stripSite(t string, sites []string) string {
	segs := titleSegments(t)
	if len(segs) < 2 {
		return t
	}
	var kept []string
	removed, leading := false, false
	for k, s := range segs {
		drop := false
		for _, site := range sites {
			l := lettersOnly(site)
			drop = drop || site != "" && (sameText(s, site) || len(l) >= 2 && (lettersOnly(s) == l || strings.TrimSuffix(l, "com") == lettersOnly(s)))
		}
		if _, ok := findDate(s); ok && nWords(s, 5) <= 4 {
			drop = true
		}
		if drop {
			removed, leading = true, leading || k == 0
			continue
		}
		kept = append(kept, s)
	}
	if !removed || len(kept) == 0 {
		return t
	}
	if leading {
		// "Site | Section | Headline": the headline comes last.
		return kept[len(kept)-1]
	}
	return kept[0]
}

// pickTitle chooses the headline: the page's own <h1> (or <h2>) when a
// title from the metadata says the same, else the first metadata title
// without the site's name.
func pickTitle(full []hblock, sites []string, cands ...string) string {
	var heads []string
	for _, b := range full {
		if b.kind == kindHeading && b.level <= 2 && len(heads) < 12 {
			heads = append(heads, b.text)
		}
	}
	for _, h := range heads {
		for _, c := range cands {
			c = unescapeTwice(collapseSpace(c))
			for _, seg := range append([]string{c}, titleSegments(c)...) {
				if c != "" && nWords(h, 3) >= 2 && !isSiteName(h, sites) && sameText(h, seg) {
					return h // the page's headline, as the metadata has it
				}
			}
			if nWords(h, 3) >= 2 && !isSiteName(h, sites) && headlineSep(c, h) != "" {
				return h // "Headline : Section : Site"
			}
		}
	}
	for _, c := range cands {
		c = unescapeTwice(collapseSpace(c))
		if c == "" {
			continue
		}
		best, bestScore := "", 0.0
		for _, h := range heads {
			if nWords(h, 4) < 3 || isSiteName(h, sites) {
				continue
			}
			for _, seg := range append([]string{c}, titleSegments(c)...) {
				if sc := wordOverlap(h, seg); sc > bestScore {
					best, bestScore = h, sc
					if fh, fs := fold2(h), fold2(seg); fh != fs && strings.HasPrefix(fh, fs) && nWords(seg, 4) >= 3 {
						best = seg // the <h1> carries a button's text after the headline
					}
				}
			}
		}
		if bestScore >= 0.6 {
			return best
		}
	}
	for _, c := range cands {
		if c = unescapeTwice(collapseSpace(c)); c != "" {
			return stripSite(c, sites)
		}
	}
	return ""
}

func isSiteName(s string, sites []string) bool {
	for _, site := range sites {
		if site != "" && sameText(s, site) {
			return true
		}
	}
	return false
}

// wordOverlap is the share of words two titles have in common, over the
// longer one's count.
func wordOverlap(a, b string) float64 {
	wa, wb := titleWordsOf(a), titleWordsOf(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	set := map[string]int{}
	for _, w := range wb {
		set[w]++
	}
	common := 0
	for _, w := range wa {
		if set[w] > 0 {
			set[w]--
			common++
		}
	}
	return float64(common) / float64(max(len(wa), len(wb)))
}

func titleWordsOf(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(quoteFolder.Replace(s))) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = collapseSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// ldArticle is what JSON-LD says about the article.
type ldArticle struct {
	headline, authors, published, publisher, url, description string
	keywords                                                  []string
}

// JSON-LD walking limits, against hostile nesting and huge graphs.
const (
	maxLDDepth = 12
	maxLDNodes = 5000
)

// parseJSONLD finds the first article object in a JSON-LD script: at the
// top, in an array, or inside @graph; author and publisher may be strings,
// objects, arrays or @id references into the graph.
func parseJSONLD(raw string) (ldArticle, bool) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<!--")
	raw = strings.TrimSuffix(raw, "-->")
	raw = strings.TrimPrefix(strings.TrimSpace(raw), "//<![CDATA[")
	raw = strings.TrimSuffix(strings.TrimSpace(raw), "//]]>")
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return ldArticle{}, false
	}
	ids := map[string]map[string]any{}
	var objs []map[string]any
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > maxLDDepth || len(objs) >= maxLDNodes {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, x)
			if id, ok := x["@id"].(string); ok && id != "" {
				if _, dup := ids[id]; !dup {
					ids[id] = x
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "itemListElement"} {
				if sub, ok := x[k]; ok {
					walk(sub, depth+1)
				}
			}
		}
	}
	walk(v, 0)
	for _, o := range objs {
		if !isArticleType(o["@type"]) {
			continue
		}
		a := ldArticle{
			headline:    firstNonEmpty(ldString(o["headline"]), ldString(o["name"])),
			authors:     strings.Join(ldNames(o["author"], ids, 0), ", "),
			published:   firstNonEmpty(ldString(o["datePublished"]), ldString(o["dateCreated"])),
			url:         firstNonEmpty(ldString(o["url"]), ldRef(o["mainEntityOfPage"])),
			description: ldString(o["description"]),
		}
		if pub := ldNames(o["publisher"], ids, 0); len(pub) > 0 {
			a.publisher = pub[0]
		}
		switch k := o["keywords"].(type) {
		case string:
			a.keywords = splitList(k)
		case []any:
			for _, e := range k {
				if s := ldString(e); s != "" {
					a.keywords = append(a.keywords, s)
				}
			}
		}
		return a, true
	}
	return ldArticle{}, false
}

// articleTypes are schema.org types of news and blog articles.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "reportagenews": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "askpublicnewsarticle": true, "blogposting": true, "liveblogposting": true,
	"report": true, "scholarlyarticle": true, "techarticle": true, "socialmediaposting": true,
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		x = x[strings.LastIndexAny(x, "/:#")+1:]
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldString returns a JSON-LD value as text (a string, or an object's
// @value/name).
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return collapseSpace(x)
	case float64:
		return fmt.Sprint(x)
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return collapseSpace(s)
		}
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldRef returns a URL from a string or an object's @id / url.
func ldRef(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return firstNonEmpty(ldString(x["@id"]), ldString(x["url"]))
	}
	return ""
}

// ldNames returns the names of people or organisations given as strings,
// objects with "name", @id references, or arrays of those.
func ldNames(v any, ids map[string]map[string]any, depth int) []string {
	if depth > 4 {
		return nil
	}
	switch x := v.(type) {
	case string:
		if s := collapseSpace(x); s != "" && !isURL(s) {
			return []string{s}
		}
	case map[string]any:
		if n := ldString(x["name"]); n != "" {
			return []string{n}
		}
		if id, ok := x["@id"].(string); ok {
			if ref, ok := ids[id]; ok {
				return ldNames(ref, ids, depth+1)
			}
		}
	case []any:
		var out []string
		for _, e := range x {
			for _, n := range ldNames(e, ids, depth+1) {
				if !containsFold(out, n) {
					out = append(out, n)
				}
			}
		}
		return out
	}
	return nil
}

func containsFold(list []string, s string) bool {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return true
		}
	}
	return false
}
