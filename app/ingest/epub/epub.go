// Package epub imports e-books (.epub: XHTML chapters in a zip archive).
// The chapters are read in spine order through ingest's HTML path, each
// chapter's title becoming a heading; title, author, publisher, date,
// subjects and description come from the package document (OPF).
package epub

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"

	"dossier/app/ingest"
	"dossier/app/ingest/zipsafe"
)

// FormatEPUB is the Document.Format of an imported e-book.
const FormatEPUB = "epub"

// Errors, returned wrapped with the file's name.
var (
	ErrNotEPUB   = errors.New("not an EPUB e-book")
	ErrEncrypted = errors.New("the e-book is encrypted (DRM)")
)

// MaxChapters bounds the spine items read; a book with more is refused.
const MaxChapters = 2000

// Parse reads an .epub file's bytes; name is used in errors.
func Parse(name string, data []byte) (*ingest.Document, error) {
	doc, err := parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return doc, nil
}

type opf struct {
	Metadata struct {
		Title       []string `xml:"title"`
		Creator     []string `xml:"creator"`
		Publisher   string   `xml:"publisher"`
		Date        []string `xml:"date"`
		Subject     []string `xml:"subject"`
		Description string   `xml:"description"`
		Identifier  []string `xml:"identifier"`
	} `xml:"metadata"`
	Manifest []struct {
		ID   string `xml:"id,attr"`
		Href string `xml:"href,attr"`
		Type string `xml:"media-type,attr"`
	} `xml:"manifest>item"`
	Spine []struct {
		IDRef  string `xml:"idref,attr"`
		Linear string `xml:"linear,attr"`
	} `xml:"spine>itemref"`
}

func parse(data []byte) (*ingest.Document, error) {
	if err := ingest.CheckFileSize(data); err != nil {
		return nil, err
	}
	zr, err := zipsafe.Open(data)
	if err != nil {
		return nil, err
	}
	if zr.Has("META-INF/encryption.xml") {
		b, err := zr.Read("META-INF/encryption.xml")
		if err != nil {
			return nil, err
		}
		// Font obfuscation is harmless; encrypted content documents are not.
		if bytes.Contains(b, []byte("EncryptedData")) && !bytes.Contains(b, []byte("font")) {
			return nil, ErrEncrypted
		}
	}
	cont, err := zr.Read("META-INF/container.xml")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotEPUB, err)
	}
	var c struct {
		Rootfiles []struct {
			Path string `xml:"full-path,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := xml.Unmarshal(cont, &c); err != nil || len(c.Rootfiles) == 0 {
		return nil, fmt.Errorf("%w: META-INF/container.xml names no package document", ErrNotEPUB)
	}
	opfPath := c.Rootfiles[0].Path
	opfData, err := zr.Read(opfPath)
	if err != nil {
		return nil, fmt.Errorf("%w: package document: %v", ErrNotEPUB, err)
	}
	var pkg opf
	if err := xml.Unmarshal(opfData, &pkg); err != nil {
		return nil, fmt.Errorf("%w: package document %s: %v", ErrNotEPUB, opfPath, err)
	}
	doc := &ingest.Document{Format: FormatEPUB}
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if len(pkg.Metadata.Title) > 0 {
		doc.Title = clean(pkg.Metadata.Title[0])
	}
	var authors []string
	for _, a := range pkg.Metadata.Creator {
		if a = clean(a); a != "" {
			authors = append(authors, a)
		}
	}
	doc.Author = strings.Join(authors, ", ")
	doc.Source = clean(pkg.Metadata.Publisher)
	doc.Description = clean(stripTags(pkg.Metadata.Description))
	for _, s := range pkg.Metadata.Subject {
		if s = clean(s); s != "" && len(doc.Tags) < 20 {
			doc.Tags = append(doc.Tags, s)
		}
	}
	for _, d := range pkg.Metadata.Date {
		if t, ok := parseDate(clean(d)); ok {
			doc.Published = t
			break
		}
	}
	for _, id := range pkg.Metadata.Identifier {
		if id = clean(id); strings.HasPrefix(id, "http://") || strings.HasPrefix(id, "https://") {
			doc.URL = id
			break
		}
	}

	base := path.Dir(opfPath)
	items := map[string]string{}
	for _, it := range pkg.Manifest {
		if it.Type == "application/xhtml+xml" || it.Type == "text/html" || it.Type == "application/x-dtbook+xml" {
			items[it.ID] = it.Href
		}
	}
	chapters := 0
	for _, ref := range pkg.Spine {
		href, ok := items[ref.IDRef]
		if !ok || ref.Linear == "no" {
			continue
		}
		if chapters++; chapters > MaxChapters {
			// Reading only the first chapters would lose the rest without a word.
			return nil, fmt.Errorf("more than %d chapters, the limit for one book: %w", MaxChapters, ingest.ErrTooLarge)
		}
		href, _, _ = strings.Cut(href, "#")
		p, err := resolve(base, href)
		if err != nil {
			return nil, err
		}
		b, err := zr.Read(p)
		if err != nil {
			if errors.Is(err, zipsafe.ErrMissing) {
				continue // a broken link in the spine: the rest is still the book
			}
			return nil, err
		}
		ch, err := ingest.Parse(path.Base(p)+".html", b)
		if errors.Is(err, ingest.ErrTooLarge) {
			return nil, fmt.Errorf("chapter %s: %w", p, err) // not to be skipped like an empty page
		}
		if err != nil {
			continue // a cover image page, an empty chapter
		}
		if t := clean(ch.Title); t != "" && !ch.TitleGuessed && t != doc.Title {
			doc.Headings = append(doc.Headings, len(doc.Paragraphs))
			doc.Paragraphs = append(doc.Paragraphs, t)
		}
		off := len(doc.Paragraphs)
		for _, h := range ch.Headings {
			doc.Headings = append(doc.Headings, off+h)
		}
		doc.Paragraphs = append(doc.Paragraphs, ch.Paragraphs...)
		for _, c := range ch.Captions {
			c.At += off // where it stood in the chapter, counted through the book
			doc.Captions = append(doc.Captions, c)
		}
		// Chapters are read one at a time: stop at the text limit rather
		// than after the whole book.
		if err := ingest.CheckTextSize(doc); err != nil {
			return nil, fmt.Errorf("by chapter %d: %w", chapters, err)
		}
	}
	if len(doc.Paragraphs) == 0 || len(doc.Paragraphs) == len(doc.Headings) {
		return nil, fmt.Errorf("%w: no chapter has paragraphs of text", ingest.ErrNoContent)
	}
	if doc.Title == "" {
		doc.Title, doc.TitleGuessed = doc.Paragraphs[0], true
		if r := []rune(doc.Title); len(r) > 80 {
			doc.Title = string(r[:80]) + "…"
		}
	}
	return doc, nil
}

// resolve joins a manifest href to the package document's folder, refusing
// one that leads out of the archive.
func resolve(base, href string) (string, error) {
	if strings.Contains(href, "://") || strings.HasPrefix(href, "/") {
		return "", fmt.Errorf("%w: spine item %q", zipsafe.ErrBadPath, href)
	}
	p := path.Clean(path.Join(base, unescape(href)))
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", fmt.Errorf("%w: spine item %q", zipsafe.ErrBadPath, href)
	}
	return p, nil
}

// unescape decodes %XX in an href (file names with spaces).
func unescape(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if v, ok := hexByte(s[i+1], s[i+2]); ok {
				b.WriteByte(v)
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func hexByte(a, b byte) (byte, bool) {
	h := func(c byte) (byte, bool) {
		switch {
		case c >= '0' && c <= '9':
			return c - '0', true
		case c >= 'a' && c <= 'f':
			return c - 'a' + 10, true
		case c >= 'A' && c <= 'F':
			return c - 'A' + 10, true
		}
		return 0, false
	}
	x, ok1 := h(a)
	y, ok2 := h(b)
	return x<<4 | y, ok1 && ok2
}

// stripTags removes markup some books put in dc:description.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() > 0 {
			return t, true
		}
	}
	return time.Time{}, false
}
