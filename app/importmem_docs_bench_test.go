package app_test

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"dossier/app/ingest"
	"dossier/app/ingest/zipsafe"
	"dossier/internal/testdocs"
)

// The largest PDF, Word and EPUB files a user may import, for
// BenchmarkImportPeakRSS. Each is built by the benchmark process and
// written to a file before a child process imports it, so the building
// costs nothing in the child's peak memory.

// bigPDF is a PDF of about size bytes: pages of two dense columns of
// invented sentences, with a drawing (a chart of thin bars) of chartOps
// rectangles on each page. The drawings make a file of little text (a
// report with charts); without them the file is all text.
func bigPDF(size, chartOps int) []byte {
	rnd := rand.New(rand.NewPCG(1, 2))
	var pages [][]testdocs.Text
	var draws []string
	n := 0
	for i := 0; n < size; i++ {
		p := []testdocs.Text{{X: 290, Y: 760, Size: 8, S: fmt.Sprint(i + 1)}}
		for col, x := range []float64{50, 320} {
			var lines []string
			for l := range 60 {
				s := memSentences[(i*120+col*60+l)%len(memSentences)]
				lines = append(lines, s[:min(len(s), 52)])
			}
			t, _ := testdocs.Lines(x, 60, 8, lines)
			p = append(p, t...)
		}
		var d strings.Builder
		for range chartOps {
			fmt.Fprintf(&d, "%.2f %.2f %.2f %.2f re f\n", 50+rnd.Float64()*500, 100+rnd.Float64()*600, 0.5+rnd.Float64(), 1+rnd.Float64()*40)
		}
		for _, t := range p {
			n += len(t.S) + 40
		}
		n += d.Len()
		pages = append(pages, p)
		draws = append(draws, d.String())
	}
	return testdocs.PDF(pages, testdocs.PDFOptions{Info: map[string]string{"Title": "Inland Shipping Annual Report"}, Draw: draws})
}

// bigDOCX is a Word file as an often-edited document is: every few words a
// run of its own with its formatting and revision ids, so that the markup
// of word/document.xml is some fifteen times its text. Its text is just
// under the text limit and its document.xml near the limit of one archive
// entry; a picture (incompressible) brings the file near the file limit.
func bigDOCX() []byte {
	rnd := rand.New(rand.NewPCG(3, 4))
	var d strings.Builder
	d.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	text := 0
	for i := 0; text < ingest.MaxTextSize-256<<10 && d.Len() < zipsafe.MaxEntry-(1<<20); i++ {
		d.WriteString(`<w:p w:rsidR="00A1B2C3"><w:pPr><w:spacing w:after="120"/></w:pPr>`)
		for _, w := range strings.SplitAfter(memSentences[i%len(memSentences)], " ") {
			fmt.Fprintf(&d, `<w:r w:rsidR="%08X" w:rsidRPr="%08X"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`,
				rnd.Uint32(), rnd.Uint32(), w)
			text += len(w)
		}
		d.WriteString("</w:p>")
	}
	d.WriteString(`<w:sectPr/></w:body></w:document>`)
	return withPicture(rnd, [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"word/document.xml", d.String()},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Water Rules</dc:title></cp:coreProperties>`},
	}, "word/media/image1.jpeg", nil)
}

// withPicture zips the entries and adds a stored picture of random bytes
// that brings the archive to just under the file limit.
func withPicture(rnd *rand.Rand, entries [][2]string, name string, zip func([][2]string) []byte) []byte {
	if zip == nil {
		zip = func(e [][2]string) []byte { return testdocs.ZipStored(e, nil) }
	}
	n := ingest.MaxFileSize - (256 << 10) - len(zip(entries))
	if n <= 0 {
		return zip(entries)
	}
	pic := make([]byte, n)
	for i := range pic {
		pic[i] = byte(rnd.Uint32())
	}
	return zip(append(entries, [2]string{name, string(pic)}))
}

// bigEPUB is a book of many chapters whose markup (classes, ids, spans per
// sentence) is some thirty times its text, unpacking to near the archive's
// limit, with the text just under the text limit.
func bigEPUB() []byte {
	rnd := rand.New(rand.NewPCG(5, 6))
	nch := 400
	per := (zipsafe.MaxTotal - ingest.MaxFileSize - (4 << 20)) / nch // room for the picture
	textPer := (ingest.MaxTextSize - 256<<10) / nch
	var chapters [][2]string
	for c := range nch {
		var h strings.Builder
		fmt.Fprintf(&h, `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter %d</title></head><body><section><h1>Chapter %d</h1>`, c+1, c+1)
		text := 0
		for i := 0; h.Len() < per-200 && text < textPer; i++ {
			s := memSentences[i%len(memSentences)]
			fmt.Fprintf(&h, `<p class="para indent-%d" id="p%08x"><span class="s" data-pos="%08x%08x">%s</span></p>`+"\n", i%7, rnd.Uint32(), rnd.Uint32(), rnd.Uint32(), s)
			text += len(s)
			// Layout markup without text, as converters write it.
			for k := 0; h.Len() < per*text/textPer && h.Len() < per-200; k++ {
				fmt.Fprintf(&h, `<div class="pagebreak" id="pb%d-%d"></div>`+"\n", i, k)
			}
		}
		h.WriteString("</section></body></html>")
		chapters = append(chapters, [2]string{fmt.Sprintf("ch%d.xhtml", c+1), h.String()})
	}
	// The picture is a chapter file the spine does not list.
	return withPicture(rnd, chapters, "cover.jpeg", func(e [][2]string) []byte {
		return testdocs.EPUBRaw("The Water Years", "Ana Ruiz", "2021-03-01", e)
	})
}

// bigDOCXText is a Word file of plain paragraphs whose text is just under
// the text limit (words drawn at random, so that it does not compress like
// a zip bomb).
func bigDOCXText() []byte {
	rnd := rand.New(rand.NewPCG(7, 8))
	words := strings.Fields(strings.Join(memSentences, " "))
	var paras []testdocs.DocPara
	text := 0
	for text < ingest.MaxTextSize-256<<10 {
		var b strings.Builder
		for b.Len() < 600 {
			b.WriteString(words[rnd.IntN(len(words))])
			b.WriteByte(' ')
		}
		paras = append(paras, testdocs.DocPara{Text: b.String()})
		text += b.Len() + 2
	}
	return testdocs.DOCX("Water Rules", "Ana Ruiz", "2021-03-01T00:00:00Z", paras, nil)
}

// vocabText is text of size bytes with a vocabulary like a book's: 30,000
// invented words drawn by Zipf's law in sentences and paragraphs. The
// index's memory grows with the distinct words and word pairs of an
// article, which the four repeated sentences of fill hardly have; this is
// the honest measure of a text at the limit.
func vocabText(size int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(r, 1.1, 2, 30000)
	syl := []string{"ka", "ro", "mi", "ten", "vas", "lo", "der", "pan", "si", "tor", "mel", "ga", "u", "e", "an", "ist"}
	vocab := make([]string, 30001)
	for i := range vocab {
		var b strings.Builder
		for k, n := 0, i; k < 2 || n > 0; k, n = k+1, n/len(syl) {
			b.WriteString(syl[n%len(syl)])
		}
		vocab[i] = b.String()
	}
	var b strings.Builder
	b.WriteString("Words of a book\n\n")
	for b.Len() < size {
		for range 5 {
			n := 8 + r.IntN(20)
			for w := range n {
				b.WriteString(vocab[z.Uint64()])
				if w < n-1 {
					b.WriteByte(' ')
				}
			}
			b.WriteString(". ")
		}
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}
