package quotes

import "testing"

// Partial quotations the twenty-sixth round's recall helper found missed
// in the development set, each on texts written for this test.
func TestFindRound26cRecall(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"as a company puts it",
			"Some buyers may not want a new kind of kettle. But they might buy an older, “tried and trusted” design, as Hollow Works puts it.",
			[]want{{"tried and trusted", "Hollow Works", Partial, ""}}},
		{"enter as a stage direction is no part of the name",
			"Big bakers have the market sewn up. Enter Dunmore, now hoping to sell a cheaper loaf.\n\nShoppers want a loaf that is “plain and honest”, as Dunmore puts it.",
			[]want{{"plain and honest", "Dunmore", Partial, ""}}},
		{"a self-described phrase before the name",
			"“Is the show over already?” asked self-described “garden hermit” Petra Lindqvist on Monday.",
			[]want{{"Is the show over already?", "Petra Lindqvist", Full, ""}, {"garden hermit", "Petra Lindqvist", Partial, ""}}},
		{"a self-described writer is no thing written",
			"“Who runs this place?” wrote self-described “night owl” Omar Tesfaye.",
			[]want{{"Who runs this place?", "Omar Tesfaye", Full, ""}, {"night owl", "Omar Tesfaye", Partial, ""}}},
		{"a self-described phrase in an appositive",
			"Marcus Heller, a self-described “radical centrist,” wrote on his blog that the plan would fail.",
			[]want{{"radical centrist,", "Marcus Heller", Partial, ""}}},
		{"a self-styled name in title case is no quotation",
			"The self-styled “Harbour Express” might be touring the coast this week.",
			nil},
		{"a relative clause whose subject is a noun phrase calls it so",
			"The network is known as the web of towns, which some keen hikers call “the loop”.",
			[]want{{"the loop", "some keen hikers", Partial, ""}}},
		{"a bare quantifier calling it so in a relative clause",
			"The dancer said the film (that many have called “too long”) was never a problem for the crew.",
			[]want{{"too long", "many", Partial, ""}}},
		{"a passive relative clause still names",
			"The network is a web of towns, which is called “the loop”.",
			nil},
	})
}
