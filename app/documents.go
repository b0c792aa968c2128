package app

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"dossier/app/ingest"
	"dossier/app/ingest/docx"
	"dossier/app/ingest/epub"
	"dossier/app/ingest/pdf"
)

// Document formats read by their own leaf packages, beside ingest's text,
// Markdown and HTML.
var documentExts = map[string]bool{".pdf": true, ".docx": true, ".epub": true}

// ArticleExtensions lists the extensions Import reads as articles (for file
// dialogs and messages).
var ArticleExtensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".epub"}

// SupportedFile reports whether Import reads the file as an article.
func SupportedFile(name string) bool {
	return ingest.Supported(name) || documentExts[strings.ToLower(filepath.Ext(name))]
}

// documentReader parses article files of every format. It owns the PDF
// reader, started on the first PDF (starting it costs a second, or the
// compilation of PDFium the very first time) and kept until Close.
type documentReader struct {
	mu      sync.Mutex
	pdf     *pdf.Extractor
	compile func(cacheDir string) error // Options.CompilePDF
	log     *slog.Logger
}

func (r *documentReader) extractor() (*pdf.Extractor, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.pdf == nil {
		dir := pdf.CacheDir()
		if r.compile != nil && dir != "" && !pdf.Compiled(dir) {
			// Failing that, Open compiles here.
			if err := r.compile(dir); err != nil && r.log != nil {
				r.log.Warn("compiling the PDF reader in another process failed", "err", err)
			}
		}
		ex, err := pdf.Open(dir)
		if err != nil {
			return nil, err
		}
		r.pdf = ex
	}
	return r.pdf, nil
}

func (r *documentReader) close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.pdf == nil {
		return nil
	}
	err := r.pdf.Close()
	r.pdf = nil
	return err
}

// read reads and parses one article file, refusing files over
// ingest.MaxFileSize before reading them.
func (r *documentReader) read(ctx context.Context, path string) (*ingest.Document, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read file: %w", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read file: %w", err)
	}
	name := filepath.Base(path)
	if st.Size() > ingest.MaxFileSize {
		return nil, fmt.Errorf("%s: %w: %d MB, the limit is %d MB a file", name, ingest.ErrTooLarge, st.Size()>>20, ingest.MaxFileSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(fh, ingest.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read file: %w", err)
	}
	var doc *ingest.Document
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		ex, err := r.extractor()
		if err != nil {
			return nil, err
		}
		doc, err = ex.Parse(ctx, name, data)
		if err != nil {
			return nil, err
		}
	case ".docx":
		doc, err = docx.Parse(name, data)
	case ".epub":
		doc, err = epub.Parse(name, data)
	default:
		if doc, err = ingest.Parse(name, data); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err) // the other readers name the file themselves
		}
	}
	if err != nil {
		return nil, err
	}
	if len(doc.Paragraphs) == 0 {
		return nil, fmt.Errorf("%s: %w: no paragraphs of text", name, ingest.ErrNoContent)
	}
	// Text and Markdown over the limit are refused by ingest.Parse; a PDF,
	// Word or EPUB file may hold more text than its size suggests.
	if err := ingest.CheckTextSize(doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return doc, nil
}

// ReadDocument reads and parses one article file of any supported format.
// It starts a PDF reader of its own for a PDF; Library.ReadDocument shares
// the library's.
func ReadDocument(path string) (*ingest.Document, error) {
	var r documentReader
	defer r.close()
	return r.read(context.Background(), path)
}

// ReadDocument reads and parses one article file with the library's readers.
func (l *Library) ReadDocument(ctx context.Context, path string) (*ingest.Document, error) {
	return l.docs.read(ctx, path)
}
