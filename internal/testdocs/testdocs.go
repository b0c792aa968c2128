// Package testdocs builds small PDF, DOCX and EPUB files for tests: documents
// with a known layout (two columns, running headers, footnotes, chapters) and
// broken or hostile ones (encrypted, truncated, image-only, a zip bomb, an
// archive entry that climbs out with ../). Only tests import it.
package testdocs

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Text is one line of text placed on a PDF page, in points from the top left.
type Text struct {
	X, Y, Size float64
	S          string
}

// PDFOptions shape a generated PDF.
type PDFOptions struct {
	Info      map[string]string // document information (Title, Author, CreationDate)
	Encrypted bool              // an /Encrypt dictionary whose user password is not empty
	ImageOnly bool              // each page a picture, no text
	Draw      []string          // content operators drawn on page i before its text (charts, rules)
}

// PDF writes a PDF with one page per element of pages, Helvetica text.
func PDF(pages [][]Text, opt PDFOptions) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(body string) int {
		offs = append(offs, b.Len())
		n := len(offs)
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", n, body)
		return n
	}
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	// Object numbers: 1 catalog, 2 pages, 3 font, 4 image, then pages and contents.
	np := len(pages)
	kids := make([]string, np)
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 5+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), np))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	obj("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x10\x80\x80\x10\nendstream")
	for i, texts := range pages {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents %d 0 R >>", 6+2*i))
		var c strings.Builder
		if i < len(opt.Draw) {
			c.WriteString(opt.Draw[i])
		}
		if opt.ImageOnly {
			c.WriteString("q 500 0 0 700 56 46 cm /Im1 Do Q\n")
		} else {
			for _, t := range texts {
				fmt.Fprintf(&c, "BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n", t.Size, t.X, 792-t.Y, escape(t.S))
			}
		}
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", c.Len()+1, c.String()))
	}
	info := 0
	if len(opt.Info) > 0 {
		var parts []string
		for _, k := range []string{"Title", "Author", "Subject", "Keywords", "CreationDate"} {
			if v, ok := opt.Info[k]; ok {
				parts = append(parts, fmt.Sprintf("/%s (%s)", k, escape(v)))
			}
		}
		info = obj("<< " + strings.Join(parts, " ") + " >>")
	}
	enc := 0
	if opt.Encrypted {
		// RC4 40-bit, revision 2, with O and U that match no empty password.
		enc = obj("<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + strings.Repeat("a5", 32) + "> /U <" + strings.Repeat("3c", 32) + "> >>")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R", len(offs)+1)
	if info > 0 {
		fmt.Fprintf(&b, " /Info %d 0 R", info)
	}
	if enc > 0 {
		fmt.Fprintf(&b, " /Encrypt %d 0 R", enc)
	}
	fmt.Fprintf(&b, " /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n", strings.Repeat("01", 16), strings.Repeat("01", 16), xref)
	return b.Bytes()
}

func escape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	var b strings.Builder
	for _, c := range r.Replace(s) {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c == '–':
			b.WriteString(`\226`)
		case c == '’':
			b.WriteString(`\222`)
		case c < 0x100:
			fmt.Fprintf(&b, `\%03o`, c)
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// Lines lays out paragraphs as body lines from y, 14 points apart, at x,
// a blank line between paragraphs; it returns the lines and the next y.
func Lines(x, y, size float64, paras ...[]string) ([]Text, float64) {
	var out []Text
	for _, p := range paras {
		for _, l := range p {
			out = append(out, Text{X: x, Y: y, Size: size, S: l})
			y += size * 1.4
		}
		y += size * 1.4
	}
	return out, y
}

// Zip writes an archive of the given entries, in order; a name may be
// anything, ../ included.
func Zip(entries ...[2]string) []byte {
	return ZipStored(entries, nil)
}

// ZipStored writes an archive of the entries, compressed (but a "mimetype"),
// followed by the stored entries uncompressed (pictures), in name order.
func ZipStored(entries [][2]string, stored map[string]string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name, data string, method uint16) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			panic(err)
		}
		w.Write([]byte(data))
	}
	for _, e := range entries {
		method := zip.Deflate
		if e[0] == "mimetype" {
			method = zip.Store
		}
		add(e[0], e[1], method)
	}
	names := make([]string, 0, len(stored))
	for n := range stored {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		add(n, stored[n], zip.Store)
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// DOCX builds a Word document: a Title paragraph, headings, body paragraphs
// (a paragraph "[^n]" in the text becomes a footnote reference to note n)
// and core properties.
func DOCX(title, author, created string, body []DocPara, footnotes []string) []byte {
	var d strings.Builder
	d.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, p := range body {
		d.WriteString("<w:p>")
		if p.Style != "" {
			fmt.Fprintf(&d, `<w:pPr><w:pStyle w:val="%s"/></w:pPr>`, p.Style)
		}
		text := p.Text
		for text != "" {
			i := strings.Index(text, "[^")
			if i < 0 {
				fmt.Fprintf(&d, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, xmlEscape(text))
				break
			}
			j := strings.Index(text[i:], "]")
			fmt.Fprintf(&d, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, xmlEscape(text[:i]))
			fmt.Fprintf(&d, `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%s"/></w:r>`, text[i+2:i+j])
			text = text[i+j+1:]
		}
		d.WriteString("</w:p>")
	}
	d.WriteString(`<w:sectPr/></w:body></w:document>`)
	var f strings.Builder
	f.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for i, n := range footnotes {
		fmt.Fprintf(&f, `<w:footnote w:id="%d"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>`, i+1, xmlEscape(n))
	}
	f.WriteString(`</w:footnotes>`)
	styles := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`
	core := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + xmlEscape(title) + `</dc:title><dc:creator>` + xmlEscape(author) + `</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">` + created + `</dcterms:created></cp:coreProperties>`
	return Zip(
		[2]string{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		[2]string{"word/document.xml", d.String()},
		[2]string{"word/styles.xml", styles},
		[2]string{"word/footnotes.xml", f.String()},
		[2]string{"docProps/core.xml", core},
	)
}

// DocPara is one paragraph of a generated DOCX.
type DocPara struct{ Style, Text string }

// Chapter is one chapter of a generated EPUB.
type Chapter struct {
	Title string
	Paras []string
}

// EPUB builds an EPUB 3 book with the chapters in spine order. hrefPrefix is
// put before each chapter's file name in the manifest (for a ../ test);
// entryPrefix before its name in the archive.
func EPUB(title, author, date string, chapters []Chapter, hrefPrefix, entryPrefix string) []byte {
	var manifest, spine strings.Builder
	entries := [][2]string{
		{"mimetype", "application/epub+zip"},
		{"META-INF/container.xml", `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`},
	}
	for i, c := range chapters {
		name := fmt.Sprintf("ch%d.xhtml", i+1)
		fmt.Fprintf(&manifest, `<item id="c%d" href="%s%s" media-type="application/xhtml+xml"/>`, i+1, hrefPrefix, name)
		fmt.Fprintf(&spine, `<itemref idref="c%d"/>`, i+1)
		var h strings.Builder
		fmt.Fprintf(&h, `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title></head><body><section><h1>%s</h1>`, xmlEscape(c.Title), xmlEscape(c.Title))
		for _, p := range c.Paras {
			fmt.Fprintf(&h, "<p>%s</p>", xmlEscape(p))
		}
		h.WriteString("</section></body></html>")
		entries = append(entries, [2]string{entryPrefix + "OEBPS/" + name, h.String()})
	}
	opf := `<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		`<dc:identifier id="id">urn:uuid:0</dc:identifier><dc:title>` + xmlEscape(title) + `</dc:title><dc:creator>` + xmlEscape(author) + `</dc:creator><dc:date>` + date + `</dc:date><dc:language>en</dc:language></metadata>` +
		`<manifest>` + manifest.String() + `</manifest><spine>` + spine.String() + `</spine></package>`
	entries = append(entries, [2]string{"OEBPS/content.opf", opf})
	return Zip(entries...)
}

// EPUBRaw builds an EPUB 3 book from chapters given as file name and
// XHTML, in spine order; an entry whose name does not end in .xhtml is a
// picture, in the manifest but not the spine.
func EPUBRaw(title, author, date string, chapters [][2]string) []byte {
	var manifest, spine strings.Builder
	entries := [][2]string{
		{"mimetype", "application/epub+zip"},
		{"META-INF/container.xml", `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`},
	}
	for i, c := range chapters {
		if !strings.HasSuffix(c[0], ".xhtml") {
			fmt.Fprintf(&manifest, `<item id="c%d" href="%s" media-type="image/jpeg"/>`, i+1, c[0])
			entries = append(entries, [2]string{"OEBPS/" + c[0], c[1]})
			continue
		}
		fmt.Fprintf(&manifest, `<item id="c%d" href="%s" media-type="application/xhtml+xml"/>`, i+1, c[0])
		fmt.Fprintf(&spine, `<itemref idref="c%d"/>`, i+1)
		entries = append(entries, [2]string{"OEBPS/" + c[0], c[1]})
	}
	opf := `<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		`<dc:identifier id="id">urn:uuid:0</dc:identifier><dc:title>` + xmlEscape(title) + `</dc:title><dc:creator>` + xmlEscape(author) + `</dc:creator><dc:date>` + date + `</dc:date><dc:language>en</dc:language></metadata>` +
		`<manifest>` + manifest.String() + `</manifest><spine>` + spine.String() + `</spine></package>`
	entries = append(entries, [2]string{"OEBPS/content.opf", opf})
	return Zip(entries...)
}

// ZipBomb is a DOCX whose document.xml expands from a few KiB to n bytes.
func ZipBomb(n int) []byte {
	return Zip(
		[2]string{"[Content_Types].xml", `<Types/>`},
		[2]string{"word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>` + strings.Repeat(" ", n) + `</w:t></w:r></w:p></w:body></w:document>`},
	)
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// WriteSeed writes data as a fuzz seed file in Go's corpus format
// (testdata/fuzz/FUZZNAME/name), so that `go test` runs it in CI.
func WriteSeed(fuzzName, name string, data []byte) error {
	dir := filepath.Join("testdata", "fuzz", fuzzName)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	body := "go test fuzz v1\n[]byte(" + strconv.Quote(string(data)) + ")\n"
	return os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
}
