package quotes

import "testing"

// Tests of written texts and their authors (attrib_texts.go, authors.go).
// Each text is written for its test.

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

// A written text's words are its author's when the article says who wrote
// or issued it: the subject of the sentence that introduces it ("X
// responded with an open letter", "the council passed a resolution") or a
// name that qualifies it ("a 2001 U.N. Security Council resolution"). Each
// text is written for this test (issue 20, seventh round).
func TestFindRound7DocumentAuthors(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a letter the subject responded with",
			"A survey found that one driver in five admits to driving after drinking.\n\nPolice Chief Marian Osei responded to the survey with an open letter to residents.\n\n“Too many of us think it will never happen to us,” the letter said.\n\n“We will take cars off the road,” it continued.",
			[]want{{"Too many of us think it will never happen to us,", "Marian Osei", Full, ""}, {"We will take cars off the road,", "Marian Osei", Full, ""}}},
		{"a resolution named by its council",
			"The expert read a summary from a 1999 U.N. Security Council resolution imposing sanctions on the regime.\n\nThe resolution said that timber sales funded the militia “and that such trade cannot happen without the government's consent.”",
			[]want{{"and that such trade cannot happen without the government's consent.", "U.N. Security Council", Partial, ""}}},
		{"a resolution the council passed",
			"The Halden City Council passed a resolution on the harbour in March.\n\n“The harbour belongs to everyone,” the resolution said.",
			[]want{{"The harbour belongs to everyone,", "Halden City Council", Full, ""}}},
	})
}

// A recording the article attributes to someone ("an audio recording
// attributed to X", "a video purportedly from X") speaks with that
// person's voice: "the speaker says" and "the voice says" on it are X,
// as the label convention credits a text to its author. Each text is written for
// this test (issue 20, seventh round).
func TestFindRound7AttributedRecording(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an audio recording attributed to a leader",
			"An audio recording attributed to Abu Karim Dawar called on Europeans to leave the region.\n\nThe message surfaced on a satellite channel on Thursday.\n\n“You did not respect the rules of war,” the speaker says.",
			[]want{{"You did not respect the rules of war,", "Abu Karim Dawar", Full, ""}}},
		{"a video purportedly from a commander",
			"A video purportedly from Omar Haddad was posted online on Monday.\n\n“We will return,” the voice says.",
			[]want{{"We will return,", "Omar Haddad", Full, ""}}},
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

// "an Ostrow campaign release declared": a document of a person's campaign
// is the campaign's words, and "the campaign" later is that campaign. Each
// text is written for this test (issue 20, twelfth round).
func TestFindRound12CampaignText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"campaign release then the campaign",
			"Senator Lena Ostrow spent the evening in Ohio.\n\nShortly after 6 p.m., an Ostrow campaign release declared: “Voters want lower prices and they will get them.”\n\nA few minutes later, the campaign added: “Drago has no plan for the economy at all.”",
			[]want{{"Voters want lower prices and they will get them.", "Ostrow campaign", Full, ""}, {"Drago has no plan for the economy at all.", "Ostrow campaign", Full, ""}}},
	})
}

// "The report, by Nursing Council president Hal Brennick, found…": the
// author of a text set off by commas after it, past an employer and a
// title before the name, writes its words. Each text is written for this
// test (issue 20, thirteenth round).
func TestFindRound13TextByComma(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the report, by an employer, title and name",
			"A report on the Corran Hospital ward has found serious failures.\n\nThe report, by Nursing Council of Varnia president Hal Brennick, found complaints were ignored.\n\n\"Patients were left without care for hours,\" the report said.",
			[]want{{"Patients were left without care for hours,", "Hal Brennick", Full, ""}}},
		{"the study, by a person",
			"Pay at the port has fallen for a decade.\n\nThe study, by economist Ada Vint, was published on Monday.\n\n\"Wages have not kept up with rents,\" the study said.",
			[]want{{"Wages have not kept up with rents,", "Ada Vint", Full, ""}}},
	})
}

// "The high court's brief order said “…”", "According to the company's
// website, “…”": a text owned by a described body is that body's words,
// and the body is the one of that kind the article named. Each text is
// written for this test (issue 20, sixteenth round).
func TestFindRound16bOwnedText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the high court's order",
			"The Harbour Supreme Court agreed on Monday to hear the fishermen's appeal. The justices acted after the governor refused to intervene.\n\nThe high court's brief order said the \"ban on night fishing … is suspended\" while the justices decide.",
			[]want{
				{"ban on night fishing … is suspended", "Harbour Supreme Court", Partial, ""},
			}},
		{"the company's website after the named one",
			"The cabins are run by Glenmoor Retreats, and the Daily Courier visited them in May.\n\nAccording to the Glenmoor Retreats website, the owners have \"guided more than 200 silent stays\" since 2015.\n\nThe Daily Courier's reporter said the cabins were small.\n\nAccording to the company's website, \"apart from our daily visit you will be left entirely alone in the dark until the end of your stay.\"",
			[]want{
				{"guided more than 200 silent stays", "-", Partial, ""},
				{"apart from our daily visit you will be left entirely alone in the dark until the end of your stay.", "Glenmoor Retreats", "", ""},
			}},
	})
}

// "The group … the release of its final report" then "The report said
// “…”": a text the article gave an owner by "its" is that owner's, the
// body the pronoun stands for. Each text is written for this test (issue
// 20, sixteenth round).
func TestFindRound16bTextsItsReport(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"release of its report",
			"At the request of the mayor, the Harbour Safety Commission was formed to review the docks. The group met a dozen times before the release of its final report in 2021.\n\n1. Cranes: The report said the old cranes were \"too slow for modern ships and costly to repair.\"\n\n2. Staff: The report found that crews \"need far more training than they now receive.\"",
			[]want{
				{"too slow for modern ships and costly to repair.", "Harbour Safety Commission", Partial, ""},
				{"need far more training than they now receive.", "Harbour Safety Commission", Partial, ""},
			}},
	})
}

// "The ruling released Thursday by the Harbour Transport Agency … said the
// report, “…”": a generic text noun ("the report", "the document") refers
// back to the text just given an author under another noun.
func TestFindRound16bGenericTextBack(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the ruling … the report",
			"The ruling released Thursday by the Harbour Transport Agency gives the two ferry companies a year to cut fares for disabled travellers.\n\nThe companies had argued against the change.\n\nCurrent fares, said the report, \"put a heavy and unfair burden on travellers who cannot go anywhere alone.\"",
			[]want{
				{"put a heavy and unfair burden on travellers who cannot go anywhere alone.", "Harbour Transport Agency", "", ""},
			}},
	})
}

// A study or report is its author's: "said the study, led by Ana Berg"
// names the author after a comma with an irregular participle, and a
// definite "the study" elsewhere in the article, before or after, is hers
// when the article names no other author for a study. A co-author
// ("co-authored by a consulting firm") is not the text's author. Each
// text is written for this test (issue 20, nineteenth round).
func TestFindRound19bTextAuthor(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"led by after a comma, then the study",
			"Lead was found in ferns across Europe.\n\n\"Overall, most samples contained at least one metal,\" said the study, led by Anna Berg of the University of Oslo.\n\n\"These results suggest a wide problem,\" said the study.",
			[]want{{"Overall, most samples contained at least one metal,", "Anna Berg", Full, ""}, {"These results suggest a wide problem,", "Anna Berg", Full, ""}}},
		{"the study named far before its author",
			"Lead was found in ferns across Europe. However, the study found that most ferns held \"traces of lead that are known to be harmful\" to deer.\n\nDeer numbers have fallen.\n\nFarmers blame wolves.\n\nHunters blame farmers.\n\nThe study, led by Anna Berg of the University of Oslo, took a year.",
			[]want{{"traces of lead that are known to be harmful", "Anna Berg", Partial, ""}}},
		{"two authors of studies: no sole author",
			"Lead was found in ferns across Europe. However, the study found that most ferns held \"traces of lead that are known to be harmful\" to deer.\n\nDeer numbers have fallen.\n\nFarmers blame wolves.\n\nHunters blame farmers.\n\nThe study, led by Anna Berg of the University of Oslo, took a year. A separate study led by Carl Ruud found less.",
			[]want{{"traces of lead that are known to be harmful", "the study", Partial, ""}}},
		{"a co-author is not the author",
			"Banks are leaving London, the Bankers Guild said in a report on Friday.\n\nLending fell again, according to the report, co-authored by consulting firm Kell Marsh. \"Uncertainty is hurting investment,\" according to the report.",
			[]want{{"Uncertainty is hurting investment,", "Bankers Guild", Full, ""}}},
	})
}

// "“…,” a statement signed by 221 MPs asserted": the agent of the
// participle wrote the text, and the described group that signs it ends
// before the verb of the sentence; a plural acronym ("MPs") is a common
// noun for people. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19bSignedBy(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"signed by councillors asserted",
			"Lawmakers turned on the mayor. \"The mayor must answer for the flooding,\" a statement signed by councillors asserted.",
			[]want{{"The mayor must answer for the flooding,", "councillors", Full, ""}}},
		{"signed by a number of councillors said",
			"Lawmakers turned on the mayor. \"The mayor must answer for the flooding,\" a letter signed by 120 councillors said.",
			[]want{{"The mayor must answer for the flooding,", "120 councillors", Full, ""}}},
		{"signed by MPs",
			"Lawmakers turned on the mayor. \"The mayor must answer for the flooding,\" a statement signed by 87 MPs asserted. \"The people have lost patience.\"",
			[]want{{"The mayor must answer for the flooding,", "87 MPs", Full, ""}, {"The people have lost patience.", "87 MPs", Full, ""}}},
	})
}

// "a secret memo obtained by the Ledger": the paper that obtained a text
// did not write it; its words are the author's the article names ("The
// agency memo notes…"). The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bObtainedText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"obtained by a newspaper",
			"The Border Agency has tracked thousands of travellers, according to a secret document obtained by the Ledger.\n\nThe Ledger has verified the document. The document claims \"real-time access to booking systems\" of major airlines.\n\nThe Border Agency document notes the work has \"support from carriers\".",
			[]want{{"real-time access to booking systems", "Border Agency", Partial, ""},
				{"support from carriers", "Border Agency", Partial, ""}}},
	})
}

// "the document, a 30-slide presentation … the presentation claimed": a
// text noun put in apposition to another names the same text, so its
// words are the author's of that text. The text is written for this test
// (issue 20, twenty-first round).
func TestFindRound21bTextAlias(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"presentation in apposition",
			"The Ledger has checked the document, a 30-slide training presentation for new staff.\n\nThe Border Agency document notes the work has \"support from carriers\".\n\nThe rules were changed in 2012.\n\nMonitors were stretched thin.\n\n\"The old rules slowed every request we made,\" the presentation claimed.",
			[]want{{"support from carriers", "Border Agency", Partial, ""},
				{"The old rules slowed every request we made,", "Border Agency", Full, ""}}},
	})
}

// "its report read" after a quotation: the body "its" stands for (the
// organisation the text spoke of last) issued the report and says its
// words, not an owner named earlier ("Parliament's transport committee")
// nor "its report" itself. The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bItsReport(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"earlier owner",
			"The decision follows a report by Parliament's transport committee which raised doubts about the contract.\n\nThe minister said the review would finish in June.\n\nThe UK's Transport Select Committee (TSC) raised concerns about the deal last month.\n\n\"These risks do not, in our opinion, outweigh the benefits,\" its report read.",
			[]want{{"These risks do not, in our opinion, outweigh the benefits,", "Transport Select Committee", Full, ""}}},
		{"alone",
			"The Transport Select Committee (TSC) raised concerns about the deal last month.\n\n\"These risks do not, in our opinion, outweigh the benefits,\" its report read.",
			[]want{{"These risks do not, in our opinion, outweigh the benefits,", "Transport Select Committee", Full, ""}}},
	})
}

// "a report issued by the X Commission … “…,” the report's authors
// wrote", "the authors wrote": the authors of a text are whom the article
// named as its author. The text is written for this test (issue 20,
// twenty-third round).
func TestFindRound23bTextAuthors(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"report's authors",
			"The navy could lose its next war, according to a new report issued by the Maritime Readiness Commission.\n\n" +
				"\"The fleet's ability to protect its own harbours is increasingly in doubt,\" the report's authors wrote.\n\n" +
				"\"As the threats have grown, the fleet has shrunk,\" the authors wrote.",
			[]want{{"The fleet's ability to protect its own harbours is increasingly in doubt,", "Maritime Readiness Commission", Full, ""},
				{"As the threats have grown, the fleet has shrunk,", "Maritime Readiness Commission", Full, ""}}},
	})
}

// "“…,” Ostrander’s March presentation said", "according to Vell’s
// LinkedIn profile", "says his 2011 paper": a text named by its owner is
// the owner's words, even when an earlier sentence gave a text of that
// noun another author. The texts are written for this test (issue 20,
// twenty-third round).
func TestFindRound23bOwnedText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name's presentation",
			"The costs were set out by a senior official of the Harbour Authority in a presentation to investors.\n\n" +
				"The official, Dale Ostrander, says the rules are \"badly broken\".\n\n" +
				"The authority said the figures were no more than a sketch of the worst case.\n\n" +
				"\"We cannot keep passing these costs to the next generation,\" Ostrander’s March presentation said.",
			[]want{{"badly broken", "Dale Ostrander", Partial, ""},
				{"We cannot keep passing these costs to the next generation,", "Dale Ostrander", Full, ""}}},
		{"name's profile",
			"Mira Vell ran Harbour Consulting for a decade.\n\n" +
				"According to Vell’s LinkedIn profile, Harbour Consulting \"delivered logistics support services,\" such as shipping, to several ministries.",
			[]want{{"delivered logistics support services,", "Mira Vell", Partial, ""}}},
		{"his paper",
			"Dr. Owen Taskar spoke to the students on Monday.\n\n" +
				"\"Families are the first school of every society, and they are failing,\" says his 2011 paper on the subject.",
			[]want{{"Families are the first school of every society, and they are failing,", "Owen Taskar", Full, ""}}},
	})
}

// "On Monday, four councillors wrote to the governor asking…" introduces a
// letter without naming it; "The letter states: “…”" later gives the
// councillors' words, as the labels credit a written text to its author. A
// count opening a speaker phrase is the phrase's ("three residents
// said"), and "the councillors remind X that “…”" reports the councillors' words.
// The texts are written for this test (issue 20, twenty-fourth round).
func TestFindRound24bLetterWriters(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a letter its writers wrote to someone",
			"On Monday, four councillors wrote to the governor asking that the bridge be rebuilt.\n\n" +
				"The letter, which bears the signature of Tom Reyes, was sent by courier.\n\n" +
				"The letter states: \"We cannot wait another winter.\"",
			[]want{{"We cannot wait another winter.", "four councillors", Full, ""}}},
		{"a letter of one writer",
			"Ann Cole has written to the board about the closure.\n\n" +
				"\"The decision was taken in haste,\" the letter said.",
			[]want{{"The decision was taken in haste,", "Ann Cole", Full, ""}}},
		{"a count in an inverted speaker phrase",
			"\"We want the park kept as it is,\" three residents said on Friday.",
			[]want{{"We want the park kept as it is,", "three residents", Full, ""}}},
		{"remind with a plural subject",
			"Four councillors wrote to the governor on Monday.\n\n" +
				"In their letter the councillors also remind the governor, Ann Cole -- who is weighing the request -- that \"every winter the bridge closes for weeks.\"",
			[]want{{"every winter the bridge closes for weeks.", "Four councillors", Partial, ""}}},
	})
}

// "…,” X, an appositive, said in a May 17 memo.": the month "May" is no
// auxiliary opening a clause of its own, so the clause of speech closes
// the sentence and the fragment is X's; "said in a May 17 statement" makes
// the subject the statement's author as "said in a statement" does. The
// text is written for this test (issue 20, twenty-fifth round).
func TestFindRound25bDatedText(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said in a May memo",
			"The agency plans to move staff south.\n\nOfficers will assist the Border Patrol \"in streamlining operations and managing overcrowding at holding sites,\" Randy J. Howe, the director, said in a May 17 memo.",
			[]want{{"in streamlining operations and managing overcrowding at holding sites,", "Randy J. Howe", Partial, ""}}},
		{"the dated statement's author",
			"The Harbor Council said in a May 17 statement that the port would close.\n\n\"The closure is needed for the safety of the crews,\" the statement said.",
			[]want{{"The closure is needed for the safety of the crews,", "Harbor Council", Full, ""}}},
	})
}

// A written text's words: "read" after its quotation takes any
// determiner phrase as its subject, an "of" phrase and an agent after it
// included ("read a photographed copy of the leaflet translated by the
// agency"); a described group that issued a statement with a participle
// of speech speaks its words, and so does "the statement" later, past a
// long fronted phrase before the subject. The texts are written for this
// test (issue 20, twenty-sixth round).
func TestFindRound26bTexts(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"read with an of phrase and an agent",
			"The mayor, Tom Baxter, was ousted in May.\n\n“All citizens must register before May 3rd,” read a photographed copy of the leaflet translated by the agency. “Bring cash.”",
			[]want{
				{"All citizens must register before May 3rd,", "a photographed copy", Full, ""},
				{"Bring cash.", "a photographed copy", Full, ""},
			}},
		{"read with a plain noun",
			"The mayor, Tom Baxter, was ousted in May.\n\n“All citizens must register,” read the leaflet.",
			[]want{
				{"All citizens must register,", "the leaflet", Full, ""},
			}},
		{"a described group issues a statement",
			"Senator Ana Ruiz said on Monday that the army had been purged.\n\nIn a sign of how deeply the removal of the three chiefs shook the political class, six presumptive presidential candidates issued a joint statement warning that “the republic is threatened.”\n\nThe statement added: “There is no shortage of examples.”",
			[]want{
				{"the republic is threatened.", "six presumptive presidential candidates", Partial, ""},
				{"There is no shortage of examples.", "six presumptive presidential candidates", Full, ""},
			}},
	})
}

// A written text's words are its author's, found in one order for every
// text noun (textAuthor): the owner, by name or by a pronoun resolved as
// the pronoun is ("the Beacon’s leader", an outlet's editorial; "its
// special climate statement"; "X, whose Web site says"), then an author
// after it, then a name qualifying it. A text the article names only by
// the clause that made it ("Harbour Radio reported …", "The twelve
// mayors published a letter") is that clause's subject's when "the
// report" or "the letter" speaks later, and a generic "the document" in
// an article whose every text (two at least) has one author is that
// author's. A party's
// "leader" is no text. The texts are written for this test.
func TestFindTextAuthorOrder(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an outlet's leader, then the leader",
			"This week’s Beacon magazine cover shows a rocket.\n\n“Space is the next frontier for trade,” notes the Beacon’s leader.\n\nThe leader argues that ports must change.\n\n“Ports were built for ships, not rockets.”",
			[]want{{"Space is the next frontier for trade,", "Beacon", Full, ""}, {"Ports were built for ships, not rockets.", "Beacon", Full, ""}}},
		{"an outlet whose name is a title word",
			"This week’s Economist magazine cover shows a rocket.\n\n“Space is the next frontier for trade,” notes the Economist’s leader.",
			[]want{{"Space is the next frontier for trade,", "Economist", Full, ""}}},
		{"a party's leader is no text",
			"The Reform Party’s leader said: “We will win the seat.”",
			[]want{{"We will win the seat.", "The Reform Party’s leader", Full, ""}}},
		{"its text with three modifiers",
			"The Harbour Weather Office warned of a hot April.\n\nThe heat is “unusual for mid-autumn,” according to its special climate statement.",
			[]want{{"unusual for mid-autumn,", "Harbour Weather Office", Partial, ""}}},
		{"whose web site",
			"Citizens for Clean Rivers held a rally on Friday.\n\nThe rally was promoted by Citizens for Clean Rivers, whose Web site says it fights “for every stream in the valley.”",
			[]want{{"for every stream in the valley.", "Citizens for Clean Rivers", Partial, ""}}},
		{"the report a reporting verb made",
			"Harbour Radio reported that the port would close for a year.\n\nThe closure would cost “about a billion dollars,” the report added.",
			[]want{{"about a billion dollars,", "Harbour Radio", Partial, ""}}},
		{"a described issuer",
			"The twelve mayors published a letter on Monday.\n\n“The river belongs to everyone,” the letter said.",
			[]want{{"The river belongs to everyone,", "The twelve mayors", Full, ""}}},
		{"the document of the one author",
			"Rob Tanner, a regulator, gave a presentation in Calgary in February.\n\n“We cannot go on like this,” the document says.\n\nTanner’s presentation said costs were “far higher than reported.”\n\nTanner’s February presentation put the cost at $260 billion.",
			[]want{{"We cannot go on like this,", "Rob Tanner", Full, "a regulator"}, {"far higher than reported.", "Rob Tanner", Partial, "a regulator"}}},
	})
}

// A text's author may come from a subheading ("Earlier statement from
// families": a bare plural of people after "from"), from the kind words
// before a name after "by" ("released by the think tank Harbour Data"),
// and from an outlet that "ran" a piece. A generic text noun ("the
// question", "the story") is the latest text given an author. The texts
// are written for this test.
func TestFindTextAuthorsNamedAround(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a subheading's author",
			"The men were taken in May.\n\nEarlier statement from families\n\nIn September, the families urged the captors to free the men.\n\nThe statement continued: \"They are sons, fathers and brothers.\"",
			[]want{{"They are sons, fathers and brothers.", "families", Full, ""}}},
		{"the question of a survey",
			"The survey, released by the think tank Harbour Data and shared with reporters, found wide support.\n\nHarbour Data asked about four policies.\n\nThe question said, “Supporters say this would create jobs.”",
			[]want{{"Supporters say this would create jobs.", "Harbour Data", Full, ""}}},
		{"a timeline is a text",
			"A timeline published by the Harbour Council on Wednesday shows the requests.\n\nThe firm was given until May to hand over the files, which the timeline says it “complied with in full.”",
			[]want{{"complied with in full.", "Harbour Council", Partial, ""}}},
		{"the story an outlet ran",
			"After the visit, Metro magazine ran a profile of the financier.\n\nThe story portrayed him as an \"international moneyman of mystery.\"",
			[]want{{"international moneyman of mystery.", "Metro magazine", Partial, ""}}},
	})
}
