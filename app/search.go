package app

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier/app/wikilink"
)

// SearchHelp documents the search syntax for `dossier help search` and the
// app's help.
const SearchHelp = `Searching the library

Words search titles, article text, notes, quotes and people's names; a word
matches its other forms (sanction, sanctions, sanctioned). Documents with more
of the words rank higher; at least one must match.

  +sanctions          the word must be present (the other words are then optional)
  -Dandong            the word must not be present
  "North Korea"       the words next to each other, in this order
  sanc*               words starting with "sanc" (its most common completions)
  Mo*                 one or two letters: in titles and names (in all text if none has them)
  Pyongyang~1         words within 1 edit of "Pyongyang" (~2 for 2 edits)
  summit^3            count this word three times as much in the ranking
  /pyong.*/           a regular expression over single words
  Chung\-in           a backslash makes the next character plain (\" for a quote)

Fields narrow a word or a phrase to one part of a document:

  title:summit        body:talks (also text:)    note:follow-up
  names:Moon          the names of people (and a quote's speaker)

Field terms narrow the results: each must match, and the same field twice
matches either value (speaker:Moon speaker:Lankov):

  speaker:Lankov      quotes by a person: any words of the name in order, the
                      full name (speaker:"Andrei Lankov") or one of the
                      person's aliases
  tag:actor/DPRK      items tagged actor/DPRK or any tag below it
                      (actor/DPRK/army); tag:actor/* for any tag under actor
  type:quote          article, annotation, quote, note, person or tag
  source:Reuters      author:Smith (any one of several authors)
  status:confirmed    article:ID (an article's quotes and highlights)
  date:2021           year:2021         month:2021-06        date:2021-06-01
  date:>2021-06-01    also >=, < and <= with a year, month, day or time

Examples

  +sanctions +"North Korea" -tag:opinion date:>=2021
  speaker:Moon "summit" type:quote
  Pyongyang~1 source:Yonhap

Filters (type, tag, speaker, source) and facet counts narrow the results
further; results can be sorted by relevance, newest or oldest. Field names and
tags are not case-sensitive. A phrase needs its closing quote. A query longer
than 2000 characters is refused.
`

// FacetYear is the year facet ("2021").
const FacetYear = "year"

// ErrIndexStale is returned by Search while the index must be rebuilt.
var ErrIndexStale = errors.New("the search index is out of date; rebuild it (`dossier reindex`)")

// SearchResults is one page of search results.
type SearchResults struct {
	Total  int                     `json:"total"`
	Hits   []SearchHit             `json:"hits"`
	Facets map[string][]FacetCount `json:"facets"`
	Took   time.Duration           `json:"took_ns"`
}

// SearchHit is one result with its highlighted fragments.
type SearchHit struct {
	ID    string  `json:"id"`
	Type  DocType `json:"type"`
	Title string  `json:"title"`
	// ArticleID is the article an article, annotation or quote hit belongs to.
	ArticleID string     `json:"article_id,omitempty"`
	Score     float64    `json:"score"`
	Fragments []Fragment `json:"fragments"`
	// Start and End are the rune span, in the article text, of the first
	// match (an annotation's or quote's own span when the match is in its
	// note); -1 when the hit is not in an article's text.
	Start   int       `json:"start"`
	End     int       `json:"end"`
	Speaker string    `json:"speaker,omitempty"`
	Source  string    `json:"source,omitempty"`
	Date    time.Time `json:"date,omitzero"`
}

// Fragment is a piece of a hit's text with the matches marked.
type Fragment struct {
	Field string   `json:"field"`
	Text  string   `json:"text"`
	Marks [][2]int `json:"marks"` // rune offsets inside Text, end exclusive
	// Start and End are the rune span of the fragment in the field's text
	// (an article's body is Article.Text(); a quote's or highlight's, its
	// own words; a note's, its text without Markdown), and Spans the
	// matches in the same offsets: Text is that span on one line, with
	// "…" where it was cut.
	Start int      `json:"start"`
	End   int      `json:"end"`
	Spans [][2]int `json:"spans"`
}

// Marked returns the fragment's text with every match between open and
// close ("«", "»").
func (f Fragment) Marked(open, close string) string {
	runes := []rune(f.Text)
	var b strings.Builder
	b.Grow(len(f.Text) + len(f.Marks)*(len(open)+len(close)))
	pos := 0
	for _, m := range f.Marks {
		s, e := max(m[0], pos), min(m[1], len(runes))
		if s >= e {
			continue
		}
		b.WriteString(string(runes[pos:s]))
		b.WriteString(open)
		b.WriteString(string(runes[s:e]))
		b.WriteString(close)
		pos = e
	}
	b.WriteString(string(runes[pos:]))
	return b.String()
}

// Fragment sizes, in runes.
const (
	fragmentLen   = 200 // target length of a fragment of a long text
	fragmentLead  = 60  // context before the first match of a fragment
	maxFragments  = 3
	wholeFieldLen = 320 // texts up to this length are shown whole
)

// Search runs a query (Bleve query-string syntax, see SearchHelp) with
// filters, and builds highlighted fragments for each hit from the text in
// the store.
func (l *Library) Search(ctx context.Context, req SearchRequest) (*SearchResults, error) {
	if l.idx == nil {
		return nil, errors.New("search: library has no index")
	}
	if l.stale.Load() {
		return nil, ErrIndexStale
	}
	l.catchUp(ctx)
	res, err := l.idx.Search(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := &SearchResults{Total: int(res.Total), Hits: make([]SearchHit, 0, len(res.Hits)), Facets: res.Facets, Took: res.Took}
	if out.Facets == nil {
		out.Facets = map[string][]FacetCount{}
	}
	writes := l.storeWrites() // before the transactions: see cachedHitDoc
	built := make([]SearchHit, len(res.Hits))
	found := make([]bool, len(res.Hits))
	// build reads hits[from:to] and cuts their fragments.
	build := func(from, to int, m Matcher) error {
		return l.store.View(func(tx Tx) error {
			for i := from; i < to; i++ {
				// A search a newer keystroke replaced stops here too.
				if err := ctx.Err(); err != nil {
					return err
				}
				h := res.Hits[i]
				doc, target, ok, err := l.cachedHitDoc(tx, h.Type, h.ID, writes)
				if err != nil {
					return err
				}
				if !ok {
					continue // deleted since the index was read
				}
				if built[i], err = searchHit(h, doc, target, m); err != nil {
					return err
				}
				found[i] = true
			}
			return nil
		})
	}
	// Reading a page's records and finding its fragments cost as much as
	// the search: a second core takes half of them.
	half := len(res.Hits)
	if len(res.Hits) >= minParallelHits && runtime.GOMAXPROCS(0) > 1 {
		half = len(res.Hits) / 2
	}
	var wg sync.WaitGroup
	var err2 error
	if half < len(res.Hits) {
		m2 := res.Matcher
		if m2 != nil {
			m2 = m2.Clone()
		}
		wg.Go(func() { err2 = build(half, len(res.Hits), m2) })
	}
	err = build(0, half, res.Matcher)
	wg.Wait()
	if err = errors.Join(err, err2); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	for i, ok := range found {
		if ok {
			out.Hits = append(out.Hits, built[i])
		}
	}
	return out, nil
}

// minParallelHits is the fewest hits whose reading is split between two
// goroutines.
const minParallelHits = 8

// catchUp applies pending index jobs before a search, so a change is
// searchable as soon as it is saved. When the indexer is already at work
// (a large import) the search does not wait for it.
func (l *Library) catchUp(ctx context.Context) {
	if !l.syncMu.TryLock() {
		return
	}
	l.syncMu.Unlock()
	if err := l.Sync(ctx); err != nil && ctx.Err() == nil {
		l.log.Warn("search: apply pending index jobs", "err", err)
	}
}

// SearchAsYouType is Search for a query being typed: its last word, when the
// cursor is still on it, is searched as a prefix ("sanc" → "sanc*"), so
// results follow each keystroke.
func (l *Library) SearchAsYouType(ctx context.Context, req SearchRequest) (*SearchResults, error) {
	req.Query = asYouType(req.Query)
	return l.Search(ctx, req)
}

// asYouType appends * to the query's last word unless it ends in white
// space, an open phrase, or the word is already special.
func asYouType(q string) string {
	if q == "" {
		return q
	}
	if strings.Count(q, `"`)%2 == 1 {
		// An open phrase: its last word is not finished yet.
		i := strings.LastIndexByte(q, '"')
		inner := strings.TrimSpace(q[i+1:])
		if j := strings.LastIndexFunc(inner, unicode.IsSpace); j >= 0 && !unicode.IsSpace([]rune(q)[len([]rune(q))-1]) {
			return q[:i+1] + strings.TrimSpace(inner[:j]) + `"`
		}
		if inner != "" && !strings.ContainsFunc(inner, unicode.IsSpace) && !strings.ContainsAny(inner, `*?~^/\`) {
			return q[:i] + inner + "*"
		}
		return q + `"`
	}
	r, _ := utf8.DecodeLastRuneInString(q)
	if unicode.IsSpace(r) {
		return q
	}
	i := strings.LastIndexFunc(q, unicode.IsSpace) + 1
	last := strings.TrimLeft(q[i:], "+-")
	if f, v, ok := strings.Cut(last, ":"); ok {
		switch strings.ToLower(f) {
		case "date", "year", "month", "type":
			return q // whole values, not prefixes
		}
		last = v
	}
	if last == "" || strings.ContainsAny(last, `*?~^/"\<>`) || !unicode.IsLetter([]rune(last)[0]) && !unicode.IsDigit([]rune(last)[0]) {
		return q
	}
	return q + "*"
}

// searchHit builds a hit from the record's current state (doc and target,
// from hitDoc), with fragments around the places m finds.
func searchHit(h IndexHit, doc IndexDoc, target *Target, m Matcher) (SearchHit, error) {
	hit := SearchHit{ID: h.ID, Type: h.Type, Title: doc.Title, Score: h.Score, Start: -1, End: -1,
		Speaker: doc.Speaker, Source: doc.Source, Date: doc.Date, Fragments: []Fragment{}}
	// The matcher analyses the text it is given, so the names can be joined
	// for reading: fragments show "Anja Korsgaard · Prime Minister …".
	texts := map[string]string{FieldTitle: doc.Title, FieldBody: doc.Body, FieldNote: doc.Note,
		FieldNames: strings.Join(doc.Names, namesShown)}
	if h.Type == TypeNote {
		// A note reads without its Markdown: "Open questions Will…", not
		// "## Open questions - Will…". Note hits have no span to jump to.
		texts[FieldBody] = wikilink.PlainText(doc.Body)
	}
	byField := map[string][][2]int{}
	locate := func(f string) [][2]int {
		if m == nil {
			return nil
		}
		spans, done := byField[f]
		if !done {
			spans = m.Locate(f, texts[f])
			byField[f] = spans
		}
		return spans
	}
	for _, f := range []string{FieldBody, FieldNote, FieldNames, FieldTitle} {
		if len(hit.Fragments) >= maxFragments {
			break
		}
		if f == FieldTitle && len(hit.Fragments) > 0 {
			break // the title is shown anyway
		}
		spans := locate(f)
		if len(spans) == 0 {
			continue
		}
		frags := fragments(texts[f], spans, maxFragments-len(hit.Fragments))
		for i := range frags {
			frags[i].Field = f
		}
		hit.Fragments = append(hit.Fragments, frags...)
	}
	// A quote or highlight found by its speaker, tags or article title
	// still shows its own words first: they are what the hit is.
	if (h.Type == TypeQuote || h.Type == TypeAnnotation) && doc.Body != "" && len(locate(FieldBody)) == 0 {
		text, end := opening(doc.Body)
		first := Fragment{Field: FieldBody, Text: text, Marks: [][2]int{}, End: end, Spans: [][2]int{}}
		hit.Fragments = append([]Fragment{first}, hit.Fragments[:min(len(hit.Fragments), maxFragments-1)]...)
	}
	switch h.Type {
	case TypeArticle:
		hit.ArticleID = h.ID
		if b := locate(FieldBody); len(b) > 0 {
			s := utf8.RuneCountInString(doc.Body[:b[0][0]])
			hit.Start, hit.End = s, s+utf8.RuneCountInString(doc.Body[b[0][0]:b[0][1]])
		}
	case TypeAnnotation, TypeQuote:
		hit.ArticleID = doc.Article
		if t := target; t != nil && !t.Orphaned() {
			hit.Start, hit.End = t.Selector.Start, t.Selector.End
			// A match inside the quoted text itself: jump to the word.
			if b := locate(FieldBody); len(b) > 0 && doc.Body == t.Selector.Exact {
				s := t.Selector.Start + utf8.RuneCountInString(doc.Body[:b[0][0]])
				hit.Start, hit.End = s, s+utf8.RuneCountInString(doc.Body[b[0][0]:b[0][1]])
			}
		}
	}
	return hit, nil
}

// hitDoc is what a search hit shows of a record: the fields of its search
// document (buildDoc) and, for a quote or highlight, its target. A quote's
// or highlight's article is read from its list record (title, source,
// date), a few dozen bytes, not the whole article buildDoc decodes.
func hitDoc(tx Tx, typ DocType, id string) (doc IndexDoc, target *Target, ok bool, err error) {
	switch typ {
	case TypeQuote:
		var q Quote
		if err := tx.Get(BucketQuotes, id, &q); err != nil {
			if errors.Is(err, ErrNotFound) {
				err = nil
			}
			return doc, nil, false, err
		}
		a := hitArticle(tx, q.ArticleID)
		names := speakerNames(tx, &q)
		doc = IndexDoc{ID: q.ID, Type: TypeQuote, Title: a.Title, Body: q.Text, Note: q.Note,
			Names: names, Speaker: q.Speaker, Source: a.Source, Article: q.ArticleID, Date: a.Published}
		return doc, &q.Target, true, nil
	case TypeAnnotation:
		var an Annotation
		if err := tx.Get(BucketAnnotations, id, &an); err != nil {
			if errors.Is(err, ErrNotFound) {
				err = nil
			}
			return doc, nil, false, err
		}
		a := hitArticle(tx, an.ArticleID)
		doc = IndexDoc{ID: an.ID, Type: TypeAnnotation, Title: a.Title, Body: an.Selector.Exact,
			Note: an.Note, Source: a.Source, Article: an.ArticleID, Date: a.Published}
		return doc, &an.Target, true, nil
	case TypeArticle:
		// buildDoc's document without its fingerprint (a hash of the
		// whole text), which a hit does not show.
		var a Article
		if err := tx.Get(BucketArticles, id, &a); err != nil {
			if errors.Is(err, ErrNotFound) {
				err = nil
			}
			return doc, nil, false, err
		}
		return articleDoc(&a), nil, true, nil
	}
	doc, ok, err = buildDoc(tx, typ, id)
	return doc, nil, ok, err
}

// hitArticle is the list record of an article (zero when it is gone), or
// what the article says when it has none.
func hitArticle(tx Tx, id string) articleListRecord {
	var r articleListRecord
	if tx.Get(BucketArticleList, id, &r) == nil {
		return r
	}
	var a Article
	if tx.Get(BucketArticles, id, &a) == nil {
		r = listRecordOf(&a)
	}
	return r
}

// opening returns text whole when short, else its first fragment's worth
// of words, with the rune offset where it ends.
func opening(text string) (string, int) {
	runes := []rune(text)
	if len(runes) <= wholeFieldLen {
		s, _ := flatten(runes, nil)
		return s, len(runes)
	}
	end := wordEnd(runes, fragmentLen)
	s, _ := flatten(runes[:end], nil)
	return s + "…", end
}

// namesShown separates a person's names in a fragment.
const namesShown = " · "

// fragments cuts up to n fragments of text around the matches (byte spans,
// sorted), preferring the windows with the most distinct matched words.
func fragments(text string, spans [][2]int, n int) []Fragment {
	if len(spans) > 1000 {
		spans = spans[:1000]
	}
	// Byte offsets → rune offsets, in one pass.
	runes := []rune(text)
	marks := make([][2]int, 0, len(spans))
	bi, ri := 0, 0
	toRune := func(b int) int {
		for bi < b && bi < len(text) {
			_, w := utf8.DecodeRuneInString(text[bi:])
			bi += w
			ri++
		}
		return ri
	}
	for _, s := range spans {
		if s[0] < bi {
			// overlapping or out of order; recount from the start
			bi, ri = 0, 0
		}
		a := toRune(s[0])
		b := toRune(s[1])
		marks = append(marks, [2]int{a, b})
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i][0] < marks[j][0] })
	if len(runes) <= wholeFieldLen {
		merged := mergeMarks(marks)
		text, moved := flatten(runes, merged)
		return []Fragment{{Text: text, Marks: moved, Start: 0, End: len(runes), Spans: slices.Clone(merged)}}
	}
	used := make([]bool, len(marks))
	var out []Fragment
	var starts []int
	type window struct{ start, end, score int }
	for len(out) < n {
		best := window{score: -1}
		for i, m := range marks {
			if used[i] {
				continue
			}
			start := max(0, m[0]-fragmentLead)
			end := min(len(runes), start+fragmentLen)
			distinct := map[string]bool{}
			for j := i; j < len(marks) && marks[j][1] <= end; j++ {
				if !used[j] {
					distinct[strings.ToLower(string(runes[marks[j][0]:marks[j][1]]))] = true
				}
			}
			if len(distinct) > best.score {
				best = window{start, end, len(distinct)}
			}
		}
		if best.score < 0 {
			break
		}
		start, end := wordStart(runes, best.start), wordEnd(runes, best.end)
		var fm [][2]int
		for i, m := range marks {
			if !used[i] && m[0] >= start && m[1] <= end {
				used[i] = true
				fm = append(fm, m)
			}
		}
		if len(fm) == 0 {
			break
		}
		fm = mergeMarks(fm)
		inField := slices.Clone(fm)
		for i := range fm {
			fm[i][0] -= start
			fm[i][1] -= start
		}
		text, moved := flatten(runes[start:end], fm)
		if start > 0 {
			text = "…" + text
			for i := range moved {
				moved[i][0]++
				moved[i][1]++
			}
		}
		if end < len(runes) {
			text += "…"
		}
		out = append(out, Fragment{Text: text, Marks: moved, Start: start, End: end, Spans: inField})
		starts = append(starts, start)
	}
	// Fragments in text order read better than by score.
	sort.Sort(byStart{out, starts})
	return out
}

type byStart struct {
	f []Fragment
	s []int
}

func (b byStart) Len() int           { return len(b.f) }
func (b byStart) Less(i, j int) bool { return b.s[i] < b.s[j] }
func (b byStart) Swap(i, j int) {
	b.f[i], b.f[j] = b.f[j], b.f[i]
	b.s[i], b.s[j] = b.s[j], b.s[i]
}

// flatten puts text on one line: a run of white space holding a line
// break (a paragraph break) becomes one space, a tab a space. marks (rune
// offsets into r, sorted) are moved to match and returned.
func flatten(r []rune, marks [][2]int) (string, [][2]int) {
	out := make([]rune, 0, len(r))
	at := make([]int, len(r)+1) // rune offset in r → offset in out
	for i := 0; i < len(r); {
		at[i] = len(out)
		c := r[i]
		if c == '\n' || c == '\r' {
			j := i
			for j < len(r) && unicode.IsSpace(r[j]) {
				at[j] = len(out)
				j++
			}
			if len(out) > 0 && out[len(out)-1] != ' ' {
				out = append(out, ' ')
			}
			i = j
			continue
		}
		if c == '\t' {
			c = ' '
		}
		out = append(out, c)
		i++
	}
	at[len(r)] = len(out)
	moved := make([][2]int, 0, len(marks))
	for _, m := range marks {
		if a, b := at[m[0]], at[m[1]]; a < b {
			moved = append(moved, [2]int{a, b})
		}
	}
	return string(out), moved
}

// wordStart moves i back to the start of a word (at most 20 runes).
func wordStart(r []rune, i int) int {
	for k := 0; k < 20 && i > 0 && !unicode.IsSpace(r[i-1]); k++ {
		i--
	}
	for i < len(r) && unicode.IsSpace(r[i]) {
		i++
	}
	return i
}

// wordEnd moves i forward to the end of a word (at most 20 runes).
func wordEnd(r []rune, i int) int {
	for k := 0; k < 20 && i < len(r) && !unicode.IsSpace(r[i]); k++ {
		i++
	}
	for i > 0 && unicode.IsSpace(r[i-1]) {
		i--
	}
	return i
}

// mergeMarks sorts marks and joins overlapping ones.
func mergeMarks(m [][2]int) [][2]int {
	if len(m) == 0 {
		return [][2]int{}
	}
	sort.Slice(m, func(i, j int) bool { return m[i][0] < m[j][0] })
	out := [][2]int{m[0]}
	for _, x := range m[1:] {
		last := &out[len(out)-1]
		if x[0] <= last[1] {
			last[1] = max(last[1], x[1])
			continue
		}
		out = append(out, x)
	}
	return out
}

// SearchArticle finds a query's words and "phrases" in one article's text,
// ignoring case (find in page): it returns the matches as rune spans of
// Article.Text(), in order. No index is needed.
func (l *Library) SearchArticle(articleID, query string) ([][2]int, error) {
	a, err := l.Article(articleID)
	if err != nil {
		return nil, err
	}
	return FindInText(a.Text(), query), nil
}

// maxFindMatches bounds the matches FindInText returns.
const maxFindMatches = 10000

// FindInText returns the rune spans of text matching the query's words and
// "phrases", ignoring case, typographic quote style and runs of white space.
// Overlapping matches are merged.
func FindInText(text, query string) [][2]int {
	terms := findTerms(query)
	if len(terms) == 0 {
		return [][2]int{}
	}
	hay := []rune(text)
	for i, r := range hay {
		hay[i] = foldRune(r)
	}
	var spans [][2]int
	for _, t := range terms {
		for i := 0; i < len(hay) && len(spans) < maxFindMatches; i++ {
			if end, ok := matchAt(hay, i, t); ok {
				spans = append(spans, [2]int{i, end})
			}
		}
	}
	return mergeMarks(spans)
}

// findTerms splits a find query into folded words and phrases.
func findTerms(q string) [][]rune {
	var out [][]rune
	for len(q) > 0 {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if q == "" {
			break
		}
		var t string
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				t, q = q[1:], ""
			} else {
				t, q = q[1:1+end], q[2+end:]
			}
		} else {
			end := strings.IndexFunc(q, unicode.IsSpace)
			if end < 0 {
				end = len(q)
			}
			t, q = q[:end], q[end:]
		}
		t = strings.Join(strings.Fields(t), " ")
		if t == "" {
			continue
		}
		r := []rune(t)
		for i := range r {
			r[i] = foldRune(r[i])
		}
		out = append(out, r)
		if len(out) == 32 {
			break
		}
	}
	return out
}

// matchAt reports whether term matches hay at i, a space in the term
// matching any run of white space.
func matchAt(hay []rune, i int, term []rune) (int, bool) {
	j := i
	for _, c := range term {
		if j >= len(hay) {
			return 0, false
		}
		if c == ' ' {
			if !unicode.IsSpace(hay[j]) {
				return 0, false
			}
			for j < len(hay) && unicode.IsSpace(hay[j]) {
				j++
			}
			continue
		}
		if hay[j] != c {
			return 0, false
		}
		j++
	}
	return j, true
}

// foldRune maps a rune to its case- and quote-style-insensitive form, one
// rune for one so offsets stay put.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', 'ʼ':
		return '\''
	case '“', '”', '„', '«', '»':
		return '"'
	case '–', '—':
		return '-'
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return unicode.ToLower(r)
}
