package quotes

import "testing"

// Tests of what someone calls, describes or brands a thing as
// (spans_called.go). Each text is written for its test.

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

// "what X calls the “…”" is X's word for it, not a name. Written for this
// test (issue 20, fifth round).
func TestFindRound5WhatXCalls(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"what he calls the",
			"Prof Ada Quell studies campus outbreaks.\n\nBut Quell is angry about what he calls the “blaming and shaming” of students.",
			[]want{{"blaming and shaming", "Ada Quell", Partial, ""}}},
		{"what the institution called an",
			"Students at Harlow University held a party on Friday, what the institution called an “outrageous” gathering of 200 people.",
			[]want{{"outrageous", "Harlow University", Partial, ""}}},
		{"what has been called the",
			"The deals embrace what has been called the “agency model” of pricing.",
			nil},
		{"what someone might call",
			"Their program verges on what Reddit might call “misandry.”",
			nil},
		{"a film called the",
			"They watched a film called the “Long Night” on Friday.",
			nil},
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

// A fragment of any length that someone is said to describe something as
// ("identified X as", "rejected X as", "portrayed X as", "denounce X as")
// or to brand something is that person's words; the same words after "as"
// with no describing verb are the writer's. Each text is written for this
// test (issue 20, tenth round).
func TestFindRound10DescribedAsFragments(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"identified as, four words",
			"Senator Vera Holm identified the former mayor as “a one-man crime wave,” and said so again on Sunday.",
			[]want{{"a one-man crime wave,", "Vera Holm", Partial, ""}}},
		{"rejected as, four words",
			"In a written reply, the ministry rejected the questions as “patently biased and one-sided”.",
			[]want{{"patently biased and one-sided", "-", Partial, ""}}},
		{"portrayed as, with the article outside the marks",
			"The Harbour Courier portrayed him as an “international moneyman of mystery,” who courted scientists.",
			[]want{{"international moneyman of mystery,", "Harbour Courier", Partial, ""}}},
		{"brands as, five words",
			"Coach Tim Webb brands the vandals an ‘embarrassment to the human race’ after the attack.",
			[]want{{"embarrassment to the human race", "Tim Webb", Partial, ""}}},
		{"served as, no describing verb",
			"For ten years Olaf Brandt served as “chief cook and bottle washer” at the inn.",
			nil},
	})
}

// A fragment that ends the long object of a verb of calling ("called the
// disorder following the attack at a club, in Leeds, “terrible”") is the
// caller's word; a fragment modifying a noun after it in a sentence where
// "called" is a telephone call is not. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10CalledLongObject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a long object with commas",
			"Ella Crane called the disorder following the attack at a holiday club, in Leeds, “terrible”.",
			[]want{{"terrible", "Ella Crane", Partial, ""}}},
		{"a long object with prepositions",
			"Former ambassador Colm Brady called Lund’s criticisms of increased defence spending in the face of rising threats “fatuous” on Sunday.",
			[]want{{"fatuous", "Colm Brady", Partial, ""}}},
		{"a telephone call",
			"Olga Berg called the office from a hotel in “downtown” Lima.",
			nil},
	})
}

// Describing verbs in the base form ("to slam X as") and objects of up to
// seven words before "as" ("rejected the questions raised by the
// proceedings as") characterise the fragment. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10DescribedAsWider(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an infinitive describing verb",
			"The fire prompted librarian Hana Pill to slam the arsonists as “knuckle-dragging vandals”.",
			[]want{{"knuckle-dragging vandals", "Hana Pill", Partial, ""}}},
		{"a seven-word object",
			"Deputy Ines Varga rejected the questions raised by the special committee as “biased and one-sided”.",
			[]want{{"biased and one-sided", "Ines Varga", Partial, ""}}},
	})
}

// "X referred to Y as “…”" is X's word for Y, one word included; "systems
// referred to as “…”" names the systems. Each text is written for this
// test (issue 20, tenth round).
func TestFindRound10ReferredToAs(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"referred to an object as",
			"Engineer Lars Ubbe referred to smart cars as “robo-vehicles,” a play on robotic vehicles.",
			[]want{{"robo-vehicles,", "Lars Ubbe", Partial, ""}}},
		{"referred to as, no object",
			"Systems referred to as “telematics” are being built to let cars talk to each other.",
			nil},
	})
}

// A passive describing verb with no one named ("has widely been described
// as “raunchy”") does not make one word someone's. Each text is written
// for this test (issue 20, tenth round).
func TestFindRound10PassiveDescribedAs(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"passive, one word",
			"It bemuses Ada Lenk that the film has widely been described as “raunchy”. It is really not.",
			nil},
		{"active, one word",
			"Ada Lenk described the film as “raunchy” on Sunday.",
			[]want{{"raunchy", "Ada Lenk", Partial, ""}}},
	})
}

// A naming noun with modifiers between it and a describing verb ("described
// the phone call as “…”") is no title's noun; a base-form verb of public
// judgement ("to criticise “…”") takes the fragment as its object. Each
// text is written for this test (issue 20, tenth round).
func TestFindRound10DescribedNounAndBaseJudge(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"described the phone call as",
			"Deputy Minister Nora Vass described the phone call as “constructive” on Tuesday.",
			[]want{{"constructive", "Nora Vass", Partial, ""}}},
		{"to criticise the fragment",
			"Governor Ray Tull used his radio show to criticise “lazy judges and clerks” on Friday.",
			[]want{{"lazy judges and clerks", "Ray Tull", Partial, ""}}},
		{"a group called",
			"A campaign group called “Save the Lido Now” has 4,000 members.",
			nil},
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

// "The scheme has been described as “badly run” by a Commons committee":
// in the passive, the agent after "by" is who calls it that. Each text is
// written for this test (issue 20, sixteenth round).
func TestFindRound16bPassiveCharacterised(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"described as … by a committee",
			"The city's new tram plan has been described as \"badly run\" by a Commons committee.\n\nThe plan was launched in 2021.",
			[]want{
				{"badly run", "a Commons committee", Partial, ""},
			}},
		{"described as … by an inquiry",
			"The council's flagship housing scheme has been described as \"plainly failing\" by a Lords inquiry.",
			[]want{
				{"plainly failing", "a Lords inquiry", Partial, ""},
			}},
		{"one word, by a named chief",
			"Officer Lena Brandt, a nine-year veteran of the Eastfield force, was described as \"fearless\" by Chief Tomas Garza.",
			[]want{
				{"fearless", "Tomas Garza", Partial, ""},
			}},
		{"derided as … by critics",
			"Mayor Ann Holt is derided as the \"queen of the harbour\" by critics who say her power ends at the docks.",
			[]want{
				{"queen of the harbour", "critics", Partial, ""},
			}},
	})
}

// "There is a temptation to call such failures “acts of God”": the
// infinitive completes a noun, so no one calls them that; the fragment
// is a term. "Garza preferred to call it “a blunder”" is Garza's.
func TestFindRound16bGenericInfinitive(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a tendency to describe",
			"There is a tendency to describe harbour floods as \"acts of nature,\" as though nobody could have stopped them. Engineer Lena Brandt sees it differently.",
			[]want{}},
		{"preferred to call: the subject's",
			"Coach Tomas Garza preferred to call the defeat \"a lesson for all of us\" rather than a disaster.",
			[]want{
				{"a lesson for all of us", "Tomas Garza", Partial, ""},
			}},
	})
}

// "The Global Fund greeted the news as “…”": greeting something as a
// phrase characterises it, as hailing it does; the subject says the
// phrase. The text is written for this test (issue 20, twenty-first
// round).
func TestFindRound21bGreetedAs(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"greeted as",
			"Prices fell on Thursday.\n\nThe Global Fund, which has been pressing for faster progress, greeted the news as \"a great step forward for women and girls.\"",
			[]want{{"a great step forward for women and girls.", "Global Fund", Partial, ""}}},
	})
}

// Fragments someone calls, labels or condemns a thing as are theirs; an
// acronym spelt out in marks is a category's name. The texts are written
// for this test (issue 20, twenty-third round).
func TestFindRound23cFragments(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"labeling as",
			"Dana Morrow spent the campaign labeling her rivals as “reckless” spenders of public money.",
			[]want{{"reckless", "Dana Morrow", Partial, ""}}},
		{"condemning as, after the object of another verb",
			"The news came after Ravi Patel gave a speech condemning the new parking levy on the town as “daylight robbery”.",
			[]want{{"daylight robbery", "Ravi Patel", Partial, ""}}},
		{"called an object with an of-phrase",
			"Mayor Lena Ortiz called fears of a housing bubble “overblown,” noting that prices had fallen.",
			[]want{{"overblown,", "Lena Ortiz", Partial, ""}}},
		{"called its object a thing",
			"Mara Quinn called the housing agency a “patronage program” for party donors.",
			[]want{{"patronage program", "Mara Quinn", Partial, ""}}},
		{"which he calls",
			"Tom Reyes attacked the treaty, which he calls “outdated.”",
			[]want{{"outdated.", "Tom Reyes", Partial, ""}}},
		{"a group called stays a name",
			"Tom Reyes joined a group which locals call “the Anchors” last year.",
			nil},
		{"acronym spelt out",
			"Two officials said the data went to what the agency calls IFRs, or “incident field reports,” which are shared widely.",
			nil},
	})
}

// Fragments someone lauds or mocks a thing as, title-case words a person
// says, and characterisations no one is named for. The texts are written
// for this test (issue 20, twenty-fourth round).
func TestFindRound24cFragments(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"lauded as",
			"Touring the new bridge, Governor Ann Pike lauded the mayor as a “true builder of bridges” and thanked the crews.",
			[]want{{"true builder of bridges", "Ann Pike", Partial, ""}}},
		{"title case closed by its comma and a person's clause of speech",
			"Dana Reyes spoke to reporters on Monday.\n\n“Look at Ohio,” Reyes continued. “We went there twice and won both times.”",
			[]want{{"Look at Ohio,", "Dana Reyes", Full, ""}, {"We went there twice and won both times.", "Dana Reyes", Full, ""}}},
		{"title case a message says is its heading",
			"The family posted a notice about the service. The message included a photograph of the boy. “Our Little Star,” it said.",
			nil},
		{"nickname referred to as",
			"Senator Paul Okafor met the general whom he referred to scornfully last year as “Captain Chaos.”",
			[]want{{"Captain Chaos.", "Paul Okafor", Partial, ""}}},
		{"identified as stays a label",
			"Rosa Vega, identified as “Witness Four” in the court papers, spoke to the inquiry on Monday.",
			nil},
		{"mocked as, with no one named",
			"The town is often mocked as “the capital of potholes”. Its council says repairs are coming.",
			[]want{{"the capital of potholes", "", Partial, ""}}},
		{"called at a place, with no one named",
			"The weekly briefing is what is jokingly called at city hall “the back room.” It meets on Fridays.",
			[]want{{"the back room.", "", Partial, ""}}},
	})
}

// A fragment inside what a verb of describing makes of its object ("…
// referred to the measure as the tax hike that “…”") is said by that
// verb's subject, not by the last speaker. The text is written for this
// test (issue 20, round 28).
func TestFindRound28DescribedAsHolder(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a relative clause in the as-phrase",
			"“We will win this,” said campaign manager Ada Bloom.\n\nThe Valley News Group referred to the measure as the tax hike on the November ballot that “most voters still know nothing about.”",
			[]want{
				{"We will win this,", "Ada Bloom", Full, ""},
				{"most voters still know nothing about.", "Valley News Group", Partial, ""},
			}},
	})
}
