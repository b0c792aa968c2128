package export

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"dossier/app"
	"dossier/app/anchor"
)

// REFI-QDA (QDA-XML 1.0) projects: a zip with project.qde and the sources'
// plain text under sources/. Articles are text sources, tags are codes
// (nested by their "/" levels), annotations and quotes are coded plain-text
// selections (positions in characters of the source text), and notes are
// project notes. GUIDs are derived from Dossier IDs and back, so a project
// exported and imported again maps onto the same records.

const qdeNS = "urn:QDA-XML:project:1.0"

// crockford is the ULID alphabet (IDs are ULIDs).
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// idBytes decodes a Dossier ID (a ULID) into its 16 bytes.
func idBytes(id string) ([16]byte, bool) {
	var out [16]byte
	if !app.ValidID(id) {
		return out, false
	}
	var hi, lo uint64
	for i := 0; i < len(id); i++ {
		v := uint64(strings.IndexByte(crockford, id[i]))
		hi = hi<<5 | lo>>59
		lo = lo<<5 | v
	}
	binary.BigEndian.PutUint64(out[:8], hi)
	binary.BigEndian.PutUint64(out[8:], lo)
	return out, true
}

// idOf encodes 16 bytes as a Dossier ID.
func idOf(b [16]byte) string {
	var out [26]byte
	hi := binary.BigEndian.Uint64(b[:8])
	lo := binary.BigEndian.Uint64(b[8:])
	for i := 25; i >= 0; i-- {
		out[i] = crockford[lo&31]
		lo = lo>>5 | hi<<59
		hi >>= 5
	}
	return string(out[:])
}

func formatGUID(b [16]byte) string {
	const hexd = "0123456789ABCDEF"
	var s strings.Builder
	for i, c := range b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			s.WriteByte('-')
		}
		s.WriteByte(hexd[c>>4])
		s.WriteByte(hexd[c&15])
	}
	return s.String()
}

func parseGUID(g string) ([16]byte, bool) {
	var out [16]byte
	g = strings.Trim(strings.TrimSpace(g), "{}")
	g = strings.ReplaceAll(g, "-", "")
	if len(g) != 32 {
		return out, false
	}
	for i := 0; i < 16; i++ {
		var v byte
		for _, c := range []byte{g[2*i], g[2*i+1]} {
			v <<= 4
			switch {
			case c >= '0' && c <= '9':
				v |= c - '0'
			case c >= 'a' && c <= 'f':
				v |= c - 'a' + 10
			case c >= 'A' && c <= 'F':
				v |= c - 'A' + 10
			default:
				return out, false
			}
		}
		out[i] = v
	}
	return out, true
}

// guidOf is the GUID of a Dossier record.
func guidOf(id string) string {
	b, ok := idBytes(id)
	if !ok {
		return derivedGUID("id", id)
	}
	return formatGUID(b)
}

// derivedGUID is a stable GUID for things without a Dossier ID.
func derivedGUID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	var b [16]byte
	copy(b[:], h[:16])
	b[6] = b[6]&0x0f | 0x80 // version 8 (custom)
	b[8] = b[8]&0x3f | 0x80
	return formatGUID(b)
}

// idFromGUID maps a GUID to a Dossier ID: the inverse of guidOf for GUIDs we
// made, a stable ID (with a valid timestamp prefix) otherwise.
func idFromGUID(g string) (string, bool) {
	b, ok := parseGUID(g)
	if !ok {
		return "", false
	}
	id := idOf(b)
	if app.ValidID(id) {
		return id, true
	}
	return "", false
}

func xmlEsc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func xmlTime(t time.Time) string {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC().Format("2006-01-02T15:04:05Z")
}

type codeNode struct {
	name, full, guid, color, desc string
	kids                          []*codeNode
}

// Fixed GUIDs of the codes Dossier adds to a project's code book, so that
// its own importer knows them again: the speakers (whose children are
// people) and the quote statuses.
var (
	speakersGUID = derivedGUID("speakers")
	statusGUID   = derivedGUID("quote-status")
)

func statusCodeGUID(s app.QuoteStatus) string { return derivedGUID("quote-status", string(s)) }

// sidecarName is the zip entry that carries what QDA-XML has no place for
// (a person's aliases, a quote's kind and affiliation, an article's
// headings and captions). Other programs ignore it; Dossier's importer
// reads it beside project.qde.
const sidecarName = "dossier.json"

type qdpxSidecar struct {
	Version  int                       `json:"version"`
	People   []app.Person              `json:"people,omitempty"`
	Quotes   map[string]sidecarQuote   `json:"quotes,omitempty"`
	Articles map[string]sidecarArticle `json:"articles,omitempty"`
	// Colours of highlights, by ID.
	Colors map[string]string `json:"colors,omitempty"`
	// Orphans lost their place in the text, so QDA-XML cannot hold them:
	// the records themselves.
	OrphanAnnotations []app.Annotation `json:"orphan_annotations,omitempty"`
	OrphanQuotes      []app.Quote      `json:"orphan_quotes,omitempty"`
	// The analyst's page text on tags and note aliases, by ID.
	TagPages    map[string]string   `json:"tag_pages,omitempty"`
	NoteAliases map[string][]string `json:"note_aliases,omitempty"`
}

type sidecarQuote struct {
	Text        string `json:"text"`
	Kind        string `json:"kind,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
}

type sidecarArticle struct {
	TitleGuessed bool          `json:"title_guessed,omitempty"`
	Headings     []int         `json:"headings,omitempty"`
	Captions     []app.Caption `json:"captions,omitempty"`
	Format       string        `json:"format,omitempty"`
	Origin       string        `json:"origin,omitempty"`
	Kicker       string        `json:"kicker,omitempty"`
}

// Article metadata travels as REFI-QDA variables (QualCoder shows them as
// file attributes).
var qdpxVariables = []struct {
	name string
	get  func(a *app.Article) string
}{
	{"Source", func(a *app.Article) string { return a.Source }},
	{"Author", func(a *app.Article) string { return a.Author }},
	{"URL", func(a *app.Article) string { return a.URL }},
	{"Published", func(a *app.Article) string {
		if a.Published.IsZero() {
			return ""
		}
		return a.Published.UTC().Format(time.RFC3339)
	}},
	{"Dateline", func(a *app.Article) string { return a.Dateline }},
}

func variableGUID(name string) string { return derivedGUID("variable", name) }

// uniqueCodeNames gives every code a name no other code has (QualCoder
// keeps code names unique across the whole code book and refuses a second
// code of the same name): a clash is told apart by its parent,
// "IS (actor)", and as a last resort by a number.
func uniqueCodeNames(roots []*codeNode) {
	var all []*codeNode
	parent := map[*codeNode]*codeNode{}
	var walk func(n *codeNode)
	walk = func(n *codeNode) {
		all = append(all, n)
		for _, k := range n.kids {
			parent[k] = n
			walk(k)
		}
	}
	for _, r := range roots {
		walk(r)
	}
	count := map[string]int{}
	for _, n := range all {
		count[strings.ToLower(n.name)]++
	}
	used := map[string]bool{}
	for _, n := range all {
		if count[strings.ToLower(n.name)] > 1 {
			if p := parent[n]; p != nil {
				n.name += " (" + p.fullName() + ")"
			}
		}
		base := n.name
		for i := 2; used[strings.ToLower(n.name)]; i++ {
			n.name = fmt.Sprintf("%s %d", base, i)
		}
		used[strings.ToLower(n.name)] = true
	}
}

// fullName is the tag name of a tag code, the plain name of others.
func (n *codeNode) fullName() string {
	if n.full != "" {
		return n.full
	}
	return n.name
}

func (e *exporter) qdpx(ctx context.Context, w io.Writer) error {
	zw := zip.NewWriter(w)
	user := derivedGUID("dossier-user", libraryID(e.lib))
	side := qdpxSidecar{Version: 1, Quotes: map[string]sidecarQuote{}, Articles: map[string]sidecarArticle{},
		Colors: map[string]string{}, TagPages: map[string]string{}, NoteAliases: map[string][]string{}}
	err := e.lib.Store().View(func(tx app.Tx) error {
		e.total(tx)
		// Sources first, one text file each.
		if err := e.articles(ctx, tx, func(a *app.Article) error {
			fw, err := zw.CreateHeader(&zip.FileHeader{Name: "sources/" + guidOf(a.ID) + ".txt", Method: zip.Deflate, Modified: a.Updated})
			if err != nil {
				return err
			}
			_, err = io.WriteString(fw, a.Text())
			return err
		}); err != nil {
			return err
		}
		// Notes as REFI-QDA wants them: a text file each, named by
		// plainTextPath (QualCoder and ATLAS.ti read the file, not
		// PlainTextContent).
		if err := e.notes(ctx, tx, func(n *app.Note) error {
			fw, err := zw.CreateHeader(&zip.FileHeader{Name: "sources/" + guidOf(n.ID) + ".txt", Method: zip.Deflate, Modified: n.Updated})
			if err != nil {
				return err
			}
			_, err = io.WriteString(fw, n.Body)
			return err
		}); err != nil {
			return err
		}
		// The code book: tags nested by level, the speakers, the statuses.
		tagGUID := map[string]string{}
		var roots []*codeNode
		nodes := map[string]*codeNode{}
		var names []string
		tagInfo := map[string]*app.Tag{}
		if err := e.tags(ctx, tx, func(t *app.Tag) error {
			k := strings.ToLower(t.Name)
			tagInfo[k] = t
			names = append(names, t.Name)
			if t.Page != "" {
				side.TagPages[t.ID] = t.Page
			}
			return nil
		}); err != nil {
			return err
		}
		sort.Slice(names, func(i, j int) bool { return strings.ToLower(names[i]) < strings.ToLower(names[j]) })
		var node func(full string) *codeNode
		node = func(full string) *codeNode {
			k := strings.ToLower(full)
			if n := nodes[k]; n != nil {
				return n
			}
			n := &codeNode{full: full, name: full, guid: derivedGUID("tag", k)}
			if t := tagInfo[k]; t != nil {
				n.guid, n.color, n.desc = guidOf(t.ID), t.Color, t.Description
			}
			nodes[k] = n
			tagGUID[k] = n.guid
			if i := strings.LastIndexByte(full, '/'); i > 0 {
				n.name = full[i+1:]
				p := node(full[:i])
				p.kids = append(p.kids, n)
			} else {
				roots = append(roots, n)
			}
			return n
		}
		for _, n := range names {
			node(n)
		}
		speakers := &codeNode{name: "Quotes by speaker", guid: speakersGUID,
			desc: "Dossier: the speakers of quotes; each code is a person page"}
		speakerGUID := map[string]string{} // person ID, or "name:" + speaker without a page
		if err := e.people(ctx, tx, func(p *app.Person) error {
			speakerGUID[p.ID] = guidOf(p.ID)
			speakers.kids = append(speakers.kids, &codeNode{name: p.Name, guid: guidOf(p.ID), desc: p.Page})
			side.People = append(side.People, *p)
			return nil
		}); err != nil {
			return err
		}
		statuses := map[app.QuoteStatus]bool{}
		speakerKey := func(q *app.Quote) string {
			if q.SpeakerID != "" {
				if _, ok := speakerGUID[q.SpeakerID]; ok {
					return q.SpeakerID
				}
			}
			return "name:" + orUnknown(q.Speaker)
		}
		if err := e.articles(ctx, tx, func(a *app.Article) error {
			_, qs, err := e.children(tx, a.ID)
			if err != nil {
				return err
			}
			for i := range qs {
				q := &qs[i]
				statuses[q.Status] = true
				k := speakerKey(q)
				if _, ok := speakerGUID[k]; !ok {
					g := derivedGUID("speaker", k)
					speakerGUID[k] = g
					speakers.kids = append(speakers.kids, &codeNode{name: orUnknown(q.Speaker), guid: g})
				}
			}
			return nil
		}); err != nil {
			return err
		}
		if len(speakers.kids) > 0 {
			roots = append(roots, speakers)
		}
		if len(statuses) > 0 {
			st := &codeNode{name: "Quote status", guid: statusGUID, desc: "Dossier: the analyst's verdict on each quote"}
			for _, s := range []app.QuoteStatus{app.QuoteSuggested, app.QuoteConfirmed, app.QuoteRejected} {
				if statuses[s] {
					st.kids = append(st.kids, &codeNode{name: string(s) + " quote", guid: statusCodeGUID(s)})
				}
			}
			roots = append(roots, st)
		}
		uniqueCodeNames(roots)

		fw, err := zw.CreateHeader(&zip.FileHeader{Name: "project.qde", Method: zip.Deflate, Modified: e.lib.Now()})
		if err != nil {
			return err
		}
		bw := &errWriter{w: fw}
		p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
		now := xmlTime(e.lib.Now())
		p(`<?xml version="1.0" encoding="utf-8"?>`+"\n"+`<Project xmlns="%s" name="%s" origin="Dossier" creatingUserGUID="%s" creationDateTime="%s">`+"\n",
			qdeNS, xmlEsc("Dossier: "+e.opt.Selection.String()), user, now)
		p(`<Users><User guid="%s" name="Dossier"/></Users>`+"\n", user)
		if len(roots) > 0 {
			p("<CodeBook><Codes>\n")
			var writeCode func(n *codeNode)
			writeCode = func(n *codeNode) {
				p(`<Code guid="%s" name="%s" isCodable="true"`, n.guid, xmlEsc(n.name))
				if validColor(n.color) {
					p(` color="%s"`, n.color)
				}
				if n.desc == "" && len(n.kids) == 0 {
					p("/>\n")
					return
				}
				p(">")
				if n.desc != "" {
					p("<Description>%s</Description>", xmlEsc(n.desc))
				}
				p("\n")
				for _, k := range n.kids {
					writeCode(k)
				}
				p("</Code>\n")
			}
			for _, r := range roots {
				writeCode(r)
			}
			p("</Codes></CodeBook>\n")
		}
		p("<Variables>\n")
		for _, v := range qdpxVariables {
			p(`<Variable guid="%s" name="%s" typeOfVariable="Text"/>`+"\n", variableGUID(v.name), v.name)
		}
		p("</Variables>\n")
		coding := func(id, key, target string) {
			p(`<Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>`, derivedGUID("coding", id, key), user, target)
		}
		codings := func(id string, tags []string) {
			for _, t := range tags {
				if g, ok := tagGUID[strings.ToLower(t)]; ok {
					coding(id, t, g)
				}
			}
		}
		sources := false
		if err := e.articles(ctx, tx, func(a *app.Article) error {
			if bw.err != nil {
				return bw.err
			}
			e.res.Articles++
			if !sources {
				p("<Sources>\n")
				sources = true
			}
			anns, qs, err := e.children(tx, a.ID)
			if err != nil {
				return err
			}
			if a.TitleGuessed || len(a.Headings) > 0 || len(a.Captions) > 0 || a.Format != "" || a.Origin != "" || a.Kicker != "" {
				side.Articles[a.ID] = sidecarArticle{TitleGuessed: a.TitleGuessed, Headings: a.Headings, Captions: a.Captions, Format: a.Format, Origin: a.Origin, Kicker: a.Kicker}
			}
			p(`<TextSource guid="%s" name="%s" plainTextPath="internal://%s.txt" creatingUser="%s" creationDateTime="%s" modifiedDateTime="%s">`,
				guidOf(a.ID), xmlEsc(a.Title), guidOf(a.ID), user, xmlTime(a.Created), xmlTime(a.Updated))
			if desc := strings.Join(nonEmptyStrings(a.Source, a.Author, a.URL), " · "); desc != "" {
				p("<Description>%s</Description>", xmlEsc(desc))
			}
			p("\n")
			n := utf8.RuneCountInString(a.Text())
			// sel writes one coded selection; an orphan has no place in
			// the text any more and is left out.
			sel := func(id, name, note string, t app.Target, created, updated time.Time, code func()) {
				s, en := t.Selector.Start, t.Selector.End
				if t.Orphaned() || s < 0 || en > n || s >= en {
					return
				}
				p(`<PlainTextSelection guid="%s" name="%s" startPosition="%d" endPosition="%d" creatingUser="%s" creationDateTime="%s" modifiedDateTime="%s">`,
					guidOf(id), xmlEsc(name), s, en, user, xmlTime(created), xmlTime(updated))
				if note != "" {
					p("<Description>%s</Description>", xmlEsc(note))
				}
				code()
				p("</PlainTextSelection>\n")
			}
			for i := range anns {
				an := &anns[i]
				e.res.Annotations++
				if an.Color != "" {
					side.Colors[an.ID] = an.Color
				}
				if an.Orphaned() {
					side.OrphanAnnotations = append(side.OrphanAnnotations, *an)
				}
				sel(an.ID, truncateRunes(an.Selector.Exact, 60), an.Note, an.Target, an.Created, an.Updated, func() { codings(an.ID, an.Tags) })
			}
			for i := range qs {
				q := &qs[i]
				e.res.Quotes++
				side.Quotes[q.ID] = sidecarQuote{Text: q.Text, Kind: q.Kind, Affiliation: q.Affiliation}
				if q.Orphaned() {
					side.OrphanQuotes = append(side.OrphanQuotes, *q)
				}
				name := fmt.Sprintf("Quote (%s): %s", q.Status, orUnknown(q.Speaker))
				sel(q.ID, name, q.Note, q.Target, q.Created, q.Updated, func() {
					codings(q.ID, q.Tags)
					coding(q.ID, "speaker", speakerGUID[speakerKey(q)])
					coding(q.ID, "status", statusCodeGUID(q.Status))
				})
			}
			// The article's own tags code the whole source.
			codings(a.ID, a.Tags)
			for _, v := range qdpxVariables {
				if val := v.get(a); val != "" {
					p(`<VariableValue><VariableRef targetGUID="%s"/><TextValue>%s</TextValue></VariableValue>`, variableGUID(v.name), xmlEsc(val))
				}
			}
			p("</TextSource>\n")
			e.progress()
			return nil
		}); err != nil {
			return err
		}
		if sources {
			p("</Sources>\n")
		}
		started := false
		if err := e.notes(ctx, tx, func(n *app.Note) error {
			e.res.Notes++
			if len(n.Aliases) > 0 {
				side.NoteAliases[n.ID] = n.Aliases
			}
			if !started {
				p("<Notes>\n")
				started = true
			}
			p(`<Note guid="%s" name="%s" plainTextPath="internal://%s.txt" creatingUser="%s" creationDateTime="%s" modifiedDateTime="%s">`,
				guidOf(n.ID), xmlEsc(n.Title), guidOf(n.ID), user, xmlTime(n.Created), xmlTime(n.Updated))
			codings(n.ID, n.Tags)
			p("</Note>\n")
			e.progress()
			return nil
		}); err != nil {
			return err
		}
		if started {
			p("</Notes>\n")
		}
		p("</Project>\n")
		e.res.Tags = len(nodes)
		e.res.People = len(side.People)
		return bw.err
	})
	if err != nil {
		return err
	}
	fw, err := zw.CreateHeader(&zip.FileHeader{Name: sidecarName, Method: zip.Deflate, Modified: e.lib.Now()})
	if err != nil {
		return err
	}
	if err := json.NewEncoder(fw).Encode(side); err != nil {
		return err
	}
	return zw.Close()
}

type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	w.err = err
	return n, err
}

func validColor(c string) bool {
	if len(c) != 7 || c[0] != '#' {
		return false
	}
	for _, r := range c[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

func nonEmptyStrings(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// The reading side.

type qProject struct {
	XMLName   xml.Name    `xml:"Project"`
	Name      string      `xml:"name,attr"`
	Origin    string      `xml:"origin,attr"`
	Created   string      `xml:"creationDateTime,attr"`
	Codes     []qCode     `xml:"CodeBook>Codes>Code"`
	Variables []qVariable `xml:"Variables>Variable"`
	Sources   []qText     `xml:"Sources>TextSource"`
	Notes     []qText     `xml:"Notes>Note"`
	Modified  string      `xml:"modifiedDateTime,attr"`
}

type qCode struct {
	GUID        string  `xml:"guid,attr"`
	Name        string  `xml:"name,attr"`
	Color       string  `xml:"color,attr"`
	Description string  `xml:"Description"`
	Codes       []qCode `xml:"Code"`
}

type qVariable struct {
	GUID string `xml:"guid,attr"`
	Name string `xml:"name,attr"`
}

type qText struct {
	GUID       string      `xml:"guid,attr"`
	Name       string      `xml:"name,attr"`
	Path       string      `xml:"plainTextPath,attr"`
	Created    string      `xml:"creationDateTime,attr"`
	Modified   string      `xml:"modifiedDateTime,attr"`
	Desc       string      `xml:"Description"`
	Content    *string     `xml:"PlainTextContent"`
	Selections []qSel      `xml:"PlainTextSelection"`
	Codings    []qCoding   `xml:"Coding"`
	Values     []qVarValue `xml:"VariableValue"`
}

type qVarValue struct {
	Ref struct {
		Target string `xml:"targetGUID,attr"`
	} `xml:"VariableRef"`
	Text string `xml:"TextValue"`
	Date string `xml:"DateValue"`
}

type qSel struct {
	GUID     string    `xml:"guid,attr"`
	Name     string    `xml:"name,attr"`
	Start    int       `xml:"startPosition,attr"`
	End      int       `xml:"endPosition,attr"`
	Created  string    `xml:"creationDateTime,attr"`
	Modified string    `xml:"modifiedDateTime,attr"`
	Desc     string    `xml:"Description"`
	Codings  []qCoding `xml:"Coding"`
}

type qCoding struct {
	Ref struct {
		Target string `xml:"targetGUID,attr"`
	} `xml:"CodeRef"`
}

func normGUID(g string) string { return strings.ToUpper(strings.Trim(strings.TrimSpace(g), "{}")) }

func parseXMLTime(s string, def time.Time) time.Time {
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(s)); err == nil {
		return t.UTC()
	}
	return def
}

// splitSource turns a source's plain text into article paragraphs (split at
// blank lines) and maps source character offsets to offsets in the
// article's Text. A run of white space holding two or more line breaks is a
// paragraph break; offsets inside it map to the end of the paragraph before.
func splitSource(text string) ([]string, func(int) int) {
	src := []rune(text)
	m := make([]int, len(src)+1)
	var paras []string
	var cur []rune
	sep := utf8.RuneCountInString(app.ParagraphSep)
	out := 0 // runes of article text so far, separators included
	space := func(r rune) bool { return r == '\n' || r == '\r' || r == ' ' || r == '\t' }
	for i := 0; i < len(src); {
		if src[i] == '\n' || src[i] == '\r' || len(cur) == 0 && space(src[i]) {
			j, nl := i, 0
			for j < len(src) && space(src[j]) {
				if src[j] == '\n' {
					nl++
				}
				j++
			}
			if nl >= 2 || j == len(src) || len(cur) == 0 {
				end := out
				if len(cur) > 0 {
					paras = append(paras, string(cur))
					cur = nil
					out += sep
				} else if len(paras) > 0 {
					end = out - sep
				}
				for k := i; k < j; k++ {
					m[k] = end
				}
				i = j
				continue
			}
		}
		m[i] = out
		cur = append(cur, src[i])
		out++
		i++
	}
	if len(cur) > 0 {
		paras = append(paras, string(cur))
	}
	total := utf8.RuneCountInString(strings.Join(paras, app.ParagraphSep))
	m[len(src)] = total
	for i := range m {
		m[i] = min(m[i], total)
	}
	return paras, func(off int) int {
		if off < 0 {
			return 0
		}
		if off > len(src) {
			return total
		}
		return m[off]
	}
}

// ReadQDPX reads a REFI-QDA project into bundle data: sources become
// articles (their variables the article's metadata, their codings its
// tags), codes tags, coded selections annotations, and notes notes. The
// codes Dossier writes for speakers and quote statuses (known by their
// GUIDs) turn their selections back into quotes and their speakers into
// people, with the fields of dossier.json when the project has one.
func ReadQDPX(r io.ReaderAt, size int64, name string, newID func() string, now time.Time) (*app.BundleData, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%s is not a REFI-QDA project (not a zip archive, or truncated): %w", name, err)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		if err := checkEntryName(f.Name); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files[strings.ToLower(f.Name)] = f
	}
	g := &zipGuard{}
	pf := files["project.qde"]
	if pf == nil {
		return nil, fmt.Errorf("%s is not a REFI-QDA project: no project.qde", name)
	}
	rc, err := g.open(pf)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var proj qProject
	err = xml.NewDecoder(rc).Decode(&proj)
	rc.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: project.qde is malformed: %w", name, err)
	}
	var side qdpxSidecar
	if f := files[sidecarName]; f != nil {
		if err := readJSON(g, f, &side); err != nil {
			return nil, fmt.Errorf("%s: %s is malformed: %w", name, sidecarName, err)
		}
	}
	origin := strings.TrimSpace(proj.Origin)
	if origin == "" {
		origin = "REFI-QDA"
	}
	b := &app.BundleData{Origin: origin + " project " + proj.Name, File: name, Exported: parseXMLTime(proj.Modified, now), Bases: map[string]time.Time{}}
	projTime := parseXMLTime(proj.Created, now)
	idFor := func(guid string) string {
		if id, ok := idFromGUID(guid); ok {
			return id
		}
		return newID()
	}
	meta := func(guid, created, modified string) app.Meta {
		c := parseXMLTime(created, projTime)
		return app.Meta{ID: idFor(guid), Created: c, Updated: parseXMLTime(modified, c)}
	}
	// readText reads a plainTextPath file inside the project.
	readText := func(what, path string) (string, bool, error) {
		if !strings.HasPrefix(path, "internal://") {
			return "", false, nil // an external file: never read outside the project
		}
		f := files["sources/"+strings.ToLower(strings.TrimPrefix(path, "internal://"))]
		if f == nil {
			return "", false, fmt.Errorf("%s: %s: %s is missing from the project", name, what, path)
		}
		rc, err := g.open(f)
		if err != nil {
			return "", false, fmt.Errorf("%s: %w", name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return "", false, fmt.Errorf("%s: %w", name, err)
		}
		if !utf8.Valid(data) {
			return "", false, fmt.Errorf("%s: %s is not UTF-8 text", name, what)
		}
		return strings.TrimPrefix(string(data), "\ufeff"), true, nil
	}

	people := map[string]*app.Person{} // by ID, from the sidecar
	for i := range side.People {
		p := side.People[i]
		if app.ValidID(p.ID) && strings.TrimSpace(p.Name) != "" {
			people[p.ID] = &p
		}
	}
	codeName := map[string]string{}        // GUID → tag name
	speaker := map[string]*app.Person{}    // GUID → person
	status := map[string]app.QuoteStatus{} // GUID → status
	statusNames := map[string]app.QuoteStatus{}
	for _, s := range []app.QuoteStatus{app.QuoteSuggested, app.QuoteConfirmed, app.QuoteRejected} {
		statusNames[statusCodeGUID(s)] = s
	}
	// plain undoes uniqueCodeNames' "name (parent)".
	plain := func(n, parent string) string {
		if parent != "" {
			n = strings.TrimSuffix(n, " ("+parent+")")
		}
		return n
	}
	var walk func(cs []qCode, parent, parentName string)
	walk = func(cs []qCode, parent, parentName string) {
		for _, c := range cs {
			guid := normGUID(c.GUID)
			switch guid {
			case speakersGUID:
				for _, k := range c.Codes {
					id := idFor(k.GUID)
					p := people[id]
					if p == nil {
						n := strings.TrimSpace(plain(k.Name, c.Name))
						if n == "" || n == "unknown speaker" {
							continue
						}
						p = &app.Person{Meta: app.Meta{ID: id, Created: projTime, Updated: projTime}, Name: n, Page: k.Description}
						people[id] = p
					}
					speaker[normGUID(k.GUID)] = p
				}
				continue
			case statusGUID:
				for _, k := range c.Codes {
					if s, ok := statusNames[normGUID(k.GUID)]; ok {
						status[normGUID(k.GUID)] = s
					}
				}
				continue
			}
			n := strings.ReplaceAll(strings.TrimSpace(plain(c.Name, parentName)), "/", "-")
			if n == "" {
				n = "code"
			}
			full := n
			if parent != "" {
				full = parent + "/" + n
			}
			norm, err := app.NormalizeTag(full)
			if err != nil {
				continue // a name Dossier cannot keep as a tag
			}
			codeName[guid] = norm
			t := app.Tag{Meta: meta(c.GUID, "", ""), Name: norm, Description: c.Description}
			t.Page = side.TagPages[t.ID]
			if validColor(c.Color) {
				t.Color = strings.ToLower(c.Color)
			}
			b.Tags = append(b.Tags, t)
			walk(c.Codes, norm, norm)
		}
	}
	walk(proj.Codes, "", "")
	tagsOf := func(cs []qCoding) []string {
		var out []string
		for _, c := range cs {
			if n, ok := codeName[normGUID(c.Ref.Target)]; ok {
				out = append(out, n)
			}
		}
		return out
	}
	variable := map[string]string{} // GUID → lower-case name
	for _, v := range proj.Variables {
		variable[normGUID(v.GUID)] = strings.ToLower(strings.TrimSpace(v.Name))
	}
	for _, s := range proj.Sources {
		var text string
		if s.Content != nil {
			text = *s.Content
		} else {
			t, ok, err := readText(fmt.Sprintf("source %q", s.Name), s.Path)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			text = t
		}
		paras, mapOff := splitSource(text)
		if len(paras) == 0 {
			continue
		}
		title := strings.TrimSpace(s.Name)
		if title == "" {
			title = truncateRunes(paras[0], 80)
		}
		a := app.Article{Meta: meta(s.GUID, s.Created, s.Modified), Title: title, Body: paras, Revision: 1,
			Format: "qdpx", Origin: name, Tags: tagsOf(s.Codings)}
		for _, v := range s.Values {
			val := strings.TrimSpace(v.Text)
			if val == "" {
				val = strings.TrimSpace(v.Date)
			}
			switch variable[normGUID(v.Ref.Target)] {
			case "source":
				a.Source = val
			case "author":
				a.Author = val
			case "url":
				a.URL = val
			case "dateline":
				a.Dateline = val
			case "published":
				if t, err := time.Parse(time.RFC3339, val); err == nil {
					a.Published = t.UTC()
				} else if t, err := time.Parse("2006-01-02", val); err == nil {
					a.Published = t
				}
			}
		}
		if x, ok := side.Articles[a.ID]; ok {
			a.Kicker = x.Kicker // not counted in paragraphs
		}
		if x, ok := side.Articles[a.ID]; ok && text == strings.Join(paras, app.ParagraphSep) {
			// Headings and captions count in paragraphs: only when the
			// text came back paragraph for paragraph.
			a.TitleGuessed, a.Headings, a.Captions = x.TitleGuessed, x.Headings, x.Captions
			if x.Format != "" {
				a.Format = x.Format
			}
			if x.Origin != "" {
				a.Origin = x.Origin
			}
		}
		a.ContentHash = app.ContentHash(a.Body)
		b.Articles = append(b.Articles, a)
		full := a.Text()
		for _, sel := range s.Selections {
			st, en := mapOff(sel.Start), mapOff(sel.End)
			if st >= en {
				continue
			}
			selector, err := anchor.New(full, st, en)
			if err != nil {
				continue
			}
			target := app.Target{ArticleID: a.ID, Selector: selector, State: anchor.Exact}
			var who *app.Person
			qs := app.QuoteStatus("")
			for _, c := range sel.Codings {
				k := normGUID(c.Ref.Target)
				if p := speaker[k]; p != nil {
					who = p
				}
				if s, ok := status[k]; ok {
					qs = s
				}
			}
			m := meta(sel.GUID, sel.Created, sel.Modified)
			if who == nil && qs == "" {
				b.Annotations = append(b.Annotations, app.Annotation{Meta: m, Target: target, Note: sel.Desc, Tags: tagsOf(sel.Codings), Color: side.Colors[m.ID]})
				continue
			}
			if qs == "" {
				qs = app.QuoteSuggested
			}
			q := app.Quote{Meta: m, Target: target, Text: selector.Exact, Status: qs, Note: sel.Desc, Tags: tagsOf(sel.Codings)}
			if who != nil {
				q.SpeakerID, q.Speaker = who.ID, who.Name
			}
			if x, ok := side.Quotes[q.ID]; ok {
				q.Kind, q.Affiliation = x.Kind, x.Affiliation
				if x.Text != "" {
					q.Text = x.Text
				}
			}
			b.Quotes = append(b.Quotes, q)
		}
	}
	// Orphans come back as orphans, with their articles.
	have := map[string]bool{}
	for _, a := range b.Articles {
		have[a.ID] = true
	}
	for _, an := range side.OrphanAnnotations {
		if have[an.ArticleID] && an.Orphaned() && app.ValidID(an.ID) {
			b.Annotations = append(b.Annotations, an)
		}
	}
	for _, q := range side.OrphanQuotes {
		if have[q.ArticleID] && q.Orphaned() && app.ValidID(q.ID) {
			if q.SpeakerID != "" && people[q.SpeakerID] == nil {
				q.SpeakerID = ""
			}
			b.Quotes = append(b.Quotes, q)
		}
	}
	// Every person page comes back: the speakers, and the pages without
	// quotes that the sidecar or the speaker codes carry.
	ids := make([]string, 0, len(people))
	for id := range people {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		b.People = append(b.People, *people[id])
	}
	for _, n := range proj.Notes {
		body := ""
		if n.Content != nil {
			body = *n.Content
		} else {
			t, _, err := readText(fmt.Sprintf("note %q", n.Name), n.Path)
			if err != nil {
				return nil, err
			}
			body = t
		}
		title := strings.TrimSpace(n.Name)
		if title == "" {
			title = "Note " + n.GUID
		}
		note := app.Note{Meta: meta(n.GUID, n.Created, n.Modified), Title: title, Body: body, Revision: 1, Tags: tagsOf(n.Codings)}
		note.Aliases = side.NoteAliases[note.ID]
		b.Notes = append(b.Notes, note)
	}
	return b, nil
}

// ImportQDPX imports a REFI-QDA project (an app.ArchiveImporter). A
// project with nothing in it (a blank project) is skipped with that
// reason, not reported as a duplicate.
func ImportQDPX(ctx context.Context, lib *app.Library, path string) (app.ImportOutcome, error) {
	out := app.ImportOutcome{Path: path}
	f, err := os.Open(path)
	if err != nil {
		return out, fmt.Errorf("cannot read %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return out, fmt.Errorf("cannot read %s: %w", path, err)
	}
	b, err := ReadQDPX(f, st.Size(), path, lib.NewID, lib.Now())
	if err != nil {
		return out, err
	}
	if len(b.Articles)+len(b.Tags)+len(b.Notes)+len(b.People) == 0 {
		out.Status = app.ImportSkipped
		out.Title = b.Origin
		out.Reason = "the project is empty: no text sources, codes or notes Dossier can import"
		return out, nil
	}
	rep, err := lib.MergeBundle(ctx, b)
	if err != nil {
		return out, fmt.Errorf("%s: %w", path, err)
	}
	return mergeOutcome(out, b.Origin, rep), nil
}
