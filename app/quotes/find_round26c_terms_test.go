package quotes

import "testing"

// Quotations the twenty-sixth round's recall helper found taken for
// speech in the development set though no one says them, each on texts
// written for this test.
func TestFindRound26cTerms(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a show's title before the noun of the clause of speech",
			"“Harbour Lights” producers have said they made the show to explain boats to children.",
			nil},
		{"a designation is a category, not speech",
			"The ministry said Tom Hale was recently designated a “high-risk traveler” by the government.",
			nil},
		{"a headline after a colon",
			"He first posted on Monday, linking to a Ledger story with the headline: “How a Baker Ended Up Accused of Fraud With Gift Cards.”",
			nil},
		{"words after a colon with a speaker still speak",
			"Tom Hale put it in two words: “Still talking.”",
			[]want{{"Still talking.", "Tom Hale", Full, ""}}},
	})
}
