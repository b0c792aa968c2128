package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialsPerson returns the person whose name's initials an all-capital
// word spells ("TVH" for "Tom Vandergriff-Holt", each part of a hyphened
// name counting) when the text introduces the word as a name — in
// brackets ("Tom Vandergriff-Holt (TVH)") or after "known as", "aka",
// "dubbed" or "nicknamed" ("The erstwhile executive, known among traders
// as TVH,"), or -1. Without such an introduction an acronym is an
// organisation's ("AP" beside an "Anna Petrova"); the article then uses
// the initials as the person's name, and quotes are the person's under
// the name first introduced (issue 20, twenty-sixth round).
func (f *finder) initialsPerson(m *mention) int {
	if m.b-m.ca != 1 {
		return -1
	}
	w := f.toks[m.ca].w
	if n := utf8.RuneCountInString(w); n < 2 || n > 4 || !allUpper(w) || strings.ContainsAny(w, ".-&") {
		return -1
	}
	if _, ok := f.nameIdx[entKey{eOrg, f.toks[m.ca].lower}]; ok {
		return -1
	}
	pos := f.toks[m.a].s
	best := -1
	for i := len(f.ents) - 1; i >= 0 && i >= len(f.ents)-maxCandidates; i-- {
		e := &f.ents[i]
		// (a known given name or a title: "The Virtustream Storage Cloud
		// (VSC)" is a product whose capitals the finder may take for a
		// name)
		if e.kind != ePerson || e.single || e.relative || e.gender == 0 || len(e.parts) < 2 || e.first >= pos || !initialsAre(e.parts, w) {
			continue
		}
		if best >= 0 && best != i {
			return -1 // two people with those initials: no telling which
		}
		best = i
	}
	if best < 0 || !f.aliasIntroduced(w, f.ents[best].first) {
		return -1
	}
	return best
}

// initialsAre reports whether the initials of the name parts, those of a
// hyphened part's pieces each, spell w exactly.
func initialsAre(parts []string, w string) bool {
	var b strings.Builder
	for _, p := range parts {
		if nameSuffix(p) {
			continue
		}
		for piece := range strings.SplitSeq(p, "-") {
			if c, _ := utf8.DecodeRuneInString(piece); c != utf8.RuneError {
				b.WriteRune(unicode.ToUpper(c))
			}
		}
	}
	return b.String() == w
}

// aliasIntroduced reports whether the first use of the word w after rune
// offset from gives it as a name: right after an opening bracket, or a
// few words after "known … as", "aka", "dubbed" or "nicknamed" in the
// same sentence.
func (f *finder) aliasIntroduced(w string, from int) bool {
	// (bounded: an alias is introduced early, where the name is)
	for k := 1; k < len(f.toks) && k < 8000; k++ {
		if f.toks[k].s < from || f.toks[k].w != w {
			continue
		}
		if f.isPunct(k-1, "(") {
			return true
		}
		as := false
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			t := &f.toks[j]
			if t.k == tWord {
				switch strings.TrimSuffix(t.lower, ".") {
				case "aka", "a.k.a", "dubbed", "nicknamed":
					return j == k-1
				case "as":
					as = as || j == k-1
				case "known":
					return as
				}
			}
			if t.first {
				break
			}
		}
		return false
	}
	return false
}

// knownSurnameRun reports a one-word name that is the surname of a person
// named in full before ("Gerber" after "Rande Gerber").
func (f *finder) knownSurnameRun(core []token) bool {
	return len(core) == 1 && f.surnameKnown(core[0].lower)
}

// indefiniteRole reports a run of capitalised words ending in a role or
// title, no given name or known surname among them, after "a" or "an"
// and at most two lower-case modifiers ("Nora
// Feldhaus, a former Senior Advisor at USAID,"): a role written with
// capitals, as "the PAHO Director" is, never a name.
func (f *finder) indefiniteRole(s sentence, a, b int) bool {
	if h := &f.toks[b-1]; b-a > 3 || h.poss || !roleHead(h) && !(h.is(cRole) && !h.is(cOrg|cPlace|cFemale|cMale)) {
		return false
	}
	// ("an emotional Dean" after "Geoff Dean": a surname)
	for k := a; k < b; k++ {
		if f.toks[k].is(cFemale|cMale) || f.surnameKnown(f.toks[k].lower) {
			return false
		}
	}
	for k := a - 1; k >= s.a && k >= a-3; k-- {
		t := &f.toks[k]
		if t.k == tWord && (t.lower == "a" || t.lower == "an") {
			return true
		}
		if t.k != tWord || t.cap || t.is(cFunction|cPrep|cStopNP|cSkip) || t.poss {
			return false
		}
		if _, v := t.verb(); v {
			return false
		}
	}
	return false
}
