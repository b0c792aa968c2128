package quotes

import "testing"

// "<Place>'s [modifiers] <role>" is a definite description: it refers
// back to the person just named whose role the text has not given
// ("The Grand Abbot … Nepal's exiled religious leader said"), and to the
// person it names in apposition (", the Grand Abbot,"); a lede's
// "<Place>'s <role> has said" is the person the next paragraph names
// speaking, so a later "the foreign minister" is that person too. A person
// the text gave another office keeps it. The texts are written for this
// test (issue 20, twenty-fifth round).
func TestFindRound25aPlaceEpithet(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"refers back to the person just named",
			"The Grand Abbot has renewed his call for \"a lasting peace\" in the valley.\n\nNepal's exiled religious leader said separation was not the answer. He also accused the government of neglect.\n\n\"We are looking for a fair settlement,\" the exiled leader said.",
			[]want{{"a lasting peace", "Grand Abbot", Partial, ""}, {"We are looking for a fair settlement,", "Grand Abbot", Full, ""}}},
		{"named in apposition",
			"The Grand Abbot has renewed his call for \"a lasting peace\" in the valley.\n\nFact box\n\nThe army arrived in 1950\n\nNepal's religious leader, the Grand Abbot, fled in 1961.\n\n\"Even today people live in fear,\" he said.",
			[]want{{"a lasting peace", "Grand Abbot", Partial, ""}, {"Even today people live in fear,", "Grand Abbot", Full, ""}}},
		{"a lede describes whom the next paragraph names",
			"Nepal's foreign minister has said that President Tom Arden has \"a solemn duty\" to talk.\n\nSpeaking at a forum on Monday, Karl Emsen said, \"The time for threats is over.\"\n\n\"We will keep the door open,\" the foreign minister said.",
			[]want{{"a solemn duty", "Karl Emsen", Partial, ""}, {"The time for threats is over.", "Karl Emsen", Full, ""}, {"We will keep the door open,", "Karl Emsen", Full, ""}}},
		{"a person with another office is someone else",
			"President Tom Arden arrived in the capital on Monday.\n\nNepal's foreign minister said, \"We will keep the door open.\"",
			[]want{{"We will keep the door open.", "Nepal's foreign minister", Full, ""}}},
	})
}
