package quotes

import "testing"

// Tests of capitalised runs that name no one: events, works, times, products
// (names_things.go). Each text is written for its test.

// Names of things that must never speak: a day's name, a role noun with
// modifiers that is no name.
func TestFindRound4JunkSpeakers(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a day's name is no antecedent of he",
			"Wednesday's debate and the outcome of Super Tuesday could turn on how well the mayor answers.\n\n“We are going to win,” he said.",
			[]want{{"We are going to win,", "the mayor", Full, ""}}},
		{"Black Friday is no speaker",
			"Shops opened early for Black Friday. “We expect record crowds,” said Ana Liu, a manager.",
			[]want{{"We expect record crowds,", "Ana Liu", Full, ""}}},
	})
}

// Things with figures in their names, statutes' names with "and", an
// infinitive's subject, and a passive participle that reports nothing.
func TestFindRound4ThingsAndClauses(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a variant's name with a figure is no speaker",
			"Health chief Dr. Lena Ortiz said cases were rising.\n\nDelta AY.4 has been found in most new samples.\n\nWith many people unvaccinated, the gaps “will keep the region at risk for months.”",
			[]want{{"will keep the region at risk for months.", "Lena Ortiz", Partial, ""}}},
		{"a statute's name joined by and is one name",
			"Farmers must now apply for permits. The 1986 Water Safety and Control Act states that a farm needs “a valid local permit” to draw water.",
			[]want{{"a valid local permit", "Water Safety and Control Act", Partial, ""}}},
		{"an infinitive's subject is the clause's",
			"Mr Hale earlier used his speech to warn against a “one size fits all” approach, adding: “It is much easier for all of us to defend a local rule.”",
			[]want{{"one size fits all", "Hale", Partial, ""}, {"It is much easier for all of us to defend a local rule.", "Hale", Full, ""}}},
		{"a passive participle of a reporting verb reports nothing",
			"The warning came from Director Ana Mills.\n\nThe strain was found in 9 percent of samples reported from the south, and the Director noted that “we have seen this before.”\n\nWith few people vaccinated, the gaps “will keep the region at risk for months.”",
			[]want{{"we have seen this before.", "Ana Mills", Partial, ""}, {"will keep the region at risk for months.", "Ana Mills", Partial, ""}}},
	})
}

// A name that begins with "The" is a work's or a group's, never a person
// a pronoun refers to.
func TestFindRound4TheNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a film's title is not he",
			"The studio pulled its comedy The Interview after the threats.\n\n“Nobody wanted this outcome,” he said.",
			[]want{{"Nobody wanted this outcome,", "", Full, ""}}},
	})
}

// Events' names are no antecedents of he/she.
func TestFindRound4EventNames(t *testing.T) {
	for _, ev := range []string{"Super Bowl", "World Cup", "Black Friday",
		"Cannes Film Festival", "Boston Marathon", "Iowa Caucuses", "Golden Globe Awards",
		"Davos Summit", "Wimbledon Championships", "Super Tuesday"} {
		text := "Tom Hale runs the ticket office. " + ev + " drew huge crowds this year.\n\n“It was a great day,” he said."
		res := Find(text)
		if len(res.Quotes) != 1 || res.Quotes[0].Speaker != "Tom Hale" {
			t.Errorf("%s: got %+v, want Tom Hale", ev, res.Quotes)
		}
	}
}

// The name inside a description ("the Morning Call host") is a show's, a
// team's or an award's, never a person who could speak later.
func TestFindRound6NameInDescription(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a show's name is no person",
			"Then there's Dana Whitfield, who turns 50 in May.\n\nThe birthday “is a number that makes you stop,” the American Voice host tells reporters.\n\nFor one of the busiest stars on air, who built an empire that includes Voice, a syndicated radio show, and a company, this means adding rest to a long list.\n\n“Until recently, I felt I should never take a day off,” says the Emmy winner.",
			[]want{{"is a number that makes you stop,", "Dana Whitfield", Partial, ""}, {"Until recently, I felt I should never take a day off,", "Dana Whitfield", Full, ""}}},
	})
}

// A name qualifying an event noun ("its annual Camp Loop event") is the
// event's, not a person's: the company's bare name that follows is the
// company. Written for this test (issue 20, tenth round).
func TestFindRound10EventName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a company's event named after it",
			"Loopa on Thursday announced new features at its annual Camp Loopa event, as the company doubles down on its app.\n\nDark mode, according to data on the Loopa Community Hub, is the second most desired feature.\n\nLoopa says it will introduce dark mode “later this summer,” with the option to keep it on.",
			[]want{{"later this summer,", "Loopa", Partial, ""}}},
	})
}

// "World War III" is a war, no one who speaks: the unattributed words
// after it go to the subject before. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10WarIsNoSpeaker(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a war's name before unattributed words",
			"Analysts say no one can tell how likely World War III is.\n\nThe Norland government has released new guidance after ‘the state of the world has worsened drastically in recent years’.",
			[]want{{"the state of the world has worsened drastically in recent years", "The Norland government", Partial, ""}}},
	})
}

// "New Year" (a holiday) is no speaker: the later "he" is the person
// the text is about. Written for this test (issue 20, twelfth
// round).
func TestFindRound12NotPersonRuns(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a holiday",
			"Tom Calder promised \"steady growth\" from his Government in 2031.\n\n" +
				"The Prime Minister used his New Year message to say his priority would be jobs.\n\n" +
				"But he also pledged reforms in what would be \"the year of delivery\" for the country.",
			[]want{{"steady growth", "Tom Calder", "", ""}, {"the year of delivery", "Tom Calder", "", ""}}},
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

// "Amit Marlow's “An Old Nurse Foresees her Death”": a capitalised
// quotation right after a possessive name, with no clause of speech of its
// own, names that person's work; "what he calls Farrow's “Ahab-like
// quest”" stays his words. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13PossessiveWorkTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"poems listed by their authors",
			"The other poems in the collection include dispatches from doctors (Jon Okra's “Two Days in March,” Amit Marlow's “An Old Nurse Foresees her Death”) and a meditation on grief.",
			nil},
		{"a possessive inside what someone calls",
			"Orr has long denied the claims, and he speculates that they arose from what he calls Ferris’s “Ahab-like quest” for revenge.",
			[]want{{"Ahab-like quest", "-", Partial, ""}}},
	})
}

// "the old What The Gab character": a capitalised "The" inside a name is
// a show's or a channel's title, so a later "he says" and a quotation
// with no verb stay with the person. Each text is written for this test
// (issue 20, fifteenth round).
func TestFindRound15InnerTheNoPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"show title, then he says",
			"Ten years ago Dana Pruett mocked celebrities on camera. “The format just doesn’t work now,” Pruett admits.\n\nThe old What The Gab character has been dropped, and today Pruett is just plain Dana Pruett, a gentler video maker. “We worship celebrities now, and I found it all so silly.”\n\n“I bought my home because of the site,” he says.",
			[]want{
				{"The format just doesn’t work now,", "Dana Pruett", Full, ""},
				{"We worship celebrities now, and I found it all so silly.", "Dana Pruett", Full, ""},
				{"I bought my home because of the site,", "Dana Pruett", Full, ""},
			}},
		{"channel title as subject, then she said",
			"Marla Quint started filming in her kitchen in 2009.\n\nLast year Cooking With The Quints passed a million subscribers. “It still feels unreal,” she said.",
			[]want{{"It still feels unreal,", "Marla Quint", Full, ""}}},
	})
}

// "Brisk Clip stars can earn millions": a name before a plural noun and
// an auxiliary modifies the noun; it is no person to take the next
// quotation. Each text is written for this test (issue 20, fifteenth
// round).
func TestFindRound15NameBeforePluralNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"platform stars can …, then a verbless quotation",
			"“I started filming in my kitchen,” said Dana Pruett.\n\nTen years on, Brisk Clip stars can earn millions through sponsorship. “We worship celebrities now, and I found it all so silly.”",
			[]want{
				{"I started filming in my kitchen,", "Dana Pruett", Full, ""},
				{"We worship celebrities now, and I found it all so silly.", "Dana Pruett", Full, ""},
			}},
		{"league fans were …, then a verbless quotation",
			"“The stadium will be full again,” said Omar Vell, who runs the club.\n\nLast season Cobalt Shore fans were kept away by the works. “It felt like playing in a library.”",
			[]want{
				{"The stadium will be full again,", "Omar Vell", Full, "runs the club"},
				{"It felt like playing in a library.", "Omar Vell", Full, "runs the club"},
			}},
	})
}

// A time zone's initials ("early Wednesday AEST") name no organisation,
// so a following "it said" goes past them to the body named before. The
// text is written for this test (issue 20, eighteenth round).
func TestFindRound18aTimeZone(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"time zone is no body",
			"The Harbour Transit Authority said it would close the ferry line, in a vote on Tuesday (early Wednesday AEST), after a year of losses.\n\n“The line cannot go on losing money at this rate,” it said in a notice to passengers.",
			[]want{
				{"The line cannot go on losing money at this rate,", "Harbour Transit Authority", Full, ""},
			}},
	})
}

// "9 Wild, on-the-Record Ada Quill Stories" above "Everyone in town has a
// story about Ada Quill": a headline's plural noun after a name is no part
// of it, so the person is "Ada Quill", whom "Quill" later means; a
// three-word name ending in a surname the text never writes as a common
// noun stays whole. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19cHeadlineNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"plural noun after the name",
			"9 Wild, on-the-Record Ada Quill Stories\n\nEveryone in the fashion trade has a story about Ada Quill. Here are the best of them.\n\n1. At a show in Milan, Quill stopped the music. \"Nobody walks until I say so,\" Quill told the models.",
			[]want{{"Nobody walks until I say so,", "Ada Quill", Full, ""}}},
		{"a surname like a plural stays",
			"Mary Ann Waters has run the shelter for a decade. Mary Ann said the waters rose fast.\n\n\"We lost the ground floor in an hour,\" Waters said.",
			[]want{{"We lost the ground floor in an hour,", "Mary Ann Waters", Full, ""}}},
	})
}

// "while he was recording Velvet Morning, now his final album with the band,
// Joe Harlan was…": a name in apposition to a work noun after it is the
// work's, no person for a later "he". Each text is written for this test
// (issue 20, nineteenth round).
func TestFindRound19cWorkAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"album after the name",
			"In spring 2015, while he was recording Velvet Morning, now his final album with the Drifters, Joe Harlan was planning a tour, and he was worried by the setlist. \"The crowd always wants the hits,\" he told me.",
			[]want{{"The crowd always wants the hits,", "Joe Harlan", Full, ""}}},
		{"the band's new single",
			"Joe Harlan played for an hour. The crowd sang along to Velvet Morning, the band's new single. \"It never gets old,\" he said.",
			[]want{{"It never gets old,", "Joe Harlan", Full, ""}}},
	})
}

// "In his songs, he drew on The Reeds and Copper Kettle as well as The
// Lanterns": a name listed with bands' names is a band's too, so the
// lyrics the next sentence quotes are the profile's subject's, not
// "Copper Kettle"'s. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19cListedWithWorks(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a list of bands",
			"Joe Harlan grew up in Ocala. \"We had to be better than the city bands,\" Harlan said.\n\nIn his songs, he drew heavily on The Reeds and Copper Kettle as well as The Lanterns. His most frequent tone was a stubborn hope: \"You can knock me down/And I will get up\" was not just a refrain, it was his mission.",
			[]want{{"We had to be better than the city bands,", "Joe Harlan", Full, ""},
				{"You can knock me down/And I will get up", "Joe Harlan", Full, ""}}},
		{"a person listed with a band keeps a given name",
			"Joe Harlan toured with The Reeds and Anna Vell last year. \"Anna sang every night,\" Harlan said.",
			[]want{{"Anna sang every night,", "Joe Harlan", Full, ""}}},
	})
}

// Capitalised runs that are no person, so a later pronoun or a relative
// clause goes to the person: a body after "Women's" ("Women's Health
// Partners"), a product between an owner and its noun ("Acme's new Cloud
// Window software"), and a place ending a person's affiliation before a
// "who" clause ("from the University of Otago, New Zealand, who … said").
// The texts are written for this test (issue 20, twenty-fourth round).
func TestFindRound24aNotPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a body after a people's possessive",
			"At Women's Health Partners in Jensen Beach, administrator Bill Hughes prefers to lease. For Women's Health Partners, leasing is the better choice, according to Hughes. For instance, \"Car leases allow you to write off the entire payment,\" he says.",
			[]want{{"Car leases allow you to write off the entire payment,", "Bill Hughes", Full, ""}}},
		{"a product between an owner and its noun",
			"Stephen Morrow decided not to go with the rival system when he took over in 2010.\n\nInstead he opted for Acme's new Cloud Window software, which powers the Lumo range. He said in 2011 that the business was \"not a race of machines, it's now a war of systems\".",
			[]want{{"not a race of machines, it's now a war of systems", "Stephen Morrow", Partial, ""}}},
		{"a place ending an affiliation before a who clause",
			"Ana Roe from the University of Otago, New Zealand, who was not involved with the work, said the study was \"in defiance of what some of us have said\".",
			[]want{{"in defiance of what some of us have said", "Ana Roe", Partial, ""}}},
	})
}
