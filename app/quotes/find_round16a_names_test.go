package quotes

import "testing"

// A given name in -lly opening a sentence ("Holly Brandt said") is no
// fronted adverb: adverbs in -lly end in -ally or -ully. Each text is
// written for this test (issue 20, sixteenth round).
func TestFindRound16aGivenNameInLly(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"given name opens the sentence",
			"Holly Brandt said her neighbour had fixed bicycles for decades. “He knew every bolt by heart,” she said.",
			[]want{{"He knew every bolt by heart,", "Holly Brandt", Full, ""}}},
		{"another given name, then the bare surname",
			"Dolly Varkas said the ferry had been late all week. “Nobody told us anything,” Varkas said.",
			[]want{{"Nobody told us anything,", "Dolly Varkas", Full, ""}}},
		{"an adverb in -ally still opens the sentence",
			"Finally Tomas Ekberg spoke to the crowd. “We will rebuild the pier,” he said.",
			[]want{{"We will rebuild the pier,", "Tomas Ekberg", Full, ""}}},
	})
}

// A person's given name and surname with the middle names left out
// ("Ruth Okafor" after "Ruth Adaeze Okafor") is the person first named in
// full, not someone new.
func TestFindRound16aMiddleNameDropped(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"caption-like mention with the middle name dropped",
			"Botanist Ruth Adaeze Okafor spent the spring counting orchids on the ridge.\n\nRuth Okafor's notebook from that season survives. “The slope was covered in them,” she later wrote.",
			[]want{{"The slope was covered in them,", "Ruth Adaeze Okafor", Full, ""}}},
		{"two middle names dropped",
			"The engineer Paul Henri Marcel Dufresne built the dam in 1931.\n\nPaul Dufresne wrote to his brother that winter. “The concrete will not set in this cold,” he wrote.",
			[]want{{"The concrete will not set in this cold,", "Paul Henri Marcel Dufresne", Full, ""}}},
	})
}

// An outlet's possessive before a nationality word that is the family name
// of a reporter named in full ("KTV’s German" after "KTV’s Paul German")
// is that reporter: a place has no employer.
func TestFindRound16aOwnedPlaceSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"outlet's reporter by surname",
			"Lena Hart, who runs the lodge, told KTV’s Paul German that the singer spent a week there.\n\nKTV’s German reports that the singer slept in a cabin – a “small, windowless room with one bed and no clock.”",
			[]want{{"small, windowless room with one bed and no clock.", "Paul German", Partial, "KTV"}}},
	})
}

// A body named for its topic ("Select Committee on Scotland’s Coastal
// Future") keeps the words after a place's possessive: the name is not
// cut at the apostrophe.
func TestFindRound16aTopicAfterPossessive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"commission on a place's future",
			"The ministers set up the Select Committee on Scotland’s Coastal Future in 2019. In its final paper the Select Committee on Scotland’s Coastal Future warned that harbours would need “decades of steady investment, not one-off grants.”",
			[]want{{"decades of steady investment, not one-off grants.", "Select Committee on Scotland’s Coastal Future", Partial, ""}}},
		{"a person after a body's place possessive is still a person",
			"Bank of Canada’s Tiff Moreau said rates would hold. “We are not done yet,” Moreau said.",
			[]want{{"We are not done yet,", "Tiff Moreau", Full, "Bank of Canada"}}},
	})
}

// A lone participle opening a sentence ("Smiling and waving from the
// stage, the singer…") names no one, and the next "she said" stays with
// the person; the Burmese honorific "Daw" is a woman's title, stripped.
func TestFindRound16aOpeningParticiple(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"participle and participle, then she said",
			"Tin Maung Oo was released from prison on Sunday after six years.\n\nWaving and laughing in a bright yellow shirt and a wool scarf, the Nobel Peace Prize laureate could scarcely be heard over the shouting and chanting.\n\n“I never stopped thinking of you,” she said.",
			[]want{{"I never stopped thinking of you,", "Tin Maung Oo", Full, ""}}},
		{"honorific Daw before a four-word name",
			"Daw Khin Ma Ma Lwin was released from prison on Sunday after six years.\n\nGreeting the crowd at the gate, the teacher thanked her students.\n\n“I never stopped thinking of you,” she said.",
			[]want{{"I never stopped thinking of you,", "Khin Ma Ma Lwin", Full, ""}}},
	})
}

// "Mr. Okonjo" after "Adaeze Okonjo … said her brother, Emeka Okonjo"
// is the brother: the title's gender singles out the relative named in
// passing, though a bare "Okonjo" stays with the woman the article is
// about.
func TestFindRound16aTitledRelative(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"Mr. picks the brother",
			"Zinhle Okonjo, 44, ran a bakery on the high street, said her brother, Emeka Okonjo of Leeds.\n\nMr. Okonjo described his sister as “the kindest person in any room.” She had opened the bakery in 2015.\n\n“She fed half the street,” he said.",
			[]want{
				{"the kindest person in any room.", "Emeka Okonjo", Partial, ""},
				{"She fed half the street,", "Emeka Okonjo", Full, ""},
			}},
		{"a bare surname stays with the subject",
			"Zinhle Okonjo, 44, ran a bakery on the high street, said her brother, Emeka Okonjo of Leeds.\n\nLast year Okonjo told the local paper that “bread is a kind of hope.”",
			[]want{{"bread is a kind of hope.", "Zinhle Okonjo", Partial, ""}}},
	})
}
