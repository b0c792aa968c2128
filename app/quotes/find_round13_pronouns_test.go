package quotes

import "testing"

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

// "Dan Kohl praised Nina Hale for calling Veko Ramdan “scum”": the one
// praised or blamed for words said them, not the sentence's subject. Each
// text is written for this test (issue 20, thirteenth round).
func TestFindRound13ForGerundSpeaker(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"praised X for calling",
			"Dan Kohl also praised Nina Hale for calling entrepreneur Veko Ramdan \"scum\" after he brought up her daughter.",
			[]want{{"scum", "Nina Hale", Partial, ""}}},
		{"criticised a titled name for describing",
			"Senator Ada Brill criticised Mayor Tom Ruddle for describing the protesters as \"a mob of thugs and vandals\".",
			[]want{{"a mob of thugs and vandals", "Tom Ruddle", Partial, ""}}},
		{"X's ban for calling",
			"India resumed the tour after suspending it in the wake of spinner Raj Vettan's three-Test ban for calling Owen Pike a \"clown\", a charge they deny.",
			[]want{{"clown", "Raj Vettan", Partial, ""}}},
		{"slammed X for saying",
			"Critics slammed Tom Ruddle for saying the flood was \"nobody's fault but the weather\".",
			[]want{{"nobody's fault but the weather", "Tom Ruddle", Partial, ""}}},
	})
}

// "…, with one senior city official telling the Herald, “…”": one person
// described after "with" is the participle's subject, as a plural is
// ("with some analysts suggesting"). Each text is written for this test
// (issue 20, thirteenth round).
func TestFindRound13WithOneTelling(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"with one official telling",
			"Mayor Ted Ross was warned the plan could hurt him, with one senior city official telling the Herald, \"He did not know much about the issue and was just doing it for his friends.\"",
			[]want{{"He did not know much about the issue and was just doing it for his friends.", "one senior city official", Full, ""}}},
		{"with a firefighter saying",
			"The fire spread to three houses before crews arrived, with a firefighter saying, \"We called them twice and nobody came for forty minutes.\"",
			[]want{{"We called them twice and nobody came for forty minutes.", "a firefighter", Full, ""}}},
	})
}

// "… in comments to Foreign Policy magazine, which quoted him as saying
// “…”": the one "him" stands for speaks, not the outlet. Each text is
// written for this test (issue 20, thirteenth round).
func TestFindRound13QuotedHimAsSaying(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"which quoted him as saying",
			"Earlier this month, lead attorney Eric Lowe called the actions \"outrageous\" in comments to Harbour Policy magazine, which quoted him as saying \"Torture is a breach of international law. That is contrary to law and contrary to our values.\"",
			[]want{{"outrageous", "Eric Lowe", Partial, ""}, {"Torture is a breach of international law. That is contrary to law and contrary to our values.", "Eric Lowe", Full, ""}}},
		{"the paper quoted her as saying",
			"Mayor Ines Dorr left the meeting early. The Ostra Herald quoted her as saying: \"I will not sign a budget that closes the library.\"",
			[]want{{"I will not sign a budget that closes the library.", "Ines Dorr", Full, ""}}},
	})
}
