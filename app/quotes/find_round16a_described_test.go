package quotes

import "testing"

// Someone's lawyers or aides ("Brightline’s lawyers wrote") are
// "lawyers", "aides": the owner is the affiliation, as for one spokesman,
// and a plural takes no article. Each text is written for this test
// (issue 20, sixteenth round).
func TestFindRound16aOwnedPluralSources(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a company's lawyers",
			"In its filing on Monday, the rail firm argued that the city had no right to the land. “The city has shown no title to the parcel,” Brightline’s lawyers wrote.",
			[]want{{"The city has shown no title to the parcel,", "lawyers", Full, "Brightline"}}},
		{"a mayor's aides",
			"The council vote was delayed again. “The mayor will not sign a budget that cuts libraries,” Mayor Ruth Calder’s aides said.",
			[]want{{"The mayor will not sign a budget that cuts libraries,", "aides", Full, "Mayor Ruth Calder"}}},
	})
}

// A described source followed by what it is doing ("said a passenger
// leaning out of a van") is named up to its noun: the participle and its
// particle are no part of the speaker.
func TestFindRound16aParticipleAfterHead(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"participle and particle before a preposition",
			"The convoy stopped at the bridge. “Turn around, the road is closed!” shouted a passenger leaning out of the second truck.",
			[]want{{"Turn around, the road is closed!", "a passenger", Full, ""}}},
		{"participle before a preposition",
			"Traffic backed up for a mile. “We have been here since noon,” said a cyclist waiting at the barrier.",
			[]want{{"We have been here since noon,", "a cyclist", Full, ""}}},
	})
}
