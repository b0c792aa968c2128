package export

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"encoding/binary"
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

func (e *exporter) qdpx(ctx context.Context, w io.Writer) error {
	zw := zip.NewWriter(w)
	user := derivedGUID("dossier-user", libraryID(e.lib))
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
		// The code book: tags nested by level, then speakers under "Quotes".
		tagGUID := map[string]string{}
		var roots []*codeNode
		nodes := map[string]*codeNode{}
		var names []string
		tagInfo := map[string]*app.Tag{}
		if err := e.tags(ctx, tx, func(t *app.Tag) error {
			k := strings.ToLower(t.Name)
			tagInfo[k] = t
			names = append(names, t.Name)
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
		speakers := &codeNode{name: "Quotes by speaker", guid: derivedGUID("speakers")}
		speakerGUID := map[string]string{}
		if err := e.articles(ctx, tx, func(a *app.Article) error {
			_, qs, err := children(tx, a.ID)
			if err != nil {
				return err
			}
			for _, q := range qs {
				s := orUnknown(q.Speaker)
				if _, ok := speakerGUID[s]; !ok {
					g := derivedGUID("speaker", s)
					if q.SpeakerID != "" {
						g = guidOf(q.SpeakerID)
					}
					speakerGUID[s] = g
					speakers.kids = append(speakers.kids, &codeNode{name: s, guid: g})
				}
			}
			return nil
		}); err != nil {
			return err
		}
		if len(speakers.kids) > 0 {
			roots = append(roots, speakers)
		}

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
		codings := func(id string, tags []string, extra string) {
			for _, t := range tags {
				if g, ok := tagGUID[strings.ToLower(t)]; ok {
					p(`<Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>`, derivedGUID("coding", id, t), user, g)
				}
			}
			if extra != "" {
				p(`<Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>`, derivedGUID("coding", id, extra), user, extra)
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
			anns, qs, err := children(tx, a.ID)
			if err != nil {
				return err
			}
			p(`<TextSource guid="%s" name="%s" plainTextPath="internal://%s.txt" creatingUser="%s" creationDateTime="%s" modifiedDateTime="%s">`,
				guidOf(a.ID), xmlEsc(a.Title), guidOf(a.ID), user, xmlTime(a.Created), xmlTime(a.Updated))
			if desc := strings.Join(nonEmptyStrings(a.Source, a.Author, a.URL), " · "); desc != "" {
				p("<Description>%s</Description>", xmlEsc(desc))
			}
			p("\n")
			n := utf8.RuneCountInString(a.Text())
			sel := func(id, name, note string, t app.Target, tags []string, extra string, created, updated time.Time) {
				s, en := t.Selector.Start, t.Selector.End
				if t.Orphaned() || s < 0 || en > n || s >= en {
					return
				}
				p(`<PlainTextSelection guid="%s" name="%s" startPosition="%d" endPosition="%d" creatingUser="%s" creationDateTime="%s" modifiedDateTime="%s">`,
					guidOf(id), xmlEsc(name), s, en, user, xmlTime(created), xmlTime(updated))
				if note != "" {
					p("<Description>%s</Description>", xmlEsc(note))
				}
				codings(id, tags, extra)
				p("</PlainTextSelection>\n")
			}
			for _, an := range anns {
				e.res.Annotations++
				sel(an.ID, truncateRunes(an.Selector.Exact, 60), an.Note, an.Target, an.Tags, "", an.Created, an.Updated)
			}
			for _, q := range qs {
				e.res.Quotes++
				s := orUnknown(q.Speaker)
				sel(q.ID, "Quote: "+s, q.Note, q.Target, q.Tags, speakerGUID[s], q.Created, q.Updated)
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
			if !started {
				p("<Notes>\n")
				started = true
			}
			p(`<Note guid="%s" name="%s" creatingUser="%s" creationDateTime="%s" modifiedDateTime="%s"><PlainTextContent>%s</PlainTextContent></Note>`+"\n",
				guidOf(n.ID), xmlEsc(n.Title), user, xmlTime(n.Created), xmlTime(n.Updated), xmlEsc(n.Body))
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
		return bw.err
	})
	if err != nil {
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
	XMLName  xml.Name `xml:"Project"`
	Name     string   `xml:"name,attr"`
	Origin   string   `xml:"origin,attr"`
	Created  string   `xml:"creationDateTime,attr"`
	Codes    []qCode  `xml:"CodeBook>Codes>Code"`
	Sources  []qText  `xml:"Sources>TextSource"`
	Notes    []qText  `xml:"Notes>Note"`
	Modified string   `xml:"modifiedDateTime,attr"`
}

type qCode struct {
	GUID        string  `xml:"guid,attr"`
	Name        string  `xml:"name,attr"`
	Color       string  `xml:"color,attr"`
	Description string  `xml:"Description"`
	Codes       []qCode `xml:"Code"`
}

type qText struct {
	GUID       string    `xml:"guid,attr"`
	Name       string    `xml:"name,attr"`
	Path       string    `xml:"plainTextPath,attr"`
	Created    string    `xml:"creationDateTime,attr"`
	Modified   string    `xml:"modifiedDateTime,attr"`
	Desc       string    `xml:"Description"`
	Content    *string   `xml:"PlainTextContent"`
	Selections []qSel    `xml:"PlainTextSelection"`
	Codings    []qCoding `xml:"Coding"`
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

// ReadQDPX reads a REFI-QDA project into bundle data (sources become
// articles, codes tags, coded selections annotations, notes notes).
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
	codeName := map[string]string{}
	var walk func(cs []qCode, parent string)
	walk = func(cs []qCode, parent string) {
		for _, c := range cs {
			n := strings.ReplaceAll(strings.TrimSpace(c.Name), "/", "-")
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
			codeName[strings.ToUpper(strings.Trim(c.GUID, "{}"))] = norm
			t := app.Tag{Meta: meta(c.GUID, "", ""), Name: norm, Description: c.Description}
			if validColor(c.Color) {
				t.Color = strings.ToLower(c.Color)
			}
			b.Tags = append(b.Tags, t)
			walk(c.Codes, norm)
		}
	}
	walk(proj.Codes, "")
	tagsOf := func(cs []qCoding) []string {
		var out []string
		for _, c := range cs {
			if n, ok := codeName[strings.ToUpper(strings.Trim(c.Ref.Target, "{}"))]; ok {
				out = append(out, n)
			}
		}
		return out
	}
	for _, s := range proj.Sources {
		var text string
		switch {
		case s.Content != nil:
			text = *s.Content
		case strings.HasPrefix(s.Path, "internal://"):
			f := files["sources/"+strings.ToLower(strings.TrimPrefix(s.Path, "internal://"))]
			if f == nil {
				return nil, fmt.Errorf("%s: source %q: %s is missing from the project", name, s.Name, s.Path)
			}
			rc, err := g.open(f)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			if !utf8.Valid(data) {
				return nil, fmt.Errorf("%s: source %q is not UTF-8 text", name, s.Name)
			}
			text = strings.TrimPrefix(string(data), "\ufeff")
		default:
			continue // an external file: never read outside the project
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
			an := app.Annotation{Meta: meta(sel.GUID, sel.Created, sel.Modified),
				Target: app.Target{ArticleID: a.ID, Selector: selector, State: anchor.Exact},
				Note:   sel.Desc, Tags: tagsOf(sel.Codings)}
			b.Annotations = append(b.Annotations, an)
		}
	}
	for _, n := range proj.Notes {
		body := ""
		if n.Content != nil {
			body = *n.Content
		}
		title := strings.TrimSpace(n.Name)
		if title == "" {
			title = "Note " + n.GUID
		}
		b.Notes = append(b.Notes, app.Note{Meta: meta(n.GUID, n.Created, n.Modified), Title: title, Body: body, Revision: 1})
	}
	return b, nil
}

// ImportQDPX imports a REFI-QDA project (an app.ArchiveImporter).
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
	rep, err := lib.MergeBundle(ctx, b)
	if err != nil {
		return out, fmt.Errorf("%s: %w", path, err)
	}
	return mergeOutcome(out, b.Origin, rep), nil
}
