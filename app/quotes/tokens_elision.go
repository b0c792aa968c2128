package quotes

import "unicode"

// elidedTail reports whether the word r[i:j] is a capitalised name whose
// final elision mark belongs to it ("Anyang’ Nyong’o"): an apostrophe right
// after a letter other than s (so no plural possessive, "the Joneses’"),
// then one space and a capitalised word that itself carries an apostrophe
// inside it, as the names written this way do. Marks never run into the
// next quotation region (open).
func elidedTail(r []rune, i, j, open int) bool {
	if j-i < 3 || j+2 >= open || !unicode.IsUpper(r[i]) || (r[j] != '’' && r[j] != '\'') {
		return false
	}
	if l := unicode.ToLower(r[j-1]); l == 's' || l == 'z' || l == 'x' || !unicode.IsLetter(r[j-1]) {
		return false
	}
	if r[j+1] != ' ' || !unicode.IsUpper(r[j+2]) {
		return false
	}
	// the next word carries an inner apostrophe ("Nyong’o")
	for k := j + 3; k < open && k < j+20; k++ {
		c := r[k]
		if c == '’' || c == '\'' {
			return k+1 < open && unicode.IsLetter(r[k+1]) && unicode.IsLetter(r[k-1])
		}
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return false
}
