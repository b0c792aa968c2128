package quotes

import (
	"strings"
	"unicode"
)

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
