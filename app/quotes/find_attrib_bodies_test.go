package quotes

import "testing"

// Tests of organisations as speakers (attrib_bodies.go). Each text is
// written for its test.

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

// "over what it called “…” across the region, the ministry said": the
// clause closing the sentence names who speaks for the body the pronoun
// stands for, not the body named before. Each text is written for this
// test (issue 20, eleventh round).
func TestFindRound11WhatItCalled(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"what it called, then a ministry closing the sentence",
			"Valdria expressed regret over the strikes, Valdrian Foreign Ministry spokesperson Tor Min said on Monday.\n\nNorland on Wednesday summoned the envoy over what it called “unprovoked strikes at many sites” across the region, the Ministry of Foreign Affairs said.",
			[]want{{"unprovoked strikes at many sites", "Ministry of Foreign Affairs", Partial, ""}}},
		{"what they called, then a named person closing the sentence",
			"Two unions met on Tuesday.\n\nThe drivers walked out over what they called “a pay cut in disguise” at the depot, union leader Maren Oduya said.",
			[]want{{"a pay cut in disguise", "Maren Oduya", Partial, ""}}},
		{"the sentence's subject condemns what it calls",
			"Canada says a child was killed and two people injured in the attack.\n\nThe Ministry of Foreign Affairs has condemned what it calls a “blatant and unprovoked act of aggression” on civilian areas by the Ostmark Air Force.",
			[]want{{"blatant and unprovoked act of aggression", "Ministry of Foreign Affairs", Partial, ""}}},
		{"what it called with no clause closing the sentence stays the body's",
			"Norland on Wednesday summoned the envoy over what it called “unprovoked strikes at many sites” across the region.",
			[]want{{"unprovoked strikes at many sites", "Norland", Partial, ""}}},
	})
}

// "The drills were announced by Ostmark’s home ministry … the ministry
// said": "the ministry" refers back to the ministry described since the
// one named, not to the ministry of another country named earlier. Each
// text is written for this test (issue 20, eleventh round).
func TestFindRound11OwnedInstitution(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a country's home ministry after another country's foreign ministry",
			"Valdria expressed regret over the strikes, Valdrian Foreign Ministry spokesperson Tor Min said on Monday.\n\nThe drills were announced by Ostmark’s home ministry on Monday. They will train people to respond to any “hostile attacks,” the ministry said in a statement.",
			[]want{{"hostile attacks,", "Ostmark’s home ministry", Partial, ""}}},
		{"a health agency described after none was named",
			"Cases rose in the north, Norland’s health agency reported on Friday. “The wave has not yet peaked,” the agency said.",
			[]want{{"The wave has not yet peaked,", "Norland’s health agency", Full, ""}}},
		{"a ministry named after the described one is the one meant",
			"The drills were announced by Ostmark’s home ministry on Monday.\n\n“We are ready to defend every town,” the Ministry of Foreign Affairs said on Tuesday. “We will respond to any attack,” the ministry said.",
			[]want{{"We are ready to defend every town,", "Ministry of Foreign Affairs", Full, ""}, {"We will respond to any attack,", "Ministry of Foreign Affairs", Full, ""}}},
	})
}

// "The Ostmark army in a statement said": a body's noun ("the army", "the
// university") is the body, not a person whose description has the word
// ("an Ostmark army officer"). Each text is written for this test (issue
// 20, eleventh round).
func TestFindRound11BodyNotMember(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the army after an army officer",
			"Col. Mara Velt, an Ostmark army officer, said the strikes started at 1:05 a.m. and lasted for about 25 minutes.\n\nNorland’s military said Wednesday its air force shot down five jets.\n\nThe Ostmark army in a statement said Norland troops “resorted to arbitrary firing,” along the border. It said it was “responding in a proportionate manner.”",
			[]want{{"resorted to arbitrary firing,", "The Ostmark army", Partial, "in a statement"}, {"responding in a proportionate manner.", "The Ostmark army", Partial, "in a statement"}}},
		{"the army after an army officer, then the army alone",
			"Capt. Ivo Ransk, a Norland army spokesman, said the road was closed.\n\nLater the army said the car had been “packed with explosives and parked by the roadside” overnight.",
			[]want{{"packed with explosives and parked by the roadside", "the army", Partial, ""}}},
	})
}

// "the Ministry of Foreign Affairs spokesperson" is no spokesperson of
// another body quoted before ("Military spokesperson Lt. Gen. Omar Tesk");
// a description without a body's name ("the California Republican") still
// refers back. Each text is written for this test (issue 20, eleventh
// round).
func TestFindRound11QualifiedSpokesperson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a ministry's spokesperson after a military spokesperson",
			"Military spokesperson Lt. Gen. Omar Tesk said the jets were downed from within Norland airspace.\n\n“Valdria regrets the strikes and is concerned about the current developments,” the Ministry of Foreign Affairs spokesperson said in a statement.",
			[]want{{"Valdria regrets the strikes and is concerned about the current developments,", "the Ministry of Foreign Affairs spokesperson", Full, ""}}},
		{"the same body's spokesperson refers back",
			"Foreign Ministry spokesperson Ana Rell said the talks would resume.\n\n“We call on both sides to stay calm and avoid further escalation,” the Foreign Ministry spokesperson said.",
			[]want{{"We call on both sides to stay calm and avoid further escalation,", "Ana Rell", Full, ""}}},
	})
}

// "The church has responded with a statement, calling the book “…”": an
// institution's noun is a subject that speaks, and "the church" is the
// church the text named ("the Church of Lumen"), not the person quoted
// last. Each text is written for this test (issue 20, eleventh round).
func TestFindRound11InstitutionSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the church responds, calling",
			"Arlo Penn, author of a new biography, alleges that the actor ranks second in command in the Church of Lumen.\n\nThe actor's lawyer, Bert Sand, said Wednesday that the book is “absolutely loaded with false statements.”\n\nThe church has responded with a 15-page statement, calling the book “a bigoted, defamatory assault replete with lies” and saying the actor “holds no official position in the Church hierarchy.”",
			[]want{{"absolutely loaded with false statements.", "Bert Sand", Partial, "The actor's lawyer"}, {"a bigoted, defamatory assault replete with lies", "Church of Lumen", Partial, ""}, {"holds no official position in the Church hierarchy.", "Church of Lumen", Partial, ""}}},
		{"the church said",
			"Arlo Penn alleges that the actor ranks second in the Church of Lumen.\n\n“The book is a bigoted, defamatory assault replete with lies,” the church said.",
			[]want{{"The book is a bigoted, defamatory assault replete with lies,", "Church of Lumen", Full, ""}}},
	})
}

// "Israel did not appear at the hearings, but … rejected the questions as
// “…”. It argued that …": a country that opens a quoting sentence as its
// subject is what a later "it" means, not a body listed before; "the
// company" is never a country. Each text is written for this test (issue
// 20, eleventh round).
func TestFindRound11PlaceSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a country opens the sentence, it argues",
			"The hearings heard from representatives of some 40 countries and organisations, including Norland, the African Union, the UN, China and the US.\n\nIsrael did not appear at the hearings, but, in a written submission to the court on 28 February, rejected the questions raised by the proceedings as “patently biased and one-sided”.\n\nIt argued that no obligation exists on it to respect the agency, when “the legitimate security concerns of a member state are severely undermined by the agency in question”.",
			[]want{{"patently biased and one-sided", "Israel", Partial, ""}, {"the legitimate security concerns of a member state are severely undermined by the agency in question", "Israel", Partial, ""}}},
	})
}

// "Ostmark’s embassy in Washington says … The Embassy says": a capitalised
// institution noun alone after "the" refers back to the institution just
// described, not to a body named "Embassy". Each text is written for this
// test (issue 20, eleventh round).
func TestFindRound11CapInstitution(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the Embassy after a country's embassy",
			"Ostmark’s embassy in Washington says that its security adviser has spoken to the Secretary of State.\n\nThe Embassy says in a statement that Ostmark’s actions “were measured, responsible and designed to be non-escalatory in nature.”",
			[]want{{"were measured, responsible and designed to be non-escalatory in nature.", "Ostmark’s embassy", Partial, "in Washington"}}},
	})
}

// "(Acme corporate communications said of the incident, “…”)": a press
// department speaks for its company, not the person quoted before, and a
// parenthesis after a quotation that ends a sentence opens another.
// Written for this test (issue 20, eleventh round).
func TestFindRound11CommunicationsDepartment(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a press department",
			"Union president Tanner Fisk filed a complaint. \"It was easy,\" he told me. (Acme corporate communications said of the incident, \"We respect our employees and comply with the law.\" The case is still ongoing.)",
			[]want{{"It was easy,", "Tanner Fisk", Full, ""}, {"We respect our employees and comply with the law.", "Acme corporate communications", Full, ""}}},
		{"a parenthesis after a quotation",
			"“I filed a complaint a few days later,” union president Tanner Fisk told me. “It was easy. I did it myself.” (Acme corporate communications said of the incident, “We respect our employees.”)",
			[]want{{"I filed a complaint a few days later,", "Tanner Fisk", Full, ""}, {"It was easy. I did it myself.", "Tanner Fisk", Full, ""}, {"We respect our employees.", "Acme corporate communications", Full, ""}}},
	})
}

// "The Writers Guild of Arcadia applauded the deal. “…,” the union said":
// "the union" is the labour body named last (a guild is an organisation),
// not a union described before under another name. Each text is written
// for this test (issue 20, thirteenth round).
func TestFindRound13TheUnionBack(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a guild named after a described union",
			"Arcadia's actors union reached a tentative deal with studios on Wednesday.\n\nThe Writers Guild of Arcadia applauded Wednesday's deal. \"We're thrilled to see the performers win a contract,\" the union said in a statement. \"When workers are united, they win!\"",
			[]want{{"We're thrilled to see the performers win a contract,", "Writers Guild of Arcadia", Full, ""}, {"When workers are united, they win!", "Writers Guild of Arcadia", Full, ""}}},
		{"a federation named the paragraph before",
			"The port's dockers union called off its strike on Monday.\n\nThe National Federation of Harbour Workers backed the decision after a vote.\n\n\"Our members have shown what solidarity can win,\" the union said.",
			[]want{{"Our members have shown what solidarity can win,", "National Federation of Harbour Workers", Full, ""}}},
	})
}

// "VEL-TRA, the actors’ union, called…; “…,” the union said": a name set
// in apposition to a union is the union referred back to, whether the
// finder took it for an organisation or a person. Each text is written
// for this test (issue 20, fourteenth round).
func TestFindRound14UnionByAppos(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"hyphenated capitals, the actors' union",
			"Born in Chicago, Gorrin attended Juilliard.\n\nVEL-TRA, the actors’ union, called Gorrin “a powerful and dynamic performer.”\n\n“He will be deeply missed,” the union said in a post.",
			[]want{{"a powerful and dynamic performer.", "VEL-TRA", Partial, ""}, {"He will be deeply missed,", "VEL-TRA", Full, ""}}},
		{"one word, the dockers' union",
			"The port reopened on Monday after a week.\n\nVeltra, the dockers’ union, had called the strike “the only way to be heard.”\n\n“We won nothing we did not fight for,” the union said.",
			[]want{{"the only way to be heard.", "Veltra", Partial, ""}, {"We won nothing we did not fight for,", "Veltra", Full, ""}}},
		{"a person who heads a union is not it",
			"The port reopened on Monday.\n\nDora Kell, the union's president, said the strike worked.\n\n“We won nothing we did not fight for,” the union said.",
			[]want{{"We won nothing we did not fight for,", "the union", Full, ""}}},
	})
}

// "Norvik says the solvent … was approved by the Harbour Authority and
// the Coast Guard. “…,” the company said": a company is no public body,
// so "the company" is the business that spoke last, not the agency named
// last. Each text is written for this test (issue 20, sixteenth round).
func TestFindRound16bCompanyNotPublicBody(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the company after an agency",
			"Norvik makes the solvent used on the spill.\n\nBut Norvik says the solvent breaks down quickly and has been approved by the Harbour Authority and the Coast Guard.\n\n\"It has worked well on every spill we have seen so far,\" the company said.",
			[]want{
				{"It has worked well on every spill we have seen so far,", "Norvik", Full, ""},
			}},
	})
}

// A body described by a proper name before "government" or "agency"
// ("the UK government", "the Kestrel Press agency") is named without its
// determiner, as a named organisation is; a nationality adjective before
// the noun ("the Scottish government") leaves the phrase described. Each
// text is written for this test (issue 20, seventeenth round).
func TestFindRound17aBodyWithoutThe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a country's initials opening the sentence",
			"The UK government says Mr Halden \"cannot leave the country\".",
			[]want{{"cannot leave the country", "UK government", Partial, ""}}},
		{"a news agency's name with a lower-case noun",
			"The men were released after \"a long and careful review,\" the Kestrel Press agency said.",
			[]want{{"a long and careful review,", "Kestrel Press agency", Partial, ""}}},
		{"a nationality before the name stays in it",
			"The Vardan Press agency said the men were \"given a fair hearing at every stage\".",
			[]want{{"given a fair hearing at every stage", "Vardan Press agency", Partial, ""}}},
		{"a nationality adjective keeps the phrase described",
			"The men must leave, \"and soon,\" the Scottish government said.",
			[]want{{"and soon,", "the Scottish government", Partial, ""}}},
		{"an unknown nationality-shaped adjective too",
			"The men must leave, \"and soon,\" the Mauritanian government said.",
			[]want{{"and soon,", "the Mauritanian government", Partial, ""}}},
	})
}

// One capitalised word before "government" that is no acronym may be a
// country's name used as an adjective: the phrase stays described.
func TestFindRound17aBodyOneWord(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a country's name as a modifier",
			"The men must leave, \"and soon,\" the Norvia government said.",
			[]want{{"and soon,", "the Norvia government", Partial, ""}}},
		{"an acronym is a name",
			"The men must leave, \"and soon,\" the EU agency said.",
			[]want{{"and soon,", "EU agency", Partial, ""}}},
	})
}

// "The agency" after "the Kestrel Press agency said" is that agency, not
// the shorter name inside it ("Kestrel Press").
func TestFindRound17aAgencyBack(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the agency adds",
			"The Kestrel Press agency said the men were \"given a fair hearing at every stage\".\n\nThe agency added: \"The state will not bend to threats of any kind.\"",
			[]want{
				{"given a fair hearing at every stage", "Kestrel Press agency", Partial, ""},
				{"The state will not bend to threats of any kind.", "Kestrel Press agency", Full, ""},
			}},
	})
}

// An institution owned by a common noun ("the country’s interior
// ministry") is described: the owner is left out and the head takes
// "a"/"an"; a proper name's ("Norvia’s interior ministry") stays. Each
// text is written for this test (issue 20, seventeenth round).
func TestFindRound17aCommonOwnedInstitution(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"after the quotation",
			"Offences ranged from theft to holding \"dangerous views\", the country’s interior ministry said in a statement.",
			[]want{{"dangerous views", "an interior ministry", Partial, ""}}},
		{"opening the sentence",
			"The country’s interior ministry said the men held \"dangerous views\".",
			[]want{{"dangerous views", "an interior ministry", Partial, ""}}},
		{"a proper name's ministry keeps the owner",
			"Offences ranged from theft to holding \"dangerous views\", Norvia’s interior ministry said.",
			[]want{{"dangerous views", "Norvia’s interior ministry", Partial, ""}}},
	})
}

// "The group said" after a person and an organisation are named is the
// organisation: a noun for a body of people never means the person the
// text named last, whatever is known of that person's role. The text is
// written for this test (issue 20, twentieth round).
func TestFindRound20bBodyNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the group after a person",
			"Anna Berg raised more than $20,000 for the Dallas-based Maren Hollis Foundation.\n\nBerg was not surprised by the charity's announcement. The group said there has been a drop in \"participation levels\" over four years.",
			[]want{{"participation levels", "Maren Hollis Foundation", Partial, ""}}},
	})
}

// "When the Border Agency reviews a booking…, it issues what it calls a
// “flag”": the "it" of the main clause is the body the fronted clause is
// about, not an earlier one. The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bFrontedClauseBody(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"when clause",
			"Defenders of the Patriot Act argued that the agency needed consent.\n\nWhen the Border Agency reviews a booking it believes merits a closer look, it issues what it calls a \"flag\".",
			[]want{{"flag", "Border Agency", Partial, ""}}},
	})
}

// "as the Foreign Office pronounced itself “deeply concerned” at what it
// called a “…”": "it" is the body that is the subject of a verb earlier in
// its own sentence, not one named a sentence before. The text is written
// for this test (issue 20, twenty-first round).
func TestFindRound21bClauseBody(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"subject earlier in the sentence",
			"The Border Agency has kept the travel records of Jon Vell, who is now staying in a hotel.\n\nThe verdict on Thursday further underscored the divide between the two countries as the Foreign Office pronounced itself \"deeply concerned\" at what it called a trend of \"silencing critics at home.\"",
			[]want{{"deeply concerned", "Foreign Office", Partial, ""},
				{"silencing critics at home.", "Foreign Office", Partial, ""}}},
	})
}

// An adverb after a body's name that opens a sentence ("The … Foundation
// primarily provides what it calls …") begins the predicate: the body
// alone is the subject that "it" stands for, and its name is the speaker.
// The text is written for this test (issue 20, twenty-second round).
func TestFindRound22aSubjectAdverb(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"adverb after a foundation's name",
			"The Riverside Youth Foundation primarily provides what it calls \"real chances for the kids,\" including fishing trips and cooking classes.",
			[]want{{"real chances for the kids,", "Riverside Youth Foundation", Partial, ""}}},
	})
}
