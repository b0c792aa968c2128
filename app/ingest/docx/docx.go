// Package docx imports Word documents (.docx: Office Open XML, zipped):
// body paragraphs in order, headings from the paragraph styles (Heading 1–9,
// Title) or outline levels, footnotes and endnotes gathered under a "Notes"
// heading at the end with their marks kept in the text as [1], [2], …, and
// title, author, date and keywords from docProps/core.xml.
package docx

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"dossier/app/ingest"
	"dossier/app/ingest/zipsafe"
)

// FormatDOCX is the Document.Format of an imported Word file.
const FormatDOCX = "docx"

// ErrNotDOCX is returned, wrapped, for an archive without a Word document in it.
var ErrNotDOCX = errors.New("not a Word document (.docx)")

// Parse reads a .docx file's bytes; name is used in errors.
func Parse(name string, data []byte) (*ingest.Document, error) {
	doc, err := parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return doc, nil
}

func parse(data []byte) (*ingest.Document, error) {
	if err := ingest.CheckFileSize(data); err != nil {
		return nil, err
	}
	zr, err := zipsafe.Open(data)
	if err != nil {
		return nil, err
	}
	if !zr.Has("word/document.xml") {
		return nil, fmt.Errorf("%w: no word/document.xml", ErrNotDOCX)
	}
	styles := map[string]int{} // style id → heading level (0 = title)
	if zr.Has("word/styles.xml") {
		b, err := zr.Read("word/styles.xml")
		if err != nil {
			return nil, err
		}
		styles = headingStyles(b)
	}
	notes := map[string]string{} // "f3" / "e2" → text
	for _, part := range []struct{ file, kind, elem string }{{"word/footnotes.xml", "f", "footnote"}, {"word/endnotes.xml", "e", "endnote"}} {
		if !zr.Has(part.file) {
			continue
		}
		b, err := zr.Read(part.file)
		if err != nil {
			return nil, err
		}
		if err := readNotes(b, part.elem, part.kind, notes); err != nil {
			return nil, fmt.Errorf("%s: %w", part.file, err)
		}
	}
	// The body is streamed: it may be 64 MB of markup around a few MB of text.
	body, err := zr.Open("word/document.xml")
	if err != nil {
		return nil, err
	}
	defer body.Close()
	doc := &ingest.Document{Format: FormatDOCX}
	var noteOrder []string
	paras, err := readBody(body, styles, func(key string) string {
		if _, ok := notes[key]; !ok {
			return ""
		}
		noteOrder = append(noteOrder, key)
		return "[" + strconv.Itoa(len(noteOrder)) + "]"
	})
	if err != nil {
		return nil, fmt.Errorf("word/document.xml: %w", err)
	}
	if zr.Has("docProps/core.xml") {
		if b, err := zr.Read("docProps/core.xml"); err == nil {
			readCore(b, doc)
		}
	}
	for _, p := range paras {
		if p.level == 0 && doc.Title == "" {
			doc.Title = p.text
			continue
		}
		if p.level == 0 && p.text == doc.Title {
			continue
		}
		if p.level > 0 {
			doc.Headings = append(doc.Headings, len(doc.Paragraphs))
		}
		doc.Paragraphs = append(doc.Paragraphs, p.text)
	}
	if len(noteOrder) > 0 {
		doc.Headings = append(doc.Headings, len(doc.Paragraphs))
		doc.Paragraphs = append(doc.Paragraphs, "Notes")
		for i, k := range noteOrder {
			doc.Paragraphs = append(doc.Paragraphs, "["+strconv.Itoa(i+1)+"] "+notes[k])
		}
	}
	if len(doc.Paragraphs) == 0 || len(doc.Paragraphs) == len(doc.Headings) {
		return nil, fmt.Errorf("%w: the document has no paragraphs of text", ingest.ErrNoContent)
	}
	if doc.Title == "" {
		doc.Title, doc.TitleGuessed = guessTitle(doc.Paragraphs[0]), true
	}
	return doc, nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// headingStyles maps style ids to heading levels by the style's name
// ("heading 1", "Title") or its outline level.
func headingStyles(b []byte) map[string]int {
	out := map[string]int{}
	d := xml.NewDecoder(bytes.NewReader(b))
	var id string
	for {
		t, err := d.Token()
		if err != nil {
			return out
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "style":
			id = attr(se, "styleId")
		case "name":
			if lvl, ok := headingLevel(attr(se, "val")); ok && id != "" {
				out[id] = lvl
			}
		case "outlineLvl":
			if n, err := strconv.Atoi(attr(se, "val")); err == nil && id != "" && n < 9 {
				if _, set := out[id]; !set {
					out[id] = n + 1
				}
			}
		}
	}
}

func headingLevel(name string) (int, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "title" {
		return 0, true
	}
	if rest, ok := strings.CutPrefix(n, "heading"); ok {
		if v, err := strconv.Atoi(strings.TrimSpace(rest)); err == nil && v >= 1 && v <= 9 {
			return v, true
		}
	}
	return 0, false
}

type para struct {
	text  string
	level int // -1 body, 0 title, 1–9 heading
}

// readBody walks document.xml: paragraphs in order (table cells too), runs'
// text, tabs and breaks as spaces, note references through mark. Deleted
// text and field codes are left out.
func readBody(b io.Reader, styles map[string]int, mark func(key string) string) ([]para, error) {
	d := xml.NewDecoder(bufio.NewReaderSize(b, 64<<10))
	var out []para
	var cur strings.Builder
	level := -1
	inText, skip := false, 0
	text := 0 // bytes of paragraphs, for the text limit
	for {
		t, err := d.Token()
		if err == io.EOF {
			break
		}
		if errors.Is(err, zipsafe.ErrBomb) || errors.Is(err, zipsafe.ErrNotZip) {
			return nil, err // the archive, not the XML
		}
		if err != nil {
			return nil, fmt.Errorf("%w: broken XML: %v", ingest.ErrNoContent, err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				cur.Reset()
				level = -1
			case "pStyle":
				if l, ok := styles[attr(t, "val")]; ok {
					level = l
				} else if l, ok := headingLevel(attr(t, "val")); ok {
					level = l
				}
			case "outlineLvl":
				if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 9 && level < 0 {
					level = n + 1
				}
			case "t":
				inText = skip == 0
			case "tab", "br", "cr":
				if skip == 0 {
					cur.WriteByte(' ')
				}
			case "del", "instrText", "delText":
				skip++
			case "footnoteReference", "endnoteReference":
				kind := "f"
				if t.Name.Local == "endnoteReference" {
					kind = "e"
				}
				if skip == 0 {
					cur.WriteString(mark(kind + attr(t, "id")))
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "del", "instrText", "delText":
				skip--
			case "p":
				if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
					out = append(out, para{text: s, level: level})
					if text += len(s) + 2; text > ingest.MaxTextSize {
						return nil, fmt.Errorf("more than %d MB of text by paragraph %d (the limit is %d MB of text per article; split the file): %w",
							ingest.MaxTextSize>>20, len(out), ingest.MaxTextSize>>20, ingest.ErrTooLarge)
					}
				}
				cur.Reset()
			}
		case xml.CharData:
			if inText {
				cur.Write(t)
			}
		}
	}
	return out, nil
}

// readNotes reads footnotes.xml or endnotes.xml into notes, keyed by kind
// and id; the separator notes Word keeps there are left out.
func readNotes(b []byte, elem, kind string, notes map[string]string) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	var id string
	var cur strings.Builder
	inNote, inText := false, false
	for {
		t, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: broken XML: %v", ingest.ErrNoContent, err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case elem:
				typ := attr(t, "type")
				inNote = typ == "" || typ == "normal"
				id = attr(t, "id")
				cur.Reset()
			case "t":
				inText = inNote
			case "tab", "br":
				if inNote {
					cur.WriteByte(' ')
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if inNote {
					cur.WriteByte(' ')
				}
			case elem:
				if inNote {
					if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
						notes[kind+id] = s
					}
				}
				inNote = false
			}
		case xml.CharData:
			if inText {
				cur.Write(t)
			}
		}
	}
}

// readCore takes title, author, date, keywords and description from the
// document properties.
func readCore(b []byte, doc *ingest.Document) {
	var core struct {
		Title       string `xml:"title"`
		Creator     string `xml:"creator"`
		Subject     string `xml:"subject"`
		Description string `xml:"description"`
		Keywords    string `xml:"keywords"`
		Created     string `xml:"created"`
	}
	if err := xml.Unmarshal(b, &core); err != nil {
		return
	}
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if t := clean(core.Title); t != "" {
		doc.Title = t
	}
	doc.Author = clean(core.Creator)
	doc.Description = clean(core.Description)
	if doc.Description == "" {
		doc.Description = clean(core.Subject)
	}
	for _, k := range strings.FieldsFunc(core.Keywords, func(r rune) bool { return r == ',' || r == ';' }) {
		if k = clean(k); k != "" && len(doc.Tags) < 20 {
			doc.Tags = append(doc.Tags, k)
		}
	}
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(core.Created)); err == nil && t.Year() > 1900 {
		doc.Published = t
	}
}

// guessTitle is the start of the first paragraph, cut at a word.
func guessTitle(p string) string {
	r := []rune(p)
	if len(r) <= 80 {
		return p
	}
	s := string(r[:80])
	if i := strings.LastIndexByte(s, ' '); i > 20 {
		s = s[:i]
	}
	return s + "…"
}
