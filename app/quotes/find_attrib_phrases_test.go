package quotes

import "testing"

// Tests of the shape of a speaker phrase: appositives, roles and
// descriptions around the speaker's name (attrib_phrases.go, attrib.go).
// Each text is written for its test.

// A bracketed party tag between a name and its appositive.
func TestFindRound4PartyTagAppositive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"WSJ style party tag",
			"“More people believe in ghosts than in this plan,” U.S. Rep. Kevin Marsh (R., Calif.), a member of the House leadership, said Sunday.",
			[]want{{"More people believe in ghosts than in this plan,", "Kevin Marsh", Full, "a member of the House leadership"}}},
		{"AP style party tag",
			"“This is not the answer,” Sen. Ana Ruiz (D-N.M.), the committee's chairwoman, said Tuesday.",
			[]want{{"This is not the answer,", "Ana Ruiz", Full, ""}}},
	})
}

// A politician's "Party of Place" appositive before a who-clause: the
// politician speaks, whatever the place.
func TestFindRound4PartyOfPlace(t *testing.T) {
	for _, pl := range []string{"South Carolina", "New Hampshire", "West Virginia", "Costa Rica", "Sri Lanka",
		"Puerto Rico", "Burkina Faso", "Rio de Janeiro", "New South Wales", "San Diego"} {
		text := "“We cannot support it,” said Senator Mark Dunn, Republican of " + pl + ", who added that the vote was “a grave error” in any case."
		res := Find(text)
		if len(res.Quotes) != 2 || res.Quotes[1].Speaker != "Mark Dunn" {
			t.Errorf("%s: got %+v, want Mark Dunn", pl, res.Quotes)
		}
	}
}

// Who speaks when the sentence names several candidates: an organisation
// referred back to by its own head noun, a pull quote repeating words a
// named person says later, the owner in a fronted phrase for the pronoun
// after it, a long unquoted tail before the closing attribution, the
// person told something (no speaker), a place word modifying a role, and
// an unnamed source after an inverted verb. Each text is written for this
// test (issue 20, fifth round).
func TestFindRound5Speakers(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the court is the court named, not the company the ruling is about",
			"On Friday the Ninth District Court of Appeal ruled that Vendia must pay for the fire. Vendia had argued that it only hosted the listing.\n\n“Vendia placed itself in the chain of sale,” explained the court in its ruling.",
			[]want{{"Vendia placed itself in the chain of sale,", "Ninth District Court of Appeal", Full, ""}}},
		{"the appeals court is the court named",
			"The Ninth Circuit Court of Appeals ruled on Monday that Vendia must pay. Vendia had argued it only hosted the listing.\n\n“The law is clear,” the appeals court said.",
			[]want{{"The law is clear,", "Ninth Circuit Court of Appeals", Full, ""}}},
		{"the group is the organisation last named, not one called a group",
			"Analysts at Eurasia Group expect a truce. Hamas rejected the plan on Monday.\n\n“We will not disarm,” the group said.",
			[]want{{"We will not disarm,", "Hamas", Full, ""}}},
		{"the ruling is the court's",
			"The Ninth Circuit Court of Appeals ruled on Monday that Vendia must pay. Vendia had argued it only hosted the listing.\n\n“Vendia placed itself in the chain of sale,” the ruling said.",
			[]want{{"Vendia placed itself in the chain of sale,", "Ninth Circuit Court of Appeals", Full, ""}}},
		{"a pull quote is said by whoever says its words later",
			"Half the clinics have closed, according to the Health Ministry.\n\n“We ran out of water.”\n\n“For days we warned about the pumps,” Dr. Lena Ortiz, the director of the clinic, said. “Now we ran out of water.”",
			[]want{{"We ran out of water.", "Lena Ortiz", Full, ""}, {"For days we warned about the pumps,", "Lena Ortiz", Full, ""}, {"Now we ran out of water.", "Lena Ortiz", Full, ""}}},
		{"the owner in a fronted phrase is the pronoun after it",
			"Nesma Hajjaj gave birth two weeks early.\n\nSherine Abed, a doctor at the hospital, said the ward was full. “Families cannot reach their children,” she said.\n\nIn Hajjaj’s case, she decided to stay. “I am afraid of losing him,” she continued.",
			[]want{{"Families cannot reach their children,", "Sherine Abed", Full, ""}, {"I am afraid of losing him,", "Nesma Hajjaj", Full, ""}}},
		{"a long tail of the quoted sentence before its attribution",
			"Bill Ruiz is an engineer who testifies on utility matters.\n\nIn particular, Grid West said two plants shut down on Friday.\n\n“It makes for a good story” if you ignore how many plants sat idle all week, Mr. Ruiz said.",
			[]want{{"It makes for a good story", "Bill Ruiz", Full, ""}}},
		{"the outlet told is no speaker",
			"Ann Lowe runs the shop. Lowe spoke with Harbor Business on Friday.\n\n“We are stumped,” she told Harbor Business.\n\n“We buy as much as we can.”",
			[]want{{"We are stumped,", "Ann Lowe", Full, ""}, {"We buy as much as we can.", "Ann Lowe", Full, ""}}},
		{"a place word modifying the role keeps a person a person",
			"“It looks suspicious,” said Jeff Moller, a city councilman in Brevard.\n\n“It was very rude to the others,” Moller said.",
			[]want{{"It looks suspicious,", "Jeff Moller", Full, ""}, {"It was very rude to the others,", "Jeff Moller", Full, ""}}},
		{"an unnamed source after an inverted verb is the speaker",
			"Rep. Mark Walker is retiring.\n\n“Meadows let everybody down,” said one GOP operative in the state. “The rest are furious.”",
			[]want{{"Meadows let everybody down,", "one GOP operative", Full, ""}, {"The rest are furious.", "one GOP operative", Full, ""}}},
	})
}

// The person an appositive or a possessive phrase describes speaks, not the
// organisation, relative or interviewer named inside it. Each text is
// written for this test (issue 20, fifth round).
func TestFindRound5Appositives(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an organisation in the appositive before a relative clause",
			"Prof Ada Quell, director of the Centre for Transit Safety at Harlow University, who is leading the review, says: “Opening the line now is reckless.”",
			[]want{{"Opening the line now is reckless.", "Ada Quell", Full, ""}}},
		{"the owner's lawyer named in apposition",
			"Angela Vorn bought the heater online.\n\nVorn’s lawyer, Jeremy Sall, had a shorter statement after the ruling. “It is impossible to overstate this ruling.”",
			[]want{{"It is impossible to overstate this ruling.", "Jeremy Sall", Full, ""}}},
		{"a capitalised title in apposition names the role",
			"Prince Hal and Mira, Duchess of Avon, gave a long interview.\n\n“We were very happy,” Hal said.\n\nThe duchess also said that she called an old friend of Hal's mother, Princess Edda. “I did not know who to turn to,” she said.",
			[]want{{"We were very happy,", "Hal", Full, ""}, {"I did not know who to turn to,", "Mira", Full, ""}}},
		{"the one asked declines, not the asker",
			"Prince Hal gave his first interview to Dana Crewe.\n\n“That conversation, I will never share,” Hal added.\n\nWhen Crewe asked if he could name the relative, he declined, saying “I am not comfortable with that.”",
			[]want{{"That conversation, I will never share,", "Hal", Full, ""}, {"I am not comfortable with that.", "Hal", Full, ""}}},
		{"a gerund opening the sentence is no given name",
			"Prince Hal said the garden had helped.\n\nTaking Archie outside is his favourite thing, he said. “The highlight for me is the bicycle.”",
			[]want{{"The highlight for me is the bicycle.", "Hal", Full, ""}}},
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

// An organisation's name, lower-case words of role and a person's name
// before the verb ("Greenpeace Japan anti-whaling campaigner Sakyo Noda
// said") are one subject: the person speaks, of the organisation, and
// "he said" next is that person, not the organisation. Each text is
// written for this test (issue 20, seventh round).
func TestFindRound7OrgRoleName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an organisation and a place, a hyphenated role, a name, then he",
			"Greenpeace said on Friday that activists had placed a banner against the hull.\n\n“There is growing concern about this fake science,” Greenpeace Japan anti-whaling campaigner Sakyo Noda said.\n\n“For the past week we've stopped the whaling,” he said.",
			[]want{{"There is growing concern about this fake science,", "Sakyo Noda", Full, ""}, {"For the past week we've stopped the whaling,", "Sakyo Noda", Full, ""}}},
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

// "X from Natural Justice in Cape Town says": a body named like a person,
// after a link word, and a place after it are the speaker's affiliation;
// the place is no speaker. Each text is written for this test (issue 20,
// tenth round).
func TestFindRound10PersonFromBodyInPlace(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a body named like a person",
			"Officials met in June.\n\nMara Lind from Fair Water in Lusaka says: “We demand full disclosure of the deals signed at the summit.”",
			[]want{{"We demand full disclosure of the deals signed at the summit.", "Mara Lind", Full, "from Fair Water in Lusaka"}}},
	})
}

// "Fellow protester, mechanical engineer Ann Weir, 60, from Tynemouth,
// said": the person named after lower-case role words in the appositive
// speaks, the phrase before it is the affiliation. Each text is written
// for this test (issue 20, tenth round).
func TestFindRound10RoleThenNameAppositive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"with an age and a home town",
			"Two people were arrested.\n\nFellow protester, mechanical engineer Petra Dunmore, 60, from Alnwick, said: “I started my career in the shipyards and I watched the collapse of manufacturing.”",
			[]want{{"I started my career in the shipyards and I watched the collapse of manufacturing.", "Petra Dunmore", Full, "Fellow protester"}}},
		{"role words and a name only",
			"Two people were arrested.\n\nAnother marcher, retired nurse Ann Colby, said: “I started my career in the mines.”",
			[]want{{"I started my career in the mines.", "Ann Colby", Full, "Another marcher"}}},
	})
}

// "X, a former police officer who responded said: “…”": an appositive
// ending in a relative clause without its closing comma describes the
// person named before it, who speaks. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10NameBeforeRelativeAppositive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an appositive with a relative clause",
			"The house was searched in March.\n\nDavid Marwick, a former police officer who responded said: “She told a strange tale of being held in the basement.”",
			[]want{{"She told a strange tale of being held in the basement.", "David Marwick", Full, ""}}},
	})
}

// "“…,” Ana Soto, CEO of Blue Prism, told reporters": an appositive
// opening with a capitalised title or its capitals ("VP analyst at
// Gartner") after the name; the name speaks. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10CapitalTitleAppositive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"CEO of",
			"Prices rose on Monday across the sector.\n\n“We also sell consulting,” Ana Soto, CEO of Blue Prism, told reporters.",
			[]want{{"We also sell consulting,", "Ana Soto", Full, "CEO of Blue Prism"}}},
		{"VP analyst at",
			"Prices rose on Monday across the sector.\n\n“RPA can mimic human actions,” Saikat Rao, VP analyst at Gartner, explained to reporters.",
			[]want{{"RPA can mimic human actions,", "Saikat Rao", Full, "VP analyst at Gartner"}}},
	})
}

// "Ole Brandt, chief executive of Acme Widgets said": an appositive that
// lacks its closing comma gives the person's role and body; the person
// speaks, not the body before the verb. Each text is written for this
// test (issue 20, eleventh round).
func TestFindRound11RoleOfOrgAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"chair of an association said, no closing comma",
			"The Harbour Council Association has described the violence as “deplorable”.\n\nCllr Mara Lint, Chair of the Harbour Council Association said: “The unrest and violence we have seen around the country has been deplorable.”",
			[]want{{"deplorable", "Harbour Council Association", Partial, ""}, {"The unrest and violence we have seen around the country has been deplorable.", "Mara Lint", Full, "Chair of the Harbour Council Association"}}},
		{"chief executive of a company said",
			"The plant burned down on Sunday.\n\nOle Brandt, chief executive of Acme Widgets said: “We will rebuild the plant by spring.”",
			[]want{{"We will rebuild the plant by spring.", "Ole Brandt", Full, "chief executive of Acme Widgets"}}},
		{"a fronted place is no person",
			"The plant burned down on Sunday.\n\nIn Harbourton, the chief executive of Acme Widgets said: “We will rebuild the plant by spring.”",
			[]want{{"We will rebuild the plant by spring.", "Acme Widgets", Full, "chief executive of"}}},
	})
}

// "said Orlan’s neighbor, Tobin Marsh": after an inverted verb, a relation
// noun (neighbour, friend, kin) followed by a name is that name's
// description; the name speaks. Each text is written for this test (issue
// 20, twelfth round).
func TestFindRound12RelationThenName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"neighbour then name and who",
			"The boy died in May.\n\n“I know the parent wouldn’t mean for it to happen,” said Orlan-Vasquez’s neighbor, Tobin Marsh, who said he once had a drug problem himself. “It only takes one little thing.”",
			[]want{{"I know the parent wouldn’t mean for it to happen,", "Tobin Marsh", Full, ""}, {"It only takes one little thing.", "Tobin Marsh", Full, ""}}},
		{"cousin then name",
			"The boy died in May.\n\n“He loved the sea,” said the boy’s cousin, Ada Brenn.",
			[]want{{"He loved the sea,", "Ada Brenn", Full, ""}}},
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

// "Dario Venn, Senior Manager, Talent Acquisition, Corvex Networks, says":
// a person's name, capitalised titles and the employer's name before the
// verb; the person speaks, whatever the employer's name looks like. Each
// text is written for this test (issue 20, fifteenth round).
func TestFindRound15TitleChainSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name, title, department, employer, says",
			"The start-up also sells a test for web developers.\n\nDario Venn, Senior Manager, EMEA Talent Acquisition, Corvex Networks, says, \"The tool is a vital part of our hiring.\"",
			[]want{{"The tool is a vital part of our hiring.", "Dario Venn", Full, "Senior Manager, EMEA Talent Acquisition, Corvex Networks"}}},
		{"name, title, employer, said",
			"Orders rose again in March.\n\nHelga Marsh, Vice President, Tollan Brothers, said: “We could not keep up with demand.”",
			[]want{{"We could not keep up with demand.", "Helga Marsh", Full, "Vice President, Tollan Brothers"}}},
	})
}

// "said the firm’s senior vice-president for global public policy Omar
// Teague": a title, its office in lower case after "for" or "of", then
// the name of the one who holds it; the name speaks, the rest is the
// affiliation. Each text is written for this test (issue 20, fifteenth
// round).
func TestFindRound15OfficeHolderAfterTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"vice-president for … Name, would “…”",
			"Several large companies back the new safety group.\n\nThis, said the firm’s senior vice-president for global public policy Omar Teague, would “enable the development of tools that labs can use.”",
			[]want{{"enable the development of tools that labs can use.", "Omar Teague", Partial, "the firm’s senior vice-president for global public policy"}}},
		{"“…,” said the agency's director of field operations Name.",
			"Inspections will double next year.\n\n“We have hired forty new staff,” said the agency’s director of field operations Lena Marsh.",
			[]want{{"We have hired forty new staff,", "Lena Marsh", Full, "the agency’s director of field operations"}}},
	})
}

// A described source followed by what it is doing ("said a passenger
// leaning out of a van") is named up to its noun: the participle and its
// particle are no part of the speaker.
func TestFindRound16aParticipleAfterHead(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"participle and particle before a preposition",
			"The convoy stopped at the bridge. “Turn around, the road is closed!” shouted a passenger leaning out of the second truck.",
			[]want{{"Turn around, the road is closed!", "a passenger", Full, ""}}},
		{"participle before a preposition",
			"Traffic backed up for a mile. “We have been here since noon,” said a cyclist waiting at the barrier.",
			[]want{{"We have been here since noon,", "a cyclist", Full, ""}}},
	})
}

// "“…,” Maria Colby, senior policy adviser at Bread First, told
// reporters": an appositive may open with two lower-case modifiers before
// its role noun, and the person named before it speaks, not the group the
// paragraph before described. Each text is written for this test (issue
// 20, nineteenth round).
func TestFindRound19aAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"two modifiers before the role",
			"Ahead of the vote, aid groups were warning against dropping the coalition from the list.\n\n\"Every group working on hunger in the region would be deeply disappointed if the party is removed again,\" Maria Colby, senior policy adviser at Bread First, told reporters from London.\n\n\"All sides have shown a complete disregard for the safety of civilians.\"",
			[]want{
				{"Every group working on hunger in the region would be deeply disappointed if the party is removed again,", "Maria Colby", Full, "senior policy adviser at Bread First"},
				{"All sides have shown a complete disregard for the safety of civilians.", "Maria Colby", Full, ""},
			}},
	})
}

// A US party-state tag printed without its brackets after a name ("Rep.
// Dana Whitlock R-North Carolina", "Sen. Lou Ferrante D-Calif.") is no part
// of the name, and the appositive after it still describes the person.
// Each text is written for this test (issue 20, nineteenth round).
func TestFindRound19aParty(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"tag with a two-word state",
			"The vote on the farm bill slipped to next week, leaders said.\n\nThe delay came as a surprise to Rep. Dana Whitlock R-North Carolina, who chairs the rural caucus.\n\n\"We had the votes on Tuesday and we still have them,\" Whitlock said.",
			[]want{
				{"We had the votes on Tuesday and we still have them,", "Dana Whitlock", Full, ""},
			}},
		{"tag before an appositive",
			"The vote on the farm bill slipped to next week, leaders said.\n\nSen. Lou Ferrante D-Oregon, a sponsor of the bill, said the delay \"will cost growers a whole season.\"\n\n\"Nobody in my state can plant on a promise,\" Ferrante said.",
			[]want{
				{"will cost growers a whole season.", "Lou Ferrante", Partial, "a sponsor of the bill"},
				{"Nobody in my state can plant on a promise,", "Lou Ferrante", Full, ""},
			}},
		{"abbreviated state",
			"Rep. Mia Caldera D-Calif. said the plan would \"leave the valley's farmers with nothing at all.\"",
			[]want{
				{"leave the valley's farmers with nothing at all.", "Mia Caldera", Partial, ""},
			}},
	})
}

// "Marta Frey, a geneticist at Rockefeller University, who also was not
// involved in the study, said, “…”": a relative clause set off after an
// appositive leaves the appositive before it; the name it describes
// speaks. The text is written for this test (issue 20, twenty-first
// round).
func TestFindRound21bApposThenWho(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"appositive, who clause, said",
			"\"This is really interesting,\" said Dana Ollis, a geneticist at the University of Leeds who was not involved in the study.\n\nMarta Frey, a geneticist at Rockefeller University, who also was not involved in the study, said, \"It is another piece in a very important puzzle.\"",
			[]want{{"This is really interesting,", "Dana Ollis", Full, ""},
				{"It is another piece in a very important puzzle.", "Marta Frey", Full, ""}}},
	})
}

// "A source close to Mr Harwick said": a role tied by a post-adjective to
// the person named after it speaks for itself, as "a spokesman for" does;
// the person is whom it talks about, and "The source added" goes on being
// the source. The text is written for this test (issue 20, round 22b).
func TestFindRound22bSourceCloseTo(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"source close to a named man",
			"Last night Tom Harwick broke ranks with Mr Bell over the plan.\n\nMr Harwick said: “I am proud of the work the council has done.”\n\nThe council has refused to join the scheme.\n\nA source close to Mr Harwick said: “We are one of the most generous towns in the county and Tom believes we have a duty to help.”\n\nThe source added: “The council has been the most generous in the region and it would be self-defeating to look mean.”",
			[]want{{"I am proud of the work the council has done.", "Tom Harwick", Full, ""},
				{"We are one of the most generous towns in the county and Tom believes we have a duty to help.", "A source", Full, ""},
				{"The council has been the most generous in the region and it would be self-defeating to look mean.", "A source", Full, ""}}},
		{"aide familiar with a named woman",
			"Ann Lisle spoke at the rally.\n\n“She will not back down,” an aide familiar with Ms Lisle said.",
			[]want{{"She will not back down,", "an aide", Full, ""}}},
	})
}

// "“…,” said Mara's OB-GYN, Ann Cole of Lakeside Hospital", "said her
// surgeon, Tom Reyes": after an inverted verb, an owner and what it has,
// then a comma and a person's name, is that person with the phrase as the
// affiliation, whatever the noun; neither the owner nor the phrase speaks.
// The texts are written for this test (issue 20, twenty-fourth round).
func TestFindRound24bOwnedAppositive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a named owner and a capitalised noun",
			"Mara Quist fell ill in May.\n\n" +
				"\"My heart sank during the operation,\" said Mara's OB-GYN, Ann Cole of Lakeside Hospital in Dunmore.",
			[]want{{"My heart sank during the operation,", "Ann Cole", Full, ""}}},
		{"a named owner and a noun missing from the role lists",
			"Mara Quist fell ill in May.\n\n" +
				"\"Then it was over,\" said Mara's surgeon, Tom Reyes.",
			[]want{{"Then it was over,", "Tom Reyes", Full, ""}}},
		{"a possessive pronoun",
			"Mara Quist fell ill in May.\n\n" +
				"\"Then it was over,\" said her surgeon, Tom Reyes, who led the team.",
			[]want{{"Then it was over,", "Tom Reyes", Full, ""}}},
	})
}

// A name that ends an inverted clause after its quotation behind a
// description of its holder speaks, whatever shape the description takes
// (roles joined by "and" after "wrote", a work's title before its
// co-creator, a quoted epithet); a dash credit line may name its person
// behind such a description. The texts are written for this test (issue
// 20, twenty-sixth round).
func TestFindRound26bDescribed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"roles joined after wrote",
			"The launch of the app failed on Monday. Dana Pell claimed the failure was an attack.\n\n“The app is broken,” wrote professor and attorney Tom Baxter. “It is a mess.”",
			[]want{
				{"The app is broken,", "Tom Baxter", Full, ""},
				{"It is a mess.", "Tom Baxter", Full, ""},
			}},
		{"a title joined by and before a co-creator",
			"The launch of the app failed on Monday. Dana Pell claimed the failure was an attack.\n\n“All you can hear is breathing,” quipped Salt and Vinegar co-creator Rob Denman.",
			[]want{
				{"All you can hear is breathing,", "Rob Denman", Full, ""},
			}},
		{"a quoted epithet before the name",
			"The launch of the app failed on Monday. Dana Pell claimed the failure was an attack.\n\n“So the interview crashed?” wrote self-described ‘town crier’ Jeff Tidwell.",
			[]want{
				{"So the interview crashed?", "Jeff Tidwell", Full, ""},
				{"town crier", "Jeff Tidwell", Partial, ""}, // a self-description is his (round 26c)
			}},
		{"a dash credit naming its person behind a description",
			"Minister Julia Fenton said the guard had been shot.\n\n“Most of the old town is in lockdown.”\n\n- Halden police Constable Marc Sorel.",
			[]want{
				{"Most of the old town is in lockdown.", "Marc Sorel", Full, ""},
			}},
	})
}

// A party-state tag whose state takes two words ("D-New Jersey") sits
// between a name and its verb as "R-Iowa" does. The text is written for
// this test (issue 20, twenty-seventh round).
func TestFindRound27bParty(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a two-word state",
			"The governor was to meet his aides later in the day, according to Hughes.\n\n“I want somebody to win,” Sen. Rob Tolland, D-New Jersey, said. “Think of the country.”",
			[]want{
				{"I want somebody to win,", "Rob Tolland", Full, ""},
				{"Think of the country.", "Rob Tolland", Full, ""},
			}},
		{"a two-word state without a title",
			"The governor was to meet his aides later in the day, according to Hughes.\n\n“I want somebody to win,” Rob Tolland, R-South Carolina, said.",
			[]want{
				{"I want somebody to win,", "Rob Tolland", Full, ""},
			}},
	})
}

// A descriptor before or beside a name is split off it: a capitalised
// role opening an appositive ("Head of Humanitarian Policy at …"), a bare
// role before a relative clause, roles before a name after a quotation
// with a parenthesis before the verb, a body's name in the title before a
// person's, and a name after "a" in apposition to a person are no
// speakers. The texts are written for this test (issue 20, round 28).
func TestFindRound28DescriptorBeforeName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a capitalised role opens the appositive",
			"“We are worried about the children,” Ann Rowe, Head of Humanitarian Policy at Save the Kids, said: “Starving a town is a crime.”",
			[]want{
				{"We are worried about the children,", "Ann Rowe", Full, ""},
				{"Starving a town is a crime.", "Ann Rowe", Full, ""},
			}},
		{"a bare role before a relative clause",
			"Tom Keever, chairman of the Police Union of Kent and Essex, which represents officers, said the move showed the “vital role” of the weapons.",
			[]want{{"vital role", "Tom Keever", Partial, ""}}},
		{"roles and a parenthesis after the quotation",
			"Ray Cole and Jan Hodd found the bones in Java.\n\n“The bones are huge,” said Jan Hodd.\n\n“Lizards and mammals lived side by side there,” co-author Prof Ray Cole, from the University of Iowa, told BBC News.",
			[]want{
				{"The bones are huge,", "Jan Hodd", Full, ""},
				{"Lizards and mammals lived side by side there,", "Ray Cole", Full, ""},
			}},
		{"a body's name in the title before a person",
			"The inquiry will look at abuse in state care.\n\nHowever, Male Survivors of Sexual Abuse manager Ken Clearbrook said the start was poor.\n\n“It is going to be complicated all the way through,” he said.",
			[]want{{"It is going to be complicated all the way through,", "Ken Clearbrook", Full, ""}}},
		{"a name after a in apposition",
			"Ben Corson is running for president.\n\nA Seventh-day Adventist, Corson entered politics after a speech at a prayer breakfast in 2013. In it he warned of “moral decay” in the country, he said.",
			[]want{{"moral decay", "Ben Corson", Partial, ""}}},
	})
}

// A bracketed acronym and a stray comma between a name and its verb are
// transparent. The text is written for this test (issue 20, round 28).
func TestFindRound28BracketCommaBeforeVerb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"acronym in brackets, then a comma",
			"The ministry said 10,000 officers would carry the weapons.\n\nBut the National Union of Teachers (NUT), described these figures as “misleading”.",
			[]want{{"misleading", "National Union of Teachers", Partial, ""}}},
	})
}

// Between a subject and its verb a parenthesis between dashes is
// transparent when it opens with a preposition, and names the speaker
// when it opens with the name of the one described before it; a party
// tag joined by "and" to a role opens an appositive; a relative clause
// after a place is the place's, not the subject's of the clause before
// ", and". The texts are written for this test (issue 20, round 28).
func TestFindRound28DashesTagsAndPlaces(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a dash parenthesis with a preposition",
			"“We will fight this,” said Colm Peters.\n\nThe Republicans — along with Reps. Dan Lipp (Ill.) and Colm Peters (Minn.) — argue “the clinics have a long history of violations” and give examples.",
			[]want{
				{"We will fight this,", "Colm Peters", Full, ""},
				{"the clinics have a long history of violations", "Republicans", Partial, ""},
			}},
		{"a party tag and a role",
			"Lawmakers met in April.\n\n“Our goal is to find the right reforms,” U.S. Rep. John Shimmer, R-Ill. and chairman of the Energy Subcommittee, said during the meeting.",
			[]want{{"Our goal is to find the right reforms,", "John Shimmer", Full, ""}}},
		{"a place's relative clause after , and",
			"Few leaders congratulated Vladimir Petrov, and the move put him at odds with close ally Germany, which called the vote “neither free nor fair” by any standard.",
			[]want{{"neither free nor fair", "Germany", Partial, ""}}},
	})
}

// "X, quoting “…,” said Y “…”": the parenthesis of a participle closed by
// its quotation's own comma stands between the subject and its verb, and
// the name after the verb opens the verb's quoted words. The text is
// written for this test (issue 20, round 28).
func TestFindRound28QuotingParenthesis(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"quoting, then said",
			"Moscow expelled the diplomat on Wednesday.\n\nKommersant, quoting “people who took part in the operation,” said Fogg “was trying to recruit an officer of the service.”",
			[]want{
				{"people who took part in the operation,", "Kommersant", Partial, ""},
				{"was trying to recruit an officer of the service.", "Kommersant", Partial, ""},
			}},
	})
}
