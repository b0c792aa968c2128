// Package pdf imports PDF files: it reads the text layer with PDFium (run as
// WebAssembly through wazero, so no cgo and no system library) and lays the
// characters out again in reading order: columns one after the other, words
// hyphenated at line ends joined, running headers, footers and page numbers
// left out, headings and footnotes recognised. Title, author and date come
// from the document information when present.
//
// PDFium was chosen over a pure-Go reader by measuring both on 21 real PDFs
// (see docs/ARCHITECTURE.md): the pure-Go reader failed on three of them and
// lost most of the text of a fourth. Its cost is a one-time compilation of
// the WebAssembly module, cached on disk (CacheDir), and a mutex: one
// Extractor reads one document at a time.
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/klippa-app/go-pdfium"
	pdferr "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/responses"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"dossier/app/ingest"
)

// Errors, returned wrapped with the file's name; test with errors.Is.
var (
	ErrEncrypted  = errors.New("the PDF is encrypted (password protected)")
	ErrDamaged    = errors.New("the PDF is damaged or truncated")
	ErrNoText     = errors.New("the PDF has no text layer (a scan or images only): run OCR on it first, then import the result")
	ErrTooComplex = fmt.Errorf("the PDF needs more than the %d MB of memory the PDF reader may use", maxWASMMemory>>20)
)

// MaxPages bounds the pages read from one file.
const MaxPages = 5000

// Extractor reads PDFs with one PDFium instance. It is safe for concurrent
// use; documents are read one at a time.
type Extractor struct {
	mu    sync.Mutex
	pool  pdfium.Pool
	inst  pdfium.Pdfium
	cache wazero.CompilationCache
	mem   memStats
}

// memStats follows the size of PDFium's memory (one instance at a time).
type memStats struct {
	cur, peak atomic.Uint64 // bytes: now, and the most since the last reset
}

func (m *memStats) grew(size uint64) {
	m.cur.Store(size)
	for {
		p := m.peak.Load()
		if size <= p || m.peak.CompareAndSwap(p, size) {
			return
		}
	}
}

// reset starts a new peak from the present size.
func (m *memStats) reset() { m.peak.Store(m.cur.Load()) }

// maxWASMMemory bounds PDFium's memory: a document that needs more is
// refused as too complex rather than taking the machine's memory. PDFium
// reads a document through a reader (the file is not copied into its
// memory) and forgets the pages it has read (readPages), so this is room
// for the largest pages, not for the whole file.
const maxWASMMemory = 160 << 20

// CacheDir is where the compiled PDFium module is kept between runs
// (compiling it takes 10–20 s on a slow machine, loading it under a second).
// Empty when the system has no cache directory.
func CacheDir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "dossier", "pdfium")
}

// Compiled reports whether cacheDir holds a compiled module. (A module of
// another version of the runtime counts too: the first PDF after such an
// upgrade compiles in the process that reads it.)
func Compiled(cacheDir string) bool {
	found := false
	filepath.WalkDir(cacheDir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			found = true
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// Compile compiles PDFium into cacheDir. Compiling takes more memory than
// reading any PDF does (about 350 MB, against 200 MB for the largest file
// allowed), so the app runs it in a short-lived process of its own
// (Options.Compile in package app), and the reading process stays small.
func Compile(cacheDir string) error {
	e, err := Open(cacheDir)
	if err != nil {
		return err
	}
	return e.Close()
}

// Open starts PDFium. cacheDir keeps the compiled module ("" compiles it
// every time). Close the Extractor when done.
func Open(cacheDir string) (*Extractor, error) {
	rc := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
	e := &Extractor{}
	if cacheDir != "" {
		if c, err := wazero.NewCompilationCacheWithDir(cacheDir); err == nil {
			e.cache = c
			rc = rc.WithCompilationCache(c)
		}
	}
	rc = rc.WithMemoryLimitPages(maxWASMMemory >> 16)
	pool, err := webassembly.Init(webassembly.Config{
		Context: experimental.WithMemoryAllocator(context.Background(), memoryAllocator(&e.mem)),
		MinIdle: 1, MaxIdle: 1, MaxTotal: 1,
		FSConfig:      wazero.NewFSConfig(), // no file system: documents are passed as bytes
		RuntimeConfig: rc,
	})
	if err != nil {
		return nil, fmt.Errorf("start the PDF reader: %w", err)
	}
	inst, err := pool.GetInstance(time.Minute)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("start the PDF reader: %w", err)
	}
	e.pool, e.inst = pool, inst
	return e, nil
}

// Close stops PDFium.
func (e *Extractor) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.pool == nil {
		return nil
	}
	e.inst.Close()
	err := e.pool.Close()
	if e.cache != nil {
		e.cache.Close(context.Background())
	}
	e.pool, e.inst = nil, nil
	return err
}

// Parse reads one PDF file's bytes into a Document. name is used in errors.
func (e *Extractor) Parse(ctx context.Context, name string, data []byte) (*ingest.Document, error) {
	if err := ingest.CheckFileSize(data); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	e.mem.reset()
	raw, err := e.read(ctx, data)
	if err == nil && len(data) > 4<<20 {
		// A WebAssembly memory grows and never shrinks: after a large
		// document, a fresh instance gives the memory back.
		e.recycle()
	}
	if err != nil {
		if errors.Is(err, errEngine) {
			// PDFium may be left in a bad state by what failed: start afresh.
			e.recycle()
			if e.mem.peak.Load() > maxWASMMemory-(8<<20) {
				err = fmt.Errorf("%w: %v", ErrTooComplex, err)
			} else {
				err = fmt.Errorf("%w: %v", ErrDamaged, err)
			}
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	doc, err := layout(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return doc, nil
}

// errEngine marks a failure inside PDFium (a trap, an error while reading a
// page), after which its instance is replaced.
var errEngine = errors.New("the PDF reader failed on this file")

// recycle replaces the PDFium instance; the compiled module is reused.
func (e *Extractor) recycle() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.pool == nil {
		return
	}
	e.inst.Kill()
	if inst, err := e.pool.GetInstance(time.Minute); err == nil {
		e.inst = inst
	} else {
		e.pool.Close()
		e.pool, e.inst = nil, nil
	}
}

// rawDoc is what PDFium gives: metadata and each page's text spans.
// Pages are laid out into lines as they are read, so that only lines, not
// every character, of a long document are held at once.
type rawDoc struct {
	Title, Author, Subject, Keywords, Created string
	Pages                                     []rawPage
	sizes                                     map[float64]int // characters by type size
	chars                                     int
	text                                      int // bytes of text read
}

type rawPage struct {
	Width, Height float64
	Lines         []line
}

// span is a run of text on one line in one font, in points from the page's
// top-left corner.
type span struct {
	X0, X1, Top, Bottom, Size float64
	Text                      string
	Bold                      bool // every character in a bold face (by the font's name)
}

func (e *Extractor) read(ctx context.Context, data []byte) (raw rawDoc, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.inst == nil {
		return raw, errors.New("the PDF reader is closed")
	}
	defer func() { // PDFium runs in a sandbox; a trap is an error, never a crash
		if r := recover(); r != nil {
			err = fmt.Errorf("%w (%s)", errEngine, firstLine(fmt.Sprint(r)))
		}
	}()
	if !isPDF(data) {
		return raw, fmt.Errorf("%w: it does not start with %%PDF-", ErrDamaged)
	}
	// PDFium would rebuild a cut-off file and give what is left: an
	// article silently missing its end. A whole file ends with %%EOF.
	if !bytes.Contains(data[max(0, len(data)-2048):], []byte("%%EOF")) {
		return raw, fmt.Errorf("%w: the end-of-file marker is missing (the file was cut off)", ErrDamaged)
	}
	// Through a reader, PDFium reads the parts it needs; given the bytes it
	// would keep a copy of the whole file in its memory.
	doc, err := e.inst.OpenDocument(&requests.OpenDocument{FileReader: bytes.NewReader(data), FileReaderSize: int64(len(data))})
	if err != nil {
		switch {
		case errors.Is(err, pdferr.ErrPassword), errors.Is(err, pdferr.ErrSecurity):
			return raw, ErrEncrypted
		default:
			return raw, fmt.Errorf("%w: %v", ErrDamaged, err)
		}
	}
	defer e.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	meta := func(tag string) string {
		r, err := e.inst.FPDF_GetMetaText(&requests.FPDF_GetMetaText{Document: doc.Document, Tag: tag})
		if err != nil {
			return ""
		}
		return r.Value
	}
	raw.Title, raw.Author, raw.Subject, raw.Keywords, raw.Created = meta("Title"), meta("Author"), meta("Subject"), meta("Keywords"), meta("CreationDate")
	pc, err := e.inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return raw, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if pc.PageCount == 0 {
		return raw, fmt.Errorf("%w: no pages", ErrDamaged)
	}
	if pc.PageCount > MaxPages {
		// Reading only the first pages would lose the rest without a word.
		return raw, fmt.Errorf("%d pages, the limit is %d pages a PDF (split the file): %w", pc.PageCount, MaxPages, ingest.ErrTooLarge)
	}
	n := pc.PageCount
	raw.sizes = map[float64]int{}
	for i := range n {
		if err := ctx.Err(); err != nil {
			return raw, err
		}
		size, err := e.inst.FPDF_GetPageSizeByIndex(&requests.FPDF_GetPageSizeByIndex{Document: doc.Document, Index: i})
		if err != nil {
			return raw, fmt.Errorf("%w: page %d: %s", errEngine, i+1, firstLine(err.Error()))
		}
		st, err := e.inst.GetPageTextStructured(&requests.GetPageTextStructured{
			Page:                   requests.Page{ByIndex: &requests.PageByIndex{Document: doc.Document, Index: i}},
			Mode:                   requests.GetPageTextStructuredModeChars,
			CollectFontInformation: true,
		})
		if err != nil {
			return raw, fmt.Errorf("%w: page %d: %s", errEngine, i+1, firstLine(err.Error()))
		}
		spans := cleanSpans(words(st.Chars, size.Height))
		raw.chars += countSizes(raw.sizes, spans)
		for _, s := range spans {
			raw.text += len(s.Text) + 1
		}
		// Stop reading once the text is over the limit (with room for the
		// running headers and page numbers layout drops): the rest would
		// only cost memory before the document is refused.
		if raw.text > ingest.MaxTextSize+ingest.MaxTextSize/8 {
			return raw, fmt.Errorf("more than %d MB of text by page %d of %d (the limit is %d MB of text per article; split the file): %w",
				raw.text>>20, i+1, pc.PageCount, ingest.MaxTextSize>>20, ingest.ErrTooLarge)
		}
		p := rawPage{Width: size.Width, Height: size.Height, Lines: pageLines(spans, size.Width)}
		raw.Pages = append(raw.Pages, p)
	}
	return raw, nil
}

// firstLine is an engine error without the WebAssembly stack trace wazero
// appends to it.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// isPDF looks for the %PDF- header in the first KiB, as readers do.
func isPDF(data []byte) bool {
	head := data[:min(len(data), 1024)]
	for i := 0; i+5 <= len(head); i++ {
		if string(head[i:i+5]) == "%PDF-" {
			return true
		}
	}
	return false
}

// words groups PDFium's characters, in content order, into words: a word
// ends at a space, at a jump in position and at a change of line. Rects, the
// runs PDFium groups itself, may run across a column gutter.
func words(chars []*responses.GetPageTextStructuredChar, height float64) []span {
	var out []span
	var cur span
	var b strings.Builder
	have := false
	flush := func() {
		if have {
			cur.Text = b.String()
			out = append(out, cur)
		}
		b.Reset()
		have = false
	}
	for _, c := range chars {
		if c == nil {
			continue
		}
		if c.Text == "" || c.Text == " " || c.Text == "\r" || c.Text == "\n" || c.Text == "\t" || c.Text == "\u00a0" {
			flush()
			continue
		}
		s := span{X0: c.PointPosition.Left, X1: c.PointPosition.Right,
			Top: height - c.PointPosition.Top, Bottom: height - c.PointPosition.Bottom}
		if s.Top > s.Bottom {
			s.Top, s.Bottom = s.Bottom, s.Top
		}
		if s.X0 > s.X1 {
			s.X0, s.X1 = s.X1, s.X0
		}
		if c.FontInformation != nil {
			s.Bold = boldFont(c.FontInformation.Name)
			s.Size = c.FontInformation.Size
			if c.FontInformation.RenderedSize > 0 {
				s.Size = c.FontInformation.RenderedSize
			}
		}
		// A size of 1 scaled by the text matrix, or none: the box tells.
		if h := s.Bottom - s.Top; s.Size < 0.5*h {
			s.Size = 1.4 * h
		}
		if have {
			mid := (s.Top + s.Bottom) / 2
			gap := s.X0 - cur.X1
			sameLine := mid >= cur.Top-0.2*cur.Size && mid <= cur.Bottom+0.2*cur.Size
			if !sameLine || gap > 0.25*math.Max(cur.Size, 1) || gap < -0.5*math.Max(cur.Size, 1) {
				flush()
			}
		}
		if !have {
			cur, have = s, true
		} else {
			cur.X0, cur.X1 = math.Min(cur.X0, s.X0), math.Max(cur.X1, s.X1)
			cur.Top, cur.Bottom = math.Min(cur.Top, s.Top), math.Max(cur.Bottom, s.Bottom)
			cur.Size = math.Max(cur.Size, s.Size)
			cur.Bold = cur.Bold && s.Bold
		}
		b.WriteString(c.Text)
	}
	flush()
	return out
}

// boldFont tells a bold face by its name (PDFium's WebAssembly build gives
// no weights): "Times-Bold", "Cambria,Bold", "NimbusRomNo9L-Medi".
func boldFont(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demi", "-medi", ",medi"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
