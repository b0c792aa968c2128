package quotes

import "testing"

// Tests of person evidence (names_evidence.go): a name that nothing shows
// to be a person's, met only in forms no person's name takes, is no
// antecedent of "he" or "she" and speaks no quotation that no clause
// attributes. Each text is written for its test (issue 20, twenty-eighth
// round).
func TestFindPersonEvidence(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a word opening its sentence is no antecedent",
			"Dana Whitfield said she was inside the bar when the shots were fired. Bullets continued as she ran into the parking lot.\n\n“I saw the shots go off,” she said.",
			[]want{{"I saw the shots go off,", "Dana Whitfield", Full, ""}}},
		{"a quotation of its own shows a person",
			"Farlow smiled: “Never again.”\n\nFarlow wore a new hat to the meeting.\n\n“I would love to win,” he said.",
			[]want{{"Never again.", "Farlow", Full, ""}, {"I would love to win,", "Farlow", Full, ""}}},
		{"a run after an indefinite article describes a class",
			"Ben Okafor was also critical of the mayor at times.\n\nA Seventh-day Adventist, Okafor entered politics after a speech at a prayer breakfast.\n\nStanding a short distance from the mayor, he said the city faced “moral decay” and “fiscal irresponsibility.”",
			[]want{{"moral decay", "Ben Okafor", Partial, ""}, {"fiscal irresponsibility.", "Ben Okafor", Partial, ""}}},
		{"a related story's headline names no antecedent",
			"“These are the skills we need,” Gordon Hale said, adding that the plants are expensive.\n\nHale said the market keeps changing.\n\nToronto-based chip designer Quanta IP seeks London listing to raise profile\n\n“Being very good at one of them means you can do the others,” he said.",
			[]want{{"These are the skills we need,", "Gordon Hale", Full, ""}, {"Being very good at one of them means you can do the others,", "Gordon Hale", Full, ""}}},
		{"a name ending in a plural the text uses as a noun",
			"Coby Lestrade, a New York-based developer who writes about buildings, praised the town built beside Brightwater Studios.\n\nThe studios and the town were bought in 2020. Lestrade sees few drawbacks. Brightwater isn't perfect, but “It's still doing more than other developments,” he says.",
			[]want{{"It's still doing more than other developments,", "Coby Lestrade", "", ""}}},
		{"a sentence of capitalised words alone speaks no quotation",
			"Kofi Mensah said the shifts were long.\n\nIt is a welcome distraction from the pain to imagine the gifts unwrapped. Merry Christmas.\n\n“Which product did you handle the most?”",
			[]want{{"Which product did you handle the most?", "", Full, ""}}},
		{"a heading that is no sentence is passed over",
			"“We have found another black hole,” Danny Okoro said.\n\nThe cuts include:\n\nActive Challenge Routes - Walk England: £2m\n\nCounty Sports Partnerships: £6m\n\n“It is money we do not have.”",
			[]want{{"We have found another black hole,", "Danny Okoro", Full, ""}, {"It is money we do not have.", "Danny Okoro", Full, ""}}},
		{"a run in capitals is no antecedent",
			"Tim Heidecker laughed about the sign.\n\nFOUR SEASONS TOTAL LANDSCAPING sat above the garage door.\n\n“It was perfect,” he said.",
			[]want{{"It was perfect,", "Tim Heidecker", Full, ""}}},
		{"a line ending in a colon introduces the next",
			"Police were called to the cemetery this afternoon.\n\nThe Leader of the Council, Councillor Afrasiab Anwar MBE, has issued the following statement:\n\n“What type of evil individual would do this?”",
			[]want{{"What type of evil individual would do this?", "Afrasiab Anwar", Full, ""}}},
		{"a body named only in a title-case headline is no it",
			"No, France Did Not Ban Workers From Emailing After 6 P.M.\n\nThe rumours began with an article published on Wednesday in a British daily. “Employers have signed a binding agreement,” it stated.",
			[]want{{"Employers have signed a binding agreement,", "", Full, ""}}},
	})
}

// "I’ve", "I’m", "I’ll": the writer's "I" contracted is no name, and no
// speaker of the quotations around it. Written for this test (issue 20,
// twenty-eighth round).
func TestFindContractedI(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a contraction ends the phrase before it",
			"The test took an hour. At yet another set of computers I’m asked about my work history and character.\n\n“How do you feel about dangerous activities?”",
			[]want{{"How do you feel about dangerous activities?", "", Full, ""}}},
		{"a contraction as the subject of a verb of speech",
			"The call came late.\n\nI’ll admit that I did start crying a little.\n\n“It hurts so much.”",
			[]want{{"It hurts so much.", "", Full, ""}}},
	})
}
