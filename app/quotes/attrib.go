package quotes

import (
	"strings"
	"unicode/utf8"
)

// attrib is one reporting clause of a sentence: a reporting verb (or
// "according to") and its speaker noun phrase.
type attrib struct {
	verb     int // token index of the verb, or of "according"
	npA, npB int // speaker noun phrase tokens [npA, npB); npA < 0 when implicit
	appos    string
	info     verbInfo
	ent      int    // resolved speaker entity, -1 when unknown
	affil    string // affiliation given by this clause
	key      int    // processing order: last token of verb and noun phrase
}

// first and last return the token extent of the clause.
func (a *attrib) first() int {
	if a.npA >= 0 && a.npA < a.verb {
		return a.npA
	}
	return a.verb
}

func (a *attrib) lastTok() int {
	if a.npB-1 > a.verb {
		return a.npB - 1
	}
	return a.verb
}

func isPronoun(lw string) bool {
	switch lw {
	case "he", "she", "it", "they", "we", "i":
		return true
	}
	return false
}

// validHead reports whether a word can head a speaker noun phrase.
func (f *finder) validHead(t token) bool {
	if t.k != tWord {
		return false
	}
	lw := t.lower
	if isPronoun(lw) || t.cap {
		return !f.lx.function[lw] || isPronoun(lw)
	}
	if f.lx.roles[lw] || f.lx.docs[lw] {
		return true
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "er", "or", "ist", "ian"} {
		if strings.HasSuffix(lw, suf) && utf8.RuneCountInString(lw) > len(suf)+3 {
			return true
		}
	}
	return false
}

func (f *finder) isAdverb(t token) bool {
	if t.k != tWord || t.cap {
		return false
	}
	return f.lx.skip[t.lower] || (strings.HasSuffix(t.lower, "ly") && len(t.lower) > 4 && !f.lx.roles[t.lower])
}

func (f *finder) isPunct(k int, chars string) bool {
	return k >= 0 && k < len(f.toks) && f.toks[k].k == tPunct && strings.Contains(chars, f.toks[k].w)
}

// findAttribs returns the reporting clauses of sentence s in text order.
func (f *finder) findAttribs(s sentence) []attrib {
	var out []attrib
	for k := s.a; k < s.b; k++ {
		t := f.toks[k]
		if t.k != tWord || t.cap {
			if t.k == tWord && t.lower == "according" && k+1 < s.b && f.toks[k+1].lower == "to" {
				// sentence-initial "According to X, “…”"
			} else {
				continue
			}
		}
		if t.lower == "according" {
			if k+1 < s.b && f.toks[k+1].lower == "to" {
				if a, b, ap, ok := f.rightNP(s, k+2); ok {
					out = append(out, attrib{verb: k, npA: a, npB: b, appos: ap, ent: -1, info: verbInfo{invert: true}})
				}
			}
			continue
		}
		v, ok := f.lx.verbs[t.lower]
		if !ok {
			// "as X put it"
			if t.lower == "put" && k+1 < s.b && f.toks[k+1].lower == "it" {
				v, ok = verbInfo{}, true
			} else {
				continue
			}
		}
		if v.participle {
			out = append(out, attrib{verb: k, npA: -1, npB: -1, info: v, ent: -1})
			continue
		}
		if a, b, ap, ok := f.leftNP(s, k); ok {
			out = append(out, attrib{verb: k, npA: a, npB: b, appos: ap, info: v, ent: -1})
			continue
		}
		if v.invert {
			if a, b, ap, ok := f.rightNP(s, k+1); ok {
				out = append(out, attrib{verb: k, npA: a, npB: b, appos: ap, info: v, ent: -1})
			}
		}
	}
	for i := range out {
		out[i].key = out[i].lastTok()
	}
	return out
}

// leftNP finds the subject noun phrase before the verb at k, skipping
// adverbs/auxiliaries and an appositive set off by commas.
func (f *finder) leftNP(s sentence, k int) (int, int, string, bool) {
	j := k - 1
	for j >= s.a && f.isAdverb(f.toks[j]) {
		j--
	}
	appos := ""
	end := j + 1
	if f.isPunct(j, ",") {
		m := j - 1
		for m >= s.a && f.toks[m].k != tQuote && !f.isPunct(m, ",;:—–()") {
			m--
		}
		if m <= s.a || !f.isPunct(m, ",") || m+1 >= j {
			return 0, 0, "", false
		}
		ap := f.spanText(m+1, j)
		first := f.toks[m+1]
		if first.k == tWord && (f.lx.dets[first.lower] || first.lower == "who" || first.lower == "of" || first.lower == "former" || f.lx.roles[first.lower] || first.lower == "one") {
			appos = strings.TrimPrefix(ap, "who ")
		} else if !(m+2 == j && f.isAdverb(first)) && !(m+2 == j && first.lower == "however") {
			return 0, 0, "", false
		}
		end = m
	}
	i := end - 1
	n := 0
	for i >= s.a && n < 9 {
		t := f.toks[i]
		if t.k != tWord || f.lx.stopNP[t.lower] {
			break
		}
		if vi, ok := f.lx.verbs[t.lower]; ok && !vi.participle && !t.cap {
			break
		}
		if f.lx.preps[t.lower] {
			if i-1 >= s.a && f.toks[i-1].k == tWord && (f.lx.roles[f.toks[i-1].lower] || f.lx.docs[f.toks[i-1].lower]) && i+1 < end {
				i--
				n++
				continue
			}
			break
		}
		i--
		n++
	}
	a := i + 1
	// drop leading sentence adverbs and conjunctions
	for a < end && f.toks[a].k == tWord && f.lx.function[f.toks[a].lower] && !f.lx.dets[f.toks[a].lower] && !isPronoun(f.toks[a].lower) && f.toks[a].lower != "one" {
		a++
	}
	if a >= end || !f.validHead(f.toks[end-1]) {
		return 0, 0, "", false
	}
	// a pronoun must stand alone ("he said"), not end a longer phrase
	if isPronoun(f.toks[end-1].lower) && a != end-1 {
		a = end - 1
	}
	// a phrase ending in a pronoun used as an object ("told him") is no subject
	return a, end, appos, true
}

// rightNP finds a speaker noun phrase starting at token k (after an
// inverted verb or "according to") and its appositive.
func (f *finder) rightNP(s sentence, k int) (int, int, string, bool) {
	i := k
	n := 0
	for i < s.b && n < 9 {
		t := f.toks[i]
		if t.k != tWord || f.lx.stopNP[t.lower] {
			break
		}
		if vi, ok := f.lx.verbs[t.lower]; ok && !vi.participle && !t.cap {
			break
		}
		if f.lx.preps[t.lower] {
			if i > k && (f.lx.roles[f.toks[i-1].lower] || f.lx.docs[f.toks[i-1].lower]) && i+1 < s.b && f.toks[i+1].k == tWord {
				i++
				n++
				continue
			}
			break
		}
		i++
		n++
		if t.poss && !t.cap {
			continue
		}
	}
	if i == k || !f.validHead(f.toks[i-1]) {
		return 0, 0, "", false
	}
	// trailing prepositional phrase that ended on a non-head: back off
	appos := ""
	if f.isPunct(i, ",") && i+1 < s.b && f.toks[i+1].k == tWord {
		first := f.toks[i+1]
		if f.lx.dets[first.lower] || first.lower == "who" || first.lower == "of" || first.lower == "former" || first.lower == "one" || (f.lx.roles[first.lower] && !first.cap) {
			e := i + 1
			for e < s.b && f.toks[e].k == tWord || (e < s.b && f.toks[e].k == tPunct && !f.isPunct(e, ",;:.?!…()—–")) {
				e++
			}
			appos = strings.TrimPrefix(f.spanText(i+1, e), "who ")
		}
	}
	return k, i, appos, true
}

// resolveAttrib decides who speaks in a reporting clause.
func (f *finder) resolveAttrib(s sentence, at *attrib, prior []attrib, ms []mention) {
	if at.npA < 0 { // participle: the subject of the clause it hangs on
		for i := len(prior) - 1; i >= 0; i-- {
			if prior[i].ent >= 0 && prior[i].verb < at.verb {
				at.ent, at.affil = prior[i].ent, prior[i].affil
				return
			}
		}
		for i := range ms {
			m := &ms[i]
			if m.b <= at.verb && m.ent >= 0 && (m.kind == mPerson || m.kind == mOrg) && !m.poss {
				at.ent = m.ent
				return
			}
		}
		if t := f.toks[s.a]; t.k == tWord && isPronoun(t.lower) {
			at.ent = f.antecedent(t.lower, t.s)
		}
		return
	}
	head := f.toks[at.npB-1]
	if at.npB-at.npA == 1 && isPronoun(head.lower) {
		at.ent = f.antecedent(head.lower, head.s)
		if at.ent >= 0 {
			at.affil = at.appos
		}
		return
	}
	// A proper name heading the phrase.
	for i := range ms {
		m := &ms[i]
		if m.b != at.npB || m.a < at.npA && m.ca < at.npA {
			continue
		}
		switch m.kind {
		case mPerson, mUnknown:
			if m.ent < 0 {
				w := f.toks[m.ca].lower
				if m.b-m.ca == 1 && (f.lx.roles[w] || f.lx.docs[w]) {
					break
				}
				m.kind = mPerson
				f.resolveMention(m)
				if m.ent < 0 {
					id := f.newEntity(f.spanText(m.ca, m.b), ePerson, f.toks[m.a].s)
					e := &f.ents[id]
					e.parts = []string{w}
					e.surname, e.single = w, true
					f.touch(id, m, f.spanText(m.a, m.b), f.toks[m.a].s)
				}
			}
			at.ent = m.ent
			at.affil = at.appos
			if at.affil == "" {
				start := at.npA
				if m.pa < start {
					start = m.pa
				}
				for start < m.ca && f.toks[start].k == tWord && f.lx.dets[f.toks[start].lower] && f.toks[start].lower != "the" {
					start++
				}
				if start < m.ca {
					at.affil = f.spanText(start, m.ca)
				}
			}
			e := &f.ents[at.ent]
			if e.affil == "" {
				e.affil = at.affil
			}
			return
		case mOrg, mPlace:
			at.ent = f.entityByName(f.spanText(at.npA, at.npB), eOrg, f.toks[at.npA].s)
			return
		}
	}
	// A described source: "one expert", "the KCNA statement".
	name := f.spanText(at.npA, at.npB)
	at.ent = f.entityByName(name, eGroup, f.toks[at.npA].s)
	e := &f.ents[at.ent]
	hl := head.lower
	e.plural = strings.HasSuffix(hl, "s") && !strings.HasSuffix(hl, "ss") && !f.lx.docs[hl] && hl != "news"
	at.affil = at.appos
	if e.affil == "" {
		e.affil = at.appos
	}
}
