package wikilink

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mentions finds plain-text occurrences of title (whole words, compared by
// Key: case-, accent- and white-space-insensitive) that are not inside a
// link, code, raw HTML, a Markdown link or a bare URL, for "unlinked
// mentions". A mention never spans lines. For titles in scripts written
// without spaces between words (Han, kana, Hangul, Thai…) the word-boundary
// test is dropped at that edge, so "평양" is found in "평양에서". It returns
// byte spans [start, end) in order.
func Mentions(src, title string) [][2]int {
	key := Key(title)
	if key == "" {
		return nil
	}
	// Cheap rejection when the title is ASCII: every match needs its
	// letters, in some case, somewhere in src.
	if isASCII(key) && isASCII(src) && !containsFoldASCII(src, key) {
		return nil
	}
	nt := normalise(src)
	k := []byte(key)
	first, _ := utf8.DecodeRuneInString(key)
	last, _ := utf8.DecodeLastRuneInString(key)
	var excl []span
	var out [][2]int
	for from := 0; from < len(nt.text); {
		i := bytes.Index(nt.text[from:], k)
		if i < 0 {
			break
		}
		a := from + i
		b := a + len(k)
		from = a + 1
		if a > 0 && nt.from[a-1] == nt.from[a] || b < len(nt.text) && nt.from[b] == nt.from[b-1] {
			continue // the match splits a unit (e.g. one "s" of "ß")
		}
		if !spacedScript(first) {
			if r, _ := utf8.DecodeLastRune(nt.text[:a]); a > 0 && isWordRune(r) {
				continue
			}
		}
		if !spacedScript(last) {
			if r, _ := utf8.DecodeRune(nt.text[b:]); b < len(nt.text) && isWordRune(r) {
				continue
			}
		}
		m := [2]int{int(nt.from[a]), int(nt.to[b-1])}
		if excl == nil {
			excl = exclusions(src)
		}
		if overlaps(excl, m[0], m[1]) {
			continue
		}
		out = append(out, m)
		from = b
	}
	return out
}

// spacedScript reports whether r belongs to a script written without
// spaces between words, or one (Hangul) that glues particles to nouns.
func spacedScript(r rune) bool {
	return r >= 0x0E00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana,
		unicode.Hangul, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.IsMark(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether ASCII s contains the lower-case key,
// ignoring case and treating any run of blanks in s as a space. It only
// filters: a true result is checked properly.
func containsFoldASCII(s, key string) bool {
	word, _, _ := strings.Cut(key, " ")
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// normText is src in key form with, for every byte, the source range of the
// unit it came from.
type normText struct {
	text     []byte
	from, to []int32
}

// normalise maps src unit by unit the way Key maps a title, except that line
// breaks are kept (as '\n') so that no match crosses a line.
func normalise(src string) normText {
	var f folder
	nt := normText{
		text: make([]byte, 0, len(src)),
		from: make([]int32, 0, len(src)),
		to:   make([]int32, 0, len(src)),
	}
	space := false
	for i := 0; i < len(src); {
		if c := src[i]; c < utf8.RuneSelf && (i+1 == len(src) || src[i+1] < 0xCC) {
			// ASCII not followed by a combining mark: the common case.
			switch {
			case c == '\n':
				space = false
			case isASCIISpace(c):
				if space {
					i++
					continue
				}
				c, space = ' ', true
			default:
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				space = false
			}
			nt.text = append(nt.text, c)
			nt.from = append(nt.from, int32(i))
			nt.to = append(nt.to, int32(i+1))
			i++
			continue
		}
		j := unitEnd(src, i)
		u := src[i:j]
		var n int
		switch {
		case u == "\n":
			nt.text = append(nt.text, '\n')
			n, space = 1, false
		case isSpaceUnit(u):
			if !space {
				nt.text = append(nt.text, ' ')
				n, space = 1, true
			}
		default:
			before := len(nt.text)
			nt.text = f.appendUnit(nt.text, u)
			n = len(nt.text) - before
			if n > 0 {
				space = false
			}
		}
		for ; n > 0; n-- {
			nt.from = append(nt.from, int32(i))
			nt.to = append(nt.to, int32(j))
		}
		i = j
	}
	return nt
}

// exclusions returns the sorted, merged spans of src where mentions do not
// count: links, code, raw HTML, Markdown links and bare URLs.
func exclusions(src string) []span {
	s := scan(src, true)
	ex := s.skips
	for _, l := range s.links {
		ex = append(ex, span{l.Start, l.End})
	}
	ex = append(ex, bareURLs(src)...)
	sort.Slice(ex, func(i, j int) bool { return ex[i].start < ex[j].start })
	merged := ex[:0]
	for _, x := range ex {
		if n := len(merged); n > 0 && x.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, x.end)
			continue
		}
		merged = append(merged, x)
	}
	return merged
}

// overlaps reports whether [a,b) meets one of the sorted disjoint spans.
func overlaps(ex []span, a, b int) bool {
	i := sort.Search(len(ex), func(i int) bool { return ex[i].end > a })
	return i < len(ex) && ex[i].start < b
}

// bareURLs finds URLs written as plain text ("https://…", "www.…"), which
// renderers turn into links.
func bareURLs(src string) []span {
	var out []span
	for _, marker := range [...]string{"://", "www."} {
		for from := 0; ; {
			k := strings.Index(src[from:], marker)
			if k < 0 {
				break
			}
			a := from + k
			// Back to the start of the scheme.
			for a > 0 && (isASCIIAlnum(src[a-1]) || strings.IndexByte("+.-", src[a-1]) >= 0) {
				a--
			}
			b := from + k + len(marker)
			for b < len(src) && !isBlank(src[b]) && src[b] != '<' && src[b] != '>' {
				b++
			}
			out = append(out, span{a, b})
			from = b
		}
	}
	return out
}

// LinkMention wraps the mention at byte span [start,end) of src into
// [[title]], or [[title|original text]] when the text differs from the
// title, and returns the new source. A '!', '[' or backslash just before the
// mention is escaped so that the result is a plain link. src is returned
// unchanged when the span is out of range, not on rune boundaries, crosses a
// line or contains brackets, or when title is not valid (see ValidateTitle).
func LinkMention(src string, start, end int, title string) string {
	if start < 0 || end > len(src) || start >= end ||
		!utf8.RuneStart(src[start]) || end < len(src) && !utf8.RuneStart(src[end]) {
		return src
	}
	orig := src[start:end]
	title = strings.TrimSpace(title)
	if strings.ContainsAny(orig, "\n\r") || strings.Contains(orig, "]]") ||
		strings.Contains(orig, "[[") || strings.HasSuffix(orig, "]") || ValidateTitle(title) != nil {
		return src
	}
	pre := src[:start]
	if n := len(pre); n > 0 {
		c := pre[n-1]
		switch {
		case c == '\\' && trailingBackslashes(pre)%2 == 1:
			pre += `\` // keep the backslash literal instead of escaping our '['
		case (c == '!' || c == '[') && trailingBackslashes(pre[:n-1])%2 == 0:
			pre = pre[:n-1] + `\` + pre[n-1:]
		}
	}
	var b strings.Builder
	b.Grow(len(src) + len(title) + 6)
	b.WriteString(pre)
	b.WriteString("[[")
	b.WriteString(title)
	if orig != title {
		b.WriteByte('|')
		b.WriteString(orig)
	}
	b.WriteString("]]")
	b.WriteString(src[end:])
	return b.String()
}

func trailingBackslashes(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	return n
}
