package quotes

import "testing"

// A source quoted as "the <noun>" and named later in apposition ("The
// ferry captain …; The captain, identified as Marta Keel, …") is that
// person; a described source the text never names stays described. Each
// text is written for this test (issue 20, nineteenth round).
func TestFindRound19aDescribed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"named two paragraphs later",
			"The ferry left the harbour at 6:10 p.m. Minutes later the captain reported a \"total loss of steering\" and asked to turn back, a port spokesman said.\n\nThe vessel drifted onto a sandbank near the lighthouse.\n\nThe captain, identified as Marta Keel, is credited with keeping all 80 passengers calm.\n\n\"She never raised her voice once,\" said Tom Ayre, a passenger.",
			[]want{
				{"total loss of steering", "Marta Keel", Partial, ""},
				{"She never raised her voice once,", "Tom Ayre", Full, "a passenger"},
			}},
		{"never named",
			"The ferry left the harbour at 6:10 p.m. Minutes later the captain reported a \"total loss of steering\" and asked to turn back, a port spokesman said.\n\nThe vessel drifted onto a sandbank near the lighthouse.\n\n\"She never raised her voice once,\" said Tom Ayre, a passenger.",
			[]want{
				{"total loss of steering", "the captain", Partial, ""},
				{"She never raised her voice once,", "Tom Ayre", Full, "a passenger"},
			}},
	})
}
