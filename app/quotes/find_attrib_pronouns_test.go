package quotes

import "testing"

// Tests of pronouns and unattributed quotations: whom "he", "she", "it" or
// "they" stands for, and whom a quotation goes on with (attrib_pronouns.go).
// Each text is written for its test.

// "he added" goes on with whoever was quoted last, not with a person of
// unknown gender the sentences between name as reporting something
// without quotation marks; an antecedent quoted in the same sentence
// keeps the pronoun. Each text is written for this test (issue 20, fifth
// round).
func TestFindRound5AddedContinues(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an interviewer reported between two quotations",
			"Prince Hal spoke to Dana Crewe for two hours.\n\n“I was not ready for that,” Hal said. On Monday, Crewe told reporters that Hal had said the relative was not his father.\n\n“But it was right at the start,” he added.",
			[]want{{"I was not ready for that,", "Hal", Full, ""}, {"But it was right at the start,", "Hal", Full, ""}}},
		{"the antecedent quoted in the same paragraph keeps the pronoun",
			"Seth Rook wrote that “they have fake stores.”\n\nCritics were divided.\n\nAt the Review, Dan Ede says that critics of the film who reduce it to a silly bromance, “don't know what they are talking about.” He adds: “It is a punk film.”",
			[]want{{"they have fake stores.", "Seth Rook", Partial, ""}, {"don't know what they are talking about.", "Dan Ede", Partial, ""}, {"It is a punk film.", "Dan Ede", Full, ""}}},
	})
}

// "Taking Archie outside is his favourite thing, he said.": a pronoun in
// a reporting clause closing indirect speech is the speaker the text is
// about, never a name inside what is reported. Written for this test
// (issue 20, fifth round).
func TestFindRound5ReportedContent(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a boy named in the reported words",
			"Prince Hal said that the garden has helped since his son Archie was born in May.\n\nTaking Archie outside is his favourite thing, he said. “The highlight for me is the bicycle.”",
			[]want{{"The highlight for me is the bicycle.", "Hal", Full, ""}}},
		{"a colleague named in the reported words",
			"Coach Ray Mills said the team was tired.\n\nThe new signing Tom Hale is fit again, he said. “We need him on Sunday.”",
			[]want{{"We need him on Sunday.", "Ray Mills", Full, ""}}},
	})
}

// An unattributed quotation goes on with the speaker quoted just before,
// not with a name after a preposition in a sentence about something else;
// a new subject named in between takes it. Each text is written for this
// test (issue 20, fifth round).
func TestFindRound5NameInModifier(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a sponsor named in a participle phrase",
			"“We will pass it,” Tom Smithee said.\n\nThe bill, sponsored by Sen. Jane Doerr, passed the House in May.\n\n“It is a good bill.”",
			[]want{{"We will pass it,", "Tom Smithee", Full, ""}, {"It is a good bill.", "Tom Smithee", Full, ""}}},
		{"a new subject in between",
			"“We will pass it,” Tom Smithee said.\n\nSen. Jane Doerr sponsored the bill, which passed the House in May.\n\n“It is a good bill.”",
			[]want{{"We will pass it,", "Tom Smithee", Full, ""}, {"It is a good bill.", "Jane Doerr", Full, ""}}},
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

// A name that opens the clause a verb of speech reports ("Harper, who said
// Mulroney never raised the matter") is what the speech is about: it does
// not speak, and a later quotation or pronoun does not go to it; nor does a
// name in a relative clause of the reported words ("He said the music by
// Tesori, who wrote the songs, has “…”"). Each text is written for this
// test (issue 20, seventh round).
func TestFindRound7ReportedSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a name reported on is not the next speaker",
			"Karl Brenner testified for a second day on Thursday.\n\n“The meeting went very well,” said Brenner.\n\nThis contradicts statements by Premier Lyle Haddon, who said Ross Pelley never raised the matter with him.\n\n“It was a shock for me when the premier said that on television.”\n\nAnd he said the project “was never going to be built.”",
			[]want{{"The meeting went very well,", "Karl Brenner", Full, ""}, {"It was a shock for me when the premier said that on television.", "Karl Brenner", Full, ""}, {"was never going to be built.", "Karl Brenner", Partial, ""}}},
		{"a writer in a relative clause of the reported words",
			"“It is the plot of the first film,” said Jon Mercer, who will direct the show.\n\nHe said the music by Joan Tessaro, who wrote songs for many shows, has “real guts to it.”",
			[]want{{"It is the plot of the first film,", "Jon Mercer", Full, ""}, {"real guts to it.", "Jon Mercer", Partial, ""}}},
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

// The profile rule (a pronoun of someone the article has only talked
// about goes to the person it quotes throughout) leaves alone a pronoun
// reporting speech without a quotation ("He said he was called to the
// hospital"): the one just named speaks, and his later quotations are
// his. Written for this test (issue 20, eleventh round).
func TestFindRound11ProfileIndirectSpeech(t *testing.T) {
	head := "Acting president Tomas Ekanda knew something was wrong that day.\n\n" +
		"“I was asking myself why they called,” Ekanda says.\n\n" +
		"Beside him during the interview was Speaker Paul Mareka.\n\n" +
		"“I was there when he left,” Ekanda recalled.\n\n" +
		"“We did not say goodbye,” Ekanda said.\n\n" +
		"“It was very difficult,” he recalled.\n\n" +
		"Mareka, one of the late president’s friends, visited the hospital that night.\n\n"
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a pronoun reporting speech",
			head + "He said he and a few others were called to the hospital.\n\n“It gave us a sense of hope,” he said.",
			[]want{{"I was asking myself why they called,", "Tomas Ekanda", Full, ""}, {"I was there when he left,", "Tomas Ekanda", Full, ""}, {"We did not say goodbye,", "Tomas Ekanda", Full, ""}, {"It was very difficult,", "Tomas Ekanda", Full, ""}, {"It gave us a sense of hope,", "Paul Mareka", Full, ""}}},
		{"a name with a verb of speculating",
			head + "Political analyst Jonas Hilde doubts the official account.\n\nHilde speculates that the president knew the end was near.\n\n“People may have become aware of it,” he says.",
			[]want{{"I was asking myself why they called,", "Tomas Ekanda", Full, ""}, {"I was there when he left,", "Tomas Ekanda", Full, ""}, {"We did not say goodbye,", "Tomas Ekanda", Full, ""}, {"It was very difficult,", "Tomas Ekanda", Full, ""}, {"People may have become aware of it,", "Jonas Hilde", Full, ""}}},
	})
}

// A person introduced in someone's reported speech ("Lerato Phiri said the
// licence went to one Mr Dube") who has not spoken does not take the "he
// said" of a quotation after a sentence about him: the source goes on.
// Written for this test (issue 20, eleventh round).
func TestFindRound11ReportingSourceGoesOn(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the man talked about",
			"Former councillor Thabo Phiri said villagers had raised concerns for years.\n\n" +
				"Mr Phiri said the licence was first issued in 2014 to one Mr Dube of the capital.\n\n" +
				"He said Mr Dube later leased the site to a foreign firm.\n\n" +
				"Mr Dube then sold the licence to another company.\n\n" +
				"“Nothing has changed since then,” he said.",
			[]want{{"Nothing has changed since then,", "Thabo Phiri", Full, ""}}},
		{"a new speaker named in full",
			"Former councillor Thabo Phiri said villagers had raised concerns for years.\n\n" +
				"Jacob Dube, who owns the licence, rejected the claims.\n\n" +
				"“Nothing has changed since then,” he said.",
			[]want{{"Nothing has changed since then,", "Jacob Dube", Full, ""}}},
	})
}

// A name of unknown gender in a subordinate clause that speaks there
// ("after club boss Bruno Cole said…") is who the next "he told" means, not
// the man quoted before. Written for this test (issue 20, eleventh round).
func TestFindRound11SpeakerInSubordinateClause(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a speaker after after",
			"League chairman Ray Hadley said the league would begin the process to find a new coach.\n\n\"I have spoken to Wayne Bennett before,\" Hadley said.\n\n" +
				"The way is clear for Bennett's involvement after club boss Bruno Cole said on Friday the coach would be free to help.\n\n\"We have always encouraged players and staff,\" he told AAP.",
			[]want{{"I have spoken to Wayne Bennett before,", "Ray Hadley", Full, ""}, {"We have always encouraged players and staff,", "Bruno Cole", Full, ""}}},
	})
}

// "As Prasad played down the boos he faced, she added: “…”": the subject of
// a clause opening the pronoun's sentence, of unknown gender, does not take
// the pronoun from the speaker of that gender just quoted. Each text is
// written for this test (issue 20, twelfth round).
func TestFindRound12SubordinateSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"as clause before she added",
			"Nora Vell clashed with Tavin Prasad on Tuesday. Prasad accused Vell's daughter of using the app.\n\n\"Leave my daughter out of this,\" Vell shot back. As Prasad played down the boos he faced, she added: \"You are just scum.\"",
			[]want{{"Leave my daughter out of this,", "Nora Vell", Full, ""}, {"You are just scum.", "Nora Vell", Full, ""}}},
	})
}

// "As Ramdan played down the boos, she added: “…”": the subject of a
// subordinate clause opening the sentence does not displace the main
// clause's speaker as what the next "she" means (nor take her gender).
// Each text is written for this test (issue 20, thirteenth round).
func TestFindRound13FrontedSubordinateSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"debate: she after as-clause, then he",
			"Former Gov. Nina Hale was center stage in the debate on Wednesday.\n\nHale mixed it up with Gov. Ron Talbot and entrepreneur Veko Ramdan.\n\n\"Leave my daughter out of your voice,\" Hale shot back. As Ramdan played down the boos, she added: \"You're just scum.\"\n\nShe also fended off an attack from Ramdan comparing her to a former vice president \"in three-inch heels.\"\n\n\"I'd first like to say they're five-inch heels, and I don't wear them unless you can run in them,\" she said, drawing applause.\n\nAnd Ramdan, a major skeptic of foreign aid in the primary, again accused Ostmark of having a corrupt government.\n\n\"Level with the people here, Ostmark is not a paragon of democracy,\" he said.",
			[]want{{"Leave my daughter out of your voice,", "Nina Hale", Full, ""}, {"You're just scum.", "Nina Hale", Full, ""},
				{"I'd first like to say they're five-inch heels, and I don't wear them unless you can run in them,", "Nina Hale", Full, ""},
				{"Level with the people here, Ostmark is not a paragon of democracy,", "Veko Ramdan", Full, ""}}},
		{"while-clause subject, then she opening the next sentence",
			"\"We stand by the figures,\" Mary Morrow said. While Kiran Dutt checked the tables, she added: \"Every number was audited.\"\n\nShe then took questions. \"Nothing was hidden from the board,\" she said.",
			[]want{{"We stand by the figures,", "Mary Morrow", Full, ""}, {"Every number was audited.", "Mary Morrow", Full, ""}, {"Nothing was hidden from the board,", "Mary Morrow", Full, ""}}},
	})
}

// "Palling's actions show… “He was pretty open…,” he said": a quotation
// that opens by calling the person the text was about "he" is said by
// someone else, the speaker quoted before. Each text is written for this
// test (issue 20, thirteenth round).
func TestFindRound13QuoteCallsCandidateHe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"possessive opener, quotation opening with he",
			"Rob Palling posted his bank details online last week to show they were of no use to thieves.\n\nA reader used the details to take money from his account. \"He probably thought 'what can you do with this?' and he got burned straight away,\" said Anders Holm, chief technology officer of a fraud firm.\n\nPalling's actions show that not enough attention is paid to identity theft. \"He was pretty open and published all this information, but a lot of people give out a lot of information on social networking sites,\" he said.",
			[]want{{"He probably thought 'what can you do with this?' and he got burned straight away,", "Anders Holm", Full, ""}, {"He was pretty open and published all this information, but a lot of people give out a lot of information on social networking sites,", "Anders Holm", Full, ""}}},
		{"she: the owner talked about",
			"\"The court got it wrong,\" said Mary Tulk, a lawyer for the family.\n\nJudge Anna Brell's ruling against the family came in March. \"She ignored every piece of evidence we put before the court,\" she said.",
			[]want{{"The court got it wrong,", "Mary Tulk", Full, ""}, {"She ignored every piece of evidence we put before the court,", "Mary Tulk", Full, ""}}},
	})
}

// The same quotation after a person just introduced as the sentence's
// subject is that person's ("Maria Delgado, a neighbour, … “She works all
// the time,” she says": round 6).
func TestFindRound13QuoteCallsSubjectShe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a neighbour introduced speaks of the profile's subject",
			"\"I was scared,\" Nora Quill says of her first year.\n\nMaria Delgado, a neighbour, has lived next door for years. \"She works all the time,\" she says.",
			[]want{{"I was scared,", "Nora Quill", Full, ""}, {"She works all the time,", "Maria Delgado", Full, ""}}},
	})
}

// "While making clear the team won't overrate Kade Willis…, Tarrell
// Tomlin says…": a name anywhere in a subordinate clause opening the
// sentence does not displace the main clause's speaker as the next
// pronoun's antecedent. Each text is written for this test (issue 20,
// thirteenth round).
func TestFindRound13NameInFrontedClause(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"while-participle clause with an object name",
			"While making clear the team won't overrate Kade Willis in their planning, Tarrell Tomlin says Willis isn't at Young's level.\n\n\"That's like saying Mendel is no Reggie Bush,\" he said.",
			[]want{{"That's like saying Mendel is no Reggie Bush,", "Tarrell Tomlin", Full, ""}}},
		{"because-clause with an object name",
			"Because the club sold striker Rudi Falk in May, Jonas Brem said the side was short of goals.\n\n\"We were not good enough today,\" he said.",
			[]want{{"We were not good enough today,", "Jonas Brem", Full, ""}}},
	})
}

// "What Paige was doing was “completely ridiculous,” he said": the
// subject of a clause used as the sentence's subject is talked about, not
// what the pronoun after it stands for. Each text is written for this test
// (issue 20, thirteenth round).
func TestFindRound13WhClauseName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"what X was doing was …, he said",
			"Larry Paige announced the reorganisation at a staff meeting.\n\nFinally, one of the engineers in the room, Ron Dalin, started yelling at Paige. He said a staff meeting was no place to give a review. What Paige was doing was “completely ridiculous,” he said.",
			[]want{{"completely ridiculous,", "Ron Dalin", Partial, ""}}},
		{"how X handled it was …, he said",
			"Mayor Tom Ruddle closed the pool in June.\n\n“We were never asked,” said swim coach Arne Pell. How Ruddle handled the closure was “a disgrace from start to finish,” he said.",
			[]want{{"We were never asked,", "Arne Pell", Full, ""}, {"a disgrace from start to finish,", "Arne Pell", Partial, ""}}},
	})
}

// "Brightwell’s Ferrante noted …. “…,” he said.": an owner before the
// surname of someone named in full is where the person works, not the
// subject a later "he" means. Each text is written for this test (issue
// 20, fifteenth round).
func TestFindRound15OwnerBeforeSurname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"firm's surname noted, then he said",
			"Most buyers now hire for skills, according to Brightwell.\n\n“Certificates are becoming a baseline,” said Tomas Ferrante, an analyst at the firm.\n\nBrightwell’s Ferrante noted that the trend could be short-lived. “It’s hard to tell where this goes,” he said.",
			[]want{
				{"Certificates are becoming a baseline,", "Tomas Ferrante", Full, "an analyst at the firm"},
				{"It’s hard to tell where this goes,", "Tomas Ferrante", Full, "an analyst at the firm"},
			}},
		{"agency's surname warned, then she added",
			"The flu season started early, according to Norvale.\n\nIngrid Solberg, who leads the agency's surveillance unit, tracks the data weekly.\n\nNorvale’s Solberg warned that clinics were already full. “We have not seen this since 2009,” she added.",
			[]want{{"We have not seen this since 2009,", "Ingrid Solberg", Full, ""}}},
	})
}

// "In 2014, the year Brewlist named him the best new brewer, he bought
// the building.": a "he" or "she" opening a clause after a name is the
// person quoted before, so a quotation without a verb that follows is
// theirs, not the name's. Each text is written for this test (issue 20,
// fifteenth round).
func TestFindRound15PronounAfterName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a ranking body's name, then he",
			"“I loved the old bars,” says Marcus Falk. “Only later did I take whiskey seriously.”\n\nIn 2013, the year Brewlist declared Pipeline the best new brewery in the world, Falk started a fundraiser for his own brewery. In 2014, the year Brewlist named him the best new brewer in the state, he bought the building and moved his brewing there. More prizes followed, and though he hates the word “empire,” he started building one.\n\n“The craft beer boom was really on fire, but I wanted something that lasts.”",
			[]want{
				{"I loved the old bars,", "Marcus Falk", Full, ""},
				{"Only later did I take whiskey seriously.", "Marcus Falk", Full, ""},
				{"The craft beer boom was really on fire, but I wanted something that lasts.", "Marcus Falk", Full, ""},
			}},
		{"a magazine's name, then she",
			"“We never planned to grow this fast,” said Helen Ostrova, who runs the bakery.\n\nWhen Crumbline declared her loaves the best in the city, the orders doubled overnight. Last spring Crumbline put her on its cover, and she hired six more bakers.\n\n“Some days I still cannot believe it.”",
			[]want{
				{"We never planned to grow this fast,", "Helen Ostrova", Full, "runs the bakery"},
				{"Some days I still cannot believe it.", "Helen Ostrova", Full, "runs the bakery"},
			}},
	})
}

// "… thrown to him by a 16-year-old girl. … “…,” she wrote": with no named
// person or speaking source before it, "she" is the person an indefinite
// phrase of her gender just described; a named woman before it stays the
// antecedent. Each text is written for this test (issue 20, seventeenth
// round).
func TestFindRound17bIndefinitePerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"object of by",
			"The gift was a scarf, thrown to him by a 16-year-old girl. According to a blog post, she had waited for hours outside the arena.\n\n\"It was never my plan for it to hit his face, so I said sorry many times,\" she wrote.",
			[]want{
				{"It was never my plan for it to hit his face, so I said sorry many times,", "a 16-year-old girl", "", ""},
			}},
		{"subject of the sentence before",
			"A 16-year-old girl threw a scarf at him.\n\n\"It was never my plan for it to hit his face, so I said sorry many times,\" she wrote.",
			[]want{
				{"It was never my plan for it to hit his face, so I said sorry many times,", "A 16-year-old girl", "", ""},
			}},
		{"a named woman",
			"Mara Lind handed the scarf to a 16-year-old girl.\n\n\"It was never my plan to keep it,\" she said.",
			[]want{
				{"It was never my plan to keep it,", "Mara Lind", "", ""},
			}},
	})
}

// "“…now that she is engaged,” the source added. … “…,” she told the
// magazine": a source of unknown gender whose words speak of a "she" is
// not the "she" who speaks next; the woman it talks about, named before,
// is. The text is written for this test (issue 20, twenty-first round).
func TestFindRound21bSourceTalksOf(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"she told the magazine",
			"Where is Mara Quell? Since news broke that the 24-year-old singer is engaged, there's been no sign of her online.\n\nA source recently spoke to Starwatch about why Mara is avoiding the cameras.\n\nSo fans wonder. \"Mara is learning how to do things differently now that she is engaged,\" the source added. But, according to a 2016 Vogue Italia interview, she may never be ready. \"Once I marry I'm not going to be online,\" she told the magazine.",
			[]want{{"Mara is learning how to do things differently now that she is engaged,", "A source", Full, ""},
				{"Once I marry I'm not going to be online,", "Mara Quell", Full, ""}}},
		{"a source speaking of herself",
			"Mara Quell is engaged.\n\n\"I was there when my phone rang,\" a source said. \"Then I went home,\" she said.",
			[]want{{"I was there when my phone rang,", "a source", Full, ""},
				{"Then I went home,", "a source", Full, ""}}},
	})
}

// "As for Danforth, he seems…", "… was a turning point for Mr. Okafor, he
// wrote": a person named after "for" just before ", he" is whom the
// pronoun takes up, and the next "he said" is his, not the last man
// quoted nor a woman of unknown gender named after him. "unlike Mr. Rees,
// he" sets the name against the pronoun. The texts are written for this
// test (issue 20, twenty-third round).
func TestFindRound23bTopicPronoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"as for",
			"Governor Paul Danforth spoke on Friday.\n\n" +
				"\"It was a good week,\" said Hal Brenner, his rival.\n\n" +
				"As for Danforth, he seems sure that Okoro and Lindqvist will settle the feud. \"I think both of them are going to move forward,\" he said.",
			[]want{{"It was a good week,", "Hal Brenner", Full, ""},
				{"I think both of them are going to move forward,", "Paul Danforth", Full, ""}}},
		{"for in a closing clause",
			"Victor Okafor ran for the seat in 1990.\n\n" +
				"\"He was uneasy with it,\" Mr. Rees said, recalling the race.\n\n" +
				"June 1989 was a turning point for Mr. Okafor, he wrote in his memoir. \"One side or the other,\" he wrote, \"would have to lose.\"",
			[]want{{"He was uneasy with it,", "Rees", Full, ""},
				{"One side or the other,", "Victor Okafor", Full, ""},
				{"would have to lose.", "Victor Okafor", Full, ""}}},
	})
}

// "The trend … – notably Tom Reyes and Ana Cole – guarantees attention,
// says political scientist Marcus Webb. “…,” he adds.": a reporting clause
// that closes its sentence makes everything before its comma what the
// speaker says, so a name in it is talked about and the next "he" is the
// speaker's. The texts are written for this test (issue 20, twenty-fourth
// round).
func TestFindRound24bClosingReport(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"inverted clause after a name in the subject",
			"The habit of young voters to follow comedians – notably Tom Reyes (\"Late Hour\") and Ana Cole – gives the campaign wide reach, says Harbor State University sociologist Marcus Webb.\n\n" +
				"\"Young voters take this very seriously,\" he adds.",
			[]want{{"Young voters take this very seriously,", "Marcus Webb", Full, ""}}},
		{"name then verb",
			"The pull of comedians – above all Tom Reyes (\"Night Desk\") and Ana Cole – on young voters has grown, Marcus Webb says.\n\n" +
				"\"It will not last,\" he says.",
			[]want{{"It will not last,", "Marcus Webb", Full, ""}}},
	})
}

// A "he" or "she" is a person: a body that spoke last ("The agency
// said …") does not take it from the person the text is about; and a
// clause of speech joined by ", but" ("An official said that …, but Tom
// Pike, its treasurer, said that …") makes its name the speaker a "he"
// right after it means, not the sentence's first subject. The texts are
// written for this test (issue 20, twenty-seventh round).
func TestFindRound27bPronoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a body that spoke last is no he",
			"Tom Baxter, a farmer from Halden, pleaded guilty on Monday to setting the barn fire.\n\n“I regret nothing,” Baxter said in a statement read by his lawyer.\n\nThe agency said some of the records had been lost in the fire.\n\nHe offered no apology in court, waiting until later to issue his written statement. In it, he said the plea was “a choice on my part and in no way an admission.”\n\n“I am not a criminal. I have nothing against the law,” he said.",
			[]want{
				{"I regret nothing,", "Tom Baxter", Full, ""},
				{"a choice on my part and in no way an admission.", "Tom Baxter", Partial, ""},
				{"I am not a criminal. I have nothing against the law,", "Tom Baxter", Full, ""},
			}},
		{"the government that spoke last is no she",
			"Mara Quint, a nurse from Halden, lost her appeal on Monday.\n\nThe government said the ruling would stand.\n\n“I will go on fighting,” she said.",
			[]want{
				{"I will go on fighting,", "Mara Quint", Full, ""},
			}},
		{"a clause of speech after but",
			"The rally was moved twice in one day.\n\nA third official said that the rally was first set for the Elm Club, but Tom Pike, its treasurer, said that the club had been closed for months. “Maybe they talked about it,” he said, “but I never heard.”",
			[]want{
				{"Maybe they talked about it,", "Tom Pike", Full, ""},
				{"but I never heard.", "Tom Pike", Full, ""},
			}},
		{"a clause of speech after but with no appositive",
			"The rally was moved twice in one day.\n\nDana Wells said that the rally was first set for the Elm Club, but Tom Pike said that the club had been closed for months. “Maybe they talked about it,” he said.",
			[]want{
				{"Maybe they talked about it,", "Tom Pike", Full, ""},
			}},
		{"a name reported inside the first clause stays talked about",
			"The rally was moved twice in one day.\n\nA third official said that Tom Pike had booked the Elm Club. “We had no other choice,” he said.",
			[]want{
				{"We had no other choice,", "A third official", Full, ""},
			}},
	})
}

// Whom "he", "she" and "it" stand for, by the shape of the sentence before
// them: a gender "X said she" fixes, a main clause's subject rather than
// a name in a clause fronted before it, a team before a role, the subject
// of a clause inside the sentence, a parenthetical clause of speech after
// a name, and a sentence's subject that "it" takes up. Each text is
// written for this test (issue 20, twenty-eighth round).
func TestFindPronounSalience(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said she fixes the speaker's gender",
			"Tom Brennan, the governor, backs the plan.\n\nMarisol Okafor-Reyes said she would fight it.\n\n“It is the right plan,” he said.",
			[]want{{"It is the right plan,", "Tom Brennan", Full, ""}}},
		{"a name in a fronted clause against the main clause's subject",
			"Tuukka Rask made 30 saves on Thursday.\n\nWhen asked if he was surprised by how well Rask has played, Bruins veteran defenseman Andrew Ference just laughed.\n\n“Not surprised, no,” he said.",
			[]want{{"Not surprised, no,", "Andrew Ference", Full, ""}}},
		{"a team before a role and a name is no subject",
			"The Boston Bruins won again on Thursday.\n\nWhen asked if he was surprised by how well Rask has played, Bruins veteran defenseman Andrew Ference just laughed.\n\n“Not surprised, no,” he said.",
			[]want{{"Not surprised, no,", "Andrew Ference", Full, ""}}},
		{"a source a she was guessed for is no he",
			"I pick the guard, Hadvar. He looks better equipped.\n\n“Thanks for your help,” says Hadvar.\n\nSoon, though, we have made it to Riverwood, and Hadvar's uncle welcomes us.\n\n“Legends don't destroy houses,” another says.\n\nI finally find Hadvar's uncle. The bandit keeps stabbing him. Soon she turns her attention to him.\n\nHadvar's uncle slowly reaches for his mace, turns to the bandit, and bats her into a cart. She's dead.\n\n“Take what you need my friend,” he reiterates.",
			[]want{{"Thanks for your help,", "Hadvar", Full, ""}, {"Legends don't destroy houses,", "another", Full, ""}, {"Take what you need my friend,", "Hadvar's uncle", Full, ""}}},
		{"the subject of a clause inside the sentence",
			"Prime Minister David Cameron spoke in Davos.\n\nJohn Hourican, the head of the investment arm, who will oversee 3,500 job losses, will receive up to £4m in shares that he was awarded in 2009.\n\nThe announcement came after Cameron gave a speech condemning a tax on the City as \"madness\".\n\n“It is quite simply madness,” he told leaders.",
			[]want{{"madness", "David Cameron", Partial, ""}, {"It is quite simply madness,", "David Cameron", Full, ""}}},
		{"a parenthetical clause of speech after the name it is about",
			"Jay Rothman, the network's senior producer, attributes this to the quarterback, Brett Favre. Mr. Favre, he says, is a “move-the-meter guy,” who warrants attention.",
			[]want{{"move-the-meter guy,", "Jay Rothman", Partial, ""}}},
		{"it is the sentence's subject that nothing shows to be a person",
			"There is a countdown clock on the website for RW Arms, a Texas seller of accessories.\n\nFormer ATF officials say the delay is unusual.\n\nRW Arms would not agree to an interview, but it emailed a response to the question.\n\n“We cannot speak on behalf of our customers.”",
			[]want{{"We cannot speak on behalf of our customers.", "RW Arms", Full, ""}}},
		{"it is a body named after the the opening its sentence",
			"He was an expert on HIV and led research into the virus for decades.\n\nThe IAS released a statement today confirming his death.\n\n“We are truly saddened,” it said.",
			[]want{{"We are truly saddened,", "IAS", Full, ""}}},
	})
}
