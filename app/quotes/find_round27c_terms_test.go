package quotes

import "testing"

// Fragments the twenty-seventh round's recall helper found wrongly taken
// or missed in the development set, on texts written for this test.
func TestFindRound27cTerms(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"one word coordinated with a fragment under a plain verb is a term",
			"Tom Hale expressed remorse only for the fire. He said he intended only to target \"agents of the city council\" or \"landlords.\"",
			[]want{{"agents of the city council", "Tom Hale", Partial, ""}}},
		{"one word coordinated with a word someone describes it as",
			"Tom Hale described the new bridge as \"ugly\" and \"useless.\"",
			[]want{{"ugly", "Tom Hale", Partial, ""}, {"useless.", "Tom Hale", Partial, ""}}},
	})
}

// An adverb splitting the infinitive after a verb of speech keeps the
// fragment as close to it (a text written for this test).
func TestFindRound27cTightAdverb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an adverb between to and its verb",
			"Tom Hale met the press on Monday. He vowed to firmly push against \"any intrusions\" harming the harbour.",
			[]want{{"any intrusions", "Tom Hale", Partial, ""}}},
	})
}

// "Talking about" a phrase is speaking of it (a text written for this
// test).
func TestFindRound27cTalkingAbout(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"talking about the phrase",
			"By then Tom Hale was a radio host in a tricorn hat, talking about the \"harbour tax plot\" every night.",
			[]want{{"harbour tax plot", "Tom Hale", Partial, ""}}},
	})
}

// A participle of speech governs a fragment closed by its own comma
// further on (a text written for this test).
func TestFindRound27cParticipleComma(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"saying, then a long clause up to the fragment and its comma",
			"In June, a district judge dismissed the case against Tom Hale, saying his rights were violated by long delays caused by \"staffing problems,\" including high turnover among clerks, at the office.",
			[]want{{"staffing problems,", "a district judge", Partial, ""}}},
	})
}
