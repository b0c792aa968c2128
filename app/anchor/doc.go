// Package anchor keeps an analyst's highlights attached to the right words
// while the article text is edited.
//
// A highlight is stored as a Selector in the W3C Web Annotation model: a
// TextQuoteSelector (the exact text plus ContextLen runes of prefix and
// suffix) combined with a TextPositionSelector (rune offsets, end exclusive).
// Doc.Anchor finds the selector again in a new version of the text:
//
//  1. the old position still holds the exact text, supported by its
//     context: Exact;
//  2. the exact text occurs elsewhere and the context (or, for a long quote,
//     the quote itself) identifies the occurrence: Moved;
//  3. an approximate match of the quote, within 25% edit distance, that the
//     context supports: Fuzzy (the text changed; flag it for review);
//  4. otherwise Orphaned: the annotation is kept by the caller but attached
//     to nothing, because attaching it to the wrong words is worse than
//     losing its place.
//
// Every candidate is scored the same way: the quote's length, plus the
// evidence of its surroundings (prefix and suffix compared by a bit-parallel
// edit distance), minus a penalty per edit inside the quote. Short quotes
// therefore move only when their context supports the move, and a deleted
// passage is never re-attached to similar-looking words elsewhere.
//
// Approximate matching uses Myers' bit-parallel algorithm (in blocks of 64
// pattern runes, so quotes of any length are handled); the matched span is
// verified with a banded Levenshtein distance. No project packages are
// imported.
package anchor
