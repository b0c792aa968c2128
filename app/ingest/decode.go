package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/htmlindex"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to Unicode. The five
// undefined bytes map to the C1 controls, as in Latin-1; bytes 0xA0–0xFF are
// the same in Latin-1 and Windows-1252.
var cp1252 = [32]rune{
	'\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
	'\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
	'\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
	'\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
}

// Decode turns raw bytes into UTF-8 text: UTF-8 with/without BOM, UTF-16
// LE/BE with BOM, Windows-1252/Latin-1 for non-UTF-8 text that looks like it;
// otherwise an error (ErrBinary for NUL bytes or control-character soup,
// ErrEncoding for anything else). Empty input decodes to "".
//
// A UTF-8 file with a few stray Windows-1252 bytes (mixed encodings, common
// after copy and paste) keeps its UTF-8 and has only the stray bytes mapped.
func Decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}) && len(data)%4 == 0,
		bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return "", fmt.Errorf("UTF-32 byte order mark: UTF-32 text is not supported: %w", ErrEncoding)
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeUTF16(data[2:], true)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("NUL byte at offset %d (binary file, or UTF-16 without byte order mark): %w", i, ErrBinary)
	}
	if utf8.Valid(data) {
		s := string(data)
		if err := checkControls(s); err != nil {
			return "", err
		}
		return s, nil
	}
	return decodeLegacy(data)
}

func decodeUTF16(data []byte, bigEndian bool) (string, error) {
	name := "UTF-16LE"
	if bigEndian {
		name = "UTF-16BE"
	}
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%s text has an odd number of bytes (%d after the byte order mark): %w", name, len(data), ErrEncoding)
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	var b strings.Builder
	b.Grow(len(u))
	for i, r := range utf16.Decode(u) {
		if r == 0 {
			return "", fmt.Errorf("%s text contains a NUL character (code unit %d): %w", name, i, ErrBinary)
		}
		b.WriteRune(r)
	}
	s := b.String()
	if err := checkControls(s); err != nil {
		return "", err
	}
	return s, nil
}

// checkControls refuses valid text that is mostly control characters, which
// means a binary file that happens to be valid UTF-8. Tab, newline, CR, form
// feed, vertical tab, ESC and Ctrl-Z (DOS end of file) are normal in text.
func checkControls(s string) error {
	n, bad := 0, 0
	for _, r := range s {
		n++
		if isBadControl(r) {
			bad++
		}
	}
	if bad > 2 && bad*50 > n {
		return fmt.Errorf("%d control characters in %d characters: %w", bad, n, ErrBinary)
	}
	return nil
}

func isBadControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v', 0x1A, 0x1B:
		return false
	}
	return r < 0x20 || r == 0x7F
}

// decodeLegacy handles bytes that are not valid UTF-8: either UTF-8 with a
// few stray single-byte characters, or Windows-1252/Latin-1 text.
func decodeLegacy(data []byte) (string, error) {
	multi, invalid, firstInvalid := 0, 0, -1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if firstInvalid < 0 {
				firstInvalid = i
			}
			invalid++
		} else if size > 1 {
			multi++
		}
		i += size
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	if multi > invalid {
		// Mostly UTF-8: keep it, map only the stray bytes.
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				r = legacyRune(data[i])
			}
			b.WriteRune(r)
			i += size
		}
		s := b.String()
		if err := checkControls(s); err != nil {
			return "", err
		}
		return s, nil
	}
	if !plausibleLegacy(data) {
		return "", fmt.Errorf("invalid UTF-8 at byte offset %d and the bytes do not look like Windows-1252 or Latin-1 text: %w", firstInvalid, ErrEncoding)
	}
	for _, c := range data {
		b.WriteRune(legacyRune(c))
	}
	return b.String(), nil
}

func legacyRune(c byte) rune {
	if c >= 0x80 && c < 0xA0 {
		return cp1252[c-0x80]
	}
	return rune(c)
}

// plausibleLegacy reports whether bytes look like single-byte Western text:
// mostly ASCII, no undefined Windows-1252 bytes, hardly any control
// characters. Random binary data fails on the proportion of high bytes.
func plausibleLegacy(data []byte) bool {
	high, bad := 0, 0
	for _, c := range data {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			bad++
		case c >= 0x80:
			high++
		case isBadControl(rune(c)):
			bad++
		}
	}
	if len(data) < 16 {
		return bad == 0
	}
	return bad*100 <= len(data) && high*10 <= len(data)*4
}

// maxCharsetScan is how far into a page decodeHTML looks for a declared
// encoding: browsers look at the first 1024 bytes first but honour a
// <meta> met later in the head, after long scripts and comments.
const maxCharsetScan = 64 << 10

// xmlEncodingRe reads the encoding of an XML declaration (XHTML pages).
var xmlEncodingRe = regexp.MustCompile(`^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']`)

// decodeHTML decodes a saved web page. A byte order mark or valid UTF-8
// decide as in Decode; otherwise the encoding the page declares
// (<meta charset>, <meta http-equiv="Content-Type">, an XML declaration)
// is used when it decodes the bytes with fewer errors than UTF-8 would,
// and Decode's guess when the page declares none. Pages in Shift_JIS,
// EUC-JP, GBK, Big5, EUC-KR, KOI8-R, the ISO-8859 and Windows code pages
// and the other encodings of the WHATWG Encoding Standard are read.
func decodeHTML(data []byte) (string, error) {
	if bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) ||
		bytes.IndexByte(data, 0) >= 0 || utf8.Valid(data) {
		return Decode(data)
	}
	label := declaredCharset(data)
	if label == "" {
		return Decode(data)
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		s, err := Decode(data)
		if err != nil {
			return "", fmt.Errorf("the page declares charset %q, which is not a known encoding, and %w", label, err)
		}
		return s, nil
	}
	name, _ := htmlindex.Name(enc)
	switch name {
	case "utf-8", "windows-1252":
		// Decode reads Windows-1252 and mends UTF-8 with stray bytes.
		s, err := Decode(data)
		if err != nil {
			return "", fmt.Errorf("the page declares charset %q: %w", label, err)
		}
		return s, nil
	case "replacement", "utf-16le", "utf-16be", "x-user-defined":
		// UTF-16 without a byte order mark has NUL bytes (refused above);
		// "replacement" stands for encodings browsers refuse to read.
		s, err := Decode(data)
		if err != nil {
			return "", fmt.Errorf("the page declares charset %q, which is not supported, and %w", label, err)
		}
		return s, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("the page declares charset %q but its bytes do not decode as %s: %v: %w", label, name, err, ErrEncoding)
	}
	bad := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(data, []byte("\uFFFD"))
	if bad > 0 && bad >= invalidUTF8(data) {
		// UTF-8 with a few stray bytes under a wrong declaration.
		if s, err := Decode(data); err == nil {
			return s, nil
		}
	}
	if bad*100 > utf8.RuneCount(out) {
		return "", fmt.Errorf("the page declares charset %q but %d of its characters do not decode as %s: %w", label, bad, name, ErrEncoding)
	}
	s := string(out)
	if err := checkControls(s); err != nil {
		return "", err
	}
	return s, nil
}

// invalidUTF8 counts the bytes that are not part of a valid UTF-8 sequence.
func invalidUTF8(data []byte) int {
	n := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}

// declaredCharset returns the encoding label a page declares in an XML
// declaration or in a <meta> of its head, or "".
func declaredCharset(data []byte) string {
	head := data[:min(len(data), maxCharsetScan)]
	if m := xmlEncodingRe.FindSubmatch(head[:min(len(head), 512)]); m != nil {
		return string(m[1])
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if !hasAttr {
					continue
				}
				a := attrs(z)
				if c := strings.TrimSpace(a["charset"]); c != "" {
					return c
				}
				if strings.EqualFold(strings.TrimSpace(a["http-equiv"]), "content-type") {
					if c := charsetParam(a["content"]); c != "" {
						return c
					}
				}
			}
		}
	}
}

// charsetParam reads the charset of a Content-Type value
// ("text/html; charset=Shift_JIS").
func charsetParam(v string) string {
	// ASCII case folding only: strings.ToLower may change the length of
	// a value holding invalid UTF-8, and i must index v.
	l := []byte(v)
	for j, c := range l {
		if 'A' <= c && c <= 'Z' {
			l[j] = c + 'a' - 'A'
		}
	}
	i := bytes.Index(l, []byte("charset"))
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(v[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\"'")
	end := strings.IndexAny(rest, " \t;\"',")
	if end >= 0 {
		rest = rest[:end]
	}
	return rest
}
