package quotes

import (
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
	s, e  int // rune span in the text
	k     tkind
	w     string // word without possessive suffix; the rune for punctuation
	lower string
	cap   bool // starts with an upper-case letter
	poss  bool // possessive: Kim’s, Koreas’
	q     int  // region index for tQuote
	para  int  // paragraph number
}

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

// tokenize splits the text into tokens; every region becomes one tQuote.
func tokenize(src string, r []rune, regs []region) []token {
	toks := make([]token, 0, len(r)/5+8)
	n := len(r)
	// byte offsets of every rune, so that words are substrings of src
	// rather than fresh allocations (src must encode exactly r)
	off := make([]int32, n+1)
	b := 0
	for i, c := range r {
		off[i] = int32(b)
		b += utf8.RuneLen(c)
	}
	off[n] = int32(b)
	sub := func(i, j int) string { return src[off[i]:off[j]] }
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
			lw := strings.ToLower(w)
			// A period after an abbreviation, an initial or a dotted
			// acronym belongs to the word.
			if j < n && r[j] == '.' && (isAbbrev(lw) || (j-i == 1 && unicode.IsUpper(c)) || strings.Contains(w, ".")) {
				j++
				w = sub(i, j)
				lw = strings.ToLower(w)
			}
			t := token{s: i, e: j, k: tWord, cap: unicode.IsUpper(c) || particleName(r[i:j]), para: para}
			if strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'s") {
				t.poss = true
				w = sub(i, j-2)
			} else if j < n && (r[j] == '’' || r[j] == '\'') && (lw[len(lw)-1] == 's') && !isWordRune(at(r, j+1)) &&
				(ri >= len(regs) || j < regs[ri].open) {
				t.poss = true
				j++
				t.e = j
			}
			t.w = w
			t.lower = lw
			if t.poss {
				t.lower = strings.ToLower(w)
			}
			toks = append(toks, t)
			i = j
		default:
			p := sub(i, i+1)
			toks = append(toks, token{s: i, e: i + 1, k: tPunct, w: p, lower: p, para: para})
			i++
		}
	}
	return toks
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
		if v, ok := f.lx.verbs[t.lower]; ok && !v.participle && k > i {
			return true
		}
	}
	return false
}

// particleName reports Arabic-style names with a lowercase article
// (al-Mansouri, el-Sisi): they count as capitalised words.
func particleName(w []rune) bool {
	// the article is 2–3 ASCII letters and a hyphen, followed by a capital
	h := -1
	for i := 0; i < len(w) && i < 4; i++ {
		if w[i] == '-' {
			h = i
			break
		}
	}
	if h < 2 || h+1 >= len(w) || !unicode.IsUpper(w[h+1]) {
		return false
	}
	switch string(w[:h]) {
	case "al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "bin", "ibn", "abu", "ul":
		return true
	}
	return false
}

func firstRune(s string) rune {
	c, _ := utf8.DecodeRuneInString(s)
	return c
}
