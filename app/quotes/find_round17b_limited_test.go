package quotes

import "testing"

// "Birchwood Lane Limited" is a company, like "Birchwood Lane Ltd": no one
// "he" can refer back to, so "He told the paper …" after "his spokesman
// said" stays the spokesman's. Each text is written for this test (issue
// 20, seventeenth round).
func TestFindRound17bLimitedIsCompany(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"he after a Limited company",
			"A month later shares in the firm that owned the house, Birchwood Lane Limited, were moved to a firm owned by Mr Tarrant, for what his spokesman said was \"well over £9m.\"\n\nHe told the paper Birchwood Lane \"is wholly owned by Mr Tarrant and has been since 2012.\"",
			[]want{
				{"well over £9m.", "a spokesman", "", ""},
				{"is wholly owned by Mr Tarrant and has been since 2012.", "a spokesman", "", ""},
			}},
	})
}
