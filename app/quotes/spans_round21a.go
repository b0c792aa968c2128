package quotes

import "strings"

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
