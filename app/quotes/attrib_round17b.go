package quotes

import "strings"

// undefinedBefore reports whether s uses the word w other than as "the w":
// a noun the text introduced before ("a resident", "an actor", "residents
// say") is someone the later "the resident said" refers back to, while an
// earlier "the actor attended…" only referred back itself to the person
// the text is about, so it does not make the next "the actor told the
// outlet" someone new (issue 20, seventeenth round).
func undefinedBefore(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		if (j == 0 || !isLetterByte(s[j-1])) && (e == len(s) || !isLetterByte(s[e])) &&
			!strings.HasSuffix(s[:j], "the ") {
			return true
		}
		i = j + 1
	}
}
