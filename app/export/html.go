package export

import (
	"context"
	"fmt"
	"html"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"dossier/app"
)

// The HTML report: one self-contained, print-friendly file with styles
// inline, no scripts and no external requests; every piece of user text
// goes through html.EscapeString.

const reportStyle = `body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
nav ol{columns:2}
article{page-break-before:always}
.meta{color:#555;font-size:.9em}
mark{background:#fff1a8}
blockquote{margin:1em 0;padding:.2em 1em;border-left:3px solid #bbb}
.speaker{font-style:italic}
.tag{display:inline-block;border:1px solid #bbb;border-radius:3px;padding:0 .3em;font-size:.8em;margin-right:.3em}
.note{white-space:pre-wrap;font-family:Helvetica,Arial,sans-serif;font-size:.95em}
@media print{nav{page-break-after:always}a{color:inherit;text-decoration:none}}`

var esc = html.EscapeString

func anchorID(kind string, id string) string { return kind + "-" + esc(id) }

func (e *exporter) html(ctx context.Context, w io.Writer) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	return e.lib.Store().View(func(tx app.Tx) error {
		e.total(tx)
		p("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
		p("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
		p("<title>Dossier report: %s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(e.opt.Selection.String()), reportStyle)
		p("<h1>Dossier report</h1>\n<p class=\"meta\">%s, exported %s</p>\n", esc(e.opt.Selection.String()), e.lib.Now().Format("2 January 2006 15:04 MST"))

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
			anns, qs, err := children(tx, a.ID)
			if err != nil {
				return err
			}
			p("<article id=\"%s\">\n<h2>%s</h2>\n<p class=\"meta\">", anchorID("a", a.ID), esc(a.Title))
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
			tagList(p, a.Tags)
			var spans [][2]int
			for _, an := range anns {
				if !an.Orphaned() {
					spans = append(spans, [2]int{an.Selector.Start, an.Selector.End})
				}
			}
			writeMarked(p, a, spans)
			if len(anns) > 0 {
				p("<h3>Highlights</h3>\n")
				for _, an := range anns {
					e.res.Annotations++
					p("<blockquote id=\"%s\"><p>%s</p>", anchorID("h", an.ID), esc(an.Selector.Exact))
					if an.Note != "" {
						p("<p class=\"note\">%s</p>", esc(an.Note))
					}
					tagList(p, an.Tags)
					p("</blockquote>\n")
				}
			}
			if len(qs) > 0 {
				p("<h3>Quotes</h3>\n")
				for _, q := range qs {
					e.res.Quotes++
					p("<blockquote id=\"%s\"><p>“%s”</p><p class=\"speaker\">— %s", anchorID("q", q.ID), esc(q.Text), esc(orUnknown(q.Speaker)))
					if q.Affiliation != "" {
						p(", %s", esc(q.Affiliation))
					}
					p(" (%s)</p>", esc(string(q.Status)))
					if q.Note != "" {
						p("<p class=\"note\">%s</p>", esc(q.Note))
					}
					tagList(p, q.Tags)
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
			p("<li><a href=\"#%s\">“%s”</a>", anchorID("q", q.ID), esc(q.Text))
			if q.Speaker != "" {
				p(" — %s", esc(q.Speaker))
			}
			p("</li>\n")
		}
		p("<section id=\"speakers\">\n<h2>Quotes by speaker</h2>\n")
		if err := e.people(ctx, tx, func(person *app.Person) error {
			ids, err := tx.RefIDs(app.RefPersonQuotes, person.ID)
			if err != nil {
				return err
			}
			started := false
			for _, id := range ids {
				var q app.Quote
				if tx.Get(app.BucketQuotes, id, &q) != nil || !e.inScope(q.ArticleID) || q.Status == app.QuoteRejected {
					continue
				}
				if !started {
					started = true
					e.res.People++
					p("<h3 id=\"%s\">%s</h3>\n<ul>\n", anchorID("p", person.ID), esc(person.Name))
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
			ids, err := tx.RefIDs(app.RefTagItems, key)
			if err != nil {
				return err
			}
			started := false
			for _, item := range ids {
				kind, id, _ := strings.Cut(item, ":")
				if app.DocType(kind) != app.TypeQuote {
					continue
				}
				var q app.Quote
				if tx.Get(app.BucketQuotes, id, &q) != nil || !e.inScope(q.ArticleID) {
					continue
				}
				if !started {
					started = true
					p("<h3>%s</h3>\n<ul>\n", esc(t.Name))
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
		p("</section>\n<section id=\"notes\">\n<h2>Notes</h2>\n")
		if err := e.notes(ctx, tx, func(n *app.Note) error {
			e.res.Notes++
			p("<article id=\"%s\">\n<h3>%s</h3>\n", anchorID("n", n.ID), esc(n.Title))
			tagList(p, n.Tags)
			p("<div class=\"note\">%s</div>\n</article>\n", esc(n.Body))
			e.progress()
			return nil
		}); err != nil {
			return err
		}
		p("</section>\n</body>\n</html>\n")
		return nil
	})
}

func tagList(p func(string, ...any), tags []string) {
	if len(tags) == 0 {
		return
	}
	p("<p>")
	for _, t := range tags {
		p("<span class=\"tag\">%s</span>", esc(t))
	}
	p("</p>\n")
}

// writeMarked writes an article's paragraphs with the highlighted spans
// (rune offsets into Text) wrapped in <mark>.
func writeMarked(p func(string, ...any), a *app.Article, spans [][2]int) {
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	// Merge overlaps so marks never nest.
	var merged [][2]int
	for _, s := range spans {
		if n := len(merged); n > 0 && s[0] <= merged[n-1][1] {
			if s[1] > merged[n-1][1] {
				merged[n-1][1] = s[1]
			}
			continue
		}
		merged = append(merged, s)
	}
	pos, si := 0, 0 // rune offset of the paragraph start; next span
	inMark := false
	// step opens or closes a mark at rune offset off.
	step := func(b *strings.Builder, off int) {
		for si < len(merged) {
			if inMark && off >= merged[si][1] {
				b.WriteString("</mark>")
				inMark = false
				si++
				continue
			}
			if !inMark && off >= merged[si][0] {
				if off >= merged[si][1] { // wholly inside a separator
					si++
					continue
				}
				b.WriteString("<mark>")
				inMark = true
			}
			return
		}
	}
	for i, para := range a.Body {
		writeHTMLCaptions(p, a.CaptionsAt(i))
		tag := "p"
		if a.IsHeading(i) {
			tag = "h4"
		}
		var b strings.Builder
		if inMark {
			b.WriteString("<mark>")
		}
		off := pos
		for _, r := range para {
			step(&b, off)
			b.WriteString(esc(string(r)))
			off++
		}
		step(&b, off)
		if inMark {
			b.WriteString("</mark>")
		}
		p("<%s>%s</%s>\n", tag, b.String(), tag)
		pos = off + utf8.RuneCountInString(app.ParagraphSep)
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
