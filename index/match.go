package index

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	bleveunicode "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"dossier/app"
)

// The index keeps no term positions, so the places a query matched are
// found again at query time in the text the app reads from its store: a
// matcher runs the index's own analysis over a hit's text and reports the
// words whose indexed terms the query asked for. It only has to read the
// page of hits shown, not every matching document.

// maxSpans bounds the spans one Locate returns: fragments need a few.
const maxSpans = 200

// stemCut is the most bytes the English stemmer takes off a word (with a
// possessive): "-izations" → "-ize" and the like, with room to spare.
const stemCut = 8

// matchKind is how a query word is compared with a text's terms.
type matchKind int

const (
	matchTerm matchKind = iota
	matchPrefix
	matchFuzzy
	matchPattern // wildcard or regexp
)

// termMatcher is one positive word of a query.
type termMatcher struct {
	fields []string // text fields it applies to
	kind   matchKind
	term   string // analysed term (matchTerm, matchFuzzy) or lower-cased prefix
	fuzzy  int
	re     *regexp.Regexp
	seen   map[string]bool // fuzzy and pattern verdicts by term: words repeat
}

// phraseMatcher is one positive phrase of a query, as analysed terms.
type phraseMatcher struct {
	fields []string
	terms  []string
}

// matcher implements app.Matcher for one search. It is not safe for
// concurrent use: it remembers the terms of the words it has analysed.
type matcher struct {
	an      analysis.Analyzer
	tok     analysis.Tokenizer
	terms   []termMatcher
	phrases []phraseMatcher
	// firsts holds the first letter of every exact and prefix term; while
	// only such terms are sought, a word starting otherwise is skipped
	// without analysis (an English stem keeps the word's first letter).
	firsts   []rune
	anyFirst bool
	// While only exact, prefix and fuzzy terms are sought, a word shorter
	// than minLen bytes cannot match; maxLen (0: none) bounds it above for
	// exact and fuzzy terms (an English stem is at most a few letters
	// shorter than its word).
	minLen, maxLen int
	memo           map[string]string // word as written → its term ("" for a stop word)
	shared         *wordTerms        // the index's memory of the same, across searches
}

var _ app.Matcher = (*matcher)(nil)

// newMatcher builds the matcher of a query's positive text clauses; nil
// when there are none. Words are analysed by shared.
func newMatcher(clauses []clause, shared *wordTerms) *matcher {
	m := &matcher{an: shared.an, tok: bleveunicode.NewUnicodeTokenizer(), memo: map[string]string{}, shared: shared}
	for _, c := range clauses {
		if c.occur == mustNot {
			continue
		}
		fields := textFields
		if c.field != "" {
			def := queryFields[c.field]
			if def.kind != kindText {
				continue
			}
			fields = []string{def.name}
		}
		switch {
		case c.phrase:
			terms := m.analyse(c.value)
			if len(terms) > 1 {
				m.phrases = append(m.phrases, phraseMatcher{fields: fields, terms: terms})
				if r, _ := utf8.DecodeRuneInString(terms[0]); !slices.Contains(m.firsts, r) {
					m.firsts = append(m.firsts, r)
				}
				continue
			}
			for _, t := range terms {
				m.addTerm(termMatcher{fields: fields, kind: matchTerm, term: t})
			}
		case c.prefix:
			m.addTerm(termMatcher{fields: fields, kind: matchPrefix, term: strings.ToLower(c.value)})
			// "sanctions*" also finds the stem the index holds ("sanction").
			for _, t := range m.analyse(c.value) {
				m.addTerm(termMatcher{fields: fields, kind: matchTerm, term: t})
			}
		case c.wildcard || c.regexp:
			pat := strings.ToLower(c.value)
			if c.wildcard {
				pat = wildcardPattern(pat)
			}
			re, err := regexp.Compile("^(?:" + pat + ")$")
			if err != nil {
				continue // Bleve refuses it too
			}
			m.addTerm(termMatcher{fields: fields, kind: matchPattern, re: re})
		default:
			kind := matchTerm
			if c.fuzzy > 0 {
				kind = matchFuzzy
			}
			for _, t := range m.analyse(c.value) {
				m.addTerm(termMatcher{fields: fields, kind: kind, term: t, fuzzy: c.fuzzy})
			}
		}
	}
	if len(m.terms) == 0 && len(m.phrases) == 0 {
		return nil
	}
	m.setLengths()
	return m
}

// setLengths sets the bounds on the length of a word that can match.
func (m *matcher) setLengths() {
	m.minLen, m.maxLen = math.MaxInt, 0
	for _, t := range m.terms {
		switch t.kind {
		case matchPattern:
			m.minLen, m.maxLen = 0, -1
			return
		case matchPrefix:
			m.maxLen = -1
		}
		f := max(t.fuzzy, 0)
		m.minLen = min(m.minLen, len(t.term)-f)
		if m.maxLen >= 0 {
			m.maxLen = max(m.maxLen, len(t.term)+f*utf8.UTFMax+stemCut)
		}
	}
	if len(m.terms) == 0 {
		m.minLen, m.maxLen = 0, -1
	}
	m.minLen = max(m.minLen, 0)
}

func (m *matcher) addTerm(t termMatcher) {
	m.terms = append(m.terms, t)
	switch t.kind {
	case matchTerm, matchPrefix:
		if r, _ := utf8.DecodeRuneInString(t.term); r != utf8.RuneError && !slices.Contains(m.firsts, r) {
			m.firsts = append(m.firsts, r)
		}
	default:
		m.anyFirst = true
	}
}

// analyse returns the terms the index's analyser makes of s.
func (m *matcher) analyse(s string) []string {
	var out []string
	for _, t := range m.an.Analyze([]byte(s)) {
		out = append(out, string(t.Term))
	}
	return out
}

// wildcardPattern turns a wildcard (* and ?) into a regular expression.
func wildcardPattern(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

// Clone returns a matcher of the same query, with memories of its own.
func (m *matcher) Clone() app.Matcher {
	c := *m
	c.memo = make(map[string]string, len(m.memo))
	c.terms = slices.Clone(m.terms)
	for i := range c.terms {
		c.terms[i].seen = nil
	}
	return &c
}

// Locate returns the byte spans of text, the content of a document's field,
// that the query matched, sorted and without overlaps.
func (m *matcher) Locate(field, text string) [][2]int {
	if m == nil || text == "" {
		return nil
	}
	var terms []*termMatcher
	for i := range m.terms {
		if slices.Contains(m.terms[i].fields, field) {
			terms = append(terms, &m.terms[i])
		}
	}
	var phrases []*phraseMatcher
	for i := range m.phrases {
		if slices.Contains(m.phrases[i].fields, field) {
			phrases = append(phrases, &m.phrases[i])
		}
	}
	if len(terms) == 0 && len(phrases) == 0 {
		return nil
	}
	toks := m.words(text)
	var spans [][2]int
	filter := !m.anyFirst
	for i, tok := range toks {
		if len(spans) >= maxSpans {
			break
		}
		w := text[tok[0]:tok[1]]
		if len(w) < m.minLen || m.maxLen >= 0 && len(w) > m.maxLen {
			if len(phrases) == 0 {
				continue
			}
		}
		if filter {
			r, n := utf8.DecodeRuneInString(w)
			if n == 1 && 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			} else if n > 1 {
				r = unicode.ToLower(r)
			}
			if !slices.Contains(m.firsts, r) {
				continue
			}
		}
		term := m.term(w)
		if term == "" {
			continue
		}
		for _, t := range terms {
			if t.matches(term) {
				spans = append(spans, tok)
				break
			}
		}
		for _, p := range phrases {
			if term == p.terms[0] {
				spans = m.appendPhrase(spans, p.terms, text, toks[i:])
			}
		}
	}
	return normaliseSpans(spans)
}

// words splits text into the words the index's tokeniser reads, as byte
// spans (see splitWords).
func (m *matcher) words(text string) [][2]int {
	out := make([][2]int, 0, len(text)/6)
	splitWords(text, m.tok, func(start, end int, _ analysis.TokenType) {
		out = append(out, [2]int{start, end})
	})
	return out
}

// term is the analysed term of a word as written ("" for a stop word).
func (m *matcher) term(w string) string {
	term, ok := m.memo[w]
	if !ok {
		term = m.shared.term(w)
		m.memo[w] = term
	}
	return term
}

// appendPhrase adds the spans of the phrase's words when toks, whose first
// word's term is the phrase's first, go on with the rest of the phrase;
// stop words between them are passed over, as the index drops them.
func (m *matcher) appendPhrase(spans [][2]int, phrase []string, text string, toks [][2]int) [][2]int {
	found := toks[:1:1]
	k := 1
	for _, tok := range toks[1:] {
		if k == len(phrase) {
			break
		}
		term := m.term(text[tok[0]:tok[1]])
		if term == "" {
			continue
		}
		if term != phrase[k] {
			return spans
		}
		found = append(found, tok)
		k++
	}
	if k < len(phrase) {
		return spans
	}
	// One span from the first word to the last: the hit's jump span and
	// its mark cover the phrase, stop words between included.
	return append(spans, [2]int{found[0][0], found[len(found)-1][1]})
}

func (t *termMatcher) matches(term string) bool {
	switch t.kind {
	case matchTerm:
		return term == t.term
	case matchPrefix:
		return strings.HasPrefix(term, t.term)
	}
	ok, done := t.seen[term]
	if !done {
		if t.kind == matchFuzzy {
			ok = withinDistance(term, t.term, t.fuzzy)
		} else {
			ok = t.re.MatchString(term)
		}
		if t.seen == nil {
			t.seen = map[string]bool{}
		}
		t.seen[term] = ok
	}
	return ok
}

// normaliseSpans sorts spans and drops duplicates and overlaps.
func normaliseSpans(s [][2]int) [][2]int {
	if len(s) < 2 {
		return s
	}
	slices.SortFunc(s, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	out := s[:1]
	for _, x := range s[1:] {
		if last := &out[len(out)-1]; x[0] < last[1] {
			last[1] = max(last[1], x[1])
			continue
		}
		out = append(out, x)
	}
	return out
}

// withinDistance reports whether the Levenshtein distance between a and b
// (in runes) is at most k.
func withinDistance(a, b string, k int) bool {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > k || -d > k {
		return false
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= k
}
