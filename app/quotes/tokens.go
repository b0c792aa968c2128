package quotes

import (
	"encoding/binary"
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
	first bool // first token of its sentence
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
		"supt", "insp", "det", "cpl", "sens", "reps", "cdr", "const", "atty", "lieut", "asst", "adv", "fr",
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

// wordEnd returns the end of the word whose runes run on at j: word runes,
// and single joiners between word runes ("U.S", "Kim’s", "al-Sisi") that
// stop before lim, the start of the next quotation.
func wordEnd(r []rune, j, lim int) int {
	for j < len(r) {
		c := r[j]
		if uint32(c) < utf8.RuneSelf {
			if asciiWord[c] {
				j++
				continue
			}
			if !asciiJoiner[c] {
				break
			}
		} else if isWordRuneSlow(c) {
			j++
			continue
		} else if !isJoiner(c) {
			break
		}
		if j+1 < lim && isWordRune(r[j+1]) {
			j += 2
			continue
		}
		break
	}
	return j
}

// asciiJoiner is isJoiner for ASCII runes.
var asciiJoiner = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = isJoiner(c)
	}
	return t
}()

// tokenize splits f.r into f.toks; every region becomes one tQuote, whose
// index goes to f.qs. Words and their lower-case forms are substrings of
// f.src and f.lower, not fresh allocations. It also flags the paragraphs
// that look like photo captions ("Photo: …"), whose names must not become
// antecedents, in f.caption.
func (f *finder) tokenize() {
	r, regs, src := f.r, f.regs, f.src
	n := len(r)
	toks := slices.Grow(f.toks[:0], n/5+8)
	f.caption = f.caption[:0]
	sub := func(i, j int) string { return src[f.off[i]:f.off[j]] }
	lsub := func(i, j int) string { // strings.ToLower(sub(i, j))
		if f.lowerOK {
			return f.lower[f.off[i]:f.off[j]]
		}
		return strings.ToLower(sub(i, j))
	}
	ri := 0
	// open is where the next region starts (n when none is left): words
	// and possessives never run into it
	open := n
	if len(regs) > 0 {
		open = regs[0].open
	}
	para := 0
	for i := 0; i < n; {
		if i >= open {
			q := regs[ri]
			if q.end > i {
				f.qs[ri].tok = len(toks)
				toks = append(toks, token{s: q.open, e: q.end, k: tQuote, q: ri, para: para})
				for j := q.open; j < q.end; j++ {
					if isNewline(r[j]) && (j == q.open || !isNewline(r[j-1])) {
						para++
					}
				}
				i = q.end
			}
			ri++
			open = n
			if ri < len(regs) {
				open = regs[ri].open
			}
			continue
		}
		c := r[i]
		switch {
		case c == ' ': // the commonest rune, blank and no newline
			i++
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
			j := wordEnd(r, i+1, open)
			// ("Health SecretaryMatt Hancock": an import glued a title to
			// the given name after it; two words)
			if g := f.gluedTitle(r, i, j, lsub); g > i {
				toks = appendToken(toks, tWord, i, g, sub(i, g), lsub(i, g), f.lx.info(lsub(i, g)), para, true, false)
				i = g
				continue
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
			// "LGBTQ+", "Disney+": a plus sign ending a name belongs to it
			if j < open && r[j] == '+' && unicode.IsLetter(r[j-1]) && !isWordRune(at(r, j+1)) && at(r, j+1) != '+' {
				j++
				w = sub(i, j)
				lw = lsub(i, j)
			}
			e := j
			capital := unicode.IsUpper(c) || particleName(w)
			poss := false
			if strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'s") {
				poss = true
				w = sub(i, j-2)
				lw = lsub(i, j-2)
			} else if j < open && (r[j] == '’' || r[j] == '\'') && (lw[len(lw)-1] == 's') && !isWordRune(at(r, j+1)) {
				poss = true
				j++
				e = j
			} else if elidedTail(r, i, j, open) {
				// "Governor Anyang’ Nyong’o": an elision mark ending a
				// given name is part of the name
				j++
				e = j
				w = sub(i, j)
				lw = lsub(i, j)
			} else if j+1 < open && r[j] == '‘' && (r[j+1] == 's' || r[j+1] == 'S') && !isWordRune(at(r, j+2)) {
				// "Travis Kelce‘s mom": an opening mark typed for the
				// apostrophe
				poss = true
				j += 2
				e = j
			}
			lex := f.lexOf(i, lw)
			if w == "WHO" {
				// the World Health Organization, not the relative pronoun
				lw, lex = "w.h.o.", wordInfo{}
			}
			toks = appendToken(toks, tWord, i, e, w, lw, lex, para, capital, poss)
			i = j
		default:
			if c == ':' && len(toks) > 0 {
				if t := &toks[len(toks)-1]; t.k == tWord && (t.w == "Photo" || t.w == "Photograph" || t.w == "Image" || t.w == "Picture") {
					f.growCaption(t.para + 1)
					f.caption[t.para] = true
				}
			}
			p := sub(i, i+1)
			toks = appendToken(toks, tPunct, i, i+1, p, p, f.punctInfo(c, p), para, false, false)
			i++
		}
	}
	f.toks = toks
	if len(toks) > 0 {
		f.growCaption(toks[len(toks)-1].para + 1)
	}
	f.markHeadings()
	f.markReadVerbs()
}

// markHeadings counts subheadings ("Reaching Riverwood", "The Real-Life
// Heroes") as captions: a paragraph of at most six words, capitalised
// first, without punctuation or quotation. Their names are no antecedents.
func (f *finder) markHeadings() {
	for a := 0; a < len(f.toks); {
		b := a
		for b < len(f.toks) && f.toks[b].k != tBreak {
			b++
		}
		words, other := 0, false
		for k := a; k < b; k++ {
			if f.toks[k].k == tWord {
				words++
			} else if !(f.toks[k].k == tPunct && (f.toks[k].w == "-" || f.toks[k].w == "&")) {
				other = true
			}
		}
		// (a byline or an author's name alone, "Jacqueline Woodson",
		// introduces a person and stays)
		if a < b && !other && words <= 6 && f.toks[a].cap && !f.toks[a].is(cFemale|cMale) {
			f.caption[f.toks[a].para] = true
		}
		// "BRAD CHILDRESS: Coach says Vikings felt…", "RELATED: …": a
		// label in capitals and a colon, no quotation and no final stop
		// is a related story's line
		if a < b && f.capsLabel(a, b) {
			f.caption[f.toks[a].para] = true
		}
		a = b + 1
	}
}

// capsLabel reports whether the paragraph of tokens [a, b) opens with
// words in capitals and a colon and has no quotation and no final stop.
func (f *finder) capsLabel(a, b int) bool {
	k := a
	for k < b && k < a+4 && f.toks[k].k == tWord && len(f.toks[k].w) >= 2 && allUpper(f.toks[k].w) {
		k++
	}
	if k == a || k >= b || f.toks[k].k != tPunct || f.toks[k].w != ":" {
		return false
	}
	for i := k + 1; i < b; i++ {
		if f.toks[i].k == tQuote {
			return false
		}
	}
	last := &f.toks[b-1]
	return last.k == tWord
}

// growCaption extends f.caption to n paragraphs.
func (f *finder) growCaption(n int) {
	if n > len(f.caption) {
		f.caption = append(f.caption, make([]bool, n-len(f.caption))...)
	}
}

// appendToken appends a word or punctuation token to toks. It sets the
// fields one by one: appending a token literal copies it with a bulk write
// barrier while the GC is marking, which costs more for every token.
func appendToken(toks []token, k tkind, s, e int, w, lower string, lex wordInfo, para int, capital, poss bool) []token {
	if len(toks) == cap(toks) {
		toks = append(toks, token{})[:len(toks)] // grow
	}
	toks = toks[:len(toks)+1]
	// Every field is set: the slot may hold a token of the finder's last
	// text (the pool recycles finders).
	t := &toks[len(toks)-1]
	t.s, t.e, t.w, t.lower, t.q, t.para, t.lex, t.k, t.cap, t.poss, t.first = s, e, w, lower, 0, para, lex, k, capital, poss, false
	return toks
}

// lexOf returns the lexicon entry of lw, the lower-case form of the
// word at rune i. A short word is packed straight from f.low (one 8-byte
// load, no loop over its bytes) when the text's lower-case form is usable.
func (f *finder) lexOf(i int, lw string) wordInfo {
	b := int(f.off[i])
	if !f.lowerOK || len(lw) == 0 || len(lw) > 7 || b+8 > len(f.low) {
		return f.lx.info(lw)
	}
	key := binary.LittleEndian.Uint64(f.low[b:]) & (1<<(8*len(lw)) - 1)
	return f.lx.shortInfo(key | uint64(len(lw))<<56)
}

// punctInfo returns the lexicon entry of the punctuation rune c, whose
// text is p, from a table for ASCII runes rather than the map.
func (f *finder) punctInfo(c rune, p string) wordInfo {
	if c < utf8.RuneSelf {
		return f.lx.ascii[c]
	}
	return f.lx.info(p)
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
			f.toks[start].first = true
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.k {
		case tBreak:
			flush(i)
			start = i + 1
		case tWord:
			// ("…, according to NHL.com. “Obviously…”": a web address
			// keeps the sentence's period)
			if domainEndsSentence(t.w) && i+1 < len(toks) && (toks[i+1].k == tQuote || toks[i+1].k == tWord && toks[i+1].cap) {
				flush(i + 1)
			}
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
			// ("…as they left. (“I was so embarrassed.”) If accounts…": a
			// bracketed quotation that ends a sentence is one of its own)
			if nx.k == tPunct && nx.w == ")" && i > 0 && toks[i-1].k == tPunct && toks[i-1].w == "(" && i+2 < len(toks) {
				if n2 := toks[i+2]; n2.k == tQuote || n2.k == tBreak || n2.k == tWord && n2.cap {
					i++
					flush(i + 1)
					continue
				}
			}
			// ("…steward.” (UPS said…": a parenthesis opens another)
			if nx.k == tQuote || (nx.k == tWord && nx.cap && !f.attributionAhead(i+1)) ||
				nx.k == tPunct && nx.w == "(" && i+2 < len(toks) && toks[i+2].k == tWord && toks[i+2].cap {
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
		t := &f.toks[k]
		if t.k != tWord {
			if t.k == tPunct && t.w == "," {
				continue
			}
			return false
		}
		if v, ok := t.verb(); (ok && !v.participle || f.phrasalParticle(k)) && k > i {
			// ("Some players later would claim they didn't notice": a
			// clause of its own reporting more, not the quotation's)
			return !f.clauseAfter(i, k)
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
