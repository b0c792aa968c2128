package quotes

import "strings"

// othersTerm reports whether the token before a fragment, p, is a
// possessive pronoun whose owner is not who the clause of speech after it
// says is speaking: "Rodgers completed his “darkness retreat”, according
// to ESPN". The owner's name for a thing of theirs is a term the source
// cites, not its words.
func (f *finder) othersTerm(p int, post, pre, after *attrib) bool {
	if p < 0 || f.toks[p].k != tWord {
		return false
	}
	cl := post
	if cl == nil {
		cl = pre
	}
	if cl == nil {
		cl = after
	}
	// (only a clause after the fragment: "objected to Szabo's “willy
	// nilly” decision" characterises Szabo's decision in the objector's
	// words)
	if cl == nil || cl.npA < 0 || cl.ent < 0 || cl.verb < p {
		return false
	}
	var pr string
	switch f.toks[p].lower {
	case "his":
		pr = "he"
	case "her":
		pr = "she"
	case "their":
		pr = "they"
	case "its":
		pr = "it"
	default:
		return false
	}
	owner := f.antecedent(pr, f.toks[p].s)
	return owner >= 0 && owner != cl.ent
}

// ownedText resolves a text whose owner is a described body or person,
// [npA, head) holding "the <modifiers> <owner>'s <modifiers>": "the
// company’s website", "The high court's brief order", "the manufacturer's
// safety sheet". A text's words are its author's, so the owner speaks when
// the article named it: the author of the last text of that kind, else the
// body of that kind ("the company" the one last named, "the high court"
// the court).
func (f *finder) ownedText(npA, head int, mm mentionMap) int {
	hl := f.toks[head].lower
	if f.toks[head].cap || !(authoredText(hl) || courtText(hl) || ownedPage(hl)) {
		return -1
	}
	if f.toks[npA].lower != "the" {
		return -1
	}
	o := -1
	for i := npA + 1; i < head; i++ {
		if f.toks[i].poss {
			o = i
			break
		}
	}
	if o < 0 || !f.plainModifiers(npA+1, o) || !f.plainModifiers(o+1, head) {
		return -1
	}
	ow := &f.toks[o]
	if ow.k != tWord || ow.cap || ow.is(cDet|cPrep|cFunction|cSkip|cStopNP) || isPronoun(ow.lower) {
		return -1
	}
	// ("the Sky Harbour website … the company's website": the author of
	// the last such text the article named)
	for i := len(f.authors) - 1; i >= 0; i-- {
		if l := f.authors[i]; l.head == hl && l.pos < f.toks[npA].s && f.paraAt(l.pos) >= f.toks[npA].para-maxAuthorGap*2 {
			return l.ent
		}
	}
	// (a body or a role's holder the article named; "The hospital’s own
	// statement" with no hospital named stays the statement)
	if id, _ := f.resolveNP(npA, o+1, o, "", mm); id >= 0 && (f.ents[id].kind == eOrg || f.ents[id].kind == ePerson && ow.is(cRole)) {
		return id
	}
	return -1
}

// ownedPage reports a body's pages and orders that speak for it ("the
// company's website", "the court's order").
func ownedPage(w string) bool {
	switch w {
	case "website", "site", "webpage", "order", "orders":
		return true
	}
	return false
}

// byAfter reports whether "by" follows the fragment at token k.
func (f *finder) byAfter(s sentence, k int) bool {
	return k+2 < s.b && f.toks[k+1].k == tWord && f.toks[k+1].lower == "by"
}

// agentAfter resolves the agent of the passive characterising verb at v
// named after the fragment at k ("was described as “heroic” by Chief X").
func (f *finder) agentAfter(s sentence, v, k int, mm mentionMap) attrib {
	at := attrib{verb: v, npA: -1, npB: -1, head: -1, ent: -1, info: verbInfo{core: true}}
	if v-1 < s.a || !passiveBe(f.toks[v-1].lower, word2(f, v-2, s)) {
		return at
	}
	if a, b, h, ap, ok := f.rightNP(s, k+2, mm, false); ok {
		at.npA, at.npB, at.head, at.appos = a, b, h, ap
		f.resolveAttrib(s, &at, nil, mm)
		return at
	}
	// ("by a Lords inquiry": a described body, not otherwise a speaker's
	// phrase, still says it here)
	a := k + 2
	if !f.toks[a].is(cDet) {
		return at
	}
	e := a + 1
	for e < s.b && e < a+5 && f.toks[e].k == tWord && !f.toks[e].is(cPrep|cFunction) {
		if _, v := f.toks[e].verb(); v {
			break
		}
		e++
	}
	if h := e - 1; h > a && !f.toks[h].cap && (e == s.b || f.toks[e].k != tWord) {
		at.npA, at.npB, at.head = a, e, h
		at.ent, at.affil = f.resolveNP(a, e, h, "", mm)
	}
	return at
}

// word2 returns the lower-case word at token i of sentence s, or "".
func word2(f *finder, i int, s sentence) string {
	if i < s.a || f.toks[i].k != tWord {
		return ""
	}
	return f.toks[i].lower
}

// genericInfinitive reports whether the characterising verb at v is an
// infinitive completing a noun with an article ("a tendency to describe",
// "the temptation to call"): people at large call it that, no speaker.
func (f *finder) genericInfinitive(s sentence, v int) bool {
	if v-3 < s.a || f.toks[v-1].lower != "to" {
		return false
	}
	n, d := &f.toks[v-2], &f.toks[v-3]
	if n.k != tWord || n.cap || n.is(cFunction|cPrep|cRole) || d.k != tWord || !(d.lower == "a" || d.lower == "an" || d.lower == "the") {
		return false
	}
	if _, vb := n.verb(); vb {
		return false
	}
	return !f.personishHead(n.lower)
}

// businessNoun reports nouns for a business ("the company said").
func businessNoun(w string) bool {
	return w == "company" || w == "firm"
}

// publicBody reports whether a name's last word makes it a public body,
// not a business ("Coast Guard", "Environmental Protection Agency").
func publicBody(parts []string) bool {
	if len(parts) == 0 {
		return false
	}
	w := parts[len(parts)-1]
	switch w {
	case "guard", "army", "navy", "police", "government", "administration", "service", "office", "court":
		return true
	}
	return institution(w) && w != "bank" && w != "center" && w != "centre"
}

// lastCompany returns the organisation mentioned most recently, as lastOrg
// does, that is no public body, or else old.
func (f *finder) lastCompany(old int) int {
	// the latest body that spoke, in this paragraph or the two before
	// ("But BP says Corexit … has been approved by the EPA")
	for i := len(f.events) - 1; i >= 0 && i >= len(f.events)-maxCandidates; i-- {
		ev := f.events[i]
		if f.paraAt(ev.pos) < f.paraAt(f.ents[old].last)-2 {
			break
		}
		e := &f.ents[ev.ent]
		if ev.speaker && (e.kind == eOrg && !e.place || e.kind == ePerson && e.single && e.gender == 0 && len(e.titles) == 0) && !f.publicEnt(ev.ent) {
			return ev.ent
		}
	}
	best := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		e := &f.ents[i]
		ok := e.kind == eOrg && !e.place || (e.kind == ePerson && e.single && e.gender == 0 && len(e.titles) == 0)
		if ok && !f.publicEnt(i) && (best < 0 || e.last > f.ents[best].last) {
			best = i
		}
	}
	if best < 0 || f.paraAt(f.ents[best].last) < f.paraAt(f.ents[old].last)-2 {
		return old
	}
	return best
}

// publicEnt reports whether entity id is a public body by its name, or an
// acronym of a public body the text names in full ("EPA" after
// "Environmental Protection Agency").
func (f *finder) publicEnt(id int) bool {
	e := &f.ents[id]
	if publicBody(e.parts) {
		return true
	}
	if len(e.parts) != 1 || len(e.name) < 2 || len(e.name) > 6 || strings.ToUpper(e.name) != e.name {
		return false
	}
	for i := range f.ents {
		o := &f.ents[i]
		if i == id || len(o.parts) != len(e.parts[0]) || !publicBody(o.parts) {
			continue
		}
		n := 0
		for j, p := range o.parts {
			if p != "" && p[0] == e.parts[0][j] {
				n++
			}
		}
		if n == len(o.parts) {
			return true
		}
	}
	return false
}

// namesThing reports whether the fragment at token k that the call verb at
// v characterises names a product or scheme: its last word is such a noun
// ("a “family plan”"), it modifies one ("“weather and safety” leave"), or
// the verb's object is one ("a feature it’s calling “…”").
func (f *finder) namesThing(s sentence, k, v int, reg region) bool {
	lw := strings.ToLower(strings.TrimRight(lastWord(string(f.r[reg.start:reg.stop])), ".,;:!?"))
	if thingNoun(lw) {
		return true
	}
	if n := k + 1; n < s.b && f.toks[n].k == tWord && !f.toks[n].cap && thingNoun(f.toks[n].lower) {
		return true
	}
	for i := v - 1; i >= s.a && i >= v-3; i-- {
		if f.toks[i].k == tWord && thingNoun(f.toks[i].lower) {
			return i-1 >= s.a && f.toks[i-1].is(cDet)
		}
	}
	return false
}

// thingNoun reports nouns for a product, a feature or a scheme.
func thingNoun(w string) bool {
	switch w {
	case "plan", "plans", "feature", "features", "mode", "service", "scheme", "program", "programme",
		"app", "option", "tier", "leave", "subscription", "product", "tool":
		return true
	}
	return false
}
