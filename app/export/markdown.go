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
)

// The Markdown vault: one file per article, note, person and tag in
// Articles/, Notes/, People/ and Tags/, with YAML front matter and
// [[wikilinks]] by file name, as Obsidian resolves them.

// vaultNames gives every page its file name (unique, safe on every OS).
type vaultNames struct {
	used     map[string]bool
	articles map[string]string // ID → name
	notes    map[string]string
	people   map[string]string
	tags     map[string]string // lower-case tag name → name
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
	return n
}

func (e *exporter) vaultNames(ctx context.Context, tx app.Tx) (*vaultNames, error) {
	v := &vaultNames{used: map[string]bool{}, articles: map[string]string{}, notes: map[string]string{},
		people: map[string]string{}, tags: map[string]string{}}
	if err := e.notes(ctx, tx, func(n *app.Note) error { v.notes[n.ID] = v.name(n.Title, n.ID); return nil }); err != nil {
		return nil, err
	}
	if err := e.articles(ctx, tx, func(a *app.Article) error { v.articles[a.ID] = v.name(a.Title, a.ID); return nil }); err != nil {
		return nil, err
	}
	if err := e.people(ctx, tx, func(p *app.Person) error { v.people[p.ID] = v.name(p.Name, p.ID); return nil }); err != nil {
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
		if line != "" && strings.ContainsRune("-+=#>0123456789", rune(line[0])) {
			// escape the first character when it could open a list, heading,
			// quote or rule; digits only matter before ". " or ") ".
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
		for _, r := range line {
			if strings.ContainsRune("\\`*_[]<>|~!&$%{}", r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quoteBlock prefixes every line of md with "> ".
func quoteBlock(md string) string {
	return "> " + strings.ReplaceAll(md, "\n", "\n> ")
}

func wl(name string) string { return "[[" + name + "]]" }

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
		tagLinks := func(tags []string) string {
			var out []string
			for _, t := range tags {
				if n, ok := v.tags[strings.ToLower(t)]; ok {
					out = append(out, wl(n))
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
			anns, qs, err := children(tx, a.ID)
			if err != nil {
				return err
			}
			if len(anns) > 0 {
				b.WriteString("## Highlights\n\n")
				for _, an := range anns {
					e.res.Annotations++
					b.WriteString(quoteBlock(escapeMD(an.Selector.Exact)) + "\n")
					if an.Note != "" {
						b.WriteString(">\n" + quoteBlock(an.Note) + "\n")
					}
					if t := tagLinks(an.Tags); t != "" {
						b.WriteString(">\n> " + t + "\n")
					}
					b.WriteString("\n")
				}
			}
			if len(qs) > 0 {
				b.WriteString("## Quotes\n\n")
				for _, q := range qs {
					e.res.Quotes++
					b.WriteString(quoteBlock(escapeMD(q.Text)) + "\n>\n> — ")
					if n, ok := v.people[q.SpeakerID]; ok {
						b.WriteString(wl(n))
					} else {
						b.WriteString(escapeMD(orUnknown(q.Speaker)))
					}
					if q.Affiliation != "" {
						b.WriteString(", " + escapeMD(q.Affiliation))
					}
					fmt.Fprintf(&b, " (%s)", q.Status)
					if t := tagLinks(q.Tags); t != "" {
						b.WriteString(" " + t)
					}
					b.WriteString("\n")
					if q.Note != "" {
						b.WriteString(">\n" + quoteBlock(q.Note) + "\n")
					}
					b.WriteString("\n")
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
			f.list("aliases", n.Aliases)
			f.list("tags", obsTags(n.Tags))
			f.end()
			b.WriteString(n.Body)
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
			f.list("aliases", p.Aliases)
			f.list("affiliations", p.Affiliations)
			f.end()
			b.WriteString("# " + escapeMD(p.Name) + "\n\n")
			if p.Page != "" {
				b.WriteString(p.Page + "\n\n")
			}
			ids, err := tx.RefIDs(app.RefPersonQuotes, p.ID)
			if err != nil {
				return err
			}
			if len(ids) > 0 {
				b.WriteString("## Quotes\n\n")
			}
			for _, id := range ids {
				var q app.Quote
				if tx.Get(app.BucketQuotes, id, &q) != nil || !e.inScope(q.ArticleID) {
					continue
				}
				b.WriteString(quoteBlock(escapeMD(q.Text)) + "\n")
				if n, ok := v.articles[q.ArticleID]; ok {
					b.WriteString(">\n> " + wl(n) + "\n")
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
			f.end()
			b.WriteString("# " + escapeMD(t.Name) + "\n\n")
			if t.Description != "" {
				b.WriteString(escapeMD(t.Description) + "\n\n")
			}
			if t.Page != "" {
				b.WriteString(t.Page + "\n\n")
			}
			if i := strings.LastIndexByte(t.Name, '/'); i > 0 {
				if n, ok := v.tags[strings.ToLower(t.Name[:i])]; ok {
					b.WriteString("Parent: " + wl(n) + "\n\n")
				}
			}
			var items []string
			if err := tx.ForEachRef(app.RefTagItems, strings.ToLower(t.Name), func(key, item string) error {
				if key != strings.ToLower(t.Name) {
					return nil
				}
				kind, id, _ := strings.Cut(item, ":")
				var n string
				switch app.DocType(kind) {
				case app.TypeArticle:
					n = v.articles[id]
				case app.TypeNote:
					n = v.notes[id]
				}
				if n != "" {
					items = append(items, "- "+wl(n))
				}
				return nil
			}); err != nil {
				return err
			}
			if len(items) > 0 {
				b.WriteString(strings.Join(items, "\n") + "\n")
			}
			return write("Tags", v.tags[strings.ToLower(t.Name)], b.String())
		})
	})
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
