package quotes

import (
	"sort"
	"strings"
	"unicode"
)

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

// countryOffice returns the person that "<Country>'s <office>" (tokens
// npA, head) refers back to: the one person named with that office's
// title ("President Mahmoud Ahmadinejad … Iran's president dismissed the
// protests") whose description names no other country ("US President
// Barack Obama" is not "Iran's president"); -1 when there is none or more
// than one (issue 20, nineteenth round).
func (f *finder) countryOffice(npA, head, npB int) int {
	o, h := &f.toks[npA], &f.toks[head]
	if head != npA+1 || npB != head+1 || o.k != tWord || !o.poss || !o.cap || !o.is(cPlace) || h.cap || !officeTitle(h.lower) {
		return -1
	}
	cand := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		if e.kind != ePerson || !containsStr(e.titles, h.lower) || f.otherCountry(e, o.lower) {
			continue
		}
		if cand >= 0 {
			return -1
		}
		cand = i
	}
	return cand
}

// otherCountry reports whether the description of e (its affiliation and
// titles, and the capitalised words right before its first mention: "US
// President Barack Obama") names a place or nationality other than place
// ("US" for "iran"; "Iranian" is Iran's).
func (f *finder) otherCountry(e *entity, place string) bool {
	other := func(w string) bool {
		w = strings.TrimSuffix(w, ".")
		if w == "" || !(f.lx.is(w, cPlace) || demonymWord(w)) {
			return false
		}
		n := min(4, len(w), len(place))
		return w[:n] != place[:n]
	}
	desc := e.lowerAffil() + " " + strings.Join(e.titles, " ")
	for _, w := range strings.FieldsFunc(desc, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		if other(w) {
			return true
		}
	}
	k := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].s >= e.first })
	for j := k - 1; j >= 0 && j >= k-3 && f.toks[j].k == tWord && f.toks[j].cap; j-- {
		if other(f.toks[j].lower) {
			return true
		}
	}
	return false
}

// describedNamed returns the described source that the text now names in
// apposition before mention m ("The pilot, identified as Chesley
// Sullenberger, is credited…" after "the pilot reported a “double bird
// strike”"; "The driver, Ana Ruiz, said"): a singular "the <noun>" that
// spoke before under that description; or -1 (issue 20, nineteenth
// round).
func (f *finder) describedNamed(m *mention) int {
	k := m.a - 1
	if k >= 1 && f.toks[k].lower == "as" && (f.toks[k-1].lower == "identified" || f.toks[k-1].lower == "named") {
		k -= 2
	}
	if k < 2 || !f.isPunct(k, ",") {
		return -1
	}
	h, d := &f.toks[k-1], &f.toks[k-2]
	if h.k != tWord || h.cap || h.poss || d.lower != "the" || h.is(cFunction) {
		return -1
	}
	id, ok := f.nameIdx[entKey{eGroup, "the " + h.lower}]
	if !ok || f.ents[id].plural || f.ents[id].first >= d.s {
		return -1
	}
	return id
}

// personForDescribed makes the described source id the person now named
// (name, parts): the quotations given to "the pilot" are his.
func (f *finder) personForDescribed(id int, name phrase, parts []string, titles []string) {
	e := &f.ents[id]
	delete(f.nameIdx, entKey{eGroup, strings.ToLower(e.name)})
	if !containsStr(e.titles, e.head) && e.head != "" {
		e.titles = append(e.titles, e.head)
	}
	e.kind, e.name, e.head = ePerson, name.text, ""
	f.nameIdx[entKey{ePerson, name.lower}] = id
	f.setParts(id, parts)
	e.surname = f.surnameOf(parts)
	if g := genderOf(f.lx, titles, parts[0]); g != 0 {
		e.gender = g
	}
}
