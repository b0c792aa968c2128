package quotes

import "testing"

// "Iran's president dismissed…, saying…" refers back to the one president
// the text named whose description names no other country ("US President
// Carl Benton" is not Iran's); with two such presidents it stays a
// described source. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19aOffice(t *testing.T) {
	text := func(us string) string {
		return "President Hamid Farzan has said the protests are \"going nowhere\" and vowed to punish their organisers.\n\n" + us + "President Carl Benton sharply criticised the response.\n\nMr Benton said his government could not dictate events, but hoped people would have the \"courage to speak out freely\".\n\nNot long afterwards, Iran's president dismissed the protests, saying they had wanted to undermine a rally.\n\n\"It is clear the nation has enemies because it is a nation that wants to shine,\" he said."
	}
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the country's president",
			text("US "),
			[]want{
				{"going nowhere", "Hamid Farzan", Partial, ""},
				{"courage to speak out freely", "Carl Benton", Partial, ""},
				{"It is clear the nation has enemies because it is a nation that wants to shine,", "Hamid Farzan", Full, ""},
			}},
		{"two presidents, no country",
			text(""),
			[]want{
				{"going nowhere", "Hamid Farzan", Partial, ""},
				{"courage to speak out freely", "Carl Benton", Partial, ""},
				{"It is clear the nation has enemies because it is a nation that wants to shine,", "Iran's president", Full, ""},
			}},
	})
}
