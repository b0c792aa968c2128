package index

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search/query"

	"dossier/app"
)

// ErrBadQuery is returned (wrapped, with the reason) for a query that cannot
// be read.
var ErrBadQuery = errors.New("invalid search query")

// Limits that keep any query's cost bounded.
const (
	// MaxQueryLen is the longest query accepted, in characters.
	MaxQueryLen = 2000
	// maxClauses is the most words, phrases and field terms in one query.
	maxClauses = 64
	// maxPrefixTerms is how many completions of a prefix are searched (the
	// most frequent ones).
	maxPrefixTerms = 64
	// maxPrefixWalk bounds the term-dictionary walk of a prefix.
	maxPrefixWalk = 50000
	// maxFuzziness is Bleve's largest edit distance.
	maxFuzziness = 2
)

type occur int

const (
	should occur = iota
	must
	mustNot
)

// clause is one part of a query string: +must, -not, field:value, a
// "phrase", prefix*, wild?card, /regexp/, fuzzy~N, with an optional ^boost.
type clause struct {
	occur    occur
	field    string // user field name ("" for the text fields)
	op       string // "", ">", ">=", "<", "<="
	value    string
	phrase   bool
	prefix   bool // value ends with * and has no other wildcard
	wildcard bool
	regexp   bool
	fuzzy    int // -1: not fuzzy
	boost    float64
	wide     bool // a short prefix searched in every text field, not only shortPrefixFields
}

// fieldKind says how a user field is searched.
type fieldKind int

const (
	kindText fieldKind = iota
	kindKeyword
	kindType
	kindDate
)

type fieldDef struct {
	name string // index field
	kind fieldKind
}

// queryFields maps the field names a user may type to index fields.
var queryFields = map[string]fieldDef{
	"title":   {fTitle, kindText},
	"body":    {fBody, kindText},
	"text":    {fBody, kindText},
	"note":    {fNote, kindText},
	"names":   {fNames, kindText},
	"name":    {fNames, kindText},
	"tag":     {fTag, kindKeyword},
	"tags":    {fTag, kindKeyword},
	"speaker": {fSpeaker, kindKeyword},
	"by":      {fSpeaker, kindKeyword},
	"source":  {fSource, kindKeyword},
	"author":  {fAuthor, kindKeyword},
	"status":  {fStatus, kindKeyword},
	"article": {fArticle, kindKeyword},
	"type":    {fType, kindType},
	"date":    {fDate, kindDate},
	"year":    {fYear, kindDate},
	"month":   {fMonth, kindDate},
}

// QueryFields lists the field names a query may use, for help and errors.
func QueryFields() []string {
	out := make([]string, 0, len(queryFields))
	for k := range queryFields {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// parseQuery reads a query in the Bleve query-string syntax. Empty field
// values (a half-typed "tag:") are skipped rather than refused, so a query
// typed key by key is always searchable.
func parseQuery(s string) ([]clause, error) {
	if n := utf8.RuneCountInString(s); n > MaxQueryLen {
		return nil, fmt.Errorf("%w: %d characters; the limit is %d", ErrBadQuery, n, MaxQueryLen)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	var out []clause
	i := 0
	for {
		for i < len(s) && isSpace(s[i:]) {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
		if i >= len(s) {
			break
		}
		c := clause{fuzzy: -1}
		switch s[i] {
		case '+':
			c.occur = must
			i++
		case '-':
			c.occur = mustNot
			i++
		}
		if i >= len(s) || isSpace(s[i:]) {
			continue // a lone + or -
		}
		// field:
		j := i
		for j < len(s) && (isASCIILetter(s[j]) || s[j] == '_') {
			j++
		}
		if j > i && j < len(s) && s[j] == ':' {
			name := strings.ToLower(s[i:j])
			if _, ok := queryFields[name]; !ok {
				return nil, fmt.Errorf("%w: unknown field %q (fields: %s)", ErrBadQuery, s[i:j], strings.Join(QueryFields(), ", "))
			}
			c.field = name
			i = j + 1
			for _, op := range []string{">=", "<=", ">", "<"} {
				if strings.HasPrefix(s[i:], op) {
					c.op = op
					i += len(op)
					break
				}
			}
		}
		if i < len(s) && s[i] == '"' {
			// "a phrase" (as you type, SearchAsYouType closes an open one)
			open := i
			i++
			var b strings.Builder
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				b.WriteByte(s[i])
				i++
			}
			if i >= len(s) {
				return nil, fmt.Errorf("%w: the phrase %s has no closing quote", ErrBadQuery, shortQuote(s[open:]))
			}
			i++ // closing quote
			c.value, c.phrase = b.String(), true
			// an optional ^boost right after the phrase
			if i < len(s) && s[i] == '^' {
				j := i + 1
				for j < len(s) && !isSpace(s[j:]) {
					j++
				}
				if f, err := strconv.ParseFloat(s[i+1:j], 64); err == nil && f > 0 && f < 1e6 {
					c.boost = f
				}
				i = j
			}
		} else {
			var b strings.Builder
			var wild, prefixOnly bool
			prefixOnly = true
			start := i
			for i < len(s) && !isSpace(s[i:]) {
				ch := s[i]
				if ch == '\\' && i+1 < len(s) {
					_, w := utf8.DecodeRuneInString(s[i+1:])
					b.WriteString(s[i+1 : i+1+w])
					i += 1 + w
					continue
				}
				if ch == '*' || ch == '?' {
					wild = true
					if ch == '?' || i+1 < len(s) && !isSpace(s[i+1:]) && s[i+1] != '^' {
						prefixOnly = false
					}
				}
				b.WriteByte(ch)
				i++
			}
			raw := s[start:i]
			v := b.String()
			// ^boost and ~fuzziness suffixes (unescaped)
			if k := strings.LastIndexByte(v, '^'); k > 0 && !strings.HasSuffix(raw, `\^`+v[k+1:]) {
				if f, err := strconv.ParseFloat(v[k+1:], 64); err == nil && f > 0 && f < 1e6 {
					c.boost, v = f, v[:k]
				}
			}
			if k := strings.LastIndexByte(v, '~'); k > 0 && !strings.Contains(raw, `\~`) {
				n := v[k+1:]
				f := 1
				if n != "" {
					x, err := strconv.Atoi(n)
					if err != nil || x < 0 {
						return nil, fmt.Errorf("%w: fuzziness in %q must be 0, 1 or 2", ErrBadQuery, raw)
					}
					f = min(x, maxFuzziness)
				}
				c.fuzzy, v = f, v[:k]
			}
			switch {
			case len(v) >= 2 && v[0] == '/' && v[len(v)-1] == '/' && !strings.HasPrefix(raw, `\/`):
				c.regexp, v = true, v[1:len(v)-1]
			case wild && prefixOnly && strings.HasSuffix(v, "*") && strings.Count(v, "*") == 1:
				c.prefix, v = true, strings.TrimSuffix(v, "*")
			case wild:
				c.wildcard = true
			}
			c.value = v
		}
		if strings.TrimSpace(c.value) == "" || c.value == "*" && c.field == "" {
			continue
		}
		if c.fuzzy >= 0 && (c.prefix || c.wildcard || c.regexp) {
			c.fuzzy = -1
		}
		if len(out) == maxClauses {
			return nil, fmt.Errorf("%w: more than %d terms", ErrBadQuery, maxClauses)
		}
		out = append(out, c)
	}
	return out, nil
}

// shortQuote is the start of s for an error message.
func shortQuote(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return s
}

func isSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// buildQuery turns parsed clauses into a Bleve query with Bleve's
// query-string semantics: +terms must match, -terms must not, and of the
// others at least one must match when nothing is required. Words without a
// field search the text fields (title, body, note, names) as a disjunction.
// It returns nil for a query with no clauses.
func buildQuery(clauses []clause) (query.Query, error) {
	var mustQ, shouldQ, notQ []query.Query
	// Field terms that filter (speaker:, tag:, type:, date: …) narrow the
	// query rather than widen it: each field must match, and a field given
	// twice matches either value (speaker:Moon speaker:Lankov).
	var filterFields []string
	filters := map[string][]query.Query{}
	explicit := 0 // +terms
	for _, c := range clauses {
		q, err := clauseQuery(c)
		if err != nil {
			return nil, err
		}
		switch {
		case c.occur == must:
			if c.field == "" || queryFields[c.field].kind == kindText {
				explicit++
			}
			mustQ = append(mustQ, q)
		case c.occur == mustNot:
			notQ = append(notQ, q)
		case c.field != "" && queryFields[c.field].kind != kindText:
			name := queryFields[c.field].name
			if _, ok := filters[name]; !ok {
				filterFields = append(filterFields, name)
			}
			filters[name] = append(filters[name], q)
		default:
			shouldQ = append(shouldQ, q)
		}
	}
	for _, f := range filterFields {
		if qs := filters[f]; len(qs) == 1 {
			mustQ = append(mustQ, qs[0])
		} else {
			mustQ = append(mustQ, query.NewDisjunctionQuery(qs))
		}
	}
	if len(mustQ)+len(shouldQ)+len(notQ) == 0 {
		return nil, nil
	}
	if len(notQ) == 0 && len(mustQ) == 0 && len(shouldQ) == 1 {
		return shouldQ[0], nil
	}
	if len(notQ) == 0 && len(shouldQ) == 0 && len(mustQ) == 1 {
		return mustQ[0], nil
	}
	if len(mustQ)+len(shouldQ) == 0 {
		mustQ = []query.Query{allDocs()}
	}
	b := query.NewBooleanQuery(mustQ, shouldQ, notQ)
	if explicit == 0 && len(shouldQ) > 0 {
		// Without +terms at least one word must match, field terms or not.
		b.SetMinShould(1)
	}
	return b, nil
}

// allDocs matches every search document (and none of the synonym
// definitions kept in the same index).
func allDocs() query.Query {
	qs := make([]query.Query, 0, len(docTypes))
	for _, t := range docTypes {
		tq := query.NewTermQuery(string(t))
		tq.SetField(fType)
		qs = append(qs, tq)
	}
	return query.NewDisjunctionQuery(qs)
}

func clauseQuery(c clause) (query.Query, error) {
	def := fieldDef{kind: kindText}
	if c.field != "" {
		def = queryFields[c.field]
	}
	if c.op != "" && def.kind != kindDate {
		return nil, fmt.Errorf("%w: %s%s works only with date, year and month", ErrBadQuery, c.field+":", c.op)
	}
	var q query.Query
	var err error
	switch def.kind {
	case kindText:
		fields := textFields
		switch {
		case c.field != "":
			fields = []string{def.name}
		case isShortPrefix(c) && !c.wide:
			fields = shortPrefixFields
		}
		if c.prefix {
			// One searcher for every field's completions (prefix.go).
			q = newPrefixQuery(fields, c.value)
			break
		}
		if !c.phrase && !c.wildcard && !c.regexp {
			// One searcher for the word in every field (word.go).
			q = newWordQuery(fields, c.value, max(c.fuzzy, 0))
			break
		}
		qs := make([]query.Query, 0, len(fields))
		for _, f := range fields {
			qs = append(qs, textQuery(c, f))
		}
		if len(qs) == 1 {
			q = qs[0]
		} else {
			q = query.NewDisjunctionQuery(qs)
		}
	case kindKeyword:
		q = keywordQuery(c, def.name)
	case kindType:
		q, err = typeQuery(c)
	case kindDate:
		q, err = dateQuery(c, def.name)
	}
	if err != nil {
		return nil, err
	}
	if c.boost > 0 {
		if bq, ok := q.(query.BoostableQuery); ok {
			bq.SetBoost(c.boost)
		}
	}
	return q, nil
}

// textQuery is a phrase, wildcard or regular expression in one field
// (words and prefixes have searchers of their own for all the fields).
func textQuery(c clause, field string) query.Query {
	switch {
	case c.phrase:
		// Searched without asking for locations: the matcher finds them in
		// the page's text, instead of Bleve for every matching document.
		return newPhraseQuery(field, c.value)
	case c.wildcard:
		q := query.NewWildcardQuery(strings.ToLower(c.value))
		q.SetField(field)
		return q
	}
	q := query.NewRegexpQuery(strings.ToLower(c.value))
	q.SetField(field)
	return q
}

// maxShortPrefix is the longest prefix searched in shortPrefixFields only.
// The completions of one or two letters are the commonest words, in nearly
// every body: scoring them over every text cost as-you-type three times a
// term query (the first keystrokes of every search). In titles and names
// such a prefix is still a useful filter, at a fraction of the cost; from
// the third letter on a prefix is searched in every text field.
const maxShortPrefix = 2

// shortPrefixFields are the text fields a short prefix is searched in.
var shortPrefixFields = []string{fTitle, fNames}

// isShortPrefix reports a prefix clause on every text field that
// shortPrefixFields may take instead.
func isShortPrefix(c clause) bool {
	return c.prefix && c.field == "" && utf8.RuneCountInString(c.value) <= maxShortPrefix
}

// widenShortPrefixes marks the short prefixes of clauses to be searched in
// every text field, and reports whether there were any.
func widenShortPrefixes(clauses []clause) bool {
	any := false
	for i := range clauses {
		if isShortPrefix(clauses[i]) && !clauses[i].wide {
			clauses[i].wide = true
			any = true
		}
	}
	return any
}

// nameFields hold names, indexed by nameTerms.
var nameFields = map[string]bool{fSpeaker: true, fSource: true, fAuthor: true}

func keywordQuery(c clause, field string) query.Query {
	v := strings.ToLower(strings.Join(strings.Fields(c.value), " "))
	switch {
	case c.prefix:
		q := query.NewPrefixQuery(v)
		q.SetField(field)
		return q
	case c.wildcard:
		q := query.NewWildcardQuery(v)
		q.SetField(field)
		return q
	case c.regexp:
		q := query.NewRegexpQuery(v)
		q.SetField(field)
		return q
	}
	if nameFields[field] {
		v = nameQuery(c.value)
	}
	// A match query so the field's analyser (and the people synonyms on
	// speaker) apply.
	q := query.NewMatchQuery(v)
	q.SetField(field)
	if c.fuzzy > 0 {
		q.SetFuzziness(c.fuzzy)
	}
	return q
}

func typeQuery(c clause) (query.Query, error) {
	v := strings.ToLower(strings.TrimSpace(c.value))
	if c.prefix {
		q := query.NewPrefixQuery(v)
		q.SetField(fType)
		return q, nil
	}
	for _, t := range docTypes {
		if v == string(t) || v == string(t)+"s" {
			q := query.NewTermQuery(string(t))
			q.SetField(fType)
			return q, nil
		}
	}
	names := make([]string, len(docTypes))
	for i, t := range docTypes {
		names[i] = string(t)
	}
	return nil, fmt.Errorf("%w: unknown type %q (types: %s)", ErrBadQuery, c.value, strings.Join(names, ", "))
}

// dateQuery handles date:, year: and month: with a year (2021), a month
// (2021-06), a day (2021-06-01) or a time, alone (that period) or after
// >, >=, < or <=.
func dateQuery(c clause, field string) (query.Query, error) {
	v := strings.TrimSpace(c.value)
	var t time.Time
	unit := ""
	for _, l := range dateLayouts {
		if p, err := time.Parse(l.layout, v); err == nil {
			t, unit = p.UTC(), l.unit
			break
		}
	}
	if unit == "" {
		return nil, fmt.Errorf("%w: cannot read the date %q in %s: (use 2021, 2021-06 or 2021-06-01)", ErrBadQuery, v, c.field)
	}
	end := periodEnd(t, unit)
	if c.op == "" {
		switch unit {
		case "year":
			q := query.NewTermQuery(t.Format("2006"))
			q.SetField(fYear)
			return q, nil
		case "month":
			q := query.NewTermQuery(t.Format("2006-01"))
			q.SetField(fMonth)
			return q, nil
		}
		return dateRange(t, end), nil
	}
	switch c.op {
	case ">":
		return dateRange(end, time.Time{}), nil
	case ">=":
		return dateRange(t, time.Time{}), nil
	case "<":
		return dateRange(time.Time{}, t), nil
	default: // "<="
		return dateRange(time.Time{}, end), nil
	}
}

func periodEnd(t time.Time, unit string) time.Time {
	switch unit {
	case "year":
		return t.AddDate(1, 0, 0)
	case "month":
		return t.AddDate(0, 1, 0)
	case "day":
		return t.AddDate(0, 0, 1)
	case "minute":
		return t.Add(time.Minute)
	}
	return t.Add(time.Second)
}

// dateRange matches dates in [start, end); a zero bound is open. The date
// fields are keywords (mapping.go), so the range is cut into term ranges, as
// few as the calendar allows: the part of a partial first and last day on
// the full date, then whole days up to a month boundary, whole months up to
// a year boundary, whole years, and the months and days after the last
// year boundary. Each term range then walks few terms, whatever the span.
func dateRange(start, end time.Time) query.Query {
	lo, hi := start.UTC(), end.UTC()
	if !hi.IsZero() && hi.Year() > 9999 {
		hi = time.Time{} // beyond every date the index holds
	}
	if !lo.IsZero() && lo.Year() > 9999 {
		return query.NewMatchNoneQuery()
	}
	if !lo.IsZero() && !hi.IsZero() && !lo.Before(hi) {
		return query.NewMatchNoneQuery()
	}
	var parts []query.Query
	add := func(field, layout string, from, to time.Time) {
		min, max := "", ""
		if !from.IsZero() {
			min = from.Format(layout)
		}
		if !to.IsZero() {
			max = to.Format(layout)
		}
		if min == "" && max == "" {
			min = "0" // every date: all terms sort after "0"
		}
		yes, no := true, false
		q := query.NewTermRangeInclusiveQuery(min, max, &yes, &no)
		q.SetField(field)
		parts = append(parts, q)
	}
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	month := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
	year := func(t time.Time) time.Time { return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC) }
	// before says whether a < b, a zero b standing for the open end.
	before := func(a, b time.Time) bool { return b.IsZero() || a.Before(b) }
	// earliest is the earlier of a and b, a zero b standing for the open end.
	earliest := func(a, b time.Time) time.Time {
		if b.IsZero() || a.Before(b) {
			return a
		}
		return b
	}

	// Partial days, on the full date.
	if !lo.IsZero() && !lo.Equal(day(lo)) {
		next := day(lo).AddDate(0, 0, 1)
		add(fDate, layoutStamp, lo, earliest(next, hi))
		if !before(next, hi) {
			return parts[0]
		}
		lo = next
	}
	if !hi.IsZero() && !hi.Equal(day(hi)) {
		d := day(hi)
		add(fDate, layoutStamp, d, hi)
		hi = d
		if !lo.IsZero() && !lo.Before(hi) {
			return disjunction(parts)
		}
	}
	// Whole days from lo (midnight, or open) to hi (midnight, or open).
	cur := lo
	if !cur.IsZero() {
		if cur.Day() != 1 {
			e := earliest(month(cur).AddDate(0, 1, 0), hi)
			add(fDay, layoutDay, cur, e)
			cur = e
		}
		if before(cur, hi) && cur.Month() != 1 {
			e := earliest(year(cur).AddDate(1, 0, 0), hi)
			if !hi.IsZero() {
				e = earliest(e, month(hi))
			}
			if cur.Before(e) {
				add(fMonth, layoutMonth, cur, e)
				cur = e
			}
		}
	}
	if hi.IsZero() {
		if cur.IsZero() {
			add(fDate, layoutStamp, cur, hi) // every date
		} else {
			add(fYear, layoutYear, cur, hi) // cur is a year's first day here
		}
		return disjunction(parts)
	}
	if e := year(hi); cur.IsZero() || cur.Before(e) {
		add(fYear, layoutYear, cur, e)
		cur = e
	}
	if e := month(hi); cur.Before(e) {
		add(fMonth, layoutMonth, cur, e)
		cur = e
	}
	if cur.Before(hi) {
		add(fDay, layoutDay, cur, hi)
	}
	return disjunction(parts)
}

func disjunction(parts []query.Query) query.Query {
	switch len(parts) {
	case 0:
		return query.NewMatchNoneQuery()
	case 1:
		return parts[0]
	}
	return query.NewDisjunctionQuery(parts)
}

// filterQuery builds the request's filters: every tag, any of the types,
// speakers and sources, the article.
func filterQuery(req app.SearchRequest) []query.Query {
	var out []query.Query
	anyOf := func(values []string, fn func(string) query.Query) {
		var qs []query.Query
		for _, v := range values {
			if v = strings.TrimSpace(v); v != "" {
				qs = append(qs, fn(v))
			}
		}
		switch len(qs) {
		case 0:
		case 1:
			out = append(out, qs[0])
		default:
			out = append(out, query.NewDisjunctionQuery(qs))
		}
	}
	match := func(field string) func(string) query.Query {
		return func(v string) query.Query {
			v = strings.ToLower(strings.Join(strings.Fields(v), " "))
			if nameFields[field] {
				v = nameQuery(v)
			}
			q := query.NewMatchQuery(v)
			q.SetField(field)
			return q
		}
	}
	types := make([]string, len(req.Types))
	for i, t := range req.Types {
		types[i] = string(t)
	}
	anyOf(types, func(v string) query.Query {
		q := query.NewTermQuery(strings.ToLower(v))
		q.SetField(fType)
		return q
	})
	for _, t := range req.Tags {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, match(fTag)(t))
		}
	}
	anyOf(req.Speakers, match(fSpeaker))
	anyOf(req.Sources, match(fSource))
	if a := strings.TrimSpace(req.Article); a != "" {
		out = append(out, match(fArticle)(a))
	}
	return out
}
