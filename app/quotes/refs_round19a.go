package quotes

// groupSubject returns the plural group that the subject of sentence s
// refers back to as "the <noun>" ("In one area, the bishops walked back
// their position."), or as the owner of the subject ("The bishops' letter
// echoed…"), when the text has let such a group speak before; or -1.
// Such a sentence is about the group, which a "they" after it means, not
// another group quoted since (issue 20, nineteenth round).
func (f *finder) groupSubject(s sentence, mm mentionMap) int {
	sa, sb, _, ok := f.subjectNP(s, mm)
	if !ok || sb-sa < 2 || f.toks[sa].lower != "the" {
		return -1
	}
	for k := sa + 1; k < sb; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.cap {
			return -1
		}
		if !t.poss && k < sb-1 {
			continue
		}
		if len(t.lower) < 4 || t.lower[len(t.lower)-1] != 's' || t.lower[len(t.lower)-2] == 's' {
			return -1
		}
		for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
			if e := &f.ents[i]; e.kind == eGroup && e.plural && e.head == t.lower {
				return i
			}
		}
		return -1
	}
	return -1
}
