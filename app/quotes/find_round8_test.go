package quotes

import "testing"

// A plural common noun opening a sentence before names ("Nurses Ana Lima
// and Rosa Diaz said…") is their role, not part of the first name; a
// legislator's title written as initials ("former MPA Faiza Ahmed", "MNA",
// "MPP", "MHA") is a title, not a given name. Each text is written for
// this test (issue 20, eighth round).
func TestFindRound8RoleWordsBeforeNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a plural role noun opening the sentence",
			"The two women were freed on Thursday after six years.\n\nTeachers Ana Lima and Rosa Diaz said they were kept in a hut for months.\n\nLima would tell herself: “I am not in a fine hotel.”\n\n“We got lost,” Lima said.",
			[]want{{"I am not in a fine hotel.", "Ana Lima", Full, ""}, {"We got lost,", "Ana Lima", Full, ""}}},
		{"a provincial assembly member's initials",
			"Speakers included the mayor, former MNA Najib Saleh and former MPA Farah Qadir.\n\nQadir said the party had always stood by minorities. “We will repeal every unjust law,” she said.",
			[]want{{"We will repeal every unjust law,", "Farah Qadir", Full, ""}}},
		{"a provincial parliament member's initials",
			"The bill passed its second reading on Monday.\n\n“This is a good day for tenants,” said MPP Dana Whitlock.",
			[]want{{"This is a good day for tenants,", "Dana Whitlock", Full, ""}}},
	})
}

// Initials of an organisation the text names, after a name on a credit
// line ("Tony Lake Acpo"), are no part of the name. Each text is written
// for this test (issue 20, eighth round).
func TestFindRound8InitialsAfterName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a credit line with the initials in title case",
			"More than four million samples are held on the database.\n\nMaria Venn Acpo\n\nMaria Venn, of the Association of Chief Police Officers, said the database was an \"invaluable tool\" for the police.",
			[]want{{"invaluable tool", "Maria Venn", Partial, ""}}},
		{"a credit line with the initials in capitals",
			"The fund has lost money for three years.\n\nOwen Rask NAPF\n\nOwen Rask, of the National Association of Pension Funds, said the losses were \"no cause for panic\".",
			[]want{{"no cause for panic", "Owen Rask", Partial, ""}}},
	})
}

// A spokesperson of a named person or body is an unnamed source, named by
// determiner and head noun ("a spokesman"), the owner kept as the
// affiliation. Each text is written for this test (issue 20, eighth round).
func TestFindRound8PossessorSpokesperson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a prime minister's spokesman",
			"The soldiers are now undergoing tests.\n\nPrime Minister Lena Holt's spokesman said: “This is a very serious matter.”",
			[]want{{"This is a very serious matter.", "a spokesman", Full, "Prime Minister Lena Holt"}}},
		{"a company's spokeswoman",
			"Flights resumed on Monday morning.\n\nNorthjet's spokeswoman said the delays were “regrettable but unavoidable”.",
			[]want{{"regrettable but unavoidable", "a spokeswoman", Partial, "Northjet"}}},
	})
}

// A sentence whose subject is someone's spokesperson ("Prime Minister Lena
// Holt's spokesman also condemned…") hands a later "he added" to the
// spokesperson, not to the owner. Written for this test (issue 20, eighth
// round).
func TestFindRound8SpokespersonSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a prime minister's spokesman, then he added",
			"The kidnappers released a video on Tuesday.\n\nPrime Minister Lena Holt's spokesman also condemned the release of the video.\n\n“It is our policy not to comment on such footage,” he added.",
			[]want{{"It is our policy not to comment on such footage,", "a spokesman", Full, ""}}},
	})
}

// A transcript turn labelled by a role alone ("Reporter: “…”") is spoken
// by the person of that exchange the article introduced: the latest
// speaker who is not the other party. Written for this test (issue 20,
// eighth round).
func TestFindRound8TranscriptRoleTurn(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a reporter's turn after the coach's",
			"The coach took questions for half an hour.\n\nTom Vale, a columnist for the Daily Courier, started the exchange this way:\n\n“My neighbour says you can still win it all.”\n\nAlden: “Says what?”\n\nReporter: “You can still win it all. You have been doing it for years.”\n\nAlden: “What are you talking about?”",
			[]want{{"My neighbour says you can still win it all.", "Tom Vale", Full, ""}, {"Says what?", "Alden", Full, ""}, {"You can still win it all. You have been doing it for years.", "Tom Vale", Full, ""}, {"What are you talking about?", "Alden", Full, ""}}},
	})
}

// A name after a closing quotation mark with no comma between ("…
// businesses" Charles King, principal analyst at Pund-IT, said) is the
// speaker, not a name from the paragraph before. Written for this test
// (issue 20, eighth round).
func TestFindRound8NameAfterMarkNoComma(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a name and an appositive after the mark",
			"The system also supports Hollis MirrorView and Hollis Disk Copy.\n\nCloud storage may not be standard yet in small shops, but \"it is relevant for some data-heavy small shops\" Dana Price, principal analyst at Retail-IQ, said. \"We are not seeing it in shops with fewer than 20 servers.\"",
			[]want{{"it is relevant for some data-heavy small shops", "Dana Price", Partial, ""}, {"We are not seeing it in shops with fewer than 20 servers.", "Dana Price", Full, ""}}},
	})
}
