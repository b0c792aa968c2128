package anchor

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Errors of Find.
var (
	ErrNotFound  = errors.New("anchor: passage not found")
	ErrAmbiguous = errors.New("anchor: passage occurs more than once")
)

// Find locates a passage given by its exact text (for a CLI `--quote TEXT`
// option): returns its rune offsets when it occurs exactly once; ErrNotFound
// or ErrAmbiguous (wrapped with the count) otherwise.
//
// When the passage does not occur verbatim, it is looked for again with
// every run of white space read as one space and typographic quotes and
// apostrophes read as straight ones, so a quote typed on the command line
// finds a passage that wraps lines or uses curly quotes. The offsets are
// then those of the matched original text.
func Find(text, exact string) (start, end int, err error) {
	if strings.TrimSpace(exact) == "" {
		return 0, 0, fmt.Errorf("%w: empty quote", ErrNotFound)
	}
	d := NewDoc(text)
	q := string([]rune(exact)) // invalid UTF-8 reads as in the text
	occ := d.occurrences(q, 2)
	if len(occ) == 1 {
		return occ[0], occ[0] + len([]rune(q)), nil
	}
	if len(occ) > 1 {
		return 0, 0, fmt.Errorf("%w: %d occurrences", ErrAmbiguous, len(d.occurrences(q, 0)))
	}
	nt, at := normalize([]rune(d.text))
	nq, _ := normalize([]rune(q))
	nq = trimSpaceRunes(nq)
	if len(nq) == 0 {
		return 0, 0, fmt.Errorf("%w: empty quote", ErrNotFound)
	}
	nd := NewDoc(string(nt))
	nocc := nd.occurrences(string(nq), 0)
	switch len(nocc) {
	case 0:
		return 0, 0, fmt.Errorf("%w: %q", ErrNotFound, shorten(exact))
	case 1:
		s, e := nocc[0], nocc[0]+len(nq)
		return at[s], at[e-1] + 1, nil
	default:
		return 0, 0, fmt.Errorf("%w: %d occurrences", ErrAmbiguous, len(nocc))
	}
}

// normalize folds white space runs to one space and typographic quotes to
// straight ones. at[i] is the original index of normalized rune i.
func normalize(r []rune) (out []rune, at []int) {
	out = make([]rune, 0, len(r))
	at = make([]int, 0, len(r))
	for i := 0; i < len(r); i++ {
		c := r[i]
		if unicode.IsSpace(c) {
			out = append(out, ' ')
			at = append(at, i)
			for i+1 < len(r) && unicode.IsSpace(r[i+1]) {
				i++
			}
			continue
		}
		switch c {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032':
			c = '\''
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
			c = '"'
		}
		out = append(out, c)
		at = append(at, i)
	}
	return out, at
}

func trimSpaceRunes(r []rune) []rune {
	for len(r) > 0 && r[0] == ' ' {
		r = r[1:]
	}
	for len(r) > 0 && r[len(r)-1] == ' ' {
		r = r[:len(r)-1]
	}
	return r
}

// shorten keeps error messages readable for long quotes.
func shorten(s string) string {
	r := []rune(s)
	if len(r) <= 60 {
		return s
	}
	return string(r[:57]) + "..."
}
