package quotes

import (
	"strings"
	"unicode"
)

// participleObject reports whether the noun phrase [a, h] before the
// characterising participle at v is the object of the clause's own verb
// ("Cameron gave a speech condemning the tax as “madness”", "spent the
// campaign labeling rivals as “reckless”", "in a speech condemning …"): a
// thing, not a person, after a lower-case word of the clause (a verb or a
// preposition; not a conjunction, which may open a new subject), so the
// one who characterises is the sentence's subject, not the thing.
func (f *finder) participleObject(s sentence, a, h, v int) bool {
	if !strings.HasSuffix(f.toks[v].lower, "ing") || a-1 < s.a {
		return false
	}
	p, ht := &f.toks[a-1], &f.toks[h]
	if p.k != tWord || p.cap || ht.cap || isPronoun(ht.lower) || f.personishHead(ht.lower) {
		return false
	}
	switch p.lower {
	case "and", "or", "but", "that", "which", "who":
		return false
	}
	return true
}

// objectOwner returns the clause of the name nearest before the object
// [a, …) of a characterising participle that is the subject of a verb
// ("Cameron gave a speech condemning …", "The Harris campaign still put
// out a memo over the weekend casting itself as …"): a person's or a
// body's name followed by a lower-case word that is no preposition, a
// possessive and a name inside a prepositional phrase excluded; else the
// sentence's subject. ok is false when there is none.
func (f *finder) objectOwner(s sentence, a, v int, mm mentionMap) (attrib, bool) {
	at := attrib{verb: v, npA: -1, npB: -1, head: -1, ent: -1, info: verbInfo{core: true}}
	for i := a - 1; i >= s.a; i-- {
		m := mm.at(i)
		if m == nil {
			continue
		}
		i = m.a
		if m.poss || (m.kind != mPerson && m.kind != mOrg) || m.b >= a {
			continue
		}
		n := m.b
		for n < a && f.toks[n].k == tWord && f.toks[n].is(cSkip) {
			n++
		}
		t := &f.toks[n]
		if n >= a || t.k != tWord || t.cap || t.is(cPrep|cDet|cStopNP) {
			continue
		}
		at.npA, at.npB, at.head = m.a, m.b, m.b-1
		// (the name inside the sentence's subject: "The Harris campaign")
		if sa, sb, h, ok := f.subjectNP(s, mm); ok && sa <= m.a && m.b <= sb && sb <= a {
			at.npA, at.npB, at.head = sa, sb, h
		}
		f.resolveAttrib(s, &at, nil, mm)
		return at, at.ent >= 0
	}
	if sa, sb, h, ok := f.subjectNP(s, mm); ok && sb <= a {
		at.npA, at.npB, at.head = sa, sb, h
		f.resolveAttrib(s, &at, nil, mm)
		return at, at.ent >= 0
	}
	return at, false
}

// calledPredicate reports whether the quotation at k is the predicate of
// a call verb that has its own object ("called the housing agency a
// “patronage program”"): the speaker characterises a thing already
// named, rather than naming a product or scheme ("what it calls a “family
// plan”", where the article alone stands between verb and mark).
func (f *finder) calledPredicate(s sentence, k, cv int) bool {
	if cv+2 >= k || k-1 < s.a {
		return false
	}
	d := f.toks[k-1].lower
	if d != "a" && d != "an" {
		return false
	}
	for i := cv + 1; i < k-1; i++ {
		if f.toks[i].k != tWord {
			return false
		}
	}
	return true
}

// whichCalls reports "which he calls", "that she called" right before the
// call verb at i: someone's word for the thing the relative clause is
// about ("the alliance, which he calls “obsolete.”"), as "what he calls"
// is.
func (f *finder) whichCalls(s sentence, i int) bool {
	if i-2 < s.a {
		return false
	}
	switch f.toks[i-1].lower {
	case "he", "she", "they":
	default:
		return false
	}
	r := f.toks[i-2].lower
	return r == "which" || r == "that"
}

// acronymGloss reports whether the quotation at k spells out an acronym
// set just before it ("what officials call IIRs, or “intelligence
// information reports,”"): the expansion of a category's name, not
// anyone's words. The acronym's letters must be the initials of the
// quotation's words.
func (f *finder) acronymGloss(s sentence, k int, reg region) bool {
	if k-3 < s.a || f.toks[k-1].lower != "or" || !f.isPunct(k-2, ",") || f.toks[k-3].k != tWord {
		return false
	}
	ac := strings.TrimSuffix(f.toks[k-3].w, "s")
	if len(ac) < 2 || len(ac) > 6 || strings.ToUpper(ac) != ac {
		return false
	}
	var ini []rune
	for _, w := range strings.FieldsFunc(string(f.r[reg.start:reg.stop]), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-'
	}) {
		for _, r := range w {
			if unicode.IsLetter(r) {
				ini = append(ini, unicode.ToUpper(r))
				break
			}
		}
	}
	return string(ini) == ac
}
