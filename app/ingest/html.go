package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// maxParseElements bounds the documents handed to the HTML tree parser and
// readability (whose cost grows quickly with size); larger pages use the
// token-based extraction only.
const maxParseElements = 60000

// htmlMeta is what the head of a page says about the article.
type htmlMeta struct {
	title     string            // <title>
	metas     map[string]string // first content per lower-cased name/property/itemprop
	tags      []string          // keywords, news_keywords, article:tag
	canonical string
	jsonLD    []string
	elements  int
}

// ParseHTML parses a saved web page: metadata from <title>, <meta> tags,
// Open Graph and JSON-LD; the main content found by readability (or, when
// that fails or the page is too deep or too large for a tree parser, by a
// token-based scan preferring <article> and <main>), split into paragraphs,
// subheadings and figcaptions. A page without readable text is ErrNoContent.
func ParseHTML(s string) (*Document, error) {
	s, err := prepare(s)
	if err != nil {
		return nil, err
	}
	meta := scanHTML(s)
	doc := &Document{Format: FormatHTML}
	var blocks []hblock
	var rd readResult
	if meta.elements <= maxParseElements {
		rd = readable(s)
		blocks = rd.blocks
	}
	if !hasBody(blocks) {
		blocks = selectMain(extractHTML(s))
	}
	applyHTMLMeta(doc, meta, rd)

	var paras []string
	var heads []bool
	titleFromH1 := doc.Title == ""
	for _, b := range blocks {
		switch b.kind {
		case kindCaption:
			c, ok := splitCaption(b.text)
			if !ok {
				c = Caption{Text: b.text}
			}
			doc.Captions = append(doc.Captions, c)
		case kindHeading:
			if titleFromH1 && b.level == 1 {
				doc.Title, titleFromH1 = b.text, false
				continue
			}
			if len(paras) == 0 && sameText(b.text, doc.Title) {
				continue // the headline repeated at the top of the content
			}
			paras, heads = append(paras, b.text), append(heads, true)
		default:
			paras, heads = append(paras, b.text), append(heads, false)
		}
	}
	if len(paras) == 0 && len(doc.Captions) == 0 {
		return nil, fmt.Errorf("no paragraphs, headings or captions found in %d bytes of HTML: %w", len(s), ErrNoContent)
	}
	finish(doc, paras, heads, false)
	return doc, nil
}

func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// readResult is readability's view of the page.
type readResult struct {
	blocks    []hblock
	title     string
	byline    string
	siteName  string
	published time.Time
}

// readable runs readability on the parsed tree. The tree parser refuses
// nesting deeper than 512 elements, and any panic inside readability is
// turned into "no result": the caller then falls back to the token scan.
func readable(s string) (res readResult) {
	defer func() {
		if recover() != nil {
			res = readResult{}
		}
	}()
	root, err := html.Parse(strings.NewReader(s))
	if err != nil || root == nil {
		return readResult{}
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxParseElements
	art, err := p.ParseAndMutate(root, nil)
	if err != nil || art.Node == nil {
		return readResult{}
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, art.Node); err != nil {
		return readResult{}
	}
	res.blocks = extractHTML(buf.String())
	res.title = strings.TrimSpace(art.Title())
	res.byline = strings.TrimSpace(art.Byline())
	res.siteName = strings.TrimSpace(art.SiteName())
	if t, err := art.PublishedTime(); err == nil {
		res.published = t
	}
	return res
}

// scanHTML reads the metadata with the tokenizer (linear, no tree) and
// counts elements.
func scanHTML(s string) htmlMeta {
	m := htmlMeta{metas: map[string]string{}}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return m
		case html.StartTagToken, html.SelfClosingTagToken:
			m.elements++
			name, hasAttr := z.TagName()
			switch string(name) {
			case "title":
				if tt == html.StartTagToken && m.title == "" && z.Next() == html.TextToken {
					m.title = collapseSpace(strings.Join(strings.Fields(string(z.Text())), " "))
				}
			case "meta":
				if hasAttr {
					m.meta(attrs(z))
				}
			case "link":
				if hasAttr {
					a := attrs(z)
					if strings.EqualFold(a["rel"], "canonical") && m.canonical == "" {
						m.canonical = strings.TrimSpace(a["href"])
					}
				}
			case "script":
				if tt != html.StartTagToken || !hasAttr {
					continue
				}
				if typ := strings.ToLower(strings.TrimSpace(attrs(z)["type"])); typ == "application/ld+json" && len(m.jsonLD) < 20 {
					if z.Next() == html.TextToken {
						m.jsonLD = append(m.jsonLD, string(z.Text()))
					}
				}
			}
		}
	}
}

// attrs returns a tag's attributes with lower-case keys (first wins).
func attrs(z *html.Tokenizer) map[string]string {
	a := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		key := strings.ToLower(string(k))
		if _, dup := a[key]; !dup {
			a[key] = string(v)
		}
		if !more {
			return a
		}
	}
}

func (m *htmlMeta) meta(a map[string]string) {
	content := strings.TrimSpace(a["content"])
	if content == "" || len(content) > 10000 {
		return
	}
	for _, attr := range []string{"property", "name", "itemprop"} {
		key := strings.ToLower(strings.TrimSpace(a[attr]))
		if key == "" {
			continue
		}
		switch key {
		case "keywords", "news_keywords", "article:tag":
			m.tags = addTags(m.tags, splitList(content)...)
		}
		if _, dup := m.metas[key]; !dup {
			m.metas[key] = content
		}
	}
}

// first returns the first non-empty meta content among keys.
func (m *htmlMeta) first(keys ...string) string {
	for _, k := range keys {
		if v := m.metas[k]; v != "" {
			return v
		}
	}
	return ""
}

// applyHTMLMeta fills the document's metadata, preferring structured data
// (JSON-LD, Open Graph) over plain tags and readability's guesses.
func applyHTMLMeta(doc *Document, m htmlMeta, rd readResult) {
	var ld ldArticle
	for _, raw := range m.jsonLD {
		if a, ok := parseJSONLD(raw); ok {
			ld = a
			break
		}
	}
	doc.Source = firstNonEmpty(m.first("og:site_name"), ld.publisher, m.first("application-name", "twitter:site"), rd.siteName)
	doc.Title = firstNonEmpty(ld.headline, m.first("og:title", "twitter:title", "headline"), stripSiteSuffix(m.title, doc.Source), rd.title)
	author := m.first("author", "dc.creator", "parsely-author", "sailthru.author", "byl")
	if a := m.first("article:author"); author == "" && !isURL(a) {
		author = a
	}
	doc.Author = stripBy(firstNonEmpty(ld.authors, author, rd.byline))
	doc.URL = firstNonEmpty(m.first("og:url"), ld.url, m.canonical)
	for _, d := range []string{
		m.first("article:published_time"), ld.published,
		m.first("date", "pubdate", "publishdate", "publish-date", "datepublished", "dc.date", "dc.date.issued",
			"dcterms.created", "parsely-pub-date", "sailthru.date", "og:published_time", "article.published"),
	} {
		if t, ok := parseDate(d); ok {
			doc.Published = t
			break
		}
	}
	if doc.Published.IsZero() {
		doc.Published = rd.published
	}
	doc.Tags = addTags(m.tags, ld.keywords...)
	doc.Description = firstNonEmpty(m.first("og:description", "description", "twitter:description"), ld.description)
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = collapseSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// stripBy removes a "By " prefix from a byline.
func stripBy(s string) string {
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		return strings.TrimSpace(s[3:])
	}
	return s
}

// stripSiteSuffix turns "Headline | Site" into "Headline" when the site
// name is known.
func stripSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
		if t, ok := strings.CutPrefix(title, site+sep); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return title
}

// ldArticle is what JSON-LD says about the article.
type ldArticle struct {
	headline, authors, published, publisher, url, description string
	keywords                                                  []string
}

// JSON-LD walking limits, against hostile nesting and huge graphs.
const (
	maxLDDepth = 12
	maxLDNodes = 5000
)

// parseJSONLD finds the first article object in a JSON-LD script: at the
// top, in an array, or inside @graph; author and publisher may be strings,
// objects, arrays or @id references into the graph.
func parseJSONLD(raw string) (ldArticle, bool) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<!--")
	raw = strings.TrimSuffix(raw, "-->")
	raw = strings.TrimPrefix(strings.TrimSpace(raw), "//<![CDATA[")
	raw = strings.TrimSuffix(strings.TrimSpace(raw), "//]]>")
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return ldArticle{}, false
	}
	ids := map[string]map[string]any{}
	var objs []map[string]any
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > maxLDDepth || len(objs) >= maxLDNodes {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, x)
			if id, ok := x["@id"].(string); ok && id != "" {
				if _, dup := ids[id]; !dup {
					ids[id] = x
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "itemListElement"} {
				if sub, ok := x[k]; ok {
					walk(sub, depth+1)
				}
			}
		}
	}
	walk(v, 0)
	for _, o := range objs {
		if !isArticleType(o["@type"]) {
			continue
		}
		a := ldArticle{
			headline:    firstNonEmpty(ldString(o["headline"]), ldString(o["name"])),
			authors:     strings.Join(ldNames(o["author"], ids, 0), ", "),
			published:   firstNonEmpty(ldString(o["datePublished"]), ldString(o["dateCreated"])),
			url:         firstNonEmpty(ldString(o["url"]), ldRef(o["mainEntityOfPage"])),
			description: ldString(o["description"]),
		}
		if pub := ldNames(o["publisher"], ids, 0); len(pub) > 0 {
			a.publisher = pub[0]
		}
		switch k := o["keywords"].(type) {
		case string:
			a.keywords = splitList(k)
		case []any:
			for _, e := range k {
				if s := ldString(e); s != "" {
					a.keywords = append(a.keywords, s)
				}
			}
		}
		return a, true
	}
	return ldArticle{}, false
}

// articleTypes are schema.org types of news and blog articles.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "reportagenews": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "askpublicnewsarticle": true, "blogposting": true, "liveblogposting": true,
	"report": true, "scholarlyarticle": true, "techarticle": true, "socialmediaposting": true,
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		x = x[strings.LastIndexAny(x, "/:#")+1:]
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldString returns a JSON-LD value as text (a string, or an object's
// @value/name).
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return collapseSpace(x)
	case float64:
		return fmt.Sprint(x)
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return collapseSpace(s)
		}
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldRef returns a URL from a string or an object's @id / url.
func ldRef(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return firstNonEmpty(ldString(x["@id"]), ldString(x["url"]))
	}
	return ""
}

// ldNames returns the names of people or organisations given as strings,
// objects with "name", @id references, or arrays of those.
func ldNames(v any, ids map[string]map[string]any, depth int) []string {
	if depth > 4 {
		return nil
	}
	switch x := v.(type) {
	case string:
		if s := collapseSpace(x); s != "" && !isURL(s) {
			return []string{s}
		}
	case map[string]any:
		if n := ldString(x["name"]); n != "" {
			return []string{n}
		}
		if id, ok := x["@id"].(string); ok {
			if ref, ok := ids[id]; ok {
				return ldNames(ref, ids, depth+1)
			}
		}
	case []any:
		var out []string
		for _, e := range x {
			for _, n := range ldNames(e, ids, depth+1) {
				if !containsFold(out, n) {
					out = append(out, n)
				}
			}
		}
		return out
	}
	return nil
}

func containsFold(list []string, s string) bool {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return true
		}
	}
	return false
}
