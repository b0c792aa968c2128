package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The finder's entities and their index: creating people and
// organisations, indexing their name tokens (with ASCII spellings of
// accented letters), and finding a person by the full name or by one word
// of it, an organisation by its name or its acronym.

func (f *finder) newEntity(name phrase, k ekind, pos int) int {
	f.ents = append(f.ents, entity{name: name.text, kind: k, first: pos, last: pos})
	id := len(f.ents) - 1
	f.nameIdx[entKey{k, name.lower}] = id
	return id
}

// entKey indexes entities by kind and lower-case name.
type entKey struct {
	kind ekind
	name string
}

// setParts records the name tokens of entity id and indexes them.
// parts may be scratch: the entity keeps a copy, in f.partStore.
func (f *finder) setParts(id int, parts []string) {
	start := len(f.partStore)
	f.partStore = append(f.partStore, parts...)
	parts = f.partStore[start:len(f.partStore):len(f.partStore)]
	f.ents[id].parts = parts
	for _, p := range parts {
		f.indexPart(p, id)
		if bare := arabicArticle(p); bare != "" {
			f.indexPart(bare, id) // "al-Sisi" is also "Sisi"
		}
		// "Müller" is also written "Muller" and "Mueller"
		if plain, wide, ok := foldName(p); ok {
			f.indexPart(plain, id)
			if wide != plain {
				f.indexPart(wide, id)
			}
		}
	}
}

// indexPart lists entity id under name token p.
func (f *finder) indexPart(p string, id int) {
	li, ok := f.partIdx[p]
	if !ok {
		li = f.newPartList()
		f.partIdx[p] = li
	}
	if l := f.partLists[li]; len(l) == 0 || l[len(l)-1] != id {
		f.partLists[li] = append(l, id)
	}
}

// addParts indexes more name tokens for entity id (an alias's), keeping
// the parts it has.
func (f *finder) addParts(id int, parts []string) {
	all := append(append([]string(nil), f.ents[id].parts...), parts...)
	f.setParts(id, all)
}

// foldName returns the ASCII spellings of a name token with accented
// letters: without the accents ("muller", "jose") and with German
// umlauts spelt out ("mueller"). ok is false for a token that has none.
func foldName(p string) (plain, wide string, ok bool) {
	ascii := true
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return "", "", false
	}
	var pb, wb strings.Builder
	for _, c := range p {
		b, w := foldRune(c)
		if b == "" {
			return "", "", false // not a Latin letter we know: no spelling
		}
		pb.WriteString(b)
		wb.WriteString(w)
	}
	return pb.String(), wb.String(), true
}

// foldRune spells a lower-case rune in ASCII, plainly and the German way.
func foldRune(c rune) (string, string) {
	if c < utf8.RuneSelf {
		s := string(c)
		return s, s
	}
	switch c {
	case 'ä':
		return "a", "ae"
	case 'ö':
		return "o", "oe"
	case 'ü':
		return "u", "ue"
	case 'ß':
		return "ss", "ss"
	case '’':
		return "'", "'"
	}
	const from, to = "àáâãåāăąçćčďđèéêëēęěğìíîïīıłľĺñńňòóôõøōőŕřśšşťţùúûůūűýÿźżž", "aaaaaaaacccddeeeeeeegiiiiiilllnnnooooooorrssssttuuuuuuyyzzz"
	i := 0
	for _, x := range from {
		if x == c {
			s := to[i : i+1]
			return s, s
		}
		i++
	}
	return "", ""
}

// partIs reports whether name token p is w or an ASCII spelling of it.
func partIs(p, w string) bool {
	if p == w || (len(p) > len(w) && arabicArticle(p) == w) {
		return true
	}
	plain, wide, ok := foldName(p)
	return ok && (plain == w || wide == w)
}

// hasPart is containsStr(parts, w) up to spelling (partIs).
func hasPart(parts []string, w string) bool {
	for _, p := range parts {
		if partIs(p, w) {
			return true
		}
	}
	return false
}

// newPartList adds an empty list to f.partLists and returns its index. It
// reuses the storage of an earlier call's list when there is one, so that
// indexing names allocates nothing once the finder has been used a little.
func (f *finder) newPartList() int {
	n := len(f.partLists)
	if n < cap(f.partLists) {
		f.partLists = f.partLists[:n+1]
		f.partLists[n] = f.partLists[n][:0]
	} else {
		f.partLists = append(f.partLists, nil)
	}
	return n
}

// withPart returns the most recently created entities having name token w
// (bounded, so that pathological texts stay linear).
func (f *finder) withPart(w string) []int {
	li, ok := f.partIdx[w]
	if !ok {
		return nil
	}
	l := f.partLists[li]
	if len(l) > maxCandidates {
		l = l[len(l)-maxCandidates:]
	}
	return l
}

// maxRun is the longest run of capitalised words treated as one name.
const maxRun = 12

// maxCandidates bounds every backward search over entities and events.
const maxCandidates = 300

// entityByName finds or creates an organisation/group entity by its
// case-insensitive name.
func (f *finder) entityByName(name phrase, k ekind, pos int) int {
	if id, ok := f.nameIdx[entKey{k, name.lower}]; ok {
		f.ents[id].last = pos
		return id
	}
	return f.newEntity(name, k, pos)
}

// orgEntity finds the organisation named name, or an earlier one whose
// name contains it ("the Commission" after "the European Commission"), or
// creates it.
func (f *finder) orgEntity(name phrase, pos int) int {
	parts := f.orgParts[:0]
	for p := range strings.FieldsSeq(name.lower) {
		parts = append(parts, p)
	}
	f.orgParts = parts
	if len(parts) == 0 {
		return f.entityByName(name, eOrg, pos)
	}
	best := -1
	for _, i := range f.withPart(parts[0]) {
		e := &f.ents[i]
		if e.kind != eOrg {
			continue
		}
		if equalStrs(e.parts, parts) {
			e.last = pos
			return i
		}
		// ("the White House said" after "The White House and Pentagon
		// released statements": one of two bodies named together is
		// not the pair)
		if len(e.parts) > len(parts) && subseq(e.parts, parts) && !f.conjunctOf(e.parts, parts) && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	if best < 0 && len(parts) == 1 {
		best = f.acronymOf(name.text)
		if best < 0 {
			best = f.spelledOutOrg(name.text, pos)
		}
	}
	if best >= 0 {
		f.ents[best].last = pos
		return best
	}
	id := f.entityByName(name, eOrg, pos)
	f.setParts(id, parts)
	return id
}

// conjunctOf reports whether parts lie wholly on one side of an "and" in
// whole that joins two bodies' names ("white house" of "white house and
// pentagon"): the words before "and" end in an organisation's word. In
// "Devon and Cornwall Police" the places share the body's noun, and
// "Cornwall Police" is the whole body.
func (f *finder) conjunctOf(whole, parts []string) bool {
	i := slices.Index(whole, "and")
	if i < 1 || slices.Contains(parts, "and") || !f.lx.is(whole[i-1], cOrg) {
		return false
	}
	return subseq(whole[:i], parts) || subseq(whole[i+1:], parts)
}

// acronymOf returns the organisation an all-capital acronym stands for
// ("KCNA" after "North Korea’s Central News Agency", "UCEA" after
// "Universities and Colleges Employers’ Association"), or -1: the initials
// of its name's words, small words left out, end with the acronym.
func (f *finder) acronymOf(acr string) int {
	if n := len(acr); n < 2 || n > 6 || !allUpper(acr) {
		return -1
	}
	for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
		e := &f.ents[i]
		if e.kind != eOrg || len(e.parts) < 2 {
			continue
		}
		var ini [16]byte
		n := 0
		for _, p := range e.parts {
			switch p {
			case "of", "and", "the", "for", "&", "de", "du", "des", "la":
				continue
			}
			c, _ := utf8.DecodeRuneInString(p)
			if c >= utf8.RuneSelf || n == len(ini) {
				n = -1
				break
			}
			ini[n] = byte(unicode.ToUpper(c))
			n++
		}
		if n >= len(acr) && strings.HasSuffix(string(ini[:n]), acr) {
			return i
		}
	}
	return f.bracketAcronym(acr)
}

// findFull finds the person whose full name is parts, or a person whose
// name contains parts, or (with upgrade) an earlier one-word person to
// upgrade.
func (f *finder) findFull(parts []string, name phrase, upgrade bool) int {
	cands := f.withPart(parts[0])
	for _, i := range cands {
		e := &f.ents[i]
		if e.kind == ePerson && equalStrs(e.parts, parts) {
			return i
		}
	}
	// "Sergio Moro" after "Sérgio Moro": the same name without its
	// accents
	for _, i := range cands {
		if e := &f.ents[i]; e.kind == ePerson && sameSpelling(e.parts, parts) {
			return i
		}
	}
	// "Galabuzi Brian Kakembo" after "Brian Galabuzi Kakembo": the same
	// names in another order
	if len(parts) >= 3 {
		for _, i := range cands {
			e := &f.ents[i]
			if e.kind == ePerson && samePartSet(e.parts, parts) {
				return i
			}
		}
	}
	// "Allan Snr" after "Allan Bryant Snr": a given name and the
	// generational suffix of a known full name
	if len(parts) == 2 && nameSuffix(parts[1]) {
		for _, i := range cands {
			e := &f.ents[i]
			if e.kind == ePerson && len(e.parts) > 2 && e.parts[0] == parts[0] && sameSuffix(e.parts[len(e.parts)-1], parts[1]) {
				return i
			}
		}
	}
	// a longer known name containing this one ("Jong Un" of "Kim Jong Un"),
	// not for a relative ("Ms Khairunisa's father, Haidar Fauzi": a
	// patronymic family name is part of the daughter's)
	best := -1
	for _, i := range cands {
		e := &f.ents[i]
		if upgrade && e.kind == ePerson && len(e.parts) > len(parts) && subseq(e.parts, parts) {
			if best < 0 || e.last > f.ents[best].last {
				best = i
			}
		}
	}
	if best < 0 && upgrade {
		best = f.middleDropped(parts, cands)
	}
	if best >= 0 {
		return best
	}
	// upgrade a person so far known only by one of these words
	if !upgrade {
		return -1
	}
	for _, w := range []string{parts[len(parts)-1], parts[0]} {
		for _, i := range f.withPart(w) {
			e := &f.ents[i]
			if e.kind == ePerson && e.single && len(e.parts) == 1 && e.parts[0] == w {
				e.name = name.text
				e.single = false
				f.setParts(i, parts)
				e.surname = f.surnameOf(parts)
				f.nameIdx[entKey{ePerson, name.lower}] = i
				return i
			}
		}
	}
	return -1
}

// sameSpelling reports whether a and b are the same name tokens up to
// accents and spelt-out umlauts (partIs either way).
func sameSpelling(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !partIs(a[i], b[i]) && !partIs(b[i], a[i]) {
			return false
		}
	}
	return true
}

// samePartSet reports whether a and b hold the same distinct words, each
// once, in any order.
func samePartSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i, w := range a {
		if !containsStr(b, w) || containsStr(a[i+1:], w) {
			return false
		}
	}
	return true
}

// findByPart resolves a one-word mention in paragraph para (-1: any):
// surname matches beat other name parts, a shared title beats recency, the
// person the bare name meant before or introduced in this paragraph beats
// another, then the most recent mention wins.
func (f *finder) findByPart(w string, titles []string, para int) int {
	best, bestScore := -1, -100
	g := genderOf(f.lx, titles, "") // "Mr. Trump" is not "Ms. Trump"
	last1, last2 := f.lastTwo(w)
	kinTitled := g != 0 && f.onlyRelativeOf(w, g)
	for _, i := range f.withPart(w) {
		e := &f.ents[i]
		if e.kind != ePerson || !hasPart(e.parts, w) {
			continue
		}
		score := 0
		if g != 0 && e.gender != 0 {
			if e.gender != g {
				continue
			}
			score += 3
		}
		if partIs(e.surname, w) {
			score += 2
		}
		// "His father, Ahmed Kadyrov," then "Kadyrov says": a relative
		// mentioned in passing takes the bare surname only when no one
		// else bears it
		if e.relative && !kinTitled {
			score -= 4
		}
		// Two Dahlbergs: the bare name goes on meaning whom it meant
		// before ("his cousin Frida Dahlberg" does not take "Dahlberg"
		// paragraphs later), unless the other was introduced in this
		// paragraph ("Lin Chen-yu, a legislator… “…,” Lin said").
		exact, particle := false, false
		for _, a := range e.aliases {
			if strings.EqualFold(a, w) {
				exact = true
			} else if f.particleShort(a, w) {
				particle = true
			}
		}
		if exact {
			score++
		} else if particle {
			// "Sadeq Abu Amer … Abu Amer is the head of…": one the text
			// calls by the particle and the name is not a bare "Amer"
			// when someone else bears it alone ("Abu Hassan Amer")
			score -= 2
		}
		if para >= 0 && f.paraAt(e.first) == para {
			score++
		}
		// ("Jimenez, Dustin Johnson and Snedeker were in": named only
		// in a list)
		if f.listedOnly(e) {
			score--
		}
		// "Prime Minister Shehbaz Sharif … Sharif said" then "Lt. Gen.
		// Ahmed Sharif said … Sharif also accused": one introduced
		// speaking since the others were last named is the one the bare
		// name now means (or introduced with an appositive opening a
		// paragraph: "Zhou Shunzhu, a mother of two, has…")
		others := last1
		if e.last == last1 {
			others = last2
		}
		if others >= 0 && e.first > others && (f.introSpeaking(e) || f.introDescribed(e)) || others >= 0 && e.last == last1 && f.spokeInFullLast(e, para) {
			score++
		}
		for _, t := range titles {
			if containsStr(e.titles, t) || strings.Contains(e.lowerAffil(), t) {
				score += 4
				break
			}
		}
		if score > bestScore || (score == bestScore && e.last > f.ents[best].last) {
			best, bestScore = i, score
		}
	}
	return best
}

// namesake returns the person other than id whose surname is w, the one
// mentioned last, or -1.
func (f *finder) namesake(w string, id int) int {
	best := -1
	for _, i := range f.withPart(w) {
		if e := &f.ents[i]; i != id && e.kind == ePerson && partIs(e.surname, w) && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	return best
}

// surnameOf guesses the family name of a full name: the first token for
// East Asian names written surname-first, the last token otherwise.
func (f *finder) surnameOf(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	if len(parts) == 1 {
		return parts[0]
	}
	// "James Roosevelt Jr.": a generational suffix is no family name
	for len(parts) > 2 && nameSuffix(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	first, last := parts[0], parts[len(parts)-1]
	if f.lx.is(first, cSurnameFirst) {
		second := parts[1]
		if hasHyphen(second) || len(parts) == 3 || !f.lx.is(last, cSurnameFirst) {
			return first
		}
	}
	return last
}

func genderOf(lx *lexicon, titles []string, first string) byte {
	for _, t := range titles {
		switch t {
		case "mr", "u", "sir", "king", "prince", "lord", "father", "emperor", "sultan", "sheikh", "emir", "congressman", "spokesman", "chairman", "duke", "earl", "baron":
			return 'm'
		case "mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "dame", "daw", "empress", "congresswoman", "spokeswoman", "chairwoman", "duchess", "countess", "baroness":
			return 'f'
		}
	}
	if lx.is(first, cFemale) {
		return 'f'
	}
	if lx.is(first, cMale) {
		return 'm'
	}
	return 0
}
