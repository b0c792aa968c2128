package quotes

// gluedOpenerCloses reports whether the opening-style mark “ at i closes
// the quotation opened by “: it is glued to a word on its left and no word
// follows it (“security fears“ and the need…), the shape of a closer typed
// with the wrong mark. An opener has a word after it instead, so a
// quotation nested in straight or curly marks is not cut short.
func gluedOpenerCloses(r []rune, i int, opener rune) bool {
	if r[i] != '“' || opener != '“' {
		return false
	}
	prev := at(r, i-1)
	return (isWordRune(prev) || prev == '.' || prev == ',' || prev == '!' || prev == '?') && !isWordRune(at(r, i+1))
}
