package quotes

// plainPartner reports that the accepted fragment a one-word fragment at
// k is coordinated with ("to target “agents of the city council” or
// “landlords.”") was not taken as what someone calls or describes
// something: the clause of speech governs both, but one word alone is
// left out under any verb but one of calling, describing, comparing or
// speaking of (the gold conventions), and "described it as “provocative”
// and “dangerous”" keeps both.
func (f *finder) plainPartner(s sentence, k int) bool {
	j := k - 2
	if f.isPunct(j, ",") {
		j--
	}
	if j < s.a || f.toks[j].k != tQuote {
		return false
	}
	return f.characterisedBy(s, j) < 0 && f.describedAfar(s, j) < 0 && f.calledAfar(s, j) < 0
}
