package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app"
	"dossier/app/wikilink"
)

// previewLink is a [[link]] or ![[embed]] of a note, resolved for the
// preview and the inspector.
type previewLink struct {
	label  string
	target string      // as written
	ref    app.PageRef // the page linked, when it exists
	exists bool
	embed  bool
	// For embeds of a quote or highlight: what it is, its text and status,
	// the article and the span to jump to.
	kind       app.DocType // app.TypeQuote or app.TypeAnnotation
	id         string
	text       string
	speaker    string
	status     string
	note       string
	article    string
	articleID  string
	start, end int
	missing    bool
}

// resolvePreviewLinks resolves every link of src; an article's title is read
// once however many embeds come from it.
func resolvePreviewLinks(src string, lib *app.Library) ([]wikilink.Link, []previewLink) {
	links := wikilink.Parse(src)
	out := make([]previewLink, len(links))
	titles := map[string]string{}
	articleTitle := func(id string) string {
		if t, ok := titles[id]; ok {
			return t
		}
		t := "article"
		if a, err := lib.Article(id); err == nil {
			t = a.Title
		}
		titles[id] = t
		return t
	}
	for i, l := range links {
		p := previewLink{label: l.Label, target: l.Target, embed: l.Embed}
		if p.label == "" {
			p.label = l.Target
		}
		kind, id, _ := strings.Cut(l.Target, ":")
		switch {
		case l.Embed && kind == "quote":
			p.kind, p.id = app.TypeQuote, id
			q, err := lib.Quote(id)
			if err != nil {
				p.missing = true
				break
			}
			p.text, p.speaker, p.note, p.articleID = q.Text, q.Speaker, q.Note, q.ArticleID
			p.start, p.end = q.Selector.Start, q.Selector.End
			p.status = string(q.Status)
			if q.Orphaned() {
				p.status += ", lost its place in the article"
			}
			p.article = articleTitle(q.ArticleID)
		case l.Embed && kind == "annotation":
			p.kind, p.id = app.TypeAnnotation, id
			a, err := lib.Annotation(id)
			if err != nil {
				p.missing = true
				break
			}
			p.text, p.note, p.articleID = a.Selector.Exact, a.Note, a.ArticleID
			p.start, p.end = a.Selector.Start, a.Selector.End
			p.status = "highlight"
			if a.Orphaned() {
				p.status += ", lost its place in the article"
			}
			p.article = articleTitle(a.ArticleID)
		default:
			if r, ok, err := lib.Resolve(l.Target); err == nil && ok {
				p.ref, p.exists = r, true
			}
		}
		out[i] = p
	}
	return links, out
}

// previewHref names link i of the note in the Markdown handed to Fyne; the
// segments are then given the link's action.
const previewHref = "dossier:link/"

// linksToMarkdown turns each [[link]] and ![[embed]] into a Markdown link
// whose address is its index in links.
func linksToMarkdown(src string, links []wikilink.Link, res []previewLink) string {
	if len(links) == 0 {
		return src
	}
	var b strings.Builder
	pos := 0
	for i, l := range links {
		if l.Start < pos {
			continue
		}
		b.WriteString(src[pos:l.Start])
		label := res[i].label
		if res[i].kind == "" && !res[i].exists {
			label += " (new)"
		}
		if res[i].kind != "" {
			label = "embed"
		}
		label = strings.NewReplacer("[", "", "]", "", "\n", " ").Replace(label)
		if strings.TrimSpace(label) == "" {
			label = "link"
		}
		fmt.Fprintf(&b, "[%s](%s%d)", label, previewHref, i)
		pos = l.End
	}
	b.WriteString(src[pos:])
	return b.String()
}

// renderPreview shows the note's Markdown with its links clickable and its
// quote and highlight embeds shown as the quoted text, its speaker and
// status, and a link to its place in the article.
func (v *noteView) renderPreview() {
	v.previewDirty = false
	src := v.editor.Text
	links, res := resolvePreviewLinks(src, v.w.lib)
	v.preview.ParseMarkdown(linksToMarkdown(src, links, res))
	v.preview.Segments = append(v.linkSegments(v.preview.Segments, res), v.linkList(res)...)
	v.preview.Refresh()
}

// linkSegments gives each link its action and expands embeds, recursively.
func (v *noteView) linkSegments(segs []widget.RichTextSegment, res []previewLink) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, 0, len(segs))
	for _, s := range segs {
		switch s := s.(type) {
		case *widget.HyperlinkSegment:
			i, ok := previewIndex(s, len(res))
			if !ok {
				out = append(out, s)
				continue
			}
			p := res[i]
			if p.kind != "" {
				out = append(out, v.embedSegments(p)...)
				continue
			}
			// In the text a link is coloured text: Fyne's rich text never
			// wraps a hyperlink, and the text after one that overflows its
			// row wraps a character per row. The links are clickable in the
			// list under the preview (and in the inspector).
			text := s.Text
			if p.embed {
				text = "↪ " + text
			}
			out = append(out, &widget.TextSegment{Text: text, Style: widget.RichTextStyle{Inline: true,
				ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}})
		case *widget.ParagraphSegment:
			s.Texts = v.linkSegments(s.Texts, res)
			out = append(out, s)
		case *widget.ListSegment:
			s.Items = v.linkSegments(s.Items, res)
			out = append(out, s)
		default:
			out = append(out, s)
		}
	}
	return out
}

// linkList ends the preview with the pages the note links to, one
// clickable link per row.
func (v *noteView) linkList(res []previewLink) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	seen := map[string]bool{}
	for _, p := range res {
		if p.kind != "" || seen[p.target] {
			continue
		}
		seen[p.target] = true
		if out == nil {
			out = append(out, &widget.SeparatorSegment{},
				&widget.TextSegment{Text: "Links", Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}})
		}
		label := shorten(p.label, 48)
		if !p.exists {
			label += " (new page)"
		}
		out = append(out, &widget.HyperlinkSegment{Text: label, OnTapped: func() { v.follow(p) }},
			&widget.TextSegment{Style: widget.RichTextStyleParagraph})
	}
	return out
}

func previewIndex(s *widget.HyperlinkSegment, n int) (int, bool) {
	if s.URL == nil || s.URL.Scheme != "dossier" || !strings.HasPrefix(s.URL.Opaque, "link/") {
		return 0, false
	}
	i, err := strconv.Atoi(strings.TrimPrefix(s.URL.Opaque, "link/"))
	return i, err == nil && i >= 0 && i < n
}

// embedSegments show a quote or highlight: its text as a block quote, then
// who said it, its status and a link to the span in the article.
func (v *noteView) embedSegments(p previewLink) []widget.RichTextSegment {
	if p.missing {
		return []widget.RichTextSegment{&widget.TextSegment{Style: widget.RichTextStyleEmphasis,
			Text: fmt.Sprintf("(the %s %s embedded here no longer exists)", embedNoun(p.kind), p.id)}}
	}
	by := "— "
	if p.kind == app.TypeQuote {
		by += orUnknownSpeaker(p.speaker) + " · "
	}
	by += p.status
	// Fyne does not wrap a hyperlink, so the link has a line of its own
	// and a title short enough for a narrow preview.
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Style: widget.RichTextStyleBlockquote, Text: "“" + p.text + "”"},
		&widget.TextSegment{Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}, Text: by},
		&widget.HyperlinkSegment{Text: "Open in “" + shorten(p.article, 32) + "”", OnTapped: func() { v.follow(p) }},
		&widget.TextSegment{Style: widget.RichTextStyleParagraph},
	}
	if p.note != "" {
		segs = append(segs[:len(segs)-1], &widget.TextSegment{Style: widget.RichTextStyleParagraph,
			Text: ""}, &widget.TextSegment{Style: widget.RichTextStyleEmphasis, Text: p.note},
			&widget.TextSegment{Style: widget.RichTextStyleParagraph})
	}
	return segs
}

func embedNoun(k app.DocType) string {
	if k == app.TypeQuote {
		return "quote"
	}
	return "highlight"
}

func orUnknownSpeaker(s string) string {
	if s == "" {
		return "unknown speaker"
	}
	return s
}

// follow opens what a link names: the page (a new note for a page not
// written yet), or the article scrolled to an embed's span and selected.
func (v *noteView) follow(p previewLink) {
	followLink(v.w, p)
}

func followLink(w *mainWindow, p previewLink) {
	switch p.kind {
	case app.TypeQuote:
		if !p.missing {
			w.openQuote(p.id)
		}
	case app.TypeAnnotation:
		if p.missing {
			return
		}
		w.openSpan(p.articleID, p.start, p.end)
		if a, err := w.lib.Annotation(p.id); err == nil {
			w.inspect.showAnnotation(a)
		}
	default:
		if p.exists {
			w.openRef(p.ref, p.target)
		} else {
			w.openRef(app.PageRef{}, p.target)
		}
	}
}

// embedObjects list a note's quote and highlight embeds for the
// inspector; each opens the article at its span.
func embedObjects(w *mainWindow, text string) []fyne.CanvasObject {
	_, res := resolvePreviewLinks(text, w.lib)
	var objs []fyne.CanvasObject
	for _, p := range res {
		if p.kind == "" {
			continue
		}
		if objs == nil {
			objs = append(objs, nil) // heading, set below
		}
		if p.missing {
			objs = append(objs, hint(fmt.Sprintf("A %s that no longer exists (%s)", embedNoun(p.kind), p.id)))
			continue
		}
		btn := widget.NewButton("“"+shorten(p.text, 48)+"”", func() { followLink(w, p) })
		btn.Alignment = widget.ButtonAlignLeading
		info := p.status + " · " + p.article
		if p.kind == app.TypeQuote {
			info = orUnknownSpeaker(p.speaker) + " · " + info
		}
		objs = append(objs, container.NewVBox(btn, hint(info)))
	}
	if objs != nil {
		objs[0] = heading(fmt.Sprintf("Embeds (%d)", len(objs)-1))
	}
	return objs
}

// openLinkAtCaret follows the link or embed the editor's caret is in.
func (v *noteView) openLinkAtCaret() {
	text := v.editor.Text
	cur := v.editor.byteOffset()
	for _, l := range wikilink.Parse(text) {
		if l.Start <= cur && cur <= l.End {
			_, res := resolvePreviewLinks(text[l.Start:l.End], v.w.lib)
			if len(res) == 1 {
				v.save()
				v.follow(res[0])
			}
			return
		}
	}
}
