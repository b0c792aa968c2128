package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dossier/app"
)

// Export formats.
const (
	FormatBundle   = "bundle"   // .dossier: a zip that another library imports
	FormatMarkdown = "markdown" // a folder of Markdown files (an Obsidian vault)
	FormatHTML     = "html"     // one self-contained report
	FormatCSV      = "csv"      // quotes and annotations, one row each
	FormatQDPX     = "qdpx"     // REFI-QDA project
	FormatW3C      = "w3c"      // W3C Web Annotations (JSON-LD AnnotationCollection)
)

// Formats lists the export formats, the default first.
func Formats() []string {
	return []string{FormatBundle, FormatMarkdown, FormatHTML, FormatCSV, FormatQDPX, FormatW3C}
}

// extensions are what Run appends to an output path that has none.
var extensions = map[string]string{FormatBundle: ".dossier", FormatHTML: ".html", FormatCSV: ".csv", FormatQDPX: ".qdpx", FormatW3C: ".jsonld"}

// Selection narrows an export; the zero value is the whole library. At most
// one field may be set.
type Selection struct {
	Tag     string // items under a tag and its sub-tags
	Query   string // the articles and notes a search finds
	Article string // one article (ID)
	Note    string // one note (title or ID) with every page it links to
}

func (s Selection) String() string {
	switch {
	case s.Tag != "":
		return "tag " + s.Tag
	case s.Query != "":
		return "search " + s.Query
	case s.Article != "":
		return "article " + s.Article
	case s.Note != "":
		return "note " + s.Note
	}
	return "the whole library"
}

// Options describe one export.
type Options struct {
	Format    string
	Out       string // file, or folder for markdown; an extension is added when missing
	Selection Selection
	// Passphrase encrypts a bundle with age (scrypt); bundles only.
	Passphrase string
	// Origin names this library in bundles (the host name when empty).
	Origin string
	// KeepRejected keeps quotes the analyst rejected, marked as rejected,
	// for an audit. By default they leave every format but the bundle
	// (which carries review decisions to another library).
	KeepRejected bool
	// Progress is called after each article or note written.
	Progress func(done, total int)

	scryptLogN int // tests lower the passphrase work factor
}

// Result says what an export wrote.
type Result struct {
	Path        string `json:"path"`
	Format      string `json:"format"`
	Articles    int    `json:"articles"`
	Annotations int    `json:"annotations"`
	Quotes      int    `json:"quotes"`
	Notes       int    `json:"notes"`
	People      int    `json:"people"`
	Tags        int    `json:"tags"`
	Bytes       int64  `json:"bytes"`
	Encrypted   bool   `json:"encrypted,omitempty"`
}

// Run exports the selection in opt.Format to opt.Out. The output is written
// to a temporary file (or folder) beside the target and renamed into place
// only when complete: a failed or cancelled export leaves nothing there.
func Run(ctx context.Context, lib *app.Library, opt Options) (Result, error) {
	res := Result{Format: opt.Format}
	if strings.TrimSpace(opt.Out) == "" {
		return res, errors.New("export: no output path")
	}
	if opt.Passphrase != "" && opt.Format != FormatBundle {
		return res, fmt.Errorf("export: only bundles can be encrypted, not %s", opt.Format)
	}
	out := opt.Out
	if ext, ok := extensions[opt.Format]; ok && filepath.Ext(out) == "" {
		out += ext
	}
	res.Path = out
	sc, err := resolve(ctx, lib, opt.Selection, opt.KeepRejected)
	if err != nil {
		return res, fmt.Errorf("export %s: %w", opt.Selection, err)
	}
	e := &exporter{lib: lib, sc: sc, opt: opt, res: &res}
	switch opt.Format {
	case FormatMarkdown:
		err = atomicDir(ctx, out, e.markdown)
	case FormatBundle, FormatHTML, FormatCSV, FormatQDPX, FormatW3C:
		var write func(ctx context.Context, w io.Writer) error
		switch opt.Format {
		case FormatBundle:
			write = e.bundle
			if opt.Passphrase != "" {
				logN := opt.scryptLogN
				if logN == 0 {
					logN = scryptWorkFactor
				}
				write = encryptingWith(opt.Passphrase, logN, e.bundle)
				res.Encrypted = true
			}
		case FormatHTML:
			write = e.html
		case FormatCSV:
			write = e.csv
		case FormatQDPX:
			write = e.qdpx
		case FormatW3C:
			write = e.w3c
		}
		res.Bytes, err = atomicFile(ctx, out, write)
	default:
		return res, fmt.Errorf("export: unknown format %q (use %s)", opt.Format, strings.Join(Formats(), ", "))
	}
	if err != nil {
		return res, fmt.Errorf("export %s to %s: %w", opt.Format, out, err)
	}
	return res, nil
}

// atomicFile writes a file through a temporary file in the same folder.
func atomicFile(ctx context.Context, path string, write func(context.Context, io.Writer) error) (int64, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".part-*")
	if err != nil {
		return 0, err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	cw := &countWriter{w: f}
	bw := bufio.NewWriterSize(cw, 256<<10)
	if err := write(ctx, bw); err != nil {
		return 0, err
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := f.Chmod(0o644); err != nil { // CreateTemp makes files private
		return 0, err
	}
	if err := f.Sync(); err != nil {
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return 0, err
	}
	ok = true
	return cw.n, nil
}

// atomicDir writes a folder through a temporary folder beside it. An
// existing target must be an empty folder.
func atomicDir(ctx context.Context, path string, write func(ctx context.Context, dir string) error) error {
	if st, err := os.Stat(path); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%s exists and is not a folder", path)
		}
		ents, err := os.ReadDir(path)
		if err != nil {
			return err
		}
		if len(ents) > 0 {
			return fmt.Errorf("%s exists and is not empty", path)
		}
		if err := os.Remove(path); err != nil {
			return err
		}
	}
	parent, base := filepath.Split(filepath.Clean(path))
	if parent == "" {
		parent = "."
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".part-*")
	if err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil { // MkdirTemp makes folders private
		os.RemoveAll(tmp)
		return err
	}
	if err := write(ctx, tmp); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := ctx.Err(); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	return nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// scope is a resolved selection: nil sets mean everything.
type scope struct {
	all      bool
	articles map[string]bool
	notes    map[string]bool
	people   map[string]bool
	tags     map[string]bool // tag IDs
}

// resolve turns a selection into the records it covers. The speakers of
// rejected quotes come in only with keepRejected (an audit).
func resolve(ctx context.Context, lib *app.Library, sel Selection, keepRejected bool) (*scope, error) {
	n := 0
	for _, s := range []string{sel.Tag, sel.Query, sel.Article, sel.Note} {
		if s != "" {
			n++
		}
	}
	if n > 1 {
		return nil, errors.New("choose one selection: a tag, a search, an article or a note")
	}
	sc := &scope{all: n == 0, articles: map[string]bool{}, notes: map[string]bool{}, people: map[string]bool{}, tags: map[string]bool{}}
	if sc.all {
		return sc, nil
	}
	switch {
	case sel.Article != "":
		a, err := lib.Article(sel.Article)
		if err != nil {
			return nil, err
		}
		sc.articles[a.ID] = true
	case sel.Tag != "":
		items, err := lib.TaggedItems(sel.Tag, true)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			switch it.Kind {
			case app.TypeNote:
				sc.notes[it.ID] = true
			case app.TypeArticle:
				sc.articles[it.ID] = true
			default:
				if it.ArticleID != "" {
					sc.articles[it.ArticleID] = true
				}
			}
		}
	case sel.Query != "":
		const page = 500
		for from := 0; ; from += page {
			res, err := lib.Search(ctx, app.SearchRequest{Query: sel.Query, From: from, Size: page})
			if err != nil {
				return nil, err
			}
			for _, h := range res.Hits {
				switch {
				case h.Type == app.TypeNote:
					sc.notes[h.ID] = true
				case h.ArticleID != "":
					sc.articles[h.ArticleID] = true
				}
			}
			if len(res.Hits) < page || from+page >= res.Total {
				break
			}
		}
	case sel.Note != "":
		var note *app.Note
		if app.ValidID(sel.Note) {
			note, _ = lib.Note(sel.Note)
		}
		if note == nil {
			var err error
			if note, err = lib.NoteByTitle(sel.Note); err != nil {
				return nil, fmt.Errorf("note %q: %w", sel.Note, err)
			}
		}
		sc.notes[note.ID] = true
		links, err := lib.Links(note.Title)
		if err != nil {
			return nil, err
		}
		for _, lk := range links.Outgoing {
			if !lk.Exists {
				continue
			}
			switch lk.Page.Kind {
			case app.TypeNote:
				sc.notes[lk.Page.ID] = true
			case app.TypeArticle:
				sc.articles[lk.Page.ID] = true
			case app.TypePerson:
				sc.people[lk.Page.ID] = true
			case app.TypeTag:
				sc.tags[lk.Page.ID] = true
			}
		}
	}
	// The people who speak in the articles and the tags the records carry.
	err := lib.Store().View(func(tx app.Tx) error {
		var names []string
		for id := range sc.articles {
			var a app.Article
			if err := tx.Get(app.BucketArticles, id, &a); err != nil {
				continue
			}
			names = append(names, a.Tags...)
			anns, qs, err := children(tx, id)
			if err != nil {
				return err
			}
			for _, an := range anns {
				names = append(names, an.Tags...)
			}
			for _, q := range qs {
				if q.Status == app.QuoteRejected && !keepRejected {
					continue
				}
				names = append(names, q.Tags...)
				if q.SpeakerID != "" {
					sc.people[q.SpeakerID] = true
				}
			}
		}
		for id := range sc.notes {
			var n app.Note
			if tx.Get(app.BucketNotes, id, &n) == nil {
				names = append(names, n.Tags...)
			}
		}
		for _, t := range app.ExpandTags(names) {
			ids, err := tx.RefIDs(app.RefTagName, strings.ToLower(t))
			if err != nil {
				return err
			}
			for _, id := range ids {
				sc.tags[id] = true
			}
		}
		return nil
	})
	return sc, err
}

// children returns an article's annotations and quotes in ID order.
func children(tx app.Tx, articleID string) ([]app.Annotation, []app.Quote, error) {
	ids, err := tx.RefIDs(app.RefArticleAnnotations, articleID)
	if err != nil {
		return nil, nil, err
	}
	anns := make([]app.Annotation, 0, len(ids))
	for _, id := range ids {
		var an app.Annotation
		if err := tx.Get(app.BucketAnnotations, id, &an); err == nil {
			anns = append(anns, an)
		}
	}
	ids, err = tx.RefIDs(app.RefArticleQuotes, articleID)
	if err != nil {
		return nil, nil, err
	}
	qs := make([]app.Quote, 0, len(ids))
	for _, id := range ids {
		var q app.Quote
		if err := tx.Get(app.BucketQuotes, id, &q); err == nil {
			qs = append(qs, q)
		}
	}
	return anns, qs, nil
}

// keepQuote reports whether quote q is written: rejected quotes only for
// an audit.
func (e *exporter) keepQuote(q *app.Quote) bool {
	return q.Status != app.QuoteRejected || e.opt.KeepRejected
}

// children is children without the quotes keepQuote drops.
func (e *exporter) children(tx app.Tx, articleID string) ([]app.Annotation, []app.Quote, error) {
	anns, qs, err := children(tx, articleID)
	if err != nil {
		return nil, nil, err
	}
	kept := qs[:0]
	for i := range qs {
		if e.keepQuote(&qs[i]) {
			kept = append(kept, qs[i])
		}
	}
	return anns, kept, nil
}

// exporter holds one export's state.
type exporter struct {
	lib  *app.Library
	sc   *scope
	opt  Options
	res  *Result
	done int
	tot  int
}

func (e *exporter) progress() {
	e.done++
	if e.opt.Progress != nil {
		e.opt.Progress(e.done, e.tot)
	}
}

// total counts the articles and notes to write, for progress.
func (e *exporter) total(tx app.Tx) int {
	if e.sc.all {
		e.tot = tx.Count(app.BucketArticles) + tx.Count(app.BucketNotes)
	} else {
		e.tot = len(e.sc.articles) + len(e.sc.notes)
	}
	return e.tot
}

// each walks the records of bucket b in the scope (set; nil when all), in
// ID order, decoding each into a fresh value made by newV.
func each[T any](ctx context.Context, tx app.Tx, b app.Bucket, all bool, set map[string]bool, fn func(v *T) error) error {
	if all {
		return tx.ForEach(b, "", func(id string, decode func(any) error) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			var v T
			if err := decode(&v); err != nil {
				return fmt.Errorf("read %s %s: %w", b, id, err)
			}
			return fn(&v)
		})
	}
	ids := make([]string, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		var v T
		if err := tx.Get(b, id, &v); err != nil {
			if errors.Is(err, app.ErrNotFound) {
				continue
			}
			return fmt.Errorf("read %s %s: %w", b, id, err)
		}
		if err := fn(&v); err != nil {
			return err
		}
	}
	return nil
}

func (e *exporter) articles(ctx context.Context, tx app.Tx, fn func(a *app.Article) error) error {
	return each(ctx, tx, app.BucketArticles, e.sc.all, e.sc.articles, fn)
}

func (e *exporter) notes(ctx context.Context, tx app.Tx, fn func(n *app.Note) error) error {
	return each(ctx, tx, app.BucketNotes, e.sc.all, e.sc.notes, fn)
}

func (e *exporter) people(ctx context.Context, tx app.Tx, fn func(p *app.Person) error) error {
	return each(ctx, tx, app.BucketPeople, e.sc.all, e.sc.people, fn)
}

func (e *exporter) tags(ctx context.Context, tx app.Tx, fn func(t *app.Tag) error) error {
	return each(ctx, tx, app.BucketTags, e.sc.all, e.sc.tags, fn)
}
