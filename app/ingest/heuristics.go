package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// creditMarkers introduce a photo credit, lower case, without the colon.
// Longer markers come first so "file photo" wins over "photo".
var creditMarkers = []string{
	"photo illustration", "file photo", "photo credit", "image credit", "photograph",
	"photos", "photo", "images", "image", "pictures", "picture", "illustration",
	"graphic", "credit", "foto",
}

// Caption limits: a credit is a short attribution, not a sentence.
const (
	maxCreditRunes = 120
	maxCreditWords = 15
)

// splitCaption recognises a paragraph that carries a photo credit such as
// "… Americans. Photo: AFP / KCNA VIA KNS" or "… (Photo: Reuters)" and
// splits it into caption text and credit.
func splitCaption(p string) (Caption, bool) {
	// Search colons from the end: the credit is the tail of the paragraph.
	for end := len(p); end > 0; {
		i := strings.LastIndexByte(p[:end], ':')
		if i < 0 {
			break
		}
		end = i
		start, ok := markerBefore(p, i)
		if !ok {
			continue
		}
		text, credit := p[:start], strings.TrimSpace(p[i+1:])
		text = strings.TrimRightFunc(text, unicode.IsSpace)
		if strings.HasSuffix(text, "(") || strings.HasSuffix(text, "[") {
			// "(Photo: Reuters)": the credit ends at the closing bracket and
			// any text after it belongs to the caption.
			closer := ")"
			if strings.HasSuffix(text, "[") {
				closer = "]"
			}
			text = text[:len(text)-1]
			if j := strings.Index(credit, closer); j >= 0 {
				rest := strings.TrimSpace(credit[j+1:])
				credit = strings.TrimSpace(credit[:j])
				if rest != "" {
					text = strings.TrimRightFunc(text, unicode.IsSpace) + " " + rest
				}
			}
		}
		if !plausibleCredit(credit) {
			continue
		}
		text = strings.TrimFunc(text, func(r rune) bool {
			return unicode.IsSpace(r) || r == '|' || r == '–' || r == '—' || r == '-' || r == '/'
		})
		return Caption{Text: text, Credit: credit}, true
	}
	return Caption{}, false
}

// markerBefore reports whether a credit marker ends just before the colon at
// p[colon] and starts at a word boundary; it returns the marker's start.
func markerBefore(p string, colon int) (int, bool) {
	for _, m := range creditMarkers {
		start := colon - len(m)
		if start < 0 || !strings.EqualFold(p[start:colon], m) {
			continue
		}
		if start == 0 {
			return 0, true
		}
		r, _ := utf8.DecodeLastRuneInString(p[:start])
		if unicode.IsSpace(r) || strings.ContainsRune("([|/–—-.", r) {
			return start, true
		}
	}
	return 0, false
}

func plausibleCredit(c string) bool {
	if c == "" || utf8.RuneCountInString(c) > maxCreditRunes {
		return false
	}
	return nWords(c, maxCreditWords+1) <= maxCreditWords && strings.ContainsFunc(c, unicode.IsLetter)
}

// datelineRe matches "SEOUL – ", "NEW YORK, June 20 (Reuters) - ",
// "KYIV, Ukraine —". A hyphen needs spaces around it so that "NATO-led" is
// not a dateline; en and em dashes may touch the words.
var datelineRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,5})(,[ \t]+[^,–—()]{1,40}?)?[ \t]*(\([^()]{1,40}\))?(?:[ \t\x{a0}]*[–—][ \t\x{a0}]*|[ \t\x{a0}]+--?[ \t\x{a0}]+)(\S.*)$`)

// splitDateline removes a dateline from the first paragraph. The place
// keeps a ", Country" part but not a date ("LONDON, June 20" → "LONDON");
// a wire tag in brackets ("(Reuters)", "(AP)") is returned as agency, and
// a lede that opens with a wire tag alone ("(CNN) -- ") has an agency and
// no place.
func splitDateline(p string) (place, agency, rest string, ok bool) {
	if len(p) < 5 {
		return "", "", "", false
	}
	if m := agencyRe.FindStringSubmatch(p); m != nil && !strings.ContainsFunc(m[1], unicode.IsDigit) {
		return "", strings.TrimSpace(m[1]), m[2], true
	}
	if !unicode.IsUpper(firstRune(p)) {
		return "", "", "", false
	}
	m := datelineRe.FindStringSubmatch(p)
	if m == nil {
		return "", "", "", false
	}
	place = strings.TrimSpace(m[1])
	letters := 0
	for _, r := range place {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 {
		return "", "", "", false
	}
	if extra := strings.TrimSpace(strings.TrimPrefix(m[2], ",")); extra != "" && !strings.ContainsFunc(extra, unicode.IsDigit) {
		place += ", " + extra
	}
	if tag := strings.Trim(m[3], "()"); tag != "" && !strings.ContainsFunc(tag, unicode.IsDigit) {
		agency = strings.TrimSpace(tag)
	}
	return place, agency, m[4], true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// openingQuotes start quoted speech; a line starting with one is a quote,
// not a heading.
const openingQuotes = "\"'“‘«„‚‹「『”’"

// isHeading reports whether a body line looks like a subheading: short, no
// sentence-final punctuation, not a quotation. A short question is allowed
// when it is in title case ("Kim-Trump … Kim-Biden?").
func isHeading(p string) bool {
	if p == "" || len(p) > 400 || utf8.RuneCountInString(p) > 100 {
		return false
	}
	if strings.ContainsRune(openingQuotes, firstRune(p)) || !strings.ContainsFunc(p, unicode.IsLetter) {
		return false
	}
	words := strings.Fields(p)
	if len(words) > 10 {
		return false
	}
	switch lastRune(p) {
	case '.', '!', ':', ';', '”', '"', ',', '…', '-', '–', '—':
		return false
	case '?':
		return len(words) <= 6 && titleCase(words)
	}
	return true
}

// titleCase reports whether every word containing letters starts with an
// upper-case letter.
func titleCase(words []string) bool {
	for _, w := range words {
		i := strings.IndexFunc(w, unicode.IsLetter)
		if i < 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isTitleLine reports whether a line can be a document title: short, with
// letters, not ending like a sentence (a question is allowed).
func isTitleLine(p string) bool {
	if p == "" || len(p) > 800 || utf8.RuneCountInString(p) > 200 || !strings.ContainsFunc(p, unicode.IsLetter) {
		return false
	}
	words := strings.Fields(p)
	if len(words) > 25 {
		return false
	}
	// Look through closing quotes and brackets: `He said “yes.”` ends a sentence.
	core := strings.TrimRight(p, "”’\"')]»")
	if core == "" {
		return false
	}
	switch lastRune(core) {
	case '.':
		// A headline may end in an abbreviation ("… at the U.N."); a
		// sentence may not be a headline.
		return core == p && isAbbreviation(lastWord(p)) && !strings.Contains(strings.TrimSuffix(p, lastWord(p)), ". ")
	case '!', ':', ';', ',', '…':
		return false
	case '?':
		return len(words) <= 15
	}
	return true
}

// maxGuessedTitle is the longest title derived from a lede, in runes,
// including the ellipsis.
const maxGuessedTitle = 80

// titleFromLede shortens a paragraph to a title at a word boundary, adds
// "…" when it was cut and strips trailing punctuation.
func titleFromLede(p string) string {
	p = strings.TrimSpace(p)
	if utf8.RuneCountInString(p) <= maxGuessedTitle {
		return trimTitlePunct(p)
	}
	r := []rune(p)
	cut := maxGuessedTitle - 1 // room for the ellipsis
	i := cut
	for i > 0 && !unicode.IsSpace(r[i]) {
		i--
	}
	if i == 0 { // one enormous word
		i = cut
	}
	t := trimTitlePunct(string(r[:i]))
	if t == "" {
		t = string(r[:cut])
	}
	return t + "…"
}

func trimTitlePunct(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?–—-…", r)
	})
}

// dateLayouts are the date formats accepted in header lines and metadata.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006.01.02",
	"02.01.2006",
	"20060102",
	time.UnixDate,
	time.RFC1123Z,
	time.RFC1123,
	time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006 3:04 PM",
	"January 2, 2006, 3:04 PM",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan. 2 2006",
	"Jan 2 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"2 Jan, 2006",
	"2 January, 2006",
	"2 Jan. 2006",
	"2. January 2006",
	"January 2006",
}

// cjkDateRe is a date written with 年, 月 and 日 at the start of a line,
// perhaps in brackets.
var cjkDateRe = regexp.MustCompile(`^[\p{Ps}\s]{0,3}(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日`)

// weekdayPrefix matches "Monday, " or "Mon " before a date.
var weekdayPrefix = regexp.MustCompile(`(?i)^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\.?,?\s+`)

// parseDate reads a date in one of the common formats. When the whole
// string does not parse, it tries shorter prefixes of whole words so that
// "June 20, 2021 at 10:30 am" still yields the day.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 || !hasYear(s) {
		return time.Time{}, false
	}
	if t, ok := parseDateExact(s); ok {
		return t, true
	}
	if m := cjkDateRe.FindStringSubmatch(s); m != nil {
		// "2011年4月15日12時24分", as Chinese and Japanese pages write it
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if y >= 1800 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), true
		}
	}
	if loc := weekdayPrefix.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = s[loc[1]:]
		if t, ok := parseDateExact(s); ok {
			return t, true
		}
	}
	words := strings.Fields(s)
	for n := len(words) - 1; n >= 1; n-- {
		if !hasYear(strings.Join(words[:n], " ")) {
			break // shorter prefixes lose the year too
		}
		if t, ok := parseDateExact(strings.TrimRight(strings.Join(words[:n], " "), ",;|·")); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// hasYear reports whether s has a run of four digits: every accepted date
// layout has a four-digit year, and checking first avoids costly failing
// time.Parse calls on ordinary lines.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func parseDateExact(s string) (time.Time, bool) {
	if s == "" || !unicode.IsDigit(firstRune(s)) && !unicode.IsLetter(firstRune(s)) {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1800 || t.Year() > 2200 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// isURL reports whether a line is a bare web address.
func isURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > 10 && !strings.ContainsFunc(s, unicode.IsSpace)
}

// splitList splits a comma (or semicolon) separated list of tags.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// addTags appends tags not yet present (case-insensitive).
func addTags(dst []string, tags ...string) []string {
	for _, t := range tags {
		t = collapseSpace(t)
		if t == "" || len(t) > 200 {
			continue
		}
		dup := false
		for _, d := range dst {
			if strings.EqualFold(d, t) {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, t)
		}
	}
	return dst
}

// collapseSpace makes a paragraph of s: runs of newlines and ASCII white
// space around them become one space; the ends are trimmed. Other spacing
// (non-breaking spaces, double spaces inside a line) is kept; invisible
// characters go (dropInvisible).
func collapseSpace(s string) string {
	s = strings.TrimSpace(dropInvisible(s))
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, line := range strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return b.String()
}

// pageFurniture are whole lines that news pages put between paragraphs and
// that come along when a page is saved or its text copied.
var pageFurniture = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "sponsored": true, "sponsored content": true,
	"skip advertisement": true, "story continues below advertisement": true, "article continues below advertisement": true,
	"story continues below": true, "article continues below": true, "continue reading below": true,
	"continue reading": true, "scroll to continue with content": true, "read more": true,
	"related": true, "related articles": true, "related stories": true, "recommended": true,
	"recommended for you": true, "most read": true, "subscribe": true, "subscribe now": true,
	"share": true, "share this article": true, "share this story": true, "follow us": true,
	"share this": true, "related coverage": true, "related content": true, "related topics": true,
	"more": true, "print": true, "email": true, "comments": true, "back to top": true, "loading": true,
	"see also": true, "view/post comments": true, "previous next": true, "enlarge": true,
	"view full size": true, "view full size image": true, "click to enlarge": true, "click photo to enlarge": true,
	"click image to enlarge": true, "click picture to enlarge": true, "close": true, "read full article": true,
	"full article": true, "explore further": true, "feedback to editors": true, "print this page": true,
	"email this": true, "text size": true, "write a comment": true, "leave a comment": true,
	"join the conversation": true, "story highlights": true, "skip to content": true, "skip to main content": true, "menu": true, "search": true,
}

// isInvisible reports the characters that only tell a browser where it
// may break or must not break a line: the soft hyphen (U+00AD, "Thou­sands"),
// the zero-width space (U+200B), the word joiner (U+2060) and the zero-width
// no-break space (U+FEFF). Inside a word they split it for search and quote
// matching while showing nothing, so imported text drops them. Joiners that
// shape a script (U+200C, U+200D) and direction marks are kept.
func isInvisible(r rune) bool {
	return r == '\u00AD' || r == '\u200B' || r == '\u2060' || r == '\uFEFF'
}

// hasInvisible reports whether s holds an invisible character, by their
// UTF-8 bytes (C2 AD, E2 80 8B, E2 81 A0, EF BB BF).
func hasInvisible[T string | []byte](s T) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC2:
			if s[i+1] == 0xAD {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] == 0x8B || s[i+1] == 0x81 && s[i+2] == 0xA0) {
				return true
			}
		case 0xEF:
			if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
				return true
			}
		}
	}
	return false
}

// dropInvisible removes the invisible characters (isInvisible) from s.
func dropInvisible(s string) string {
	if !hasInvisible(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}

// dropInvisibleDoc removes invisible characters from every text of a
// document, the last step of every parser: they may come from metadata or
// character references that no earlier step cleaned.
func dropInvisibleDoc(doc *Document) {
	for _, f := range []*string{&doc.Title, &doc.Source, &doc.Author, &doc.Dateline, &doc.Kicker, &doc.Description, &doc.URL} {
		*f = strings.TrimSpace(dropInvisible(*f))
	}
	for i, t := range doc.Tags {
		doc.Tags[i] = strings.TrimSpace(dropInvisible(t))
	}
	caps := doc.Captions[:0]
	for _, c := range doc.Captions {
		c.Text, c.Credit = strings.TrimSpace(dropInvisible(c.Text)), strings.TrimSpace(dropInvisible(c.Credit))
		if c.Text != "" || c.Credit != "" {
			caps = append(caps, c)
		}
	}
	doc.Captions = caps
}

// unspaced reports a letter of a script written without spaces between
// words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar), where a paragraph
// is one "word" to strings.Fields.
func unspaced(r rune) bool {
	return r >= 0x0E00 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar))
}
