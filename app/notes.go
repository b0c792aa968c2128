package app

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"dossier/app/ingest"
	"dossier/app/wikilink"
)

// ErrTitleTaken is returned when a page with the same title exists.
var ErrTitleTaken = errors.New("a page with this title already exists")

// PageRef names a wiki page: a note, an article, a person or a tag.
type PageRef struct {
	Kind  DocType `json:"kind"`
	ID    string  `json:"id"`
	Title string  `json:"title"`
}

// noteVersionWindow coalesces autosaves: a note's previous state is kept as
// a version only when it is older than this, so typing does not produce a
// version per keystroke.
const noteVersionWindow = 5 * time.Minute

// pageKey normalises a page title for resolution (case, accents, spaces).
func pageKey(title string) string { return wikilink.Key(title) }

// resolve finds the page a link title names: a note (by title or alias), a
// person (by name or alias), a tag, then an article (by title).
func resolve(tx Tx, title string) (PageRef, bool, error) {
	key := pageKey(title)
	if key == "" {
		return PageRef{}, false, nil
	}
	try := func(r Ref, k string, kind DocType, b Bucket) (PageRef, bool, error) {
		ids, err := tx.RefIDs(r, k)
		if err != nil || len(ids) == 0 {
			return PageRef{}, false, err
		}
		p := PageRef{Kind: kind, ID: ids[0]}
		p.Title, err = pageTitle(tx, kind, ids[0])
		if errors.Is(err, ErrNotFound) {
			return PageRef{}, false, nil
		}
		return p, err == nil, err
	}
	for _, c := range []struct {
		r    Ref
		k    string
		kind DocType
		b    Bucket
	}{
		{RefNoteTitle, key, TypeNote, BucketNotes},
		{RefPersonName, foldKey(title), TypePerson, BucketPeople},
		{RefTagName, tagKey(strings.TrimSpace(title)), TypeTag, BucketTags},
		{RefArticleTitle, key, TypeArticle, BucketArticles},
	} {
		p, ok, err := try(c.r, c.k, c.kind, c.b)
		if err != nil || ok {
			return p, ok, err
		}
	}
	return PageRef{}, false, nil
}

func pageTitle(tx Tx, kind DocType, id string) (string, error) {
	title, _, err := pageTitleText(tx, kind, id)
	return title, err
}

// pageText returns the Markdown of a page that has some (notes, and the
// analyst's own text on person and tag pages).
func pageText(tx Tx, kind DocType, id string) (string, error) {
	_, text, err := pageTitleText(tx, kind, id)
	return text, err
}

// setPageText stores new Markdown for a page, keeping its links in step.
func (l *Library) setPageText(tx Tx, kind DocType, id, text string) error {
	old, err := pageText(tx, kind, id)
	if err != nil {
		return err
	}
	now := l.Now()
	switch kind {
	case TypeNote:
		err = editRecord(tx, BucketNotes, id, func(n *Note) { n.Body, n.Updated, n.V = text, now, RecordVersion })
	case TypePerson:
		err = editRecord(tx, BucketPeople, id, func(p *Person) { p.Page, p.Updated, p.V = text, now, RecordVersion })
	case TypeTag:
		err = editRecord(tx, BucketTags, id, func(t *Tag) { t.Page, t.Updated, t.V = text, now, RecordVersion })
	case TypeAnnotation:
		err = editRecord(tx, BucketAnnotations, id, func(an *Annotation) { an.Note, an.Updated, an.V = text, now, RecordVersion })
	default:
		return fmt.Errorf("%s pages have no text of their own", kind)
	}
	if err != nil {
		return err
	}
	if err := setLinks(tx, carrier(kind, id), old, text); err != nil {
		return err
	}
	return enqueue(tx, kind, id)
}

// editRecord reads the record id of bucket, lets edit change it and puts it
// back.
func editRecord[T any](tx Tx, bucket Bucket, id string, edit func(*T)) error {
	var r T
	if err := tx.Get(bucket, id, &r); err != nil {
		return err
	}
	edit(&r)
	return tx.Put(bucket, id, &r)
}

// setLinks keeps RefLinks (target key → source page) in step with a page's text.
func setLinks(tx Tx, source, oldText, newText string) error {
	for _, k := range wikilink.Targets(oldText) {
		if err := tx.RemoveRef(RefLinks, k, source); err != nil {
			return err
		}
	}
	for _, k := range wikilink.Targets(newText) {
		if err := tx.AddRef(RefLinks, k, source); err != nil {
			return err
		}
	}
	return nil
}

func parseCarrier(c string) (DocType, string) {
	kind, id, _ := strings.Cut(c, ":")
	return DocType(kind), id
}

// checkTitleFree refuses a title that another page already has (selfID may
// keep its own title).
func checkTitleFree(tx Tx, title, selfID string) error {
	if err := wikilink.ValidateTitle(title); err != nil {
		return err
	}
	p, ok, err := resolve(tx, title)
	if err != nil {
		return err
	}
	if ok && p.ID != selfID && p.Kind != TypeArticle {
		return fmt.Errorf("%w: %s %q", ErrTitleTaken, p.Kind, p.Title)
	}
	return nil
}

// CreateNote creates a note. The title must be valid and not name another
// page.
func (l *Library) CreateNote(ctx context.Context, title, body string, tags []string) (*Note, error) {
	title = strings.TrimSpace(title)
	tags, err := NormalizeTags(tags)
	if err != nil {
		return nil, err
	}
	var n Note
	err = l.store.Update(func(tx Tx) error {
		if err := checkTitleFree(tx, title, ""); err != nil {
			return err
		}
		n = Note{Meta: newMeta(l.NewID(), l.Now()), Title: title, Body: body, Tags: tags, Revision: 1}
		if err := tx.Put(BucketNotes, n.ID, &n); err != nil {
			return err
		}
		if err := tx.AddRef(RefNoteTitle, pageKey(title), n.ID); err != nil {
			return err
		}
		if err := setLinks(tx, carrier(TypeNote, n.ID), "", body); err != nil {
			return err
		}
		if err := l.setTags(tx, TypeNote, n.ID, nil, tags); err != nil {
			return err
		}
		return enqueue(tx, TypeNote, n.ID)
	})
	if err != nil {
		return nil, fmt.Errorf("create note %q: %w", title, err)
	}
	l.Kick()
	return &n, nil
}

// Note returns a note by ID.
func (l *Library) Note(id string) (*Note, error) {
	var n Note
	if err := l.store.View(func(tx Tx) error { return tx.Get(BucketNotes, id, &n) }); err != nil {
		return nil, fmt.Errorf("note %s: %w", id, err)
	}
	return &n, nil
}

// NoteByTitle returns the note with this title or alias.
func (l *Library) NoteByTitle(title string) (*Note, error) {
	var n Note
	err := l.store.View(func(tx Tx) error {
		ids, err := tx.RefIDs(RefNoteTitle, pageKey(title))
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			return fmt.Errorf("note %q: %w", title, ErrNotFound)
		}
		return tx.Get(BucketNotes, ids[0], &n)
	})
	if err != nil {
		return nil, err
	}
	return &n, nil
}

// ResolveNote returns the note with this title or alias, or else with this
// ID (or a prefix of one, as `note list` prints them).
func (l *Library) ResolveNote(ref string) (*Note, error) {
	n, err := l.NoteByTitle(ref)
	if !errors.Is(err, ErrNotFound) {
		return n, err
	}
	var byID Note
	if verr := l.store.View(func(tx Tx) error {
		id, err := resolveIDIn(tx, BucketNotes, "note", ref)
		if err != nil {
			return err
		}
		return tx.Get(BucketNotes, id, &byID)
	}); verr != nil {
		return nil, err // the title lookup's error names what was asked
	}
	return &byID, nil
}

// NoteSummary is what note lists show.
type NoteSummary struct {
	ID      string    `json:"id"`
	Title   string    `json:"title"`
	Tags    []string  `json:"tags,omitempty"`
	Updated time.Time `json:"updated"`
}

// Notes lists every note by title.
func (l *Library) Notes() ([]NoteSummary, error) {
	out := []NoteSummary{}
	err := l.store.View(func(tx Tx) error {
		return tx.ForEach(BucketNotes, "", func(_ string, decode func(any) error) error {
			var n Note
			if err := decode(&n); err != nil {
				return err
			}
			out = append(out, NoteSummary{ID: n.ID, Title: n.Title, Tags: n.Tags, Updated: n.Updated})
			return nil
		})
	})
	sort.Slice(out, func(i, j int) bool { return pageKey(out[i].Title) < pageKey(out[j].Title) })
	return out, err
}

// NoteEdit is a change to a note; nil fields are left alone.
type NoteEdit struct {
	Title *string
	Body  *string
	Tags  []string // nil: unchanged
	// Checkpoint keeps the note's previous state as a revision even if it
	// was saved within the last few minutes: the editor asks for it on the
	// first save after the note is opened, so each sitting can be undone.
	Checkpoint bool
}

// UpdateNote saves an edit (the GUI autosaves through it). The previous
// state is kept as a version unless it was itself saved within the last few
// minutes. A new title renames the note and rewrites every link to it.
func (l *Library) UpdateNote(ctx context.Context, id string, e NoteEdit) (*Note, error) {
	var tags []string
	if e.Tags != nil {
		t, err := NormalizeTags(e.Tags)
		if err != nil {
			return nil, err
		}
		tags = t
	}
	var n Note
	err := l.store.Update(func(tx Tx) error {
		if err := tx.Get(BucketNotes, id, &n); err != nil {
			return err
		}
		old := n
		if e.Title != nil && strings.TrimSpace(*e.Title) != n.Title {
			if err := l.renameNote(tx, &n, strings.TrimSpace(*e.Title)); err != nil {
				return err
			}
		}
		if e.Body != nil && *e.Body != n.Body {
			if err := setLinks(tx, carrier(TypeNote, id), n.Body, *e.Body); err != nil {
				return err
			}
			n.Body = *e.Body
		}
		if e.Tags != nil {
			if err := l.setTags(tx, TypeNote, id, n.Tags, tags); err != nil {
				return err
			}
			n.Tags = tags
		}
		now := l.Now()
		if old.Body != n.Body || old.Title != n.Title {
			if e.Checkpoint || now.Sub(old.Updated) > noteVersionWindow || old.Title != n.Title {
				if err := tx.Put(BucketNoteVersions, versionKey(id, old.Revision),
					NoteVersion{NoteID: id, Revision: old.Revision, Saved: old.Updated, Title: old.Title, Body: old.Body}); err != nil {
					return err
				}
				n.Revision = old.Revision + 1
			}
		}
		n.Updated, n.V = now, RecordVersion
		if err := tx.Put(BucketNotes, id, &n); err != nil {
			return err
		}
		return enqueue(tx, TypeNote, id)
	})
	if err != nil {
		return nil, fmt.Errorf("save note %s: %w", id, err)
	}
	l.Kick()
	return &n, nil
}

// renameNote changes n's title in tx and rewrites every link to it.
func (l *Library) renameNote(tx Tx, n *Note, title string) error {
	if err := checkTitleFree(tx, title, n.ID); err != nil {
		return err
	}
	if err := tx.RemoveRef(RefNoteTitle, pageKey(n.Title), n.ID); err != nil {
		return err
	}
	if err := tx.AddRef(RefNoteTitle, pageKey(title), n.ID); err != nil {
		return err
	}
	old := n.Title
	n.Title = title
	// The note's own text may link to itself.
	if body, k := wikilink.Rewrite(n.Body, old, title); k > 0 {
		if err := setLinks(tx, carrier(TypeNote, n.ID), n.Body, body); err != nil {
			return err
		}
		n.Body = body
	}
	_, err := l.rewriteLinks(tx, old, title, carrier(TypeNote, n.ID))
	return err
}

// rewriteLinks rewrites every [[oldTitle]] link in every page that has one
// to [[newTitle]], in tx, and returns the number of links rewritten. skip
// names a page the caller rewrites itself. Renames of people, tags and
// articles call it too.
func (l *Library) rewriteLinks(tx Tx, oldTitle, newTitle, skip string) (int, error) {
	sources, err := tx.RefIDs(RefLinks, pageKey(oldTitle))
	if err != nil {
		return 0, err
	}
	total := 0
	for _, src := range sources {
		if src == skip {
			continue
		}
		kind, id := parseCarrier(src)
		text, err := pageText(tx, kind, id)
		if err != nil {
			if errors.Is(err, ErrNotFound) {
				continue
			}
			return total, err
		}
		next, k := wikilink.Rewrite(text, oldTitle, newTitle)
		if k == 0 {
			continue
		}
		total += k
		if err := l.setPageText(tx, kind, id, next); err != nil {
			return total, err
		}
	}
	return total, nil
}

// RenameNote renames a note and rewrites every link to it, in one transaction.
func (l *Library) RenameNote(ctx context.Context, oldTitle, newTitle string) (*Note, error) {
	n, err := l.NoteByTitle(oldTitle)
	if err != nil {
		return nil, err
	}
	return l.UpdateNote(ctx, n.ID, NoteEdit{Title: &newTitle})
}

// DeleteNote deletes a note with its versions. Links to it stay in other
// pages and show as missing.
func (l *Library) DeleteNote(ctx context.Context, id string) error {
	err := l.store.Update(func(tx Tx) error {
		var n Note
		if err := tx.Get(BucketNotes, id, &n); err != nil {
			return err
		}
		if err := tx.RemoveRef(RefNoteTitle, pageKey(n.Title), id); err != nil {
			return err
		}
		for _, a := range n.Aliases {
			if err := tx.RemoveRef(RefNoteTitle, pageKey(a), id); err != nil {
				return err
			}
		}
		if err := setLinks(tx, carrier(TypeNote, id), n.Body, ""); err != nil {
			return err
		}
		if err := l.setTags(tx, TypeNote, id, n.Tags, nil); err != nil {
			return err
		}
		var versions []string
		if err := tx.ForEach(BucketNoteVersions, id+"/", func(k string, _ func(any) error) error {
			versions = append(versions, k)
			return nil
		}); err != nil {
			return err
		}
		for _, k := range versions {
			if err := tx.Delete(BucketNoteVersions, k); err != nil {
				return err
			}
		}
		if err := tx.Delete(BucketNotes, id); err != nil {
			return err
		}
		return enqueue(tx, TypeNote, id)
	})
	if err != nil {
		return fmt.Errorf("delete note %s: %w", id, err)
	}
	l.Kick()
	return nil
}

// NoteVersions lists a note's earlier versions, newest first.
func (l *Library) NoteVersions(id string) ([]NoteVersion, error) {
	var out []NoteVersion
	err := l.store.View(func(tx Tx) error {
		return tx.ForEachReverse(BucketNoteVersions, id+"/", func(_ string, decode func(any) error) error {
			var v NoteVersion
			if err := decode(&v); err != nil {
				return err
			}
			out = append(out, v)
			return nil
		})
	})
	return out, err
}

// NoteVersion returns one earlier version of a note.
func (l *Library) NoteVersion(id string, revision int) (*NoteVersion, error) {
	var v NoteVersion
	err := l.store.View(func(tx Tx) error { return tx.Get(BucketNoteVersions, versionKey(id, revision), &v) })
	if err != nil {
		return nil, fmt.Errorf("note %s revision %d: %w", id, revision, err)
	}
	return &v, nil
}

// RestoreNoteVersion makes an earlier version's text the note's text. The
// restore is itself a new revision: the text it replaces is kept as a
// version first, so nothing is lost and the restore can be undone the same
// way. The title is left as it is (a rename rewrites links elsewhere).
func (l *Library) RestoreNoteVersion(ctx context.Context, id string, revision int) (*Note, error) {
	v, err := l.NoteVersion(id, revision)
	if err != nil {
		return nil, err
	}
	return l.UpdateNote(ctx, id, NoteEdit{Body: &v.Body, Checkpoint: true})
}

// SetPageText saves the analyst's own Markdown on a note, person or tag page.
func (l *Library) SetPageText(ctx context.Context, page PageRef, text string) error {
	if page.Kind == TypeNote {
		_, err := l.UpdateNote(ctx, page.ID, NoteEdit{Body: &text})
		return err
	}
	err := l.store.Update(func(tx Tx) error { return l.setPageText(tx, page.Kind, page.ID, text) })
	if err != nil {
		return fmt.Errorf("save %s page %s: %w", page.Kind, page.ID, err)
	}
	l.Kick()
	return nil
}

// Resolve finds the page a title names.
func (l *Library) Resolve(title string) (PageRef, bool, error) {
	var p PageRef
	var ok bool
	err := l.store.View(func(tx Tx) error {
		var err error
		p, ok, err = resolve(tx, title)
		return err
	})
	return p, ok, err
}

// OutLink is a link from a page, resolved.
type OutLink struct {
	wikilink.Link
	Page   PageRef `json:"page"`
	Exists bool    `json:"exists"`
}

// Backlink is a page that links to another, with the line around the link.
type Backlink struct {
	Source  PageRef `json:"source"`
	Line    int     `json:"line"`
	Context string  `json:"context"`
}

// PageLinks are a page's outgoing links and backlinks.
type PageLinks struct {
	Page      PageRef    `json:"page"`
	Outgoing  []OutLink  `json:"outgoing"`
	Backlinks []Backlink `json:"backlinks"`
}

// Links returns the outgoing links and backlinks of the page with title.
func (l *Library) Links(title string) (*PageLinks, error) {
	out := &PageLinks{Outgoing: []OutLink{}, Backlinks: []Backlink{}}
	err := l.store.View(func(tx Tx) error {
		p, ok, err := resolve(tx, title)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("page %q: %w", title, ErrNotFound)
		}
		out.Page = p
		text, err := pageText(tx, p.Kind, p.ID)
		if err != nil {
			return err
		}
		for _, lk := range wikilink.Parse(text) {
			ol := OutLink{Link: lk}
			if !lk.Embed {
				ol.Page, ol.Exists, err = resolve(tx, lk.Target)
				if err != nil {
					return err
				}
			}
			out.Outgoing = append(out.Outgoing, ol)
		}
		out.Backlinks, err = backlinks(tx, p)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// pageNames are the titles a page answers to: its title and aliases.
func pageNames(tx Tx, p PageRef) []string {
	names := []string{p.Title}
	switch p.Kind {
	case TypeNote:
		var n Note
		if tx.Get(BucketNotes, p.ID, &n) == nil {
			names = append(names, n.Aliases...)
		}
	case TypePerson:
		var pp Person
		if tx.Get(BucketPeople, p.ID, &pp) == nil {
			names = append(names, pp.Aliases...)
		}
	}
	return names
}

func backlinks(tx Tx, p PageRef) ([]Backlink, error) {
	out := []Backlink{}
	// keys maps each name the page answers to onto whether a link by that
	// name really reaches it: an alias that now names another page does not.
	keys := map[string]bool{}
	var sources []string
	seen := map[string]bool{}
	for _, name := range pageNames(tx, p) {
		k := pageKey(name)
		if _, done := keys[k]; done {
			continue
		}
		r, ok, err := resolve(tx, name)
		if err != nil {
			return nil, err
		}
		keys[k] = ok && r.Kind == p.Kind && r.ID == p.ID
		if !keys[k] {
			continue
		}
		ids, err := tx.RefIDs(RefLinks, k)
		if err != nil {
			return nil, err
		}
		for _, s := range ids {
			if !seen[s] {
				seen[s] = true
				sources = append(sources, s)
			}
		}
	}
	for _, src := range sources {
		kind, id := parseCarrier(src)
		title, text, err := pageTitleText(tx, kind, id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, lk := range wikilink.Parse(text) {
			if lk.Embed || !keys[pageKey(lk.Target)] {
				continue
			}
			out = append(out, Backlink{Source: PageRef{Kind: kind, ID: id, Title: title}, Line: lk.Line,
				Context: wikilink.Context(text, lk.Start)})
		}
	}
	return out, nil
}

// pageTitleText reads a page's title and Markdown with one record read.
// Articles have a title but no Markdown of their own.
func pageTitleText(tx Tx, kind DocType, id string) (title, text string, err error) {
	switch kind {
	case TypeNote:
		var n Note
		err = tx.Get(BucketNotes, id, &n)
		return n.Title, n.Body, err
	case TypePerson:
		var p Person
		err = tx.Get(BucketPeople, id, &p)
		return p.Name, p.Page, err
	case TypeTag:
		var t Tag
		err = tx.Get(BucketTags, id, &t)
		return t.Name, t.Page, err
	case TypeArticle:
		var a Article
		err = tx.Get(BucketArticles, id, &a)
		return a.Title, "", err
	case TypeAnnotation:
		// A highlight's note is text the analyst writes links in too; it is
		// named after its article.
		var an Annotation
		if err = tx.Get(BucketAnnotations, id, &an); err != nil {
			return "", "", err
		}
		var a struct {
			Title string `json:"title"`
		}
		_ = tx.Get(BucketArticles, an.ArticleID, &a)
		return "Highlight in " + a.Title, an.Note, nil
	}
	return "", "", fmt.Errorf("page kind %q: %w", kind, ErrNotFound)
}

// Mention is an unlinked mention of a page's title in another page's text.
type Mention struct {
	Source     PageRef `json:"source"`
	Start, End int     `json:"-"` // bytes in the source text
	Context    string  `json:"context"`
}

// UnlinkedMentions lists places in notes, people's and tags' pages and
// highlights' notes that name the page with title in plain text, without a
// link.
func (l *Library) UnlinkedMentions(ctx context.Context, title string) ([]Mention, error) {
	out := []Mention{}
	err := l.store.View(func(tx Tx) error {
		p, ok, err := resolve(tx, title)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("page %q: %w", title, ErrNotFound)
		}
		names := pageNames(tx, p)
		check := func(kind DocType, id, text string) error {
			if kind == p.Kind && id == p.ID {
				return nil
			}
			for _, name := range names {
				spans := wikilink.Mentions(text, name)
				if len(spans) == 0 {
					continue
				}
				t, err := pageTitle(tx, kind, id)
				if err != nil {
					return err
				}
				for _, s := range spans {
					out = append(out, Mention{Source: PageRef{Kind: kind, ID: id, Title: t}, Start: s[0], End: s[1],
						Context: wikilink.Context(text, s[0])})
				}
				break
			}
			return nil
		}
		// Notes are scanned in full; Mentions rejects most of them cheaply.
		type page struct {
			kind     DocType
			id, text string
		}
		var pages []page
		if err := tx.ForEach(BucketNotes, "", func(id string, decode func(any) error) error {
			var n Note
			if err := decode(&n); err != nil {
				return err
			}
			pages = append(pages, page{TypeNote, id, n.Body})
			return nil
		}); err != nil {
			return err
		}
		// The analyst's text elsewhere: people's and tags' pages and
		// highlights' notes (most are empty and cost one decode).
		for _, b := range []struct {
			bucket Bucket
			kind   DocType
		}{{BucketPeople, TypePerson}, {BucketTags, TypeTag}, {BucketAnnotations, TypeAnnotation}} {
			if err := tx.ForEach(b.bucket, "", func(id string, decode func(any) error) error {
				var r struct {
					Page string `json:"page"`
					Note string `json:"note"`
				}
				if err := decode(&r); err != nil {
					return err
				}
				if text := r.Page + r.Note; text != "" {
					pages = append(pages, page{b.kind, id, text})
				}
				return nil
			}); err != nil {
				return err
			}
		}
		for _, pg := range pages {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := check(pg.kind, pg.id, pg.text); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// LinkMention turns an unlinked mention into a link.
func (l *Library) LinkMention(ctx context.Context, m Mention, title string) error {
	err := l.store.Update(func(tx Tx) error {
		text, err := pageText(tx, m.Source.Kind, m.Source.ID)
		if err != nil {
			return err
		}
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			return fmt.Errorf("the mention is no longer there")
		}
		return l.setPageText(tx, m.Source.Kind, m.Source.ID, wikilink.LinkMention(text, m.Start, m.End, title))
	})
	if err != nil {
		return fmt.Errorf("link mention in %s: %w", m.Source.Title, err)
	}
	l.Kick()
	return nil
}

// Page hrefs used in rendered HTML; the GUI follows them.
const (
	HrefScheme = "dossier:"
)

// PageHref is the link to a page in rendered HTML.
func PageHref(p PageRef) string { return HrefScheme + string(p.Kind) + "/" + p.ID }

// RenderPage renders a page's Markdown to HTML with links resolved and
// quote embeds expanded; links to missing pages are marked as such.
func (l *Library) RenderPage(text string) (string, error) {
	var out string
	err := l.store.View(func(tx Tx) error {
		var err error
		out, err = wikilink.Render(text, pageResolver{tx: tx})
		return err
	})
	return out, err
}

type pageResolver struct{ tx Tx }

func (r pageResolver) Resolve(lk wikilink.Link) (string, bool) {
	p, ok, err := resolve(r.tx, lk.Target)
	if err != nil || !ok {
		return HrefScheme + "new/" + lk.Target, false
	}
	href := PageHref(p)
	if lk.Heading != "" {
		href += "#" + lk.Heading
	}
	return href, true
}

func (r pageResolver) Embed(lk wikilink.Link) (string, bool) {
	kind, id, _ := strings.Cut(lk.Target, ":")
	switch kind {
	case "quote":
		var q Quote
		if r.tx.Get(BucketQuotes, id, &q) != nil {
			return "", false
		}
		var a Article
		_ = r.tx.Get(BucketArticles, q.ArticleID, &a)
		return fmt.Sprintf(`<blockquote class="quote">%s<footer>— %s, <a href="%s#%d-%d">%s</a></footer></blockquote>`,
			html.EscapeString(q.Text), html.EscapeString(orUnknown(q.Speaker)),
			html.EscapeString(PageHref(PageRef{Kind: TypeArticle, ID: q.ArticleID})), q.Selector.Start, q.Selector.End,
			html.EscapeString(a.Title)), true
	case "annotation":
		var an Annotation
		if r.tx.Get(BucketAnnotations, id, &an) != nil {
			return "", false
		}
		var a Article
		_ = r.tx.Get(BucketArticles, an.ArticleID, &a)
		note := ""
		if an.Note != "" {
			note = "<p>" + html.EscapeString(an.Note) + "</p>"
		}
		return fmt.Sprintf(`<blockquote class="highlight">%s<footer><a href="%s#%d-%d">%s</a></footer></blockquote>%s`,
			html.EscapeString(an.Selector.Exact), html.EscapeString(PageHref(PageRef{Kind: TypeArticle, ID: an.ArticleID})),
			an.Selector.Start, an.Selector.End, html.EscapeString(a.Title), note), true
	}
	return "", false
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown speaker"
	}
	return s
}

// importNotes creates a note from each Markdown file (title from its front
// matter, first heading or file name); notes whose title exists are left alone.
func (l *Library) importNotes(ctx context.Context, fsys fs.FS, paths []string) error {
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		title, body, tags := splitNoteFile(path.Base(p), string(data))
		if _, err := l.NoteByTitle(title); err == nil {
			continue
		}
		if _, err := l.CreateNote(ctx, title, body, tags); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	return nil
}

// splitNoteFile reads a Markdown note file: front matter for the title and
// tags (through the Markdown importer), the body kept as written.
func splitNoteFile(name, src string) (title, body string, tags []string) {
	title = strings.TrimSuffix(name, path.Ext(name))
	body = src
	if doc, err := ingest.ParseMarkdown(src); err == nil {
		if doc.Title != "" && !doc.TitleGuessed {
			title = doc.Title
		}
		tags = doc.Tags
	}
	if strings.HasPrefix(body, "---\n") {
		if i := strings.Index(body[4:], "\n---\n"); i >= 0 {
			body = strings.TrimLeft(body[4+i+5:], "\n")
		}
	}
	return title, body, tags
}
