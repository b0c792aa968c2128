package wikilink

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Key normalises a title for resolution: Unicode case folding (full folding,
// so "ß" matches "ss"), accents stripped (the combining diacritical marks left
// by NFD decomposition; script-specific marks such as the kana voicing marks
// or Indic vowel signs are kept because they change the word), default
// ignorable characters such as soft hyphens and zero-width spaces dropped,
// whitespace runs collapsed to one space and the result trimmed. The result
// is NFC, so Hangul stays composed; bytes of invalid UTF-8 become U+FFFD.
// "Séoul", "SEOUL" and " seoul " share the key "seoul".
func Key(title string) string {
	clean := true // already a key: lower-case ASCII, single inner spaces
	for i := 0; i < len(title); i++ {
		c := title[i]
		if c >= utf8.RuneSelf {
			return keySlow(title)
		}
		if 'A' <= c && c <= 'Z' || isASCIISpace(c) && (c != ' ' || i == 0 || i == len(title)-1 || title[i-1] == ' ') {
			clean = false
		}
	}
	if clean {
		return title
	}
	b := make([]byte, 0, len(title))
	space := false
	for i := 0; i < len(title); i++ {
		c := title[i]
		if isASCIISpace(c) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}

// isASCIISpace matches unicode.IsSpace for ASCII bytes.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

func keySlow(title string) string {
	var f folder
	b := make([]byte, 0, len(title)+8)
	space := false
	for i := 0; i < len(title); {
		j := unitEnd(title, i)
		u := title[i:j]
		i = j
		if isSpaceUnit(u) {
			space = len(b) > 0
			continue
		}
		n := len(b)
		if space {
			b = append(b, ' ')
		}
		b = f.appendUnit(b, u)
		if len(b) == n+1 && space {
			b = b[:n] // the unit vanished (an ignorable): no space for it
		} else {
			space = false
		}
	}
	return string(b)
}

// unitEnd returns the end of the text unit starting at i: one rune plus the
// combining marks (and Hangul medial/final jamo) that follow it. Keys are
// computed unit by unit so that Mentions can map matches back to the source.
func unitEnd(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	j := i + size
	if unicode.IsSpace(r) {
		return j // a mark after white space stands alone, as it does after trimming
	}
	for j < len(s) {
		if s[j] < 0xCC { // every rune below U+0300 has a lead byte below 0xCC
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isCombining(r) {
			break
		}
		j += size
	}
	return j
}

func isCombining(r rune) bool {
	if r < 0x300 {
		return false
	}
	if 0x1160 <= r && r <= 0x11FF { // Hangul medial vowels and final consonants
		return true
	}
	if 0xAC00 <= r && r <= 0xD7A3 || 0x4E00 <= r && r <= 0x9FFF { // common, never marks
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

// isSpaceUnit reports whether a unit is white space.
func isSpaceUnit(u string) bool {
	r, _ := utf8.DecodeRuneInString(u)
	return unicode.IsSpace(r)
}

// isDiacritic reports whether r is in one of the generic combining
// diacritical mark blocks (used by Latin, Greek and Cyrillic accents).
func isDiacritic(r rune) bool {
	return 0x300 <= r && r <= 0x36F || 0x1AB0 <= r && r <= 0x1AFF ||
		0x1DC0 <= r && r <= 0x1DFF || 0x20D0 <= r && r <= 0x20FF || 0xFE20 <= r && r <= 0xFE2F
}

// isIgnorable reports whether r is an invisible character that should not
// affect matching (soft hyphen, zero-width space and joiners, word joiner,
// BOM).
func isIgnorable(r rune) bool {
	switch r {
	case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return false
}

// folder normalises text units. It holds a case folder, which may not be
// shared between goroutines, so every call of Key or Mentions makes its own.
type folder struct {
	caser    cases.Caser
	hasCaser bool
	buf, tmp []byte
}

// appendUnit appends the key form of the text unit u to dst.
func (f *folder) appendUnit(dst []byte, u string) []byte {
	if len(u) == 1 {
		c := u[0]
		if c >= utf8.RuneSelf {
			// Invalid UTF-8: a replacement character, so that stray bytes
			// cannot join into a valid rune in the key.
			return append(dst, "\uFFFD"...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return append(dst, c)
	}
	r, size := utf8.DecodeRuneInString(u)
	if size == len(u) {
		switch {
		case 0xAC00 <= r && r <= 0xD7A3, // Hangul syllables
			0x4E00 <= r && r <= 0x9FFF, 0x3400 <= r && r <= 0x4DBF, // CJK ideographs
			0x3040 <= r && r <= 0x30FF: // kana
			return append(dst, u...) // caseless and NFC-stable
		case isIgnorable(r):
			return dst
		case 0xC0 <= r && r <= 0x17F:
			if out, ok := latinUnit(dst, r); ok {
				return out
			}
		}
	}
	return f.slowUnit(dst, u)
}

// latinUnit is the fast path for the accented letters of Latin-1 and Latin
// Extended-A: an ASCII base with diacritics, or a letter whose folding is its
// lower case. TestLatinFastPath checks it against slowUnit rune by rune.
func latinUnit(dst []byte, r rune) ([]byte, bool) {
	switch r {
	case 0xDF, 0x130, 0x149, 0x17F: // ß, İ, ŉ, ſ fold to other letters
		return dst, false
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		if c := d[0]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			return append(dst, c), true
		}
		return dst, false
	}
	return utf8.AppendRune(dst, unicode.ToLower(r)), true
}

// slowUnit folds, decomposes, strips and recomposes u.
func (f *folder) slowUnit(dst []byte, u string) []byte {
	if !f.hasCaser {
		f.caser = cases.Fold()
		f.hasCaser = true
	}
	folded := f.caser.String(u)
	f.buf = norm.NFD.AppendString(f.buf[:0], folded)
	kept := f.buf[:0]
	for i := 0; i < len(f.buf); {
		r, size := utf8.DecodeRune(f.buf[i:])
		switch {
		case isDiacritic(r), isIgnorable(r):
		case 0xAB70 <= r && r <= 0xABBF, 0x13F8 <= r && r <= 0x13FD:
			// Cherokee folds to upper case; x/text's Fold swaps the cases
			// instead, which would make Key(Key(s)) != Key(s).
			kept = utf8.AppendRune(kept, cherokeeUpper(r))
		default:
			kept = append(kept, f.buf[i:i+size]...)
		}
		i += size
	}
	f.tmp = norm.NFC.Append(f.tmp[:0], kept...)
	f.buf = kept[:0]
	return append(dst, f.tmp...)
}

func cherokeeUpper(r rune) rune {
	if r >= 0xAB70 {
		return r - 0xAB70 + 0x13A0
	}
	return r - 8 // U+13F8–U+13FD fold to U+13F0–U+13F5
}
