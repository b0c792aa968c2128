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
		{"a fragment coordinated with a one-word term under a clause of speech",
			"Tom Hale met the crew in May.\n\nHe says the mood was “calm” and “nobody minded” filming the long scenes.",
			[]want{{"nobody minded", "Tom Hale", Partial, ""}}},
		{"a title coordinated with another title",
			"Tom Hale remembers their films, among them “Green River Nights” and “Blue Harbour Days,” and praises the cast.",
			nil},
		{"described over an appositive",
			"Mayor Tom Hale told the paper the vote was fair, and he described Anna Vole, a councillor who lives by the harbour, as “reckless” for opposing it.",
			[]want{{"reckless", "Tom Hale", Partial, ""}}},
		{"described over a long object with a quotation in it",
			"Governor Tom Hale described the driver of the truck in the “deliberate and cruel” crash on the main square that left two dead as a “coward” in an address on Friday.",
			[]want{{"deliberate and cruel", "Tom Hale", Partial, ""}, {"coward", "Tom Hale", Partial, ""}}},
		{"referred to as by a subject",
			"The crash came a day after an attack by a man the Governor referred to as an “angry loner.”",
			[]want{{"angry loner.", "the Governor", Partial, ""}}},
		{"referred to as a bare name is a name",
			"Tom Hale thanked his fans, who he refers to as “Team Harbour,” on Monday.",
			nil},
		{"a verb with its own as stands between",
			"Tom Hale described how the mayor, who served the firm as a “fixer”, lost the vote.",
			nil},
		{"a passive relative clause still names",
			"The network is a web of towns, which is called “the loop”.",
			nil},
	})
}
