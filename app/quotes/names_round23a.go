package quotes

import "unicode"

// addressedByName reports titles that are only forms of address ("Mrs",
// "Mr", "Dr"): a word after them is a person's name even when it is also
// a month or a place ("Mrs May", "Mr Jordan"), since no month or place is
// addressed as Mrs.
func addressedByName(titles []string) bool {
	return len(titles) > 0 && honorificTitles(titles)
}

// particleSurname reports a surname that opens with a lower-case particle
// from token k to b ("de Blasio" in "Mr de Blasio", "van der Berg" in "Dr
// van der Berg"): after a title it is the name, not the end of the title
// block's office ("Duchess of Sussex").
func (f *finder) particleSurname(k, b int) bool {
	for k < b-1 && f.toks[k].k == tWord && !f.toks[k].cap && f.toks[k].is(cConnect) {
		k++
	}
	return k == b-1 && f.isCapWord(k) && f.toks[k-1].is(cConnect)
}

// nicknameGiven returns the given name before a quoted nickname that
// comes right before the surname at token k ("William “Jerry” Boykin",
// "Thomas ‘Tip’ O’Neill"), or -1. The quoted nickname cuts the run of
// capitalised words in two, so the surname alone would otherwise stand
// for someone named only once; the person is the given name and the
// surname, the nickname left out as a title is.
func (f *finder) nicknameGiven(k int) int {
	if k < 2 || f.toks[k-1].k != tQuote || !f.isCapWord(k) {
		return -1
	}
	q, g := &f.toks[k-1], k-2
	if q.para != f.toks[k].para || f.toks[g].para != q.para || !f.isCapWord(g) || f.toks[g].poss || f.toks[g].is(cTitle|cFunction) || q.s != f.toks[g].e+1 || f.toks[k].s != q.e+1 {
		return -1
	}
	// the nickname: one or two capitalised words and nothing else
	inner := f.r[q.s+1 : q.e-1]
	words, start := 0, true
	for _, c := range inner {
		switch {
		case c == ' ':
			start = true
		case start:
			if !unicode.IsUpper(c) {
				return -1
			}
			start = false
			words++
		case !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’':
			return -1
		}
	}
	if words == 0 || words > 2 {
		return -1
	}
	return g
}

// nicknamedPerson resolves the surname at token k after a given name and a
// quoted nickname (see nicknameGiven) to the person of that given name and
// surname, or returns -1.
func (f *finder) nicknamedPerson(k, pos int, titles []string) int {
	g := f.nicknameGiven(k)
	if g < 0 {
		return -1
	}
	given, sur := f.spanPhrase(g, g+1), f.spanPhrase(k, k+1)
	name := phrase{given.text + " " + sur.text, given.lower + " " + sur.lower}
	parts := []string{f.toks[g].lower, f.toks[k].lower}
	if id := f.findFull(parts, name, true); id >= 0 {
		return id
	}
	id := f.newEntity(name, ePerson, pos)
	f.setParts(id, parts)
	e := &f.ents[id]
	e.surname = parts[1]
	e.gender = genderOf(f.lx, titles, parts[0])
	return id
}

// placeSurname reports a lone place word at token k ("Spain", "Jordan")
// that is the family name of a person named in full before ("Glen Spain,
// a regional director, said …") and stands where a person does: the
// subject of a reporting verb or an owner ("Spain said", "Spain’s
// organization"), not after a preposition or "the" ("in Spain").
func (f *finder) placeSurname(s sentence, k int) bool {
	t := &f.toks[k]
	if !t.is(cPlace) || allUpper(t.w) || !f.surnameKnown(t.lower) {
		return false
	}
	if p := k - 1; p >= s.a && f.toks[p].k == tWord && (f.toks[p].is(cPrep|cDet) || f.toks[p].lower == "the" || f.toks[p].cap || f.toks[p].poss) {
		return false
	}
	if t.poss {
		return true
	}
	n := k + 1
	if n < s.b && f.toks[n].k == tWord && !f.toks[n].cap && (f.toks[n].lower == "also" || f.toks[n].lower == "then") {
		n++
	}
	if n >= s.b || f.toks[n].k != tWord || f.toks[n].cap {
		return false
	}
	_, ok := f.toks[n].verb()
	return ok
}

// officeAndRoleName finds the name after a capitalised office with its
// department ("Under Secretary of Defense", from token i or with its "of"
// at i) that "and" joins to lower-case roles before the name: "said former
// Under Secretary of Defense and commission co-chair Eric Ward". The
// phrase otherwise stopped at the office ("under" is a preposition, "of"
// ends it), and the adjective "former" before it took the quotation.
func (f *finder) officeAndRoleName(s sentence, i int, mm mentionMap) (int, int, bool) {
	j, title := i, false
	for j < s.b && j < i+3 && f.isCapWord(j) && mm.at(j) == nil {
		title = title || f.toks[j].is(cTitle)
		j++
	}
	if j == i && i > s.a && f.toks[i-1].cap && f.toks[i-1].is(cTitle) && mm.at(i-1) == nil {
		title = true
	}
	if !title || j+4 >= s.b || f.toks[j].lower != "of" {
		return 0, 0, false
	}
	o := j
	j = o + 1
	for j < s.b && j < o+5 && (f.isCapWord(j) || f.toks[j].lower == "of" && f.isCapWord(j+1)) {
		j++
	}
	if j == o+1 || j >= s.b || f.toks[j].lower != "and" {
		return 0, 0, false
	}
	return f.rolesThenName(s, j, mm)
}
