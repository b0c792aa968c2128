package quotes

import (
	"strings"
	"testing"
)

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

// A definite description of a role with a show's, team's or award's name
// in it ("the Morning Call host", "the Bears QB", "the three-time NFL
// MVP", "the Emmy winner") refers back to the person it describes; the
// name inside it is no speaker. Each text is written for this test (issue
// 20, sixth round).
func TestFindRound6Epithets(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a show's host",
			"Then there's Dana Whitfield, who turns 50 in May.\n\nThe birthday “is a number that makes you stop,” the Morning Call host tells reporters at her home. “I'm embracing it!”",
			[]want{{"is a number that makes you stop,", "Dana Whitfield", Partial, ""}, {"I'm embracing it!", "Dana Whitfield", Full, ""}}},
		{"an award winner",
			"Dana Whitfield has hosted the show for ten years.\n\n“I never take a day off,” says the Emmy winner. “That was pressure I put on myself.”",
			[]want{{"I never take a day off,", "Dana Whitfield", Full, ""}, {"That was pressure I put on myself.", "Dana Whitfield", Full, ""}}},
		{"a team's abbreviated position",
			"Brett Farlow is back for a 20th season.\n\nThe Chicago Bears QB said Wednesday that the loss haunted him.\n\n-- The QB said he “could go either way” but the team won him over. “I think we can win it all.”",
			[]want{{"could go either way", "Brett Farlow", Partial, ""}, {"I think we can win it all.", "Brett Farlow", Full, ""}}},
		{"an abbreviated award",
			"Brett Farlow said records were not a factor.\n\n“I've done it all,” the three-time NFL MVP said. “There's nothing left for me to prove.”",
			[]want{{"I've done it all,", "Brett Farlow", Full, ""}, {"There's nothing left for me to prove.", "Brett Farlow", Full, ""}}},
	})
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

// A written text's words are its author's: the one who "said in a
// report", the subject of a sentence that quotes it "according to a
// statement", and "the paper" is the newspaper the article named. Each
// text is written for this test (issue 20, sixth round).
func TestFindRound6Documents(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said in a report, then according to the report",
			"Bank jobs fell 8 percent, the Harbour Bankers Association said in a report Friday.\n\nLondon is losing ground, according to the report. “Uncertainty is hurting investment,” according to the report.",
			[]want{{"Uncertainty is hurting investment,", "Harbour Bankers Association", Full, ""}}},
		{"a person's words according to a statement",
			"U.N. envoy Mara Okonjo is “deeply concerned about the situation,” according to a statement. Conditions are “especially grave,” the statement said.",
			[]want{{"deeply concerned about the situation,", "Mara Okonjo", Partial, ""}, {"especially grave,", "Mara Okonjo", Partial, ""}}},
		{"the paper is the newspaper named",
			"North Korea's official newspaper blasted the South on Tuesday.\n\n“The drill is a provocation,” the Minju Sinbo said in a commentary.\n\nThe paper said that the exercise included a “stabilization maneuver” in recaptured areas.",
			[]want{{"The drill is a provocation,", "Minju Sinbo", Full, ""}, {"stabilization maneuver", "Minju Sinbo", Partial, ""}}},
	})
}

// "the lobby group", "the oil company": a generic organisation noun with
// plain modifiers is the organisation last named, as the bare noun is.
func TestFindRound6DescribedOrganisation(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the lobby group said in a report",
			"Two-thirds of Harbour Bankers Association members moved business abroad, the lobby group said in a report Friday.\n\n“Uncertainty is inhibiting investment,” according to the report.",
			[]want{{"Uncertainty is inhibiting investment,", "Harbour Bankers Association", Full, ""}}},
		{"the lobby group said",
			"Members of the Harbour Bankers Association met on Friday.\n\n“Uncertainty is inhibiting investment,” the lobby group said.",
			[]want{{"Uncertainty is inhibiting investment,", "Harbour Bankers Association", Full, ""}}},
	})
}

// A pull quote may abridge the words it repeats (the later quotation has
// an ellipsis where the pull quote runs on) and stand far from them, as
// magazine layouts place it: it is still the words of whoever says them
// there, not of a newspaper named just before it.
func TestFindRound6AbridgedPullQuote(t *testing.T) {
	text := "USAID spent $30 million in Nawa, according to the Tribune Gazette.\n\n" +
		"“My only wish is to show the public that in my case your money has not been wasted”\n\n" +
		strings.Repeat("“The roads were empty then,” recalls Abdul Rahimi, a trader. “Nobody came.”\n\n", 8) +
		"Karimi says he is heartbroken. “My only wish is to show the public that … in my case your money has not been wasted,” he says."
	res := Find(text)
	checkInvariants(t, text, res)
	if len(res.Quotes) != 18 {
		t.Fatalf("got %d quotations, want 18", len(res.Quotes))
	}
	if got := res.Quotes[0].Speaker; got != "Karimi" {
		t.Errorf("pull quote credited to %q, want Karimi (who says its words later)", got)
	}
}

// "one of the fighters", "one of the managers present": a source picked
// out of a group is named by its head, "one", and the group is its
// affiliation (the label convention: the phrase up to the head noun).
func TestFindRound6OneOfGroup(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"one of the fighters yelled",
			"Rebels gathered at the gate on Friday.\n\n“Go to the capital!” one of the fighters yelled in English.",
			[]want{{"Go to the capital!", "one", Full, "of the fighters"}}},
		{"one of the managers present said",
			"The founder told the staff they were no longer needed.\n\n“It hurt,” one of the project managers present said later. “We felt humiliated.”",
			[]want{{"It hurt,", "one", Full, "of the project managers present"}, {"We felt humiliated.", "one", Full, "of the project managers present"}}},
	})
}

// A title word that is also a given name ("Marshal", "Dean", "Earl")
// before a surname and an appositive that gives another role is the
// person's given name: "Dean Barker, a senior economist at…".
func TestFindRound6GivenNameTitles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"Marshal with an analyst's role",
			"Marshal Kogan, the chief retail analyst with the Harbor Group, sees the move as smart. “It makes sense,” he says.\n\n“Stores still matter,” Kogan said.",
			[]want{{"It makes sense,", "Marshal Kogan", Full, ""}, {"Stores still matter,", "Marshal Kogan", Full, ""}}},
		{"Dean with an economist's role",
			"Dean Barker, a senior economist at the Center for Policy, disagreed.\n\n“The data say otherwise,” Barker said.",
			[]want{{"The data say otherwise,", "Dean Barker", Full, ""}}},
		{"a dean's title stays a title",
			"Dean Ellen Barker of the law school spoke on Monday.\n\n“We will review the case,” Barker said.",
			[]want{{"We will review the case,", "Ellen Barker", Full, ""}}},
	})
}

// "Wiig smiles and says": a name and two verbs joined by "and" share the
// name as subject, also after a quotation by someone else in the same
// sentence.
func TestFindRound6SharedSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a name, a verb and says",
			"When she tells them she's in a movie, her mother will say, “Can we see it in theatres?” Dalberg smiles and says, “They're still getting used to it.”",
			[]want{{"Can we see it in theatres?", "her mother", Full, ""}, {"They're still getting used to it.", "Dalberg", Full, ""}}},
	})
}

// In a profile, "she says" goes to the woman the article quotes
// throughout, not to another woman it talks about who never speaks and
// who was introduced paragraphs before; a woman just introduced still
// takes it. Each text is written for this test (issue 20, sixth round).
func TestFindRound6ProfileSubject(t *testing.T) {
	profile := "Nora Quill arrived in the city with no contacts. “I was scared,” Quill says. “I had no résumé.”\n\n" +
		"The audition panel included Lorne Adler and Tessa Grove. “I thought, that's it,” Quill says. “Then they called.”\n\n" +
		"Quill joined the show in 2005. “It was a family,” she says.\n\n" +
		"Grove was the first female head writer and has written about the culture of the show, which she put to comic use. It was tough, she says, walking into a room where everyone knew each other: “Kind of like arriving late to a party.”"
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the profile's subject",
			profile,
			[]want{{"I was scared,", "Nora Quill", Full, ""}, {"I had no résumé.", "Nora Quill", Full, ""}, {"I thought, that's it,", "Nora Quill", Full, ""}, {"Then they called.", "Nora Quill", Full, ""}, {"It was a family,", "Nora Quill", Full, ""}, {"Kind of like arriving late to a party.", "Nora Quill", Full, ""}}},
		{"a woman just introduced",
			profile + "\n\nMaria Delgado, a neighbour, has lived next door for years. “She works all the time,” she says.",
			[]want{{"I was scared,", "Nora Quill", Full, ""}, {"I had no résumé.", "Nora Quill", Full, ""}, {"I thought, that's it,", "Nora Quill", Full, ""}, {"Then they called.", "Nora Quill", Full, ""}, {"It was a family,", "Nora Quill", Full, ""}, {"Kind of like arriving late to a party.", "Nora Quill", Full, ""}, {"She works all the time,", "Maria Delgado", Full, ""}}},
	})
}

// The profile rule leaves a person who has spoken in reported speech
// ("Whittaker adds that…") the pronoun after it.
func TestFindRound6ProfileReportedSpeaker(t *testing.T) {
	text := "Robots will map the radiation, says Rod Whitby, a robotics expert.\n\n" +
		"“The design is a rat's nest,” says Jack Dever. “It will take years.”\n\n" +
		"“It is not something for a month,” Dever says. “We need new cranes.”\n\n" +
		"Whitby adds that robots and people will share the work. “The nature of these operations is that they are patient,” he says."
	res := Find(text)
	checkInvariants(t, text, res)
	if n := len(res.Quotes); n != 5 || res.Quotes[4].Speaker != "Rod Whitby" {
		t.Errorf("got %+v, want the last quotation by Rod Whitby", res.Quotes)
	}
}

// "former Google engineer and Gmail inventor Paul Buchheit told…": two
// roles joined by "and" before a name after the quotation are the name's.
func TestFindRound6TwoRolesBeforeName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"two roles joined by and",
			"Larry Pike fired the managers in July.\n\n“I cannot think of anything people were ever so upset about,” former Vexa engineer and Mailbox inventor Paul Buckle told Edwards. “People had some sense of ownership.”",
			[]want{{"I cannot think of anything people were ever so upset about,", "Paul Buckle", Full, ""}, {"People had some sense of ownership.", "Paul Buckle", Full, ""}}},
	})
}

// "the rebel in Zawiya said", "said another fighter at Ras Lanouf, Omar
// Salem, a veteran": a person noun before a place is the speaker (the
// place is where the person is), and a name after it is the person's.
func TestFindRound6PersonAtPlace(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the rebel in a town",
			"Shelling went on all day, one rebel in Zawara said by telephone.\n\n“The number of people killed is so big,” the rebel in Zawara said.",
			[]want{{"The number of people killed is so big,", "one rebel", Full, ""}}},
		{"another fighter at a place, then his name",
			"Fighting went on near the port.\n\n“They just follow orders,” said another fighter at Ras Kamal, Omar Salem, an 11-year veteran of the army.",
			[]want{{"They just follow orders,", "Omar Salem", Full, ""}}},
	})
}

// "Connie Seacrest … works with Seacrest's younger sister": a bare
// possessive surname in the sentence that introduces a namesake is the
// other person of that name, so a later bare "Seacrest" stays the
// article's subject.
func TestFindRound6NamesakeOwner(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the mother and the son",
			"Then there's Ryan Castell, who turns 40 in December.\n\n“I'm happy he's come to that point,” says Connie Castell, an Atlanta homemaker, who works with her husband and Castell's younger sister Meredith at the family foundation.\n\n“Someday I'd like that,” says Castell, who is dating a model.",
			[]want{{"I'm happy he's come to that point,", "Connie Castell", Full, ""}, {"Someday I'd like that,", "Ryan Castell", Full, ""}}},
	})
}

// A related-story line ("BRAD CHILDRESS: Coach says …", no final stop, no
// quotation) is no narration: its names are no antecedents for the
// pronoun of the next quotation.
func TestFindRound6RelatedLinkLine(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a capitals label and a colon",
			"Farlow, wearing a new hat, said winning was the factor that drew him back.\n\nFarlow described months of indecision. But he said the questions haunted him.\n\nBRAD CHILLMAN: Coach says players could convince Farlow to return in person\n\n\"I'd love to win the Super Bowl,\" he said, \"but what happens if you don't?\"",
			[]want{{"I'd love to win the Super Bowl,", "Farlow", Full, ""}, {"but what happens if you don't?", "Farlow", Full, ""}}},
	})
}

// The speaker named after the quotation: an outlet's writer ("writes The
// Washington Post's Chris Mooney") and a name with a long appositive
// before "told" ("Jeremy Lim, co-director of … at the National University
// of Singapore, told HuffPost").
func TestFindRound6NamedAfter(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an outlet's writer",
			"The decision shows the rest of the world that the president is “willing to pull out all the stops on climate,” writes The Daily Ledger's Chris Moody.",
			[]want{{"willing to pull out all the stops on climate,", "Chris Moody", Partial, ""}}},
		{"a long appositive before told",
			"Still, experts believe other countries could learn from the island’s experience.\n\n“Our methods are designed to meet our needs, but others should distill the core principles,” Jeremy Lam, co-director of the Leadership Institute for Global Health Transformation at the National University of Lagos, told reporters this week.",
			[]want{{"Our methods are designed to meet our needs, but others should distill the core principles,", "Jeremy Lam", Full, ""}}},
	})
}

// An organisation's name is given without the capitalised "The" that
// opens it in the middle of a sentence ("drinking hole The Idle Hour"),
// as gold files and the convention for "Global Times" have it.
func TestFindRound6OrganisationWithoutThe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a pub named with The",
			"Popular drinking hole The Copper Kettle will be closing, and has said it's “highly unlikely” to be back in three weeks.",
			[]want{{"highly unlikely", "Copper Kettle", Partial, ""}}},
	})
}

// "the guy" (a colloquial "the man") refers back to the man just
// described ("one man with a neatly trimmed beard"), as "the man" does.
func TestFindRound6TheGuy(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the guy and the man",
			"People recognize Karimi at once. That's the reason one man with a trimmed beard approaches the car and leans in to chat. Karimi curses under his breath.\n\n“I have bought 100 SIM cards but no one buys,” says the guy, a retailer. Karimi tells him to be patient.\n\n“Will you come back for lunch?” the man asks.",
			[]want{{"I have bought 100 SIM cards but no one buys,", "one man", Full, ""}, {"Will you come back for lunch?", "one man", Full, ""}}},
	})
}

// "Williams, 58, who was behind bars …, said": the age between the name
// and its relative clause does not hide the name.
func TestFindRound6AgeBeforeRelative(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an age and a relative clause",
			"A Columbus Herald reporter noticed Ted Wilkes's sign.\n\n\"So I go out and I give packages of socks,\" Wilkes, 58, who was behind bars dozens of times before cleaning up his life, said.",
			[]want{{"So I go out and I give packages of socks,", "Ted Wilkes", Full, ""}}},
	})
}

// "Ms Khairunisa's father, Haidar Fauzi," (a patronymic family name): a
// relative whose name is part of the other person's is someone else.
func TestFindRound6RelativeInsideName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a father named inside his daughter's name",
			"Among the bodies was trainee flight assistant Rahmawati Surya Wijaya. Ms Rahmawati’s father, Surya Wijaya, has said: “This is what we expected.”",
			[]want{{"This is what we expected.", "Surya Wijaya", Full, ""}}},
	})
}

// "X said in a statement" names the author of that statement only: an
// earlier statement the article quotes stays unattributed.
func TestFindRound6LaterStatementIsAnother(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a later statement by a named body",
			"The ministry issued a joint statement, which said the parties “reaffirm their commitment to free passage”.\n\n“The talks will continue,” the Vell Fisheries Council said in a statement.",
			[]want{{"reaffirm their commitment to free passage", "a joint statement", Partial, ""}, {"The talks will continue,", "Vell Fisheries Council", Full, ""}}},
	})
}

// "epidemiologists at the Harvard School of Public Health described … as
// the “…”": an occupation noun (-logist, -icist, -ician) heads the phrase,
// the institution after "at" is its affiliation.
func TestFindRound6OccupationHead(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"epidemiologists at a school",
			"A few weeks earlier, epidemiologists at the Harvard School of Public Health described the island's approach as the “gold standard of near-perfect detection.”",
			[]want{{"gold standard of near-perfect detection.", "epidemiologists", Partial, ""}}},
	})
}

// "Vikings coach Brad Childress … declined to address it other than to
// say “…”": a team's name before a lower-case title belongs to the name
// after it; the person is the sentence's subject, not the team.
func TestFindRound6TeamBeforeTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a team before a title and a name",
			"The Minnesota Norsemen signed him on Tuesday.\n\nNorsemen coach Brad Chilton also declined to address it other than to say “we have got a great, great owner.”",
			[]want{{"we have got a great, great owner.", "Brad Chilton", Partial, ""}}},
	})
}

// "the North" after "North Korea" is that country, as "the South" is
// South Korea: a bare compass word names the country the text named
// with it.
func TestFindRound6CompassShortForm(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the North for North Korea",
			"North Korea's official newspaper blasted the drill on Tuesday.\n\nEarlier last week, the North warned that talks won't resume unless the South offers a “plausible excuse” for the exercise.",
			[]want{{"plausible excuse", "North Korea", Partial, ""}}},
	})
}

// "the South" after "South Carolina" stays the region.
func TestFindRound6CompassRegion(t *testing.T) {
	res := Find("South Carolina votes on Saturday.\n\nThe South has long been “the firewall,” the South said, according to the campaign.")
	for _, q := range res.Quotes {
		if q.Speaker == "South Carolina" {
			t.Errorf("the South credited to South Carolina: %+v", q)
		}
	}
}

// "Page would grow animated, and Schmidt would shut him down, saying,
// “…”": the participle hangs on the clause right before it, after "and".
func TestFindRound6ParticipleAfterAnd(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the second clause's subject says it",
			"Larry Pike ran the meetings with Eric Schmitt.\n\nOn occasion, Pike would grow more animated, and Schmitt would carefully shut him down, saying, “We heard you, Larry. Thank you.”",
			[]want{{"We heard you, Larry. Thank you.", "Eric Schmitt", Full, ""}}},
	})
}
