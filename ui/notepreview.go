package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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

// renderPreview shows the note's Markdown with its links clickable where
// they stand in the text, and each quote or highlight embed as a card with
// the quoted text, its speaker and status that opens its place in the
// article. Blocks without links stay Fyne rich text; a paragraph with
// links is a flowText, which wraps a link like any other words.
func (v *noteView) renderPreview() {
	v.previewDirty = false
	src := v.editor.Text
	links, res := resolvePreviewLinks(src, v.w.lib)
	segs := widget.NewRichTextFromMarkdown(linksToMarkdown(src, links, res)).Segments
	b := &previewBuilder{v: v, res: res, prev: v.previewBlocks, next: map[string]previewBlock{}}
	b.add(segs)
	b.endPara(nil)
	b.flushPlain()
	v.previewBlocks = b.next
	v.previewKeys = b.keys
	v.preview.Objects = b.blocks
	// Lay the blocks out without Refresh, which would refresh every block,
	// and a rich text that is refreshed wraps all its rows again: the
	// blocks kept from the last render are laid out already.
	v.preview.Layout.Layout(v.preview.Objects, v.preview.Size())
	canvas.Refresh(v.preview)
	// The scroll follows the new height (the blocks know their heights once
	// they have their width); its Refresh would refresh every block too.
	c := v.previewScroll.Content
	c.Resize(c.MinSize().Max(v.previewScroll.Size()))
	v.previewScroll.Base.Refresh() // the scroll bars
}

// previewBuilder lays the Markdown's segments out as blocks.
type previewBuilder struct {
	v      *noteView
	res    []previewLink
	blocks []fyne.CanvasObject
	plain  []widget.RichTextSegment // waiting to become one rich text
	para   []widget.RichTextSegment // the paragraph being gathered
	quote  bool                     // para is a block quote
	keys   []fyne.Focusable         // links and embeds, in reading order
	// prev are the blocks of the last render by content, next those of
	// this one.
	prev, next map[string]previewBlock
}

func (b *previewBuilder) add(segs []widget.RichTextSegment) {
	for _, seg := range segs {
		switch s := seg.(type) {
		case *widget.HyperlinkSegment:
			if i, ok := previewIndex(s, len(b.res)); ok && b.res[i].kind != "" {
				b.endPara(nil)
				b.flushPlain()
				b.blocks = append(b.blocks, b.embed(b.res[i]))
				continue
			}
			b.para = append(b.para, s)
		case *widget.TextSegment:
			switch {
			case s.Style.Inline:
				if b.quote {
					b.endPara(nil)
				}
				b.para = append(b.para, s)
			case s.Style == widget.RichTextStyleBlockquote:
				// Fyne gives each text of a block quote a row of its own,
				// with the links between them inline.
				if !b.quote && len(b.para) > 0 {
					b.endPara(nil)
				}
				b.quote = true
				b.para = append(b.para, s)
			case s.Style == widget.RichTextStyleParagraph && s.Text == "":
				b.endPara(s) // the end of a paragraph
			default: // headings, code blocks
				b.endPara(nil)
				b.plain = append(b.plain, s)
			}
		case *widget.ListSegment:
			b.endPara(nil)
			if !hasLink(s.Items) {
				b.plain = append(b.plain, s)
				continue
			}
			b.flushPlain()
			b.blocks = append(b.blocks, b.list(s))
		default:
			b.endPara(nil)
			b.plain = append(b.plain, s)
		}
	}
}

// endPara ends the paragraph gathered: a flowText when it has links, else
// more rich text.
func (b *previewBuilder) endPara(term widget.RichTextSegment) {
	para, quote := b.para, b.quote
	b.para, b.quote = nil, false
	if !hasLink(para) {
		b.plain = append(b.plain, para...)
		if term != nil {
			b.plain = append(b.plain, term)
		}
		return
	}
	b.flushPlain()
	key := b.paraKey(para, quote)
	if b.reuse(key) {
		return
	}
	first := len(b.keys)
	runs := make([]flowRun, 0, len(para))
	for _, seg := range para {
		switch s := seg.(type) {
		case *widget.TextSegment:
			st := s.Style
			if quote {
				st = widget.RichTextStyleInline
				st.TextStyle.Italic = true
			}
			runs = append(runs, flowRun{text: s.Text, style: st})
		case *widget.HyperlinkSegment:
			runs = append(runs, flowRun{text: s.Text, style: widget.RichTextStyleInline, link: b.link(s)})
		}
	}
	f := newFlowText(runs, b.v.widths)
	if quote {
		f.indent = 2 * theme.Padding()
	}
	b.keep(key, f, b.keys[first:])
}

func (b *previewBuilder) flushPlain() {
	empty := true
	for _, s := range b.plain {
		if t, ok := s.(*widget.TextSegment); !ok || t.Text != "" {
			empty = false
		}
	}
	if empty { // only the end of a paragraph that was laid out already
		b.plain = nil
		return
	}
	key := "R" + segmentsKey(b.plain)
	if !b.reuse(key) {
		rt := widget.NewRichText(b.plain...)
		rt.Wrapping = fyne.TextWrapWord
		b.keep(key, rt, nil)
	}
	b.plain = nil
}

// previewBlock is a block of the preview kept for the next render: the
// widget, laid out already, and its links.
type previewBlock struct {
	obj  fyne.CanvasObject
	keys []fyne.Focusable
}

// reuse adds the block the last render made from the same content, when
// there is one: after a keystroke only the paragraph typed in is laid out
// again, instead of every paragraph of the note.
func (b *previewBuilder) reuse(key string) bool {
	blk, ok := b.prev[key]
	if !ok {
		return false
	}
	delete(b.prev, key) // a block is shown once
	b.blocks = append(b.blocks, blk.obj)
	b.keys = append(b.keys, blk.keys...)
	b.next[key] = blk
	return true
}

// keep adds a new block and remembers it for the next render.
func (b *previewBuilder) keep(key string, o fyne.CanvasObject, keys []fyne.Focusable) {
	b.blocks = append(b.blocks, o)
	if _, dup := b.next[key]; !dup {
		b.next[key] = previewBlock{obj: o, keys: append([]fyne.Focusable(nil), keys...)}
	}
}

// paraKey names a paragraph with links by its text and styles and what
// each link resolved to, so that a block is reused only when it would be
// built the same.
func (b *previewBuilder) paraKey(para []widget.RichTextSegment, quote bool) string {
	var k strings.Builder
	k.WriteString("F")
	if quote {
		k.WriteString("q")
	}
	k.WriteString(segmentsKey(para))
	for _, seg := range para {
		if h, ok := seg.(*widget.HyperlinkSegment); ok {
			if i, ok := previewIndex(h, len(b.res)); ok {
				p := b.res[i]
				fmt.Fprintf(&k, "\x00%s\x00%v\x00%s:%s", p.target, p.exists, p.ref.Kind, p.ref.ID)
			}
		}
	}
	return k.String()
}

// segmentsKey writes out segments with their styles.
func segmentsKey(segs []widget.RichTextSegment) string {
	var k strings.Builder
	var walk func([]widget.RichTextSegment)
	walk = func(segs []widget.RichTextSegment) {
		for _, seg := range segs {
			switch s := seg.(type) {
			case *widget.TextSegment:
				fmt.Fprintf(&k, "\x01t%v\x02%s", s.Style, s.Text)
			case *widget.HyperlinkSegment:
				fmt.Fprintf(&k, "\x01h%v\x02%s", s.URL, s.Text)
			case *widget.ParagraphSegment:
				k.WriteString("\x01p[")
				walk(s.Texts)
				k.WriteString("]")
			case *widget.ListSegment:
				fmt.Fprintf(&k, "\x01l%v[", s.Ordered)
				walk(s.Items)
				k.WriteString("]")
			default:
				fmt.Fprintf(&k, "\x01%T", s)
			}
		}
	}
	walk(segs)
	return k.String()
}

// link makes a link of the text: a page of the library, or a web address
// written as a Markdown link.
func (b *previewBuilder) link(s *widget.HyperlinkSegment) *flowLink {
	var open func()
	if i, ok := previewIndex(s, len(b.res)); ok {
		p := b.res[i]
		open = func() { b.v.follow(p) }
	} else {
		u := s.URL
		open = func() {
			if u != nil {
				if err := fyne.CurrentApp().OpenURL(u); err != nil {
					b.v.w.showError(fmt.Errorf("open %s: %w", u, err))
				}
			}
		}
	}
	l := newFlowLink(s.Text, open)
	l.leave, l.reveal = b.v.leavePreview, b.v.revealInPreview
	b.keys = append(b.keys, l.head)
	return l
}

// list lays out a list with links: a marker and the item's blocks per row.
func (b *previewBuilder) list(s *widget.ListSegment) fyne.CanvasObject {
	box := container.New(columnLayout{})
	for i, it := range s.Items {
		marker := "•"
		if s.Ordered {
			marker = strconv.Itoa(i+1) + "."
		}
		sub := &previewBuilder{v: b.v, res: b.res, prev: b.prev, next: b.next}
		if p, ok := it.(*widget.ParagraphSegment); ok {
			sub.add(p.Texts)
		} else {
			sub.add([]widget.RichTextSegment{it})
		}
		sub.endPara(nil)
		sub.flushPlain()
		b.keys = append(b.keys, sub.keys...)
		box.Add(container.NewBorder(nil, nil, container.NewVBox(widget.NewLabel(marker)), nil, container.New(columnLayout{}, sub.blocks...)))
	}
	return box
}

// hasLink reports whether any segment, at any depth, is a link.
func hasLink(segs []widget.RichTextSegment) bool {
	for _, s := range segs {
		switch s := s.(type) {
		case *widget.HyperlinkSegment:
			return true
		case *widget.ParagraphSegment:
			if hasLink(s.Texts) {
				return true
			}
		case *widget.ListSegment:
			if hasLink(s.Items) {
				return true
			}
		}
	}
	return false
}

func previewIndex(s *widget.HyperlinkSegment, n int) (int, bool) {
	if s.URL == nil || s.URL.Scheme != "dossier" || !strings.HasPrefix(s.URL.Opaque, "link/") {
		return 0, false
	}
	i, err := strconv.Atoi(strings.TrimPrefix(s.URL.Opaque, "link/"))
	return i, err == nil && i >= 0 && i < n
}

// embed shows a quote or highlight as a card: its text, who said it and
// its status, and its note; a click, or Enter with the focus on it, opens
// the article at its span.
func (b *previewBuilder) embed(p previewLink) fyne.CanvasObject {
	if p.missing {
		rt := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleEmphasis,
			Text: fmt.Sprintf("(the %s %s embedded here no longer exists)", embedNoun(p.kind), p.id)})
		rt.Wrapping = fyne.TextWrapWord
		return rt
	}
	by := "— "
	if p.kind == app.TypeQuote {
		by += orUnknownSpeaker(p.speaker) + " · "
	}
	by += p.status + " · " + p.article
	quote := widget.RichTextStyleParagraph
	quote.TextStyle.Italic = true
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Style: quote, Text: "“" + p.text + "”"},
		&widget.TextSegment{Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}, Text: by},
	}
	if p.note != "" {
		segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleEmphasis, Text: p.note})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	c := newEmbedCard(rt, "“"+p.text+"”", func() { b.v.follow(p) })
	c.leave, c.reveal = b.v.leavePreview, b.v.revealInPreview
	b.keys = append(b.keys, c)
	return c
}

// leavePreview gives the keys back to the editor (Escape on a link).
func (v *noteView) leavePreview(fyne.CanvasObject) {
	c := v.w.win.Canvas()
	if v.mode == 2 {
		c.Unfocus()
		return
	}
	c.Focus(v.editor)
}

// revealInPreview scrolls the preview so that o, which has the focus, shows.
func (v *noteView) revealInPreview(o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	s := v.previewScroll
	y := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	h, view := o.Size().Height, s.Size().Height
	switch {
	case y < s.Offset.Y:
		s.ScrollToOffset(fyne.NewPos(s.Offset.X, y))
	case y+h > s.Offset.Y+view:
		s.ScrollToOffset(fyne.NewPos(s.Offset.X, y+h-view))
	}
}

// focusPreviewLink puts the keys on the preview's next link or embed after
// the one that has them (the first when none has): Ctrl+Shift+L. Tab and
// Shift+Tab move on from there, Enter opens, Escape goes back to the editor.
func (v *noteView) focusPreviewLink() {
	if v.mode == 1 { // editor only: show the preview beside it
		v.mode = 2
		v.togglePreview()
	}
	v.flushPreview()
	if len(v.previewKeys) == 0 {
		v.status.SetText("This note has no links or embeds")
		return
	}
	c := v.w.win.Canvas()
	next := 0
	for i, k := range v.previewKeys {
		if c.Focused() == k {
			next = (i + 1) % len(v.previewKeys)
		}
	}
	c.Focus(v.previewKeys[next])
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
		btn := widget.NewButton("“"+shorten(p.text, inspectorLabel-2)+"”", func() { followLink(w, p) })
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

// copyEmbed puts the embed of a quote or highlight ("quote" or
// "annotation") on the clipboard, to paste into a note: the only other way
// to write one was to know its ID.
func (w *mainWindow) copyEmbed(kind, id string) {
	e := "![[" + kind + ":" + id + "]]"
	w.fa.Clipboard().SetContent(e)
	w.flash("Copied " + e + ": paste it into a note (Ctrl+V)")
}
