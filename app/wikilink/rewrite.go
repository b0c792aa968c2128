package wikilink

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTitleLen is the longest title ValidateTitle accepts, in runes.
const MaxTitleLen = 200

// ErrBadTitle is wrapped by every error ValidateTitle returns.
var ErrBadTitle = errors.New("wikilink: bad title")

// ValidateTitle reports whether title can name a page and be written inside
// [[...]] without changing how the note parses. It rejects empty and
// white-space-only titles, titles over MaxTitleLen runes, invalid UTF-8,
// titles containing "[[", "]]", "|", "#", a backtick (which could open a code
// span around the link), '<' or '>' or unbalanced parentheses (which could
// close an autolink, HTML tag or comment, or a Markdown link destination
// opened before the link, hiding it after a rename), titles ending in "]" or
// "\" (which would merge with the closing brackets), control characters,
// line separators and bidirectional controls, and titles whose Key is empty.
// The error wraps ErrBadTitle with the reason.
func ValidateTitle(title string) error {
	if strings.TrimSpace(title) == "" {
		return fmt.Errorf("%w: empty", ErrBadTitle)
	}
	if n := utf8.RuneCountInString(title); n > MaxTitleLen {
		return fmt.Errorf("%w: %d characters, at most %d allowed", ErrBadTitle, n, MaxTitleLen)
	}
	if !utf8.ValidString(title) {
		return fmt.Errorf("%w: invalid UTF-8", ErrBadTitle)
	}
	for _, bad := range [...]string{"[[", "]]", "|", "#", "`", "<", ">"} {
		if strings.Contains(title, bad) {
			return fmt.Errorf("%w: contains %q", ErrBadTitle, bad)
		}
	}
	if !balancedParens(title) {
		return fmt.Errorf("%w: unbalanced parentheses", ErrBadTitle)
	}
	for _, r := range title {
		if unicode.IsControl(r) || r == 0x2028 || r == 0x2029 ||
			0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069 {
			return fmt.Errorf("%w: contains control character %U", ErrBadTitle, r)
		}
	}
	t := strings.TrimSpace(title)
	if strings.HasSuffix(t, "]") || strings.HasSuffix(t, `\`) {
		return fmt.Errorf("%w: ends with %q", ErrBadTitle, t[len(t)-1:])
	}
	if Key(t) == "" {
		return fmt.Errorf("%w: no visible characters", ErrBadTitle)
	}
	return nil
}

// Rewrite replaces the target of every link whose target resolves (by Key)
// to oldTitle with newTitle (trimmed), keeping the heading, label, embed
// marker and all other bytes (but for a "[" right before a link, escaped when
// the new target would merge with it); links in code are untouched. It returns the new
// source and the number of links whose text changed. When newTitle is not a
// valid title (see ValidateTitle) nothing is rewritten, since it could break
// the note's syntax.
func Rewrite(src, oldTitle, newTitle string) (string, int) {
	oldKey := Key(oldTitle)
	newTitle = strings.TrimSpace(newTitle)
	if oldKey == "" || !strings.Contains(src, "[[") || ValidateTitle(newTitle) != nil {
		return src, 0
	}
	s := scan(src, false)
	var b strings.Builder
	last, n := 0, 0
	for i, l := range s.links {
		if l.Target == newTitle || !keyMatches(l.Target, oldKey) {
			continue
		}
		if n == 0 {
			b.Grow(len(src) + 16)
		}
		t := s.targets[i]
		if mergesWithBracket(src, l.Start, newTitle) {
			// "[" + "[[[Old]]" would read as a link to "[New": escape the
			// stray bracket, which Markdown shows the same.
			b.WriteString(src[last : l.Start-1])
			b.WriteString(`\[`)
			last = l.Start
		}
		b.WriteString(src[last:t.start])
		b.WriteString(newTitle)
		last = t.end
		n++
	}
	if n == 0 {
		return src, 0
	}
	b.WriteString(src[last:])
	return b.String(), n
}

// mergesWithBracket reports whether the link at start is preceded by a
// literal "[" that a new target not starting with "[" would pull into the
// link (the old target started with "[", so the scan began after it).
func mergesWithBracket(src string, start int, newTitle string) bool {
	if start == 0 || src[start-1] != '[' || strings.HasPrefix(newTitle, "[") {
		return false
	}
	n := 0 // backslashes before the bracket: an odd count escapes it
	for i := start - 2; i >= 0 && src[i] == '\\'; i-- {
		n++
	}
	return n%2 == 0
}

// keyMatches reports whether Key(s) == key without allocating for ASCII s.
func keyMatches(s, key string) bool {
	k := 0
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return Key(s) == key
		}
		if isASCIISpace(c) {
			space = k > 0
			continue
		}
		if space {
			if k >= len(key) || key[k] != ' ' {
				return false
			}
			k++
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if k >= len(key) || key[k] != c {
			return false
		}
		k++
	}
	return k == len(key)
}

// contextRunes bounds the length of a Context snippet.
const contextRunes = 200

// Context returns the line of src containing byte offset off, trimmed, for
// showing a backlink. A line longer than about 200 runes is cut to a window
// around off, preferably at spaces, marked with "…" where cut.
func Context(src string, off int) string {
	off = max(0, min(off, len(src)))
	for off > 0 && off < len(src) && !utf8.RuneStart(src[off]) {
		off--
	}
	ls := strings.LastIndexByte(src[:off], '\n') + 1
	le := len(src)
	if k := strings.IndexByte(src[off:], '\n'); k >= 0 {
		le = off + k
	}
	line := src[ls:le]
	if utf8.RuneCountInString(line) <= contextRunes {
		return strings.TrimSpace(line)
	}
	// Window: about a third before off, the rest after.
	rel := off - ls
	start := rel
	for n := 0; start > 0 && n < contextRunes/3; n++ {
		_, size := utf8.DecodeLastRuneInString(line[:start])
		start -= size
	}
	end := start
	for n := 0; end < len(line) && n < contextRunes; n++ {
		_, size := utf8.DecodeRuneInString(line[end:])
		end += size
	}
	if end == len(line) { // hit the end: give the spare room to the start
		for n := utf8.RuneCountInString(line[start:]); start > 0 && n < contextRunes; n++ {
			_, size := utf8.DecodeLastRuneInString(line[:start])
			start -= size
		}
	}
	// Cut at a space close to each end when there is one.
	if start > 0 {
		if k := strings.IndexByte(line[start:min(start+40, rel)], ' '); k >= 0 {
			start += k + 1
		}
	}
	if end < len(line) {
		if k := strings.LastIndexByte(line[max(end-40, rel):end], ' '); k >= 0 {
			end = max(end-40, rel) + k
		}
	}
	out := strings.TrimSpace(line[start:end])
	if start > 0 {
		out = "…" + out
	}
	if end < len(line) {
		out += "…"
	}
	return out
}

// balancedParens reports whether every ')' in s closes an earlier '('.
func balancedParens(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return false
			}
			depth--
		}
	}
	return depth == 0
}
