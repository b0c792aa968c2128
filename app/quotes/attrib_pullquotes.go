package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotations whose words are said again elsewhere: a pull quote alone in
// its paragraph, a headline left in the body, and an indefinite described
// source's fragment go to whoever says the same words nearby.

// pullQuotes credits a pull quote, a quotation alone in its paragraph
// that no clause attributes, to whoever says the same words in a
// quotation nearby: pages repeat a striking line before (or after) the
// passage that quotes it, and the line names no one.
func (f *finder) pullQuotes() {
	for i, qi := range f.accepted {
		q := &f.qs[qi]
		if q.direct || q.tok < 0 || !f.aloneInPara(q.tok) {
			continue
		}
		reg := f.regs[qi]
		key := normQuote(f.r[reg.start:reg.stop])
		if strings.Count(key, " ") < 2 {
			continue // three words at least
		}
		for j := max(0, i-maxPullDist); j < len(f.accepted) && j <= i+maxPullDist; j++ {
			oi := f.accepted[j]
			o := &f.qs[oi]
			if j == i || o.ent < 0 || o.tok < 0 || f.aloneInPara(o.tok) {
				continue
			}
			or := f.regs[oi]
			if !repeats(normQuote(f.r[or.start:or.stop]), key) && !repeats(f.splitQuoteText(j), key) {
				continue
			}
			q.ent, q.affil = o.ent, ""
			break
		}
	}
}

// maxPullDist bounds how many quotations away a pull quote's source is
// looked for.
const maxPullDist = 40

// aloneInPara reports whether the quotation token k is all its paragraph
// holds (a final stop aside).
func (f *finder) aloneInPara(k int) bool {
	if k > 0 && f.toks[k-1].k != tBreak {
		return false
	}
	e := k + 1
	for e < len(f.toks) && f.toks[e].k == tPunct {
		e++
	}
	return e >= len(f.toks) || f.toks[e].k == tBreak
}

// repeats reports whether the quotation with normalised words other says
// the pull quote key: all of it, or (abridged, the longer text having an
// ellipsis where the pull quote runs on) its first and last four words in
// that order.
func repeats(other, key string) bool {
	o := " " + other + " "
	if strings.Contains(o, " "+key+" ") {
		return true
	}
	w := strings.Fields(key)
	if len(w) < 8 {
		return false
	}
	head := " " + strings.Join(w[:4], " ") + " "
	tail := " " + strings.Join(w[len(w)-4:], " ") + " "
	i := strings.Index(o, head)
	return i >= 0 && strings.Contains(o[i+len(head)-1:], tail)
}

// normQuote returns the words of a quotation in lower case, separated by
// single spaces, without punctuation or apostrophes.
func normQuote(r []rune) string {
	var b strings.Builder
	space := false
	for _, c := range r {
		switch {
		case c == '\'' || c == '’':
			// "we’re" and "we're" are one word
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(c))
		default:
			space = true
		}
	}
	return b.String()
}

// mayRepeat is a cheap test, with no allocation, that quotation o may
// repeat quotation q: q's longest word is in o's text. It answers true
// when the lower-case text is not at hand.
func (f *finder) mayRepeat(q, o region) bool {
	if !f.lowerOK {
		return true
	}
	qs, os := f.lower[f.off[q.start]:f.off[q.stop]], f.lower[f.off[o.start]:f.off[o.stop]]
	best, st := "", -1
	for i := 0; i <= len(qs); i++ {
		letter := i < len(qs) && ('a' <= qs[i] && qs[i] <= 'z' || qs[i] >= utf8.RuneSelf)
		if letter && st < 0 {
			st = i
		} else if !letter && st >= 0 {
			if i-st > len(best) {
				best = qs[st:i]
			}
			st = -1
		}
	}
	return strings.Contains(os, best)
}

// splitQuoteText returns the normalised words of the accepted quotation
// j and the next one when a clause of speech splits one utterance in two
// ("“I don't wear pink anymore,” she said. “It turns my stomach.”"): the
// same speaker, the same paragraph. A pull quote gives the utterance
// whole. Else "".
func (f *finder) splitQuoteText(j int) string {
	if j+1 >= len(f.accepted) {
		return ""
	}
	a, b := &f.qs[f.accepted[j]], &f.qs[f.accepted[j+1]]
	if a.ent < 0 || b.ent != a.ent || b.tok < 0 || f.toks[a.tok].para != f.toks[b.tok].para {
		return ""
	}
	ra, rb := f.regs[f.accepted[j]], f.regs[f.accepted[j+1]]
	return normQuote(f.r[ra.start:ra.stop]) + " " + normQuote(f.r[rb.start:rb.stop])
}

// describedRepeated credits a fragment quoted from an indefinite described source
// ("a spokeswoman", "A DUP councillor") to a person first named after it
// who says the same words, three at least, within the next eight
// paragraphs: the lede describes, the body names ("DUP councillor Sarah
// Bunting … “… a sign of a community which has been pushed to its
// limit”").
func (f *finder) describedRepeated() {
	for i, qi := range f.accepted {
		q := &f.qs[qi]
		// (a fragment: a lede paraphrases and quotes a few words the
		// body gives in full)
		if q.ent < 0 || q.tok < 0 || q.kind != Partial || f.ents[q.ent].kind != eGroup || !indefiniteName(f.ents[q.ent].name) {
			continue
		}
		reg := f.regs[qi]
		key := ""
		para := f.toks[q.tok].para
		for j := i + 1; j < len(f.accepted) && j <= i+maxPullDist; j++ {
			oi := f.accepted[j]
			o := &f.qs[oi]
			if o.tok < 0 || f.toks[o.tok].para-para > 8 {
				break
			}
			if o.ent < 0 || o.ent == q.ent || f.ents[o.ent].kind != ePerson || f.ents[o.ent].first < reg.stop {
				continue
			}
			or := f.regs[oi]
			if !f.mayRepeat(reg, or) {
				continue
			}
			if key == "" {
				if key = normQuote(f.r[reg.start:reg.stop]); strings.Count(key, " ") < 2 {
					break
				}
			}
			if repeats(normQuote(f.r[or.start:or.stop]), key) {
				q.ent, q.affil = o.ent, o.affil
				break
			}
		}
	}
}

// indefiniteName reports a described source's name opening with "a" or
// "an" ("a spokeswoman").
func indefiniteName(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	w = strings.ToLower(w)
	return w == "a" || w == "an"
}

// headlineQuotes credits a quotation in a headline left in the body (a
// short paragraph with no final stop: "Teacher at Southport hub brands
// rioters an ‘embarrassment to the human race’") to whoever says the same
// words in the next two paragraphs: the headline's subject is a label
// ("Teacher", "Plymouth MP"), the passage below names the speaker.
func (f *finder) headlineQuotes() {
	for i, qi := range f.accepted {
		q := &f.qs[qi]
		// (a headline that names its speaker, "The Scottish Conservatives
		// said …", keeps it; "Plymouth MP", "Teacher" are labels)
		if q.tok < 0 || !f.headlinePara(q.tok) || q.ent >= 0 && !f.roleLabel(f.ents[q.ent].name) {
			continue
		}
		reg := f.regs[qi]
		key := ""
		para := f.toks[q.tok].para
		for j := i + 1; j < len(f.accepted) && j <= i+4; j++ {
			oi := f.accepted[j]
			o := &f.qs[oi]
			if o.ent < 0 || o.tok < 0 || f.toks[o.tok].para == para {
				continue
			}
			if f.toks[o.tok].para-para > 2 {
				break
			}
			or := f.regs[oi]
			if !f.mayRepeat(reg, or) {
				continue
			}
			if key == "" {
				if key = normQuote(f.r[reg.start:reg.stop]); strings.Count(key, " ") < 2 {
					break // three words at least
				}
			}
			if repeats(normQuote(f.r[or.start:or.stop]), key) {
				q.ent, q.affil = o.ent, o.affil
				break
			}
		}
	}
}

// roleLabel reports whether a speaker's name ends in a role or a title
// ("Plymouth MP", "Teacher"): a label, not a proper name.
func (f *finder) roleLabel(name string) bool {
	w := strings.ToLower(name)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	return f.lx.is(w, cRole|cTitle)
}

// headlinePara reports whether token k stands in a headline-like
// paragraph: 3 to 20 words of narration, no sentence stop at its end
// (nor at the end of a quotation ending it), and a paragraph after it.
func (f *finder) headlinePara(k int) bool {
	a := k
	for a > 0 && f.toks[a-1].k != tBreak && k-a <= 24 {
		a--
	}
	b := k
	for b < len(f.toks) && f.toks[b].k != tBreak && b-a <= 24 {
		b++
	}
	if b >= len(f.toks) || b-a > 24 || a > 0 && f.toks[a-1].k != tBreak {
		return false
	}
	words := 0
	for j := a; j < b; j++ {
		t := &f.toks[j]
		switch {
		case t.k == tWord:
			words++
		case t.k == tPunct && j+1 < b && strings.ContainsAny(t.w, ".?!"):
			return false // a sentence ends inside
		}
	}
	// (narration around the quotation, and no stop at the end, in the
	// quotation or after it: a quotation alone is a pull quote)
	last := &f.toks[b-1]
	if words < 3 || words > 20 || last.k == tPunct && strings.ContainsAny(last.w, ".?!…") {
		return false
	}
	return last.k != tQuote || !quoteEndsSentence(f.r, f.regs[last.q])
}

// headlineLabelPerson credits to the person the opening paragraph names
// what a headline's role label says ("Lumen CEO says phone is ‘years
// away’" above "Lumen's chief Dara Quill spoke …, and she said …"): the
// label ("Lumen CEO") is that person's role, the body names her, so the
// headline's quotation and the body's quotations that "she" took back to
// the label are hers. The label must open the text, end in a role or
// title, and its other words (the employer) must come just before the
// person's name in the next paragraph (issue 20, seventeenth round). A
// teaser's bare epithet ("The singer previously opened up on her plans")
// needs no employer, only a gender that fits (eighteenth round).
func (f *finder) headlineLabelPerson() {
	if !f.lowerOK {
		return
	}
	for id := range f.ents {
		l := &f.ents[id]
		words := strings.Fields(strings.ToLower(l.name))
		// ("The singer previously opened up…" above "Lina Vale has…":
		// a teaser's epithet is the person the next paragraph names)
		epi := teaserEpithet(words)
		if f.paraAt(l.first) != 0 || !epi && !f.roleLabel(l.name) || len(words) < 2 {
			continue
		}
		org := strings.Join(words[:len(words)-1], " ")
		// the first person named in the next paragraph
		p := -1
		for _, ev := range f.events {
			if pa := f.paraAt(ev.pos); pa == 1 {
				if e := &f.ents[ev.ent]; ev.ent != id && e.kind == ePerson && len(e.parts) >= 2 && !e.relative && !f.roleLabel(e.name) {
					p = ev.ent
					break
				}
			} else if pa > 1 {
				break
			}
		}
		if p < 0 {
			continue
		}
		if epi {
			if g := roleGender(words[1]); g != 0 && f.ents[p].gender != 0 && f.ents[p].gender != g {
				continue
			}
		} else {
			// the employer just before the name ("Lumen's chief Dara Quill")
			end := int(f.off[min(f.ents[p].first, len(f.r))])
			win := f.lower[max(0, end-48):end]
			if k := strings.LastIndexByte(win, '\n'); k >= 0 {
				win = win[k+1:] // within the opening paragraph
			}
			if k := strings.LastIndex(win, org); k < 0 || k > 0 && isLetterByte(win[k-1]) {
				continue
			}
		}
		for _, qi := range f.accepted {
			if q := &f.qs[qi]; q.ent == id {
				q.ent, q.affil = p, f.ents[p].affil
			}
		}
	}
}
