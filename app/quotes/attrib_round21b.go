package quotes

// itsText returns the body "its" stands for in a subject "its report",
// "its latest statement" (the text a body issued), or -1: the
// organisation the text spoke of last before it, so "The committee
// raised concerns… “…,” its report read" is the committee's (issue 20,
// twenty-first round).
func (f *finder) itsText(npA, head int) int {
	if f.toks[npA].lower != "its" || head-npA > 2 || f.toks[head].cap || !(authoredText(f.toks[head].lower) || courtText(f.toks[head].lower)) {
		return -1
	}
	if !f.plainModifiers(npA+1, head) {
		return -1
	}
	return f.antecedent("it", f.toks[npA].s)
}

// unnamedSourceNoun reports the nouns for a source the article leaves
// unnamed ("the source said", "the insider added"): such a noun never
// refers back to the person the article has just named, who is what the
// source talks about (issue 20, twenty-first round).
func unnamedSourceNoun(w string) bool {
	switch w {
	case "source", "insider", "tipster":
		return true
	}
	return false
}
