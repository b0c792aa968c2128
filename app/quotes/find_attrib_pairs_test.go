package quotes

import "testing"

// Tests of two names or two roles joined by "and" (attrib_pairs.go). Each
// text is written for its test.

// "former Google engineer and Gmail inventor Paul Buchheit told…": two
// roles joined by "and" before a name after the quotation are the name's.
func TestFindRound6TwoRolesBeforeName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"two roles joined by and",
			"Larry Pike fired the managers in July.\n\n“I cannot think of anything people were ever so upset about,” former Vexa engineer and Mailbox inventor Paul Buckle told Edwards. “People had some sense of ownership.”",
			[]want{{"I cannot think of anything people were ever so upset about,", "Paul Buckle", Full, ""}, {"People had some sense of ownership.", "Paul Buckle", Full, ""}}},
	})
}

// "minister of mines and energy Tom Alweendo told …": "and" inside an
// office's "of" phrase before a name is part of the speaker's phrase.
// Each text is written for this test (issue 20, tenth round).
func TestFindRound10OfficeWithAnd(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an office of two nouns",
			"The country has six hydrogen projects.\n\n“You have different locations you need to connect,” minister of mines and energy Tomas Alvedo told reporters last month.",
			[]want{{"You have different locations you need to connect,", "Tomas Alvedo", Full, "minister of mines and energy"}}},
	})
}

// "former chief of staff Ron Kellan and senior campaign adviser said":
// a role after "and" with no determiner is a second role of the person
// just named, not another speaker. Each text is written for this test
// (issue 20, fifteenth round).
func TestFindRound15NameAndBareRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name and bare role said that “…”",
			"Staff praise her calm.\n\nIn an interview with the Ledger, former chief of staff Ron Kellan and senior campaign adviser said that \"She's great as a leader, and she's great as a manager.\"",
			[]want{{"She's great as a leader, and she's great as a manager.", "Ron Kellan", Full, "senior campaign adviser"}}},
		{"name and bare role told …: “…”",
			"The club named a new chair on Monday.\n\nLongtime member Greta Solberg and club treasurer told the meeting: “We need someone who knows the books.”",
			[]want{{"We need someone who knows the books.", "Greta Solberg", Full, "club treasurer"}}},
	})
}

// "said former Under Secretary of Defense and panel co-chair Mark Dallow":
// a capitalised office with its department, joined by "and" to lower-case
// roles, describes the one named after them, who speaks; the adjective
// before the office is no speaker. The texts are written for this test
// (issue 20, twenty-third round).
func TestFindRound23aOfficeAndRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"office opening with a preposition",
			"The panel issued its report on Tuesday.\n\n\"They have learned from what we have done,\" said former Under Secretary of Defense and commission co-chair Mark Dallow.",
			[]want{{"They have learned from what we have done,", "Mark Dallow", Full, ""}}},
		{"office with its department",
			"The panel issued its report on Tuesday.\n\n\"We are in trouble,\" said former Secretary of State and panel co-chair Ann Colex.",
			[]want{{"We are in trouble,", "Ann Colex", Full, ""}}},
	})
}

// "the A and B said", "A and B issued … They added": a subject of two
// names joined by "and" is both speakers, "A and B" as each was first
// introduced, and a later "they" is the pair, also past a person the
// pair spoke of. A title in the first conjunct ("Harlow President and
// CEO Dara Venn") makes one office. The texts are written for this test
// (issue 20, twenty-third round).
func TestFindRound23bPair(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"two parties",
			"In a joint statement, the Coastal Farmers Party (CFP) and Upland Workers Party (UWP) accused the mayor of a \"quiet betrayal\".\n\n" +
				"They called on farmers to attend a \"rural summit\" in the autumn to promote local produce.\n\n" +
				"The mayor's office declined to comment.\n\n" +
				"However, the CFP and UWP statement claimed Tom Brask was acting as a \"paid courier\" for the council.\n\n" +
				"They accused the council of \"bureaucratic arrogance\" and promised to fight on.",
			[]want{{"quiet betrayal", "Coastal Farmers Party and Upland Workers Party", Partial, ""},
				{"rural summit", "Coastal Farmers Party and Upland Workers Party", Partial, ""},
				{"paid courier", "Coastal Farmers Party and Upland Workers Party", Partial, ""},
				{"bureaucratic arrogance", "Coastal Farmers Party and Upland Workers Party", Partial, ""}}},
		{"two people",
			"In their joint statement, CFP councillor Nora Quill and UWP councillor Piet Hallam said the fair was about \"honouring a long tradition of our towns\".\n\n" +
				"\"There has been a clear attempt to erase that history,\" they added.",
			[]want{{"honouring a long tradition of our towns", "Nora Quill and Piet Hallam", Partial, ""},
				{"There has been a clear attempt to erase that history,", "Nora Quill and Piet Hallam", Full, ""}}},
		{"one office",
			"\"We have joined three partners to begin the trials at once,\" Harlow President and CEO Dara Venn said.",
			[]want{{"We have joined three partners to begin the trials at once,", "Dara Venn", Full, ""}}},
	})
}

// A pair of named speakers after a fronted phrase that ends in another
// name ("In a letter to CEO X, Secretary A and Administrator B told") is
// the pair, not a list of three, and a later "they" is the pair. The text
// is written for this test (issue 20, round 28).
func TestFindRound28PairAfterFrontedPhrase(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"they after the pair",
			"In a letter to Coastal Oil CEO Tom Hale, Interior Secretary Ann Birch and Fisheries Agency Administrator Lisa Kemp told the firm to publish its data.\n\n“The public is entitled to nothing less than full transparency,” they concluded.",
			[]want{{"The public is entitled to nothing less than full transparency,", "Ann Birch and Lisa Kemp", Full, ""}}},
	})
}
