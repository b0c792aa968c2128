package export

import (
	"context"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"dossier/app"
	"dossier/app/wikilink"
)

// The HTML report: one self-contained, print-friendly file with styles
// inline, no scripts and no external requests; every piece of user text
// goes through html.EscapeString, and Markdown (notes, the analyst's text on
// person and tag pages, highlight and quote notes) is rendered with raw
// HTML left out and [[links]] pointing inside the report.

const reportStyle = `body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
nav ol{columns:2}
article{page-break-before:always}
.meta{color:#555;font-size:.9em}
.kicker{color:#a33;font-size:.8em;text-transform:uppercase;letter-spacing:.05em;margin-bottom:0}
mark{background:#fff1a8}
blockquote{margin:1em 0;padding:.2em 1em;border-left:4px solid #bbb}
.speaker{font-style:italic}
.tag{display:inline-block;border:1px solid #bbb;border-radius:3px;padding:0 .3em;font-size:.8em;margin-right:.3em}
.status{display:inline-block;border-radius:3px;padding:0 .4em;font:bold .75em Helvetica,Arial,sans-serif;text-transform:uppercase;margin-left:.4em}
.quote.confirmed{border-left-color:#2e7d32}.status.confirmed{background:#2e7d32;color:#fff}
.quote.suggested{border-left-style:dashed;border-left-color:#999;color:#444}.status.suggested{background:#eee;color:#444;border:1px dashed #999}
.quote.rejected{border-left-color:#c62828;color:#777}.quote.rejected>p:first-child{text-decoration:line-through}.status.rejected{background:#c62828;color:#fff}
.orphan{border-left-style:dotted}.status.orphan{background:#6d4c41;color:#fff}
.note{font-family:Helvetica,Arial,sans-serif;font-size:.95em}
.wikilink.missing{color:#a00;text-decoration:underline dotted}
@media print{nav{page-break-after:always}a{color:inherit;text-decoration:none}}`

var esc = html.EscapeString

func anchorID(kind string, id string) string { return kind + "-" + esc(id) }

var cssColor = regexp.MustCompile(`^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$`)

// markColor is the background of a highlight: its own colour when it has
// a valid one, else the default yellow ("").
func markColor(c string) string {
	if cssColor.MatchString(c) {
		return c
	}
	return ""
}

// reportLinks resolves [[links]] and embeds to anchors in the report; a
// page the report does not hold renders as a missing link.
type reportLinks struct {
	e  *exporter
	tx app.Tx
	// Keys → anchors for notes, people, tags (lower-case names) and
	// articles: the library's order of resolving a title.
	order []map[string]string
}

// tag is the anchor of a tag's section.
func (r *reportLinks) tag(name string) (string, bool) {
	a, ok := r.order[2][strings.ToLower(strings.TrimSpace(name))]
	return "#" + a, ok
}

func (e *exporter) reportLinks(ctx context.Context, tx app.Tx) (*reportLinks, error) {
	notes, people, tags, arts := map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}
	put := func(m map[string]string, k, anchor string) {
		if k != "" {
			if _, ok := m[k]; !ok {
				m[k] = anchor
			}
		}
	}
	if err := e.notes(ctx, tx, func(n *app.Note) error {
		for _, t := range append([]string{n.Title}, n.Aliases...) {
			put(notes, wikilink.Key(t), anchorID("n", n.ID))
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := e.people(ctx, tx, func(p *app.Person) error {
		for _, t := range append([]string{p.Name}, p.Aliases...) {
			put(people, wikilink.Key(t), anchorID("p", p.ID))
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := e.tags(ctx, tx, func(t *app.Tag) error {
		put(tags, strings.ToLower(t.Name), anchorID("t", t.ID))
		return nil
	}); err != nil {
		return nil, err
	}
	if err := e.articles(ctx, tx, func(a *app.Article) error {
		put(arts, wikilink.Key(a.Title), anchorID("a", a.ID))
		return nil
	}); err != nil {
		return nil, err
	}
	return &reportLinks{e: e, tx: tx, order: []map[string]string{notes, people, tags, arts}}, nil
}

func (r *reportLinks) Resolve(l wikilink.Link) (string, bool) {
	if l.Target == "" {
		return "", false
	}
	for i, m := range r.order {
		k := wikilink.Key(l.Target)
		if i == 2 {
			k = strings.ToLower(strings.TrimSpace(l.Target))
		}
		if a, ok := m[k]; ok {
			return "#" + a, true
		}
	}
	return "", false
}

func (r *reportLinks) Embed(l wikilink.Link) (string, bool) {
	kind, id, _ := strings.Cut(l.Target, ":")
	switch kind {
	case "quote":
		var q app.Quote
		if r.tx.Get(app.BucketQuotes, id, &q) != nil || !r.e.keepQuote(&q) || !r.e.inScope(q.ArticleID) {
			return "", false
		}
		return fmt.Sprintf(`<blockquote class="quote %s"><p>“%s”</p><p class="speaker">— %s <a href="#%s">(in the article)</a>%s</p></blockquote>`,
			esc(string(q.Status)), esc(q.Text), esc(orUnknown(q.Speaker)), anchorID("q", q.ID), statusBadge(string(q.Status))), true
	case "annotation":
		var an app.Annotation
		if r.tx.Get(app.BucketAnnotations, id, &an) != nil || !r.e.inScope(an.ArticleID) {
			return "", false
		}
		return fmt.Sprintf(`<blockquote class="highlight"%s><p>%s</p><p class="meta"><a href="#%s">(in the article)</a></p></blockquote>`,
			borderStyle(an.Color), esc(an.Selector.Exact), anchorID("h", an.ID)), true
	}
	return "", false
}

func statusBadge(s string) string {
	return fmt.Sprintf(`<span class="status %s">%s</span>`, esc(s), esc(s))
}

func borderStyle(color string) string {
	if c := markColor(color); c != "" {
		return fmt.Sprintf(` style="border-left-color:%s"`, c)
	}
	return ""
}

// markdown renders the analyst's Markdown; should goldmark fail, the text
// is shown as it is rather than lost.
func (r *reportLinks) markdown(src string) string {
	if plainParagraph(src) {
		return "<p>" + textEscaper.Replace(src) + "</p>\n" // what goldmark makes of it, at a fraction of the cost
	}
	out, err := wikilink.Render(src, r)
	if err != nil {
		return `<p style="white-space:pre-wrap">` + esc(src) + `</p>`
	}
	return out
}

// textEscaper escapes text as goldmark does.
var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// plainParagraph reports whether Markdown src is one paragraph of plain
// text: no character that could start markup, a link, an autolinked URL
// or address, or a block.
func plainParagraph(src string) bool {
	if src == "" || strings.TrimSpace(src) != src || strings.ContainsAny(src, "\\`*_[]<>#!|~&\n\r\t@") ||
		strings.Contains(src, "://") || strings.Contains(strings.ToLower(src), "www.") {
		return false
	}
	return !strings.ContainsRune("-+=0123456789", rune(src[0]))
}

func (e *exporter) html(ctx context.Context, w io.Writer) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	return e.lib.Store().View(func(tx app.Tx) error {
		e.total(tx)
		links, err := e.reportLinks(ctx, tx)
		if err != nil {
			return err
		}
		p("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
		p("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
		p("<title>Dossier report: %s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(e.opt.Selection.String()), reportStyle)
		p("<h1>Dossier report</h1>\n<p class=\"meta\">%s, exported %s", esc(e.opt.Selection.String()), e.lib.Now().Format("2 January 2006 15:04 MST"))
		if e.opt.KeepRejected {
			p(". Audit copy: rejected quotes are included and marked %s", statusBadge(string(app.QuoteRejected)))
		} else {
			p(". Quotes you rejected are left out")
		}
		p("</p>\n")

		// Table of contents (a first pass over titles only).
		p("<nav>\n<h2>Contents</h2>\n<ol>\n")
		if err := e.articles(ctx, tx, func(a *app.Article) error {
			p("<li><a href=\"#%s\">%s</a></li>\n", anchorID("a", a.ID), esc(a.Title))
			return nil
		}); err != nil {
			return err
		}
		p("</ol>\n<p><a href=\"#speakers\">Quotes by speaker</a> · <a href=\"#tags\">Quotes by tag</a> · <a href=\"#notes\">Notes</a></p>\n</nav>\n")

		p("<h2 id=\"articles\">Articles</h2>\n")
		if err := e.articles(ctx, tx, func(a *app.Article) error {
			e.res.Articles++
			anns, qs, err := e.children(tx, a.ID)
			if err != nil {
				return err
			}
			p("<article id=\"%s\">\n", anchorID("a", a.ID))
			if a.Kicker != "" {
				p("<p class=\"kicker\">%s</p>\n", esc(a.Kicker))
			}
			p("<h2>%s</h2>\n<p class=\"meta\">", esc(a.Title))
			var meta []string
			for _, s := range []string{a.Source, a.Author, a.Dateline} {
				if s != "" {
					meta = append(meta, esc(s))
				}
			}
			if !a.Published.IsZero() {
				meta = append(meta, a.Published.Format("2 January 2006"))
			}
			p("%s", strings.Join(meta, " · "))
			if a.URL != "" {
				p(" · %s", esc(a.URL)) // shown, not linked: no external requests, even by accident
			}
			p("</p>\n")
			tagList(p, links, a.Tags)
			var spans []markSpan
			for _, an := range anns {
				if !an.Orphaned() {
					spans = append(spans, markSpan{an.Selector.Start, an.Selector.End, markColor(an.Color)})
				}
			}
			writeMarked(p, a, spans)
			if len(anns) > 0 {
				p("<h3>Highlights</h3>\n")
				for _, an := range anns {
					e.res.Annotations++
					class := "highlight"
					if an.Orphaned() {
						class += " orphan"
					}
					p("<blockquote id=\"%s\" class=\"%s\"%s><p>%s", anchorID("h", an.ID), class, borderStyle(an.Color), esc(an.Selector.Exact))
					if an.Orphaned() {
						p("%s", `<span class="status orphan">orphaned: no longer in the text</span>`)
					}
					p("</p>")
					if an.Note != "" {
						p("<div class=\"note\">%s</div>", links.markdown(an.Note))
					}
					tagList(p, links, an.Tags)
					p("</blockquote>\n")
				}
			}
			if len(qs) > 0 {
				p("<h3>Quotes</h3>\n")
				for _, q := range qs {
					e.res.Quotes++
					p("<blockquote id=\"%s\" class=\"quote %s\"><p>“%s”</p><p class=\"speaker\">— ", anchorID("q", q.ID), esc(string(q.Status)), esc(q.Text))
					if a, ok := links.Resolve(wikilink.Link{Target: q.Speaker}); ok && q.SpeakerID != "" {
						p("<a href=\"%s\">%s</a>", a, esc(orUnknown(q.Speaker)))
					} else {
						p("%s", esc(orUnknown(q.Speaker)))
					}
					if q.Affiliation != "" {
						p(", %s", esc(q.Affiliation))
					}
					p("%s</p>", statusBadge(string(q.Status)))
					if q.Note != "" {
						p("<div class=\"note\">%s</div>", links.markdown(q.Note))
					}
					tagList(p, links, q.Tags)
					p("</blockquote>\n")
				}
			}
			p("</article>\n")
			e.progress()
			return nil
		}); err != nil {
			return err
		}

		quoteItem := func(q *app.Quote) {
			p("<li class=\"quote %s\"><a href=\"#%s\">“%s”</a>", esc(string(q.Status)), anchorID("q", q.ID), esc(q.Text))
			if q.Speaker != "" {
				p(" — %s", esc(q.Speaker))
			}
			p("%s</li>\n", statusBadge(string(q.Status)))
		}
		p("<section id=\"speakers\">\n<h2>Quotes by speaker</h2>\n")
		if err := e.people(ctx, tx, func(person *app.Person) error {
			ids, err := tx.RefIDs(app.RefPersonQuotes, person.ID)
			if err != nil {
				return err
			}
			e.res.People++
			p("<h3 id=\"%s\">%s</h3>\n", anchorID("p", person.ID), esc(person.Name))
			if person.Page != "" {
				p("<div class=\"note\">%s</div>\n", links.markdown(person.Page))
			}
			started := false
			for _, id := range ids {
				var q app.Quote
				if tx.Get(app.BucketQuotes, id, &q) != nil || !e.inScope(q.ArticleID) || !e.keepQuote(&q) {
					continue
				}
				if !started {
					started = true
					p("<ul>\n")
				}
				quoteItem(&q)
			}
			if started {
				p("</ul>\n")
			}
			return nil
		}); err != nil {
			return err
		}
		p("</section>\n<section id=\"tags\">\n<h2>Quotes by tag</h2>\n")
		if err := e.tags(ctx, tx, func(t *app.Tag) error {
			e.res.Tags++
			key := strings.ToLower(t.Name)
			p("<h3 id=\"%s\">%s</h3>\n", anchorID("t", t.ID), esc(t.Name))
			if t.Description != "" {
				p("<p class=\"meta\">%s</p>\n", esc(t.Description))
			}
			if t.Page != "" {
				p("<div class=\"note\">%s</div>\n", links.markdown(t.Page))
			}
			var quotes []app.Quote
			if err := tx.ForEachRef(app.RefTagItems, key, func(k, item string) error {
				kind, id, _ := strings.Cut(item, ":")
				if k != key || app.DocType(kind) != app.TypeQuote {
					return nil
				}
				var q app.Quote
				if tx.Get(app.BucketQuotes, id, &q) == nil && e.inScope(q.ArticleID) && e.keepQuote(&q) {
					quotes = append(quotes, q)
				}
				return nil
			}); err != nil {
				return err
			}
			if len(quotes) == 0 {
				p("<p class=\"meta\">No quotes.</p>\n")
				return nil
			}
			p("<ul>\n")
			for i := range quotes {
				quoteItem(&quotes[i])
			}
			p("</ul>\n")
			return nil
		}); err != nil {
			return err
		}
		p("</section>\n<section id=\"notes\">\n<h2>Notes</h2>\n")
		if err := e.notes(ctx, tx, func(n *app.Note) error {
			e.res.Notes++
			p("<article id=\"%s\">\n<h3>%s</h3>\n", anchorID("n", n.ID), esc(n.Title))
			tagList(p, links, n.Tags)
			p("<div class=\"note\">%s</div>\n</article>\n", links.markdown(n.Body))
			e.progress()
			return nil
		}); err != nil {
			return err
		}
		p("</section>\n</body>\n</html>\n")
		return nil
	})
}

// tagList shows tags, each a link to its section under "Quotes by tag".
func tagList(p func(string, ...any), links *reportLinks, tags []string) {
	if len(tags) == 0 {
		return
	}
	p("<p>")
	for _, t := range tags {
		if a, ok := links.tag(t); ok {
			p("<a class=\"tag\" href=\"%s\">%s</a>", a, esc(t))
		} else {
			p("<span class=\"tag\">%s</span>", esc(t))
		}
	}
	p("</p>\n")
}

// markSpan is a highlight to mark: rune offsets into the article's Text and
// a background colour ("" for the default).
type markSpan struct {
	start, end int
	color      string
}

// writeMarked writes an article's paragraphs with the highlighted spans
// wrapped in <mark>, each in its own colour; where highlights overlap the
// later one's colour shows. Marks never nest or cross a paragraph.
func writeMarked(p func(string, ...any), a *app.Article, spans []markSpan) {
	text := []rune(a.Text())
	// color[i] is 1 + the index of the span that colours rune i, 0 for none.
	color := make([]int, len(text))
	for si, s := range spans {
		for i := max(s.start, 0); i < min(s.end, len(text)); i++ {
			color[i] = si + 1
		}
	}
	pos := 0
	for i, para := range a.Body {
		writeHTMLCaptions(p, a.CaptionsAt(i))
		tag := "p"
		if a.IsHeading(i) {
			tag = "h4"
		}
		var b strings.Builder
		cur := 0
		n := utf8.RuneCountInString(para)
		for off := pos; off < pos+n; off++ {
			if c := color[off]; c != cur {
				if cur != 0 {
					b.WriteString("</mark>")
				}
				if c != 0 {
					if col := spans[c-1].color; col != "" {
						fmt.Fprintf(&b, `<mark style="background:%s">`, col)
					} else {
						b.WriteString("<mark>")
					}
				}
				cur = c
			}
			b.WriteString(esc(string(text[off])))
		}
		if cur != 0 {
			b.WriteString("</mark>")
		}
		p("<%s>%s</%s>\n", tag, b.String(), tag)
		pos += n + utf8.RuneCountInString(app.ParagraphSep)
	}
	writeHTMLCaptions(p, a.CaptionsAt(len(a.Body)))
}

// writeHTMLCaptions writes photo captions where they stood in the text.
func writeHTMLCaptions(p func(string, ...any), caps []app.Caption) {
	for _, c := range caps {
		p("<figure class=\"caption\"><figcaption>%s", esc(c.Text))
		if c.Credit != "" {
			p(" <span class=\"credit\">Photo: %s</span>", esc(c.Credit))
		}
		p("</figcaption></figure>\n")
	}
}
