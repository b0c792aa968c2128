package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"time"

	"dossier/app"
)

// Bundle layout: a zip holding manifest.json and one JSON Lines file per
// kind of record. Annotations and quotes are W3C Web Annotations (JSON-LD)
// that carry the full Dossier record under "dossier"; the other kinds are
// {"record": ..., "base": ...} lines. "base" is the version of the record
// last exchanged with another library, the common base for conflicts.
const (
	BundleFormat  = "dossier-bundle"
	BundleVersion = 1

	manifestName = "manifest.json"
)

// bundleFiles are the record files, in the order they are written and read.
var bundleFiles = []string{"tags.jsonl", "people.jsonl", "articles.jsonl", "annotations.jsonl", "quotes.jsonl", "notes.jsonl", "aliases.jsonl"}

// Manifest describes a bundle.
type Manifest struct {
	Format   string         `json:"format"`
	Version  int            `json:"version"`
	Exported time.Time      `json:"exported"`
	Origin   string         `json:"origin"`  // the exporting library's name
	Library  string         `json:"library"` // a stable identifier of the exporting library
	Counts   map[string]int `json:"counts"`
	// Selection is what was exported ("the whole library", "tag X", ...).
	Selection string `json:"selection"`
}

// Limits on what a bundle may hold when read.
const (
	MaxUncompressed = 1 << 30 // total bytes of all entries
	MaxRatio        = 100     // uncompressed : compressed, per entry
	ratioSlack      = 64 << 10
	maxLine         = 64 << 20
)

// ErrUnsafeBundle is returned for archives that are not safe to read
// (paths leaving the archive, archive bombs).
var ErrUnsafeBundle = errors.New("unsafe archive")

// libraryID identifies a library across exports: a hash of its store path.
func libraryID(lib *app.Library) string {
	h := sha256.Sum256([]byte(lib.Store().Path()))
	return hex.EncodeToString(h[:8])
}

func originName(opt Options) string {
	if strings.TrimSpace(opt.Origin) != "" {
		return strings.TrimSpace(opt.Origin)
	}
	if h, err := os.Hostname(); err == nil && h != "" {
		return h
	}
	return "another library"
}

type recordLine[T any] struct {
	Record T          `json:"record"`
	Base   *time.Time `json:"base,omitempty"`
	// History (articles) lists the content hashes of the article's texts,
	// current first: another library recognises its copy by them.
	History []string `json:"history,omitempty"`
}

// aliasLine says that the exporting library knows record From as To (a
// record merged from another library, or a person merged into another).
type aliasLine struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// webAnnotation is the W3C Web Annotation shape of annotations and quotes.
type webAnnotation struct {
	Context    string        `json:"@context"`
	ID         string        `json:"id"`
	Type       string        `json:"type"`
	Motivation string        `json:"motivation"`
	Created    time.Time     `json:"created"`
	Modified   time.Time     `json:"modified"`
	Body       []webBody     `json:"body,omitempty"`
	Target     webTarget     `json:"target"`
	Dossier    *webAnnRecord `json:"dossier,omitempty"`
	Base       *time.Time    `json:"dossier_base,omitempty"`
}

type webAnnRecord struct {
	Annotation *app.Annotation `json:"annotation,omitempty"`
	Quote      *app.Quote      `json:"quote,omitempty"`
}

type webBody struct {
	Type    string `json:"type"`
	Value   string `json:"value"`
	Format  string `json:"format,omitempty"`
	Purpose string `json:"purpose,omitempty"`
}

type webTarget struct {
	Source   string        `json:"source"`
	Selector []webSelector `json:"selector"`
}

type webSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

func urn(kind app.DocType, id string) string { return "urn:dossier:" + string(kind) + ":" + id }

func webTargetOf(t app.Target) webTarget {
	s, e := t.Selector.Start, t.Selector.End
	return webTarget{Source: urn(app.TypeArticle, t.ArticleID), Selector: []webSelector{
		{Type: "TextQuoteSelector", Exact: t.Selector.Exact, Prefix: t.Selector.Prefix, Suffix: t.Selector.Suffix},
		{Type: "TextPositionSelector", Start: &s, End: &e},
	}}
}

func annotationLD(an *app.Annotation, base *time.Time) webAnnotation {
	w := webAnnotation{Context: "http://www.w3.org/ns/anno.jsonld", ID: urn(app.TypeAnnotation, an.ID), Type: "Annotation",
		Motivation: "highlighting", Created: an.Created, Modified: an.Updated, Target: webTargetOf(an.Target),
		Dossier: &webAnnRecord{Annotation: an}, Base: base}
	if an.Note != "" {
		w.Motivation = "commenting"
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: an.Note, Format: "text/markdown", Purpose: "commenting"})
	}
	for _, t := range an.Tags {
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: t, Purpose: "tagging"})
	}
	return w
}

func quoteLD(q *app.Quote, base *time.Time) webAnnotation {
	w := webAnnotation{Context: "http://www.w3.org/ns/anno.jsonld", ID: urn(app.TypeQuote, q.ID), Type: "Annotation",
		Motivation: "identifying", Created: q.Created, Modified: q.Updated, Target: webTargetOf(q.Target),
		Dossier: &webAnnRecord{Quote: q}, Base: base}
	if q.Speaker != "" {
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: q.Speaker, Purpose: "identifying"})
	}
	if q.Note != "" {
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: q.Note, Format: "text/markdown", Purpose: "commenting"})
	}
	for _, t := range q.Tags {
		w.Body = append(w.Body, webBody{Type: "TextualBody", Value: t, Purpose: "tagging"})
	}
	return w
}

// bundle writes the selection as a Dossier bundle, streaming: one pass over
// the store per record file, each record encoded as it is read.
func (e *exporter) bundle(ctx context.Context, w io.Writer) error {
	zw := zip.NewWriter(w)
	counts := map[string]int{}
	err := e.lib.Store().View(func(tx app.Tx) error {
		e.total(tx)
		base := func(id string) *time.Time {
			var s app.BundleSync
			if tx.Get(app.BucketBundleSync, id, &s) == nil && !s.Base.IsZero() {
				return &s.Base
			}
			return nil
		}
		file := func(name string, fill func(enc *json.Encoder) error) error {
			fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: e.lib.Now()})
			if err != nil {
				return err
			}
			enc := json.NewEncoder(fw)
			enc.SetEscapeHTML(false)
			return fill(enc)
		}
		steps := []struct {
			name string
			fill func(enc *json.Encoder) error
		}{
			{"tags.jsonl", func(enc *json.Encoder) error {
				return e.tags(ctx, tx, func(t *app.Tag) error {
					counts["tags"]++
					return enc.Encode(recordLine[*app.Tag]{Record: t, Base: base(t.ID)})
				})
			}},
			{"people.jsonl", func(enc *json.Encoder) error {
				return e.people(ctx, tx, func(p *app.Person) error {
					counts["people"]++
					return enc.Encode(recordLine[*app.Person]{Record: p, Base: base(p.ID)})
				})
			}},
			{"articles.jsonl", func(enc *json.Encoder) error {
				return e.articles(ctx, tx, func(a *app.Article) error {
					counts["articles"]++
					e.progress()
					hist, err := app.ArticleHistory(tx, a.ID)
					if err != nil {
						return err
					}
					return enc.Encode(recordLine[*app.Article]{Record: a, Base: base(a.ID), History: hist})
				})
			}},
			{"annotations.jsonl", func(enc *json.Encoder) error {
				return e.articles(ctx, tx, func(a *app.Article) error {
					ids, err := tx.RefIDs(app.RefArticleAnnotations, a.ID)
					if err != nil {
						return err
					}
					for _, id := range ids {
						var an app.Annotation
						if err := tx.Get(app.BucketAnnotations, id, &an); err != nil {
							continue
						}
						counts["annotations"]++
						if err := enc.Encode(annotationLD(&an, base(an.ID))); err != nil {
							return err
						}
					}
					return nil
				})
			}},
			{"quotes.jsonl", func(enc *json.Encoder) error {
				return e.articles(ctx, tx, func(a *app.Article) error {
					ids, err := tx.RefIDs(app.RefArticleQuotes, a.ID)
					if err != nil {
						return err
					}
					for _, id := range ids {
						var q app.Quote
						if err := tx.Get(app.BucketQuotes, id, &q); err != nil {
							continue
						}
						counts["quotes"]++
						if err := enc.Encode(quoteLD(&q, base(q.ID))); err != nil {
							return err
						}
					}
					return nil
				})
			}},
			{"notes.jsonl", func(enc *json.Encoder) error {
				return e.notes(ctx, tx, func(n *app.Note) error {
					counts["notes"]++
					e.progress()
					return enc.Encode(recordLine[*app.Note]{Record: n, Base: base(n.ID)})
				})
			}},
			{"aliases.jsonl", func(enc *json.Encoder) error {
				return tx.ForEach(app.BucketMergeIDs, "", func(from string, decode func(any) error) error {
					var to string
					if err := decode(&to); err != nil {
						return err
					}
					return enc.Encode(aliasLine{From: from, To: to})
				})
			}},
		}
		for _, s := range steps {
			if err := file(s.name, s.fill); err != nil {
				return fmt.Errorf("%s: %w", s.name, err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// The manifest comes last so that it can hold the counts; readers find
	// entries by name.
	m := Manifest{Format: BundleFormat, Version: BundleVersion, Exported: e.lib.Now(), Origin: originName(e.opt),
		Library: libraryID(e.lib), Counts: counts, Selection: e.opt.Selection.String()}
	fw, err := zw.Create(manifestName)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(fw)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return err
	}
	e.res.Articles, e.res.Annotations, e.res.Quotes = counts["articles"], counts["annotations"], counts["quotes"]
	e.res.Notes, e.res.People, e.res.Tags = counts["notes"], counts["people"], counts["tags"]
	return zw.Close()
}

// checkEntryName refuses entry names that would leave a folder the archive
// was extracted into (we never extract, but such a bundle is not ours).
func checkEntryName(name string) error {
	switch {
	case name == "" || strings.Contains(name, "\\") || strings.HasPrefix(name, "/") || strings.Contains(name, "\x00"):
		return fmt.Errorf("%w: entry %q has an unsafe path", ErrUnsafeBundle, name)
	case len(name) > 1 && name[1] == ':':
		return fmt.Errorf("%w: entry %q has an absolute path", ErrUnsafeBundle, name)
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return fmt.Errorf("%w: entry %q leaves the archive", ErrUnsafeBundle, name)
		}
	}
	if path.Clean(name) != strings.TrimSuffix(name, "/") {
		return fmt.Errorf("%w: entry %q has an unusual path", ErrUnsafeBundle, name)
	}
	return nil
}

// zipGuard opens entries with the size and ratio limits enforced while
// reading (headers can lie).
type zipGuard struct {
	total int64
}

func (g *zipGuard) open(f *zip.File) (io.ReadCloser, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("entry %s: %w", f.Name, err)
	}
	limit := int64(f.CompressedSize64)*MaxRatio + ratioSlack
	return &guardedReader{rc: rc, g: g, name: f.Name, limit: limit}, nil
}

type guardedReader struct {
	rc    io.ReadCloser
	g     *zipGuard
	name  string
	n     int64
	limit int64
}

func (r *guardedReader) Read(p []byte) (int, error) {
	n, err := r.rc.Read(p)
	r.n += int64(n)
	r.g.total += int64(n)
	if r.n > r.limit {
		return n, fmt.Errorf("%w: entry %s expands more than %d:1 (an archive bomb?)", ErrUnsafeBundle, r.name, MaxRatio)
	}
	if r.g.total > MaxUncompressed {
		return n, fmt.Errorf("%w: the archive holds more than %d MB uncompressed", ErrUnsafeBundle, MaxUncompressed>>20)
	}
	return n, err
}

func (r *guardedReader) Close() error { return r.rc.Close() }

// ReadBundle reads and checks a bundle (decrypting it with passphrase when it
// is encrypted) without touching any library.
func ReadBundle(r io.ReaderAt, size int64, name string) (*app.BundleData, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%s is not a Dossier bundle (not a zip archive, or truncated): %w", name, err)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		if err := checkEntryName(f.Name); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files[f.Name] = f
	}
	g := &zipGuard{}
	mf := files[manifestName]
	if mf == nil {
		return nil, fmt.Errorf("%s is not a Dossier bundle: no %s", name, manifestName)
	}
	var m Manifest
	if err := readJSON(g, mf, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	switch {
	case m.Format != BundleFormat:
		return nil, fmt.Errorf("%s is not a Dossier bundle (format %q)", name, m.Format)
	case m.Version < 1:
		return nil, fmt.Errorf("%s: the manifest has no format version", name)
	case m.Version > BundleVersion:
		return nil, fmt.Errorf("%s was made by a newer Dossier (bundle version %d; this one reads up to %d): update Dossier to import it", name, m.Version, BundleVersion)
	}
	b := &app.BundleData{Origin: m.Origin, File: name, Exported: m.Exported, Bases: map[string]time.Time{},
		History: map[string][]string{}, Aliases: map[string]string{}}
	if b.Origin == "" {
		b.Origin = m.Library
	}
	base := func(id string, t *time.Time) {
		if t != nil && !t.IsZero() {
			b.Bases[id] = *t
		}
	}
	for _, fn := range bundleFiles {
		f := files[fn]
		if f == nil {
			continue
		}
		err := readLines(g, f, func(line []byte) error {
			switch fn {
			case "tags.jsonl":
				var r recordLine[app.Tag]
				if err := json.Unmarshal(line, &r); err != nil {
					return err
				}
				b.Tags = append(b.Tags, r.Record)
				base(r.Record.ID, r.Base)
			case "people.jsonl":
				var r recordLine[app.Person]
				if err := json.Unmarshal(line, &r); err != nil {
					return err
				}
				b.People = append(b.People, r.Record)
				base(r.Record.ID, r.Base)
			case "articles.jsonl":
				var r recordLine[app.Article]
				if err := json.Unmarshal(line, &r); err != nil {
					return err
				}
				b.Articles = append(b.Articles, r.Record)
				base(r.Record.ID, r.Base)
				if len(r.History) > 0 {
					b.History[r.Record.ID] = r.History
				}
			case "aliases.jsonl":
				var a aliasLine
				if err := json.Unmarshal(line, &a); err != nil {
					return err
				}
				if !app.ValidID(a.From) || !app.ValidID(a.To) {
					return fmt.Errorf("an alias of malformed IDs %q → %q", a.From, a.To)
				}
				b.Aliases[a.From] = a.To
			case "notes.jsonl":
				var r recordLine[app.Note]
				if err := json.Unmarshal(line, &r); err != nil {
					return err
				}
				b.Notes = append(b.Notes, r.Record)
				base(r.Record.ID, r.Base)
			case "annotations.jsonl", "quotes.jsonl":
				var w webAnnotation
				if err := json.Unmarshal(line, &w); err != nil {
					return err
				}
				switch {
				case w.Dossier != nil && w.Dossier.Annotation != nil && fn == "annotations.jsonl":
					b.Annotations = append(b.Annotations, *w.Dossier.Annotation)
					base(w.Dossier.Annotation.ID, w.Base)
				case w.Dossier != nil && w.Dossier.Quote != nil && fn == "quotes.jsonl":
					b.Quotes = append(b.Quotes, *w.Dossier.Quote)
					base(w.Dossier.Quote.ID, w.Base)
				default:
					return errors.New("a Web Annotation without its Dossier record")
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return b, nil
}

func readJSON(g *zipGuard, f *zip.File, v any) error {
	rc, err := g.open(f)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := json.NewDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("%s is malformed: %w", f.Name, err)
	}
	return nil
}

func readLines(g *zipGuard, f *zip.File, fn func(line []byte) error) error {
	rc, err := g.open(f)
	if err != nil {
		return err
	}
	defer rc.Close()
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s line %d is malformed: %w", f.Name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	return nil
}
