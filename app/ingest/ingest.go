package ingest

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxFileSize is the largest file accepted (20 MiB).
const MaxFileSize = 20 << 20

// MaxTextSize is the most article text one file may hold (4 MiB, some
// 700,000 words, longer than most books). The search index keeps the
// position of every word, and its memory while one article is indexed
// grows with the article's distinct words: a 4 MiB book of varied words
// peaks under 300 MB (BenchmarkImportPeakRSS in app). Web pages are mostly
// markup, so their files may be larger.
const MaxTextSize = 4 << 20

// Format names stored in Document.Format.
const (
	FormatText     = "txt"
	FormatMarkdown = "md"
	FormatHTML     = "html"
)

// Document is the format-independent result of parsing one file.
type Document struct {
	Title        string
	TitleGuessed bool      // true when the title was derived from the lede (no title line/metadata)
	Source       string    // publication / site name (e.g. from og:site_name, JSON-LD publisher, front matter)
	Author       string    // author names, several joined with ", "
	URL          string    // canonical address of the article when known
	Published    time.Time // zero when unknown
	Dateline     string    // place of the dateline, e.g. "SEOUL" (without the dash)
	Kicker       string    // label above the headline ("ANALYSIS", "Opinion"), if any
	Paragraphs   []string  // body paragraphs in order, dateline prefix removed from the first; no empty ones
	Headings     []int     // indices into Paragraphs that are subheadings, ascending
	Captions     []Caption // photo captions, in document order, each marked with where it stood
	Tags         []string  // from front matter / meta keywords
	Format       string    // "txt", "md" or "html"
	Description  string    // summary / standfirst from metadata (meta description, front matter), if any
}

// Caption is a photo caption split from its credit.
type Caption struct {
	Text   string // caption without the credit
	Credit string // e.g. "AFP / KCNA VIA KNS" (text after "Photo:"); empty when none
	At     int    // where it stood: before Paragraphs[At] (len(Paragraphs): after the last)
}

// Sentinel errors, always returned wrapped with the reason; test with errors.Is.
var (
	ErrUnsupported = errors.New("unsupported file type")
	ErrEmpty       = errors.New("empty file")
	ErrTooLarge    = errors.New("file too large")
	ErrBinary      = errors.New("binary data, not text")
	ErrEncoding    = errors.New("unrecognised text encoding")
	ErrNoContent   = errors.New("no readable content")
	ErrFrontMatter = errors.New("broken front matter")
)

// formatOf maps a file name to its format by extension.
func formatOf(name string) (string, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText, true
	case ".md", ".markdown":
		return FormatMarkdown, true
	case ".html", ".htm":
		return FormatHTML, true
	}
	return "", false
}

// Supported reports whether the file name has an extension Parse handles (used when walking folders).
func Supported(name string) bool {
	_, ok := formatOf(name)
	return ok
}

// Parse picks the parser from the file name's extension (.txt, .text, .md,
// .markdown, .html, .htm; case-insensitive) and decodes the bytes first.
func Parse(name string, data []byte) (*Document, error) {
	format, ok := formatOf(name)
	if !ok {
		ext := filepath.Ext(name)
		if ext == "" {
			return nil, fmt.Errorf("no file extension (want .txt, .text, .md, .markdown, .html or .htm): %w", ErrUnsupported)
		}
		return nil, fmt.Errorf("extension %q is not one of .txt, .text, .md, .markdown, .html, .htm: %w", ext, ErrUnsupported)
	}
	if err := CheckFileSize(data); err != nil {
		return nil, err
	}
	if format != FormatHTML && len(data) > MaxTextSize+MaxTextSize/2 {
		// Plain text and Markdown are their text: refuse before reading.
		return nil, textTooLarge(len(data))
	}
	decode := Decode
	if format == FormatHTML {
		decode = decodeHTML // a page may declare its encoding
	}
	s, err := decode(data)
	if err != nil {
		return nil, err
	}
	var doc *Document
	switch format {
	case FormatMarkdown:
		doc, err = ParseMarkdown(s)
	case FormatHTML:
		doc, err = ParseHTML(s)
	default:
		doc, err = ParseText(s)
	}
	if err != nil {
		return nil, err
	}
	if n := TextSize(doc); n > MaxTextSize {
		return nil, textTooLarge(n)
	}
	// An untitled article whose first sentence is long is named after its
	// file, when the file's name is words rather than a number or a hash.
	if doc.TitleGuessed && (utf8.RuneCountInString(doc.Title) > maxLongTitle || strings.HasSuffix(doc.Title, "…")) {
		if t := titleFromFileName(name); t != "" {
			doc.Title = t
		}
	}
	return doc, nil
}

// maxLongTitle is the longest first sentence used as a title when the file
// name could serve instead.
const maxLongTitle = 120

// titleFromFileName makes a title of a file name such as
// "kim-ready-for-talks.txt" ("kim ready for talks"), or returns "" for
// names that are not words ("000_1696030cd7a94e47.txt", "IMG_2041.txt").
func titleFromFileName(name string) string {
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	words := strings.FieldsFunc(base, func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == ' ' || r == '+' })
	good := 0
	for _, w := range words {
		letters, digits := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letters++
			case unicode.IsDigit(r):
				digits++
			}
		}
		if digits > 0 && letters > 0 && len(w) >= 8 {
			return "" // a hash or an id
		}
		if letters >= 3 && digits == 0 {
			good++
		}
	}
	if good < 3 || good*2 < len(words) {
		return ""
	}
	return strings.Join(words, " ")
}

// TextSize is the size in bytes of a document's text: its paragraphs and
// captions.
func TextSize(doc *Document) int {
	n := 0
	for _, p := range doc.Paragraphs {
		n += len(p) + 2
	}
	for _, c := range doc.Captions {
		n += len(c.Text) + len(c.Credit)
	}
	return n
}

// CheckTextSize refuses a document with more than MaxTextSize of text, with
// the reason and the limit.
func CheckTextSize(doc *Document) error {
	if n := TextSize(doc); n > MaxTextSize {
		return textTooLarge(n)
	}
	return nil
}

func textTooLarge(n int) error {
	return fmt.Errorf("%.1f MB of text, the limit is %d MB of text per article (split the file): %w",
		float64(n)/(1<<20), MaxTextSize>>20, ErrTooLarge)
}

func tooLarge(n int) error {
	return fmt.Errorf("%d bytes, the limit is %d bytes (%d MiB): %w", n, MaxFileSize, MaxFileSize>>20, ErrTooLarge)
}

// CheckFileSize refuses a file of no bytes (ErrEmpty) or over MaxFileSize
// (ErrTooLarge): the first check of every format's parser.
func CheckFileSize(data []byte) error {
	if len(data) > MaxFileSize {
		return tooLarge(len(data))
	}
	if len(data) == 0 {
		return fmt.Errorf("file has 0 bytes: %w", ErrEmpty)
	}
	return nil
}

// prepare applies the checks and clean-ups every parser shares: size limit,
// NUL bytes, invalid UTF-8 (replaced, since the string did not come through
// Decode), invisible characters (a BOM, soft hyphens: dropInvisible), line
// endings and emptiness.
func prepare(s string) (string, error) {
	if len(s) > MaxFileSize {
		return "", tooLarge(len(s))
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		return "", fmt.Errorf("NUL byte at offset %d: %w", i, ErrBinary)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = dropInvisible(s)
	s = normalizeNewlines(s)
	if strings.TrimSpace(s) == "" {
		if s == "" {
			return "", fmt.Errorf("no text: %w", ErrEmpty)
		}
		return "", fmt.Errorf("only white space (%d bytes): %w", len(s), ErrEmpty)
	}
	return s, nil
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
