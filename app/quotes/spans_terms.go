package quotes

import (
	"strings"
	"unicode"
)

// Quotations that are no one's words: terms, names and titles in marks
// (a product or scheme, a work's title, a subheading, a cross-reference,
// an acronym spelt out, a title in title case, the head noun after a
// series of the writer's adjectives), and a fragment that names its
// owner's thing rather than the source's words.

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

// crossReference reports whether the quotation token k is the title a
// bracketed pointer sends the reader to ("(see ‘Brazil yo-yos on
// deforestation’)", "(read “…”)"): a title, not speech.
func (f *finder) crossReference(k int) bool {
	j := k - 1
	if j >= 0 && f.toks[j].k == tWord && f.toks[j].lower == "also" {
		j--
	}
	if j < 1 || f.toks[j].k != tWord {
		return false
	}
	switch f.toks[j].lower {
	case "see", "read", "watch", "listen":
		return f.isPunct(j-1, "(")
	}
	return false
}

// indefiniteNamer reports whether the clause a is an indefinite noun
// phrase and its verb of naming ("A Facebook group called ‘…’", "a
// campaign dubbed “…”"): the quotation names the group, it is not what
// the group said.
func (f *finder) indefiniteNamer(a *attrib) bool {
	if a.npA < 0 || a.npB != a.verb || f.toks[a.npA].k != tWord {
		return false
	}
	switch f.toks[a.npA].lower {
	case "a", "an", "another":
		return true
	}
	return false
}

// mediaNoun reports the naming nouns of works whose titles are written in
// title case ("the film “…”"), unlike slogans and phrases.
func mediaNoun(w string) bool {
	switch w {
	case "book", "books", "video", "videos", "podcast", "poem", "musical", "opera", "exhibition", "film", "films",
		"movie", "song", "album", "novel", "documentary", "series", "show", "programme", "program", "episode",
		"chapter", "operation", "campaign", "exercise", "doctrine":
		return true
	}
	return false
}

// calledNoun reports whether the naming noun at token j ("book", "film")
// is the object of a verb of calling right before it ("calling the book
// “a bigoted assault”", "described the film as “raunchy”"): what follows
// is what someone called it, not its title.
func (f *finder) calledNoun(s sentence, j int) bool {
	as := f.isWordAt(j+1, s, "as")
	if !as && (callVerb(f.toks[j].lower) || f.toks[j].is(cVerb)) {
		return false // "a group called “…”"
	}
	// the verb, then a determiner or up to two modifiers ("described
	// the phone call as “constructive”")
	for i := j - 1; i >= s.a && i >= j-3; i-- {
		t := &f.toks[i]
		if t.k != tWord {
			return false
		}
		if i < j-1 && (callVerb(t.lower) || (as && describeVerb(t.lower))) {
			return true
		}
		if t.cap && !t.first {
			return false
		}
	}
	return false
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

// spokenTitleCase reports whether a quotation in title case ("“Look at
// Florida,” Trump continued.", "“With Russia and China,” Edelman said")
// is a person's words rather than a title: it is closed by its own comma
// and the clause of speech after it has a person for its speaker. A text
// "saying" a phrase in title case ("“God’s Little Angel,” it said" of a
// message) is more likely giving its heading.
func (f *finder) spokenTitleCase(post *attrib, c content) bool {
	if post == nil || !c.punctEnd || c.terminal || post.ent < 0 {
		return false
	}
	return f.ents[post.ent].kind == ePerson
}

// titleModifier reports a quotation in title case, with no punctuation of
// its own, that opens the noun phrase of the clause of speech after it
// ("“Sesame Street” producers have said they…"): the title of a work
// modifying a plain noun, not words the producers said.
func (f *finder) titleModifier(k int, c content, post *attrib) bool {
	if post == nil || !c.titleLike || c.punctEnd || post.npA != k+1 || post.head <= k {
		return false
	}
	t := &f.toks[k+1]
	return t.k == tWord && !t.cap && !t.is(cFunction|cDet) && !isPronoun(t.lower)
}

// namingColon reports a quotation after a colon that closes a noun for a
// title or motto ("a story with the headline: “How a Baker…”", "its
// slogan: “…”"): the words the noun names, as with a comma (“its
// tagline, “…””), not speech.
func (f *finder) namingColon(s sentence, k int) bool {
	if k-2 < s.a || !f.isPunct(k-1, ":") || f.toks[k-2].k != tWord {
		return false
	}
	switch f.toks[k-2].lower {
	case "headline", "title", "caption", "tagline", "slogan", "motto", "hashtag", "subhead", "strapline":
		return true
	}
	return false
}

// heading reports a quotation that is a whole paragraph of a few words
// without closing punctuation: a subheading set in quotation marks ("‘Our
// future is on the water’"), not speech. A pull quote credited in the next
// paragraph ("— Tyler McCloskey") and words introduced by a colon are
// speech.
func (f *finder) heading(k int, reg region, c content) bool {
	if c.punctEnd || c.words > 10 || !f.paraStart(k) {
		return false
	}
	if k+1 < len(f.toks) && f.toks[k+1].k != tBreak {
		// "‘Pointless and counterproductive’ The other party said…": a
		// subheading the page ran into its paragraph, the sentence after
		// it opening with a capitalised article
		nx := &f.toks[k+1]
		return c.words <= 6 && !reg.multi && nx.k == tWord && nx.cap && (nx.lower == "the" || nx.lower == "a" || nx.lower == "an") &&
			f.toks[k].e < nx.s
	}
	if reg.multi {
		return false // it runs over paragraphs
	}
	if k-2 >= 0 && f.isPunct(k-2, ":") {
		return false
	}
	if k+2 < len(f.toks) && f.isPunct(k+2, "—–-") {
		return false
	}
	return true
}

// adjectiveSeriesHead reports a quotation that is the head noun of the
// writer's noun phrase after a series of coordinate adjectives, without a
// conjunction ("men yelling random, obscene, repulsive “pick-up
// lines”"): the writer's words describe the quoted ones, which are a term,
// not words someone said. Both words before the mark are lower-case
// content words, neither a verb of speech, a determiner, a preposition, a
// role noun nor an adverb, the one before the mark no participle, and a
// comma stands between them.
func (f *finder) adjectiveSeriesHead(s sentence, k int) bool {
	if k-3 < s.a || !f.isPunct(k-2, ",") {
		return false
	}
	for _, j := range [2]int{k - 1, k - 3} {
		t := &f.toks[j]
		if t.k != tWord || t.cap || t.is(cVerb|cDet|cPrep|cFunction|cStopNP|cSkip|cNaming|cRole) || f.isAdverb(t) {
			return false
		}
	}
	// ("as a teenager, using “colorful street language”": a participle
	// right before the mark takes the quotation as its object)
	if w := f.toks[k-1].lower; strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	return true
}
