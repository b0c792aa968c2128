package quotes

import "testing"

// Initials the text introduces as a person's name ("known … as TVH",
// "(LMS)") are that person, named as first introduced, while initials it
// never introduces stay an organisation's; an event's name ending in
// "Games" is no person that a later "she" could stand for; a surname
// known from a full name is the person even after a product noun and a
// comma; a capitalised role after "a former" is no name. The texts are
// written for this test (issue 20, twenty-sixth round).
func TestFindRound26aNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"initials after known as",
			"The paper published messages with its former chief Tom Vandergriff-Holt. The erstwhile executive, known among traders as TVH, discussed regulators.\n\n\"Everyone pretends that perception is reality,\" TVH said in a conversation.\n\nLater, TVH wrote that he \"didn't want to do anything sketchy at all.\"",
			[]want{{"Everyone pretends that perception is reality,", "Tom Vandergriff-Holt", Full, ""}, {"didn't want to do anything sketchy at all.", "Tom Vandergriff-Holt", Partial, ""}}},
		{"initials in brackets",
			"The exchange hired Laura Moravec-Stahl (LMS) last year.\n\n\"We will rebuild the whole thing,\" LMS said.",
			[]want{{"We will rebuild the whole thing,", "Laura Moravec-Stahl", Full, ""}}},
		{"initials never introduced",
			"Anna Petrova runs the desk.\n\n\"We are sad about the loss,\" AP said.",
			[]want{{"We are sad about the loss,", "AP", Full, ""}}},
		{"an event ending in Games",
			"As she prepared for the 200m final at the 31st SEA Games in Hanoi, sprinter Jana Olsen would repeat a mantra.\n\n\"No matter what happens, you'll be good.\"\n\nThe next edition of the Games would end in tears for Olsen.\n\n\"Physically I was there,\" she said.",
			[]want{{"No matter what happens, you'll be good.", "Jana Olsen", Full, ""}, {"Physically I was there,", "Jana Olsen", Full, ""}}},
		{"a known surname after a product noun",
			"The tequila was made by friend Rande Gerber.\n\nAfter months of work, the duo found the perfect product, Gerber recalls: \"George opened the sample and poured one for me.\"",
			[]want{{"George opened the sample and poured one for me.", "Rande Gerber", Full, ""}}},
		{"a capitalised role after a former",
			"Nora Feldhaus, a former Senior Advisor at USAID, tweeted: \"I am still stunned. So sorry for everyone at this time.\"",
			[]want{{"I am still stunned. So sorry for everyone at this time.", "Nora Feldhaus", Full, ""}}},
	})
}
