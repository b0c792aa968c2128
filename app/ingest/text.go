package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plain-text layout limits.
const (
	// headerZoneLines is how many non-blank lines at the top may be header
	// lines ("By …", "Source: …", a URL).
	headerZoneLines = 12
	// maxWrapWidth: blocks with longer lines are one paragraph per line,
	// never hard-wrapped prose.
	maxWrapWidth = 120
)

// ParseText parses plain text as analysts save news pages: paragraphs
// separated by blank lines (or one paragraph per line), an optional title
// line, header lines such as "By Jane Doe" or "Published: 2021-06-20", photo
// captions with credits, a dateline on the lede and short subheadings.
func ParseText(s string) (*Document, error) {
	s, err := prepare(s)
	if err != nil {
		return nil, err
	}
	doc := &Document{Format: FormatText}
	lines := textItems(s)

	// The top zone, laid out as newspapers do: captions, header lines
	// (byline, date, source, URL), a kicker, one title line and a
	// standfirst, in any order, before the first body paragraph.
	var items []item
	i := 0
	for ; i < len(lines); i++ {
		p := lines[i]
		if c, ok := splitCaption(p); ok {
			items = append(items, item{caption: &c})
			continue
		}
		if applyHeader(doc, p) {
			continue
		}
		if doc.Title == "" && doc.Kicker == "" && isKicker(p) && i+1 < len(lines) && isTitleLine(lines[i+1]) && bodyFollows(lines[i+2:]) {
			doc.Kicker = p
			continue
		}
		if doc.Title == "" && isTitleLine(p) && bodyFollows(lines[i+1:]) {
			if _, _, _, dl := splitDateline(p); !dl {
				doc.Title = p
				continue
			}
		}
		// A standfirst: one paragraph after the title and before the
		// byline or date. It stays in the body (it is the paper's text)
		// and is also the description.
		if doc.Title != "" && doc.Description == "" && len(items) == 0 && i+1 < len(lines) && headerAhead(lines[i+1:]) {
			doc.Description = p
			items = append(items, item{text: p})
			continue
		}
		break
	}
	items = append(items, paraItems(lines[i:], nil)...)
	finish(doc, items, true)
	return doc, nil
}

// headerAhead reports whether a header line (byline, date) follows within
// the next two lines.
func headerAhead(lines []string) bool {
	for _, p := range lines[:min(2, len(lines))] {
		if _, _, ok := parseHeader(p); ok {
			return true
		}
	}
	return false
}

// kickers are labels set above a headline.
var kickers = map[string]bool{
	"analysis": true, "opinion": true, "comment": true, "exclusive": true, "explainer": true,
	"interview": true, "review": true, "feature": true, "editorial": true, "breaking": true,
	"breaking news": true, "live": true, "update": true, "news analysis": true, "perspective": true,
	"investigation": true, "fact check": true, "profile": true, "obituary": true, "essay": true,
}

// isKicker reports a short label above the headline: "ANALYSIS",
// "Opinion", "WORLD NEWS".
func isKicker(p string) bool {
	if len(p) > 60 {
		return false
	}
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 3 || strings.ContainsAny(p, ".!?,;") {
		return false
	}
	l := strings.ToLower(strings.TrimRight(p, ":| "))
	return kickers[l] || isUpperWords(p)
}

// bodyFollows reports whether any item is a body paragraph rather than a
// caption or header line, so that a lone short line is body, not a title.
func bodyFollows(items []string) bool {
	for _, p := range items {
		if _, ok := splitCaption(p); ok {
			continue
		}
		if _, _, ok := parseHeader(p); ok {
			continue
		}
		return true
	}
	return false
}

// textItems splits normalised text into single-line paragraphs: blocks are
// separated by blank lines; inside a block, hard-wrapped lines are joined
// and separate lines (one paragraph per line) are kept apart. Header lines
// near the top always stand alone.
func textItems(s string) []string {
	var items, block []string
	flush := func() {
		if len(block) > 0 {
			items = appendBlock(items, block)
			block = block[:0]
		}
	}
	zone := headerZoneLines
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		t := strings.TrimSpace(line)
		if t == "" {
			flush()
			continue
		}
		if zone > 0 {
			zone--
			if _, _, ok := parseHeader(t); ok {
				flush()
				items = append(items, t)
				continue
			}
		}
		block = append(block, t)
	}
	flush()
	return items
}

// appendBlock appends the paragraphs of one block of consecutive lines.
// Lines longer than maxWrapWidth mean one paragraph per line. Otherwise a
// line is treated as wrapped (continued by the next line) only when the
// next line's first word would not have fitted on it, which is what a
// greedy wrapper guarantees, so a heading followed by text stays separate.
func appendBlock(items, lines []string) []string {
	if len(lines) == 1 {
		return append(items, lines[0])
	}
	width := 0
	lens := make([]int, len(lines))
	for i, l := range lines {
		lens[i] = utf8.RuneCountInString(l)
		width = max(width, lens[i])
	}
	if width > maxWrapWidth {
		return append(items, lines...)
	}
	// A block whose lines mostly fill the width is wrapped prose; in other
	// blocks (two lines, ragged lines) a line ending a sentence also ends
	// the paragraph.
	filled := 0
	for _, n := range lens[:len(lens)-1] {
		if n*4 >= width*3 {
			filled++
		}
	}
	wrapped := len(lines) >= 3 && filled*3 >= (len(lines)-1)*2
	start := 0
	for i := 0; i < len(lines)-1; i++ {
		next := lines[i+1]
		fw := strings.IndexFunc(next, unicode.IsSpace)
		if fw < 0 {
			fw = len(next)
		}
		cont := lens[i]+1+utf8.RuneCountInString(next[:fw]) > width
		if cont && !wrapped && endsSentence(lines[i]) {
			cont = false
		}
		if !cont {
			items = append(items, strings.Join(lines[start:i+1], " "))
			start = i + 1
		}
	}
	return append(items, strings.Join(lines[start:], " "))
}

// endsSentence reports whether a line ends with sentence-final punctuation
// (possibly followed by a closing quote or bracket).
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "”’\"')»")
	switch lastRune(l) {
	case '.', '!', '?', '…':
		return true
	}
	return false
}

// applyHeader stores a header line's value in doc; the first value of each
// kind wins. It reports whether p was a header line.
func applyHeader(doc *Document, p string) bool {
	field, value, ok := parseHeader(p)
	if !ok {
		return false
	}
	switch field {
	case "author":
		// "By Jane Doe | June 20, 2021 | Asia Times"
		parts := splitHeaderParts(value)
		if doc.Author == "" {
			doc.Author = parts[0]
		}
		for _, part := range parts[1:] {
			if t, ok := parseDate(part); ok {
				if doc.Published.IsZero() {
					doc.Published = t
				}
			} else if doc.Source == "" {
				doc.Source = part
			}
		}
	case "source":
		if doc.Source == "" {
			doc.Source = value
		}
	case "url":
		if doc.URL == "" {
			doc.URL = value
		}
	case "date":
		if t, ok := parseDate(value); ok && doc.Published.IsZero() {
			doc.Published = t
		}
	case "tags":
		doc.Tags = addTags(doc.Tags, splitList(value)...)
	case "title":
		if doc.Title == "" {
			doc.Title = value
		}
	}
	return true
}

func splitHeaderParts(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		out = []string{s}
	}
	return out
}

// headerKeys maps "Key:" prefixes of header lines to fields.
var headerKeys = map[string]string{
	"source": "source", "publication": "source", "publisher": "source", "site": "source", "outlet": "source",
	"author": "author", "authors": "author", "byline": "author", "by": "author", "written by": "author", "reporter": "author",
	"published": "date", "date": "date", "posted": "date", "published on": "date", "publication date": "date", "dated": "date", "pubdate": "date",
	"url": "url", "link": "url", "source url": "url", "original url": "url", "canonical": "url",
	"tags": "tags", "keywords": "tags", "tagged": "tags",
	"title": "title", "headline": "title",
}

// parseHeader recognises a header line that saved pages carry at the top:
// "By Jane Doe", "Source: X", "Published: 2021-06-20", a bare URL or a bare
// date. It returns the field ("author", "source", "date", "url", "tags",
// "title") and the value.
func parseHeader(t string) (field, value string, ok bool) {
	if len(t) > 300 {
		return "", "", false
	}
	if isURL(t) {
		return "url", t, true
	}
	if k, v, found := strings.Cut(t, ":"); found && len(k) <= 20 {
		if f, known := headerKeys[strings.ToLower(strings.TrimSpace(k))]; known {
			v = strings.TrimSpace(v)
			switch {
			case v == "":
				return "", "", false
			case f == "date":
				if _, ok := parseDate(v); !ok {
					return "", "", false
				}
			case f == "url":
				if strings.ContainsFunc(v, unicode.IsSpace) {
					return "", "", false
				}
			case f == "author":
				if !plausibleByline(splitHeaderParts(v)[0]) {
					return "", "", false
				}
			}
			return f, v, true
		}
	}
	if len(t) > 3 && (strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ")) {
		v := strings.TrimSpace(t[3:])
		if plausibleByline(splitHeaderParts(v)[0]) {
			return "author", v, true
		}
	}
	if len(t) <= 80 && hasYear(t) && nWords(t, 9) <= 8 {
		if _, ok := parseDate(t); ok {
			return "date", t, true
		}
	}
	return "", "", false
}

// plausibleByline reports whether s looks like names: a few capitalised
// words, not a sentence.
func plausibleByline(s string) bool {
	if len(s) > 300 {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 10 || !unicode.IsUpper(firstRune(s)) {
		return false
	}
	switch lastRune(s) {
	case '!', '?', ':', ';', ',', '”', '"':
		return false
	case '.':
		// "Jr." and initials are fine; a sentence is not.
		if utf8.RuneCountInString(words[len(words)-1]) > 3 {
			return false
		}
	}
	return true
}
