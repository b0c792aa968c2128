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

// In a profile of one expert, "the former Google exec says" or "the expert
// says" paragraphs after her name was last given is still her: the only
// person quoted so far, the noun new to the text.
func TestFindRound16aProfileEpithet(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"exec and expert far from the name",
			"Nadia Brenner knows what keeps a team together. After she ran a design group at Google, Brenner became a coach for founders.\n\n“It is not enough to like your staff,” Brenner writes in her new book.\n\nYou have to know them as people, she says.\n\nAsk about their weekends and their families.\n\nThis does not mean memorising birthdays. It means real talk.\n\nIt also means listening more than you speak.\n\n“It is about caring,” the former Google exec says, “and sharing more than your work self.”\n\nGood managers praise in public. Speaking plainly shows that “you care enough to say what is not working,” the expert says.",
			[]want{
				{"It is not enough to like your staff,", "Nadia Brenner", Full, ""},
				{"It is about caring,", "Nadia Brenner", Full, ""},
				{"and sharing more than your work self.", "Nadia Brenner", Full, ""},
				{"you care enough to say what is not working,", "Nadia Brenner", Partial, ""},
			}},
	})
}

// "A volunteer at the clinic Saint Brigid described …": the indefinite
// source opening the sentence speaks, not the name inside the phrase
// saying where she is.
func TestFindRound16aIndefiniteOpener(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name inside a prepositional phrase",
			"Three boats reached the harbour overnight.\n\nA volunteer on duty at the field clinic Saint Brigid described the night as “calm… given how crowded it was”.",
			[]want{{"calm… given how crowded it was", "A volunteer", Partial, ""}}},
		{"a role noun too",
			"The ferry docked at dawn.\n\nA nurse aboard the rescue ship Morning Gull described the crossing as “rough but without a single injury”.",
			[]want{{"rough but without a single injury", "A nurse", Partial, ""}}},
	})
}
