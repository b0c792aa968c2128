package ingest

import (
	"html"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file knows how newspapers lay out an article around its text: the
// byline, the date line, the dateline and wire tag on the lede, the credit
// lines at the end ("Reporting by …", "To contact the reporter …") and the
// page furniture in between. The same rules clean every format, since
// pages saved as HTML, copied as text or converted to Markdown carry the
// same lines.

// item is one block of an article in reading order before clean-up: a
// paragraph, a subheading or a caption standing where it stood.
type item struct {
	text    string
	heading bool
	caption *Caption
}

func paraItems(paras []string, heads []bool) []item {
	out := make([]item, 0, len(paras))
	for i, p := range paras {
		out = append(out, item{text: p, heading: heads != nil && heads[i]})
	}
	return out
}

// finish turns the items into the document's paragraphs, subheadings and
// captions: page furniture, bylines, date lines and credit lines leave the
// body (filling Author, Published and Dateline where still unknown), a
// credit paragraph becomes a caption in place, the dateline and wire tag
// are split off the lede, subheadings are found in plain text, and a title
// is guessed when there is none. detectHeadings enables the plain-text
// heading heuristic.
func finish(doc *Document, items []item, detectHeadings bool) {
	doc.Paragraphs = doc.Paragraphs[:0]
	doc.Headings = doc.Headings[:0]
	var heads []bool
	body := 0
	byLabel := false // the last line was a bare "By:", the name follows
	firstShort := false
	for _, it := range items {
		if it.caption != nil {
			c := *it.caption
			c.At = len(doc.Paragraphs)
			doc.Captions = append(doc.Captions, c)
			continue
		}
		p := collapseSpace(it.text)
		if byLabel {
			byLabel = false
			if a := cleanAuthor(p); a != "" && nWords(p, 7) <= 6 && sameText(a, p) {
				if doc.Author == "" {
					doc.Author = a
				}
				continue
			}
		}
		if bylineLabels[strings.ToLower(strings.TrimSpace(p))] {
			byLabel = true
			continue
		}
		if p == "" || isPageFurniture(p) || it.heading && furnitureHeading(doc, p) {
			continue
		}
		if !it.heading {
			if c, ok := splitCaption(p); ok {
				c.At = len(doc.Paragraphs)
				doc.Captions = append(doc.Captions, c)
				continue
			}
			if isWireCaption(p) {
				doc.Captions = append(doc.Captions, Caption{Text: p, At: len(doc.Paragraphs)})
				continue
			}
			// A name over its owner's e-mail address at the top is a
			// byline without "By": "JANE ROE" then "jane.roe@example.com".
			if n := len(doc.Paragraphs); n > 0 && body <= 2 && !heads[n-1] && emailLineRe.MatchString(p) {
				if a := emailOwner(doc.Paragraphs[n-1], p); a != "" {
					doc.Paragraphs, heads = doc.Paragraphs[:n-1], heads[:n-1]
					body--
					if doc.Author == "" {
						doc.Author = a
					}
					continue
				}
			}
			// The top: before the lede, or after a short standfirst.
			if furnitureLine(doc, p, body == 0 || body == 1 && firstShort) {
				continue
			}
			if body == 0 {
				firstShort = nWords(p, 41) <= 40
			}
			body++
		}
		doc.Paragraphs = append(doc.Paragraphs, p)
		heads = append(heads, it.heading)
	}
	dropAuthorNotes(doc, &heads)
	// Dateline and wire tag on the lede: the first paragraph that is not a
	// heading, or the second when the first is a short standfirst.
	tried := 0
	for i, p := range doc.Paragraphs {
		if heads[i] {
			continue
		}
		tried++
		place, agency, rest, ok := splitDateline(p)
		if !ok && tried == 1 && nWords(p, 41) <= 40 {
			continue
		}
		if ok {
			if doc.Dateline == "" || place != "" {
				doc.Dateline = place
			}
			doc.Paragraphs[i] = rest
			if agency != "" && doc.Source == "" {
				doc.Source = agency
			}
		}
		break
	}
	for i, p := range doc.Paragraphs {
		switch {
		case heads[i]:
			doc.Headings = append(doc.Headings, i)
		case detectHeadings && i > 0 && i < len(doc.Paragraphs)-1 && isHeading(p):
			doc.Headings = append(doc.Headings, i)
		}
	}
	defer dropInvisibleDoc(doc)
	if strings.TrimSpace(dropInvisible(doc.Title)) != "" {
		doc.Title = collapseSpace(doc.Title)
		return
	}
	doc.Title, doc.TitleGuessed = "", true
	for i, p := range doc.Paragraphs {
		if !heads[i] {
			doc.Title = guessTitle(p)
			return
		}
	}
	switch {
	case len(doc.Paragraphs) > 0:
		doc.Title = guessTitle(doc.Paragraphs[0])
	case len(doc.Captions) > 0:
		c := doc.Captions[0]
		doc.Title = guessTitle(c.Text)
		if doc.Title == "" {
			doc.Title = guessTitle(c.Credit)
		}
	}
}

// emailOwner returns the name on a line that is only a person's name
// when the e-mail address holds its last word ("PETER ROE" and
// "peter.roe@example.com" give "Peter Roe"), else "".
func emailOwner(line, email string) string {
	if nWords(line, 6) > 5 {
		return ""
	}
	a := cleanAuthor(line)
	if a == "" || strings.Contains(a, ", ") || !sameText(a, line) {
		return ""
	}
	local := lettersOnly(email[:strings.IndexByte(email, '@')])
	if last := lettersOnly(lastWord(a)); len(last) < 2 || !strings.Contains(local, last) {
		return ""
	}
	return a
}

// removeParagraph deletes paragraph i, keeping captions where they stood.
func removeParagraph(doc *Document, heads *[]bool, i int) {
	doc.Paragraphs = append(doc.Paragraphs[:i], doc.Paragraphs[i+1:]...)
	*heads = append((*heads)[:i], (*heads)[i+1:]...)
	for k := range doc.Captions {
		if doc.Captions[k].At > i {
			doc.Captions[k].At--
		}
	}
}

// authorNoteVerbs start the sentence of a note about the writer
// ("Jane Doe is an editor at …", "Jane Doe teaches at …").
var authorNoteRe = regexp.MustCompile(`^(is|was|has|teaches|writes|covers|currently|reports|lives|works|contributed|tweets)\b`)

// dropAuthorNotes removes a note about the writer at the very start or end
// of the body: a paragraph that begins with the author's full name and a
// verb. A sentence about someone else, or mid-text, stays.
func dropAuthorNotes(doc *Document, heads *[]bool) {
	if doc.Author == "" || len(doc.Paragraphs) < 3 {
		return
	}
	isNote := func(p string) bool {
		if nWords(p, 81) > 80 {
			return false
		}
		for _, name := range strings.Split(doc.Author, ", ") {
			if nWords(name, 3) < 2 {
				continue
			}
			if rest, ok := cutPrefixFold(p, name); ok && authorNoteRe.MatchString(strings.TrimSpace(rest)) && strings.HasPrefix(rest, " ") {
				return true
			}
		}
		return false
	}
	for n := 0; n < 2 && len(doc.Paragraphs) > 2; n++ {
		last := len(doc.Paragraphs) - 1
		if (*heads)[last] || !isNote(doc.Paragraphs[last]) {
			break
		}
		removeParagraph(doc, heads, last)
	}
	if len(doc.Paragraphs) > 2 && !(*heads)[0] && isNote(doc.Paragraphs[0]) {
		removeParagraph(doc, heads, 0)
	}
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// isPageFurniture reports a paragraph that is only a page's furniture
// ("Advertisement", "Read more: …", "MORE FROM Jane Doe"); a sentence that
// mentions one is kept.
func isPageFurniture(p string) bool {
	if len(p) > 600 {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(p), " :.…»›>|")
	for _, pre := range []string{"more information:", "journal information:", "journal reference:"} {
		if len(t) >= len(pre) && strings.EqualFold(t[:len(pre)], pre) {
			return true // the reference under a science story
		}
	}
	// Every other sign is a few words: most paragraphs stop here, before
	// they are lower-cased.
	if nWords(t, 15) > 14 {
		return false
	}
	l := strings.ToLower(t)
	if pageFurniture[l] {
		return true
	}
	if strings.HasPrefix(l, "loading") && nWords(l, 5) <= 4 {
		return true // "Loading photo gallery", shown until a script runs
	}
	for _, pre := range []string{"read more:", "see also:", "more from ", "related:", "watch:", "listen:", "also read:", "recommended:", "more information:", "journal information:"} {
		if strings.HasPrefix(l, pre) {
			return true
		}
	}
	return false
}

// apCaptionRe is how wire-agency captions open: "In this image released
// by A24 Films, …", "This photo provided by the police shows …", "In this
// Jan. 5, 2020, file photo, …".
var apCaptionRe = regexp.MustCompile(`^(In )?[Tt]his ([\p{L}\d.,]+ ){0,5}(photo|image|picture|photograph|frame grab|handout photo|file photo)s?( taken| released| provided| made| released| shows| from| by|,)`)

// isWireCaption reports a paragraph written as a wire agency's caption.
func isWireCaption(p string) bool {
	if !strings.HasPrefix(p, "In this ") && !strings.HasPrefix(p, "This ") && !strings.HasPrefix(p, "this ") {
		return false
	}
	return nWords(p, 71) <= 70 && apCaptionRe.MatchString(p)
}

// creditStarts are how credit lines begin (lower case, after brackets
// and dashes); the expression runs only on lines that begin so.
var creditStarts = []string{"additional ", "with ", "reporting ", "writing ", "editing ", "research ", "compiled ",
	"produced ", "to contact ", "by ", "edited ", "follow ", "like us ", "©", "(c)", "copyright"}

// creditLine reports a line that credits the people behind the story or
// tells how to reach them.
func creditLine(p string) bool {
	head := p[:min(len(p), 64)]
	h := strings.ToLower(strings.TrimLeft(head, "([ -–—"))
	if h != "" && h[0] >= '0' && h[0] <= '9' {
		return creditLineRe.MatchString(p) // "4 min read"
	}
	for _, pre := range creditStarts {
		if strings.HasPrefix(h, pre) {
			return creditLineRe.MatchString(p)
		}
	}
	return false
}

// Lines at the end of wire and newspaper stories that credit the people
// behind them or tell the reader how to reach them.
var (
	creditLineRe = regexp.MustCompile(`(?i)^[(\[]?\s*(additional |with )?(reporting|writing|editing|research|compiled|produced) by\b|^[(\[]?\s*to contact the (reporter|editor|writer)s?\b|^[-–—]+\s*(compiled |edited )?by\b|^follow\s+[^!?]{1,60}?\s+on\s+(twitter|facebook|instagram|x)\b|^(©|\(c\)|copyright\b)|^(like|follow) us on\b|^\d+\s+min(ute)?s?\s+read$`)
	emailLineRe  = regexp.MustCompile(`^[\w.+-]+@[\w-]+(\.[\w-]+)+$`)
	noteLineRe   = regexp.MustCompile(`(?i)^(this|the) (article|post|story|piece) (originally|first) (appeared|was published)\b`)
)

// furnitureLine reports whether a body paragraph is not article text and
// takes what it says about the article (author, date, dateline) where
// still unknown. top is true before the first body paragraph, where a bare
// date or a dateline with a date is the page's date line.
func furnitureLine(doc *Document, p string, top bool) bool {
	if len(p) > 2000 {
		return false // no furniture line is this long
	}
	nw := fieldCount(p, 121)
	if nw > 120 {
		return false
	}
	if !strings.ContainsFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return true // "• • •", "* * *"
	}
	if top && nw <= 3 && !strings.ContainsFunc(p, unicode.IsLetter) {
		return true // a share count above the text
	}
	if nw == 1 && utf8.RuneCountInString(p) > 30 && !strings.ContainsAny(p, ".:/@") && !strings.ContainsFunc(p, unspaced) {
		return true // style-sheet names run together
	}
	if names, rest, ok := bylineLine(p); ok {
		if doc.Author == "" {
			doc.Author = names
		}
		for _, part := range rest {
			if t, ok := findDate(part); ok {
				if doc.Published.IsZero() {
					doc.Published = t
				}
			} else if doc.Source == "" && nWords(part, 5) <= 4 && unicode.IsUpper(firstRune(part)) {
				doc.Source = part
			}
		}
		return true
	}
	if doc.Author != "" && nw <= 30 && authorDateLine(p, doc.Author) {
		return true
	}
	if nw <= 120 && creditLine(p) || nw == 1 && emailLineRe.MatchString(p) {
		return true
	}
	if doc.Author != "" && nw <= 8 {
		a := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(p, "Author:"), "Author"))
		if sameText(a, doc.Author) {
			return true
		}
	}
	if t, place, label, ok := dateLine(p); ok && (top || label) {
		if doc.Published.IsZero() {
			doc.Published = t
		}
		if place != "" && doc.Dateline == "" {
			doc.Dateline = place
		}
		return true
	}
	if top && nw <= 16 && (strings.HasPrefix(p, "This ") || strings.HasPrefix(p, "The ")) && noteLineRe.MatchString(p) {
		return true
	}
	return false
}

// fieldCount is len(strings.Fields(s)), counting no further than limit,
// without building the fields.
func fieldCount(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// authorDateLine recognises a byline without "By" that pages print under
// the headline: the author, then the outlet or a date, split by the
// separators bylines use ("Jane Roe · The Harbour Times · Posted: May 2,
// 2024"). It needs the author known and a date among the other parts, so a
// sentence that merely names the author stays text.
func authorDateLine(p, author string) bool {
	parts := splitHeaderParts2(p)
	if len(parts) < 2 || !sameText(parts[0], author) {
		return false
	}
	for _, part := range parts[1:] {
		if _, ok := findDate(part); ok {
			return true
		}
	}
	return false
}

// bylineLabels stand alone before the names of a byline.
var bylineLabels = map[string]bool{
	"by": true, "by:": true, "author:": true, "authors:": true, "author(s):": true, "written by": true, "written by:": true,
}

// furnitureHeading reports a heading that is page furniture: a byline, a
// date line, the author's name, a label such as "By:" or an image's file
// name.
func furnitureHeading(doc *Document, p string) bool {
	words := strings.Fields(p)
	if len(words) > 12 {
		return false
	}
	if _, _, ok := bylineLine(p); ok {
		return true
	}
	if _, _, _, ok := dateLine(p); ok {
		return true
	}
	if doc.Author != "" && sameText(p, doc.Author) {
		return true
	}
	if len(words) <= 2 && strings.HasSuffix(p, ":") {
		return true // "By:", "Photo by:"
	}
	l := strings.ToLower(p)
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp"} {
		if strings.HasSuffix(l, ext) && len(words) == 1 {
			return true
		}
	}
	return false
}

// bylineLine recognises "By Jane Doe", "BY JANE DOE | June 20, 2021",
// "By: Jane Doe and John Roe", "Author: Jane Doe", "— By Jane Doe". It
// returns the cleaned names and the other parts of the line.
func bylineLine(p string) (names string, rest []string, ok bool) {
	if len(p) > 300 || nWords(p, 25) > 24 {
		return "", nil, false
	}
	t := strings.TrimLeft(p, "-–—/ ")
	v := ""
	for _, pre := range []string{"written by", "words by", "story by", "author:", "authors:", "by:", "by"} {
		if r, found := cutPrefixFold(t, pre); found {
			if pre == "by" && r != "" && !unicode.IsSpace(firstRune(r)) && !unicode.IsUpper(firstRune(r)) {
				continue // "Byzantine"
			}
			v = strings.TrimSpace(r)
			break
		}
	}
	if v == "" || !unicode.IsUpper(firstRune(v)) {
		return "", nil, false
	}
	parts := splitHeaderParts2(v)
	if !plausibleByline(parts[0]) {
		return "", nil, false
	}
	names = cleanAuthor(parts[0])
	if names == "" {
		return "", nil, false
	}
	return names, parts[1:], true
}

// splitHeaderParts2 splits a byline on the separators pages put between
// its parts: "|", "•", "·", " / ".
func splitHeaderParts2(s string) []string {
	s = strings.ReplaceAll(s, " / ", "|")
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		out = []string{s}
	}
	return out
}

// roleWords name a job in a byline ("Staff Writer", "Senior Washington
// Correspondent"); they are not part of the name.
var roleWords = map[string]bool{
	"writer": true, "editor": true, "correspondent": true, "reporter": true, "contributor": true,
	"columnist": true, "producer": true, "journalist": true, "analyst": true, "critic": true,
	"photographer": true, "staff": true, "intern": true, "fellow": true, "director": true,
	"commentator": true, "researcher": true, "economist": true,
}

var (
	authorNoiseRe = regexp.MustCompile(`(?i)\s*\d+\s*comments?\s*$|\s+on\s+.*\d.*$|\s*\(?\s*(updated|published|posted)\b.*$|\([^()]*\)`)
	handleRe      = regexp.MustCompile(`@\w+|(?i)\s+follow\b.*$`)
	domainParenRe = regexp.MustCompile(`(?i)\([^()]*(www\.|\.com|\.org|\.net)[^()]*\)`)
	emailRe       = regexp.MustCompile(`[\w.+-]+@[\w-]+(\.[\w-]+)+`)
	nameSplitRe   = regexp.MustCompile(`\s*(?:,|;|\band\b|&)\s*`)
)

// cleanAuthor turns a byline or an author field into names joined by ", ":
// without "By", job titles, e-mail addresses, handles, dates, comment
// counts, or the names of publications ("…, The Times-Picayune",
// "NOLA.com"). It returns "" when nothing that looks like a name is left.
func cleanAuthor(s string, exclude ...string) string {
	if len(s) > 400 {
		return ""
	}
	s = collapseSpace(unescapeTwice(s))
	for _, pre := range []string{"written by", "author:", "authors:", "by:", "by "} {
		if r, ok := cutPrefixFold(strings.TrimLeft(s, "-–—/ "), pre); ok {
			s = strings.TrimSpace(r)
			break
		}
	}
	if len(s) > 2 && strings.EqualFold(s[:2], "by") && unicode.IsUpper(firstRune(s[2:])) {
		s = s[2:] // "ByMalcolm Harris"
	}
	s = splitHeaderParts2(strings.TrimLeft(s, "/ "))[0]
	if domainParenRe.MatchString(s) {
		return "" // "Deutsche Welle (www.dw.com)": the publisher
	}
	s = emailRe.ReplaceAllString(s, "")
	s = handleRe.ReplaceAllString(s, "")
	s = authorNoiseRe.ReplaceAllString(s, "")
	if t, ok := findDate(s); ok && !t.IsZero() {
		// A date run into the name: keep the words before the first digit.
		if i := strings.IndexFunc(s, unicode.IsDigit); i > 0 {
			s = strings.TrimRight(s[:i], " ,|-–—")
			for _, m := range []string{" jan", " feb", " mar", " apr", " may", " jun", " jul", " aug", " sep", " oct", " nov", " dec"} {
				if j := strings.LastIndex(strings.ToLower(s), m); j > 0 && j > len(s)-12 {
					s = strings.TrimRight(s[:j], " ,|-–—")
				}
			}
		}
	}
	var names []string
	for _, part := range nameSplitRe.Split(s, -1) {
		part = strings.Trim(part, " .,;:|-–—()[]•")
		if part == "" {
			continue
		}
		if strings.HasSuffix(strings.TrimSpace(strings.Trim(s, " ")), part+".") {
			part += "." // "Jr." lost to Trim
		}
		words := strings.Fields(part)
		low := strings.ToLower(part)
		if low == "by" || low == "author" || low == "authors" || low == "photo" || low == "staff" {
			continue
		}
		switch {
		case strings.Contains(low, "www.") || strings.Contains(low, ".com") || strings.Contains(low, ".org") || strings.Contains(low, ".co."):
			continue
		case strings.HasPrefix(part, "The ") || strings.HasPrefix(part, "the "):
			continue // a publication: "The Aviationist"
		case roleWords[strings.TrimSuffix(strings.ToLower(strings.Trim(words[len(words)-1], ".")), "s")]:
			if len(words) <= 2 || roleWords[strings.ToLower(words[0])] || strings.EqualFold(words[0], "senior") || strings.EqualFold(words[0], "staff") {
				continue // "Staff Writer"
			}
			keep := 2 // "Andrea Stone Senior Washington Correspondent"
			if len(words) > 3 && (isInitial(words[1]) || len(words[1]) <= 3 && unicode.IsLower(firstRune(words[1]))) {
				keep = 3
			}
			words = words[:keep]
			part = strings.Join(words, " ")
		}
		excluded := false
		for _, x := range exclude {
			excluded = excluded || x != "" && sameText(part, x)
		}
		if excluded || !unicode.IsUpper(firstRune(part)) || strings.ContainsFunc(part, unicode.IsDigit) || len(words) > 5 || !nameWords(words) {
			continue
		}
		if isUpperWords(part) {
			part = titleWords(part)
		}
		if !containsFold(names, part) {
			names = append(names, part)
		}
	}
	return strings.Join(names, ", ")
}

// nameParticles are the lower-case words names may hold.
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "van": true, "von": true, "der": true,
	"den": true, "la": true, "le": true, "du": true, "bin": true, "al": true, "el": true, "y": true, "dos": true, "ter": true,
}

// nameWords reports whether words can be a person's name: capitalised
// words (or particles such as "van"), not a month or a weekday.
func nameWords(words []string) bool {
	dates := 0
	for _, w := range words {
		r := firstRune(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
		if monthWordRe.MatchString(w) {
			dates++
		}
	}
	return dates < len(words)
}

func isInitial(w string) bool {
	return utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, ".") && unicode.IsUpper(firstRune(w))
}

// isUpperWords reports whether every letter is upper case ("JOHN MARZULLI").
func isUpperWords(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 3
}

// titleWords writes "JOHN MARZULLI" as "John Marzulli".
func titleWords(s string) string {
	if len(s) > 400 {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
		if j := strings.IndexAny(words[i], "-'’"); j > 0 && j+1 < len(words[i]) {
			r2, n2 := utf8.DecodeRuneInString(words[i][j+1:])
			words[i] = words[i][:j+1] + string(unicode.ToUpper(r2)) + words[i][j+1+n2:]
		}
	}
	return strings.Join(words, " ")
}

// unescapeTwice decodes character references left in text that was escaped
// twice ("O&#039;Donnell"), as many CMSs do in their meta tags.
func unescapeTwice(s string) string {
	if strings.IndexByte(s, '&') < 0 || !strings.Contains(s, ";") {
		return s
	}
	return html.UnescapeString(s)
}

// monthWordRe is a month's or a weekday's name.
var monthWordRe = regexp.MustCompile(`^(?i:(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)|(mon(day)?|tues?(day)?|wed(nesday)?|thu(rs?)?(day)?|fri(day)?|sat(urday)?|sun(day)?))[.,]?$`)

// dateWordRe are the words a date line may hold besides the date itself.
var dateWordRe = regexp.MustCompile(`^(?i:(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,?|(mon(day)?|tues?(day)?|wed(nesday)?|thu(rs?)?(day)?|fri(day)?|sat(urday)?|sun(day)?)\.?,?|(am|pm|a\.m\.|p\.m\.|at|on|updated|published|posted|last|modified|date|dated|first|created|issued)[:,.]?)$|^\(?[A-Z]{1,4}\)?[,.]?$|^[|·•/\-–—,:]+$`)

// dateLine recognises a line that only states when (and perhaps where) the
// story was filed: "June 20, 2021", "Updated: 10:09am, 20 Jan, 2020",
// "MUMBAI Tue Dec 30, 2014 4:33pm IST". label is true when it starts with
// "Published", "Updated" or "Posted", which makes it furniture anywhere.
func dateLine(p string) (t time.Time, place string, label, ok bool) {
	if len(p) > 200 {
		return time.Time{}, "", false, false
	}
	words := strings.Fields(p)
	if len(words) > 16 || !hasYear(p) {
		return time.Time{}, "", false, false
	}
	lw := strings.ToLower(strings.Trim(words[0], ":"))
	label = lw == "published" || lw == "updated" || lw == "posted" || lw == "date" || lw == "last"
	// A dateline in capitals before the date.
	i := 0
	for i < len(words) && i < 4 && isUpperWords(words[i]) && !dateWordRe.MatchString(words[i]) && utf8.RuneCountInString(strings.Trim(words[i], ",")) >= 3 {
		i++
	}
	if i > 0 {
		place = strings.Trim(strings.Join(words[:i], " "), ",")
	}
	rest := strings.Join(words[i:], " ")
	t, ok = findDate(rest)
	if !ok {
		return time.Time{}, "", false, false
	}
	for _, w := range words[i:] {
		if strings.ContainsFunc(w, unicode.IsDigit) || dateWordRe.MatchString(w) {
			continue
		}
		return time.Time{}, "", false, false
	}
	return t, place, label, true
}

var ordinalRe = regexp.MustCompile(`\b(\d{1,2})(st|nd|rd|th)\b`)

// findDate finds a date that starts somewhere in a short line:
// "posted on Saturday, August 13th, 2011", "Date 19.01.2020".
func findDate(s string) (time.Time, bool) {
	if len(s) > 300 || !hasYear(s) {
		return time.Time{}, false
	}
	s = ordinalRe.ReplaceAllString(s, "$1")
	words := strings.Fields(s)
	if len(words) > 20 {
		return time.Time{}, false
	}
	for i := range words {
		w := strings.Join(words[i:], " ")
		if !hasYear(w) {
			break
		}
		w = strings.TrimLeft(w, "|·•-–—,:;( ")
		if t, ok := parseDate(w); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// agencyRe is a wire tag standing alone before the lede: "(CNN) -- ".
var agencyRe = regexp.MustCompile(`^\(([\p{Lu}][\p{L}.&' ]{0,28})\)[ \t]*(?:[–—]|--?)[ \t]*(\S.*)$`)

// sentenceEnd finds the end of the first sentence of p: a full stop,
// question or exclamation mark (and any closing quote) followed by a space
// and a capital, digit or quote, not after an abbreviation. It returns
// len(p) when the paragraph is one sentence.
func sentenceEnd(p string) int {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && strings.ContainsRune("\"')”’»", rune(p[j])) {
			j++
		}
		for j < len(p) && (p[j] == '"' || p[j] == ')') {
			j++
		}
		// closing curly quotes are multi-byte
		for _, q := range []string{"”", "’", "»"} {
			if strings.HasPrefix(p[j:], q) {
				j += len(q)
			}
		}
		if j >= len(p) {
			return len(p)
		}
		if p[j] != ' ' {
			continue
		}
		next := firstRune(strings.TrimLeft(p[j:], " "))
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(openingQuotes, next) {
			continue
		}
		if c == '.' && isAbbreviation(lastWord(p[:i+1])) {
			continue
		}
		return j
	}
	return len(p)
}

func lastWord(s string) string {
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[i+1:]
	}
	return s
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "st.": true, "jr.": true, "sr.": true,
	"gen.": true, "gov.": true, "sen.": true, "rep.": true, "lt.": true, "col.": true, "capt.": true,
	"sgt.": true, "prof.": true, "rev.": true, "inc.": true, "co.": true, "corp.": true, "ltd.": true,
	"no.": true, "vs.": true, "v.": true, "etc.": true, "jan.": true, "feb.": true, "aug.": true,
	"sept.": true, "sep.": true, "oct.": true, "nov.": true, "dec.": true, "ft.": true, "mt.": true,
	"ave.": true, "blvd.": true, "approx.": true, "dept.": true, "est.": true, "fig.": true,
}

// isAbbreviation reports whether a word ending in a full stop is an
// abbreviation: an initial ("J."), letters with inner dots ("U.N.",
// "U.S."), or a common short form ("Mr.", "Inc.").
func isAbbreviation(w string) bool {
	w = strings.TrimLeft(w, "\"'“‘(«")
	if !strings.HasSuffix(w, ".") {
		return false
	}
	core := strings.TrimSuffix(w, ".")
	if utf8.RuneCountInString(core) == 1 && unicode.IsLetter(firstRune(core)) {
		return true
	}
	if strings.Contains(core, ".") && !strings.ContainsFunc(core, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

// Guessed titles: an untitled article is named by its first sentence, whole
// and without its final full stop, so that the user recognises it in lists
// and search; never a sentence cut in the middle. Only a sentence longer
// than maxSentenceTitle runes (no sentence end at all, say) is shortened.
const maxSentenceTitle = 200

// guessTitle names an untitled article after the first sentence of p.
func guessTitle(p string) string {
	p = strings.TrimSpace(p)
	s := strings.TrimSpace(p[:sentenceEnd(p)])
	if utf8.RuneCountInString(s) > maxSentenceTitle {
		return titleFromLede(s)
	}
	return trimSentenceStop(s)
}

// trimSentenceStop removes a final full stop (or ellipsis) but keeps the
// stop of an abbreviation ("… at the U.N.") and a question or exclamation
// mark.
func trimSentenceStop(s string) string {
	if strings.HasSuffix(s, ".") && isAbbreviation(lastWord(s)) {
		return s
	}
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:…–—-", r)
	})
}
