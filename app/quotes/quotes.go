package quotes

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Find and the state of one call: the public types, the pool of finders,
// the pass over each sentence that resolves its names and reporting
// clauses, the decision about each quotation (handleQuote: speech or term,
// full or partial, whose) and the assembly of the Result.

// Kind tells a whole quoted utterance from a fragment embedded in the
// writer's own sentence.
type Kind string

const (
	// Full is a quoted sentence or more: “We are ready,” Kim said.
	Full Kind = "full"
	// Partial is a quoted fragment: Kim said he was “fully prepared”.
	Partial Kind = "partial"
)

// Quote is one direct quotation.
type Quote struct {
	// Start and End are rune offsets of the quoted words without the
	// marks, End exclusive; Text is exactly those runes of the input.
	Start, End int
	Text       string
	Kind       Kind
	// Speaker is the full name as first introduced, or the organisation or
	// document that is the source; "" when unknown.
	Speaker string
	// Affiliation is the role the article gives the speaker, if any.
	Affiliation string
}

// Person is a speaker of at least one quotation.
type Person struct {
	Name        string
	Affiliation string
	Aliases     []string // other forms used in the text ("Moon", "Ambassador Sung Kim")
	Kind        SpeakerKind
}

// SpeakerKind tells a named person from an organisation or a source the
// text only describes.
type SpeakerKind string

const (
	// SpeakerPerson is a person named in the text ("Sung Kim").
	SpeakerPerson SpeakerKind = "person"
	// SpeakerOrganisation is a named organisation or outlet ("KCNA").
	SpeakerOrganisation SpeakerKind = "organisation"
	// SpeakerDescribed is a source the text describes without naming it
	// ("one Western diplomat", "a joint statement", "Officials").
	SpeakerDescribed SpeakerKind = "described"
	// SpeakerPlace is a place that speaks as its government ("Washington
	// said"); it names no one to keep a page for.
	SpeakerPlace SpeakerKind = "place"
)

// Result is the outcome of Find.
type Result struct {
	Quotes []Quote  // in text order, non-overlapping
	People []Person // every speaker once, in order of first appearance
}

// finder holds the state of one Find call. Finders are recycled (see
// finders): their slices and maps keep their storage from call to call.
type finder struct {
	lx       *lexicon
	src      string  // the text, valid UTF-8 encoding exactly r
	r        []rune  // the text as runes; offsets everywhere are indexes of r
	off      []int32 // byte offset in src of every rune, and len(src)
	lower    string  // src in lower case, when lowerOK
	lowerOK  bool    // lower-casing kept every rune's length: off indexes lower too
	low      []byte  // lower's storage, reused
	regs     []region
	toks     []token
	sents    []sentence
	ents     []entity
	events   []event
	qs       []qstate       // per region
	caption  []bool         // by paragraph
	accepted []int          // accepted region indexes in order
	kept     []int          // the accepted ones that result keeps
	nameIdx  map[entKey]int // entity by kind and lower-case name

	// entities by lower-case name token, in creation order: the lists are
	// recycled with the finder, unlike a map's values
	partIdx   map[string]int // index in partLists
	partLists [][]int
	partStore []string // the backing array of every entity's parts

	// scratch, reused from one sentence or name to the next
	ms         []mention
	ats        []attrib
	mmIdx      []int
	verbBefore []bool
	parts      []string  // resolveMention's name tokens
	orgParts   []string  // orgEntity's name tokens
	used       []bool    // result's speakers by entity
	authors    []docLink // who wrote which written text, in text order
	textAlias  []docName // text nouns renamed in apposition ("the document, a … presentation")
	ids        []int     // result's speakers in order

	spanSearches int             // connectorSpan's searches of the text so far
	alone        map[string]bool // capitalised words standing alone (wordAlone)
	aloneBuilt   bool            // alone holds this text's words
	aliasIdx     map[string]int  // a person's other names the text introduces (registerAlias)
	// the words the text writes in lower case, built on demand (lowerWord)
	lowerSet   map[string]struct{}
	lowerBuilt bool
}

// finders recycles finders between Find calls. The rune, offset and token
// tables of an article are most of what Find would otherwise allocate
// (about 150 KB for a 6 KB article), and imports call Find on thousands of
// articles, several at a time.
var finders = sync.Pool{New: func() any { return new(finder) }}

// maxPooledRunes bounds the texts whose finder is recycled, so that one
// huge text does not leave huge tables behind in the pool. (The rune
// table's capacity, which is checked, is the text's length in bytes.)
const maxPooledRunes = 1 << 18

// newFinder returns an empty finder, recycled when possible.
func newFinder() *finder {
	f := finders.Get().(*finder)
	f.lx = lex()
	if f.nameIdx == nil {
		f.nameIdx = map[entKey]int{}
		f.partIdx = map[string]int{}
		f.lowerSet = map[string]struct{}{}
	}
	return f
}

// release empties f and returns it to the pool.
func (f *finder) release() {
	if cap(f.r) > maxPooledRunes {
		return
	}
	// Stale tokens, entities etc. beyond the new lengths are never read
	// (they are overwritten as the slices grow again), so only the maps
	// need clearing. They may keep the last text alive while f is in the
	// pool: a bounded cost, cheaper than clearing them.
	clear(f.nameIdx)
	clear(f.partIdx)
	clear(f.alone)
	clear(f.aliasIdx)
	clear(f.lowerSet)
	*f = finder{
		r: f.r[:0], off: f.off[:0], low: f.low[:0], regs: f.regs[:0], toks: f.toks[:0], sents: f.sents[:0],
		ents: f.ents[:0], events: f.events[:0], qs: f.qs[:0], caption: f.caption[:0], accepted: f.accepted[:0], kept: f.kept[:0],
		nameIdx: f.nameIdx, partIdx: f.partIdx, alone: f.alone, aliasIdx: f.aliasIdx, lowerSet: f.lowerSet, partLists: f.partLists[:0], partStore: f.partStore[:0],
		ms: f.ms[:0], ats: f.ats[:0], mmIdx: f.mmIdx[:0], verbBefore: f.verbBefore[:0], parts: f.parts[:0], orgParts: f.orgParts[:0],
		used: f.used[:0], ids: f.ids[:0], authors: f.authors[:0], textAlias: f.textAlias[:0],
	}
	finders.Put(f)
}

// event is a point where an entity becomes the likely antecedent of a
// later pronoun or unattributed quotation.
type event struct {
	pos     int // rune offset
	ent     int
	speaker bool // the entity speaks here (reporting clause or quotation)
	subj    bool // a subject: a speaker or the first salient name of its sentence
	sent    int  // sentence index
}

// qstate is the analysis of one quotation region.
type qstate struct {
	tok      int
	accepted bool
	kind     Kind
	ent      int
	affil    string
	direct   bool // attributed by a reporting clause in its own sentence
	named    bool // a name or title ("a film called “…”"), not speech
}

// speakerKinds names the entity kinds for Person.Kind.
var speakerKinds = [...]SpeakerKind{ePerson: SpeakerPerson, eOrg: SpeakerOrganisation, eGroup: SpeakerDescribed}

// Find returns the direct quotations in text with their speakers.
func Find(text string) Result {
	f := newFinder()
	defer f.release()
	f.load(text)
	f.regs = scanQuotes(f.r, f.regs)
	f.qs = slices.Grow(f.qs[:0], len(f.regs))[:len(f.regs)]
	for i := range f.qs {
		f.qs[i] = qstate{ent: -1, tok: -1}
	}
	f.tokenize()
	f.splitSentences()
	for si := range f.sents {
		f.processSentence(si)
	}
	f.forwardPass()
	f.pullQuotes()
	f.headlineQuotes()
	f.headlineLabelPerson()
	f.describedRepeated()
	f.interviewTurns()
	f.creditAuthors()
	return f.result()
}

// load sets up the rune view of text, the byte offset of every rune and
// the lower-case text, so that words and spans are substrings rather than
// fresh allocations.
func (f *finder) load(text string) {
	// one pass: runes never outnumber bytes, so the tables are sized by
	// bytes and cut to the rune count at the end
	r := slices.Grow(f.r[:0], len(text))[:len(text)]
	off := slices.Grow(f.off[:0], len(text)+1)[:len(text)+1]
	low := append(f.low[:0], text...) // lower-cased in place below
	ok, format := true, false
	i := 0
	for b, c := range text {
		r[i], off[i] = c, int32(b)
		i++
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				low[b] = byte(c + 'a' - 'A')
			}
			continue
		}
		if c == utf8.RuneError && !strings.HasPrefix(text[b:], "\uFFFD") {
			// invalid bytes become U+FFFD: start again on valid text
			f.r, f.off, f.low = r[:0], off[:0], low[:0]
			f.load(string([]rune(text)))
			return
		}
		format = format || unicode.Is(unicode.Cf, c)
		if lc := unicode.ToLower(c); lc != c {
			if utf8.RuneLen(lc) != utf8.RuneLen(c) {
				ok = false
				continue
			}
			utf8.EncodeRune(low[b:], lc)
		}
	}
	n := i
	off[n] = int32(len(text))
	f.src, f.r, f.off, f.low = text, r[:n], off[:n+1], low
	if format {
		hideFormatRunes(f.r)
	}
	f.lower, f.lowerOK = "", ok
	if ok {
		f.lower = string(low)
	}
}

func (f *finder) addEvent(pos, ent int, speaker, subj bool, sent int) {
	if ent < 0 {
		return
	}
	f.events = append(f.events, event{pos: pos, ent: ent, speaker: speaker, subj: subj || speaker, sent: sent})
}

// processSentence resolves names and reporting clauses of one sentence,
// then decides about its quotations.
func (f *finder) processSentence(si int) {
	s := f.sents[si]
	if s.a >= s.b {
		return
	}
	caption := f.caption[f.toks[s.a].para]
	var ms []mention
	if !caption {
		ms = f.findMentions(s)
	}
	mm := f.newMentionMap(s, ms)
	ats := f.dropSubjectClause(s, f.findAttribs(s, mm))
	// verbBefore[i]: a reporting verb occurs at or before token s.a+i with
	// no quotation in between (the clause is someone's reported speech)
	f.verbBefore = slices.Grow(f.verbBefore[:0], s.b-s.a)[:s.b-s.a]
	verbBefore := f.verbBefore
	seen := false
	for p := s.a; p < s.b; p++ {
		t := &f.toks[p]
		if t.k == tQuote {
			seen = false
		} else if v, ok := t.verb(); ok && t.k == tWord && !v.participle && !t.cap && !f.passivePostModifier(p, s) {
			seen = true
		}
		verbBefore[p-s.a] = seen
	}
	mi, ai := 0, 0
	subjSeen := false
	// "He decided to return to St. Louis, where he and Dorsey are from":
	// a sentence opening with he/she goes on about its antecedent, who
	// stays the topic for the next pronoun
	if t := &f.toks[s.a]; !caption && t.k == tWord && (t.lower == "he" || t.lower == "she") && s.a+1 < s.b && f.toks[s.a+1].k == tWord && !f.toks[s.a+1].cap {
		if t.w != "He" || f.nameStartingWith("he") < 0 {
			if id := f.antecedent(t.lower, t.s); id >= 0 {
				f.addEvent(t.s, id, false, true, si)
				subjSeen = true
			}
		}
	}
	// "A young crew member watched…", "The right-hander had…": a subject
	// that names no one is an entity of the discourse all the same
	// (resolved after the names of a phrase fronted before it: "In a rare
	// Tomas Brenner interview, the director was candid")
	dsA, dsB, dsH, ds := 0, 0, 0, false
	if !caption && !subjSeen {
		// (a text, a body or a group only where the sentence has no
		// speech and the next one has: "The hospital’s own statement was
		// shorter. “…,” it said.")
		texts := (len(ats) == 0 || f.onlyHeard(s, ats)) && !f.quoteBetween(s.a, s.b) && f.quoteIn(si+1)
		dsA, dsB, dsH, ds = f.describedSubjectPhrase(s, ats, texts, mm)
		if ds && (len(ms) == 0 || ms[0].a > dsA) {
			if id := f.describedSubjectEnt(dsA, dsB, dsH, mm); id >= 0 {
				f.addEvent(f.toks[dsA].s, id, false, true, si)
				subjSeen = true
			}
			ds = false
		}
	}
	asker := -1
	if len(ms) > 0 && f.frontedAsker(s, &ms[0]) {
		asker = ms[0].a
	}
	for mi < len(ms) || ai < len(ats) {
		if ai >= len(ats) || (mi < len(ms) && ms[mi].b-1 <= ats[ai].key) {
			m := &ms[mi]
			f.resolveMention(m)
			if m.salient && m.ent >= 0 && (m.kind == mPerson || m.kind == mOrg) && m.a != asker {
				// "At US Airways, Todd Lehmacher called…": a name in a
				// fronted phrase is not the sentence's subject
				fronted := m.a-1 >= s.a && f.toks[m.a-1].k == tWord && f.toks[m.a-1].is(cPrep) && m.b < s.b && f.isPunct(m.b, ",")
				// "Taking Archie outside is…": a gerund's object
				fronted = fronted || m.a-1 == s.a && gerund(&f.toks[s.a])
				// "Male Survivors of Sexual Abuse manager Ken Clearwater
				// said": a name in the title before a person's describes him
				fronted = fronted || f.titledPerson(s, m, mm) != nil
				fronted = fronted && !f.topicThenPronoun(m)
				// ("When asked how well Rask has played, Bruins defenseman
				// Andrew Ference laughed": a name in a subordinate clause
				// opening the sentence is not its subject when the main
				// clause names its own; nor is a team before a title and
				// the name it qualifies)
				fronted = fronted || f.frontedClauseName(s, m, mm) || f.modifiesName(s, m, mm)
				f.addEvent(f.toks[m.a].s, m.ent, false, !subjSeen && !fronted, si)
				subjSeen = subjSeen || !fronted
			} else if id := f.ownersRelativeSubject(s, m, mm); id >= 0 && !subjSeen && !caption {
				// "Hadvar's uncle slowly reaches for his mace…": the
				// relative is the subject a later "he" means, not the owner
				f.addEvent(f.toks[m.a].s, id, false, true, si)
				subjSeen = true
			} else if m.poss && (m.a == s.a || f.frontedOwner(s, m)) && m.ent >= 0 && m.kind == mPerson && !subjSeen && !f.possNamed(s, m) && !(m.b < s.b && spokesNoun(f.toks[m.b].lower)) {
				// ("Gordon Brown's spokesman also condemned…": the
				// spokesperson is the subject, not the owner)
				// "Jobs' hits seemed…": the owner opening a sentence is
				// what a later "he" means; so is the owner in a fronted
				// phrase before the pronoun ("In Hajjaj’s case, she…")
				f.addEvent(f.toks[m.a].s, m.ent, false, true, si)
				subjSeen = true
			} else if id := f.placeSubject(s, m, mm); id >= 0 && !subjSeen && !caption {
				// ("Israel did not appear … It argued": a country opening
				// the sentence acts as a body, what a later "it" means)
				f.addEvent(f.toks[m.a].s, id, false, true, si)
				subjSeen = true
			}
			mi++
			continue
		}
		at := &ats[ai]
		f.resolveAttrib(s, at, ats[:ai], mm)
		f.coordinatedSpeaker(s, at, mm)
		f.saidGender(s, at)
		// a clause inside another clause's reported speech ("Collins said
		// the judge denied…") names no new antecedent
		nested := at.first()-1 >= s.a && at.first()-1 < s.b && verbBefore[at.first()-1-s.a]
		if at.ent >= 0 && !caption && !nested && (at.npA < 0 || at.npA != asker) {
			p := at.verb
			if at.npA >= 0 {
				p = at.npA
			}
			f.addEvent(f.toks[p].s, at.ent, true, true, si)
			subjSeen = true
		}
		ai++
	}
	if ds {
		if id := f.describedSubjectEnt(dsA, dsB, dsH, mm); id >= 0 {
			f.addEvent(f.toks[dsA].s, id, false, true, si)
		}
	}
	f.reportedTexts(ats)
	f.descriptionLinks(s, mm)
	if !caption {
		f.asRoleTitle(s, mm)
		f.letterWriters(s, mm)
	}
	// (a subheading names a text's author too: "Statement from families")
	f.docAuthors(s, mm)
	f.dashCredit(s, mm)
	f.thatCredit(si, mm)
	f.remarksCredit(si, mm)
	quoted := false
	for k := s.a; k < s.b; k++ {
		if f.toks[k].k == tQuote {
			quoted = true
			f.handleQuote(si, k, ats, mm)
		}
	}
	if quoted && !caption {
		f.bylineCredit(s, mm)
		f.heardCredit(s, mm)
		f.verblessCredit(si, s, mm)
		f.dashAfterQuote(si, s, mm)
	}
	if quoted && !caption {
		f.identifyLater(s, mm)
	}
	if !caption {
		f.ledeIdentity(s, mm)
	}
	// "Later, I got an email reply from an Orbis representative. “…”":
	// the source of the reply the sentence ends with speaks next
	if !quoted && !caption && f.quoteIn(si+1) {
		if a, b, h, ok := f.replyFrom(s); ok {
			if id, _ := f.resolveNP(a, b, h, "", mm); id >= 0 {
				f.addEvent(f.toks[a].s, id, true, true, si)
			}
		}
	}
}

// content describes the words of a quotation.
type content struct {
	words      int
	capStart   bool
	lowerStart bool
	terminal   bool // ends with . ? ! …
	punctEnd   bool // ends with any punctuation (, ; : too)
	titleLike  bool
}

func (f *finder) analyse(q region) content {
	var c content
	txt := f.r[q.start:q.stop]
	// first letter, skipping brackets, marks, ellipses
	for _, ch := range txt {
		if unicode.IsLetter(ch) {
			c.capStart = unicode.IsUpper(ch)
			c.lowerStart = unicode.IsLower(ch)
			break
		}
		if unicode.IsDigit(ch) {
			c.capStart = true
			break
		}
		if ch == '[' || ch == '(' || ch == '.' || ch == '…' || ch == '‘' || ch == '\'' || ch == '"' || ch == '“' || ch == '-' || ch == '—' || ch == '–' || isBlank(ch) {
			continue
		}
		break
	}
	for i := len(txt) - 1; i >= 0; i-- {
		ch := txt[i]
		if ch == '’' || ch == '\'' || ch == '”' || ch == '"' || ch == ')' || ch == ']' || isBlank(ch) {
			continue
		}
		c.terminal = isTerminal(ch)
		c.punctEnd = unicode.IsPunct(ch) && ch != ')' && ch != ']'
		break
	}
	// Words: runs between spaces, dashes and slashes holding a letter or
	// digit. Title case: every content word (small function words aside)
	// starts with a capital or a digit. Long quotes are never titles, so
	// only the first few words are inspected.
	capWords, contentWords := 0, 0
	sep := func(ch rune) bool { return isBlank(ch) || ch == '—' || ch == '–' || ch == '/' }
	for i := 0; i < len(txt); {
		for i < len(txt) && sep(txt[i]) {
			i++
		}
		st := i
		for i < len(txt) && !sep(txt[i]) {
			i++
		}
		if st == i {
			continue
		}
		// the word's first letter or digit, skipping opening punctuation
		first := rune(0)
		fi := st
		for ; fi < i; fi++ {
			if unicode.IsLetter(txt[fi]) || unicode.IsDigit(txt[fi]) {
				first = txt[fi]
				break
			}
		}
		if first == 0 {
			continue
		}
		c.words++
		if c.words > 13 {
			break // no rule tells 14 words from more
		}
		if smallWord(txt[fi:i]) {
			continue
		}
		contentWords++
		if unicode.IsUpper(first) || unicode.IsDigit(first) {
			capWords++
		}
	}
	// "From the Halls of Montezuma to the Shores of Tripoli": a long title
	// needs several capitalised words
	c.titleLike = contentWords > 0 && capWords == contentWords && !c.terminal && (c.words <= 8 || (c.words <= 13 && contentWords >= 4 && !innerComma(txt)))
	// "a film called “White Zombie.”": the sentence's period inside the
	// marks does not make a Title Case name a sentence of speech
	if !c.titleLike && c.terminal && contentWords >= 2 && capWords == contentWords && c.words <= 8 && onlyFinalStop(txt) {
		c.titleLike = true
	}
	// "the few": a determiner and one word are one word
	if c.words == 2 && contentWords == 1 && article(firstWord(txt)) {
		c.words = 1
	}
	return c
}

// smallWord reports the function words title case leaves in lower case,
// ignoring trailing punctuation.
func smallWord(w []rune) bool {
	e := len(w)
	for e > 0 && !unicode.IsLetter(w[e-1]) && w[e-1] != '&' {
		e--
	}
	if e == 0 || e > 4 {
		return false
	}
	// lower-cased as bytes: every listed word is ASCII
	var b [4]byte
	for i := 0; i < e; i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= utf8.RuneSelf {
			c = unicode.ToLower(c) // İ is i
		}
		if c >= utf8.RuneSelf {
			return false
		}
		b[i] = byte(c)
	}
	switch string(b[:e]) {
	case "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "from", "or", "&":
		return true
	}
	return false
}

// handleQuote classifies the quotation token k of sentence si and
// attributes it.
func (f *finder) handleQuote(si, k int, ats []attrib, mm mentionMap) {
	s := f.sents[si]
	t := &f.toks[k]
	if t.q < 0 || t.q >= len(f.qs) {
		return
	}
	qs := &f.qs[t.q]
	reg := f.regs[t.q]
	if reg.stop <= reg.start {
		return
	}
	c := f.analyse(reg)
	if c.words == 0 {
		return
	}
	// "signs reading “…”": the words written on a sign
	if n := f.signReading(s, k); n >= 0 && c.words >= 2 {
		f.acceptSign(si, k, n, mm)
		return
	}

	// Reporting clauses around the quotation.
	var post, pre, after *attrib
	p := k + 1
	if f.isPunct(p, ",—–") {
		p++
	}
	for i := range ats {
		a := &ats[i]
		if a.npA < 0 {
			if a.verb < k && (pre == nil || a.verb > pre.lastTok()) {
				pre = a
			}
			continue
		}
		switch {
		case a.verb == p && a.npB <= k && post == nil:
			// "Kommersant, quoting “…,” said": the clause's subject before
			// the parenthesis holding the quotation, its verb right after
			post = a
		case (a.first() == p || (a.first() == k+1)) && f.introducesNext(k, a):
			after = a
		case a.first() == p || (a.first() == k+1):
			if post == nil {
				post = a
			}
		case a.lastTok() < k:
			pre = a
		case a.first() > k && after == nil:
			after = a
		}
	}
	// "Sen. Lankford said, according to sources familiar with the matter:
	// “…”": an "according to" set off between a verb of speech and its
	// words only vouches for the report; the verb governs the words
	if pre != nil && pre.npA >= 0 && f.toks[pre.verb].lower == "according" && f.isPunct(pre.verb-1, ",") {
		for i := range ats {
			if b := &ats[i]; b != pre && b.npA >= 0 && !b.info.participle && b.lastTok() == pre.verb-2 {
				pre = b
				break
			}
		}
	}
	// "In a letter to the “Apple community,” Jobs said he would…": a clause
	// with its own complement is the sentence's main clause, not the
	// attribution of a fragment in a phrase before it
	if post != nil && k > s.a && f.toks[k-1].k != tBreak && !f.closesClause(s, post) {
		post = nil
	}
	// "Marr said that these cuts “mark a retreat.” Veld announced plans in
	// May": after a quotation ended inside a sentence that has its own
	// speaker, a clause going on past its verb is the next sentence
	if post != nil && pre != nil && pre.npA >= 0 && c.terminal && k > s.a && f.toks[k-1].k != tBreak && post.lastTok()+1 < s.b && f.toks[post.lastTok()+1].k == tWord {
		post = nil
	}
	// a clause is only "post" when nothing but the clause follows the quote
	prevTok := k - 1
	prevWord := ""
	if prevTok >= s.a && f.toks[prevTok].k == tWord {
		prevWord = f.toks[prevTok].lower
	}
	preTight := f.tightAfter(pre, k)
	introduced := f.isPunct(prevTok, ":,—–") || (pre != nil && pre.verb == prevTok) || prevWord == "that"
	attached := post != nil || (pre != nil && (f.isPunct(prevTok, ":,") || pre.verb == prevTok || (pre.lastTok() == prevTok && pre.npB-1 == prevTok)))

	// Naming contexts: titles, slogans, so-called terms.
	naming := false
	for j, n := k-1, 0; j >= s.a && n < 3; j-- {
		w := &f.toks[j]
		if w.k == tPunct && w.w == "," && j == k-1 {
			continue // "In his new book, “…”"
		}
		if w.k != tWord {
			break
		}
		// "astronomers dubbed it “the fire star.”": a naming verb's object
		// before the name ("called it “historic”" is speech)
		if n == 0 && j == k-1 && j-1 >= s.a && objectPronoun(w.lower) && f.toks[j-1].is(cNaming) && !callVerb(f.toks[j-1].lower) && f.toks[j-1].lower != "call" {
			naming = true
			break
		}
		if w.is(cNaming) {
			if pre != nil && pre.verb == j && pre.npA >= 0 && !c.titleLike && !(j == k-1 && f.indefiniteNamer(pre)) {
				break // "what Kim called “a new era”" is speech
			}
			if callVerb(w.lower) && (f.whatBefore(s, j) || j == k-1 && f.relativeCalls(s, j)) {
				break // "what the institution called an “outrageous” party", "which some call “…”"
			}
			if f.calledNoun(s, j) {
				break // "calling the book “a bigoted assault”"
			}
			if c.lowerStart && c.words >= 4 && mediaNoun(w.lower) {
				break // "a program “to require top prospects to…”": no title
			}
			naming = true
			break
		}
		if !w.is(cDet) && w.lower != "as" {
			break
		}
		n++
	}
	// "the nickname “mkono wa damu,” or “the man with the bloody hand,”": a
	// quotation coordinated with a name is another name
	if !naming {
		j := k - 1
		if j >= s.a && f.toks[j].k == tWord && (f.toks[j].lower == "or" || f.toks[j].lower == "and") {
			j--
			if f.isPunct(j, ",") {
				j--
			}
			if j >= s.a && f.toks[j].k == tQuote && f.toks[j].q >= 0 && f.toks[j].q < len(f.qs) && f.qs[f.toks[j].q].named {
				naming = true
			}
		}
	}
	if naming || f.crossReference(k) || f.titleModifier(k, c, post) || f.namingColon(s, k) {
		qs.named = true
		return
	}
	if f.heading(k, reg, c) {
		return
	}
	// "Dover operator - “…”" among other such lines: a transcript line,
	// spoken by whoever its label names
	if la, lb, ok := f.transcriptLine(k); ok && c.words >= 2 {
		qs.accepted, qs.kind = true, Full
		qs.ent, qs.direct = f.labelSpeaker(la, lb, mm), true
		f.accepted = append(f.accepted, t.q)
		f.addEvent(reg.start, qs.ent, true, true, si)
		return
	}

	// Kind.
	kind := Partial
	sentStart := k == s.a || (k-1 >= s.a && f.toks[k-1].k == tBreak) ||
		// "• “Our rivals promise…": a bullet opens the point
		(k-1 >= s.a && f.isPunct(k-1, "•·") && (k-1 == s.a || f.toks[k-2].k == tBreak)) ||
		// "(“I was so embarrassed.”)": a bracket opening the sentence
		(k-1 == s.a && f.isPunct(k-1, "("))
	if c.capStart && (sentStart || introduced) {
		kind = Full
	} else if c.lowerStart && sentStart && (post != nil || c.terminal) {
		kind = Full
	} else if !c.capStart && f.isPunct(prevTok, ",") && f.continuesSplit(s, k) {
		kind = Full
	}

	// Acceptance.
	ok := false
	char := -1 // the verb that characterises a short fragment
	if kind == Full {
		switch {
		case c.titleLike && c.words >= 3 && !(post != nil && c.punctEnd && !c.terminal && innerComma(f.r[reg.start:reg.stop])) && !f.spokenTitleCase(post, c):
			// ("“No, Justice Alito,” Prelogar said.": an address in title
			// case, closed by its comma and the clause of speech)
			// "The Long Game: China’s Grand Strategy" is a title
		case attached && (c.words >= 2 || c.punctEnd):
			ok = true
		case c.words >= 4 && !c.titleLike:
			ok = true
		case c.words >= 2 && c.terminal && !c.titleLike:
			ok = true
		case c.terminal && f.prevQuoteInPara(t.para):
			ok = true // “I don’t know,” he said. “Maybe.”
		}
	} else {
		nextTok := k + 1
		// (the word after it is a noun it modifies, not "according" or a
		// verb of speech: "was “in good condition,” according to…")
		// ("was “begging for help,” she added.": a pronoun opening the
		// clause of speech that closes the sentence is no noun)
		modifier := nextTok < s.b && f.toks[nextTok].k == tWord && !f.toks[nextTok].cap && !(isPronoun(f.toks[nextTok].lower) && post != nil && post.first() == nextTok) &&
			!f.toks[nextTok].is(cPrep) && !f.toks[nextTok].is(cStopNP) && !f.toks[nextTok].is(cDet) &&
			!f.isAdverb(&f.toks[nextTok]) && !(post != nil && post.verb == nextTok && (f.toks[nextTok].lower == "according" || post.info.invert)) &&
			// (“moved along “quite remarkably,” citing…”: a fragment
			// closed by its own comma modifies nothing after it; before a
			// pronoun it closes a fronted clause: "When X was asked about
			// “…,” he said")
			!(c.punctEnd && post == nil && !isPronoun(f.toks[nextTok].lower))
		strong := pre != nil && !pre.info.participle && (pre.npA >= 0 || (pre.coord && pre.ent >= 0 && f.governs(pre, k)))
		// "…, adding that Cook has been Jobs' “right hand guy”": a
		// participle of speech with a that-clause and a known speaker
		// ("…, saying rapid adoption would be “easier for everyone”": or
		// without "that" when the fragment closes the sentence or stands
		// within eight tokens; the subject need not be a known speaker:
		// "with some analysts suggesting that…"; or within sixteen when
		// its own comma closes the fragment's clause: "saying his rights
		// were violated by delays caused by “…,” including…")
		strong = strong || (pre != nil && pre.info.participle && c.words >= 2 &&
			(f.isWordAt(pre.verb+1, s, "that") || k-pre.verb <= 8 || c.punctEnd && k-pre.verb <= 16 || k+1 == s.b || (k+2 == s.b && f.isPunct(k+1, ".!?"))) && f.governs(pre, k))
		// "telling his lawyer to “control your client”": an order given
		// in those words
		strong = strong || (pre != nil && pre.ent >= 0 && tellingVerb(f.toks[pre.verb].lower) && c.words >= 2 &&
			k-pre.verb <= 7 && f.isWordAt(k-1, s, "to"))
		if !c.titleLike || f.titleCharacterised(s, k) {
			// ("portrayed him as an “international moneyman of mystery,”":
			// a longer fragment too)
			char = f.characterisedBy(s, k)
			if char < 0 && c.words >= 2 {
				char = f.evaluatedBy(s, k)
			}
			if char < 0 && c.words <= 4 && c.lowerStart {
				char = f.calledAfar(s, k)
			}
			if char < 0 && c.words <= 4 {
				char = f.describedAfar(s, k)
			}
		}
		switch {
		case f.coordinatedFragment(s, k) && !(c.words <= 1 && f.plainPartner(s, k)) || (strong && c.words >= 2 && !c.titleLike && f.coordinatedUnderSpeech(s, k, pre)):
			// "described the incident as “provocative” and “dangerous,”",
			// "says the mood was “fun” and “everyone enjoyed” it"
			ok = true
		case char >= 0 && (c.lowerStart || c.words > 1):
			// "called the result “historic”", "spoke of a “cloud of
			// uncertainty”": the fragment is what someone called it
			ok = true
		case c.words <= 1 && !(post != nil && c.punctEnd && f.closesClause(s, post) && article(firstWord(f.r[reg.start:reg.stop]))):
			// (“the reverse,” Meghan said: a noun phrase, not one word,
			// closed by the clause of speech)
		case c.titleLike && post == nil:
		case c.words <= 3:
			// a modifier is a term unless a clause with a speaker governs
			// it: "insisted the plan would create a “clearer and fairer”
			// system"
			// (“his “anywhere, anytime” statement, said Moon” is someone
			// else's phrase: a possessive owns it)
			owned := prevWord != "" && (possessivePronoun(prevWord) != "" || f.toks[prevTok].poss)
			if modifier && !(strong && c.words >= 2 && preTight) && !(strong && c.words >= 3 && f.governs(pre, k)) &&
				!(strong && c.words == 2 && k-pre.lastTok() <= 12 && f.governs(pre, k) && gradedFragment(f.r[reg.start:reg.stop])) &&
				!(c.words >= 2 && !owned && after != nil && after.npA >= 0 && f.endsSentence(s, after)) {
				break
			}
			// a term inside a noun phrase: "in the “post-war era” of",
			// "a “through interview” of both"
			// ("He calls for a “total divorce” from…": a verb of speech
			// governs the preposition)
			// ("None of the “potentially hundreds” of buyers were
			// charged, Levy said": unless a clause of speech closes its
			// clause)
			closing := after != nil && after.npA >= 0 && f.closingAttrib(s, after, k)
			// ("said the case was about the “power of words”": a verb of
			// speech with its speaker governs the whole clause, unless
			// "of" goes on with the noun phrase: "in the “post-war era”
			// of cheap money")
			spoken := strong && c.words >= 2 && pre.npA >= 0 && k-pre.lastTok() <= 12 && f.governs(pre, k) && (!f.isWordAt(k+1, s, "of") || pre.verb == k-2 || f.verbObject(s, k))
			if prevWord != "" && f.toks[prevTok].is(cDet) && !(c.words >= 2 && closing) && !spoken && (f.isWordAt(k+1, s, "of") ||
				(k-2 >= s.a && f.toks[k-2].k == tWord && f.toks[k-2].is(cPrep) && !(pre != nil && pre.npA >= 0 && pre.verb == k-3) &&
					// ("This will lead to a “more sustained recovery,” Hoenig
					// said.": a clause of speech right after it governs it)
					!(post != nil && c.punctEnd && f.closesClause(s, post)))) {
				break
			}
			// a clause of speech closing the sentence: "The telescope’s
			// “impressive sensitivity” will help, says Petra Lind."
			ok = post != nil || preTight || strong || closing
		default:
			if c.titleLike && post == nil && !preTight {
				break
			}
			// ("highlighted “horrific” abuse towards staff, “especially
			// those from minorities”": the sentence's earlier fragment
			// was someone's)
			ok = pre != nil || post != nil || after != nil || (c.words >= 6 && !c.titleLike) || f.fragmentBefore(s, k)
		}
	}
	// "self-described “internet loudmouth” Jeff Tiedrich": his own words
	self := -1
	if kind == Partial {
		if self = f.selfDescriber(s, k, c, mm); self >= 0 {
			ok = true
		}
	}
	// "Haiti is often mocked as “the Republic of NGOs”": someone's
	// characterisation, though no one is named
	unnamed := false
	if !ok && kind == Partial && char < 0 && c.words >= 2 && f.unnamedCharacteriser(s, k) >= 0 {
		ok, unnamed = true, true
	}
	// "69,000 staff were on “atypical contracts”": words the writer also
	// uses without marks are a term, not someone's words
	// ("the government says it will “lead by example” … could find it
	// harder to lead by example": a verb of speech close by with its
	// speaker makes them that speaker's, which the writer echoes later)
	if ok && kind == Partial && char < 0 && c.words <= 3 && !(c.words >= 2 && f.saidClose(pre, k) && f.firstUse(reg)) && f.usedUnquoted(reg) {
		ok = false
	}
	// "Amit Majmudar's “An American Nurse Foresees her Death”": a
	// capitalised quotation right after a possessive name, with no clause
	// of speech of its own, is the name of that person's work
	if ok && kind == Partial && post == nil && char < 0 && c.capStart && !c.terminal && c.words <= 8 && f.workTitleOwner(prevTok, s) {
		ok = false
	}
	// "There’s a tendency to describe such incidents as “…”": calling
	// it so is no one's act, so the fragment is a term
	if ok && kind == Partial && char >= 0 && f.genericInfinitive(s, char) {
		ok = false
	}
	// "what it calls a “family plan”", "a feature it’s calling “…”":
	// a name given to a product or scheme, not words said
	if cv := char; ok && kind == Partial {
		if cv < 0 && k-1 > s.a && f.toks[k-1].k == tWord && callVerb(f.toks[k-1].lower) {
			cv = k - 1 // ("a feature it’s calling “…”")
		}
		if cv >= 0 && callVerb(f.toks[cv].lower) && f.namesThing(s, k, cv, reg) && !f.calledPredicate(s, k, cv) {
			ok = false
		}
	}
	// "“Kim versus Lee” was the top trending topic": a quotation without
	// closing punctuation opening a sentence as the subject of "was" is a
	// name, not speech, when nothing in the sentence says who said it
	if ok && k == s.a && !c.punctEnd && post == nil && pre == nil && after == nil && k+1 < s.b && f.toks[k+1].k == tWord && beForm(f.toks[k+1].lower) {
		ok = false
	}
	// "Rodgers completed his “darkness retreat,” according to ESPN": a
	// short fragment owned by someone other than the source is the
	// owner's term for a thing of theirs, not the source's words
	if ok && kind == Partial && char < 0 && c.words >= 2 && c.words <= 3 && f.othersTerm(prevTok, post, pre, after) {
		ok = false
	}
	if ok && kind == Partial && char < 0 && c.lowerStart && c.words <= 3 && !c.punctEnd && f.adjectiveSeriesHead(s, k) {
		ok = false
	}
	// "what officials call IIRs, or “intelligence information reports,”":
	// an acronym spelt out
	if ok && kind == Partial && f.acronymGloss(s, k, reg) {
		ok = false
	}
	if !ok {
		return
	}
	qs.accepted = true
	qs.kind = kind
	if unnamed {
		qs.direct = true
		f.accepted = append(f.accepted, t.q)
		return
	}

	var a *attrib
	// A fragment with its punctuation outside the marks belongs to the
	// clause that governs it ("accused Kwarteng of “making things up”,
	// Hinds insisted…" is the accuser's phrase).
	preFirst := kind == Partial && !c.punctEnd && pre != nil && pre.npA >= 0
	// "Lee tried to quiet them and said, “…,” the paper reported": the
	// verb right before the quotation takes it as its words; a clause
	// after it reports that saying ("Malia is weighing in, asking “Did
	// you plug the hole yet, Daddy?” Obama told reporters": a question's
	// own mark closes the words too, a full stop a sentence)
	if pre != nil && pre.ent >= 0 && post != nil && post.verb > k && (!c.terminal || f.questionEnd(reg)) && (pre.verb == k-1 || pre.verb == k-2 && f.isPunct(k-1, ",:")) {
		preFirst = true
	}
	// "Abowd, who warned Ross that adding it will be “very costly,”
	// according to an internal memo": an "according to" after the words
	// vouches for the report of a clause of speech that governs them
	if pre != nil && pre.ent >= 0 && pre.npA >= 0 && !pre.info.participle && pre.npA < pre.verb && post != nil && f.toks[post.verb].lower == "according" && f.governs(pre, k) {
		preFirst = true
	}
	switch {
	case post != nil && !preFirst:
		a = post
	case pre != nil:
		a = pre
	case after != nil && kind == Partial:
		a = after
	case after != nil && f.onlyAttribAfter(k, after):
		a = after
	case after != nil && after.first()-k <= 8 && f.closesAfterTail(s, after) && f.quietClause(k+1, after.first()):
		// "“…” by the IAEA, Crowley said.": a short tail of the quoted
		// sentence, then the clause that closes it ("“…” for border
		// security, said Sen. Mike Braun (R-Ind.), who voted…")
		a = after
	case after != nil && sentStart && after.first()-k <= 24 && f.closesAfterTail(s, after) && f.quietClause(k+1, after.first()) && f.namelessTail(k+1, after.first(), mm):
		// "“It makes for a compelling story” if you have blackouts
		// because of a lack of power plants, Mr. Powers said.": the
		// quotation opens the sentence, the writer finishes the speaker's
		// thought, and the clause closing the sentence says whose it is
		a = after
	}
	// "“…,” Erik Vos, an oceanographer at Leiden told Reuters": the
	// appositive lacks its closing comma, so the clause's phrase is not
	// the name; the name right after the quotation speaks.
	if post == nil && (a == nil || a == after) && after != nil {
		if m := mm.at(p); m != nil && m.a == p && (m.kind == mPerson || m.kind == mUnknown) && f.isPunct(m.b, ",") && after.verb > m.b {
			if m.ent < 0 {
				m.kind = mPerson
				f.resolveMention(m)
			}
			if m.ent >= 0 {
				a = &attrib{verb: after.verb, npA: m.a, npB: m.b, head: m.b - 1, ent: m.ent}
			}
		}
	}
	if self >= 0 {
		a = &attrib{verb: k - 1, npA: -1, npB: -1, head: -1, ent: self}
	}
	// "has been described as “seriously failing” by a Lords inquiry": the
	// agent after the fragment calls it that
	if char >= 0 && f.byAfter(s, k) {
		if ag := f.agentAfter(s, char, k, mm); ag.ent >= 0 {
			a = &ag
		}
	}
	if char >= 0 && (a == nil || (a.ent < 0 && !a.anon) || (a != pre && a.verb > k)) {
		// the subject of the characterising verb says it
		// (… over what it called “…,” the ministry said: a pronoun calling
		// it does not outweigh a speaker named after the quotation)
		if ca := f.charSubject(s, char, mm); ca.ent >= 0 && !(a != nil && a.ent >= 0 && a.verb > k && ca.head >= 0 && isPronoun(f.toks[ca.head].lower)) {
			a = &ca
		}
	}
	if char >= 0 {
		if id := f.relativeQuantifier(s, char); id >= 0 {
			a = &attrib{verb: char, npA: -1, npB: -1, head: -1, ent: id}
		}
	}
	// ("summoned the envoy over what it called “…” across the region, the
	// ministry said": the clause closing the sentence names who speaks for
	// "it")
	if char >= 0 && a != nil && a.verb == char {
		if b := f.closingOverPronoun(s, k, a, after, mm); b != nil {
			a = b
		} else if h := a.verb - 1; a.head < 0 || a.head == h {
			// ("The ministry has condemned what it calls “…”": the
			// sentence's subject)
			if id := f.whatItCalls(s, h, mm); id >= 0 && id != a.ent {
				b := *a
				b.ent, b.affil = id, ""
				a = &b
			}
		}
	}
	// "They often chant: “…”" with no group to be "they", a "she" with no
	// woman before, or the narrator's "I" is no one's: not the last
	// speaker quoted
	if a != nil && (a.anon && a.ent < 0 || (a.ent < 0 && a.npA >= 0 && a.npB-a.npA == 1 && (noOneIf(f.toks[a.head].lower) || noOneIf(quotativeSubject(f.toks[a.head].lower, f.toks[a.verb].lower))))) {
		qs.direct = true
		f.accepted = append(f.accepted, t.q)
		return
	}
	if a != nil && a.ent >= 0 {
		f.noteSpoke(a)
		qs.ent, qs.affil, qs.direct = a.ent, a.affil, true
		f.accepted = append(f.accepted, t.q)
		return
	}
	// A tabloid headline: "‘They can go away’: Bob Geldof hits back at
	// critics", "‘They're going to be huge’ Amy Childs thinks…": the
	// paragraph opens with the quotation and the person right after it is
	// the subject of what follows
	if a == nil && f.paraStart(k) {
		p := k + 1
		if f.isPunct(p, ":") {
			p++
		}
		if m := mm.at(p); m != nil && m.a == p && (m.kind == mPerson || (m.kind == mUnknown && m.b-m.ca >= 2)) && m.b < s.b && f.toks[m.b].k == tWord && !f.toks[m.b].cap && !f.toks[m.b].is(cFunction) {
			if m.ent < 0 {
				m.kind = mPerson
				f.resolveMention(m)
			}
			if m.ent >= 0 {
				qs.ent, qs.affil, qs.direct = m.ent, "", true
				f.accepted = append(f.accepted, t.q)
				f.addEvent(reg.start, m.ent, true, true, si)
				return
			}
		}
	}
	// A document as the subject of the sentence ("The text commits the
	// parties to “…”"), or a speaker introducing the quote with a colon
	// ("One negotiator summed it up in two words: “Still talking.”").
	colon := f.isPunct(prevTok, ":")
	// "AD … I can do whatever I want: “…”": an interview answer's "I"
	if colon {
		if _, sb, h, ok := f.subjectNP(s, mm); ok && sb <= k && f.toks[h].lower == "i" {
			if id := f.answerer(s); id >= 0 {
				qs.ent, qs.direct = id, true
				f.accepted = append(f.accepted, t.q)
				f.addEvent(reg.start, id, true, true, si)
				return
			}
		}
	}
	// "just after Weaver uttered the lines: “…”": whoever says, sings or
	// reads the lines before the colon
	if colon {
		if id := f.linesSpeaker(s, prevTok, mm); id >= 0 {
			qs.ent, qs.direct = id, true
			f.accepted = append(f.accepted, t.q)
			f.addEvent(reg.start, id, true, true, si)
			return
		}
	}
	// "Paterno: “Said what?” / Reporter: “…”": a turn labelled by a role
	// alone is the other party of the exchange, the person quoted before
	// the one who spoke last
	if colon {
		if sa, sb, h, ok := f.subjectNP(s, mm); ok && sa == h && sb == h+1 && sb == prevTok && f.toks[h].cap && f.toks[h].is(cRole) && (h == 0 || f.toks[h-1].k == tBreak) {
			if id := f.otherParty(t.para); id >= 0 {
				qs.ent, qs.direct = id, true
				f.accepted = append(f.accepted, t.q)
				f.addEvent(reg.start, id, true, true, si)
				return
			}
		}
	}
	if kind == Partial || colon {
		if sa, sb, h, ok := f.subjectNP(s, mm); ok && sb <= k && !isPronoun(f.toks[h].lower) &&
			((f.toks[h].is(cDoc) && !f.toks[h].cap) || (colon && f.validHead(&f.toks[h]))) {
			id, affil := -1, ""
			if pr := possessivePronoun(f.toks[sa].lower); pr != "" && sb-sa <= 3 && (f.toks[h].is(cDoc) || speechNoun(f.toks[h].lower)) {
				// "Her speech contained…": the owner speaks ("Her
				// opposite number was blunt:" is someone else)
				id = f.antecedent(pr, f.toks[sa].s)
			} else {
				id, affil = f.resolveNP(sa, sb, h, "", mm)
			}
			if id >= 0 {
				qs.ent, qs.affil, qs.direct = id, affil, true
				f.accepted = append(f.accepted, t.q)
				f.addEvent(reg.start, id, true, true, si)
				return
			}
		}
	}
	// "The Bay Area News Group referred to the measure as the tax hike
	// that “many Californians haven't heard of”": words inside what a
	// verb of describing makes of its object are its subject's
	if kind == Partial && a == nil {
		if v := f.describedAsBefore(s, k); v >= 0 {
			if ca := f.charSubject(s, v, mm); ca.ent >= 0 {
				qs.ent, qs.affil, qs.direct = ca.ent, ca.affil, true
				f.accepted = append(f.accepted, t.q)
				f.addEvent(reg.start, ca.ent, true, true, si)
				return
			}
		}
	}
	// “…” “…” “…”: a paragraph of quotations set back to back without a
	// word of narration (excerpts of a video's voices) says no one's
	if f.quotesOnlyPara(k) {
		f.accepted = append(f.accepted, t.q)
		return
	}
	// Unattributed: the previous quotation of the paragraph, else the
	// latest speaker or salient person.
	if n := len(f.accepted); n > 0 {
		pq := &f.qs[f.accepted[n-1]]
		if pq.tok >= 0 && f.paraEnd(pq.tok) == t.para && pq.ent >= 0 {
			qs.ent, qs.affil = pq.ent, pq.affil
			if !pq.direct || f.ents[pq.ent].affil == pq.affil {
				qs.affil = ""
			}
			f.accepted = append(f.accepted, t.q)
			f.addEvent(reg.start, qs.ent, true, true, si)
			return
		}
	}
	qs.ent = f.lastSpeaker(f.toks[k].s)
	f.accepted = append(f.accepted, t.q)
	f.addEvent(reg.start, qs.ent, true, true, si)
}

// introducesNext reports whether clause a after the quotation token k
// rather introduces the next one: a quotation closed by its own question
// or exclamation mark or full stop, then "Wiig smiles and says, “…”" (a
// name, another verb and "and" before the verb of speech, a comma or
// colon and a quotation).
func (f *finder) introducesNext(k int, a *attrib) bool {
	v := a.verb
	if a.npB != v-2 || f.toks[v-1].lower != "and" || v+2 >= len(f.toks) || !f.isPunct(v+1, ",:") || f.toks[v+2].k != tQuote {
		return false
	}
	q := f.toks[k].q
	if q < 0 || q >= len(f.regs) {
		return false
	}
	r := f.regs[q]
	if r.stop <= r.start {
		return false
	}
	switch f.r[r.stop-1] {
	case '?', '!', '.':
		return true
	}
	return false
}

// closingAttrib reports whether the clause of speech a, after the
// quotation token k, closes the clause k stands in: it ends the sentence
// (endsSentence), or stands between commas before a conjunction that
// opens the next clause ("…, Levy said, but “…”"), with no other clause
// of speech or quotation between k and it.
func (f *finder) closingAttrib(s sentence, a *attrib, k int) bool {
	if f.endsSentence(s, a) {
		return true
	}
	st, e := a.first(), a.lastTok()+1
	if st-1 <= k || !f.isPunct(st-1, ",") || e >= s.b || !f.quietClause(k+1, st) {
		return false
	}
	for i := k + 1; i < st; i++ {
		if f.toks[i].k == tQuote {
			return false
		}
	}
	// "…, Economy Minister Paulo Reis said Tuesday.": a bare day
	if f.toks[e].k == tWord && f.isTimeWord(&f.toks[e]) && a.npA >= 0 {
		end := e + 1
		for end < s.b && f.toks[end].k == tPunct && !f.isPunct(end, ",") {
			end++
		}
		if end == s.b {
			return true
		}
	}
	// "…, Justice Ana Sosa said in passing sentence.": a short phrase
	// after the verb
	if f.toks[e].k == tWord && f.toks[e].is(cPrep) && a.npA >= 0 {
		end := e + 1
		for end < s.b && end <= e+4 && f.toks[end].k == tWord {
			end++
		}
		// ("…, Dan Shore said at an industry event last year.": and a time
		// phrase closing it)
		if end < s.b && f.toks[end].k == tWord && f.isTimeWord(&f.toks[end]) && timePrep(f.toks[end-1].lower) {
			end++
		} else if end+1 < s.b && f.toks[end].k == tWord && f.toks[end+1].k == tWord && timePrep(f.toks[end].lower) && f.isTimeWord(&f.toks[end+1]) {
			end += 2
		}
		for end < s.b && f.toks[end].k == tPunct && !f.isPunct(end, ",") {
			end++
		}
		if end == s.b {
			return true
		}
	}
	if !f.isPunct(e, ",") || e+1 >= s.b {
		return false
	}
	switch f.toks[e+1].lower {
	case "but", "and", "though", "although", "while", "yet", "adding":
		return true
	case "as", "which":
		// "…, a union leader has said, as it emerged that…", "…,
		// Lena Tove said, which made it harder…"
		return a.npA >= 0
	}
	return false
}

// namelessTail reports whether tokens [a, b) hold no name and no other
// quotation: nobody else the words could be about or from.
func (f *finder) namelessTail(a, b int, mm mentionMap) bool {
	for k := a; k < b; k++ {
		if f.toks[k].k == tQuote || f.toks[k].k == tBreak || mm.at(k) != nil {
			return false
		}
	}
	return true
}

func (f *finder) isWordAt(k int, s sentence, w string) bool {
	return k >= s.a && k < s.b && f.toks[k].k == tWord && f.toks[k].lower == w
}

// prevQuoteInPara reports whether an accepted quotation already ends in
// paragraph para.
func (f *finder) prevQuoteInPara(para int) bool {
	if n := len(f.accepted); n > 0 {
		pq := &f.qs[f.accepted[n-1]]
		return pq.tok >= 0 && f.paraEnd(pq.tok) == para
	}
	return false
}

// quoteIn reports whether sentence si holds a quotation.
func (f *finder) quoteIn(si int) bool {
	if si >= len(f.sents) {
		return false
	}
	for k := f.sents[si].a; k < f.sents[si].b; k++ {
		if f.toks[k].k == tQuote {
			return true
		}
	}
	return false
}

// paraEnd returns the paragraph in which token k ends (quotations may span
// paragraphs).
func (f *finder) paraEnd(k int) int {
	if k+1 < len(f.toks) {
		return f.toks[k+1].para // a break carries the paragraph it ends
	}
	return f.toks[k].para
}

// continuesSplit reports whether quotation k continues an earlier full
// quotation of the same sentence after its reporting clause:
// “A,” she said, “and B.”
func (f *finder) continuesSplit(s sentence, k int) bool {
	for j := k - 1; j >= s.a; j-- {
		if f.toks[j].k == tQuote {
			q := f.toks[j].q
			return q >= 0 && q < len(f.qs) && f.qs[q].accepted && f.qs[q].kind == Full
		}
	}
	return false
}

// onlyAttribAfter reports whether the words between quotation k and the
// clause a are few enough for a to attribute k ("“…” Kim later said").
func (f *finder) onlyAttribAfter(k int, a *attrib) bool {
	return a.first()-k <= 4
}

// forwardPass gives unattributed quotations that open a paragraph the
// speaker of an immediately following attributed quotation of the same
// paragraph: “A.” “B,” he said.
func (f *finder) forwardPass() {
	for i := len(f.accepted) - 2; i >= 0; i-- {
		q := &f.qs[f.accepted[i]]
		nx := &f.qs[f.accepted[i+1]]
		if q.direct || !nx.direct || q.tok < 0 || nx.tok != q.tok+1 {
			continue
		}
		// only when no earlier quotation of the paragraph set the speaker
		if i > 0 {
			pv := &f.qs[f.accepted[i-1]]
			if pv.tok >= 0 && f.paraEnd(pv.tok) == f.toks[q.tok].para {
				continue
			}
		}
		q.ent = nx.ent
	}
}

// oneWord reports whether runes [start, stop) hold a single word, with any
// punctuation around it.
func (f *finder) oneWord(start, stop int) bool {
	words := 0
	in := false
	for _, c := range f.r[start:stop] {
		w := unicode.IsLetter(c) || unicode.IsDigit(c)
		if w && !in {
			words++
		}
		in = w || in && (c == '\'' || c == '’' || c == '-')
	}
	return words == 1
}

// result assembles the public Result.
func (f *finder) result() Result {
	var res Result
	// the accepted quotations that are kept, and their speakers
	kept := f.kept[:0]
	used := slices.Grow(f.used[:0], len(f.ents))[:len(f.ents)]
	clear(used)
	f.used = used
	nUsed := 0
	last := -1
	for _, qi := range f.accepted {
		reg := f.regs[qi]
		if reg.start < last || reg.stop <= reg.start || reg.stop > len(f.r) {
			continue
		}
		if f.qs[qi].kind == Full && f.oneWord(reg.start, reg.stop) {
			// A reply of one word ("Maybe.", "Done?") or the first word of
			// a split sentence ("So," he said, "…") says nothing an analyst
			// would cite or attribute on its own.
			continue
		}
		last = reg.stop
		kept = append(kept, qi)
		if id := f.qs[qi].ent; id >= 0 && !used[id] {
			used[id] = true
			nUsed++
		}
	}
	f.kept = kept
	if len(kept) > 0 {
		res.Quotes = make([]Quote, 0, len(kept))
	}
	for _, qi := range kept {
		reg := f.regs[qi]
		qs := f.qs[qi]
		q := Quote{Start: reg.start, End: reg.stop, Text: f.text(reg.start, reg.stop), Kind: qs.kind}
		if qs.ent >= 0 {
			e := &f.ents[qs.ent]
			q.Speaker = oneSpace(e.name)
			q.Affiliation = qs.affil
			if q.Affiliation == "" {
				q.Affiliation = e.affil
			}
			q.Affiliation = oneSpace(q.Affiliation)
		}
		res.Quotes = append(res.Quotes, q)
	}
	if nUsed == 0 {
		detach(&res)
		return res
	}
	ids := slices.Grow(f.ids[:0], nUsed)
	nAliases := 0
	for id, u := range used {
		if u {
			ids = append(ids, id)
			nAliases += len(f.ents[id].aliases)
		}
	}
	f.ids = ids
	slices.SortStableFunc(ids, func(a, b int) int { return f.ents[a].first - f.ents[b].first })
	res.People = make([]Person, 0, nUsed)
	aliases := make([]string, 0, nAliases) // one backing array for all
	for _, id := range ids {
		e := &f.ents[id]
		p := Person{Name: oneSpace(e.name), Affiliation: oneSpace(e.affil), Kind: speakerKinds[e.kind]}
		if e.kind == eOrg && e.place {
			p.Kind = SpeakerPlace
		}
		if n := len(e.aliases); n > 0 {
			aliases = append(aliases, e.aliases...)
			p.Aliases = aliases[len(aliases)-n : len(aliases) : len(aliases)]
		}
		res.People = append(res.People, p)
	}
	detach(&res)
	return res
}

// detach copies the strings of res into one new allocation: the finder's
// strings are mostly substrings of the text and would keep all of it alive.
func detach(res *Result) {
	each := func(do func(*string)) {
		for i := range res.Quotes {
			q := &res.Quotes[i]
			do(&q.Text)
			do(&q.Speaker)
			do(&q.Affiliation)
		}
		for i := range res.People {
			p := &res.People[i]
			do(&p.Name)
			do(&p.Affiliation)
			for j := range p.Aliases {
				do(&p.Aliases[j])
			}
		}
	}
	n := 0
	each(func(s *string) { n += len(*s) })
	var b strings.Builder
	b.Grow(n)
	each(func(s *string) { b.WriteString(*s) })
	all := b.String()
	each(func(s *string) {
		*s, all = all[:len(*s)], all[len(*s):]
	})
}

// firstOfPara returns the rune offset where paragraph para starts (its
// first token's), or a large number when no token is in it.
func (f *finder) firstOfPara(para int) int {
	i := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].para >= para })
	if i < len(f.toks) && f.toks[i].para == para {
		return f.toks[i].s
	}
	return 1 << 30
}

// paraStart reports whether token k opens its paragraph.
func (f *finder) paraStart(k int) bool {
	return k == 0 || f.toks[k-1].k == tBreak || f.toks[k-1].para != f.toks[k].para
}

// onlyFinalStop reports whether txt's only sentence punctuation is one
// period at its end.
func onlyFinalStop(txt []rune) bool {
	end := len(txt)
	for end > 0 && (isBlank(txt[end-1]) || txt[end-1] == '’' || txt[end-1] == '\'' || txt[end-1] == '"' || txt[end-1] == '”') {
		end--
	}
	if end == 0 || txt[end-1] != '.' {
		return false
	}
	for _, c := range txt[:end-1] {
		if isTerminal(c) || c == ',' || c == ';' || c == ':' {
			return false
		}
	}
	return true
}

// tokAt returns the token starting at rune offset pos, or -1.
func (f *finder) tokAt(pos int) int {
	k, ok := slices.BinarySearchFunc(f.toks, pos, func(t token, p int) int { return t.s - p })
	if !ok {
		return -1
	}
	return k
}
