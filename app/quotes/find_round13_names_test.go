package quotes

import "testing"

// A surname that is also a function word ("Steven Still", "Ana Even")
// ends the name after an inverted verb as it does before one. Each text is
// written for this test (issue 20, thirteenth round).
func TestFindRound13CommonWordSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said then a surname that is an adverb, with appositive",
			"Governor Ray Dallow declared an emergency on Monday.\n\n“It does throw a unique spin on it,” said Steven Still, emergency management director for Marren County. “It’s a major challenge, no doubt.”",
			[]want{{"It does throw a unique spin on it,", "Steven Still", Full, ""}, {"It’s a major challenge, no doubt.", "Steven Still", Full, ""}}},
		{"said then such a surname at the sentence's end",
			"“We will open the shelters tonight,” said Ana Even.",
			[]want{{"We will open the shelters tonight,", "Ana Even", Full, ""}}},
	})
}

// "Secretary of State Dana Pell said": a title chain with "of" before the
// name opening the sentence is no head of the subject; the name is. Each
// text is written for this test (issue 20, thirteenth round).
func TestFindRound13TitleOfBeforeSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"secretary of state opening the sentence, colon",
			"Secretary of State Dana Pell said: \"We are close to a deal.\"",
			[]want{{"We are close to a deal.", "Dana Pell", Full, ""}}},
		{"secretary of state opening the sentence, fragment",
			"The talks went on.\n\nSecretary of State Dana Pell said the talks have moved along \"quite remarkably,\" citing a new law.",
			[]want{{"quite remarkably,", "Dana Pell", Partial, ""}}},
		{"minister of finance",
			"Minister of Finance Olu Benn told reporters the budget was \"a plan for growth and for jobs.\"",
			[]want{{"a plan for growth and for jobs.", "Olu Benn", Partial, ""}}},
	})
}

// "Rana Holt, chair of the Harbour Traders Association (HTA) said": an
// appositive that lacks its closing comma may end with the body's acronym
// in brackets; the name speaks. Each text is written for this test (issue
// 20, thirteenth round).
func TestFindRound13ApposAcronymNoComma(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"appos, acronym, said: full quotation",
			"Rana Holt, chair of the Harbour Traders Association (HTA) said: “We were not consulted at all.”",
			[]want{{"We were not consulted at all.", "Rana Holt", Full, ""}}},
		{"fronted phrase, appos, acronym, said a fragment",
			"In a statement, Lise Moraw, president of the Northern Academy of Midwives (NAM) said the rise in deaths is “disturbing and disappointing.”",
			[]want{{"disturbing and disappointing.", "Lise Moraw", Partial, ""}}},
	})
}

// "Jo Wade, from Durban, who has written…, admitted": where the person is
// from, between the name and a "who" appositive, is no subject. Each text
// is written for this test (issue 20, thirteenth round).
func TestFindRound13FromPlaceAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"from a city, who clause, admitted",
			"The genre is booming in the region.\n\nNovelist Jo Wade, from Durban, who has written dozens of books, admitted that it was \"not my vibe\" and had not read the genre before.",
			[]want{{"not my vibe", "Jo Wade", Partial, ""}}},
		{"from a two-word place, who clause, said",
			"Farmer Piet Olsen, from Cape Town, who lost his crop in the flood, said the relief was \"too little, too late\".",
			[]want{{"too little, too late", "Piet Olsen", Partial, ""}}},
	})
}

// "The Danish mission to the UN in Geneva called …": a place closing the
// prepositional phrases after the sentence's subject is no speaker; the
// subject is. Each text is written for this test (issue 20, thirteenth
// round).
func TestFindRound13SubjectBeforeLocative(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"mission to the UN in a city",
			"The report was published on Monday.\n\nThe Danish mission to the UN in Geneva called the rapporteur's comments \"deplorable and deeply concerning\" and blamed the rebels.",
			[]want{{"deplorable and deeply concerning", "The Danish mission", Partial, ""}}},
		{"delegation to the talks in a city",
			"The talks resumed on Monday.\n\nThe Ostmark delegation to the talks in Geneva called the proposal \"a step backwards for everyone\" and left early.",
			[]want{{"a step backwards for everyone", "The Ostmark delegation", Partial, ""}}},
	})
}

// "Norway was one of just eight member-states that voted …. “…,” he
// said": a country opening a sentence is no person a later "he" stands
// for. The rule is a list of countries, so these texts name real ones
// (the people are invented; issue 20, thirteenth round).
func TestFindRound13CountryNoHe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a country subject between a speaker and his pronoun",
			"Prime Minister Leo Varn said the country would not follow its neighbours.\n\n\"We will make our own decision,\" Mr Varn said.\n\nNorway was one of just eight member-states that voted for the resolution calling for a ceasefire, with most member-states abstaining.\n\n\"It's a state that we have relations with, but I don't think we're as close as we might have been,\" he said.",
			[]want{{"We will make our own decision,", "Leo Varn", Full, ""}, {"It's a state that we have relations with, but I don't think we're as close as we might have been,", "Leo Varn", Full, ""}}},
	})
}

// "Florida Emergency Manager Jared Moskin", "City Administrator Lena
// Voss": a manager or administrator is a title before a name, so the bare
// surname later is that person. Each text is written for this test (issue
// 20, thirteenth round).
func TestFindRound13ManagerTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"state emergency manager, then the surname",
			"It's a point Marren Emergency Manager Jared Moskin made in a social media post recently.\n\n\"The agency has been great. But normally we don't have a storm in every county at once,\" Moskin said.",
			[]want{{"The agency has been great. But normally we don't have a storm in every county at once,", "Jared Moskin", Full, ""}}},
		{"city administrator, then the surname",
			"City Administrator Lena Voss presented the budget on Tuesday.\n\n\"We cut where it hurt least,\" Voss said.",
			[]want{{"We cut where it hurt least,", "Lena Voss", Full, ""}}},
	})
}

// "Tom Welk‘s mom": an opening single mark typed for the apostrophe of a
// possessive (a letter before it, "s" and no letter after) makes the name
// possessive. Each text is written for this test (issue 20, thirteenth
// round).
func TestFindRound13OpeningMarkApostrophe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"owner's relative with the opening mark",
			"Dora Welk has praised the singer‘s new album. Speaking at a summit in Reno, Tom Welk‘s mom confirmed, “I listened to the whole album, and I listened to it all morning long.”",
			[]want{{"I listened to the whole album, and I listened to it all morning long.", "Dora Welk", Full, ""}}},
		{"owner's spokesman with the opening mark",
			"“We will appeal,” Senator Ray Dunn‘s spokesman said on Friday.",
			[]want{{"We will appeal,", "a spokesman", Full, ""}}},
	})
}

// "“…,” guild President and “The Nanny” star Fran Dresko told reporters":
// a show's title in quotation marks inside the speaker's roles belongs to
// the clause, which still follows the quotation. Each text is written for
// this test (issue 20, thirteenth round).
func TestFindRound13QuotedTitleInRole(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"president and show star",
			"Actor Albert Brill said the deal was fair.\n\n\"I think it's a conversation now about the culture of big business,\" guild President and \"The Nanny\" star Fran Dresko told reporters in an August interview.",
			[]want{{"I think it's a conversation now about the culture of big business,", "Fran Dresko", Full, ""}}},
		{"director and show host",
			"Critic Lars Uhl said the series had run its course.\n\n\"We never planned for more than three seasons,\" station Director and \"Night Desk\" host Mina Sato told listeners on Monday.",
			[]want{{"We never planned for more than three seasons,", "Mina Sato", Full, ""}}},
	})
}

// "he released his first bourbon, Spirit Thief, a wheated whiskey": a name
// in apposition to a work or product is no person who takes the next
// "he says". Each text is written for this test (issue 20, thirteenth
// round).
func TestFindRound13WorkName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a bourbon's name in a profile",
			"Drew Fenn started brewing beer in his garage in 2009.\n\n\"I grew up extremely poor,\" Fenn says. \"I knew you had to put something away for that rainy day.\"\n\nFive months later he released his first bourbon, Spirit Thief, a wheated whiskey aged in new oak.\n\n\"We don't have the same climate as Kentucky,\" he says.",
			[]want{{"I grew up extremely poor,", "Drew Fenn", Full, ""}, {"I knew you had to put something away for that rainy day.", "Drew Fenn", Full, ""}, {"We don't have the same climate as Kentucky,", "Drew Fenn", Full, ""}}},
		{"a film's name",
			"Director Tomas Ruhl spent six years on the project.\n\nIn March he finally showed his new film, Grey Lanterns, a drama about his grandfather, at a festival in Ostra.\n\n\"I wasn't sure anyone would come,\" he said.",
			[]want{{"I wasn't sure anyone would come,", "Tomas Ruhl", Full, ""}}},
	})
}

// "A spokesperson for Sen. Kamala Hart said", "An aide to Gov. Ray Dunn
// told": a role that acts for someone named is the speaker, the one named
// its affiliation. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13RoleActsFor(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"spokesperson for a titled senator, party tag",
			"A spokesperson for Sen. Kamala Hart, D-California, said her office is working to bring residents home and is raising “serious concerns about recent reports of high-priced flights.”",
			[]want{{"serious concerns about recent reports of high-priced flights.", "A spokesperson", Partial, ""}}},
		{"spokesperson for a name without title",
			"A spokesperson for Lena Ostrow said the campaign was “confident of the result in every county.”",
			[]want{{"confident of the result in every county.", "A spokesperson", Partial, ""}}},
		{"an aide to a governor",
			"An aide to Gov. Ray Dunn told reporters the plan was “dead on arrival in the Senate.”",
			[]want{{"dead on arrival in the Senate.", "An aide", Partial, ""}}},
	})
}

// "Louise Brin, Director of the … agency, Fraudwise, compared …": a body's
// name set in apposition to the appositive's last noun belongs to the
// appositive; the person named first speaks. Each text is written for this
// test (issue 20, thirteenth round).
func TestFindRound13ApposOfApposNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"director of an agency, its name",
			"Fraud has grown fast in Ostmark.\n\nLouise Brin, Director of the Financial Crime Prevention agency, Fraudwise, compared the tactics to \"mafia methods, when criminals have infiltrated the public sector\".",
			[]want{{"mafia methods, when criminals have infiltrated the public sector", "Louise Brin", Partial, ""}}},
		{"spokesman for a group, its name",
			"Fraud has grown fast in Ostmark.\n\nTom Rask, a spokesman for the consumer group, Fairtrade Watch, said the figures were \"a disgrace to the industry\".",
			[]want{{"a disgrace to the industry", "Tom Rask", Partial, ""}}},
	})
}

// "…, The Ostra Daily Press reports. … ODP writes that …": a capitalised
// "The" inside a sentence is no part of an organisation's name, also when
// its acronym speaks later. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13TheInOrgName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the agency reports, then its acronym writes",
			"The ban covers fruit and candy flavors, but not menthol flavors, The Ostra Daily Press reports.\n\nODP writes that these exceptions \"represent a significant retreat from the original plan announced in May.\"",
			[]want{{"represent a significant retreat from the original plan announced in May.", "Ostra Daily Press", Partial, ""}}},
	})
}

// "all 21 Harbour Caucus members demanded …": a described source keeps its
// predeterminer before a number or a name. Each text is written for this
// test (issue 20, thirteenth round).
func TestFindRound13Predeterminer(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"all and a number",
			"That night, in a letter that misgendered the lawmaker, all 21 Harbour Caucus members demanded her censure for “using inappropriate and uncalled-for language during a floor debate.”",
			[]want{{"using inappropriate and uncalled-for language during a floor debate.", "all 21 Harbour Caucus members", Partial, ""}}},
		{"all and a number word",
			"After the vote, all five Ostra councillors said the plan was “a betrayal of every promise we made.”",
			[]want{{"a betrayal of every promise we made.", "all five Ostra councillors", Partial, ""}}},
	})
}

// "Advocate Tumo Lesa King’s Counsel (KC) once cautioned": the honour
// spelled out after a name is no part of it and no speaker. Each text is
// written for this test (issue 20, thirteenth round).
func TestFindRound13KingsCounsel(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"with the letters in brackets",
			"According to Adv Ralo, Advocate Tumo Lesa King’s Counsel (KC) once cautioned: “Constitutional amendment is indispensable to constitutional development.”",
			[]want{{"Constitutional amendment is indispensable to constitutional development.", "Tumo Lesa", Full, ""}}},
		{"queen's counsel before the verb",
			"Barrister Nell Ambry Queen's Counsel said: “The appeal raises a question of general public importance.”",
			[]want{{"The appeal raises a question of general public importance.", "Nell Ambry", Full, ""}}},
	})
}

// "Having said all that, when Nicole was sitting … and saying to her
// friend, “…”": "Having" opening a clause is no name and its "said" no
// clause of speech. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13HavingSaid(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"having said all that, when X was … saying",
			"Nicole Kardon started to pull away from the church in 2001. Having said all that, when Nicole was sitting after the break up and sobbing into her handkerchief and saying to her friend, \"Why did he leave?\" She had no real answer.",
			[]want{{"Why did he leave?", "Nicole Kardon", Full, ""}}},
		{"being asked",
			"“We will appeal,” Dana Ruhl said on Monday. Being asked about the costs, she said: “The ruling is fair on most points.”",
			[]want{{"We will appeal,", "Dana Ruhl", Full, ""}, {"The ruling is fair on most points.", "Dana Ruhl", Full, ""}}},
	})
}

// "After closing his thoughts, Elizabeth stood up … “…,” she said": a
// known given name alone, the subject of a verb, is a person the next
// pronoun can mean. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13GivenNameSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"wife stands up after the candidate",
			"And Jon Edwin teed up and hit a 350-yard Tiger Woods-esque drive.\n\n\"We're not going to have an auction here,\" said Edwin.\n\nAfter closing his thoughts, Elizabeth stood up and grabbed the microphone.\n\n\"You may not be surprised but I am disappointed in her,\" she said before handing the mic back.",
			[]want{{"We're not going to have an auction here,", "Jon Edwin", Full, ""}, {"You may not be surprised but I am disappointed in her,", "Elizabeth", Full, ""}}},
		{"a given name that walks in",
			"\"The deal is off,\" Tom Varga told the room.\n\nThen Maria walked in with the papers. \"It is signed,\" she said.",
			[]want{{"The deal is off,", "Tom Varga", Full, ""}, {"It is signed,", "Maria", Full, ""}}},
	})
}
