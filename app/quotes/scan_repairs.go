package quotes

import (
	"strings"
	"unicode"
)

// Quotations whose marks were left out or mistyped: where such a quotation
// really ends (a closer that was never typed, a single mark closing a
// double quotation, a nested quotation in straight marks) or runs on (a
// paragraph that closes without re-opening, a pull quote set inside it).

// mismatchedCloser returns the position of the last single closing mark
// in r(open, end) that ends a curly double quotation left open at the end
// of its paragraph: right after the sentence's punctuation and before a
// space and a word (“…,’ he says.), or -1.
func mismatchedCloser(r []rune, opener rune, open, end int) int {
	if opener != '“' {
		return -1
	}
	for j := end - 2; j > open+1; j-- {
		if r[j] != '’' || !strings.ContainsRune(",.?!", r[j-1]) || !isBlank(r[j+1]) || j+2 >= end || !unicode.IsLetter(r[j+2]) {
			continue
		}
		return j
	}
	return -1
}

// unreopenedCloser returns the position of the mark closing a double
// quotation left open at the end of the paragraph before j when the
// paragraphs from j continue it without re-opening it: the first double
// mark of the next four paragraphs is a closer, glued to the word or stop
// before it. Otherwise -1.
func unreopenedCloser(r []rune, j int, opener rune) int {
	for i, paras := j, 0; i < len(r); i++ {
		switch c := r[i]; c {
		case '\n', '\v', '\f', '\r', '\u2028', '\u2029':
			for i+1 < len(r) && isBlank(r[i+1]) {
				i++
			}
			if paras++; paras == 4 {
				return -1
			}
		case '“', '”', '"', '„', '«', '»':
			if isDoubleOpener(r, i) || doubledMark(r, i, true) || !isDoubleCloser(c, opener) || isBlank(at(r, i-1)) {
				return -1
			}
			return i
		case '`', '\'', '’':
			if doubledMark(r, i, false) || doubledMark(r, i, true) {
				return -1
			}
		}
	}
	return -1
}

// unclosedBeforeAttribution returns the end of a straight double quotation
// opened at open whose closing mark was left out before a short clause
// ("…with Dell, EMC's Treide said, "and we plan…"", "…something great,
// says Banzi. "If you…"): the mark at i is an opener (a space before, a
// word after) while a closer follows later in the paragraph, and between
// the last comma of the quoted words and i stand two to six words ending
// with a comma, stop or colon. The quotation ends after that comma; -1 if
// the marks do not look so. Only straight marks are so ambiguous.
func unclosedBeforeAttribution(r []rune, open, i int) int {
	if !isBlank(at(r, i-1)) || !isWordRune(at(r, i+1)) {
		return -1
	}
	p := i - 1
	for p > open && isBlank(r[p]) {
		p--
	}
	if p <= open || (r[p] != ',' && r[p] != '.' && r[p] != ':') {
		return -1
	}
	words, inWord := 0, false
	for j := p - 1; j > open && j > p-60; j-- {
		switch c := r[j]; {
		case c == ',':
			if inWord {
				words++
			}
			if words < 2 || words > 6 || !isBlank(at(r, j+1)) {
				return -1
			}
			// a closer must follow in the paragraph (looked for over a
			// bounded stretch: the scan stays linear)
			for k := i + 1; k < len(r) && k < i+600 && !isNewline(r[k]); k++ {
				if r[k] == '"' && !isBlank(at(r, k-1)) {
					return j + 1
				}
			}
			return -1
		case c == '"' || c == '“' || c == '”' || isNewline(c) || c == '.' || c == '?' || c == '!':
			return -1
		case isBlank(c):
			if inWord {
				words++
				inWord = false
			}
		default:
			inWord = true
		}
	}
	return -1
}

// nestedStraight returns the position of the mark closing a quotation
// nested in a double one, when the straight mark at i opens it: a space or
// bracket before it and a word after (“… the words "reboot" and …”, "…
// this (original "Continue on PC") version …"), its closer the paragraph's
// next straight mark, glued to the word before it, and a closer for the
// outer quotation still to come in the paragraph. Otherwise -1, and the
// mark is left to close the quotation as before. The look-ahead is bounded,
// so the scan stays linear.
func nestedStraight(r []rune, opener rune, i int) int {
	if prev := at(r, i-1); !isBlank(prev) && prev != '(' && prev != '[' || !isWordRune(at(r, i+1)) {
		return -1
	}
	k := -1
	for j := i + 1; j < len(r) && j < i+200 && !isNewline(r[j]); j++ {
		if r[j] == '"' {
			if !isBlank(at(r, j-1)) && !isWordRune(at(r, j+1)) {
				k = j
			}
			break
		}
		if r[j] == '“' || r[j] == '”' {
			return -1
		}
	}
	if k < 0 {
		return -1
	}
	for j := k + 1; j < len(r) && j < k+600 && !isNewline(r[j]); j++ {
		switch r[j] {
		case '”':
			if opener == '“' {
				return k
			}
			return -1
		case '"':
			if opener == '"' && !isBlank(at(r, j-1)) && !isWordRune(at(r, j+1)) {
				return k
			}
			// another nested opener: its own pair and the outer closer
			// after it are checked when the scan reaches it
			if isBlank(at(r, j-1)) && isWordRune(at(r, j+1)) {
				return k
			}
			return -1
		}
	}
	return -1
}

// saidClauseBefore returns the end of a double quotation whose closing mark
// was left out before a long attribution clause that opens with "said" or
// "says" after a comma (“… health, and autonomy, said Fatima Graves,
// president of the Law Center. "By taking …”): the straight mark at i
// opens (a stop and a space before it, a word after it), a closer follows
// later in its paragraph, and the clause from the comma to the mark holds
// no other mark and no sentence end before its last stop. The quotation
// ends after the comma; -1 if the text does not look so.
// unclosedBeforeAttribution covers clauses of two to six words.
func saidClauseBefore(r []rune, opener rune, open, i int) int {
	if !isBlank(at(r, i-1)) || !isWordRune(at(r, i+1)) || !unicode.IsUpper(at(r, i+1)) {
		return -1
	}
	p := i - 1
	for p > open && isBlank(r[p]) {
		p--
	}
	if p <= open || r[p] != '.' && r[p] != ',' {
		return -1
	}
	comma := -1
	for j := p - 1; j > open+1 && j > p-200; j-- {
		c := r[j]
		if c == '"' || c == '“' || c == '”' || c == '.' && isBlank(at(r, j+1)) || c == '?' || c == '!' || isNewline(c) {
			return -1
		}
		if c == ',' && at(r, j+1) == ' ' && j+7 < i {
			if w := string(r[j+2 : j+7]); (w == "said " || w == "says ") && unicode.IsUpper(r[j+7]) {
				comma = j
				break
			}
		}
	}
	if comma < 0 {
		return -1
	}
	for k := i + 1; k < len(r) && k < i+600 && !isNewline(r[k]); k++ {
		if (r[k] == '"' || r[k] == '”' && opener == '“') && !isBlank(at(r, k-1)) {
			return comma + 1
		}
	}
	return -1
}

// saidSentenceBefore returns the end of a double quotation whose closing
// mark was left out before a short sentence of the writer's that
// introduces the next quotation ("… stopped everywhere. He said that
// "Gaza must …""): the mark at i opens (a space before, a word after),
// right after "that" or a colon, the words from the last stop to it are
// two to eight and hold "said", "says", "added" or "told", and a closer
// follows later in the paragraph. The quotation ends after the stop; -1 if
// the text does not look so.
func saidSentenceBefore(r []rune, opener rune, open, i int) int {
	if !isBlank(at(r, i-1)) || !isWordRune(at(r, i+1)) {
		return -1
	}
	p := i - 1
	for p > open && isBlank(r[p]) {
		p--
	}
	if p <= open+5 || r[p] != ':' && !(string(r[p-4:p+1]) == " that") {
		return -1
	}
	stop, words, speech := -1, 0, false
	for j := p; j > open+1 && j > p-80; j-- {
		c := r[j]
		if c == '"' || c == '“' || c == '”' || isNewline(c) || c == ',' {
			return -1
		}
		if isBlank(c) {
			words++
			w := string(r[j+1 : min(j+7, p+1)])
			if strings.HasPrefix(w, "said ") || strings.HasPrefix(w, "says ") || strings.HasPrefix(w, "added ") || strings.HasPrefix(w, "told ") {
				speech = true
			}
			if (r[j-1] == '.' || r[j-1] == '!' || r[j-1] == '?') && !unicode.IsUpper(at(r, j-2)) {
				stop = j - 1
				break
			}
		}
	}
	if stop < 0 || !speech || words < 2 || words > 8 {
		return -1
	}
	for k := i + 1; k < len(r) && k < i+600 && !isNewline(r[k]); k++ {
		if (r[k] == '"' || r[k] == '”' && opener == '“') && !isBlank(at(r, k-1)) {
			return stop + 1
		}
	}
	return -1
}

// pullInsetReopen returns the position of the mark re-opening a double
// quotation, left open at the end of the paragraph before j, after an
// unmarked pull quote and its credit line set between two of its
// paragraphs ("…a change of policy:\n\n“Stop undermining the
// party.\n\nWe can draw nationalism into a consensus\n\nAnn Vole\n\n“Stop
// running to the media.”"), or -1. The inset is a paragraph without
// double marks that shares four words in a row with the text quoted after
// it (a pull quote repeats the article's words), the credit one to five
// words starting with a capital and ending without a stop, and the
// paragraph after them opens with a double mark. The quotation then runs
// on over the inset, as a reader takes it.
func pullInsetReopen(r []rune, j int) int {
	para := func(a int) (b int, ok bool) { // end of the paragraph at a, none of its runes a double mark
		for b = a; b < len(r) && !isNewline(r[b]); b++ {
			if isDoubleMarkRune(r[b]) {
				return b, false
			}
		}
		return b, true
	}
	next := func(b int) int { // start of the paragraph after the one ending at b
		for b < len(r) && isBlank(r[b]) {
			b++
		}
		return b
	}
	e1, ok := para(j)
	if !ok || e1-j < 20 || e1-j > 600 {
		return -1
	}
	j2 := next(e1)
	e2, ok := para(j2)
	if !ok || j2 >= len(r) || e2-j2 > 60 || !unicode.IsUpper(r[j2]) || !unicode.IsLetter(r[e2-1]) {
		return -1
	}
	if words := len(strings.Fields(string(r[j2:e2]))); words > 5 {
		return -1
	}
	j3 := next(e2)
	if j3 >= len(r) || !(r[j3] == '“' || r[j3] == '„' || r[j3] == '«' || r[j3] == '"' || doubledMark(r, j3, true)) {
		return -1
	}
	// the pull quote repeats words quoted after it
	later := strings.ToLower(string(r[j3:min(len(r), j3+3000)]))
	words := strings.FieldsFunc(strings.ToLower(string(r[j:e1])), func(c rune) bool { return !isWordRune(c) && c != '\'' && c != '’' })
	for k := 0; k+4 <= len(words); k++ {
		if strings.Contains(later, strings.Join(words[k:k+4], " ")) {
			return j3
		}
	}
	return -1
}
