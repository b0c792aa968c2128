package pdf

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier/app/ingest"
)

// FormatPDF is the Document.Format of an imported PDF.
const FormatPDF = "pdf"

// line is one line of text in one column.
type line struct {
	Top, Bottom, X0, X1, Size float64
	Text                      string
	Bold                      bool
	page, block               int
	blockX0, blockX1          float64
}

// layout turns the lines of every page into a Document.
func layout(raw rawDoc) (*ingest.Document, error) {
	if raw.chars == 0 {
		return nil, fmt.Errorf("%w (%d pages, no characters)", ErrNoText, len(raw.Pages))
	}
	body := bodySize(raw.sizes)

	// Blocks are numbered per page; number them through the document.
	var pages [][]line
	base := 0
	for pi, p := range raw.Pages {
		next := base
		for i := range p.Lines {
			l := &p.Lines[i]
			l.page = pi
			l.block += base
			next = max(next, l.block+1)
		}
		base = next
		pages = append(pages, p.Lines)
	}
	dropFurniture(pages, raw.Pages)

	var mainLines []line
	var notes [][]line
	for pi, ls := range pages {
		m, n := splitFootnotes(ls, body, raw.Pages[pi].Height)
		mainLines = append(mainLines, m...)
		if len(n) > 0 {
			notes = append(notes, n)
		}
	}
	paras := paragraphs(mainLines, body)
	if len(paras) == 0 {
		return nil, fmt.Errorf("%w (%d pages, only page furniture)", ErrNoText, len(raw.Pages))
	}

	doc := &ingest.Document{Format: FormatPDF}
	doc.Author = cleanMeta(raw.Author)
	doc.Description = cleanMeta(raw.Subject)
	doc.Published = pdfDate(raw.Created)
	for _, k := range strings.FieldsFunc(raw.Keywords, func(r rune) bool { return r == ',' || r == ';' }) {
		if k = strings.TrimSpace(k); k != "" && len(doc.Tags) < 20 {
			doc.Tags = append(doc.Tags, k)
		}
	}
	first := 0
	after := -1 // the paragraph after the title, where a byline would be
	meta := titleFromMeta(raw.Title)
	vis, kick := visibleTitle(paras, body)
	if vis >= 0 {
		vt := stripLabel(paras[vis].text)
		// The title as the first page prints it, unless the metadata has a
		// title and the page's largest line is unlike it and too short to be
		// more than a logo or a banner ("ACME", "Draft").
		if meta == "" || similarTitles(meta, vt) || len(strings.Fields(vt)) >= 3 {
			doc.Title = vt
			if kick >= 0 {
				doc.Kicker = paras[kick].text
				paras = append(paras[:kick:kick], paras[kick+1:]...)
				vis--
			}
			paras = append(paras[:vis:vis], paras[vis+1:]...)
			after = vis
		}
	}
	if doc.Title == "" && meta != "" {
		doc.Title = meta
		if len(paras) > 1 && sameText(paras[0].text, doc.Title) {
			first, after = 1, 1
		} else {
			for i := 1; i < len(paras) && i < 6; i++ {
				if sameText(paras[i].text, doc.Title) {
					after = i + 1
				}
			}
		}
	}
	// Papers put their authors' names under the title, not in the metadata.
	if doc.Author == "" && after >= first && after < len(paras) && paras[after].page == paras[0].page {
		if a, ok := byline(paras[after].text); ok {
			doc.Author = a
			paras = append(paras[:after:after], paras[after+1:]...)
		}
	}
	// A date standing alone on the first page is the document's date; the
	// file's creation date (metadata) is only a fallback.
	for i := first; i < len(paras) && i < first+15 && paras[i].page == paras[first].page; i++ {
		if t, ok := dateLine(paras[i].text); ok {
			doc.Published = t
			paras = append(paras[:i:i], paras[i+1:]...)
			break
		}
	}
	for _, p := range paras[first:] {
		if p.heading {
			doc.Headings = append(doc.Headings, len(doc.Paragraphs))
		}
		doc.Paragraphs = append(doc.Paragraphs, p.text)
	}
	if len(notes) > 0 {
		var ns []string
		for _, n := range notes {
			ns = append(ns, footnoteParas(n)...)
		}
		if len(ns) > 0 {
			doc.Headings = append(doc.Headings, len(doc.Paragraphs))
			doc.Paragraphs = append(doc.Paragraphs, "Notes")
			doc.Paragraphs = append(doc.Paragraphs, ns...)
		}
	}
	if len(doc.Paragraphs) == 0 {
		return nil, fmt.Errorf("%w (%d pages, only a title)", ErrNoText, len(raw.Pages))
	}
	if doc.Title == "" {
		doc.Title, doc.TitleGuessed = guessTitle(doc.Paragraphs[0]), true
	}
	return doc, nil
}

// cleanSpans drops control characters (PDFium's placeholders for glyphs
// without a Unicode value), empty spans and spans off the page's text.
func cleanSpans(in []span) []span {
	out := in[:0]
	for _, s := range in {
		t := strings.Map(func(r rune) rune {
			switch {
			case r == '\u00ad' || r == 0x02: // soft hyphen / PDFium's end-of-line hyphen
				return '\u00ad'
			case r == '\t' || r == '\n' || r == '\r' || r == '\u00a0':
				return ' '
			case r < 0x20 || r == 0xfffd || r == 0xfffe || r == 0xffff || (r >= 0xe000 && r <= 0xf8ff):
				return -1
			}
			return r
		}, s.Text)
		if strings.TrimSpace(t) == "" || math.IsNaN(s.X0+s.X1+s.Top+s.Bottom) {
			continue
		}
		s.Text = t
		out = append(out, s)
	}
	return out
}

// pageLines lays out one page's spans: columns, then lines in each.
func pageLines(spans []span, width float64) []line {
	var ls []line
	for block, b := range columns(spans, width) {
		bl := toLines(b)
		if len(bl) == 0 {
			continue
		}
		bx0, bx1 := math.Inf(1), math.Inf(-1)
		for _, l := range bl {
			bx0, bx1 = math.Min(bx0, l.X0), math.Max(bx1, l.X1)
		}
		for i := range bl {
			bl[i].block, bl[i].blockX0, bl[i].blockX1 = block, bx0, bx1
		}
		ls = append(ls, bl...)
	}
	return ls
}

// countSizes adds the spans' characters to a count by type size.
func countSizes(count map[float64]int, spans []span) int {
	n := 0
	for _, s := range spans {
		c := utf8.RuneCountInString(s.Text)
		count[math.Round(s.Size*2)/2] += c
		n += c
	}
	return n
}

// bodySize is the font size of most characters.
func bodySize(count map[float64]int) float64 {
	best, n := 10.0, -1
	for sz, c := range count {
		if c > n || (c == n && sz < best) {
			best, n = sz, c
		}
	}
	if best <= 0 {
		return 10
	}
	return best
}

// columns splits a page's spans into blocks in reading order: where a
// vertical gutter with no text runs down the page, the text on its left is
// read before the text on its right, between the lines that cross it (titles,
// figures, a full-width abstract). Sides are split again, so three columns
// work too.
func columns(spans []span, width float64) [][]span {
	return splitCols(spans, 0)
}

func splitCols(spans []span, depth int) [][]span {
	if len(spans) < 8 || depth > 3 {
		return [][]span{spans}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range spans {
		lo, hi = math.Min(lo, s.X0), math.Max(hi, s.X1)
	}
	w := hi - lo
	if w < 50 || w > 20000 {
		return [][]span{spans}
	}
	bins := int(w) + 1
	cover := make([]int, bins)
	for _, s := range spans {
		a, b := int(s.X0-lo), int(s.X1-lo)
		for x := max(a, 0); x <= b && x < bins; x++ {
			cover[x]++
		}
	}
	peak := 0
	for _, c := range cover {
		peak = max(peak, c)
	}
	// Titles, bylines and figures cross a gutter; text lines do not.
	allow := max(1, peak/3)
	// The widest run of bins with little text, away from the edges.
	bestA, bestB := -1, -1
	for x := int(w * 0.2); x < int(w*0.8); {
		if cover[x] > allow {
			x++
			continue
		}
		a := x
		for x < bins && cover[x] <= allow {
			x++
		}
		if x-a > bestB-bestA {
			bestA, bestB = a, x
		}
	}
	if bestA < 0 || bestB-bestA < 6 {
		return [][]span{spans}
	}
	// The gutter is the middle of the emptiest part of the run: the run also
	// takes in the ragged ends of the lines beside it.
	low := cover[bestA]
	for x := bestA; x < bestB; x++ {
		low = min(low, cover[x])
	}
	ma, mb := -1, -1
	for x := bestA; x < bestB; {
		if cover[x] != low {
			x++
			continue
		}
		a := x
		for x < bestB && cover[x] == low {
			x++
		}
		if x-a > mb-ma {
			ma, mb = a, x
		}
	}
	mid := lo + float64(ma+mb)/2
	g0, g1 := mid-0.5, mid+0.5
	// A line with a word across the gutter, or with words on both sides
	// no further apart than words are (a centred title), is read whole.
	across := map[int]bool{}
	for _, ln := range roughLines(spans) {
		l, r, size, cross := math.Inf(-1), math.Inf(1), 0.0, false
		for _, i := range ln {
			s := spans[i]
			size = math.Max(size, s.Size)
			switch {
			case s.X1 > g0 && s.X0 < g1:
				cross = true
			case s.X1 <= g0:
				l = math.Max(l, s.X1)
			default:
				r = math.Min(r, s.X0)
			}
		}
		if cross || r-l < 1.2*size {
			for _, i := range ln {
				across[i] = true
			}
		}
	}
	var left, right, full []span
	for i, s := range spans {
		switch {
		case across[i]:
			full = append(full, s)
		case s.X1 <= g0:
			left = append(left, s)
		case s.X0 >= g1:
			right = append(right, s)
		default:
			full = append(full, s)
		}
	}
	// Both sides must be columns of text, not a label beside a table.
	if len(left) < 4 || len(right) < 4 || len(full) > (len(left)+len(right))/2 {
		return [][]span{spans}
	}
	if vext(left) < 0.25*vext(spans) || vext(right) < 0.25*vext(spans) {
		return [][]span{spans}
	}
	// A column's lines start at one margin; the tails of ragged lines of a
	// single column, beside a gap where shorter lines ended, do not.
	if !aligned(right) || len(roughLines(left)) < 3 {
		return [][]span{spans}
	}
	sort.SliceStable(full, func(i, j int) bool { return full[i].Top < full[j].Top })
	var out [][]span
	prev := math.Inf(-1)
	emit := func(upTo float64) {
		var l, r []span
		for _, s := range left {
			if c := (s.Top + s.Bottom) / 2; c > prev && c <= upTo {
				l = append(l, s)
			}
		}
		for _, s := range right {
			if c := (s.Top + s.Bottom) / 2; c > prev && c <= upTo {
				r = append(r, s)
			}
		}
		if len(l) > 0 {
			out = append(out, splitCols(l, depth+1)...)
		}
		if len(r) > 0 {
			out = append(out, splitCols(r, depth+1)...)
		}
	}
	for i := 0; i < len(full); {
		// The full-width spans on one line form one block.
		j := i + 1
		for j < len(full) && full[j].Top < full[i].Bottom {
			j++
		}
		emit(full[i].Top)
		out = append(out, full[i:j])
		prev = full[i].Top
		for _, s := range full[i:j] {
			prev = math.Max(prev, (s.Top+s.Bottom)/2)
		}
		i = j
	}
	emit(math.Inf(1))
	return out
}

func vext(spans []span) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range spans {
		lo, hi = math.Min(lo, s.Top), math.Max(hi, s.Bottom)
	}
	return hi - lo
}

// toLines groups a block's spans into lines, top to bottom.
func toLines(spans []span) []line {
	if len(spans) == 0 {
		return nil
	}
	ss := append([]span(nil), spans...)
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].Top < ss[j].Top })
	var groups [][]span
	for _, s := range ss {
		c := (s.Top + s.Bottom) / 2
		if n := len(groups); n > 0 {
			g := groups[n-1]
			top, bot := g[0].Top, g[0].Bottom
			for _, t := range g {
				top, bot = math.Min(top, t.Top), math.Max(bot, t.Bottom)
			}
			if c >= top && c <= bot {
				groups[n-1] = append(g, s)
				continue
			}
		}
		groups = append(groups, []span{s})
	}
	out := make([]line, 0, len(groups))
	for _, g := range groups {
		sort.SliceStable(g, func(i, j int) bool { return g[i].X0 < g[j].X0 })
		var b strings.Builder
		l := line{Top: g[0].Top, Bottom: g[0].Bottom, X0: g[0].X0, X1: g[0].X1, Bold: true}
		longest := 0
		for i, s := range g {
			if i > 0 {
				gap := s.X0 - g[i-1].X1
				prev := b.String()
				if gap > 0.15*math.Max(s.Size, 1) && !strings.HasSuffix(prev, " ") && !strings.HasPrefix(s.Text, " ") {
					b.WriteByte(' ')
				}
			}
			b.WriteString(s.Text)
			l.Bold = l.Bold && s.Bold
			l.Top, l.Bottom = math.Min(l.Top, s.Top), math.Max(l.Bottom, s.Bottom)
			l.X0, l.X1 = math.Min(l.X0, s.X0), math.Max(l.X1, s.X1)
			if n := utf8.RuneCountInString(s.Text); n > longest {
				longest, l.Size = n, s.Size
			}
		}
		l.Text = strings.Join(strings.Fields(b.String()), " ")
		if l.Text != "" {
			out = append(out, l)
		}
	}
	return out
}

var (
	digitsRe  = regexp.MustCompile(`\d+`)
	pageNumRe = regexp.MustCompile(`(?i)^[-–—(\[]?\s*(page|p\.|seite|pág\.?)?\s*([0-9]{1,4}|[ivxlcdm]{1,7})(\s*(of|/|de|von)\s*[0-9]{1,4})?\s*[-–—)\]]?$`)
)

// dropFurniture removes running headers and footers (a line near the top or
// bottom of the page that recurs, numbers aside, on many pages) and page
// numbers.
func dropFurniture(pages [][]line, raw []rawPage) {
	const zone = 0.12
	key := func(t string) string { return strings.ToLower(digitsRe.ReplaceAllString(t, "#")) }
	candidates := func(ls []line, h float64) []int {
		var idx []int
		// Up to three lines at the top and the bottom of the page.
		order := make([]int, len(ls))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return ls[order[a]].Top < ls[order[b]].Top })
		for k, i := range order {
			if (k < 3 && ls[i].Bottom <= h*zone) || (k >= len(order)-3 && ls[i].Top >= h*(1-zone)) {
				idx = append(idx, i)
			}
		}
		return idx
	}
	seen := map[string]int{}
	for pi, ls := range pages {
		keys := map[string]bool{}
		for _, i := range candidates(ls, raw[pi].Height) {
			keys[key(ls[i].Text)] = true
		}
		for k := range keys {
			seen[k]++
		}
	}
	need := max(2, (len(pages)*4+9)/10)
	for pi, ls := range pages {
		drop := map[int]bool{}
		for _, i := range candidates(ls, raw[pi].Height) {
			t := ls[i].Text
			if pageNumRe.MatchString(t) || (len(pages) >= 2 && seen[key(t)] >= need) {
				drop[i] = true
			}
		}
		if len(drop) == 0 {
			continue
		}
		out := ls[:0]
		for i, l := range ls {
			if !drop[i] {
				out = append(out, l)
			}
		}
		pages[pi] = out
	}
}

var noteMarkRe = regexp.MustCompile(`^([0-9]{1,3}|[*†‡§¶]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)[.)]?\s*\S`)

// splitFootnotes takes the footnotes off the bottom of a page: a run of lines
// in small type below the text, the first of which starts with a note mark.
func splitFootnotes(ls []line, body, height float64) (main, notes []line) {
	if len(ls) < 2 {
		return ls, nil
	}
	small := func(l line) bool { return l.Size < body*0.9 && l.Top > height*0.5 }
	// Lines are in reading order; the footnote run is at the end of a column
	// block and at the bottom of the page.
	end := len(ls)
	start := end
	for start > 0 && small(ls[start-1]) {
		start--
	}
	if start == end || start == 0 {
		return ls, nil
	}
	// The run must begin with a mark and sit below the body text above it.
	if !noteMarkRe.MatchString(ls[start].Text) {
		// Look for the first marked line inside the run.
		k := start
		for k < end && !noteMarkRe.MatchString(ls[k].Text) {
			k++
		}
		if k == end {
			return ls, nil
		}
		start = k
	}
	return ls[:start], ls[start:]
}

// footnoteParas joins footnote lines into one paragraph per note.
func footnoteParas(ls []line) []string {
	var out []string
	var cur string
	for _, l := range ls {
		if noteMarkRe.MatchString(l.Text) || cur == "" {
			if cur != "" {
				out = append(out, cur)
			}
			cur = l.Text
			continue
		}
		cur = joinLines(cur, l.Text)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

type para struct {
	bold    bool
	text    string
	size    float64
	page    int
	lines   int
	heading bool
}

var numHeadRe = regexp.MustCompile(`^([0-9]{1,2}(\.[0-9]{1,2})*\.?|[IVX]{1,4}\.|[A-Z]\.)\s+\p{Lu}`)

// paragraphs joins lines into paragraphs: a new one starts after a gap
// larger than the line spacing, at a change of type size, after a short line
// that ends a sentence, or at an indented line.
func paragraphs(ls []line, body float64) []para {
	var out []para
	var cur *para
	var prev line
	for i, l := range ls {
		start := cur == nil
		if !start {
			// Glyph boxes are tight, so the spacing is measured from one
			// line's bottom to the next one's against the type size.
			h := math.Max(prev.Bottom-prev.Top, 1)
			// Lines straight below each other on a page flow on, even across
			// blocks (a title's lines each cross the gutter, so each is one).
			below := l.page == prev.page && l.Top >= prev.Top && l.Bottom-prev.Bottom < 1.75*math.Max(l.Size, h) &&
				l.X0 < prev.X1 && prev.X0 < l.X1
			sameBlock := l.block == prev.block || below
			ended := endsSentence(cur.text)
			switch {
			case math.Abs(l.Size-prev.Size) > 0.12*math.Max(l.Size, prev.Size):
				start = true
			case !sameBlock:
				// Across a column or page break a sentence may go on.
				start = ended || !startsLower(l.Text)
			case l.Bottom-prev.Bottom > 1.75*math.Max(l.Size, h):
				start = true
			case ended && prev.X1 < prev.blockX1-0.12*(prev.blockX1-prev.blockX0):
				start = true
			case ended && l.X0 > l.blockX0+0.8*l.Size && l.X0-l.blockX0 < 0.25*(l.blockX1-l.blockX0):
				start = true
			case cur.lines == 1 && isNumHeading(cur.text, prev):
				start = true
			case prev.Bold != l.Bold && ((prev.Bold && cur.lines <= 2) || ended):
				start = true
			}
		}
		if start {
			if cur != nil {
				out = append(out, *cur)
			}
			cur = &para{text: l.Text, size: l.Size, page: l.page, lines: 1, bold: l.Bold}
			cur.heading = l.Size >= body*1.15 && len(strings.Fields(l.Text)) <= 20
		} else {
			cur.text = joinLines(cur.text, l.Text)
			cur.lines++
			cur.bold = cur.bold && l.Bold
			if cur.heading && (cur.lines > 3 || len(strings.Fields(cur.text)) > 20) {
				cur.heading = false
			}
		}
		prev = ls[i]
	}
	if cur != nil {
		out = append(out, *cur)
	}
	for i := range out {
		p := &out[i]
		if !p.heading && p.bold && p.lines <= 2 && !endsSentence(p.text) && len(strings.Fields(p.text)) <= 12 && p.size >= body*0.95 {
			p.heading = true
		}
		if !p.heading && p.lines == 1 && numHeadRe.MatchString(p.text) && !endsSentence(p.text) && len(strings.Fields(p.text)) <= 10 {
			p.heading = true
		}
	}
	return out
}

func isNumHeading(t string, l line) bool {
	return numHeadRe.MatchString(t) && !endsSentence(t) && len(strings.Fields(t)) <= 10 && l.X1 < l.blockX1-0.3*(l.blockX1-l.blockX0)
}

// joinLines joins a line to the text before it, taking out a hyphen that
// only broke a word at the line's end.
func joinLines(a, b string) string {
	if a == "" {
		return b
	}
	if strings.HasSuffix(a, "\u00ad") {
		return strings.TrimSuffix(a, "\u00ad") + b
	}
	if strings.HasSuffix(a, "-") && len(a) > 1 {
		r, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
		if unicode.IsLetter(r) && startsLower(b) {
			return a[:len(a)-1] + b
		}
		if unicode.IsLetter(r) { // a real hyphen: "well-" + "Known"
			return a + b
		}
	}
	return a + " " + b
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == ':' || r == ';'
}

func sameText(a, b string) bool {
	n := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	return n(a) == n(b)
}

// visibleTitle finds the title the first page prints: the largest type
// among its first paragraphs, at least a fifth larger than the body, that
// reads as a title (not a page number line, a date, a year, a time stamp).
// A single word over a heading is a section label or kicker ("FlightOPS",
// "ANALYSIS") and the heading under it the title; kicker is its index, or
// -1. It returns -1 when no line stands out.
func visibleTitle(paras []para, body float64) (best, kicker int) {
	best, kicker = -1, -1
	for i := 0; i < len(paras) && i < 10 && paras[i].page == paras[0].page; i++ {
		p := paras[i]
		if p.size < body*1.2 || len(p.text) > 250 || !titleLike(p.text) {
			continue
		}
		if best < 0 || p.size > paras[best].size+0.1 {
			best = i
		}
	}
	if best < 0 {
		return -1, -1
	}
	if n := best + 1; n < len(paras) && paras[n].page == paras[best].page && len(strings.Fields(paras[best].text)) == 1 &&
		paras[n].heading && len(strings.Fields(paras[n].text)) >= 2 && len(paras[n].text) <= 250 && titleLike(paras[n].text) {
		return n, best
	}
	return best, -1
}

var (
	pageOfRe  = regexp.MustCompile(`(?i)^page \d+ (of|/) \d+\b`)
	timeRe    = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)
	labelRe   = regexp.MustCompile(`^(?i:appendix|annex|annexe|chapter|part)(\s+[A-Z0-9IVX]{1,4}\b)?[.:—–-]?\s+(\p{Lu})`)
	titleWord = regexp.MustCompile(`[\pL]{2,}`)
)

// titleLike: a line that may be a title, not printing-office furniture.
func titleLike(s string) bool {
	if pageOfRe.MatchString(s) || timeRe.MatchString(s) {
		return false
	}
	if _, ok := dateLine(s); ok {
		return false
	}
	letters, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case !unicode.IsSpace(r):
			other++
		}
	}
	return letters >= 2 && letters >= other && titleWord.MatchString(s)
}

// stripLabel drops a section label before a title: "Appendix Accidents
// and Incidents …" is the appendix's title "Accidents and Incidents …".
func stripLabel(s string) string {
	if m := labelRe.FindStringSubmatchIndex(s); m != nil {
		if rest := s[m[2*2]:]; len(strings.Fields(rest)) >= 2 {
			return rest
		}
	}
	return s
}

// similarTitles: two titles share more than half the words of the shorter
// ("2007 Instruction 1040-NR" and "Instructions for Form 1040NR"; "PDF.js -
// Wikipedia" and "PDF.js"), compared without case, punctuation, small words
// and plural endings.
func similarTitles(a, b string) bool {
	ta, tb := titleTokens(a), titleTokens(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) == 0 {
		return false
	}
	hit := 0
	for _, x := range ta {
		for _, y := range tb {
			if x == y || (len(x) >= 4 && len(y) >= 4 && (strings.HasPrefix(x, y) || strings.HasPrefix(y, x))) {
				hit++
				break
			}
		}
	}
	return 2*hit > len(ta)
}

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "for": true, "and": true, "in": true, "on": true, "to": true, "by": true, "at": true, "with": true}

func titleTokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		f = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, f)
		if f != "" && !smallWords[f] {
			out = append(out, f)
		}
	}
	return out
}

var fileTitleRe = regexp.MustCompile(`(?i)(\.(docx?|pdf|tex|dvi|rtf|odt|indd|qxd|ps|txt|wpd)$|^microsoft (word|powerpoint) - |^untitled|^document[0-9]*$|^slide ?[0-9]+$)`)

// titleFromMeta keeps a metadata title unless it is a file name or a
// placeholder that authoring tools put there.
func titleFromMeta(t string) string {
	t = cleanMeta(t)
	if t == "" || fileTitleRe.MatchString(t) || utf8.RuneCountInString(t) < 3 {
		return ""
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 {
		return ""
	}
	return t
}

var junkMetaRe = regexp.MustCompile(`^[A-Z]+\(0x[0-9a-fA-F]+\)$`) // a Perl reference a tool wrote, "ARRAY(0x2c7cf020)"

func cleanMeta(s string) string {
	if junkMetaRe.MatchString(strings.TrimSpace(s)) {
		return ""
	}
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0xfffd {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// guessTitle is the start of the first paragraph, cut at a word.
func guessTitle(p string) string {
	if utf8.RuneCountInString(p) <= 80 {
		return p
	}
	cut := 0
	for i := range p {
		if i > 80 {
			break
		}
		if p[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		r := []rune(p)
		return string(r[:80]) + "…"
	}
	return p[:cut] + "…"
}

// pdfDate parses a PDF date, D:YYYYMMDDHHmmSSOHH'mm', as much of it as there is.
func pdfDate(s string) time.Time {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	if len(s) < 4 {
		return time.Time{}
	}
	num := func(from, n, def int) int {
		if len(s) < from+n {
			return def
		}
		v, err := strconv.Atoi(s[from : from+n])
		if err != nil {
			return -1
		}
		return v
	}
	y, mo, d, h, mi, se := num(0, 4, -1), num(4, 2, 1), num(6, 2, 1), num(8, 2, 0), num(10, 2, 0), num(12, 2, 0)
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60 {
		return time.Time{}
	}
	loc := time.UTC
	if len(s) > 14 && (s[14] == '+' || s[14] == '-') {
		oh, om := num(15, 2, 0), 0
		if len(s) >= 20 && s[17] == '\'' {
			om = num(18, 2, 0)
		}
		if oh >= 0 && oh < 24 && om >= 0 && om < 60 {
			off := oh*3600 + om*60
			if s[14] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
	}
	return time.Date(y, time.Month(mo), d, h, mi, se, 0, loc)
}

// roughLines groups span indices into lines, page-wide: a span whose
// vertical centre lies above the bottom of a line's first span is on it.
func roughLines(spans []span) [][]int {
	idx := make([]int, len(spans))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return spans[idx[a]].Top < spans[idx[b]].Top })
	var out [][]int
	bot := math.Inf(-1)
	for _, i := range idx {
		s := spans[i]
		// Compared with the line's first span only: a running extent would
		// chain the half-offset lines of two columns into one.
		tall := s.Bottom-s.Top > 2.5*math.Max(s.Size, 1) // rotated text, a stamp in the margin
		if n := len(out); n > 0 && (s.Top+s.Bottom)/2 <= bot {
			out[n-1] = append(out[n-1], i)
			continue
		}
		if tall {
			out = append(out, []int{i})
			continue
		}
		out = append(out, []int{i})
		bot = s.Bottom
	}
	return out
}

// aligned reports whether most lines of spans start at the same left margin.
func aligned(spans []span) bool {
	lines := roughLines(spans)
	if len(lines) < 3 {
		return false
	}
	margin := math.Inf(1)
	starts := make([]float64, len(lines))
	for i, ln := range lines {
		starts[i] = math.Inf(1)
		for _, j := range ln {
			starts[i] = math.Min(starts[i], spans[j].X0)
		}
		margin = math.Min(margin, starts[i])
	}
	n := 0
	for _, x := range starts {
		if x-margin < 15 { // an indented first line still counts
			n++
		}
	}
	return n*10 >= len(lines)*6
}

// dateLine parses a line that is only a date: "October 14, 1998",
// "14 October 1998", "December 1998", "1998-10-14".
func dateLine(s string) (time.Time, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if len(s) < 6 || len(s) > 30 {
		return time.Time{}, false
	}
	for _, layout := range []string{"January 2, 2006", "January 2 2006", "2 January 2006", "January 2006", "Jan. 2, 2006", "Jan 2, 2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() > 1900 {
			return t, true
		}
	}
	return time.Time{}, false
}

var nameJunk = strings.NewReplacer("∗", " ", "*", " ", "†", " ", "‡", " ", "§", " ", "#", " ", "$", " ", "+", " ", "¶", " ")

// notNames are words of the capitalised lines under a title that are not
// names (a section title, a report's kind).
var notNames = map[string]bool{"abstract": true, "summary": true, "executive": true, "introduction": true, "contents": true,
	"report": true, "chapter": true, "preface": true, "foreword": true, "overview": true, "background": true, "part": true,
	"section": true, "table": true, "appendix": true, "annex": true, "edition": true, "draft": true, "final": true,
	"university": true, "institute": true, "department": true, "ministry": true, "office": true, "corporation": true,
	"inc": true, "ltd": true, "committee": true, "working": true, "paper": true, "papers": true, "volume": true, "vol": true}

// byline reads a line of names ("Andreas Gal∗, Brendan Eich∗ and Mike
// Shaver"): capitalised words and initials, joined by commas or "and",
// with affiliation marks, and nothing else.
func byline(p string) (string, bool) {
	clean := strings.Join(strings.Fields(nameJunk.Replace(p)), " ")
	clean = strings.Trim(strings.ReplaceAll(clean, " ,", ","), ", ")
	words := strings.Fields(strings.NewReplacer(",", " ", ";", " ").Replace(clean))
	if len(words) < 2 || len(words) > 40 || endsSentence(p) && !strings.HasSuffix(p, ".") {
		return "", false
	}
	names := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "and" || w == "&" || w == "von" || w == "van" || w == "de" || w == "der" || w == "da":
		case notNames[strings.ToLower(strings.Trim(w, ".:"))]:
			return "", false
		case unicode.IsUpper(r) && !strings.ContainsAny(w, "0123456789@/:()"):
			names++
		default:
			return "", false
		}
	}
	if names < 2 {
		return "", false
	}
	return strings.ReplaceAll(clean, " and ", ", "), true
}
