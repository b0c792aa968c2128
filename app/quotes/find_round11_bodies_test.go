package quotes

import "testing"

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

// "The ministry says in a statement that the council was told that “…”":
// a passive verb of telling inside what a speaker reports is that
// speaker's words; on its own ("She was warned that “…”") it stays a
// hearer's. Each text is written for this test (issue 20, eleventh round).
func TestFindRound11ReportedTelling(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a ministry reports what the council was told",
			"Norland’s Ministry of Foreign Affairs says Brask has informed the Security Council about the attacks.\n\nThe ministry says in a statement that the council was told that “Norland reserves the right to respond appropriately to this aggression.”",
			[]want{{"Norland reserves the right to respond appropriately to this aggression.", "Ministry of Foreign Affairs", Full, ""}}},
		{"a person reports what the envoys were warned",
			"Talks broke down in Brask on Friday.\n\nMira Tolst said on Saturday that the envoys were warned that “any further delay will cost lives.”",
			[]want{{"any further delay will cost lives.", "Mira Tolst", Partial, ""}}},
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

// "In a statement, it said …. “…,” the statement said": the body "it"
// stands for issued the statement, not a body that spoke in a statement
// before. Each text is written for this test (issue 20, eleventh round).
func TestFindRound11FrontedPronounAuthor(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"in a statement, it said",
			"Valdria expressed regret over the strikes, Valdrian Foreign Ministry spokesperson Tor Min said in a statement on Monday.\n\nNorland on Wednesday summoned the envoy over what it called “unprovoked strikes at many sites” across the region, the Ministry of Foreign Affairs said.\n\nIn a statement, it said the strikes killed six civilians.\n\nThe envoy was told that “this act of aggression is a clear violation of our sovereignty,” the statement said.",
			[]want{{"unprovoked strikes at many sites", "Ministry of Foreign Affairs", Partial, ""}, {"this act of aggression is a clear violation of our sovereignty,", "Ministry of Foreign Affairs", Partial, ""}}},
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

// "using his Parley Social platform to criticise “…”": the platform one
// uses is the means, the user speaks. Each text is written for this test
// (issue 20, eleventh round).
func TestFindRound11UsedMeans(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"using his platform to criticise",
			"Ray Dorrit reacted furiously to the ruling, saying he was ashamed of the judges.\n\nHe also seemed to expect the court to rule against him, using his Parley Social platform to criticise “dumb judges and justices” and rich donors who fund his rivals.",
			[]want{{"dumb judges and justices", "Ray Dorrit", Partial, ""}}},
		{"used her column to criticise",
			"Nell Arvo writes for the Harbor Ledger every week.\n\nShe used her weekly column to criticise “a council that has forgotten its voters” and its budget.",
			[]want{{"a council that has forgotten its voters", "Nell Arvo", Partial, ""}}},
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

// "According to reports, Varn beat the women who he “kept …”": the source
// the sentence opens with gives the words, and the name after its comma
// opens the clause, no apposition to it. Each text is written for this
// test (issue 20, eleventh round).
func TestFindRound11AccordingSource(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"according to reports",
			"Tom Varn was arrested in 1987.\n\nAccording to reports, Varn repeatedly beat the women who he “kept alive barely with dog food” and “would also make them fight each other”.",
			[]want{{"kept alive barely with dog food", "reports", Partial, ""}, {"would also make them fight each other", "reports", Partial, ""}}},
		{"according to court documents",
			"Tom Varn was arrested in 1987.\n\nAccording to court documents, Varn “kept the women chained in the basement” for months.",
			[]want{{"kept the women chained in the basement", "court documents", Partial, ""}}},
		{"according to a spokesman with his name in apposition",
			"The plant closed on Friday.\n\nAccording to its spokesman, Ole Brandt, the closure was “a hard but necessary step” for the firm.",
			[]want{{"a hard but necessary step", "Ole Brandt", Partial, "its spokesman"}}},
	})
}

// "with some analysts suggesting that …": a plural after "with" is the
// subject of the participle of speech after it, not the person quoted
// before. Each text is written for this test (issue 20, eleventh round).
func TestFindRound11WithSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"with some analysts suggesting",
			"General Omar Tesk described the campaign as a form of “digital terrorism” aimed at the public.\n\nThe shift has sparked concern with some analysts suggesting that the military is carrying out “prejudiced online surveillance” across the country.",
			[]want{{"prejudiced online surveillance", "some analysts", Partial, ""}}},
		{"with several economists warning",
			"General Omar Tesk described the plan as “a shield for the poor” on Monday.\n\nThe plan drew criticism, with several economists warning that it would “push prices up for years” in the region.",
			[]want{{"a shield for the poor", "Omar Tesk", Partial, "General"}, {"push prices up for years", "several economists", Partial, ""}}},
	})
}

// "the Norland delegation said Ostmark continued to act with ‘impunity’,
// arguing that ‘…’": "continued to act" is no speech, so the participle's
// subject is the delegation that said it. Each text is written for this
// test (issue 20, eleventh round).
func TestFindRound11ContinuedTo(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"continued to act, then arguing",
			"Appearing before the World Court, the Norland delegation said Ostmark continued to act with ‘impunity’ in the region, arguing that ‘it does not care to fulfill its obligations as an occupying power’.",
			[]want{{"it does not care to fulfill its obligations as an occupying power", "the Norland delegation", Partial, ""}}},
		{"continued as speech still speaks",
			"“We have no choice,” Lena Marsh said. “The budget is gone,” she continued.",
			[]want{{"We have no choice,", "Lena Marsh", Full, ""}, {"The budget is gone,", "Lena Marsh", Full, ""}}},
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

// "the Ministry of Defence said": an organisation's word before "of" names
// a body even when the word after it is one for a minister's office
// ("Defence", "Finance"); "the Secretary of State" stays a role. Each text
// is written for this test (issue 20, eleventh round).
func TestFindRound11MinistryOfOffice(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the Ministry of Defence",
			"Troops moved north overnight.\n\n“We are ready to defend every town,” the Ministry of Defence said on Tuesday.",
			[]want{{"We are ready to defend every town,", "Ministry of Defence", Full, ""}}},
		{"the Ministry of Finance",
			"Markets fell on Monday.\n\n“The budget will be balanced by next year,” the Ministry of Finance said in a statement.",
			[]want{{"The budget will be balanced by next year,", "Ministry of Finance", Full, ""}}},
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

// "which had been described by homelessness charity Roofline as a ‘…’":
// the agent of a passive verb of describing speaks, not the thing
// described. Each text is written for this test (issue 20, eleventh
// round).
func TestFindRound11PassiveAgent(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"described by a charity as",
			"A Tenants Bill will revive the old Housing Bill, which had been described by homelessness charity Roofline as a ‘once-in-a-generation opportunity’.",
			[]want{{"once-in-a-generation opportunity", "Roofline", Partial, "homelessness charity"}}},
		{"was described by a chamber as",
			"The plan was described by the Harbour Chamber as “a costly mistake for small firms”.",
			[]want{{"a costly mistake for small firms", "Harbour Chamber", Partial, ""}}},
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
