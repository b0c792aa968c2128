package quotes

import "testing"

// A definite description refers back to the named speaker or body it
// describes: "the expert" to the expert quoted by name, "the bank" to the
// bank just named (also when its name was taken for a person's), "the
// judge" to a justice. Each text is written for this test (issue 20, tenth
// round).
func TestFindRound10DefiniteBack(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the expert after a named expert",
			"Gardeners from Leafwise picked six plants for small flats.\n\n“The fern needs shade and little water,” explains Tomas Kreel from Leafwise. Its leaves turn yellow in full sun.\n\nNext, the experts suggest a rubber plant. “It is almost impossible to kill,” the expert explains.",
			[]want{{"The fern needs shade and little water,", "Tomas Kreel", Full, ""}, {"It is almost impossible to kill,", "Tomas Kreel", Full, ""}}},
		{"an unnamed expert introduced first stays unnamed",
			"Prices rose again in May, said Tomas Kreel, a baker.\n\nAn expert at the chamber was less sure. “The rise will not last,” the expert said.",
			[]want{{"The rise will not last,", "An expert", Full, ""}}},
		{"the bank after a bank named as a giant",
			"According to analysts at lending giant Harwick Dale, oil output could double within two years.\n\nHarwick Dale expects prices to fall. “We maintain our view that supply will grow,” the bank said in a note.",
			[]want{{"We maintain our view that supply will grow,", "Harwick Dale", Full, ""}}},
		{"the force after a police force",
			"Eleven people were arrested in Plymouth on Monday, Northmoor Police said.\n\n“Our officers are well trained to maintain public order,” the force said.",
			[]want{{"Our officers are well trained to maintain public order,", "Northmoor Police", Full, ""}}},
		{"the court with no court named is not the company named last",
			"Zentro Holdings said on Monday it would appeal.\n\n“The contract is void and cannot be enforced,” the court said.",
			[]want{{"The contract is void and cannot be enforced,", "the court", Full, ""}}},
		{"the judge after a justice",
			"The former player was sentenced to four years, Superior Court Justice Anna Morvik said in passing sentence.\n\nThe judge called the crash a “serious crime” that demanded a strong message.",
			[]want{{"serious crime", "Anna Morvik", Partial, ""}}},
	})
}

// In an interview written as narration, a name in the writer's question
// ("Is Halvorsen a good leader?") is not who answers: the unattributed
// answer is the interviewee's, the person quoted before; an auxiliary
// opening the question is no part of the name. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10InterviewQuestion(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a question opening with an auxiliary",
			"I meet Dame Ruth Okonedo at her office in Leeds.\n\n“It’s all about whether they can deliver the plan they’ve got,” says Okonedo. “It’s going to be tough.”\n\nIs Halvorsen a good leader?\n\n“Well, I’m fully supportive of him, I want him to succeed.”",
			[]want{{"It’s all about whether they can deliver the plan they’ve got,", "Ruth Okonedo", Full, ""}, {"It’s going to be tough.", "Ruth Okonedo", Full, ""}, {"Well, I’m fully supportive of him, I want him to succeed.", "Ruth Okonedo", Full, ""}}},
		{"a question naming someone else",
			"I meet Dame Ruth Okonedo at her office in Leeds.\n\n“It’s all about whether they can deliver the plan they’ve got,” says Okonedo.\n\nWhat advice would she give Lars Halvorsen right now?\n\n“It’s not my job to advise. He’s perfectly capable of doing it on his own.”",
			[]want{{"It’s all about whether they can deliver the plan they’ve got,", "Ruth Okonedo", Full, ""}, {"It’s not my job to advise. He’s perfectly capable of doing it on his own.", "Ruth Okonedo", Full, ""}}},
		{"an auxiliary opening a question is no given name",
			"The board met on Monday.\n\nDid Halvorsen know about the loan? “I was told nothing,” Halvorsen said.",
			[]want{{"I was told nothing,", "Halvorsen", Full, ""}}},
	})
}

// "The lawmakers" after a bare plural introduced them ("lawmakers on the
// committee asked…") is named as introduced, "lawmakers"; after
// "several lawmakers" it is the group so introduced. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10BarePlural(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a bare plural introduces the group",
			"The committee sent a letter on Wednesday to the ministry.\n\nFollowing the arrests, lawmakers on the fisheries committee asked for answers about the boats.\n\nThe ministry held a briefing in March.\n\n“For that reason, we seek more information,” the lawmakers wrote.",
			[]want{{"For that reason, we seek more information,", "lawmakers", Full, ""}}},
		{"a bare plural opening a sentence",
			"The committee sent a letter on Wednesday.\n\nLawmakers on the fisheries committee asked for answers about the boats.\n\n“For that reason, we seek more information,” the lawmakers wrote.",
			[]want{{"For that reason, we seek more information,", "lawmakers", Full, ""}}},
		{"a determiner before the first use",
			"Several lawmakers on the fisheries committee asked for answers about the boats.\n\n“For that reason, we seek more information,” the lawmakers wrote.",
			[]want{{"For that reason, we seek more information,", "Several lawmakers", Full, ""}}},
	})
}

// "X in a news briefing accused Y of …": the occasion between the name and
// its verb is no speaker. Each text is written for this test (issue 20,
// tenth round).
func TestFindRound10OccasionBeforeVerb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"in a news briefing",
			"The talks broke down on Friday.\n\nForeign Secretary Anil Varma in a news briefing in Kolkata accused the rebels of failing to take “demonstrable steps” against the militias.",
			[]want{{"demonstrable steps", "Anil Varma", Partial, "Foreign Secretary"}}},
		{"at a press conference",
			"The talks broke down on Friday.\n\nMayor Rosa Linde at a press conference on Monday said the city had “run out of patience” with the contractor.",
			[]want{{"run out of patience", "Rosa Linde", Partial, "Mayor"}}},
	})
}

// A book's words are its author's, as a report's are: "Okonedo's new book
// … The book says: “…”". Each text is written for this test (issue 20,
// tenth round).
func TestFindRound10BookAuthor(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the author's book",
			"Leaders could learn a lot from Ruth Okonedo’s surprising new book, On Leading.\n\nThe book is often self-deprecating: “I couldn’t have written it twenty years ago. The only job I ever had was mayor.”",
			[]want{{"I couldn’t have written it twenty years ago. The only job I ever had was mayor.", "Ruth Okonedo", Full, ""}}},
		{"a memoir by its author",
			"A memoir by Lars Halvorsen came out on Tuesday.\n\nThe memoir is blunt about his years in office: “I was wrong about the bridge, and I said so too late.”",
			[]want{{"I was wrong about the bridge, and I said so too late.", "Lars Halvorsen", Full, ""}}},
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

// A capitalised sentence adverb before a comma ("Luckily, Fischer says,")
// is no name, also right after a quotation. Each text is written for this
// test (issue 20, tenth round).
func TestFindRound10SentenceAdverb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an adverb after a quotation",
			"They now live in Ankeny. “It’s stressful to plan a wedding and run at the same time,” said Varga. “I would be doing shifts at the plant, then sleeping in my car for an hour.” Luckily, Varga says, his husband did “most of the wedding planning.”",
			[]want{{"It’s stressful to plan a wedding and run at the same time,", "Varga", Full, ""}, {"I would be doing shifts at the plant, then sleeping in my car for an hour.", "Varga", Full, ""}, {"most of the wedding planning.", "Varga", Partial, ""}}},
		{"a surname ending like an adverb",
			"The plant closed in May.\n\nConnolly, the union's steward, said the workers were “ready to walk out tomorrow.”",
			[]want{{"ready to walk out tomorrow.", "Connolly", Partial, ""}}},
	})
}

// "a study published by X … according to the study": the text's author
// named with a participle and "by" speaks for it. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10PublishedBy(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a study published by a foundation",
			"Nearly a third of new investors bought on a friend's advice, according to a recent study published by the Harbor Savers Foundation.\n\nThe gap shows \"a social side to investing not seen in bonds,\" according to the study.",
			[]want{{"a social side to investing not seen in bonds,", "Harbor Savers Foundation", Partial, ""}}},
	})
}

// An outlet's editorial or column speaks as the outlet: "An editorial in
// the Oslo-based Harbour Post notes …", "The paper's editorial adds"; a
// compound adjective of place or language before the name is no part of
// it. Each text is written for this test (issue 20, tenth round).
func TestFindRound10OutletText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an editorial in a named daily",
			"The minister was killed on Tuesday, every daily reported.\n\nAn editorial in the Oslo-based Harbour Post points out that the killing \"strikes at the last symbol of unity in this country.\"\n\nThe paper's editorial adds: \"Each of the shocks has fueled talk of a precipice.\"",
			[]want{{"strikes at the last symbol of unity in this country.", "Harbour Post", Partial, ""}, {"Each of the shocks has fueled talk of a precipice.", "Harbour Post", Full, ""}}},
		{"past a possessive place and a language adjective",
			"The minister was killed on Tuesday.\n\nAn editorial in Norway's French-language daily, Le Fjord, notes that the killers act with \"insolent impunity\" despite condemnation.",
			[]want{{"insolent impunity", "Le Fjord", Partial, ""}}},
		{"a compound adjective of place before a body's name",
			"Prices rose in May.\n\n“Supply will stay tight all winter,” the Oslo-based Fjord Energy Institute said in a note.",
			[]want{{"Supply will stay tight all winter,", "Fjord Energy Institute", Full, ""}}},
	})
}

// "a statement by a palace spokesperson … read: “…”": a text by a
// described source is that source's. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10TextByDescribedSource(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a statement by a spokesperson",
			"The couple left the cottage in the summer.\n\nLast June, a statement by a palace spokesperson confirming the move read: “We can confirm the couple have been asked to vacate the cottage.”",
			[]want{{"We can confirm the couple have been asked to vacate the cottage.", "a palace spokesperson", Full, ""}}},
	})
}

// A described speaker "who asked to use the pseudonym Tomas" or "who
// identified himself only as Omar" is that name. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10PseudonymGiven(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a pseudonym",
			"Students have set up schools in exile.\n\n“We saw that there was a gap to fill,” says the director of studies at the school, who asked to use the pseudonym Tomas for security reasons. Tomas says fees pay the teachers.",
			[]want{{"We saw that there was a gap to fill,", "Tomas", Full, ""}}},
		{"identified only as",
			"The market reopened on Sunday.\n\n“We have nothing left to sell,” said a trader, who identified himself only as Omar.",
			[]want{{"We have nothing left to sell,", "Omar", Full, ""}}},
	})
}

// A name after the sentence's "he"/"she" ("That he … thinks Lena Varga is
// tough") is talked about: the next unattributed quotation is the one the
// pronoun stands for, quoted before; whom a verb of speech reports on ("He
// said Isaac zeroed in on…") may still speak next. Each text is written
// for this test (issue 20, tenth round).
func TestFindRound10NameAfterPronoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a name in what the interviewee thinks",
			"“I’m a strong believer in a two-state solution,” says Ruth Okonedo. “But we’re a long way from that.”\n\nWhat else do I learn from this hour with Okonedo?\n\nThat she misses being mayor, thinks Lena Varga is tough and smart but has no idea if she will win.\n\n“Look, a lot of people want to see my years in office as being about one bridge, and nothing else.”",
			[]want{{"I’m a strong believer in a two-state solution,", "Ruth Okonedo", Full, ""}, {"But we’re a long way from that.", "Ruth Okonedo", Full, ""}, {"Look, a lot of people want to see my years in office as being about one bridge, and nothing else.", "Ruth Okonedo", Full, ""}}},
		{"a name a verb of speech reports on",
			"“We shot it in three weeks,” Rask said.\n\nHe said Ivo Marsh zeroed in on a period of unrest after the war.\n\n“I thought it was a cool opportunity to tie in what my character was going to face.”",
			[]want{{"We shot it in three weeks,", "Rask", Full, ""}, {"I thought it was a cool opportunity to tie in what my character was going to face.", "Ivo Marsh", Full, ""}}},
	})
}

// "The bill will end what officials called the “outdated” …": a wh-word
// opens the clause whose subject calls it so; the verb before it is no
// part of the speaker. Each text is written for this test (issue 20, tenth
// round).
func TestFindRound10WhatClauseSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"what officials called",
			"The chamber will be reformed next year.\n\nNew legislation will end what officials called the ‘outdated and indefensible’ presence of hereditary members.",
			[]want{{"outdated and indefensible", "officials", Partial, ""}}},
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

// "X and his colleagues asked … “…,” they wrote": "they" is not the one
// person of a coordinated subject; the group named before it is. Each text
// is written for this test (issue 20, tenth round).
func TestFindRound10TheyAfterCoordinatedName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"they after a name and his colleagues",
			"“We seek more information on this matter,” the lawmakers wrote.\n\n“We want answers by May,” said Ann Vance, who chairs the committee.\n\nVance and her colleagues asked for answers no later than May 10.\n\n“The threat of these schemes undermines our principles,” they wrote.",
			[]want{{"We seek more information on this matter,", "the lawmakers", Full, ""}, {"We want answers by May,", "Ann Vance", Full, ""}, {"The threat of these schemes undermines our principles,", "the lawmakers", Full, ""}}},
	})
}

// "says a widely distributed pamphlet issued by the state publishing
// house Veda": the text's author, the name after the noun for a body,
// speaks. Each text is written for this test (issue 20, tenth round).
func TestFindRound10PamphletIssuedBy(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a pamphlet issued by a publishing house",
			"The new rules took effect in May.\n\n“Sisters, we would like to remind you that every woman must wear a scarf!” says a widely distributed pamphlet issued by the Corvan state publishing house Veda.",
			[]want{{"Sisters, we would like to remind you that every woman must wear a scarf!", "Veda", Full, ""}}},
	})
}

// "A leader of the state's largest teachers union said …" followed by a
// paragraph quoting "Dan Holm, executive director of the Indiana State
// Teachers Association": the description's own phrase ties the unnamed
// speaker to the one named next. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10DescribedThenNamedByAffiliation(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a shared noun of the description's phrase",
			"The session ended on Friday.\n\nA leader of the state’s largest nurses union said lawmakers “missed the mark” on helping hospitals.\n\n“Most of what happened in the session had nothing to do with that,” said Dana Holm, executive director of the Ohio Nurses Association.",
			[]want{{"missed the mark", "Dana Holm", Partial, ""}, {"Most of what happened in the session had nothing to do with that,", "Dana Holm", Full, ""}}},
	})
}

// "… just after Weaver uttered the lines: “…”": the quotation after the
// colon is the words the person before it utters, sings or reads. Each
// text is written for this test (issue 20, tenth round).
func TestFindRound10UtteredTheLines(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"uttered the lines",
			"“We’ll have to stop the show,” a steward said.\n\nThe pair launched a confetti cannon just after Marla Quint uttered the lines: “Upon thy wicked dam, come forth!”",
			[]want{{"We’ll have to stop the show,", "a steward", Full, ""}, {"Upon thy wicked dam, come forth!", "Marla Quint", Full, ""}}},
	})
}

// "minister of mines and energy Tom Alweendo told …": "and" inside an
// office's "of" phrase before a name is part of the speaker's phrase.
// Each text is written for this test (issue 20, tenth round).
func TestFindRound10OfficeWithAnd(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an office of two nouns",
			"The country has six hydrogen projects.\n\n“You have different locations you need to connect,” minister of mines and energy Tomas Alvedo told reporters last month.",
			[]want{{"You have different locations you need to connect,", "Tomas Alvedo", Full, "minister of mines and energy"}}},
	})
}

// "“Mr Valdano is a very persuasive man,” he said": the person the
// quotation talks about by name is not the "he" who says it; the other
// man the text was about is. A speaker giving his own name ("I’ve been
// called Juice") keeps it. Each text is written for this test (issue 20,
// tenth round).
func TestFindRound10NamedInsideQuote(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the man talked about is not the speaker",
			"“We’re trying to be realistic about our targets,” said new manager Roy Hartley.\n\nOwner Marco Valdano convinced Hartley to take the job and the 60-year-old former coach hopes he will be as persuasive with players.\n\n“Mr Valdano is a very persuasive man. He’s not an easy man to turn down,” he said.",
			[]want{{"We’re trying to be realistic about our targets,", "Roy Hartley", Full, ""}, {"Mr Valdano is a very persuasive man. He’s not an easy man to turn down,", "Roy Hartley", Full, ""}}},
		{"a speaker giving his own nickname",
			"Isaiah Williams arrived at camp on Monday.\n\n“I’ve been called Juice for a while,” he said.",
			[]want{{"I’ve been called Juice for a while,", "Isaiah Williams", Full, ""}}},
	})
}

// "Nationality is no issue for Hartley - his predecessor Lou Sands
// insisted on British players - but height will be. “…,” he said": a
// name in an aside between dashes is not the "he" who speaks. Each text is
// written for this test (issue 20, tenth round).
func TestFindRound10DashAside(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a predecessor in an aside",
			"“We don’t have a limit on what we can spend,” said manager Roy Hartley.\n\nHartley has drawn up profiles of the players he wants.\n\nNationality is not an issue for Hartley - his predecessor Lou Sands insisted on signing British players - but height will be a factor.\n\n“The imbalance in the team comes from the lack of size,” he said.",
			[]want{{"We don’t have a limit on what we can spend,", "Roy Hartley", Full, ""}, {"The imbalance in the team comes from the lack of size,", "Roy Hartley", Full, ""}}},
	})
}

// An unattributed answer after a question split around its attribution
// (“But there is some risk,” Alvi interjected. “Do you dispute that?”) is
// the other party's, the one quoted before the asker. Each text is written
// for this test (issue 20, tenth round).
func TestFindRound10AnswerAfterSplitQuestion(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a split question, then the answer",
			"“The vaccines are safe and effective for the workers,” Solicitor General Ana Prell said.\n\n“But there is some risk,” Justice Omar Alvi interjected. “Do you dispute that?”\n\n“There can be a very minimal risk with respect to some individuals, but the vaccines are safe.”",
			[]want{{"The vaccines are safe and effective for the workers,", "Ana Prell", Full, ""}, {"But there is some risk,", "Omar Alvi", Full, ""}, {"Do you dispute that?", "Omar Alvi", Full, ""}, {"There can be a very minimal risk with respect to some individuals, but the vaccines are safe.", "Ana Prell", Full, ""}}},
	})
}

// "“No, Justice Alvi,” Prell said. … / “Then why were you talking about
// banks,” he rejoined.": a reply's "he" is the other party of the
// exchange, not the one quoted last. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10ReplyOtherParty(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"he rejoined",
			"Justice Omar Alvi told Solicitor General Ana Prell it appeared the argument went further. “Is that right?” Alvi asked.\n\n“No, Justice Alvi, that is not my argument,” Prell said. “I was trying to make an observation about students.”\n\n“Then why were you talking about banks,” he rejoined.",
			[]want{{"Is that right?", "Omar Alvi", Full, ""}, {"No, Justice Alvi, that is not my argument,", "Ana Prell", Full, ""}, {"I was trying to make an observation about students.", "Ana Prell", Full, ""}, {"Then why were you talking about banks,", "Omar Alvi", Full, ""}}},
	})
}

// "Bennett is a front runner although Haffen preferred to describe him as
// a “contender”": the subject of the verb the infinitive of describing
// completes calls it so, not the sentence's first subject. Each text is
// written for this test (issue 20, tenth round).
func TestFindRound10InfinitiveOfDescribing(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"preferred to describe",
			"The board met on Friday.\n\nBroncos coach Wade Benning is a front runner for the job although chairman Ray Haffen preferred to describe him as a “contender”.",
			[]want{{"contender", "Ray Haffen", Partial, ""}}},
	})
}

// "Buttar said Ms Rana had inspired her. “Now we will continue her
// mission.”": the person the unattributed quotation calls "she" or "her"
// (and no "I") is talked about; the sentence's speaker goes on. "He said
// Marsh zeroed in on … “I thought …”" (the quotation's own "I") still
// goes to the one reported on. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10ThirdPersonInQuote(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"she and her in the quotation",
			"Mourners gathered at the party office on Sunday.\n\nFormer MPA Amina Buttar said Ms Rana had inspired her to return from the US. “Now we will continue her mission of love, peace and harmony.”",
			[]want{{"Now we will continue her mission of love, peace and harmony.", "Amina Buttar", Full, ""}}},
	})
}

// "(Marlow County says it's not installing cameras.)": a two-word name
// ending in an administrative area speaks as that place, never as a
// person a later "he" could mean. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10CountyIsNoPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a county speaking between a student and his pronoun",
			"Kenneth Prewitt, a high school student, says he supports cameras without facial recognition. (Marlow County says it's not installing facial recognition.)\n\nBut technology should be an \"absolute last precaution,\" he tells Axios.",
			[]want{{"absolute last precaution,", "Kenneth Prewitt", Partial, ""}}},
	})
}

// "Secretary-General Ana Ruiz’s Special Representative Jon Berg told
// reporters …. He stressed that …": the owner opening the sentence before
// a title and a name is not what a later "he" means; the person named is.
// Each text is written for this test (issue 20, tenth round).
func TestFindRound10OwnerBeforeTitledName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an owner before a titled name",
			"The council met on Monday.\n\nSecretary-General Hamid Oroko’s Special Representative Jon Berglund told reporters after the meeting that he had briefed the council.\n\nHe stressed that the elections “were held in a good atmosphere and were deemed to be fair and free.”",
			[]want{{"were held in a good atmosphere and were deemed to be fair and free.", "Jon Berglund", Partial, ""}}},
	})
}

// An unnamed source owned by a named person or outlet ("Zeta's unnamed
// source", "the senator's aide") is "an unnamed source", "an aide": the
// owner is the affiliation, the modifiers after it stay. Each text is
// written for this test (issue 20, tenth round).
func TestFindRound10OwnedSource(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an outlet's unnamed source",
			"The singer was seen leaving the clinic on Friday.\n\n“She tested clean,” Zeta's unnamed source said.",
			[]want{{"She tested clean,", "an unnamed source", Full, "Zeta"}}},
		{"a senator's aide",
			"The vote was delayed again.\n\n“We do not have the numbers yet,” Senator Ruth Alden's aide said.",
			[]want{{"We do not have the numbers yet,", "an aide", Full, "Senator Ruth Alden"}}},
	})
}

// "… said top diplomats from EU states will meet to “discuss …”": a
// plural noun that can be a verb of speech ("states", "reports") before
// an auxiliary is a noun; the clause of speech is "said". Each text is
// written for this test (issue 20, tenth round).
func TestFindRound10PluralNounNotVerb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"states before will",
			"The strikes were condemned on Sunday.\n\nMara Kessel, the bloc’s foreign policy chief, said top diplomats from member states will meet within days to “discuss how to raise the pressure on Moscow.”",
			[]want{{"discuss how to raise the pressure on Moscow.", "Mara Kessel", Partial, ""}}},
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

// "In a letter to shareholders, chief executive Tom Reyes wrote: … The
// letter added that “…”": the subject after a fronted "In a <text>" wrote
// it, so the text's later words are that person's. Each text is written
// for this test (issue 20, tenth round).
func TestFindRound10FrontedTextAuthor(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"in a letter, X wrote",
			"The company lost money for a third year.\n\nIn a letter to shareholders, chief executive Tom Reyes wrote: “We will recover.” The letter added that “costs must fall.”",
			[]want{{"We will recover.", "Tom Reyes", Full, ""}, {"costs must fall.", "Tom Reyes", Partial, ""}}},
	})
}

// A family's statement is the family's: "a statement from the family",
// "The family of the missing sailor issued a statement … “…,” the
// statement said". Each text is written for this test (issue 20, tenth
// round).
func TestFindRound10FamilyStatement(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the family issued a statement",
			"The search resumed at dawn.\n\nThe family of the missing sailor issued a statement on Tuesday.\n\n“We are heartbroken but hopeful,” the statement said.",
			[]want{{"We are heartbroken but hopeful,", "The family", Full, ""}}},
		{"a statement from the family",
			"The search resumed at dawn.\n\nAccording to a statement from the family, “he was a loving father and a brave man.”",
			[]want{{"he was a loving father and a brave man.", "the family", Partial, ""}}},
	})
}

// A user name (letters then figures, "rosie88") is a speaker's name: "“…,”
// rosie88 posted", "Twitter user rosie88 wrote: “…”". Each text is
// written for this test (issue 20, tenth round).
func TestFindRound10UserNameSpeaks(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a user name posting",
			"The posts were deleted on Friday.\n\n“Piracy is always ethical,” rosie88 posted. “If you think that you are making a difference, you don’t understand markets.”",
			[]want{{"Piracy is always ethical,", "rosie88", Full, ""}, {"If you think that you are making a difference, you don’t understand markets.", "rosie88", Full, ""}}},
		{"a user name after its noun",
			"The show ended late, Police Scotland said.\n\nTwitter user rosie88 wrote: “This was the best night ever.”",
			[]want{{"This was the best night ever.", "rosie88", Full, ""}}},
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
