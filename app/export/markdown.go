package export

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"dossier/app"
	"dossier/app/wikilink"
)

// The Markdown vault: one file per article, note, person and tag in
// Articles/, Notes/, People/ and Tags/, with YAML front matter and
// [[wikilinks]] by file name, as Obsidian resolves them.

// vaultNames gives every page its file name (unique, safe on every OS)
// and finds the page a [[link]] names, as the library resolves it.
type vaultNames struct {
	used     map[string]bool
	articles map[string]string // ID → name
	notes    map[string]string
	people   map[string]string
	tags     map[string]string // lower-case tag name → name
	// Link keys (wikilink.Key of titles and aliases) → file name, in the
	// order the library resolves a title: notes, people, tags, articles.
	noteKeys, personKeys, articleKeys map[string]string
	titles                            map[string]string // file name → the page's title
}

// fileName makes a title safe as a file name: no path separators, no
// characters Windows or Obsidian links refuse, not too long.
func fileName(title string) string {
	var b strings.Builder
	for _, r := range title {
		switch {
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		case strings.ContainsRune(`/\:*?"<>|#^[]`, r):
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	s := strings.Join(strings.Fields(b.String()), " ")
	s = strings.Trim(s, ". ")
	for utf8.RuneCountInString(s) > 100 {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	if s == "" {
		s = "untitled"
	}
	return s
}

func (v *vaultNames) name(title, id string) string {
	n := fileName(title)
	if v.used[strings.ToLower(n)] {
		n = n + " " + id[len(id)-6:]
	}
	v.used[strings.ToLower(n)] = true
	v.titles[n] = title
	return n
}

func (e *exporter) vaultNames(ctx context.Context, tx app.Tx) (*vaultNames, error) {
	v := &vaultNames{used: map[string]bool{}, articles: map[string]string{}, notes: map[string]string{},
		people: map[string]string{}, tags: map[string]string{},
		noteKeys: map[string]string{}, personKeys: map[string]string{}, articleKeys: map[string]string{}, titles: map[string]string{}}
	key := func(m map[string]string, title, file string) {
		if k := wikilink.Key(title); k != "" {
			if _, taken := m[k]; !taken {
				m[k] = file
			}
		}
	}
	if err := e.notes(ctx, tx, func(n *app.Note) error {
		v.notes[n.ID] = v.name(n.Title, n.ID)
		for _, t := range append([]string{n.Title}, n.Aliases...) {
			key(v.noteKeys, t, v.notes[n.ID])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := e.articles(ctx, tx, func(a *app.Article) error {
		v.articles[a.ID] = v.name(a.Title, a.ID)
		key(v.articleKeys, a.Title, v.articles[a.ID])
		return nil
	}); err != nil {
		return nil, err
	}
	if err := e.people(ctx, tx, func(p *app.Person) error {
		v.people[p.ID] = v.name(p.Name, p.ID)
		for _, t := range append([]string{p.Name}, p.Aliases...) {
			key(v.personKeys, t, v.people[p.ID])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := e.tags(ctx, tx, func(t *app.Tag) error {
		v.tags[strings.ToLower(t.Name)] = v.name("tag "+strings.ReplaceAll(t.Name, "/", " - "), t.ID)
		return nil
	}); err != nil {
		return nil, err
	}
	return v, nil
}

// yamlString quotes s as a YAML double-quoted scalar (JSON strings are).
func yamlString(s string) string {
	b, _ := json.Marshal(s)
	return strings.ReplaceAll(string(b), "\u007f", `\x7f`)
}

// obsidianTag turns a tag name into an Obsidian tag (no spaces).
func obsidianTag(t string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '#' || r == ',' {
			return '_'
		}
		return r
	}, t)
}

type frontMatter struct {
	b *strings.Builder
}

func newFront(b *strings.Builder) frontMatter { b.WriteString("---\n"); return frontMatter{b} }

func (f frontMatter) str(k, v string) {
	if v != "" {
		fmt.Fprintf(f.b, "%s: %s\n", k, yamlString(v))
	}
}

func (f frontMatter) list(k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	fmt.Fprintf(f.b, "%s:\n", k)
	for _, v := range vs {
		fmt.Fprintf(f.b, "  - %s\n", yamlString(v))
	}
}

func (f frontMatter) end() { f.b.WriteString("---\n\n") }

// escapeMD makes plain text render as itself in Markdown: punctuation that
// could start markup is backslash-escaped (CommonMark allows it before any
// ASCII punctuation), and so are line starts that would open a block.
func escapeMD(s string) string {
	var b strings.Builder
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if i > 0 {
			b.WriteString("  \n") // a hard break keeps the line structure
		}
		line = strings.TrimRight(line, " \t\r")
		trimmed := strings.TrimLeft(line, " \t")
		if indent := len(line) - len(trimmed); indent > 0 {
			line = trimmed // indented text would become code
		}
		// Punctuation first, then the line start: a backslash added for
		// the line start must not itself be escaped.
		var l strings.Builder
		for _, r := range line {
			// # ^ and = also start Obsidian tags, block IDs and ==marks==.
			if strings.ContainsRune("\\`*_[]<>|~!&$%{}#^=", r) {
				l.WriteByte('\\')
			}
			l.WriteRune(r)
		}
		line = l.String()
		if line != "" && strings.ContainsRune("-+0123456789", rune(line[0])) {
			// escape the first character when it could open a list, heading
			// or rule; digits only matter before ". " or ") ".
			if line[0] >= '0' && line[0] <= '9' {
				j := 0
				for j < len(line) && line[j] >= '0' && line[j] <= '9' {
					j++
				}
				if j < len(line) && (line[j] == '.' || line[j] == ')') {
					line = line[:j] + `\` + line[j:]
				}
			} else {
				line = `\` + line
			}
		}
		b.WriteString(line)
	}
	return b.String()
}

// blockquote prefixes every line of md with "> ".
func blockquote(md string) string {
	return "> " + strings.ReplaceAll(md, "\n", "\n> ")
}

func wl(name string) string { return "[[" + name + "]]" }

// wlAs links to a file under another text: [[file|text]], or [[text]]
// when they are the same. A "|" or "]]" cannot be part of a link's text.
func wlAs(file, text string) string {
	text = strings.NewReplacer("|", "-", "]]", "] ]", "[[", "[ [", "\n", " ").Replace(text)
	if text == "" || text == file {
		return wl(file)
	}
	return "[[" + file + "|" + text + "]]"
}

// Block IDs (Obsidian's ^id) of quotes and highlights in article files, so
// that [[Article#^id]] and ![[Article#^id]] reach them.
func quoteBlock(id string) string     { return "q-" + strings.ToLower(id) }
func highlightBlock(id string) string { return "h-" + strings.ToLower(id) }

// resolve finds the file a link target names, in the library's order:
// note, person, tag, article.
func (v *vaultNames) resolve(target string) (string, bool) {
	k := wikilink.Key(target)
	if k == "" {
		return "", false
	}
	if f, ok := v.noteKeys[k]; ok {
		return f, true
	}
	if f, ok := v.personKeys[k]; ok {
		return f, true
	}
	if f, ok := v.tags[strings.ToLower(strings.TrimSpace(target))]; ok {
		return f, true
	}
	f, ok := v.articleKeys[k]
	return f, ok
}

// blockOf finds the article file and block of a quote or highlight embed
// ("quote:ID", "annotation:ID"), when the export holds it.
type blockOf func(target string) (file, block string, ok bool)

func (e *exporter) blockFinder(tx app.Tx, v *vaultNames) blockOf {
	return func(target string) (string, string, bool) {
		kind, id, _ := strings.Cut(target, ":")
		switch kind {
		case "quote":
			var q app.Quote
			if tx.Get(app.BucketQuotes, id, &q) != nil || !e.keepQuote(&q) {
				return "", "", false
			}
			f, ok := v.articles[q.ArticleID]
			return f, quoteBlock(q.ID), ok
		case "annotation":
			var an app.Annotation
			if tx.Get(app.BucketAnnotations, id, &an) != nil {
				return "", "", false
			}
			f, ok := v.articles[an.ArticleID]
			return f, highlightBlock(an.ID), ok
		}
		return "", "", false
	}
}

// rewriteLinks turns the analyst's [[links]] into links Obsidian resolves
// in the vault: by the file's name (which lost / : ? and the like) with
// the title written as the link's text, and quote and highlight embeds as
// embeds of their blocks. A link to a page the export does not hold stays
// as written.
func (v *vaultNames) rewriteLinks(src string, blocks blockOf) string {
	links := wikilink.Parse(src)
	if len(links) == 0 {
		return src
	}
	var b strings.Builder
	last := 0
	for _, l := range links {
		raw := src[l.Start:l.End]
		sep := "|"
		if strings.Contains(raw, `\|`) {
			sep = `\|` // inside a table
		}
		var out string
		switch {
		case l.Embed && strings.Contains(l.Target, ":"):
			if f, blk, ok := blocks(l.Target); ok {
				out = "![[" + f + "#^" + blk + "]]"
			}
		case l.Target == "":
			// [[#Heading]] on the same page resolves as it is.
		default:
			f, ok := v.resolve(l.Target)
			if !ok {
				break
			}
			text := l.Label
			if text == "" {
				text = l.Target
				if l.Heading != "" {
					text += " > " + l.Heading
				}
			}
			target := f
			if l.Heading != "" {
				target += "#" + l.Heading
			}
			out = wlAs(target, text)
			if l.Embed {
				out = "!" + wl(target)
			}
			out = strings.Replace(out, "|", sep, 1)
		}
		if out == "" {
			continue
		}
		b.WriteString(src[last:l.Start])
		b.WriteString(out)
		last = l.End
	}
	b.WriteString(src[last:])
	return b.String()
}

func (e *exporter) markdown(ctx context.Context, dir string) error {
	for _, sub := range []string{"Articles", "Notes", "People", "Tags"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			return err
		}
	}
	write := func(sub, name, content string) error {
		return os.WriteFile(filepath.Join(dir, sub, name+".md"), []byte(content), 0o644)
	}
	return e.lib.Store().View(func(tx app.Tx) error {
		e.total(tx)
		v, err := e.vaultNames(ctx, tx)
		if err != nil {
			return err
		}
		blocks := e.blockFinder(tx, v)
		// A tag links to its page under the tag's own name.
		tagLinks := func(tags []string) string {
			var out []string
			for _, t := range tags {
				if n, ok := v.tags[strings.ToLower(t)]; ok {
					out = append(out, wlAs(n, t))
				} else {
					out = append(out, "#"+obsidianTag(t))
				}
			}
			return strings.Join(out, " ")
		}
		obsTags := func(tags []string) []string {
			out := make([]string, len(tags))
			for i, t := range tags {
				out[i] = obsidianTag(t)
			}
			return out
		}
		// aliases keeps a page's real title where its file name had to
		// change, so that Obsidian offers it when the analyst types a link.
		aliases := func(title, file string, more []string) []string {
			if fileName(title) != title && title != file {
				return append([]string{title}, more...)
			}
			return more
		}
		speaker := func(q *app.Quote) string {
			s := escapeMD(orUnknown(q.Speaker))
			if n, ok := v.people[q.SpeakerID]; ok {
				s = wlAs(n, orUnknown(q.Speaker))
			}
			if q.Affiliation != "" {
				s += ", " + escapeMD(q.Affiliation)
			}
			return s
		}
		if err := e.articles(ctx, tx, func(a *app.Article) error {
			e.res.Articles++
			var b strings.Builder
			f := newFront(&b)
			f.str("title", a.Title)
			f.str("dossier_id", a.ID)
			f.str("type", "article")
			f.str("source", a.Source)
			f.str("author", a.Author)
			f.str("url", a.URL)
			if !a.Published.IsZero() {
				f.str("published", a.Published.Format("2006-01-02"))
			}
			f.str("dateline", a.Dateline)
			f.str("kicker", a.Kicker)
			f.list("aliases", aliases(a.Title, v.articles[a.ID], nil))
			f.list("tags", obsTags(a.Tags))
			f.end()
			b.WriteString("# " + escapeMD(a.Title) + "\n\n")
			if a.URL != "" {
				fmt.Fprintf(&b, "Source: <%s>\n\n", strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "").Replace(a.URL))
			}
			for i, p := range a.Body {
				writeMDCaptions(&b, a.CaptionsAt(i))
				if a.IsHeading(i) {
					b.WriteString("## " + escapeMD(p) + "\n\n")
				} else {
					b.WriteString(escapeMD(p) + "\n\n")
				}
			}
			writeMDCaptions(&b, a.CaptionsAt(len(a.Body)))
			anns, qs, err := e.children(tx, a.ID)
			if err != nil {
				return err
			}
			// highlight writes one highlight as a quote block with its
			// block ID on a line of its own (how Obsidian marks a quote).
			highlight := func(an *app.Annotation) {
				e.res.Annotations++
				b.WriteString(blockquote(escapeMD(an.Selector.Exact)) + "\n")
				if an.Color != "" {
					b.WriteString(">\n> colour: `" + strings.Trim(an.Color, "`") + "`\n")
				}
				if an.Note != "" {
					b.WriteString(">\n" + blockquote(v.rewriteLinks(an.Note, blocks)) + "\n")
				}
				if t := tagLinks(an.Tags); t != "" {
					b.WriteString(">\n> " + t + "\n")
				}
				b.WriteString("\n^" + highlightBlock(an.ID) + "\n\n")
			}
			var placed, orphans []*app.Annotation
			for i := range anns {
				if anns[i].Orphaned() {
					orphans = append(orphans, &anns[i])
				} else {
					placed = append(placed, &anns[i])
				}
			}
			if len(placed) > 0 {
				b.WriteString("## Highlights\n\n")
				for _, an := range placed {
					highlight(an)
				}
			}
			if len(orphans) > 0 {
				b.WriteString("## Orphaned highlights\n\n")
				b.WriteString("These highlights lost their place when the article's text was edited; their text is no longer in it.\n\n")
				for _, an := range orphans {
					highlight(an)
				}
			}
			if len(qs) > 0 {
				b.WriteString("## Quotes\n\n")
				for i := range qs {
					q := &qs[i]
					e.res.Quotes++
					b.WriteString(blockquote(escapeMD(q.Text)) + "\n>\n> — " + speaker(q))
					fmt.Fprintf(&b, " (%s)", q.Status)
					if q.Orphaned() {
						b.WriteString(" (orphaned: no longer in the text)")
					}
					if t := tagLinks(q.Tags); t != "" {
						b.WriteString(" " + t)
					}
					b.WriteString("\n")
					if q.Note != "" {
						b.WriteString(">\n" + blockquote(v.rewriteLinks(q.Note, blocks)) + "\n")
					}
					b.WriteString("\n^" + quoteBlock(q.ID) + "\n\n")
				}
			}
			e.progress()
			return write("Articles", v.articles[a.ID], b.String())
		}); err != nil {
			return err
		}
		if err := e.notes(ctx, tx, func(n *app.Note) error {
			e.res.Notes++
			var b strings.Builder
			f := newFront(&b)
			f.str("title", n.Title)
			f.str("dossier_id", n.ID)
			f.str("type", "note")
			f.list("aliases", aliases(n.Title, v.notes[n.ID], n.Aliases))
			f.list("tags", obsTags(n.Tags))
			f.end()
			b.WriteString(v.rewriteLinks(n.Body, blocks))
			b.WriteString("\n")
			e.progress()
			return write("Notes", v.notes[n.ID], b.String())
		}); err != nil {
			return err
		}
		if err := e.people(ctx, tx, func(p *app.Person) error {
			e.res.People++
			var b strings.Builder
			f := newFront(&b)
			f.str("title", p.Name)
			f.str("dossier_id", p.ID)
			f.str("type", "person")
			f.str("kind", string(p.Kind))
			f.list("aliases", aliases(p.Name, v.people[p.ID], p.Aliases))
			f.list("affiliations", p.Affiliations)
			f.end()
			b.WriteString("# " + escapeMD(p.Name) + "\n\n")
			if p.Page != "" {
				b.WriteString(v.rewriteLinks(p.Page, blocks) + "\n\n")
			}
			ids, err := tx.RefIDs(app.RefPersonQuotes, p.ID)
			if err != nil {
				return err
			}
			started := false
			for _, id := range ids {
				var q app.Quote
				if tx.Get(app.BucketQuotes, id, &q) != nil || !e.inScope(q.ArticleID) || !e.keepQuote(&q) {
					continue
				}
				if !started {
					b.WriteString("## Quotes\n\n")
					started = true
				}
				b.WriteString(blockquote(escapeMD(q.Text)) + "\n")
				if n, ok := v.articles[q.ArticleID]; ok {
					b.WriteString(">\n> " + wlAs(n+"#^"+quoteBlock(q.ID), "in "+v.titles[n]) + fmt.Sprintf(" (%s)", q.Status) + "\n")
				}
				b.WriteString("\n")
			}
			return write("People", v.people[p.ID], b.String())
		}); err != nil {
			return err
		}
		return e.tags(ctx, tx, func(t *app.Tag) error {
			e.res.Tags++
			var b strings.Builder
			f := newFront(&b)
			f.str("title", t.Name)
			f.str("dossier_id", t.ID)
			f.str("type", "tag")
			f.str("color", t.Color)
			f.str("description", t.Description)
			f.list("aliases", []string{t.Name})
			f.end()
			b.WriteString("# " + escapeMD(t.Name) + "\n\n")
			if t.Description != "" {
				b.WriteString(escapeMD(t.Description) + "\n\n")
			}
			if t.Page != "" {
				b.WriteString(v.rewriteLinks(t.Page, blocks) + "\n\n")
			}
			if i := strings.LastIndexByte(t.Name, '/'); i > 0 {
				if n, ok := v.tags[strings.ToLower(t.Name[:i])]; ok {
					b.WriteString("Parent: " + wlAs(n, t.Name[:i]) + "\n\n")
				}
			}
			items, err := e.taggedItems(tx, v, t.Name)
			if err != nil {
				return err
			}
			for _, sec := range items {
				if len(sec.lines) > 0 {
					b.WriteString("## " + sec.title + "\n\n" + strings.Join(sec.lines, "\n") + "\n\n")
				}
			}
			return write("Tags", v.tags[strings.ToLower(t.Name)], b.String())
		})
	})
}

type tagSection struct {
	title string
	lines []string
}

// taggedItems lists what carries a tag, by kind: articles, notes,
// highlights and quotes (as links to their blocks), within the export.
func (e *exporter) taggedItems(tx app.Tx, v *vaultNames, tag string) ([]tagSection, error) {
	secs := []tagSection{{title: "Articles"}, {title: "Notes"}, {title: "Highlights"}, {title: "Quotes"}}
	key := strings.ToLower(tag)
	err := tx.ForEachRef(app.RefTagItems, key, func(k, item string) error {
		if k != key {
			return nil
		}
		kind, id, _ := strings.Cut(item, ":")
		switch app.DocType(kind) {
		case app.TypeArticle:
			if n, ok := v.articles[id]; ok {
				secs[0].lines = append(secs[0].lines, "- "+wlAs(n, v.titles[n]))
			}
		case app.TypeNote:
			if n, ok := v.notes[id]; ok {
				secs[1].lines = append(secs[1].lines, "- "+wlAs(n, v.titles[n]))
			}
		case app.TypeAnnotation:
			var an app.Annotation
			if tx.Get(app.BucketAnnotations, id, &an) != nil {
				return nil
			}
			if n, ok := v.articles[an.ArticleID]; ok {
				secs[2].lines = append(secs[2].lines, "- "+wlAs(n+"#^"+highlightBlock(id), truncateRunes(an.Selector.Exact, 80))+" in "+wlAs(n, v.titles[n]))
			}
		case app.TypeQuote:
			var q app.Quote
			if tx.Get(app.BucketQuotes, id, &q) != nil || !e.keepQuote(&q) {
				return nil
			}
			if n, ok := v.articles[q.ArticleID]; ok {
				secs[3].lines = append(secs[3].lines, "- "+wlAs(n+"#^"+quoteBlock(id), truncateRunes(q.Text, 80))+" — "+escapeMD(orUnknown(q.Speaker))+" in "+wlAs(n, v.titles[n]))
			}
		}
		return nil
	})
	return secs, err
}

func (e *exporter) inScope(articleID string) bool { return e.sc.all || e.sc.articles[articleID] }

func orUnknown(s string) string {
	if strings.TrimSpace(s) == "" {
		return "unknown speaker"
	}
	return s
}

// writeMDCaptions writes photo captions where they stood, as an emphasised
// line with the credit after it ("*Text* (Photo: Credit)"), the form the
// importer reads back as a caption.
func writeMDCaptions(b *strings.Builder, caps []app.Caption) {
	for _, c := range caps {
		var parts []string
		if c.Text != "" {
			parts = append(parts, "*"+escapeMD(c.Text)+"*")
		}
		if c.Credit != "" {
			parts = append(parts, "(Photo: "+escapeMD(c.Credit)+")")
		}
		if len(parts) > 0 {
			b.WriteString(strings.Join(parts, " ") + "\n\n")
		}
	}
}
