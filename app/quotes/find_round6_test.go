package quotes

import "testing"

// A title or office word before a name is the person's affiliation, also
// when it is not English ("Tánaiste", "Taoiseach") or a party label with
// an office ("Green MP"); a bare office noun later ("the PM", "the
// Chancellor") is the person the article gave that office. Each text is
// written for this test (issue 20, sixth round).
func TestFindRound6Titles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an Irish title before a name",
			"Last night Tanaiste Maeve Corrigan made a strong claim on the radio.\n\nCorrigan said: “We asked for more time and got none.”",
			[]want{{"We asked for more time and got none.", "Maeve Corrigan", Full, ""}}},
		{"an Irish title with its accent",
			"Taoiseach Cathal Brennock spoke after the cabinet met.\n\n“The schools stay open,” Brennock said.",
			[]want{{"The schools stay open,", "Cathal Brennock", Full, ""}}},
		{"a party label and an office before an unlisted given name",
			"Green MP Orla Pendry also attacked the minister over the cuts.\n\n“Will the minister explain the cuts to my constituents?” Pendry asked.",
			[]want{{"Will the minister explain the cuts to my constituents?", "Orla Pendry", Full, ""}}},
		{"a military rank before a name",
			"Airman Budi Santika, who joined the search on Tuesday, said the divers were ready.\n\n“The water is calm today,” Santika said.",
			[]want{{"The water is calm today,", "Budi Santika", Full, ""}}},
		{"the bare office abbreviated",
			"Prime Minister Alun Pryce was mocked in the chamber on Wednesday.\n\nThe PM laughed in response, but insisted councils must save.\n\n“Every penny must be well spent,” the PM said.",
			[]want{{"Every penny must be well spent,", "Alun Pryce", Full, ""}}},
		{"a title chain of an office with of before a name and an age",
			"Chancellor of the Exchequer Gordon Vance, 44, outlined a plan in a speech in June, pledging to “get the balance right.”",
			[]want{{"get the balance right.", "Gordon Vance", Partial, ""}}},
	})
}
