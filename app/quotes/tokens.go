package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tWord  tkind = iota
	tPunct       // one punctuation rune
	tQuote       // a whole top-level quotation, marks included
	tBreak       // a paragraph break
)

// token is a unit of the narration. Quotations are single opaque tokens so
// that sentence splitting and noun-phrase scans see only the writer's words.
type token struct {
	s, e  int    // rune span in the text
	w     string // word without possessive suffix; the rune for punctuation
	lower string
	q     int      // region index for tQuote
	para  int      // paragraph number
	lex   wordInfo // the lexicon's entry for lower
	k     tkind
	cap   bool // starts with an upper-case letter
	poss  bool // possessive: Kim’s, Koreas’
}

// is reports whether the token's lower-case form is in any of the word
// lists c.
func (t *token) is(c wclass) bool { return t.lex.class&c != 0 }

// verb returns the token's reporting-verb entry, if it is one.
func (t *token) verb() (verbInfo, bool) { return t.lex.verb, t.lex.class&cVerb != 0 }

// isAbbrev reports abbreviations whose trailing period belongs to the word.
func isAbbrev(lower string) bool {
	switch lower {
	case "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "adm",
		"rep", "sen", "gov", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
		"dec", "mt", "ft", "rev", "hon", "pres", "maj", "cmdr", "messrs", "brig", "fig",
		"approx", "dept", "est", "govt", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m":
		return true
	}
	return false
}

func isJoiner(c rune) bool {
	switch c {
	case '-', '‐', '‑', '’', '\'', '.', '&', '·':
		return true
	}
	return false
}

// tokenize splits f.r into f.toks; every region becomes one tQuote. Words
// and their lower-case forms are substrings of f.src and f.lower, not fresh
// allocations.
func (f *finder) tokenize() {
	r, regs, src := f.r, f.regs, f.src
	n := len(r)
	toks := slices.Grow(f.toks[:0], n/5+8)
	sub := func(i, j int) string { return src[f.off[i]:f.off[j]] }
	lsub := func(i, j int) string { // strings.ToLower(sub(i, j))
		if f.lowerOK {
			return f.lower[f.off[i]:f.off[j]]
		}
		return strings.ToLower(sub(i, j))
	}
	ri := 0
	para := 0
	for i := 0; i < n; {
		if ri < len(regs) && i >= regs[ri].open {
			q := regs[ri]
			if q.end > i {
				toks = append(toks, token{s: q.open, e: q.end, k: tQuote, q: ri, para: para})
				for j := q.open; j < q.end; j++ {
					if isNewline(r[j]) && (j == q.open || !isNewline(r[j-1])) {
						para++
					}
				}
				i = q.end
			}
			ri++
			continue
		}
		c := r[i]
		switch {
		case isNewline(c):
			j := i
			for j < n && isBlank(r[j]) {
				j++
			}
			if len(toks) > 0 && toks[len(toks)-1].k != tBreak {
				toks = append(toks, token{s: i, e: j, k: tBreak, para: para})
			}
			para++
			i = j
		case isBlank(c):
			i++
		case isWordRune(c):
			j := i + 1
			for j < n {
				if isWordRune(r[j]) {
					j++
					continue
				}
				if isJoiner(r[j]) && j+1 < n && isWordRune(r[j+1]) && (ri >= len(regs) || j+1 < regs[ri].open) {
					j += 2
					continue
				}
				break
			}
			w := sub(i, j)
			lw := lsub(i, j)
			// A period after an abbreviation, an initial or a dotted
			// acronym belongs to the word.
			if j < n && r[j] == '.' && (isAbbrev(lw) || (j-i == 1 && unicode.IsUpper(c)) || strings.Contains(w, ".")) {
				j++
				w = sub(i, j)
				lw = lsub(i, j)
			}
			t := token{s: i, e: j, k: tWord, cap: unicode.IsUpper(c) || particleName(sub(i, j)), para: para}
			if strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'s") {
				t.poss = true
				w = sub(i, j-2)
				lw = lsub(i, j-2)
			} else if j < n && (r[j] == '’' || r[j] == '\'') && (lw[len(lw)-1] == 's') && !isWordRune(at(r, j+1)) &&
				(ri >= len(regs) || j < regs[ri].open) {
				t.poss = true
				j++
				t.e = j
			}
			t.w = w
			t.lower = lw
			t.lex = f.lx.words[lw]
			toks = append(toks, t)
			i = j
		default:
			p := sub(i, i+1)
			toks = append(toks, token{s: i, e: i + 1, k: tPunct, w: p, lower: p, lex: f.lx.words[p], para: para})
			i++
		}
	}
	f.toks = toks
}

// sentence is a token range [a, b) of one narrative sentence.
type sentence struct{ a, b int }

func isTerminal(c rune) bool {
	return c == '.' || c == '?' || c == '!' || c == '…'
}

// quoteEndsSentence reports whether a quotation's own text ends with
// sentence-final punctuation (ignoring closing brackets and inner marks).
func quoteEndsSentence(r []rune, q region) bool {
	for i := q.stop - 1; i >= q.start; i-- {
		c := r[i]
		switch c {
		case '’', '\'', '”', '"', ')', ']', '»':
			continue
		}
		return isTerminal(c)
	}
	return false
}

// splitSentences splits the token stream into narrative sentences.
func (f *finder) splitSentences() {
	toks := f.toks
	start := 0
	flush := func(end int) {
		if end > start {
			f.sents = append(f.sents, sentence{start, end})
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.k {
		case tBreak:
			flush(i)
			start = i + 1
		case tPunct:
			c, _ := utf8.DecodeRuneInString(t.w)
			if !isTerminal(c) {
				continue
			}
			// absorb runs like "?!" or "..."
			for i+1 < len(toks) && toks[i+1].k == tPunct && (isTerminal(firstRune(toks[i+1].w)) || toks[i+1].w == ")") {
				i++
			}
			if i+1 >= len(toks) {
				continue
			}
			nx := toks[i+1]
			if nx.k == tBreak || nx.k == tQuote || (nx.k == tWord && (nx.cap || unicode.IsDigit(firstRune(nx.w)))) ||
				(nx.k == tPunct && (nx.w == "(" || nx.w == "[")) {
				flush(i + 1)
			}
		case tQuote:
			if !quoteEndsSentence(f.r, f.regs[t.q]) || i+1 >= len(toks) {
				continue
			}
			nx := toks[i+1]
			if nx.k == tQuote || (nx.k == tWord && nx.cap && !f.attributionAhead(i+1)) {
				flush(i + 1)
			}
		}
	}
	flush(len(toks))
}

// attributionAhead reports whether the words from token i on form a short
// "Name said" attribution before any punctuation other than commas.
func (f *finder) attributionAhead(i int) bool {
	for k := i; k < len(f.toks) && k < i+10; k++ {
		t := f.toks[k]
		if t.k != tWord {
			if t.k == tPunct && t.w == "," {
				continue
			}
			return false
		}
		if v, ok := t.verb(); ok && !v.participle && k > i {
			return true
		}
	}
	return false
}

// particleName reports Arabic-style names with a lowercase article
// (al-Mansouri, el-Sisi): they count as capitalised words.
func particleName(w string) bool {
	// the article is 2–3 ASCII letters and a hyphen, followed by a capital
	// (no article contains a hyphen, so that the one at h is the first)
	h := 2
	if len(w) > 3 && w[2] != '-' {
		h = 3
	}
	if len(w) <= h+1 || w[h] != '-' {
		return false
	}
	if next, _ := utf8.DecodeRuneInString(w[h+1:]); !unicode.IsUpper(next) {
		return false
	}
	switch w[:h] {
	case "al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "bin", "ibn", "abu", "ul":
		return true
	}
	return false
}

func firstRune(s string) rune {
	c, _ := utf8.DecodeRuneInString(s)
	return c
}
