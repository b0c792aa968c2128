package quotes

import "testing"

// Titles the finder must strip from a name, in the abbreviated police,
// military and parliamentary forms of British, Caribbean and American copy,
// plural titles before a list of people, and middle initials. Each text is
// written for this test (issue 20, fourth round).
func TestFindRound4Titles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"Supt without a period after the full title",
			"Police spokesman Superintendent Marlon Reid said officers arrived within minutes.\n\nSupt Reid said two men fled on foot. “We are following several leads,” Supt Reid said.",
			[]want{{"We are following several leads,", "Marlon Reid", Full, ""}}},
		{"Insp. and Det. with periods",
			"Insp. Carla Moss and Det. Sgt. Ian Brook led the search.\n\n“The house was empty,” Det. Brook said. “We found nothing,” Insp. Moss said.",
			[]want{{"The house was empty,", "Ian Brook", Full, ""}, {"We found nothing,", "Carla Moss", Full, ""}}},
		{"Cpl and Cmdr",
			"Cmdr Ruth Hale and Cpl Owen Tate were on patrol.\n\n“It was quiet,” Cpl Tate said.",
			[]want{{"It was quiet,", "Owen Tate", Full, ""}}},
		{"plural title before a list of names",
			"The plan won over Senators Jon Avery and Mel Dunn of Ohio.\n\n“It is a good deal,” Avery said.",
			[]want{{"It is a good deal,", "Jon Avery", Full, ""}}},
		{"a middle initial is no sentence end and no title",
			"The rule was attacked by Washington lawyer Carter J. Hollis, who represented the chamber.\n\n“It goes too far,” Hollis said.",
			[]want{{"It goes too far,", "Carter J. Hollis", Full, ""}}},
	})
}

// A bare surname shared by relatives goes to the article's subject, not to
// a relative mentioned in passing.
func TestFindRound4Relatives(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a father named once",
			"Governor Ramon Velez has banned the march. “Order comes first,” Velez said.\n\nHis father, Luis Velez, ruled the province in the 1990s and was killed in 2004. The younger Velez now presents himself as his heir.\n\n“I will finish his work,” Velez said.",
			[]want{{"Order comes first,", "Ramon Velez", Full, ""}, {"I will finish his work,", "Ramon Velez", Full, ""}}},
		{"a relative alone keeps the surname",
			"The village mourned on Sunday. Her brother, Tomas Ruiz, spoke at the funeral.\n\n“She was kind to everyone,” Ruiz said.",
			[]want{{"She was kind to everyone,", "Tomas Ruiz", Full, ""}}},
	})
}

// A bare surname or a role description resolves to the person named with
// it, even when the surname is a common noun or a title.
func TestFindRound4SurnamesAndRoles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a surname that is also a title",
			"Mara Bell told morning show co-host Dana King she would vote early.\n\n“Why that candidate?” King asked Bell.\n\n“I keep hearing that,” King said.",
			[]want{{"Why that candidate?", "Dana King", Full, ""}, {"I keep hearing that,", "Dana King", Full, ""}}},
		{"an organisation's acronym and a title after the",
			"Officials must stay alert, warns Pan American Health Organization (PAHO) Director Rosa M. Lindqvist.\n\nThe PAHO Director also urged countries to keep testing “so we are not caught off guard.”",
			[]want{{"so we are not caught off guard.", "Rosa M. Lindqvist", Partial, ""}}},
		{"a party and a parliamentary acronym",
			"Tom Ashby warned on Monday that airports faced closures.\n\nSpeaking in the Commons, the Conservative MP said: “It does not need to be like this.”",
			[]want{{"It does not need to be like this.", "Tom Ashby", Full, ""}}},
		{"the former mayor, said more than once",
			"The race has drawn in billionaire Walter P. Greeve, who ran the city for 12 years.\n\nNo, the former mayor’s debut has not been smooth. Greeve has apologised for the policy.\n\nIn the speech, the former mayor argued that the police had to act “before the guns come out.”",
			[]want{{"before the guns come out.", "Walter P. Greeve", Partial, ""}}},
		{"a given name before an outlet's name that is a surname",
			"The ad was paid for by Michael Bloomberg, who defended it on Monday.\n\n“It tells the truth,” he said.",
			[]want{{"It tells the truth,", "Michael Bloomberg", Full, ""}}},
	})
}

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

// Who answers a question, and "in the words of" after a fragment.
func TestFindRound4Exchanges(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the one asked replies",
			"Judge Rena Holt was sworn in on Monday.\n\nAt a press conference, a reporter asked Holt, “What is the biggest problem in the courts?”\n\n“The biggest hurdle is getting people to listen,” she replied.",
			[]want{{"What is the biggest problem in the courts?", "a reporter", Full, ""}, {"The biggest hurdle is getting people to listen,", "Rena Holt", Full, ""}}},
		{"in the words of, after another clause of speech",
			"The law, the Workers Act, says a company could lose its licence for hiring illegal workers - a “death penalty,” in the words of lawyer Nia Okafor, who represented the chamber.",
			[]want{{"death penalty,", "Nia Okafor", Partial, ""}}},
	})
}

// Places and party labels in a politician's description.
func TestFindRound4PlacesAndParties(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a compass word and a name is a place, not the who-clause's speaker",
			"“We cannot support it,” said Senator Mark Dunn, Republican of North Dakota, who added that the vote was “a grave error” in any case.",
			[]want{{"We cannot support it,", "Mark Dunn", Full, ""}, {"a grave error", "Mark Dunn", Partial, ""}}},
		{"a party label with a state refers back to the politician",
			"Kemal once had “a short and pointless meeting” with Rep. Ann Ward, the chairwoman of the House Rules Committee, the Oregon Democrat said in a statement.",
			[]want{{"a short and pointless meeting", "Ann Ward", Partial, ""}}},
	})
}

// A verb of speech after a name after the quotation, and a straight
// opening mark typed with a space after it.
func TestFindRound4VerbsAndMarks(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"reminded ends the speaker's name",
			"Finance Minister Cara Bolt spoke in the Senate on Tuesday.\n\n\"What we would like to do is cut the demand for dollars in those areas.\" Bolt reminded senators that the ministry has added a tax on luxury goods.",
			[]want{{"What we would like to do is cut the demand for dollars in those areas.", "Cara Bolt", Full, ""}}},
		{"a space after an opening straight mark",
			"Finance Minister Cara Bolt said the rate would hold. She added, \" A devaluation will raise the cost of food across the board.\"",
			[]want{{"A devaluation will raise the cost of food across the board.", "Cara Bolt", Full, ""}}},
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

// A nickname someone "calls" a person is a name, not a quotation; what
// someone calls a thing is still speech.
func TestFindRound4Nicknames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"present-tense calls before a Title Case nickname",
			"The mayor has stepped up his trolling of the rival he calls “Little Tom.” Tom Reyes did not reply.",
			nil},
		{"calls it, still speech",
			"Governor Ana Ruiz calls it “a historic day for the state” and says more is coming.",
			[]want{{"a historic day for the state", "Ana Ruiz", Partial, ""}}},
	})
}

// Short quotations that someone's verb governs: an order after "telling X
// to", a fragment after "affirming that"; and a curly opener typed twice.
func TestFindRound4Recall(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"telling someone to, before another participle",
			"Judge Ana Ruiz tried to stop the speeches, telling his lawyer Tom Hale to “control your client” and threatening to clear the room.",
			[]want{{"control your client", "Ana Ruiz", Partial, ""}}},
		{"affirming that",
			"President Omar Lind has moved to boost the imams, affirming that they have “a special place” in society.",
			[]want{{"a special place", "Omar Lind", Partial, ""}}},
		{"an opener typed with its closer",
			"Before the hearing resumed, Tom Hale weighed in. “”This is a very unfair trial and I hope the public is watching,” he said.",
			[]want{{"This is a very unfair trial and I hope the public is watching,", "Tom Hale", Full, ""}}},
	})
}

// A participle after a main clause hangs on that clause's subject, not on
// a subordinate clause of speech before it.
func TestFindRound4ParticipleSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"although-clause, main clause, participle",
			"Although many residents have accused the police of abuse, Tom Hale brushes off the charges, blaming “people who want to smear the force.”",
			[]want{{"people who want to smear the force.", "Tom Hale", Partial, ""}}},
	})
}

// A verb of speech after ", and" shares the sentence's subject when no
// clause of speech comes before it.
func TestFindRound4CoordinatedVerb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"met …, and called",
			"Omar Haidari met with reporters Monday at his home in Tampa, and called the attack by his nephew, Ali Haidari, “the act of a coward.”",
			[]want{{"the act of a coward.", "Omar Haidari", Partial, ""}}},
	})
}

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

// A wire lede's described subject named at the start of the next paragraph.
func TestFindRound4LedeIdentity(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the father of, named next",
			"The father of the stadium gunman came to the U.S. decades ago and has made rambling videos, even once describing himself as the “rightful governor.”\n\nKarim Ali Nasser keeps a high profile online but is a mystery to officials.\n\n“I did not know,” Nasser said.",
			[]want{{"rightful governor.", "Karim Ali Nasser", Partial, ""}, {"I did not know,", "Karim Ali Nasser", Full, ""}}},
		{"the spokesman is not renamed",
			"“The plant will close,” the spokesman said on Monday.\n\nJohn Peel runs the union and will meet workers on Friday.",
			[]want{{"The plant will close,", "the spokesman", Full, ""}}},
	})
}

// Every title form, abbreviated or not, singular or plural, is stripped
// from the speaker's name.
func TestFindRound4TitleForms(t *testing.T) {
	singular := []string{"Supt", "Supt.", "Chief Supt", "Insp", "Insp.", "Det", "Det.", "Det. Insp.", "Sgt", "Cpl",
		"Const", "PC", "Constable", "Chief Constable", "Cmdr", "Capt", "Lt", "Lt.", "Col", "Maj", "Gen", "Adm",
		"Brig. Gen.", "Commissioner", "Director-General", "Cllr", "Hon.", "Prosecutor", "ASP", "DSP",
		"Mayor-elect", "Senator-elect", "Monsignor", "Referee", "Editor-in-Chief"}
	for _, title := range singular {
		text := "Police said " + title + " Marlon Quint led the search on Monday.\n\n“We found nothing,” " + title + " Quint said."
		res := Find(text)
		if len(res.Quotes) != 1 || res.Quotes[0].Speaker != "Marlon Quint" {
			t.Errorf("%s: got %+v, want one quotation by Marlon Quint", title, res.Quotes)
		}
	}
	plural := []string{"Senators", "Sens.", "Reps.", "Judges", "Justices", "Generals", "Detectives", "Officers",
		"Deputies", "Commissioners", "Councillors", "Lawmakers", "Professors", "Doctors"}
	for _, title := range plural {
		text := "The plan won over " + title + " Jon Avery and Mel Dunn of Ohio.\n\n“It is a good deal,” Avery said. “We agree,” Dunn said."
		res := Find(text)
		if len(res.Quotes) != 2 || res.Quotes[0].Speaker != "Jon Avery" || res.Quotes[1].Speaker != "Mel Dunn" {
			t.Errorf("%s: got %+v, want Jon Avery then Mel Dunn", title, res.Quotes)
		}
	}
}

// Role descriptions with modifiers refer back to the person the text is
// about: party labels, past offices, an organisation's acronym (WHO is
// the World Health Organization, not the pronoun).
func TestFindRound4RoleDescriptions(t *testing.T) {
	for _, role := range []string{"the former mayor", "the ex-president", "the then-governor", "the Labour MP",
		"the Tory MP", "the Democratic senator", "the veteran senator", "the Texas Republican", "the WHO chief",
		"the former Conservative minister", "the outgoing chairman"} {
		text := "Tom Ashby spoke in the chamber on Monday.\n\nThe crowd was large. Protesters gathered outside.\n\n“It does not need to be like this,” " + role + " said."
		res := Find(text)
		if len(res.Quotes) != 1 || res.Quotes[0].Speaker != "Tom Ashby" {
			t.Errorf("%s: got %+v, want Tom Ashby", role, res.Quotes)
		}
	}
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"WHO before a title",
			"“We are worried,” WHO Director-General Tedros Adhanom Ghebreyesus said.\n\n“Act now,” the WHO chief added.",
			[]want{{"We are worried,", "Tedros Adhanom Ghebreyesus", Full, ""}, {"Act now,", "Tedros Adhanom Ghebreyesus", Full, ""}}},
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

// A bare surname that is also a common noun, a title or a place word is
// the person named with it.
func TestFindRound4CommonNounSurnames(t *testing.T) {
	for _, sn := range []string{"King", "Bishop", "Major", "Judge", "Pope", "Dean", "Baker", "Park", "Young", "Black",
		"Rice", "Brown", "Hill", "Price", "Rose", "May", "Long", "Cook", "Hope", "Street", "Fox", "Stone", "Moon",
		"Power", "Justice", "Lord", "Prince", "Knight", "Sheriff", "Speaker", "Priest", "Marshall"} {
		text := "Scott spoke to morning host Gayle " + sn + " on Friday.\n\n“Why him?” " + sn + " asked Scott.\n\n“I keep hearing that,” " + sn + " said."
		res := Find(text)
		if len(res.Quotes) != 2 || res.Quotes[0].Speaker != "Gayle "+sn || res.Quotes[1].Speaker != "Gayle "+sn {
			t.Errorf("%s: got %+v, want Gayle %s", sn, res.Quotes, sn)
		}
	}
}

// Every way of naming a relative in passing leaves the shared bare surname
// to the article's subject.
func TestFindRound4RelativeForms(t *testing.T) {
	for _, kin := range []string{"His father, Luis Velez,", "His father Luis Velez", "His brother, Luis Velez,",
		"His late father, Luis Velez,", "His son, Luis Velez,", "Velez's father, Luis Velez,", "His cousin Luis Velez",
		"His elder brother Luis Velez"} {
		text := "Governor Ramon Velez has banned the march. “Order comes first,” Velez said.\n\n" + kin +
			" ruled the province in the 1990s and was killed in 2004. The younger Velez now presents himself as his heir.\n\n“I will finish his work,” Velez said."
		res := Find(text)
		if len(res.Quotes) != 2 || res.Quotes[1].Speaker != "Ramon Velez" {
			t.Errorf("%s: got %+v, want Ramon Velez", kin, res.Quotes)
		}
	}
}

// An answer alone in its paragraph after a question put to someone is the
// answer of the one asked.
func TestFindRound4AnswerAfterQuestion(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"asked X, then the question",
			"Judge Rena Holt was sworn in on Monday.\n\nAt the ceremony, Mayor Tom Peel asked Holt, “What is the biggest problem in the courts?”\n\n“The biggest hurdle is getting people to listen.”",
			[]want{{"What is the biggest problem in the courts?", "Tom Peel", Full, ""}, {"The biggest hurdle is getting people to listen.", "Rena Holt", Full, ""}}},
		{"the question, then asked X",
			"Judge Rena Holt was sworn in on Monday.\n\n“What is the biggest problem in the courts?” Mayor Tom Peel asked Holt.\n\n“The biggest hurdle is getting people to listen.”",
			[]want{{"What is the biggest problem in the courts?", "Tom Peel", Full, ""}, {"The biggest hurdle is getting people to listen.", "Rena Holt", Full, ""}}},
	})
}

// A law's words are the law's: "legislation", "statute", "ordinance" are
// written texts.
func TestFindRound4Legislation(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the legislation makes clear",
			"Health Secretary Tom Hale said the rules would be enforced. “We will not hesitate,” he said.\n\nThe legislation makes clear that fines can be imposed for “falsely naming someone as a close contact”, making abuse illegal.",
			[]want{{"We will not hesitate,", "Tom Hale", Full, ""}, {"falsely naming someone as a close contact", "The legislation", Partial, ""}}},
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

// A quoted subheading the page ran into the paragraph after it.
func TestFindRound4RunInSubheading(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"subheading before a capitalised article",
			"The government survived the vote on Tuesday.\n\n‘Pointless and reckless’ The main opposition party said it would back the motion. “We will not block it,” party leader Ana Ruiz said.",
			[]want{{"We will not block it,", "Ana Ruiz", Full, ""}}},
		{"a quotation with its comma before the article stays",
			"The government survived the vote on Tuesday.\n\n“Pointless and reckless,” the opposition leader, Ana Ruiz, said.",
			[]want{{"Pointless and reckless,", "Ana Ruiz", Full, ""}}},
	})
}
