package quotes

import "strings"

// A written text's words are its author's. When a quotation is credited to
// a text the article describes without naming its author in the same
// phrase ("says a report highlighting …"), the author is often named in a
// sentence nearby: "The report by the University and College Union",
// "the Vatican delivered its final report", "the ministry's statement",
// "six candidates issued a joint statement", "Army Radio reported …"
// (within three paragraphs for a text named by the clause that made it).
// A generic noun ("the document", "the story") is the text last given an
// author nearby or the one author of the article's texts, and a part of
// a text ("the question") the latest text's given an author.

// docLink records that entity ent wrote the text with head noun head,
// named at rune offset pos.
type docLink struct {
	pos  int
	head string
	ent  int
	from int  // the link credits no quotation before this rune offset
	near bool // the link credits only quotations within maxNearGap paragraphs
}

// maxNearGap bounds, in paragraphs, how far a text named by the clause
// that produced it ("Army Radio reported …", "X issued a statement")
// reaches: "the report added" three paragraphs on still quotes it, a
// later one may be another text of that kind.
const maxNearGap = 3

// maxAuthorGap bounds, in paragraphs, how far an author named after the
// quotation may be from it.
const maxAuthorGap = 2

// docAuthors records the authors sentence s gives written texts:
// "<text> by <Name>", "<text> from <Name>", "<Name>'s <text>", "<Name> released/published/… its
// <text>".
func (f *finder) docAuthors(s sentence, mm mentionMap) {
	for k := s.a; k < s.b; k++ {
		t := &f.toks[k]
		// "an audio recording attributed to X", "a video purportedly
		// from X": the voice on it is X's
		if t.k == tWord && !t.cap && recordingNoun(t.lower) {
			if id := f.attributedTo(s, k, mm); id >= 0 {
				for _, h := range []string{t.lower, "speaker", "voice", "narrator"} {
					f.authors = append(f.authors, docLink{pos: t.s, head: h, ent: id})
				}
				continue
			}
		}
		// "Wadsworth’s presentation", "the Economist’s leader": the
		// owner wrote it (a pronoun's owner is left to the clauses
		// below: "who helped write its report" says nothing of whose)
		if a := f.ownedTextStart(s, k); a >= 0 && possessivePronoun(f.toks[a].lower) == "" {
			if id := f.textOwner(a, k, mm); id >= 0 {
				f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id})
				continue
			}
		}
		// (an outlet's "leader" is known by its owner alone: "the Reform
		// Party's leader" is a person)
		if t.k != tWord || t.cap || !anyText(t.lower) || ownWriting(t.lower) || t.lower == "leader" {
			continue
		}
		// ("the document, a 41-slide presentation": the text already
		// introduced, renamed; whoever has it did not issue it)
		if f.noteTextAlias(s, k) {
			continue
		}
		// "<text> by <Name>", "<text> published by <Name>", "the study,
		// led by <Name>,"
		by := k + 1
		if by+3 < s.b && f.isPunct(by, ",") && authorParticiple(&f.toks[by+1]) && f.toks[by+2].lower == "by" {
			by += 2
		} else if by+2 < s.b && authorParticiple(&f.toks[by]) && f.toks[by+1].lower == "by" {
			by++
		} else if by+3 < s.b && isParticipleEd(&f.toks[by]) && f.isTimeWord(&f.toks[by+1]) && f.toks[by+2].lower == "by" {
			by += 2 // "The ruling released Thursday by the agency"
		}
		// ("The review, by council president Hal Brennick, found": the
		// author set off by commas)
		comma := by+1 < s.b && f.isPunct(by, ",") && f.toks[by+1].lower == "by" && k > s.a && f.toks[k-1].lower == "the"
		if comma {
			by++
		}
		if by+1 < s.b && (f.toks[by].lower == "by" || f.toks[by].lower == "from") {
			n := by + 1
			if f.toks[n].lower == "the" {
				n++
			}
			n = f.pastOrgNoun(n, s.b)
			// ("released by the think tank Data for Progress": the name
			// after a few words for its kind)
			if mm.at(n) == nil {
				n = f.pastKindWords(n, s.b, mm)
			}
			// ("by economist Ada Vint": a role before the name)
			if c := n; comma && mm.at(c) == nil && c+1 < s.b && f.toks[c].k == tWord && !f.toks[c].cap && !f.toks[c].is(cFunction|cPrep) {
				if m := mm.at(c + 1); m != nil && m.a == c+1 && m.kind == mPerson {
					n = c + 1
				}
			}
			if m := mm.at(n); m != nil && m.a == n {
				// ("by Nursing Council president Hal Brennick": the person
				// the title before the name is of)
				if p := f.titledAfter(m.b, s.b, mm); m.kind == mOrg && p != nil {
					m = p
				}
				if id := f.authorEnt(m); id >= 0 {
					f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id})
					continue
				}
			}
			// ("Earlier statement from families": a described author)
			if sa, sh := f.describedAuthor(k, mm); sh >= 0 {
				if id, _ := f.resolveNP(sa, sh+1, sh, "", mm); id >= 0 {
					f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id})
					continue
				}
			}
		}
		// back over adjectives and a determiner or possessive to the name
		// (and a date: "said in a May 17 memo")
		j := f.pastDate(s, k-1)
		for n := 0; j >= s.a && n < 3 && f.toks[j].k == tWord && !f.toks[j].cap && !f.toks[j].poss && !f.toks[j].is(cDet|cPrep) && possessivePronoun(f.toks[j].lower) == ""; n++ {
			if _, v := f.toks[j].verb(); v {
				break
			}
			j--
		}
		if j < s.a || f.toks[j].k != tWord {
			continue
		}
		// "a 2001 U.N. Security Council resolution", "the NATO
		// statement": the name that qualifies the text issued it
		if f.toks[j].cap && !f.toks[j].poss && j < k {
			if m := mm.at(j); m != nil && m.b == j+1 && (m.kind == mOrg || m.kind == mPerson) {
				if id := f.authorEnt(m); id >= 0 {
					f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id})
				}
			}
			continue
		}
		// "<subject> said in a <text>", "<subject> said in its <text>":
		// the subject issued the text it speaks in (not "said in the
		// report", which quotes a text already introduced)
		if dw := f.toks[j].lower; (dw == "a" || dw == "an" || dw == "its" || dw == "their") && j-2 >= s.a && f.toks[j-1].lower == "in" {
			if vi, ok := f.toks[j-2].verb(); ok && !vi.weak && !vi.participle {
				if a, b, h, ap, ok := f.leftNP(s, j-2, vi, mm); ok && b == j-2 || ok && b < j-2 && f.quietClause(b, j-2) {
					// (only for what is quoted from this sentence on: "the
					// Council said in a statement" says nothing of whose an
					// earlier statement was)
					if id, _ := f.resolveNP(a, b, h, ap, mm); id >= 0 && f.ents[id].kind != eGroup {
						f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id, from: f.toks[s.a].s})
					}
				}
				continue
			}
		}
		// "In a letter to shareholders, chief executive Tom Reyes wrote":
		// the subject after the fronted phrase wrote the text
		if id := f.frontedTextAuthor(s, j, mm); id >= 0 {
			f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id})
			continue
		}
		// "<Name> is “…,” according to a statement": the sentence's
		// subject issued the text that gives its words
		if dw := f.toks[j].lower; (dw == "a" || dw == "an") && j-2 >= s.a && f.toks[j-1].lower == "to" && f.toks[j-2].lower == "according" {
			if m := f.subjectMention(s, mm); m != nil {
				if id := f.authorEnt(m); id >= 0 {
					f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id, from: f.toks[s.a].s})
				}
			}
			continue
		}
		// "X responded to the survey with an open letter", "the council
		// passed a resolution": the subject of the sentence that
		// introduces a text issued it
		if dw := f.toks[j].lower; (dw == "a" || dw == "an") && j > s.a && !f.toks[j-1].is(cVerb) && f.toks[j-1].lower != "according" && f.toks[j-1].lower != "to" {
			if m := f.issuerSubject(s, mm); m != nil && m.b < j && f.soleName(mm, m, j) {
				if id := f.authorEnt(m); id >= 0 && f.ents[id].kind != eGroup {
					f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id, from: f.toks[s.a].s})
					continue
				}
			}
		}
		// "<Name>'s <text>"
		if f.toks[j].poss {
			if m := mm.at(j); m != nil && m.b == j+1 {
				if id := f.authorEnt(m); id >= 0 {
					f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id})
				}
			}
			continue
		}
		// "<Name> released its <text>"
		if !(f.toks[j].is(cDet) || possessivePronoun(f.toks[j].lower) != "") {
			continue
		}
		// "the release of its final report": the body "its" stands for
		if id := f.ofItsText(s, j); id >= 0 {
			f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id})
			continue
		}
		v := j - 1
		if v < s.a || !publishVerb(f.toks[v].lower) {
			continue
		}
		n := f.skipBack(s, v-1)
		// "the Vatican under Pope Francis delivered": a name, past what
		// qualifies it
		named := false
		for i, hops := n, 0; i >= s.a && hops < 3; hops++ {
			m := mm.at(i)
			if m == nil || m.b != i+1 {
				break
			}
			if m.a-2 >= s.a && f.toks[m.a-1].is(cPrep) && f.toks[m.a-1].lower != "by" {
				i = m.a - 2
				continue
			}
			if id := f.authorEnt(m); id >= 0 {
				f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id, near: true})
				named = true
			}
			break
		}
		// "six presumptive candidates issued a joint statement": a
		// described issuer
		if !named {
			if id := f.describedIssuer(s, v, j, k, mm); id >= 0 {
				f.authors = append(f.authors, docLink{pos: t.s, head: t.lower, ent: id, near: true})
			}
		}
	}
}

// describedIssuer returns the subject that the verb of issuing at token v
// has when no name is its subject ("six presumptive candidates issued a
// joint statement", "The family of the missing sailor issued a
// statement"), the text's
// determiner at j and its noun at k, or -1. A pronoun is left to the
// names; a joint text is no one body's, so its issuer must be plural.
func (f *finder) describedIssuer(s sentence, v, j, k int, mm mentionMap) int {
	vi, _ := f.toks[v].verb()
	vi.core = true
	a, b, h, ap, ok := f.leftNP(s, v, vi, mm)
	if !ok || b != v {
		// ("The family of the missing sailor issued a statement": the
		// sentence's subject, an "of" phrase and no verb before the verb
		// of issuing)
		ap = ""
		if a, b, h, ok = f.subjectNP(s, mm); !ok || b > v {
			return -1
		}
		for i := b; i < v; i++ {
			if _, vb := f.toks[i].verb(); vb || f.toks[i].k != tWord {
				return -1
			}
		}
	}
	if isPronoun(f.toks[h].lower) || f.toks[h].cap {
		return -1
	}
	id, _ := f.resolveNP(a, b, h, ap, mm)
	if id < 0 {
		return -1
	}
	e := &f.ents[id]
	for i := j + 1; i < k; i++ {
		if f.toks[i].lower == "joint" && !e.plural {
			return -1
		}
	}
	return id
}

// authorParticiple reports a participle that may name a text's author
// after it: a regular one ("published", "signed") or one of the irregular
// ones of research and writing ("a study led by", "a report written by").
// A co-author ("the report, co-authored by a consulting firm") shares a
// text someone else issued: it names no author.
func authorParticiple(t *token) bool {
	if strings.HasPrefix(t.lower, "co-") || gotText(t.lower) {
		return false
	}
	if isParticipleEd(t) {
		return true
	}
	switch t.lower {
	case "led", "written", "drawn", "run", "overseen", "undertaken", "made":
		return t.k == tWord && !t.cap
	}
	return false
}

// authorEnt resolves a name that authors a text: an organisation or a
// person, never a place.
func (f *finder) authorEnt(m *mention) int {
	if f.toks[m.ca].is(cNonName) && m.b-m.ca == 1 {
		return -1 // "Tuesday's report"
	}
	if m.kind == mPlace {
		// "the Vatican delivered its report": a place writes as its
		// government, as it speaks
		id := f.orgEntity(f.spanPhrase(m.ca, m.b), f.toks[m.a].s)
		if e := &f.ents[id]; !e.seenOrg {
			e.place = true
		}
		return id
	}
	if m.kind != mOrg && m.kind != mPerson && m.kind != mUnknown {
		return -1
	}
	if m.ent < 0 {
		f.resolveMention(m)
	}
	if m.ent < 0 && m.kind == mUnknown {
		// one capitalised word that is no one's name: a body that
		// publishes ("the Vatican", "Nvidia")
		return f.orgEntity(f.spanPhrase(m.ca, m.b), f.toks[m.a].s)
	}
	return m.ent
}

// publishVerb reports verbs of issuing a text.
func publishVerb(w string) bool {
	switch w {
	case "released", "releases", "published", "publishes", "issued", "issues", "delivered", "delivers",
		"presented", "presents", "unveiled", "unveils", "produced", "produces", "sent", "wrote",
		"drafted", "filed", "circulated", "commissioned", "ran", "runs":
		return true
	}
	return false
}

// creditAuthors gives the quotations credited to a described written text
// ("a report", "the statement") the text's author when the article names
// it: the latest author of such a text before the quotation, else the
// first one named shortly after it.
func (f *finder) creditAuthors() {
	if len(f.authors) == 0 {
		return
	}
	for _, qi := range f.accepted {
		qs := &f.qs[qi]
		if qs.ent < 0 || qs.tok < 0 {
			continue
		}
		e := &f.ents[qs.ent]
		if e.kind != eGroup || !authoredText(e.head) && !outletText(e.head) && !genericText(e.head) && !textPart(e.head) && !recordingNoun(e.head) && !voiceNoun(e.head) {
			continue
		}
		pos := f.regs[qi].start
		best := -1
		for i, l := range f.authors {
			if l.head != e.head {
				continue
			}
			if pos < l.from {
				break
			}
			if l.pos < pos {
				if !l.near || f.toks[qs.tok].para-f.paraAt(l.pos) <= maxNearGap {
					best = i
				}
				continue
			}
			if best < 0 && !l.near && f.paraAt(l.pos)-f.toks[qs.tok].para <= maxAuthorGap {
				best = i
			}
			break
		}
		// "The ruling released by the Agency … said the report": a
		// generic text noun is the text last given an author nearby
		if best < 0 && genericText(e.head) && strings.HasPrefix(strings.ToLower(e.name), "the ") {
			for i, l := range f.authors {
				if l.pos >= pos || pos < l.from {
					break
				}
				if f.toks[qs.tok].para-f.paraAt(l.pos) <= maxAuthorGap+1 && anyText(l.head) {
					best = i
				}
			}
		}
		// "the study found … “…,” said the study, led by Ana Berg": a
		// definite text whose every author the article names is one
		// entity is that entity's text, however far away it is named
		if best < 0 && strings.HasPrefix(strings.ToLower(e.name), "the ") {
			best = f.soleAuthor(e.head)
			// ("the document, a 41-slide presentation … the
			// presentation claimed": the text it is in apposition to)
			if best < 0 {
				best = f.aliasAuthor(e.head)
			}
			// ("The survey, released by Data for Progress … The question
			// said": a part of a text is the latest text's given an
			// author, however far back; "the document says …
			// Wadsworth’s presentation": a generic text noun is the one
			// author's of every text in the article)
			if best < 0 && textPart(e.head) {
				for i, l := range f.authors {
					if l.pos >= pos || pos < l.from {
						break
					}
					if !l.near && anyText(l.head) {
						best = i
					}
				}
			}
			if best < 0 && genericText(e.head) {
				best = f.soleAuthor("")
			}
		}
		if best >= 0 {
			qs.ent = f.authors[best].ent
			qs.affil = ""
		}
	}
}

// soleAuthor returns the first link for texts with head noun head (any
// written text when head is "", named twice at least) when every such
// link names the same entity, or -1.
func (f *finder) soleAuthor(head string) int {
	best, n := -1, 0
	for i, l := range f.authors {
		if head != "" && l.head != head || head == "" && (l.near || !authoredText(l.head) && !courtText(l.head)) {
			continue
		}
		if best >= 0 && f.authors[best].ent != l.ent {
			return -1
		}
		if best < 0 {
			best = i
		}
		n++
	}
	// (any text: one text named once is no sign that the article's
	// texts are all that author's)
	if head == "" && n < 2 {
		return -1
	}
	return best
}

// genericText reports text nouns that may refer back to a text named by
// another noun ("the ruling … the report", "the safety sheet … the
// document").
func genericText(w string) bool {
	switch w {
	case "report", "document", "text", "paper", "story", "piece", "article":
		return true
	}
	return false
}

// textPart reports nouns for a part of a written text, which quote the
// text it belongs to ("the question" of a survey).
func textPart(w string) bool {
	return w == "question" || w == "questions"
}

// subjectMention returns the name that opens sentence s as its subject
// (after a title or a determiner) when a verb follows it, or nil.
func (f *finder) subjectMention(s sentence, mm mentionMap) *mention {
	for k := s.a; k < s.b && k < s.a+8; k++ {
		m := mm.at(k)
		if m == nil {
			if t := &f.toks[k]; t.k != tWord || t.is(cFunction) && !t.is(cDet) {
				return nil
			}
			continue
		}
		if m.poss || m.b >= s.b || f.toks[m.b].k != tWord {
			return nil
		}
		if _, v := f.toks[m.b].verb(); v || beForm(f.toks[m.b].lower) || auxiliary(f.toks[m.b].lower) {
			return m
		}
		// ("U.N. envoy Mara Okonjo is": a name that qualifies a title)
		if !f.toks[m.b].is(cTitle | cRole) {
			return nil
		}
		k = m.b - 1
	}
	return nil
}

// soleName reports whether no other name stands between the subject m and
// token j: "X responded with a letter", not "X said Y wrote a letter".
func (f *finder) soleName(mm mentionMap, m *mention, j int) bool {
	for i := m.b; i < j; i++ {
		if n := mm.at(i); n != nil && n.a == i && (n.kind == mPerson || n.kind == mOrg) {
			return false
		}
		if isPronoun(f.toks[i].lower) || f.toks[i].lower == "that" {
			return false
		}
	}
	return true
}

// issuerSubject returns the sentence's subject name as subjectMention does,
// also before a verb of issuing or any past-tense verb ("The City Council
// passed a resolution").
func (f *finder) issuerSubject(s sentence, mm mentionMap) *mention {
	if m := f.subjectMention(s, mm); m != nil {
		return m
	}
	for k := s.a; k < s.b && k < s.a+3; k++ {
		m := mm.at(k)
		if m == nil {
			if !f.toks[k].is(cDet) {
				return nil
			}
			continue
		}
		if m.poss || m.b >= s.b {
			return nil
		}
		if w := &f.toks[m.b]; w.k == tWord && !w.cap && (publishVerb(w.lower) || strings.HasSuffix(w.lower, "ed")) {
			return m
		}
		return nil
	}
	return nil
}

// ofItsText returns the body that "its" stands for in "the release of its
// <text>" (a noun of issuing, "of" and "its" at j), or -1: the text is
// named as that body's as surely as by "<Name> released its <text>".
func (f *finder) ofItsText(s sentence, j int) int {
	if f.toks[j].lower != "its" || j-2 < s.a || f.toks[j-1].lower != "of" || !publishNoun(f.toks[j-2].lower) {
		return -1
	}
	// (the body last named, in this paragraph or the one before: "the
	// Harbour Commission was formed … The group met before the release of
	// its report")
	pos := f.toks[j].s
	id := -1
	for i := max(0, len(f.ents)-maxCandidates); i < len(f.ents); i++ {
		if e := &f.ents[i]; e.kind == eOrg && !e.place && e.last < pos && (id < 0 || e.last > f.ents[id].last) {
			id = i
		}
	}
	if id < 0 || f.paraAt(f.ents[id].last) < f.paraAt(pos)-1 {
		return -1
	}
	return id
}

// publishNoun reports nouns of issuing a text ("the release of its
// report").
func publishNoun(w string) bool {
	switch w {
	case "release", "publication", "issuing", "launch", "unveiling", "submission", "presentation":
		return true
	}
	return false
}

// agentAuthor finds the agent of a participle ("by the ACLU", "by 40
// lawmakers") in the few words from token k, before any comma and before
// token lim, and returns it as an author, or -1.
func (f *finder) agentAuthor(k, lim int, mm mentionMap) int {
	for i := k; i+1 < len(f.toks) && i < k+5; i++ {
		t := &f.toks[i]
		if t.k != tWord {
			return -1
		}
		if t.lower != "by" {
			continue
		}
		n := i + 1
		if f.toks[n].k == tWord && f.toks[n].lower == "the" && n+1 < len(f.toks) {
			n++
		}
		// ("by the Chechen state publishing house Put": the name after
		// the noun for a body)
		if b := f.bodyNamedAfter(n, mm); b >= 0 {
			n = b
		}
		if m := mm.at(n); m != nil && m.a == n {
			return f.authorEnt(m)
		}
		// a described group: "by 40 lawmakers", "by a coalition of unions",
		// "by 221 MPs"; it ends before the verb the text's phrase is the
		// subject of ("a statement signed by 221 MPs asserted")
		e := n
		for e < lim && e < n+4 && f.toks[e].k == tWord && (!f.toks[e].cap || pluralAcronym(f.toks[e].w)) && !f.toks[e].is(cPrep) {
			e++
			if pluralAcronym(f.toks[e-1].w) {
				break
			}
		}
		if e > n && (f.personishHead(f.toks[e-1].lower) || pluralAcronym(f.toks[e-1].w)) {
			id, _ := f.resolveNP(i+1, e, e-1, "", mentionMap{})
			return id
		}
		return -1
	}
	return -1
}

// gotText reports participles of coming to hold a text someone else wrote
// ("a document obtained by the Guardian", "a memo seen by Reuters", "the
// files leaked by a contractor"): the one after "by" has the text, and
// its words stay its author's (issue 20, twenty-first round).
func gotText(w string) bool {
	switch w {
	case "obtained", "seen", "reviewed", "received", "acquired", "leaked", "viewed", "verified",
		"intercepted", "examined", "cited", "quoted", "translated", "provided", "shared", "reposted", "retweeted", "forwarded":
		return true
	}
	return false
}

// docName records that a text noun (head) names the text first called by
// another (of).
type docName struct{ head, of string }

// noteTextAlias records that the text noun at k is in apposition to the
// text noun before it: "the document, a 41-slide PowerPoint presentation"
// (a definite text, a comma, then "a"/"an" and up to three modifiers).
// The same text is later called by either noun (issue 20, twenty-first
// round). It reports whether it recorded one.
func (f *finder) noteTextAlias(s sentence, k int) bool {
	j := k - 1
	for n := 0; j > s.a && n < 3 && f.toks[j].k == tWord && !f.toks[j].is(cDet|cFunction|cPrep) && !f.toks[j].poss; n++ {
		j--
	}
	if j-2 <= s.a || (f.toks[j].lower != "a" && f.toks[j].lower != "an") || !f.isPunct(j-1, ",") {
		return false
	}
	h := &f.toks[j-2]
	if h.k != tWord || h.cap || !authoredText(h.lower) || h.lower == f.toks[k].lower || f.toks[j-3].lower != "the" {
		return false
	}
	f.textAlias = append(f.textAlias, docName{head: f.toks[k].lower, of: h.lower})
	return true
}

// aliasAuthor returns soleAuthor of the text noun that head was put in
// apposition to, or -1.
func (f *finder) aliasAuthor(head string) int {
	for _, a := range f.textAlias {
		if a.head == head {
			if best := f.soleAuthor(a.of); best >= 0 {
				return best
			}
		}
	}
	return -1
}

// textAuthors returns the author the article gave a text before the
// phrase [npA, head] when the phrase is that text's authors: "the
// report's authors wrote", "the study authors", or a bare "the authors"
// (the latest text given an author). "a new report issued by the X
// Commission … the report's authors wrote" is the commission's. Else -1.
func (f *finder) textAuthors(npA, head int) int {
	switch f.toks[head].lower {
	case "authors", "author", "writers":
	default:
		return -1
	}
	if f.toks[npA].lower != "the" || f.toks[head].cap {
		return -1
	}
	text := ""
	switch head - npA {
	case 1:
	case 2:
		w := &f.toks[npA+1]
		if w.k != tWord || w.cap || !authoredText(w.lower) {
			return -1
		}
		text = w.lower
	default:
		return -1
	}
	pos := f.toks[npA].s
	for i := len(f.authors) - 1; i >= 0; i-- {
		l := f.authors[i]
		if l.pos >= pos {
			continue
		}
		if text == l.head || text == "" && authoredText(l.head) {
			return l.ent
		}
	}
	return -1
}

// letterWriters links the texts one writes to someone to the writers:
// "On Monday, seven senators wrote to the government urging…" introduces
// a letter without naming it, and "The letter states: “…”" later gives
// the senators' words, as the labels credit a written text to its author
// (testdata/README.md). The writer is the subject of "wrote to" /
// "have written to" followed by an addressee (not "wrote to ask").
func (f *finder) letterWriters(s sentence, mm mentionMap) {
	for v := s.a + 1; v+2 < s.b; v++ {
		t := &f.toks[v]
		if t.k != tWord || t.cap || (t.lower != "wrote" && t.lower != "written" && t.lower != "writes") || f.toks[v+1].lower != "to" {
			continue
		}
		// an addressee, not an infinitive: a determiner, a possessive or
		// a name
		if n := &f.toks[v+2]; n.k != tWord || !(n.is(cDet) || possessivePronoun(n.lower) != "" || n.cap) {
			continue
		}
		vi, _ := t.verb()
		vi.core = true
		w := v
		if t.lower == "written" && w-1 > s.a && (f.toks[w-1].lower == "have" || f.toks[w-1].lower == "has" || f.toks[w-1].lower == "had") {
			w--
		}
		a, b, h, ap, ok := f.leftNP(s, w, vi, mm)
		if !ok || b != w || isPronoun(f.toks[h].lower) {
			continue
		}
		id, _ := f.resolveNP(a, b, h, ap, mm)
		if id < 0 || f.ents[id].kind == eGroup && !f.ents[id].plural {
			continue
		}
		for _, head := range []string{"letter", "email", "message", "note"} {
			f.authors = append(f.authors, docLink{pos: t.s, head: head, ent: id})
		}
	}
}

// ownedTextStart returns the first token of a phrase that names the text
// whose noun is token k by its owner: the owner's possessive name (after
// "the" at most) or a possessive pronoun, then up to three modifiers
// ("Wadsworth’s February presentation", "its special climate
// statement"). It returns -1 when no owner comes before the noun.
func (f *finder) ownedTextStart(s sentence, k int) int {
	t := &f.toks[k]
	if t.k != tWord || t.cap || !anyText(t.lower) {
		return -1
	}
	j := k - 1
	for n := 0; n < 3 && j > s.a && !f.toks[j].poss && possessivePronoun(f.toks[j].lower) == "" && f.textModifiers(j, j+1); n++ {
		j--
	}
	if j < s.a {
		return -1
	}
	if possessivePronoun(f.toks[j].lower) != "" {
		return j
	}
	if !f.toks[j].poss {
		return -1
	}
	for j > s.a && f.isCapWord(j-1) && !f.toks[j-1].poss {
		j--
	}
	if j > s.a && f.toks[j-1].lower == "the" {
		j--
	}
	return j
}

// reportedTexts records, for a clause whose verb has a noun for the text
// it makes ("Army Radio reported that …" a report, "the ministry stated"
// a statement, "X announced" an announcement), that the clause's speaker
// wrote that text: "the report added" a few paragraphs on quotes the same
// source. A participle's clause ("saying") makes no new text, and a
// described speaker ("precursor reports issued …", misread) no link.
func (f *finder) reportedTexts(ats []attrib) {
	for i := range ats {
		at := &ats[i]
		if at.ent < 0 || at.npA < 0 || at.info.participle || f.ents[at.ent].kind == eGroup {
			continue
		}
		if noun := verbsText(f.toks[at.verb].lower); noun != "" {
			f.authors = append(f.authors, docLink{pos: f.toks[at.verb].s, head: noun, ent: at.ent, near: true})
		}
	}
}

// verbsText returns the noun for the text a verb of reporting makes
// ("reported": "report"), or "".
func verbsText(w string) string {
	switch w {
	case "reported":
		return "report"
	case "stated":
		return "statement"
	case "announced":
		return "announcement"
	case "tweeted":
		return "tweet"
	case "posted":
		return "post"
	}
	return ""
}

// pastKindWords returns the token of a name that follows up to three
// lower-case words from token n ("the think tank Data for Progress", "the
// pollster Civis Analytics"), or n when none does.
func (f *finder) pastKindWords(n, end int, mm mentionMap) int {
	for k := n; k < end && k < n+3; k++ {
		t := &f.toks[k]
		if t.k != tWord || t.cap || t.is(cFunction|cDet|cPrep) || t.poss {
			return n
		}
		if m := mm.at(k + 1); m != nil && m.a == k+1 && (m.kind == mOrg || m.kind == mUnknown || m.kind == mPerson) {
			return k + 1
		}
	}
	return n
}
