package quotes

import "testing"

// runCases checks Find on each text against the quotations wanted, in
// order; an empty speaker in a want means "any".
func runCases(t *testing.T, tests []struct {
	name, text string
	want       []want
}) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Find(tc.text)
			checkInvariants(t, tc.text, res)
			if len(res.Quotes) != len(tc.want) {
				for _, q := range res.Quotes {
					t.Logf("got %q by %q (%s)", q.Text, q.Speaker, q.Kind)
				}
				t.Fatalf("got %d quotes, want %d", len(res.Quotes), len(tc.want))
			}
			for i, w := range tc.want {
				q := res.Quotes[i]
				if q.Text != w.text || (w.speaker != "-" && q.Speaker != w.speaker) || (w.kind != "" && q.Kind != w.kind) || (w.affil != "" && q.Affiliation != w.affil) {
					t.Errorf("quote %d = %q by %q (%s, %q), want %q by %q (%s, %q)", i, q.Text, q.Speaker, q.Kind, q.Affiliation, w.text, w.speaker, w.kind, w.affil)
				}
			}
		})
	}
}

// Short fragments with someone saying them are quotations; the same words
// with no one saying them are scare quotes. (Issue 20, class 1; the cases
// are written for this test, after constructions seen in real news.)
func TestFindShortAttributedFragments(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"called the result", "Prime Minister Halvard Eskes called the result “historic” on Sunday night.",
			[]want{{"historic", "Halvard Eskes", Partial, ""}}},
		{"call someone's play", "Coach Dara Imlay went so far as to call the referee's decision “ridiculous.”",
			[]want{{"ridiculous.", "Dara Imlay", Partial, ""}}},
		{"spoke of", "In a speech in Turin, Finance Minister Oriana Vell spoke of a “cloud of uncertainty” over the budget.",
			[]want{{"cloud of uncertainty", "Oriana Vell", Partial, ""}}},
		{"spoke of one word", "In a speech in Turin, Oriana Vell spoke of “anxiety” over the future of the fleet.",
			[]want{{"anxiety", "Oriana Vell", Partial, ""}}},
		{"warned of", "The central bank governor, Tomas Ekberg, warned of “turbulence ahead” for exporters.",
			[]want{{"turbulence ahead", "Tomas Ekberg", Partial, ""}}},
		{"described as", "Ines Caro described the deal as “lopsided” and left the room.",
			[]want{{"lopsided", "Ines Caro", Partial, ""}}},
		{"compared to", "Lena Voss compared the agents to “vultures” at the league's meeting.",
			[]want{{"vultures", "Lena Voss", Partial, ""}}},
		{"said the claim was", "The Pentagon said the claim was “patently false.”",
			[]want{{"patently false.", "Pentagon", Partial, ""}}},
		{"a fragment modifying a noun, with a speaker", "Olle Brand had insisted that the plan would create a tougher, “clearer and fairer” system.",
			[]want{{"clearer and fairer", "Olle Brand", Partial, ""}}},
		{"attribution at the end of the sentence", "The telescope's “impressive sensitivity” will help with follow-up work, says Petra Lind, an astronomer.",
			[]want{{"impressive sensitivity", "Petra Lind", Partial, ""}}},
		{"according to", "According to Ravi Menon, the sky went “really dark” by noon.",
			[]want{{"really dark", "Ravi Menon", Partial, ""}}},
		{"as X put it", "Lobbyists are mounting a “continuing assault” on the law, as the Daily Ledger put it on Tuesday.",
			[]want{{"continuing assault", "Daily Ledger", Partial, ""}}},
		// no one says these
		{"scare quote", "The “historic” building was sold on Monday.", nil},
		{"scare quote term in a noun phrase", "Critics of the “gig economy” model gathered outside.", nil},
		{"named thing", "The ship, dubbed “Sea Queen”, left port.", nil},
		{"a single word with said is not enough", "Officials said the talks had been “frank”.", nil},
	})
}

// AP writes a closing double quotation mark inside a quotation as two
// apostrophes (’’ or ”): they close the quotation, not open a new one.
func TestFindDoubledApostropheClosing(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"curly doubled apostrophe", "“We will rebuild the bridge,’’ said Mayor Inga Holm. “It will take two years.’’",
			[]want{{"We will rebuild the bridge,", "Inga Holm", Full, ""}, {"It will take two years.", "Inga Holm", Full, ""}}},
		{"straight doubled apostrophe", "``We are not leaving,'' said Pavel Orlik, a farmer. ``Never.''",
			[]want{{"We are not leaving,", "Pavel Orlik", Full, ""}, {"Never.", "Pavel Orlik", Full, ""}}},
	})
}
