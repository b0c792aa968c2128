package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestSupported(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "a.TEXT": true, "b.md": true, "b.Markdown": true, "c.html": true, "c.HTM": true,
		"dir.d/notes.MD": true, "a.pdf": false, "a": false, "a.txt.gz": false, "html": false, "": false,
	} {
		if got := Supported(name); got != want {
			t.Errorf("Supported(%q) = %v", name, got)
		}
	}
}

func TestParseDispatch(t *testing.T) {
	for name, format := range map[string]string{"x.txt": "txt", "x.text": "txt", "x.md": "md", "x.markdown": "md", "x.html": "html", "x.htm": "html"} {
		d, err := Parse(name, []byte("<p>Hello there, this is a short paragraph of text.</p>"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Format != format {
			t.Errorf("%s: Format %q, want %q", name, d.Format, format)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
		msg  string // part of the message
	}{
		{"a.pdf", []byte("x"), ErrUnsupported, ".pdf"},
		{"noext", []byte("x"), ErrUnsupported, "no file extension"},
		{"a.txt", nil, ErrEmpty, "0 bytes"},
		{"a.txt", []byte(" \n\t\r\n \u00a0"), ErrEmpty, "white space"},
		{"a.md", []byte("\xef\xbb\xbf\n\n"), ErrEmpty, "white space"},
		{"a.txt", bytes.Repeat([]byte("a"), MaxFileSize+1), ErrTooLarge, "limit"},
		{"a.txt", []byte("text\x00more"), ErrBinary, "NUL"},
		{"a.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, "NUL"},
		{"a.txt", []byte("\x01\x02\x03\x04\x05\x06 some text \x07\x08"), ErrBinary, "control"},
		{"a.txt", []byte{0xff, 0xfe, 'a', 0, 'b'}, ErrEncoding, "odd number"},
		{"a.txt", bytes.Repeat([]byte{0xC0, 0x81, 0xFE, 0x9D, 0x90}, 20), ErrEncoding, "invalid UTF-8"},
		{"a.md", []byte("---\ntitle: [x\n---\nbody"), ErrFrontMatter, "front matter line"},
		{"a.html", []byte("<html><body><script>x()</script></body></html>"), ErrNoContent, "HTML"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.name, tt.data)
		if !errors.Is(err, tt.want) {
			t.Errorf("Parse(%s, %.20q) error = %v, want %v", tt.name, tt.data, err, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Parse(%s) error %q does not mention %q", tt.name, err, tt.msg)
		}
	}
}

func TestParsersRefuseDirectly(t *testing.T) {
	for _, f := range []func(string) (*Document, error){ParseText, ParseMarkdown, ParseHTML} {
		if _, err := f(""); !errors.Is(err, ErrEmpty) {
			t.Errorf("empty: %v", err)
		}
		if _, err := f("a\x00b"); !errors.Is(err, ErrBinary) {
			t.Errorf("NUL: %v", err)
		}
		if _, err := f(strings.Repeat(" ", MaxFileSize+1)); !errors.Is(err, ErrTooLarge) {
			t.Errorf("large: %v", err)
		}
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	if bigEndian {
		b = []byte{0xFE, 0xFF}
	} else {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	const text = "“Café” – naïve 😀\u00a0x\r\nline"
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf8", []byte(text), text},
		{"utf8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, text...), text},
		{"utf16le BOM", utf16Bytes(text, false), text},
		{"utf16be BOM", utf16Bytes(text, true), text},
		{"windows-1252", []byte("\x93Caf\xe9\x94 \x96 na\xefve \x85 \x80 \x92s"), "“Café” – naïve … € ’s"},
		{"latin-1", []byte("Gr\xfc\xdfe aus K\xf6ln"), "Grüße aus Köln"},
		{"mixed utf8 with stray cp1252", []byte("“Smart” quotes and caf\xe9 — done ‘ok’"), "“Smart” quotes and café — done ‘ok’"},
		{"empty", nil, ""},
		{"tabs and form feeds are text", []byte("a\tb\fc\x1a"), "a\tb\fc\x1a"},
	}
	for _, tt := range tests {
		got, err := Decode(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("%s: Decode = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	bad := []struct {
		name string
		in   []byte
		want error
	}{
		{"NUL", []byte("ab\x00"), ErrBinary},
		{"utf16 without BOM", []byte{'a', 0, 'b', 0}, ErrBinary},
		{"utf16 NUL char", utf16Bytes("a\x00", false), ErrBinary},
		{"utf16 odd", []byte{0xFE, 0xFF, 0}, ErrEncoding},
		{"utf32", []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}, ErrEncoding},
		{"random high bytes", bytes.Repeat([]byte{0xE9, 0xC3, 0xFE, 0x81, 0xA0}, 30), ErrEncoding},
		{"controls", []byte("\x01\x02\x03\x04abc"), ErrBinary},
	}
	for _, tt := range bad {
		if _, err := Decode(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("%s: Decode error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestEncodingsEndToEnd parses the same article saved in several
// encodings; the result must be identical, typography included.
func TestEncodingsEndToEnd(t *testing.T) {
	const article = "Café owners protest\r\n\r\nPARIS – “We can’t go on,” said one owner in the café.\r\n\r\nThe protest\u00a0continues.\r\n"
	cp1252 := []byte("Caf\xe9 owners protest\r\n\r\nPARIS \x96 \x93We can\x92t go on,\x94 said one owner in the caf\xe9.\r\n\r\nThe protest\xa0continues.\r\n")
	inputs := map[string][]byte{
		"utf8":     []byte(article),
		"utf8 BOM": append([]byte{0xEF, 0xBB, 0xBF}, article...),
		"utf16le":  utf16Bytes(article, false),
		"utf16be":  utf16Bytes(article, true),
		"cp1252":   cp1252,
	}
	for name, data := range inputs {
		d, err := Parse("a.txt", data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkInvariants(t, d)
		want := []string{"“We can’t go on,” said one owner in the café.", "The protest\u00a0continues."}
		if d.Title != "Café owners protest" || d.TitleGuessed || d.Dateline != "PARIS" || !equalStrings(d.Paragraphs, want) {
			t.Errorf("%s: title %q dateline %q paragraphs %q", name, d.Title, d.Dateline, d.Paragraphs)
		}
	}
}
