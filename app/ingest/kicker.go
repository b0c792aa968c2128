package ingest

import (
	"strings"
	"unicode"
)

// The kicker of a web page is the short label its designers set over the
// headline: "ANALYSIS", "Opinion", a section ("Middle East") or a series
// name. Pages mark it up in one of three ways, tried in this order:
//
//   - an element whose class, id or itemprop names it (class="kicker",
//     "eyebrow", "c-overline", "section-label", itemprop="articleSection"),
//     often a lone link;
//   - a small heading (<h4>Culture</h4>) right above the headline;
//   - a short line right above the headline inside the same header
//     element (<header>, class "article-header").
//
// Only a date line or page furniture ("Share this:", "Advertisement") may
// stand between the label and the headline. A
// breadcrumb, a byline, a caption, a menu's or a sharing bar's words, the
// site's name and the headline itself are never kickers, and a page with
// none of the above has none.

// pageKicker returns the kicker over the headline full[h], or "".
func pageKicker(full []hblock, cands []kickerCand, h int, title string, sites []string) string {
	if h < 0 || h >= len(full) {
		return ""
	}
	head := full[h]
	p := h - 1 // the nearest block above the headline but date lines and "Share this"
	for p >= 0 && (dateAbove(full[p]) || isPageFurniture(full[p].text)) {
		p--
	}
	for i := len(cands) - 1; i >= 0; i-- {
		c := cands[i]
		if c.at > h {
			continue
		}
		if c.at < p || c.at == p && p >= 0 && !strings.Contains(fold2(full[p].text), fold2(c.text)) {
			break // block p stands between the label and the headline
		}
		if c.crumb {
			continue
		}
		if k := kickerText(c.text, title, sites); k != "" {
			return k
		}
	}
	if p < 0 {
		return ""
	}
	b := full[p]
	switch {
	case b.dropped != head.dropped:
		return "" // links (a menu, a sharing bar) stood between
	case b.hints&(hintCrumb|hintByline|hintCaption|hintCredit) != 0 || b.kind == kindCaption:
		return ""
	case b.kind == kindHeading:
		return kickerText(b.text, title, sites)
	case head.header != 0 && b.start >= head.header:
		return kickerText(b.text, title, sites)
	}
	return ""
}

// dateAbove reports a date line, which may stand between a kicker and the
// headline ("NEWS · 24 September 2019").
func dateAbove(b hblock) bool {
	if _, ok := pageDate(b); ok {
		return true
	}
	if nWords(b.text, 11) > 10 || b.hints&hintByline != 0 {
		return false
	}
	if _, ok := findDate(b.text); ok {
		return true
	}
	// The label of a date filled in by the page's script: "Updated".
	return b.hints&hintDate != 0 && dateLabels[strings.ToLower(strings.TrimRight(b.text, ": "))]
}

var dateLabels = map[string]bool{"updated": true, "published": true, "posted": true, "last updated": true, "modified": true}

// notKickers are the words of menus, sharing bars and page tools that
// stand above many headlines.
var notKickers = map[string]bool{
	"comment": true, "comments": true, "tweet": true, "email": true, "e-mail": true, "print": true, "menu": true,
	"search": true, "home": true, "sign in": true, "log in": true, "login": true, "register": true, "more": true,
	"main content": true, "skip to content": true, "skip to main content": true, "you are here": true,
	"navigate": true, "edition": true, "follow": true, "close": true, "expand": true, "pin it": true,
	"bookmark": true, "save": true, "listen": true, "next article": true, "previous article": true, "back": true,
}

// kickerText returns t as a kicker when it reads like one: at most five
// words, no full stop, capitalised, and not a date, a byline, page
// furniture, the headline or the site's name.
func kickerText(t, title string, sites []string) string {
	t = collapseSpace(t)
	if t == "" || len(t) > 60 || nWords(t, 6) > 5 {
		return ""
	}
	if strings.ContainsRune(".:;,!?", lastRune(t)) || strings.ContainsAny(t, "»›|") {
		return "" // a sentence, "Filed under:", a path
	}
	letter := false
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return "" // "comments", "stories that cut to the quick"
			}
			letter = true
			break
		}
		if unicode.IsDigit(r) {
			break
		}
	}
	if !letter {
		return ""
	}
	l := strings.ToLower(t)
	if notKickers[l] || isPageFurniture(t) || strings.HasPrefix(l, "by ") {
		return ""
	}
	if _, ok := findDate(t); ok {
		return ""
	}
	if _, _, ok := bylineLine(t); ok {
		return ""
	}
	if title != "" && sameText(t, title) {
		return ""
	}
	for _, s := range sites {
		if s != "" && fold2(s) == l {
			return ""
		}
	}
	return t
}
