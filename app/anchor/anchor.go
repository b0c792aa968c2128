package anchor

import (
	"math/bits"
	"slices"
	"sort"
	"unicode/utf8"
)

// Scoring. A candidate span scores
//
//	len(quote) + context(prefix) + context(suffix) - errPenalty*edits
//
// where each context side is worth up to ContextLen: the larger of the run
// of identical runes next to the span and ContextLen - ctxPenalty*d, d being
// the least edit distance between the stored context and the text beside
// the span. Random text scores 0 on a side; an untouched side scores 32.
// A verbatim quote attaches with minExact when one side of its context is
// untouched (what any edit beside the span leaves), with minBare otherwise;
// an edited quote needs minFuzzy. So a short quote moves only with its
// context, a quote of 41 runes or more stands on its own, and an edited
// quote needs more evidence still.
const (
	errPenalty = 4  // per edit inside the quote
	ctxPenalty = 8  // per edit in a context side
	minExact   = 33 // least score to attach an exact quote with one context side intact
	minBare    = 41 // least score to attach an exact quote with neither side intact
	minFuzzy   = 48 // least score to attach an approximate quote
	maxErrDiv  = 4  // at most len(quote)/maxErrDiv edits (25%)
)

const (
	nearPad     = 64  // the old position is searched this far around first
	maxPieceOcc = 256 // a context piece occurring more often is not followed
	// standalone is the shortest quote that may attach, edited, with less
	// than 8 points of context on each side (which the context pieces
	// would have found): m + 2*7 - errPenalty >= minFuzzy.
	standalone = minFuzzy + errPenalty - 2*7
	// bareExact is the same for a verbatim quote: m + 2*7 >= minBare.
	bareExact  = minBare - 2*7
	chunkLen   = 32 // seeds for long quotes
	chunkErrs  = 8  // edits allowed in a seed chunk
	maxChunks  = 4  // seed chunks per long quote
	maxHits    = 64 // approximate hits evaluated from one whole-text search
	windowHits = 16 // approximate hits evaluated from one window
	maxSeeds   = 8  // chunk hits followed per chunk of a long quote
	// maxPicks acceptable candidates are checked for being junction
	// artifacts freely; beyond that each check is paid from the work budget
	// (a run of equal letters can hold many artifacts above the true span).
	maxPicks = 8
	// workBudget bounds the bit-parallel work of one Anchor call (in 64-row
	// block steps), so periodic text ("abab...") with a long quote, where
	// near matches are everywhere, cannot take seconds. A 10,000-word
	// article searched whole costs about 60,000.
	workBudget  = 1 << 22
	maxStarts   = 4       // start positions evaluated per approximate end
	maxExactOcc = 1 << 16 // verbatim occurrences scored at most
)

// side is one context side of a selector: its symbols ordered outward from
// the span (the prefix reversed), padded with start or end marks when the stored
// context was cut short by the text's start or end.
type side struct {
	ids []int32
	pat *pattern
}

// anchorer is the state of one Anchor call (Doc itself stays read-only).
type anchorer struct {
	d     *Doc
	s     Selector
	q     []int32 // the quote as doc symbols
	m, k  int     // quote length, edits allowed
	old   int     // old start
	pre   side
	suf   side
	win   []int32 // scratch for context windows
	rev   []int32 // scratch for reversed text
	dist  []int   // scratch for distances
	qpat  *pattern
	qrev  *pattern
	cands []cand // acceptable candidates
	work  int    // block steps spent, against workBudget
	picks int    // junction checks made
	both  *pattern
}

// cand is a scored candidate span.
type cand struct {
	start, end, dist int
	ctx, score       int
	ctxDist          int // edits in the context sides
	ok               bool
	intact           bool // one context side untouched (exact candidates)
	checked, junk    bool // junction verdict, once checked
}

// Anchor finds s in the doc's text. See the package documentation for the
// order of the attempts. An Orphaned result has Start = End = 0.
func (d *Doc) Anchor(s Selector) Result {
	if s.Exact == "" || len(d.ids) == 0 {
		return Result{Status: Orphaned}
	}
	// The old start only guides the search: clamped, it cannot overflow.
	a := &anchorer{d: d, s: s, old: max(0, min(s.Start, len(d.ids)))}
	a.q = d.symsOf(s.Exact)
	a.m = len(a.q)
	a.k = a.m / maxErrDiv
	a.pre = a.side(reverseRunes(lastRunes(s.Prefix, ContextLen)))
	a.suf = a.side(firstRunes(s.Suffix, ContextLen))
	if !utf8.ValidString(s.Prefix) || !utf8.ValidString(s.Suffix) {
		// Decoding replaced bytes: not the stored context any more.
		a.pre.ids, a.suf.ids = nil, nil
	}
	a.padContexts(s)
	return a.run()
}

// side converts context runes (ordered outward) to a side.
func (a *anchorer) side(runes []rune) side {
	ids := make([]int32, 0, ContextLen)
	for _, r := range runes {
		ids = append(ids, a.d.symOf(r))
	}
	return side{ids: ids}
}

// padContexts pads short contexts with marks where the text's start or end
// cut them short. A prefix is cut short when it reaches back to offset 0.
// A short suffix is taken as cut short by the end of the text when the
// selector otherwise looks like ours (a full prefix, or one cut short too):
// selectors from tools that keep less context are not padded.
func (a *anchorer) padContexts(s Selector) {
	np, ns := len(a.pre.ids), len(a.suf.ids)
	preCut := np < ContextLen && s.Start == utf8.RuneCountInString(s.Prefix) && utf8.ValidString(s.Prefix)
	sufCut := ns < ContextLen && (preCut || np == ContextLen) && utf8.ValidString(s.Suffix)
	if preCut {
		for len(a.pre.ids) < ContextLen {
			a.pre.ids = append(a.pre.ids, startMark)
		}
	}
	if sufCut {
		for len(a.suf.ids) < ContextLen {
			a.suf.ids = append(a.suf.ids, endMark)
		}
	}
}

// run tries the ways of finding the quote, cheapest and surest first, and
// stops at the first acceptable candidate.
func (a *anchorer) run() Result {
	n := len(a.d.ids)
	// 1. Untouched: the old position holds the quote and both contexts.
	if a.quoteAt(a.old) {
		c := a.eval(a.old, a.old+a.m, 0)
		if c.ctx == len(a.pre.ids)+len(a.suf.ids) {
			return a.finish(c)
		}
	}
	// 2. The quote verbatim, wherever it is, with one side of its context
	// untouched: what any edit beside the span leaves. No approximate match
	// can be better evidence.
	exact := utf8.ValidString(a.s.Exact)
	if exact {
		a.evalIntact()
		if c, ok := a.pick(true); ok {
			return a.finish(c)
		}
	}
	// 3. Approximate matches (or, for a quote too short to be edited,
	// verbatim ones) around the old position and where pieces of the context
	// now are: whatever has context enough to attach is found there.
	a.searchWindow(max(0, a.old-a.k-nearPad), min(n, a.old+a.m+a.k+nearPad), windowHits)
	if c, ok := a.pick(false); ok {
		return a.finish(c)
	}
	complete := a.searchContext()
	if c, ok := a.pick(false); ok {
		return a.finish(c)
	}
	// 4. Anywhere, for a quote long enough to attach without its context
	// (or when the context pieces were too common to follow): verbatim
	// occurrences with a damaged context, best bound first, then
	// approximate matches.
	if exact && (!complete || a.m >= bareExact) {
		a.evalBounded(a.exactOccurrences())
		if c, ok := a.pick(false); ok {
			return a.finish(c)
		}
	}
	if a.k > 0 && (!complete || a.m >= standalone) {
		a.searchAll(complete)
		if c, ok := a.pick(false); ok {
			return a.finish(c)
		}
	}
	return Result{Status: Orphaned}
}

// exactOccurrences returns the offsets of the quote verbatim: from the
// piece index for a quote of gramLen runes or more, else by scanning.
func (a *anchorer) exactOccurrences() []int {
	if a.m < gramLen {
		return a.d.occurrences(a.s.Exact, maxExactOcc)
	}
	occ, _ := a.d.grams().lookup(a.d.ids, a.q[:gramLen], maxExactOcc)
	out := occ[:0]
	for _, o := range occ {
		if a.quoteAt(o) {
			out = append(out, o)
		}
	}
	return out
}

// quoteAt reports whether the quote lies verbatim at start.
func (a *anchorer) quoteAt(start int) bool {
	return start >= 0 && start <= len(a.d.ids)-a.m && equalIDs(a.d.ids[start:start+a.m], a.q)
}

// evalIntact scores the verbatim occurrences of the quote that have one
// context side identical to the stored one. Such an occurrence is an
// occurrence of the side and the quote together, so it is looked up by
// the side's nearest gramLen runes (or, for a side cut short by the text's
// start or end, at that end) rather than among every occurrence of a
// common word.
func (a *anchorer) evalIntact() {
	n := len(a.d.ids)
	scan := false
	for _, sd := range []*side{&a.pre, &a.suf} {
		total, real := len(sd.ids), countReal(sd.ids)
		var starts []int
		switch {
		case total == 0:
			continue
		case real < total: // reaches the text's start or end
			if sd == &a.pre {
				starts = []int{real}
			} else {
				starts = []int{n - real - a.m}
			}
		case real >= gramLen:
			piece := make([]int32, gramLen)
			for i := range piece {
				if sd == &a.pre {
					piece[gramLen-1-i] = sd.ids[i]
				} else {
					piece[i] = sd.ids[i]
				}
			}
			occ, _ := a.d.grams().lookup(a.d.ids, piece, maxExactOcc)
			for _, x := range occ {
				if sd == &a.pre {
					starts = append(starts, x+gramLen)
				} else {
					starts = append(starts, x-a.m)
				}
			}
		default: // a short context from another tool: scan
			scan = true
			continue
		}
		for _, st := range starts {
			if a.quoteAt(st) && a.sameRun(sd, sideAt(sd == &a.pre, st, st+a.m), sideDir(sd == &a.pre)) == total {
				a.eval(st, st+a.m, 0)
			}
		}
	}
	if scan {
		for _, o := range a.exactOccurrences() {
			if a.sameRun(&a.pre, o, -1) == len(a.pre.ids) && len(a.pre.ids) > 0 ||
				a.sameRun(&a.suf, o+a.m, +1) == len(a.suf.ids) && len(a.suf.ids) > 0 {
				a.eval(o, o+a.m, 0)
			}
		}
	}
}

func sideAt(pre bool, start, end int) int {
	if pre {
		return start
	}
	return end
}

func sideDir(pre bool) int {
	if pre {
		return -1
	}
	return +1
}

// evalBounded scores verbatim occurrences, best bound first, while their
// bound can still reach the best score found so far. The bound comes from
// the runs of identical symbols beside each (a side that is not identical
// has at least one edit).
func (a *anchorer) evalBounded(occ []int) {
	type bound struct{ at, ub int }
	np, ns := len(a.pre.ids), len(a.suf.ids)
	var rest []bound
	for _, o := range occ {
		rp := a.sameRun(&a.pre, o, -1)
		rs := a.sameRun(&a.suf, o+a.m, +1)
		ubp, ubs := max(rp, np-ctxPenalty, 0), max(rs, ns-ctxPenalty, 0)
		if rp == np {
			ubp = np
		}
		if rs == ns {
			ubs = ns
		}
		if ub := a.m + ubp + ubs; ub >= minExact {
			rest = append(rest, bound{o, ub})
		}
	}
	sort.Slice(rest, func(i, j int) bool {
		if rest[i].ub != rest[j].ub {
			return rest[i].ub > rest[j].ub
		}
		return absInt(rest[i].at-a.old) < absInt(rest[j].at-a.old)
	})
	best := minExact
	for _, c := range a.cands {
		best = max(best, c.score)
	}
	for _, b := range rest {
		if b.ub < best {
			break
		}
		if c := a.eval(b.at, b.at+a.m, 0); c.ok {
			best = max(best, c.score)
		}
	}
}

// sameRun is the number of identical symbols between a context side and
// the text beside at.
func (a *anchorer) sameRun(sd *side, at, dir int) int {
	ids := a.d.ids
	r := 0
	for r < len(sd.ids) {
		j := at + r
		if dir < 0 {
			j = at - 1 - r
		}
		if symAt(ids, j) != sd.ids[r] {
			break
		}
		r++
	}
	return r
}

// searchContext searches where the context now is. Each side is cut into
// pieces of gramLen runes; a side with at most 3 edits keeps one piece
// intact (pigeonhole), and every verbatim occurrence of a piece votes for
// where the span would start. A candidate can only reach the score it
// needs with enough context, and context scores come from intact pieces
// (about 8 points each), so only places with enough votes are searched:
// this is what keeps a common word's thousand occurrences out. A side cut
// short by the text's start or end votes for that end. It reports whether
// the search was complete: false when a piece occurred too often to follow.
func (a *anchorer) searchContext() bool {
	n := len(a.d.ids)
	type vote struct{ start, piece int } // piece: side*ContextLen + index, < 64
	var votes []vote
	unknown, piece := 0, make([]int32, gramLen)
	g := a.d.grams()
	for s, sd := range []*side{&a.pre, &a.suf} {
		pre := s == 0
		for j := 0; (j+1)*gramLen <= len(sd.ids); j++ {
			id := s*ContextLen + j
			out := sd.ids[j*gramLen : (j+1)*gramLen] // outward from the span
			usable, marked := true, false
			for i, v := range out {
				if pre {
					piece[gramLen-1-i] = v
				} else {
					piece[i] = v
				}
				usable = usable && v >= 0
				marked = marked || v == startMark || v == endMark
			}
			switch {
			case marked: // the side reached the text's end: look there
				if pre {
					votes = append(votes, vote{countReal(sd.ids), id})
				} else {
					votes = append(votes, vote{n - countReal(sd.ids) - a.m, id})
				}
			case usable: // (a rune the text lacks: this piece is nowhere)
				occ, ok := g.lookup(a.d.ids, piece, maxPieceOcc)
				if !ok {
					unknown++
					continue
				}
				for _, x := range occ {
					if pre {
						votes = append(votes, vote{x + (j+1)*gramLen, id})
					} else {
						votes = append(votes, vote{x - j*gramLen - a.m, id})
					}
				}
			}
		}
	}
	// Votes needed: an exact candidate needs m + C >= minBare (an intact side
	// was handled before), an edited one more; C points of context keep at
	// least (C - 14)/gramLen pieces intact. Pieces too common to follow may
	// be among them.
	need := (minBare-a.m-2*(gramLen-1)+gramLen-1)/gramLen - unknown
	need = max(need, 1)
	slices.SortFunc(votes, func(x, y vote) int { return x.start - y.start })
	// Votes within a few runes (edits between a piece and the span shift
	// it) count together.
	const slack = 2 * gramLen
	type cluster struct{ lo, hi, votes int }
	var cs []cluster
	for i := 0; i < len(votes); {
		j, seen := i, uint64(0)
		for j < len(votes) && votes[j].start-votes[i].start <= slack {
			seen |= 1 << uint(votes[j].piece)
			j++
		}
		if v := bits.OnesCount64(seen); v >= need {
			lo := votes[i].start - a.k - slack
			hi := votes[j-1].start + a.m + a.k + slack
			cs = append(cs, cluster{max(0, lo), min(n, hi), v})
		}
		i = j
	}
	// Best supported places first. A side keeping p of its pieces intact
	// has an edit in each of the others, so it scores at most
	// gramLen*p + gramLen-1: once a candidate beats what the remaining
	// places could score, stop.
	slices.SortStableFunc(cs, func(x, y cluster) int { return y.votes - x.votes })
	for i, c := range cs {
		a.searchWindow(c.lo, c.hi, windowHits)
		if i+1 < len(cs) {
			ub := a.m + gramLen*(cs[i+1].votes+unknown) + 2*(gramLen-1)
			if best, ok := a.pick(false); ok && best.score > ub {
				break
			}
		}
	}
	return unknown == 0
}

// countReal counts a side's symbols that are not start or end marks.
func countReal(ids []int32) int {
	c := 0
	for _, v := range ids {
		if v != startMark && v != endMark {
			c++
		}
	}
	return c
}

// pick returns the best acceptable candidate (with an intact context side,
// if intact) that is not a deletion's junction artifact. Verdicts are kept
// with the candidates, since pick runs again as the search widens.
func (a *anchorer) pick(intact bool) (cand, bool) {
	sort.SliceStable(a.cands, func(i, j int) bool { return a.better(a.cands[i], a.cands[j]) })
	for i := range a.cands {
		c := &a.cands[i]
		if intact && !c.intact {
			continue
		}
		if !c.checked {
			if a.picks >= maxPicks && !a.spend(a.junctionCost(*c)) {
				break
			}
			a.picks++
			c.checked, c.junk = true, a.junction(*c)
		}
		if !c.junk {
			return *c, true
		}
	}
	return cand{}, false
}

// finish turns the chosen candidate into a Result. An approximate match is
// re-verified with a banded Levenshtein distance: a disagreement would be a
// bug, and an orphan is safer than a wrong attachment.
func (a *anchorer) finish(c cand) Result {
	text := a.d.Slice(c.start, c.end)
	r := Result{Start: c.start, End: c.end, Exact: text}
	switch {
	case text == a.s.Exact && c.start == a.s.Start:
		r.Status = Exact
	case text == a.s.Exact:
		r.Status = Moved
	default:
		if levBounded(a.q, a.d.ids[c.start:c.end], c.dist) > c.dist {
			return Result{Status: Orphaned}
		}
		r.Status = Fuzzy
		r.Distance = c.dist
	}
	return r
}

// eval scores the span [start, end) whose quote distance is dist, keeps it
// if it is acceptable, and returns it.
func (a *anchorer) eval(start, end, dist int) cand {
	c := cand{start: start, end: end, dist: dist}
	sp, rp, dp := a.ctxScore(&a.pre, start, -1)
	ss, rs, ds := a.ctxScore(&a.suf, end, +1)
	c.ctx, c.ctxDist = sp+ss, dp+ds
	c.score = a.m + c.ctx - errPenalty*dist
	if dist == 0 {
		// An edit beside the span leaves one side untouched; a deletion
		// around it leaves, at best, contexts shifted by a rune or two. A
		// shorter identical stretch is not enough: news text repeats
		// phrases ("talks between Pyongyang and Washington").
		c.intact = rp == len(a.pre.ids) && rp > 0 || rs == len(a.suf.ids) && rs > 0
		c.ok = c.score >= minExact && (c.intact || c.score >= minBare)
	} else {
		c.ok = c.score >= minFuzzy
	}
	if c.ok {
		a.cands = append(a.cands, c)
	}
	return c
}

// better orders acceptable candidates: higher score, then fewer edits in
// the quote, then in its context (a score floors a damaged side at 0, so
// one inserted word and two edits would tie), nearer the old position,
// length nearer the quote's, earlier.
func (a *anchorer) better(x, y cand) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if x.dist != y.dist {
		return x.dist < y.dist
	}
	if x.ctxDist != y.ctxDist {
		return x.ctxDist < y.ctxDist
	}
	if dx, dy := absInt(x.start-a.old), absInt(y.start-a.old); dx != dy {
		return dx < dy
	}
	if lx, ly := absInt(x.end-x.start-a.m), absInt(y.end-y.start-a.m); lx != ly {
		return lx < ly
	}
	return x.start < y.start
}

// ctxScore is what a context side says for a span boundary at at: the
// larger of the run of identical runes next to the span and
// n - ctxPenalty*d, d being the side's edit distance to the text there.
// It also returns the run and d.
func (a *anchorer) ctxScore(sd *side, at, dir int) (score, run, d int) {
	n := len(sd.ids)
	if n == 0 {
		return 0, 0, 0
	}
	run, d = a.sideDist(sd, at, dir)
	if run == n {
		return n, n, 0
	}
	return max(n-ctxPenalty*d, run, 0), run, d
}

// sideDist compares a context side with the text beside at, going backward
// from at (dir -1) or forward (dir +1): the run of identical runes next to
// at, and the least edit distance between the side and the text there (the
// far end free).
func (a *anchorer) sideDist(sd *side, at, dir int) (run, d int) {
	n := len(sd.ids)
	if n == 0 {
		return 0, 0
	}
	return a.sideDistIn(sd, at, dir, n+n/2) // room for a third of the side inserted
}

// sideDistIn is sideDist over l runes of text.
func (a *anchorer) sideDistIn(sd *side, at, dir, l int) (run, d int) {
	n := len(sd.ids)
	if n == 0 {
		return 0, 0
	}
	w := a.window(at, dir, l)
	for run < n && sd.ids[run] == w[run] {
		run++
	}
	if run == n {
		return n, 0
	}
	if sd.pat == nil {
		sd.pat = newPattern(sd.ids, a.d.nsym)
	}
	return run, sd.pat.anchoredMin(w)
}

// window fills the scratch window with l symbols from at outward (marks
// beyond the text).
func (a *anchorer) window(at, dir, l int) []int32 {
	w := a.win[:0]
	ids := a.d.ids
	for i := 0; i < l; i++ {
		j := at + i
		if dir < 0 {
			j = at - 1 - i
		}
		w = append(w, symAt(ids, j))
	}
	a.win = w
	return w
}

// junction reports whether a candidate is better explained by its quote
// having been deleted. When a passage is deleted, its prefix and suffix
// come to meet, and a rune or word near the meeting point that happens to
// equal the quote gets context from both sides, each shifted a little.
// Compare the two readings: the contexts around the candidate (present),
// or the contexts meeting somewhere nearby with the quote gone, which costs
// its m runes (absent). When the quote really lies between its contexts,
// absent cannot be cheaper: the contexts would have to stretch over it.
func (a *anchorer) junction(c cand) bool {
	// Both readings are measured over the same stretch of text.
	np, ns := len(a.pre.ids), len(a.suf.ids)
	_, dp := a.sideDistIn(&a.pre, c.start, -1, np+np/2+a.m)
	_, ds := a.sideDistIn(&a.suf, c.end, +1, ns+ns/2+a.m)
	present := dp + ds + c.dist
	if a.m >= present {
		return false
	}
	if np+ns == 0 {
		return false
	}
	if a.both == nil {
		both := make([]int32, 0, np+ns)
		both = append(both, reverseIDs(a.pre.ids)...)
		both = append(both, a.suf.ids...)
		a.both = newPattern(both, a.d.nsym)
	}
	lo, hi := c.start-np-np/2-a.m, c.end+ns+ns/2+a.m
	w := a.rev[:0]
	for j := lo; j < hi; j++ {
		w = append(w, symAt(a.d.ids, j))
	}
	a.rev = w
	absent := a.both.searchMin(w) + a.m
	return absent < present
}

// junctionCost is the work of one junction check, in the budget's units:
// the text it reads, once for the contexts and once for their meeting.
func (a *anchorer) junctionCost(c cand) int {
	np, ns := len(a.pre.ids), len(a.suf.ids)
	return 2 * (np + np/2 + ns + ns/2 + 2*a.m + c.end - c.start)
}

// searchAll looks for the quote away from its context. Its pieces of
// gramLen runes (every gramLen-th, and the last) are looked up verbatim; a
// match with fewer edits than there are pieces keeps one piece intact
// (pigeonhole), so around the pieces' occurrences is where it can be.
// That covers every match that could attach without context for quotes up
// to 65 runes (m - errPenalty*edits must reach about minFuzzy), and the
// lightly edited ones (under 1/8 of the runes) beyond. When the context
// pieces were too common to follow (complete is false), or every quote
// piece is, the whole text is searched instead, within the work budget.
func (a *anchorer) searchAll(complete bool) {
	n := len(a.d.ids)
	if complete && a.m >= gramLen {
		var spans [][2]int
		g := a.d.grams()
		usable := 0
		for off := 0; off+gramLen <= a.m; off += gramLen {
			o := off
			if o+2*gramLen > a.m {
				o = a.m - gramLen // the last piece ends with the quote
			}
			occ, ok := g.lookup(a.d.ids, a.q[o:o+gramLen], maxPieceOcc)
			if !ok {
				continue
			}
			usable++
			for _, x := range occ {
				start := x - o
				spans = append(spans, [2]int{max(0, start-a.k-gramLen), min(n, start+a.m+a.k+gramLen)})
			}
		}
		if usable > 0 {
			sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
			a.searchSpans(spans)
			return
		}
	}
	if a.m <= 64 {
		a.searchWindow(0, n, maxHits)
		return
	}
	// A long quote: seeds from chunks (first, last, middle) allowed
	// chunkErrs edits each, then the full quote around them.
	nc := min(maxChunks, (a.m+chunkLen-1)/chunkLen)
	seen := map[int]bool{}
	var hits []hit
	for i := 0; i < nc; i++ {
		off := 0
		if nc > 1 {
			off = i * (a.m - chunkLen) / (nc - 1)
		}
		cp := newPattern(a.q[off:off+chunkLen], a.d.nsym)
		if !a.spend(n) {
			return
		}
		hits = bestHits(cp.search(a.d.ids, 0, chunkErrs, hits[:0]), maxSeeds, a.old+off+chunkLen)
		for _, h := range hits {
			start := h.end - off - chunkLen
			key := start / (a.k + chunkLen) // coarse: nearby seeds share a window
			if seen[key] {
				continue
			}
			seen[key] = true
			pad := a.k + chunkLen
			a.searchWindow(max(0, start-pad), min(n, start+a.m+pad), windowHits)
		}
	}
}

// searchSpans searches windows sorted by start, merging overlapping ones so
// no stretch is searched twice.
func (a *anchorer) searchSpans(spans [][2]int) {
	var merged [][2]int
	for _, s := range spans {
		if s[0] >= s[1] {
			continue
		}
		if l := len(merged); l > 0 && s[0] <= merged[l-1][1] {
			merged[l-1][1] = max(merged[l-1][1], s[1])
			continue
		}
		merged = append(merged, s)
	}
	for _, s := range merged {
		a.searchWindow(s[0], s[1], windowHits)
	}
}

// searchWindow searches ids[lo:hi] for the quote with at most k edits and
// evaluates the limit hits of least distance.
func (a *anchorer) searchWindow(lo, hi, limit int) {
	if hi-lo < a.m-a.k || !a.spend((hi-lo)*a.blocks()) {
		return
	}
	if a.qpat == nil {
		a.qpat = newPattern(a.q, a.d.nsym)
	}
	hits := bestHits(a.qpat.search(a.d.ids[lo:hi], lo, a.k, nil), limit, a.old+a.m)
	for _, h := range hits {
		a.evalEnd(h)
	}
}

// evalEnd recovers the start positions of the best alignments ending at
// h.end (by aligning the reversed quote backward from the end) and
// evaluates each.
func (a *anchorer) evalEnd(h hit) {
	if !a.spend((a.m + a.k) * a.blocks()) {
		return
	}
	if a.qrev == nil {
		a.qrev = newPattern(reverseIDs(a.q), a.d.nsym)
	}
	lo := max(0, h.end-a.m-a.k)
	r := a.rev[:0]
	for j := h.end - 1; j >= lo; j-- {
		r = append(r, a.d.ids[j])
	}
	a.rev = r
	a.dist = a.qrev.anchored(r, a.dist[:0])
	// The reverse alignment may reach before the searched window, so take
	// its own minimum.
	dmin := h.dist
	for l := max(1, a.m-a.k); l < len(a.dist) && l <= a.m+a.k; l++ {
		dmin = min(dmin, a.dist[l])
	}
	// Starts at the minimal distance, nearest to the quote's length first.
	found := 0
	for delta := 0; delta <= a.k && found < maxStarts; delta++ {
		for _, l := range [2]int{a.m - delta, a.m + delta} {
			if l <= 0 || l >= len(a.dist) || a.dist[l] != dmin {
				continue
			}
			a.eval(h.end-l, h.end, dmin)
			found++
			if delta == 0 {
				break
			}
		}
	}
}

// spend takes cost from the work budget; false when it is exhausted.
func (a *anchorer) spend(cost int) bool {
	if a.work+cost > workBudget {
		a.work = workBudget
		return false
	}
	a.work += cost
	return true
}

// blocks is the number of 64-rune blocks of the quote.
func (a *anchorer) blocks() int { return (a.m + 63) / 64 }

// symAt is ids[j], or the start or end mark beyond the text.
func symAt(ids []int32, j int) int32 {
	switch {
	case j < 0:
		return startMark
	case j >= len(ids):
		return endMark
	}
	return ids[j]
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func reverseIDs(a []int32) []int32 {
	out := make([]int32, len(a))
	for i, v := range a {
		out[len(a)-1-i] = v
	}
	return out
}

func reverseRunes(a []rune) []rune {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

// lastRunes returns the last n runes of s (a fresh slice).
func lastRunes(s string, n int) []rune {
	r := []rune(s)
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return r
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) []rune {
	out := make([]rune, 0, n)
	for _, r := range s {
		if len(out) == n {
			break
		}
		out = append(out, r)
	}
	return out
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
