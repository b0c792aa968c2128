package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word classes and string helpers that rules across the package share:
// pronouns, articles, auxiliaries, numbers, and bounded word searches over
// the lower-case text.

func isPronoun(lw string) bool {
	switch lw {
	case "he", "she", "it", "they", "we", "i":
		return true
	}
	return false
}

// possessivePronoun maps his/her/its/their to the subject pronoun.
func possessivePronoun(w string) string {
	switch w {
	case "his":
		return "he"
	case "her":
		return "she"
	case "its":
		return "it"
	case "their":
		return "they"
	}
	return ""
}

// objectPronoun reports the object forms of the personal pronouns.
func objectPronoun(w string) bool {
	switch w {
	case "it", "him", "her", "them", "me", "us", "you":
		return true
	}
	return false
}

// subordinator reports the conjunctions that open a subordinate clause.
func subordinator(w string) bool {
	switch w {
	case "as", "when", "while", "after", "before", "because", "since", "until", "where", "whereas", "though", "although":
		return true
	}
	return false
}

// auxiliary reports the finite auxiliaries and forms of "be" and "have"
// that start a clause's verb.
func auxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "will", "would", "could", "can", "should", "must", "may", "might",
		"has", "have", "had", "does", "did", "do":
		return true
	}
	return false
}

// beForm reports the finite forms of "be" that make a progressive.
func beForm(w string) bool {
	switch w {
	case "was", "were", "is", "are", "am", "been":
		return true
	}
	return false
}

// article reports "the", "a" or "an" (any case).
func article(w []rune) bool {
	switch strings.ToLower(string(w)) {
	case "the", "a", "an":
		return true
	}
	return false
}

// numberWord reports the small numbers written as words.
func numberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "few":
		return true
	}
	return false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isDigits reports whether w is ASCII digits only.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// isLetters reports whether w is ASCII letters only.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// collective reports nouns for a number of people ("a group of").
func collective(w string) bool {
	switch w {
	case "group", "crowd", "team", "handful", "couple", "pair", "band", "delegation", "number":
		return true
	}
	return false
}

// speechNoun reports nouns for what someone said or wrote.
func speechNoun(w string) bool {
	switch w {
	case "speech", "speeches", "remarks", "words", "comments", "response", "reply", "answer", "verdict",
		"message", "tweet", "argument", "view", "conclusion", "advice", "warning", "point", "reaction":
		return true
	}
	return false
}

// monthWord reports a month's name, whole or abbreviated.
func monthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec":
		return true
	}
	return false
}

// maxLookBack bounds in bytes the text that a backward search for a word
// reads, so that Find stays linear in the text.
const maxLookBack = 8000

// wordBefore reports whether the lower-case text s holds the word w,
// bounded by non-letters.
func wordBefore(s, w string) bool { return wordWhere(s, w, nil) }

// wordWhere reports whether the lower-case text s holds the word w, bounded
// by non-letters, at an index j where keep(j) holds (any, when keep is nil).
func wordWhere(s, w string, keep func(j int) bool) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		if (j == 0 || !isLetterByte(s[j-1])) && (e == len(s) || !isLetterByte(s[e])) && (keep == nil || keep(j)) {
			return true
		}
		i = j + 1
	}
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 0x80
}

// hasWord reports whether the lower-case text s holds w bounded by
// non-letters (an apostrophe after it ends it too: "her'" no, "she’s"
// yes).
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		if (a == 0 || !isLetterByte(s[a-1])) && (b == len(s) || !isLetterByte(s[b])) {
			return true
		}
		i = a + 1
	}
}

// containsWord reports whether s, split at spaces, commas and hyphens, has
// the word w. It searches for w rather than splitting s, which is faster
// and allocates nothing.
func containsWord(s, w string) bool {
	if w == "" {
		return false // no field is empty
	}
	sep := func(c byte) bool { return c == ' ' || c == ',' || c == '-' }
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || sep(s[j-1])) && (j+len(w) == len(s) || sep(s[j+len(w)])) {
			return !strings.ContainsAny(w, " ,-") // no field holds a separator
		}
		i = j + 1
	}
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func equalStrs(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func subseq(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		if equalStrs(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

// lastWord returns the last blank-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	return s[i+1:]
}

// firstWord returns the runes of the first blank-separated word of txt.
func firstWord(txt []rune) []rune {
	i := 0
	for i < len(txt) && isBlank(txt[i]) {
		i++
	}
	j := i
	for j < len(txt) && !isBlank(txt[j]) {
		j++
	}
	return txt[i:j]
}

// innerComma reports a comma before the last word of txt (a list of names
// rather than a title).
func innerComma(txt []rune) bool {
	end := len(txt)
	for end > 0 && (unicode.IsPunct(txt[end-1]) || isBlank(txt[end-1])) {
		end--
	}
	for _, c := range txt[:end] {
		if c == ',' {
			return true
		}
	}
	return false
}

// oneSpace returns s with each run of white space (a non-breaking space,
// a line break) as one plain space: "Julie\u00a0Mossler" is a name as
// the analyst types it.
func oneSpace(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// indefArticle returns "an" before a vowel sound's letter, else "a".
func indefArticle(w string) string {
	if w != "" && strings.IndexByte("aeiou", w[0]) >= 0 {
		return "an"
	}
	return "a"
}

func notWordRune(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }

// word2 returns the lower-case word at token i of sentence s, or "".
func word2(f *finder, i int, s sentence) string {
	if i < s.a || f.toks[i].k != tWord {
		return ""
	}
	return f.toks[i].lower
}
