package quotes

import "testing"

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

// "X said at a hearing last week that …, but added, “…”": the phrase after
// the preposition is no subject, so the "that" after it opens no relative
// clause of a speaker. Each text is written for this test (issue 20,
// twelfth round).
func TestFindRound12PrepObjectNoSubject(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said at a hearing that … but added",
			"The agency is short of staff.\n\nTax Commissioner Mara Velk said at a Senate hearing last week that the agency would soon be back to full capacity but added, “We have had more than 9,000 people working from home.” The agency has 12,000 staff.",
			[]want{{"We have had more than 9,000 people working from home.", "Mara Velk", Full, ""}}},
	})
}

// "met by counter-protesters who vowed to keep “…”": a "who" clause after a
// preposition's object still has its speaker.
func TestFindRound12PrepObjectWho(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"who after a preposition's object",
			"A march in Dunmore was met by counter-protesters who have vowed to keep \"bigots off our streets\". Two officers were hurt.",
			[]want{{"bigots off our streets", "counter-protesters", Partial, ""}}},
	})
}

// "said Orlan’s neighbor, Tobin Marsh": after an inverted verb, a relation
// noun (neighbour, friend, kin) followed by a name is that name's
// description; the name speaks. Each text is written for this test (issue
// 20, twelfth round).
func TestFindRound12RelationThenName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"neighbour then name and who",
			"The boy died in May.\n\n“I know the parent wouldn’t mean for it to happen,” said Orlan-Vasquez’s neighbor, Tobin Marsh, who said he once had a drug problem himself. “It only takes one little thing.”",
			[]want{{"I know the parent wouldn’t mean for it to happen,", "Tobin Marsh", Full, ""}, {"It only takes one little thing.", "Tobin Marsh", Full, ""}}},
		{"cousin then name",
			"The boy died in May.\n\n“He loved the sea,” said the boy’s cousin, Ada Brenn.",
			[]want{{"He loved the sea,", "Ada Brenn", Full, ""}}},
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

// "Ada Marr said that these cuts “mark a retreat.” Veld announced plans in
// September": after a quotation closing inside a sentence with its own
// speaker, a name and verb going on to an object open the next sentence
// and do not take the quotation. Each text is written for this test
// (issue 20, twelfth round).
func TestFindRound12NextSentenceNoPost(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"person said that, next sentence",
			"Governor Tom Veld said on Thursday the ban would have exceptions.\n\nAda Marr said that these exceptions \"represent a significant retreat from the original plan announced four months ago.\" Veld announced plans for this ban in September.",
			[]want{{"represent a significant retreat from the original plan announced four months ago.", "Ada Marr", Partial, ""}}},
		{"an agency writes that, next sentence",
			"Governor Tom Veld said on Thursday the ban would have exceptions.\n\nReuters writes that these exceptions \"represent a significant retreat from the original plan announced four months ago.\" Veld announced plans for this ban in September.",
			[]want{{"represent a significant retreat from the original plan announced four months ago.", "Reuters", Partial, ""}}},
		{"a plain attribution after still works",
			"The talks failed.\n\n\"We will not sign this deal,\" Veld said.",
			[]want{{"We will not sign this deal,", "Veld", Full, ""}}},
	})
}

// "Brightwell Books cancelled the release, although Tomas Lenk was among
// those questioning it, writing: “…”": a concessive clause right before
// the participle is the clause it hangs on. Each text is written for this
// test (issue 20, twelfth round).
func TestFindRound12ConcessiveParticiple(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"although clause before writing",
			"Brightwell Books cancelled the release less than a week later, although Tomas Lenk was among those questioning the decision as an attack on free speech, writing on Twitter: “It’s who gets silenced next that worries me.”",
			[]want{{"It’s who gets silenced next that worries me.", "Tomas Lenk", Full, ""}}},
	})
}

// "…” in Thursday's call, per the readout": "per" a text or a named source
// credits it as "according to" does; a unit after "per" credits nobody.
// Each text is written for this test (issue 20, twelfth round).
func TestFindRound12PerSource(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"per a named readout",
			"Both Veld and Erdal \"stressed the importance of diplomacy in resolving regional issues\" in Thursday's call, per a Marland Palace readout.",
			[]want{{"stressed the importance of diplomacy in resolving regional issues", "Marland Palace", Partial, ""}}},
		{"per cent is no source",
			"“We expect the market to grow by four per cent next year,” Ada Marr said.",
			[]want{{"We expect the market to grow by four per cent next year,", "Ada Marr", Full, ""}}},
	})
}
