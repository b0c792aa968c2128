package quotes

import "testing"

// A body described by a proper name before "government" or "agency"
// ("the UK government", "the Kestrel Press agency") is named without its
// determiner, as a named organisation is; a nationality adjective before
// the noun ("the Scottish government") leaves the phrase described. Each
// text is written for this test (issue 20, seventeenth round).
func TestFindRound17aBodyWithoutThe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a country's initials opening the sentence",
			"The UK government says Mr Halden \"cannot leave the country\".",
			[]want{{"cannot leave the country", "UK government", Partial, ""}}},
		{"a news agency's name with a lower-case noun",
			"The men were released after \"a long and careful review,\" the Kestrel Press agency said.",
			[]want{{"a long and careful review,", "Kestrel Press agency", Partial, ""}}},
		{"a nationality before the name stays in it",
			"The Vardan Press agency said the men were \"given a fair hearing at every stage\".",
			[]want{{"given a fair hearing at every stage", "Vardan Press agency", Partial, ""}}},
		{"a nationality adjective keeps the phrase described",
			"The men must leave, \"and soon,\" the Scottish government said.",
			[]want{{"and soon,", "the Scottish government", Partial, ""}}},
		{"an unknown nationality-shaped adjective too",
			"The men must leave, \"and soon,\" the Mauritanian government said.",
			[]want{{"and soon,", "the Mauritanian government", Partial, ""}}},
	})
}

// One capitalised word before "government" that is no acronym may be a
// country's name used as an adjective: the phrase stays described.
func TestFindRound17aBodyOneWord(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a country's name as a modifier",
			"The men must leave, \"and soon,\" the Norvia government said.",
			[]want{{"and soon,", "the Norvia government", Partial, ""}}},
		{"an acronym is a name",
			"The men must leave, \"and soon,\" the EU agency said.",
			[]want{{"and soon,", "EU agency", Partial, ""}}},
	})
}

// "The agency" after "the Kestrel Press agency said" is that agency, not
// the shorter name inside it ("Kestrel Press").
func TestFindRound17aAgencyBack(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the agency adds",
			"The Kestrel Press agency said the men were \"given a fair hearing at every stage\".\n\nThe agency added: \"The state will not bend to threats of any kind.\"",
			[]want{
				{"given a fair hearing at every stage", "Kestrel Press agency", Partial, ""},
				{"The state will not bend to threats of any kind.", "Kestrel Press agency", Full, ""},
			}},
	})
}
