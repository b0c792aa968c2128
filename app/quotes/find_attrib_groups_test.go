package quotes

import "testing"

// Tests of groups as speakers (attrib_groups.go). Each text is written for
// its test.

// "one of the fighters", "one of the managers present": a source picked
// out of a group is named by its head, "one", and the group is its
// affiliation (the label convention: the phrase up to the head noun).
func TestFindRound6OneOfGroup(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"one of the fighters yelled",
			"Rebels gathered at the gate on Friday.\n\n“Go to the capital!” one of the fighters yelled in English.",
			[]want{{"Go to the capital!", "one", Full, "of the fighters"}}},
		{"one of the managers present said",
			"The founder told the staff they were no longer needed.\n\n“It hurt,” one of the project managers present said later. “We felt humiliated.”",
			[]want{{"It hurt,", "one", Full, "of the project managers present"}, {"We felt humiliated.", "one", Full, "of the project managers present"}}},
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

// A described group is named with what it is a group of ("A group of
// independent experts"), a later preposition staying its affiliation;
// "the group of …" after it is the same group. Each text is written for
// this test (issue 20, twelfth round).
func TestFindRound12CollectiveOf(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a group of experts then the group of",
			"Fighting went on in the north.\n\nA group of independent human rights experts warned that civilians are at “grave risk of famine”.\n\n“We call for a ceasefire now,” the group of U.N. special rapporteurs said in a statement.",
			[]want{{"grave risk of famine", "A group of independent human rights experts", Partial, ""}, {"We call for a ceasefire now,", "A group of independent human rights experts", Full, ""}}},
		{"a team of doctors at a hospital",
			"“The boy is recovering well,” a team of doctors at Linden Hospital said on Friday.",
			[]want{{"The boy is recovering well,", "a team of doctors", Full, ""}}},
	})
}

// "all 21 Harbour Caucus members demanded …": a described source keeps its
// predeterminer before a number or a name. Each text is written for this
// test (issue 20, thirteenth round).
func TestFindRound13Predeterminer(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"all and a number",
			"That night, in a letter that misgendered the lawmaker, all 21 Harbour Caucus members demanded her censure for “using inappropriate and uncalled-for language during a floor debate.”",
			[]want{{"using inappropriate and uncalled-for language during a floor debate.", "all 21 Harbour Caucus members", Partial, ""}}},
		{"all and a number word",
			"After the vote, all five Ostra councillors said the plan was “a betrayal of every promise we made.”",
			[]want{{"a betrayal of every promise we made.", "all five Ostra councillors", Partial, ""}}},
	})
}

// "some of the companies that received the data described it as “…”": a
// part of a group, with or without a relative clause, is the subject; it
// is the phrase itself, not the group or the speaker named before. Each
// text is written for this test (issue 20, fourteenth round).
func TestFindRound14PartOfGroup(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"some of the companies that …, described it as",
			"Many data companies buy the feeds. A Vortex spokesman said the code helped developers.\n\nWhen contacted by The Daily, some of the companies that received that data described it as “unsolicited” or “inappropriate.”",
			[]want{{"unsolicited", "some of the companies", Partial, ""}, {"inappropriate.", "some of the companies", Partial, ""}}},
		{"most of the residents who stayed said",
			"A Vortex spokesman said the plan was sound.\n\nMost of the residents who stayed said the plan was “a disaster for the town.”",
			[]want{{"a disaster for the town.", "Most of the residents", Partial, ""}}},
		{"one of the men keeps being one",
			"Six workers were freed on Friday.\n\n“We thought we would die there,” one of the men said.",
			[]want{{"We thought we would die there,", "one", Full, ""}}},
	})
}

// A group the text introduced with a bare plural is named by that noun
// when "the <noun>" speaks later: also when the plural opens the text
// ("Rabbis in Umbria are…"), and when it is a title's plural. Each text is
// written for this test (issue 20, nineteenth round).
func TestFindRound19aPlural(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"plural opening the text",
			"Rabbis in Umbria are backing the new hiking route through their valleys.\n\nThe support comes in a letter sent on Friday to walking clubs.\n\n\"We have seen how the path brings visitors to villages that had almost emptied,\" the rabbis wrote.",
			[]want{
				{"We have seen how the path brings visitors to villages that had almost emptied,", "rabbis", Full, ""},
			}},
		{"a title's plural",
			"The storm reached the coast on Monday.\n\nGovernors in three states asked for federal help as the water rose.\n\n\"We cannot rebuild these roads alone, and we should not be asked to,\" the governors wrote.",
			[]want{
				{"We cannot rebuild these roads alone, and we should not be asked to,", "governors", Full, ""},
			}},
	})
}

// "the <plural>" as the subject of a sentence, or owning its subject,
// refers back to the group quoted before, which a "they" after it means,
// not another group quoted since. Each text is written for this test
// (issue 20, nineteenth round).
func TestFindRound19aGroupSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"group owning the subject",
			"Rabbis in Umbria are backing the new hiking route.\n\n\"The path brings visitors to villages that had almost emptied,\" the rabbis wrote.\n\nSome farmers in the valley reacted to the first letter, saying the walkers leave gates open.\n\nThe rabbis' second letter echoed part of that worry.\n\n\"Walkers must respect the fields they cross, and most of them do,\" they wrote.",
			[]want{
				{"The path brings visitors to villages that had almost emptied,", "rabbis", Full, ""},
				{"Walkers must respect the fields they cross, and most of them do,", "rabbis", Full, ""},
			}},
		{"group as the subject after a fronted phrase",
			"Rabbis in Umbria are backing the new hiking route.\n\n\"The path brings visitors to villages that had almost emptied,\" the rabbis wrote.\n\nSome farmers in the valley reacted to the first letter, saying the walkers leave gates open.\n\nIn one area, the rabbis walked back their position.\n\n\"We understand that the route is not safe for every walker in every season,\" they wrote.",
			[]want{
				{"The path brings visitors to villages that had almost emptied,", "rabbis", Full, ""},
				{"We understand that the route is not safe for every walker in every season,", "rabbis", Full, ""},
			}},
	})
}

// Chants of a crowd: a bare quantifier opening its sentence with the
// quotation right after its verb is the part of the crowd that speaks
// ("Many chanted “…”"), and a participle after the main clause belongs to
// the main clause's subject even when another participle clause opens the
// sentence ("Pumping their fists, a large group marched …, chanting
// “…”"). Each text is written for this test (issue 20, nineteenth round).
func TestFindRound19bCrowd(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"many chanted",
			"Crowds gathered in the square on Sunday. Many chanted \"Down with the council\".",
			[]want{{"Down with the council", "Many", Full, ""}}},
		{"several shouted, colon",
			"Crowds gathered in the square on Sunday. Several shouted: \"Down with the council!\"",
			[]want{{"Down with the council!", "Several", Full, ""}}},
		{"fronted participle clause",
			"Pumping their fists in the air, a large group marched through the hall, chanting \"Death to the mayor, death to the council\".",
			[]want{{"Death to the mayor, death to the council", "a large group", Full, ""}}},
		{"a quantifier whose verb takes no quotation",
			"Staff were interviewed. Others reported having to endure \"abrasive and demeaning\" managers.",
			[]want{{"abrasive and demeaning", "", Partial, ""}}},
	})
}

// People keep the description of their first introduction: lawyers
// introduced bare ("lawyers from a Dallas firm", also as the second of two
// subjects joined by "and") are "lawyers" when "Her lawyers" and "the
// lawyers" speak later; without such an introduction "his lawyers" stays.
// The texts are written for this test (issue 20, twenty-seventh round).
func TestFindRound27aDescribed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a bare plural, then a pronoun owner",
			"In 2016, lawyers from a Dallas firm sued the county on behalf of Ana Ruiz, a woman who drove without a license. Her lawyers argued that jailing Ruiz was unfair. “Bail ties freedom to wealth,” the lawyers wrote. “It has no place in law.”",
			[]want{
				{"Bail ties freedom to wealth,", "lawyers", Full, ""},
				{"It has no place in law.", "lawyers", Full, ""},
			}},
		{"a bare plural after and",
			"In 2016, the group Fair Courts Now and lawyers from a Dallas firm sued the county on behalf of Ana Ruiz, a woman who drove without a license. Her lawyers argued that jailing Ruiz was unfair. “Bail ties freedom to wealth,” the lawyers wrote.",
			[]want{
				{"Bail ties freedom to wealth,", "lawyers", Full, ""},
			}},
		{"no bare introduction",
			"Ana Ruiz sued the county in 2016. Her lawyers argued that jailing Ruiz was unfair: “Bail ties freedom to wealth.”",
			[]want{
				{"Bail ties freedom to wealth.", "Her lawyers", Full, ""},
			}},
	})
}

// One picked out of a group is "one", as introduced (the label
// conventions: "one of …" is "one"): so with "one of them", and "the
// adviser" after "one of his legal advisers" is that same "one", not a new
// source. The texts are written for this test (issue 20, twenty-seventh
// round).
func TestFindRound27bPicked(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"one of them",
			"Dockers walked in and out of the yard, mostly keeping their heads down. “I just load the boats,” one of them said. “Ask the office.”",
			[]want{
				{"I just load the boats,", "one", Full, ""},
				{"Ask the office.", "one", Full, ""},
			}},
		{"the adviser after one of his advisers",
			"The mayor kept pressing for a recount.\n\n“He keeps knocking on the door,” one of his legal advisers told me. “It has worked before.”\n\n“He hates to lose,” the adviser added, “more than anything.” The trick, the adviser said, is “never to rush him.”",
			[]want{
				{"He keeps knocking on the door,", "one", Full, ""},
				{"It has worked before.", "one", Full, ""},
				{"He hates to lose,", "one", Full, ""},
				{"more than anything.", "one", Full, ""},
				{"never to rush him.", "one", Partial, ""},
			}},
	})
}

// A crowd chants: the crowd is the speaker described (texts written for
// this test).
func TestFindRound27cCrowd(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the crowd chanted before a coordinated clause",
			"At the rally outside the town hall, the crowd chanted, \"We want bread,\" and some held up loaves.",
			[]want{{"We want bread,", "the crowd", Full, ""}}},
		{"crowds shouted",
			"Crowds shouted \"Down with the council!\" as the mayor left.",
			[]want{{"Down with the council!", "Crowds", Full, ""}}},
	})
}

// "women", "men", "people" are plural though they end in no "s": a group
// is never what "she" means (irregularPlural). Written for this test
// (issue 20, twenty-eighth round).
func TestFindRound28IrregularPlural(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"another two women are no she",
			"Dana Reyes escaped from the house in 1986.\n\nAnother two women were found alive in the basement months later. \"I saw this big hole in the floor,\" she said.",
			[]want{{"I saw this big hole in the floor,", "Dana Reyes", Full, ""}}},
	})
}
