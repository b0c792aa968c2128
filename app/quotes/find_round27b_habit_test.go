package quotes

import "testing"

// An infinitive of speech after a verb of habit ("Tom loved to say “…”")
// is said by the name before that verb, even inside what someone else
// tells. The texts are written for this test (issue 20, twenty-seventh
// round).
func TestFindRound27bHabit(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"loved to say inside what another told",
			"Coach Dan Reese spoke first at the memorial for Tom Wiley.\n\nWhen Reese started his comments, he told the audience that Wiley loved to say “look at this place, just look at this place” when calling games at the arena.",
			[]want{
				{"look at this place, just look at this place", "Tom Wiley", Partial, ""},
			}},
		{"used to say after an adverb",
			"Coach Dan Reese spoke first at the memorial for Tom Wiley.\n\nReese recalled that Wiley always used to say “we play for the town” before a game.",
			[]want{
				{"we play for the town", "Tom Wiley", Partial, ""},
			}},
	})
}
