package quotes

import "strings"

// placeEpithet reports whether tokens [npA, npB) are "<Place>'s [up to
// two lower-case modifiers] <role>" ("Norland's exiled religious leader",
// "Britain's foreign secretary"): a description of one person by the
// place they serve, a definite description though it has no "the".
func (f *finder) placeEpithet(npA, head, npB int) bool {
	o, h := &f.toks[npA], &f.toks[head]
	if npB != head+1 || head == npA || head > npA+3 || o.k != tWord || !o.poss || !o.cap || !o.is(cPlace) {
		return false
	}
	hl := h.lower
	if h.k != tWord || h.cap || h.poss || !(epithet(hl) || officeTitle(hl)) || sourceNoun(hl) || spokesNoun(hl) || ownedKin(hl) {
		return false
	}
	for k := npA + 1; k < head; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.cap || t.poss || t.is(cFunction|cDet|cStopNP) {
			return false
		}
	}
	return true
}

// placeEpithetBack returns the person that "<Place>'s [modifiers] <role>"
// refers back to: the person just named of whose role the text has said
// nothing yet ("The Grand Abbot has renewed his call… Norland's exiled
// religious leader said"), as "the exiled leader" would; -1 when there is
// none. The role becomes that person's title, so a later "the exiled
// leader" is the same person. A person the text gave another office or
// description ("President Anna Vok", "Tom Reed, an analyst") is not taken
// for a role of a place, nor one whose description names another country
// (issue 20, twenty-fifth round).
func (f *finder) placeEpithetBack(npA, head, npB int, mm mentionMap) int {
	if !f.placeEpithet(npA, head, npB) {
		return -1
	}
	h := &f.toks[head]
	// "Nepal's religious leader, the Grand Abbot, fled": the person
	// named in apposition
	if id := f.apposPerson(npB, mm); id >= 0 {
		return id
	}
	g := roleGender(h.lower)
	id := f.latestPerson(h.s, h.para, g)
	if id < 0 {
		// (named, not yet quoted: "The Grand Abbot has renewed his call")
		id = f.namedLastBefore(npA, func(e *entity) bool { return e.kind == ePerson && (g == 0 || e.gender == g) })
	}
	if id < 0 {
		return -1
	}
	e := &f.ents[id]
	if e.kind != ePerson || e.affil != "" || f.otherCountry(e, f.toks[npA].lower) {
		return -1
	}
	for _, t := range e.titles {
		if t != h.lower && !honorificTitles([]string{t}) {
			return -1
		}
	}
	if !containsStr(e.titles, h.lower) {
		e.titles = append(e.titles, h.lower)
	}
	return id
}

// ledeEpithetNamed returns the described source that a lede's
// "<Place>'s <role>" introduced ("Britain's foreign secretary has said
// that … “an absolute duty”") when the paragraph after the lede names a
// new person as the subject of a verb of speech ("Speaking on Monday,
// Boris Johnson said,"): a wire lede describes the speaker the body then
// names, so the lede's words and a later "the foreign secretary" are that
// person's; or -1 (issue 20, twenty-fifth round).
func (f *finder) ledeEpithetNamed(m *mention) int {
	if len(f.toks) == 0 || f.toks[m.a].para != f.toks[0].para+1 || m.b >= len(f.toks) || !honorificTitles(m.titles) {
		return -1
	}
	if v, ok := f.toks[m.b].verb(); !ok || v.weak || v.participle {
		return -1
	}
	lede := f.toks[0].para
	id := -1
	for i := range f.ents {
		e := &f.ents[i]
		if e.kind != eGroup || e.plural || e.head == "" {
			continue
		}
		k := f.tokAt(e.first)
		if k < 0 || f.toks[k].para != lede {
			continue
		}
		n := len(strings.Fields(e.name))
		if !f.placeEpithet(k, k+n-1, k+n) {
			continue
		}
		if id >= 0 {
			return -1 // two described in the lede: no telling which
		}
		id = i
	}
	return id
}

// apposPerson returns the person named in apposition at token c, between
// commas, with or without "the" (", the Grand Abbot,"), or -1.
func (f *finder) apposPerson(c int, mm mentionMap) int {
	if c+2 >= len(f.toks) || !f.isPunct(c, ",") {
		return -1
	}
	k := c + 1
	m := mm.at(k)
	if m == nil && f.toks[k].lower == "the" {
		k++
		m = mm.at(k)
	}
	if m == nil || m.a != k || m.kind != mPerson || m.poss || m.b >= len(f.toks) || !f.isPunct(m.b, ",") {
		return -1
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	if m.ent < 0 || f.ents[m.ent].kind != ePerson {
		return -1
	}
	return m.ent
}
