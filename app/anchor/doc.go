// Package anchor keeps an analyst's highlights attached to the right words
// while the article text is edited.
//
// A highlight is stored as a Selector in the W3C Web Annotation model: a
// TextQuoteSelector (the exact text plus ContextLen runes of prefix and
// suffix) combined with a TextPositionSelector (rune offsets, end exclusive).
// Doc.Anchor finds the selector again in a new version of the text:
//
//  1. the old position still holds the exact text and its context: Exact;
//  2. the exact text occurs, with one side of its context untouched (what
//     any edit beside the span leaves), or else with enough context, or is
//     long enough to stand alone: Moved (Exact if it did not move);
//  3. an approximate match of the quote, within 25% edits, that its context
//     (or its length) supports: Fuzzy (the text changed; flag for review);
//  4. otherwise Orphaned: the caller keeps the annotation but attaches it to
//     nothing, because attaching it to the wrong words is worse than losing
//     its place.
//
// Every candidate is scored alike: the quote's length, plus the evidence of
// its prefix and suffix (compared by edit distance), minus a penalty per
// edit inside the quote. A short quote therefore moves only when its context
// supports the move. When a passage is deleted its prefix and suffix come to
// meet, and words beside the seam that happen to equal the quote get context
// from both sides; a candidate is refused when the contexts fit better side
// by side, with the quote gone, than around it. Deleted words are thus
// orphaned, never attached to similar-looking words elsewhere.
//
// Approximate matching uses Myers' bit-parallel algorithm, in blocks of 64
// pattern runes so quotes of any length are handled; a chosen approximate
// span is verified with a banded Levenshtein distance. A Doc prepares the
// text once (runes as small symbol ids, and an index of 8-rune pieces built
// on first need) so that many selectors anchor quickly: an edited passage
// is first sought around its old position, then where intact pieces of its
// context now are, and only as a last resort in the whole text.
//
// No project packages are imported.
package anchor
