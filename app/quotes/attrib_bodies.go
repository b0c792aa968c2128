package quotes

// Helpers of the eleventh round (issue 20) for organisations, groups and
// texts as speakers.

// closingOverPronoun returns the clause closing sentence s after the
// quotation at token k when the quotation's characterising verb has a
// pronoun for its subject ("over what it called “…” across the region, the
// ministry said"): the clause names who speaks for the pronoun's body. It
// returns nil when the subject ca is no such pronoun, or when no such
// clause, with its speaker and nothing but a verbless tail between,
// closes the sentence.
func (f *finder) closingOverPronoun(s sentence, k int, ca, after *attrib, mm mentionMap) *attrib {
	if after == nil || after.npA < 0 || after.verb <= k || ca.verb >= k || ca.verb < 1 {
		return nil
	}
	h := ca.head
	if h < 0 {
		h = ca.verb - 1 // "what it called": the subject was left implicit
	}
	if w := f.toks[h].lower; w != "it" && w != "they" || h != ca.verb-1 {
		return nil
	}
	if !f.endsSentence(s, after) || !f.quietClause(k+1, after.first()) || !f.isPunct(after.first()-1, ",") {
		return nil
	}
	for i := k + 1; i < after.first(); i++ {
		if f.toks[i].k == tQuote || f.toks[i].k == tBreak {
			return nil
		}
	}
	if after.ent < 0 {
		f.resolveAttrib(s, after, nil, mm)
	}
	if after.ent < 0 || after.anon {
		return nil
	}
	return after
}

// reportedTelling reports whether the passive verb of telling at token k
// stands in a that-clause of an earlier verb of speech in sentence s
// ("The ministry says in a statement that the council was told that
// “…”"): the one reporting it is the speaker, not a hearer.
func (f *finder) reportedTelling(s sentence, k int) bool {
	for j := k - 1; j > s.a; j-- {
		t := &f.toks[j]
		if t.k == tQuote || t.k == tBreak {
			return false
		}
		if t.lower != "that" {
			continue
		}
		for i := j - 1; i >= s.a && i >= j-8; i-- {
			u := &f.toks[i]
			if u.k == tQuote || u.k == tBreak {
				return false
			}
			if v, ok := u.verb(); ok && !v.participle && !v.weak && !u.cap && !f.passiveTelling(s, i) {
				return true
			}
		}
		return false
	}
	return false
}
