package quotes

import "testing"

// A hyphenated surname after a title ("Professor Jean-Louis") is the person
// named in full before, not a place; a name whose appositive gives a rank
// and a trade ("a senior producer for …") is a person, not a firm, so "Mr.
// Tate" later is that person. The texts are written for this test (issue
// 20, twenty-fourth round).
func TestFindRound24aSurnameForms(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"hyphenated surname after a title",
			"Voters should expect more involvement from abroad, says Marcel Jean-Louis, Jr., a professor at Queens College in New York.\n\n\"We will see the world playing a much more active role,\" Professor Jean-Louis says.",
			[]want{{"We will see the world playing a much more active role,", "Marcel Jean-Louis Jr.", Full, ""}}},
		{"a rank before a trade noun",
			"In August, Bill Tate, a senior producer for the network, says he met with about 100 colleagues.\n\n\"That is absolutely a jarring thought,\" Mr. Tate says.",
			[]want{{"That is absolutely a jarring thought,", "Bill Tate", Full, ""}}},
	})
}
