package quotes

import "testing"

// "In 2014, the year Brewlist named him the best new brewer, he bought
// the building.": a "he" or "she" opening a clause after a name is the
// person quoted before, so a quotation without a verb that follows is
// theirs, not the name's. Each text is written for this test (issue 20,
// fifteenth round).
func TestFindRound15PronounAfterName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a ranking body's name, then he",
			"“I loved the old bars,” says Marcus Falk. “Only later did I take whiskey seriously.”\n\nIn 2013, the year Brewlist declared Pipeline the best new brewery in the world, Falk started a fundraiser for his own brewery. In 2014, the year Brewlist named him the best new brewer in the state, he bought the building and moved his brewing there. More prizes followed, and though he hates the word “empire,” he started building one.\n\n“The craft beer boom was really on fire, but I wanted something that lasts.”",
			[]want{
				{"I loved the old bars,", "Marcus Falk", Full, ""},
				{"Only later did I take whiskey seriously.", "Marcus Falk", Full, ""},
				{"The craft beer boom was really on fire, but I wanted something that lasts.", "Marcus Falk", Full, ""},
			}},
		{"a magazine's name, then she",
			"“We never planned to grow this fast,” said Helen Ostrova, who runs the bakery.\n\nWhen Crumbline declared her loaves the best in the city, the orders doubled overnight. Last spring Crumbline put her on its cover, and she hired six more bakers.\n\n“Some days I still cannot believe it.”",
			[]want{
				{"We never planned to grow this fast,", "Helen Ostrova", Full, "runs the bakery"},
				{"Some days I still cannot believe it.", "Helen Ostrova", Full, "runs the bakery"},
			}},
	})
}
