package quotes

import "testing"

// "The report, by Nursing Council president Hal Brennick, found…": the
// author of a text set off by commas after it, past an employer and a
// title before the name, writes its words. Each text is written for this
// test (issue 20, thirteenth round).
func TestFindRound13TextByComma(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the report, by an employer, title and name",
			"A report on the Corran Hospital ward has found serious failures.\n\nThe report, by Nursing Council of Varnia president Hal Brennick, found complaints were ignored.\n\n\"Patients were left without care for hours,\" the report said.",
			[]want{{"Patients were left without care for hours,", "Hal Brennick", Full, ""}}},
		{"the study, by a person",
			"Pay at the port has fallen for a decade.\n\nThe study, by economist Ada Vint, was published on Monday.\n\n\"Wages have not kept up with rents,\" the study said.",
			[]want{{"Wages have not kept up with rents,", "Ada Vint", Full, ""}}},
	})
}

// "It said the Varnian side was warned that such “reckless behaviour”…":
// the hearer of a passive telling is no speaker; the clause of speech it
// is reported in, a few words before with no "that", gives the words.
// Each text is written for this test (issue 20, thirteenth round).
func TestFindRound13PassiveTellingReported(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"it said the side was warned",
			"Ostmark on Wednesday summoned Varnia's envoy to lodge a strong protest over what it called “unprovoked strikes at multiple locations” across the border, the Ministry of Foreign Affairs said.\n\nIn a statement, it said the strikes resulted in the deaths of several civilians.\n\nIt said the Varnian side was warned that such “reckless behaviour” poses a serious threat to regional peace.",
			[]want{{"unprovoked strikes at multiple locations", "Ministry of Foreign Affairs", Partial, ""}, {"reckless behaviour", "Ministry of Foreign Affairs", Partial, ""}}},
		{"the mayor said the contractor was told",
			"Mayor Ines Dorr met the builders on Friday. Dorr said the contractor was told that any “further delays of this kind” would cost it the contract.",
			[]want{{"further delays of this kind", "Ines Dorr", Partial, ""}}},
	})
}

// "Later, I got an email reply from an Orbis representative." then a
// quotation alone: the source of the reply the sentence ends with speaks.
// Each text is written for this test (issue 20, thirteenth round).
func TestFindRound13ReplyFrom(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an email reply from a representative",
			"Many users want nothing to do with the new assistant from Orbis.\n\nI wondered if they could opt out, and during a pre-brief, I posed the question to Orbis. Later, I got an email reply from an Orbis representative.\n\n\"The assistant in the search box gives you quick access to new tools. Using this new box does not mean that you will only get machine answers.\"",
			[]want{{"The assistant in the search box gives you quick access to new tools. Using this new box does not mean that you will only get machine answers.", "an Orbis representative", Full, ""}}},
		{"a response from a spokeswoman",
			"Rail fares rise again in January. We asked the operator why and received a response from a company spokeswoman.\n\n\"Fares reflect the cost of running a safe and reliable railway.\"",
			[]want{{"Fares reflect the cost of running a safe and reliable railway.", "a company spokeswoman", Full, ""}}},
	})
}
