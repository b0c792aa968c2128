package quotes

import "testing"

// Attribution patterns of wire copy (AP, Reuters and newspaper style) that
// the real development set showed or that recur in news generally, each on
// a text written for this test.
func TestFindWireRoleNouns(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the senator after Sen.",
			"Sen. Jane Doe (D-Calif.) introduced the bill on Monday.\n\n“This is about fairness,” the senator said at a news conference.",
			[]want{{"This is about fairness,", "Jane Doe", Full, ""}}},
		{"the governor after Gov.",
			"Gov. Kathy Hale said Tuesday the state would send more police to the subway.\n\n“Riders deserve to feel safe,” the governor said.",
			[]want{{"Riders deserve to feel safe,", "Kathy Hale", Full, ""}}},
		{"the colonel after Col. with another role",
			"Col. Peter Ames, a spokesman for the U.S. military in the region, said the strike killed three fighters.\n\n“There were no civilian casualties,” the colonel said.",
			[]want{{"There were no civilian casualties,", "Peter Ames", Full, ""}}},
		{"the CEO after Chief Executive Officer",
			"The deal was welcomed by Chief Executive Officer Paul Grant.\n\n“It's a great day for our shareholders,” the CEO said.",
			[]want{{"It's a great day for our shareholders,", "Paul Grant", Full, ""}}},
		{"the CFO after chief financial officer",
			"Sarah Kline, the company's chief financial officer, said costs had risen.\n\nAnalysts were doubtful. “Too optimistic,” said Mark Bell, an analyst at a bank.\n\nKline said the company would update its forecast. “We will be transparent,” the CFO said.",
			[]want{{"Too optimistic,", "Mark Bell", Full, ""}, {"We will be transparent,", "Sarah Kline", Full, ""}}},
		{"an epithet refers back to the person just named",
			"Amazon founder Jeff Bezos posted a message on Friday.\n\n“Grateful for every one of you,” the billionaire wrote.",
			[]want{{"Grateful for every one of you,", "Jeff Bezos", Full, ""}}},
		{"an epithet with a relative clause",
			"Elan Moss defended the decision on Friday. “This is the right call,” Moss wrote.\n\nThe billionaire, who also runs two rocket firms, added that critics were “missing the point entirely.”",
			[]want{{"This is the right call,", "Elan Moss", Full, ""}, {"missing the point entirely.", "Elan Moss", Partial, ""}}},
		{"a gendered epithet skips a man",
			"Nora Vance spoke about her years in Rome. “I was so young,” she said.\n\nShe also spoke about Brad Hollis, whom she dated in 2001.\n\n“He was not ready,” the actress said.",
			[]want{{"I was so young,", "Nora Vance", Full, ""}, {"He was not ready,", "Nora Vance", Full, ""}}},
		{"the epithet's antecedent is the subject of the latest sentence",
			"Defense Secretary Ray Holt has ordered a review.\n\nHolt did not say whether the review, to be led by Gen. Sam Ortiz, will cut jobs. But aboard a destroyer, the Pentagon chief said the fleet had “grown too big” and would shrink.",
			[]want{{"grown too big", "Ray Holt", Partial, ""}}},
		{"a described person taken up by a gendered noun",
			"Most residents used to be at work by midday. A resident who did not want to be named said people are afraid to go out.\n\n“Nobody goes to work any more,” the woman said.",
			[]want{{"Nobody goes to work any more,", "A resident", Full, ""}}},
		{"a nationality for the person just named",
			"The coach, Jurgen Kloss, was asked about his future.\n\n“I am not going anywhere,” Kloss told a broadcaster.\n\n“The team needs a few more players,” the German added.\n\nRafael Nadir won in four sets. “I played well,” the Spaniard said.",
			[]want{{"I am not going anywhere,", "Jurgen Kloss", Full, ""}, {"The team needs a few more players,", "Jurgen Kloss", Full, ""}, {"I played well,", "Rafael Nadir", Full, ""}}},
		{"an occupation for the expert just named",
			"Dr. Helen Cho has spent a decade studying bees. “They are smarter than we think,” the biologist says.",
			[]want{{"They are smarter than we think,", "Helen Cho", Full, ""}}},
		{"a surname that is also a place word after a given name",
			"The health commissioner, Dr. Susan Park, disputed that. “The numbers are stable,” she said Wednesday.\n\nGlen Hill, a nurse, agreed. “They are,” Hill said.",
			[]want{{"The numbers are stable,", "Susan Park", Full, ""}, {"They are,", "Glen Hill", Full, ""}}},
		{"a speaker whose surname is a geographic noun",
			"“Nobody asked us,” said Lena Park, a teacher, speaking to a reporter.\n\n“It's over,” Park said in an interview.",
			[]want{{"Nobody asked us,", "Lena Park", Full, ""}, {"It's over,", "Lena Park", Full, ""}}},
		{"an office nobody named holds is someone new",
			"“Nobody asked us,” said Lena Park, a teacher.\n\n“We'll see,” the mayor told reporters.",
			[]want{{"Nobody asked us,", "Lena Park", Full, ""}, {"We'll see,", "the mayor", Full, ""}}},
		{"a player's position for the player just named",
			"Jay Tatum, who scored 28, agreed. “They outworked us,” the forward said.",
			[]want{{"They outworked us,", "Jay Tatum", Full, ""}}},
		{"a role for a person known by honorific and surname",
			"Mr Sunek told MPs the claim was wrong. “We have a plan and we are sticking to it,” the prime minister said.",
			[]want{{"We have a plan and we are sticking to it,", "Sunek", Full, ""}}},
		{"a municipal title",
			"Councilman Joe Blake was not convinced. “We've heard this before,” Blake said.",
			[]want{{"We've heard this before,", "Joe Blake", Full, "Councilman"}}},
		{"a role used before is someone new, named as first introduced",
			"“We are not sure,” Ludwig Kreuz said. A waiter brought the bill.\n\n“You found our secret,” the waiter said.",
			[]want{{"We are not sure,", "Ludwig Kreuz", Full, ""}, {"You found our secret,", "A waiter", Full, ""}}},
		{"a description first met in a cleft sentence",
			"It was a wine merchant in Lyon who first told me about the grape.\n\n“It is an elegant lady,” the Lyon wine merchant said as he poured.",
			[]want{{"It is an elegant lady,", "a wine merchant", Full, ""}}},
		{"a source noun is someone new",
			"“We are studying it,” Finance Minister Olaf Brenner said in Berlin.\n\n“No decision has been made,” the spokesman said.",
			[]want{{"We are studying it,", "Olaf Brenner", Full, ""}, {"No decision has been made,", "the spokesman", Full, ""}}},
		{"an age between the name and the appositive",
			"“I was terrified,” said Maria Lopez, 29, a nurse at the hospital.\n\nLopez, who has worked there for six years, said things had improved. “It's better now,” the nurse said.",
			[]want{{"I was terrified,", "Maria Lopez", Full, "a nurse at the hospital"}, {"It's better now,", "Maria Lopez", Full, ""}}},
	})
}

// A quotation that opens a paragraph on its own, credited by the next
// paragraph ("So said…", "That was the message from…").
func TestFindWireNamedNext(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"so said",
			"“We will not back down.”\n\nSo said Mayor Ana Ruiz on Monday, hours after the council cut her budget.\n\n“Not now, not ever,” she added.",
			[]want{{"We will not back down.", "Ana Ruiz", Full, ""}, {"Not now, not ever,", "Ana Ruiz", Full, ""}}},
		{"the message from, a weekday after the name",
			"“The economy is stronger than people think.”\n\nThat was the message from Federal Reserve Chair Helen Marsh on Thursday, speaking to bankers in Chicago.\n\n“Inflation is coming down,” she said.",
			[]want{{"The economy is stronger than people think.", "Helen Marsh", Full, ""}, {"Inflation is coming down,", "Helen Marsh", Full, ""}}},
		{"the assessment of",
			"“This is the worst drought in 40 years.”\n\nThat was the assessment of Carlos Mendes, a farmer in the valley, who has lost half his herd.",
			[]want{{"This is the worst drought in 40 years.", "Carlos Mendes", Full, ""}}},
		{"the maker of the remarks",
			"Tom Hale spoke first.\n\n“We will not be intimidated by anyone.”\n\nGovernor Ana Ruiz made the remarks at a rally in Ohio on Monday.",
			[]want{{"We will not be intimidated by anyone.", "Ana Ruiz", Full, ""}}},
		{"the words came from",
			"Tom Hale spoke first.\n\n“We are going to fight this all the way.”\n\nThe defiant words came from Mayor Ana Ruiz on Monday, hours after the vote.",
			[]want{{"We are going to fight this all the way.", "Ana Ruiz", Full, ""}}},
		{"what someone said",
			"Dara Lind runs the shelter.\n\n“Every bed is full.”\n\nThat is what Tom Reyes told the council on Monday.",
			[]want{{"Every bed is full.", "Tom Reyes", Full, ""}}},
		{"not what someone said",
			"Dara Lind runs the shelter. “We have room,” she said.\n\n“Every bed is full.”\n\nThat is not what Tom Reyes told the council on Monday.",
			[]want{{"We have room,", "Dara Lind", Full, ""}, {"Every bed is full.", "Dara Lind", Full, ""}}},
	})
}

// A lede's unnamed speaker identified in the next paragraph (wire copy's
// delayed identification).
func TestFindWireDelayedIdentification(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the description's capitalised words in the title",
			"A senior Central Bank of Norland official on Friday called the government's budget a “reckless wager.”\n\nCentral Bank of Norland Deputy Governor Ida Brekke, the bank's longest-serving board member, said the plan was “a bet on luck.”",
			[]want{{"reckless wager.", "Ida Brekke", Partial, ""}, {"a bet on luck.", "Ida Brekke", Partial, ""}}},
		{"the description's head noun in the appositive",
			"A spokesman for the company called the claims “baseless” and said it would fight the lawsuit.\n\n“We will defend ourselves,” said the spokesman, Tom Reed.",
			[]want{{"baseless", "Tom Reed", Partial, ""}, {"We will defend ourselves,", "Tom Reed", Full, ""}}},
		{"someone else with another role",
			"A senior European diplomat said the talks were “close to collapse.”\n\nNorland's foreign minister, Ida Brekke, told reporters in Brussels: “We are not giving up.”",
			[]want{{"close to collapse.", "A senior European diplomat", Partial, ""}, {"We are not giving up.", "Ida Brekke", Full, ""}}},
		{"the name first, then the description",
			"“We have nothing to hide,” a company spokesman said. Tom Reed, the spokesman, added that the firm would help the inquiry.",
			[]want{{"We have nothing to hide,", "Tom Reed", Full, ""}}},
		{"not two paragraphs later",
			"A spokesman for the company called the claims “baseless.”\n\nThe lawsuit was filed in May.\n\n“We will win,” said the spokesman, Tom Reed.",
			[]want{{"baseless.", "A spokesman", Partial, ""}, {"We will win,", "Tom Reed", Full, ""}}},
	})
}

// Names and titles of wire copy, and partial quotations it attributes
// in a clause of speech.
func TestFindWireNamesAndFragments(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a title after a place after a title",
			"Assistant U.S. Attorney Rachel Moss told the judge the man was dangerous.\n\n“He has shown no remorse,” Moss said.",
			[]want{{"He has shown no remorse,", "Rachel Moss", Full, "Assistant U.S. Attorney"}}},
		{"a hyphenated title after an acronym",
			"WHO Director-General Lena Okafor said the outbreak was “not over.”",
			[]want{{"not over.", "Lena Okafor", Partial, ""}}},
		{"an Arabic article in the surname",
			"Abdel Karim al-Nouri met the delegation.\n\n“Our water is a red line,” Nouri said.",
			[]want{{"Our water is a red line,", "Abdel Karim al-Nouri", Full, ""}}},
		{"a possessive appositive before the verb",
			"Abdel Karim al-Nouri, Norland's president, said in a speech that Norland “will not allow” any threat to its water.",
			[]want{{"will not allow", "Abdel Karim al-Nouri", Partial, "Norland's president"}}},
		{"an age before the name in an appositive",
			"Her neighbor, 72-year-old Frank Diaz, said the storm hit “like a freight train.”",
			[]want{{"like a freight train.", "Frank Diaz", Partial, "Her neighbor"}}},
		{"one word is a term even in a clause of speech (the labelling convention)",
			"Gen. Mark Ellison told the committee that the situation was “deteriorating.” Frank Diaz said the storm was “a monster.”",
			nil},
		{"an outlet quoting someone as saying",
			"State media quoted Foreign Minister Ali Baqer as saying that Norland was “ready for talks with anyone.”\n\nThe Tass news agency quoted a defence ministry source as saying: “The exercises are routine.”",
			[]want{{"ready for talks with anyone.", "Ali Baqer", Partial, ""}, {"The exercises are routine.", "a defence ministry source", Full, ""}}},
		{"a verb coordinated with the clause of speech before it",
			"Tom Hale, who has dissented all year, said the economy was in a “modest recovery, with mixed results” and intimated that policy makers should not heed “volatile monthly data” nor should “market participants direct policy.”",
			[]want{{"modest recovery, with mixed results", "Tom Hale", Partial, ""}, {"volatile monthly data", "Tom Hale", Partial, ""}, {"market participants direct policy.", "Tom Hale", Partial, ""}}},
		{"a short fragment before according to or an inverted verb",
			"The aircraft was “in good condition,” according to Captain Lee Morgan, the airline's chief pilot.\n\nThe crew was “very well trained,” said Ana Ruiz, a union official.",
			[]want{{"in good condition,", "Lee Morgan", Partial, ""}, {"very well trained,", "Ana Ruiz", Partial, ""}}},
		{"a plural possessive inside an organisation's name",
			"The Kansas Farmers' Union Board of Directors also opposes the bill, arguing in its letter that the rules assure growers “they are paid fairly for every bushel.”",
			[]want{{"they are paid fairly for every bushel.", "Kansas Farmers' Union Board of Directors", Partial, ""}}},
		{"a name given by a naming verb and its object",
			"Other peoples named the planet for its colour: the old astronomers dubbed it “the red lamp.” Tom Hale called it “the most beautiful thing in the sky.”",
			[]want{{"the most beautiful thing in the sky.", "Tom Hale", Partial, ""}}},
		{"no appositive in the clause after according to",
			"Tom Hale spoke on Monday.\n\nAccording to Hale, the plan is “unworkable and dead on arrival.”",
			[]want{{"unworkable and dead on arrival.", "Tom Hale", Partial, "-"}}},
		{"a participle without that, the fragment closing the sentence",
			"Nora Lamb warned a slow change would confuse investors, saying quick adoption would be cheaper and “easier for everyone”.",
			[]want{{"easier for everyone", "Nora Lamb", Partial, ""}}},
	})
}

// Subjects and antecedents in wire copy's sentences.
func TestFindWireSubjects(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a name in a fronted phrase is not the subject",
			"At Delmar Express, Tom Lehr called the impact “pretty minimal.” The impact was larger at the regional carrier, he said.\n\n“The real story is people are getting home,” he said.",
			[]want{{"pretty minimal.", "Tom Lehr", Partial, ""}, {"The real story is people are getting home,", "Tom Lehr", Full, ""}}},
		{"a name that which refers to is no person",
			"Anna Ruiz runs the depot. The storm hit Vance Freight, which lost 20 trucks, hardest.\n\n“We lost a week,” she said.",
			[]want{{"We lost a week,", "Anna Ruiz", Full, ""}}},
		{"another keeps its determiner",
			"“I have been here since dawn,” said Omar Haddad, a teacher.\n\nAnother man in the queue said: “This is humiliating.”\n\nAnother official said the talks were “at a delicate stage.”",
			[]want{{"I have been here since dawn,", "Omar Haddad", Full, ""}, {"This is humiliating.", "Another man", Full, ""}, {"at a delicate stage.", "Another official", Partial, ""}}},
		{"the two who were just named",
			"Ruth Hale and Dan Ortiz met Mary Chen at a rally in 2008. “She changed our lives,” the two said.",
			[]want{{"She changed our lives,", "the two", Full, ""}}},
		{"a husband is no she",
			"Maria Santos, 52, lost her job in March. Her husband, Luis, works two shifts.\n\n“We don't know how we'll pay the rent,” she said.",
			[]want{{"We don't know how we'll pay the rent,", "Maria Santos", Full, ""}}},
		{"a parenthesis and an aside between the name and the verb",
			"Republicans praised Gov. Chris Webb.\n\nState Sen. Dana Adler (R-Burlington), for example, said Webb “has made the state affordable.”",
			[]want{{"has made the state affordable.", "Dana Adler", Partial, ""}}},
		{"a party tag and an aside between the name and the verb",
			"Rep. Tom Hale, R-Texas, for his part, said the bill was “a giveaway to lawyers.”",
			[]want{{"a giveaway to lawyers.", "Tom Hale", Partial, ""}}},
	})
}

// A person named in full only inside a quotation that cites a report.
func TestFindWireNameInsideQuotation(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the surname later is the full name",
			"“Consumer Agency Advocate Rina Talbot said Tuesday she will press the board to spend more on audits,” reports Tom Ng.\n\n“Fraud is very hard for one investor to detect,” said Talbot.",
			[]want{{"Consumer Agency Advocate Rina Talbot said Tuesday she will press the board to spend more on audits,", "Tom Ng", Full, ""}, {"Fraud is very hard for one investor to detect,", "Rina Talbot", Full, ""}}},
		{"a word in a quotation that is no name",
			"“We met at Harbor Point every day,” said Ana Ruiz.\n\n“It was fine,” said Point.",
			[]want{{"We met at Harbor Point every day,", "Ana Ruiz", Full, ""}, {"It was fine,", "Point", Full, ""}}},
	})
}

// Pronouns whose antecedent is in their own sentence or is a plural noun.
func TestFindWirePronouns(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a subordinate clause's pronoun is the person its sentence named",
			"The suspect, Dale Orton, shot himself on a platform.\n\nA jury chose not to charge anyone in the death of Eli Garnet, a man held down on a sidewalk as he pleaded “Let me go,” by two guards.",
			[]want{{"Let me go,", "Eli Garnet", Full, ""}}},
		{"they for a plural noun just used",
			"Tom Reyes, a teacher, was there. “It was peaceful,” he said.\n\nThe march grew as protesters took to the streets. They often chant: “No peace without justice.”",
			[]want{{"It was peaceful,", "Tom Reyes", Full, ""}, {"No peace without justice.", "protesters", Full, ""}}},
		{"they for no one",
			"Tom Reyes, a teacher, was there. “It was peaceful,” he said.\n\nThey often chant: “No peace without justice.”",
			[]want{{"It was peaceful,", "Tom Reyes", Full, ""}, {"No peace without justice.", "", Full, ""}}},
	})
}

// A quotation with no attribution after a sentence of reported speech.
func TestFindWireUnattributed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the sentence's speaker, not the person she names in an appositive",
			"Nora Vance said that she likes her brother's wife, Ellen Hart, and sees her often.\n\n“Not only is she kind, she is so funny.”",
			[]want{{"Not only is she kind, she is so funny.", "Nora Vance", Full, ""}}},
		{"the sentence's subject, not its object",
			"Tom Smith founded the firm in Ohio. Smith hired Nora Jones in 1990.\n\n“It was the best decision I ever made.”",
			[]want{{"It was the best decision I ever made.", "Tom Smith", Full, ""}}},
		{"the subject of the reported clause",
			"Tom Ruiz directed the film.\n\nHe said Oscar Ivers chose the period himself.\n\n“I thought it was a chance to show where my character came from.”",
			[]want{{"I thought it was a chance to show where my character came from.", "Oscar Ivers", Full, ""}}},
	})
}

// Tabloid headlines of related stories: the quotation first, then its
// speaker as the subject.
func TestFindWireHeadlines(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"quotation, colon, name and verb",
			"Anyone on the flight is asked to call the hotline\n\n‘They can clear off’: Rob Gellan hits back at charity critics",
			[]want{{"They can clear off", "Rob Gellan", Full, ""}}},
		{"quotation, name and verb",
			"Anyone on the flight is asked to call the hotline\n\n‘They are going to be huge’ Amy Chiles thinks the virus is a band",
			[]want{{"They are going to be huge", "Amy Chiles", Full, ""}}},
	})
}

// Relatives and verbs of agreement.
func TestFindWireRelatives(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a relative with the same surname is someone else",
			"Ms. Chen, 45, said she had waited three hours. “They told us nothing,” she said.\n\nHer sister, Grace Chen, said the airline should pay. “It's the least they can do,” Grace Chen said.\n\n“We want our money back,” Ms. Chen added.",
			[]want{{"They told us nothing,", "Chen", Full, ""}, {"It's the least they can do,", "Grace Chen", Full, ""}, {"We want our money back,", "Chen", Full, ""}}},
		{"a kinship noun and a comma give the name a gender",
			"Lena Morris runs the farm with her husband, Pete.\n\n“It's hard,” Pete Morris said. “But she loves it.”\n\n“I do,” she said, laughing.",
			[]want{{"It's hard,", "Pete Morris", Full, ""}, {"But she loves it.", "Pete Morris", Full, ""}, {"I do,", "Lena Morris", Full, ""}}},
		{"agreed as a verb of speech",
			"“This changes everything,” said Ruth Gold, a professor.\n\n“She's right,” agreed Samuel Ortiz, an economist.",
			[]want{{"This changes everything,", "Ruth Gold", Full, ""}, {"She's right,", "Samuel Ortiz", Full, ""}}},
	})
}

// Companies as speakers.
func TestFindWireCompanies(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a company named by a common word speaks",
			"“We are proud of the team,” Apple said in a statement.\n\nFacebook said the posts had been “removed for breaking our rules.”\n\nShe wrote on Twitter that the ruling was “a disgrace to the court.”",
			[]want{{"We are proud of the team,", "Apple", Full, ""}, {"removed for breaking our rules.", "Facebook", Partial, ""}, {"a disgrace to the court.", "", Partial, ""}}},
		{"the company after a one-word name opening a sentence",
			"Zentrix unveiled the chip at a fair on Tuesday. “We're making it faster,” the company wrote.",
			[]want{{"We're making it faster,", "Zentrix", Full, ""}}},
		{"the company is no common noun opening a sentence",
			"Zentrix reported strong sales. Shares fell 4 percent on Tuesday.\n\n“We are confident,” the company said.\n\nAnalysts expect shares to recover.",
			[]want{{"We are confident,", "Zentrix", Full, ""}}},
		{"the company after a person's one-word name is no company",
			"Anna Lind founded the firm in 2010. Lind announced the sale on Tuesday. “We're proud,” the company said.",
			[]want{{"We're proud,", "the company", Full, ""}}},
	})
}

// An interview whose answers open with the speaker's surname and a colon.
func TestFindWireInterviewLabels(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the label's person is I, the other man he",
			"Jim Keller co-founded the firm with Jake Dorn. Dorn left it in 2012.\n\nHow did you meet?\n\nKeller: He came into my office. He tapped me on the shoulder and said, “I'm Jake.” And I said, “I'm Jim.” Then I forgot about him.",
			[]want{{"I'm Jake.", "Jake Dorn", Full, ""}, {"I'm Jim.", "Jim Keller", Full, ""}}},
	})
}

// A source who gives only a name in quotation marks.
func TestFindWireQuotedNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the name a description's relative clause gives",
			"“Let me say this right,” a 30-year-old Harlem resident who would say only that his name was “Dex” told me. “Nobody wanted this.”",
			[]want{{"Let me say this right,", "Dex", Full, ""}, {"Nobody wanted this.", "Dex", Full, ""}}},
		{"a quoted name as the subject of a verb of speech",
			"Next to him stood Jonah Alves, 18. “I got targeted,” Alves told me.\n\n“Dex” chimed in: “They don't want to take the blame,” he said of the union.",
			[]want{{"I got targeted,", "Jonah Alves", Full, ""}, {"They don't want to take the blame,", "Dex", Full, ""}}},
	})
}

// Colloquial verbs of quoting in interviews and features.
func TestFindWireQuotatives(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"they're like, for the plural noun before",
			"AD She had no problem working with the stunt guys. I kept saying to them, “Please be careful.” And they're like, “She's falling on her own!”",
			[]want{{"Please be careful.", "-", Full, ""}, {"She's falling on her own!", "the stunt guys", Full, ""}}},
		{"I go and she goes",
			"Nora Vance called me on Monday. She goes, “Are you coming?” And I go, “Of course I am.”",
			[]want{{"Are you coming?", "Nora Vance", Full, ""}, {"Of course I am.", "", Full, ""}}},
		{"she was like",
			"Nora Vance read the letter twice. She was like, “This can't be real.”",
			[]want{{"This can't be real.", "Nora Vance", Full, ""}}},
		{"an interview answer's I before a colon",
			"Ava Duval directed the film with Tony Gold in the lead.\n\nWhat was it like?\n\nAD I can make Tony be the hero and do whatever I want: “Walk over there. Now walk back.” It was fun.",
			[]want{{"Walk over there. Now walk back.", "Ava Duval", Full, ""}}},
	})
}

// Entertainment news.
func TestFindWireEntertainment(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"captioned and revealed",
			"Nora Vance shared a photo on Sunday. “Best weekend ever,” she captioned the post.\n\nHer friend Tom Ruiz, who revealed “she is the funniest person I know,” was there too.",
			[]want{{"Best weekend ever,", "Nora Vance", Full, ""}, {"she is the funniest person I know,", "Tom Ruiz", Partial, ""}}},
		{"the rep is the star's rep",
			"Nora Vance's rep confirmed the news to a magazine. “She's thrilled,” the rep said.",
			[]want{{"She's thrilled,", "Nora Vance's rep", Full, ""}}},
	})
}

// Written texts whose author a participle's agent names.
func TestFindWireDocumentAuthors(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"signed by, filed by, released by",
			"The letter, signed by 40 lawmakers, said the policy was “cruel and unnecessary.”\n\nA report released Tuesday by the Public Audit Office found that the program was “poorly managed from the start.”\n\nThe lawsuit, filed by the Norland Civil Liberties Union, alleges that the policy “violates the constitution.”",
			[]want{{"cruel and unnecessary.", "40 lawmakers", Partial, ""}, {"poorly managed from the start.", "Public Audit Office", Partial, ""}, {"violates the constitution.", "Norland Civil Liberties Union", Partial, ""}}},
	})
}
