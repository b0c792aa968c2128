package quotes

import "testing"

// Tests of quotations that are terms, names, titles or signs
// (spans_terms.go, spans_signs.go). Each text is written for its test.

// A quoted subheading the page ran into the paragraph after it.
func TestFindRound4RunInSubheading(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"subheading before a capitalised article",
			"The government survived the vote on Tuesday.\n\n‘Pointless and reckless’ The main opposition party said it would back the motion. “We will not block it,” party leader Ana Ruiz said.",
			[]want{{"We will not block it,", "Ana Ruiz", Full, ""}}},
		{"a quotation with its comma before the article stays",
			"The government survived the vote on Tuesday.\n\n“Pointless and reckless,” the opposition leader, Ana Ruiz, said.",
			[]want{{"Pointless and reckless,", "Ana Ruiz", Full, ""}}},
	})
}

// A naming noun ("book", "film") that is the object of a verb of calling
// does not make the quotation after it a title: "calling the book “…”" is
// what someone called it; "his book “…”" stays a title. Each text is
// written for this test (issue 20, tenth round).
func TestFindRound10CalledNamingNoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"calling the book",
			"The Harbour Guild responded with a long statement, calling the book “a bigoted, defamatory assault replete with lies” on Monday.",
			[]want{{"a bigoted, defamatory assault replete with lies", "-", Partial, ""}}},
		{"his book",
			"Olaf Brandt signed copies of his book “A Winter in the Harbour of Lights” on Monday.",
			nil},
	})
}

// A quotation a bracketed pointer sends the reader to ("(see ‘…’)") is a
// title, not speech, even with a clause of speech closing the sentence.
// Each text is written for this test (issue 20, tenth round).
func TestFindRound10CrossReference(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"see, in brackets",
			"Logging in the basin rose under the old government (see ‘Peru swings on logging’) and reversing it “will take years”, says Ana Quispe, a forest scientist.",
			[]want{{"will take years", "Ana Quispe", Partial, ""}}},
	})
}

// An indefinite noun phrase and a verb of naming right before the
// quotation ("A Facebook group called ‘…’") name the thing; a named
// speaker's "what X called “…”" stays speech. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10IndefiniteNamer(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a group called",
			"A Facebook group called ‘We back Dr Lena Frisk and co’ has some 85,000 members.",
			nil},
		{"what a minister called",
			"The talks ended in what Foreign Minister Ivo Marek called “a new era of trust”.",
			[]want{{"a new era of trust", "Ivo Marek", Partial, ""}}},
	})
}

// A short full quotation in title case with a comma inside ("“No, Justice
// Marr,” Ortiz said.") is speech when the clause of speech follows it; a
// title in title case stays a title. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10TitleCaseAddress(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an address with a comma",
			"The judge asked whether the rule covered sports.\n\n“No, Justice Marr,” Lena Ortiz said. “I was making a point about college life.”",
			[]want{{"No, Justice Marr,", "Lena Ortiz", Full, ""}, {"I was making a point about college life.", "Lena Ortiz", Full, ""}}},
		{"a title",
			"She appeared on the radio show “Wait Until Monday Comes” last year.",
			nil},
	})
}

// A long lower-case quotation after the noun of a work or an event ("a
// program “to require…”", "this episode “is one of…”") is no title; a
// title-case one is. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10MediaNounLowerCase(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a program, lower case",
			"In his opening statement, Commissioner Rob Dane vowed to develop a program “to require top prospects to submit to drug testing before the draft.”",
			[]want{{"to require top prospects to submit to drug testing before the draft.", "Rob Dane", Partial, ""}}},
		{"an episode, lower case",
			"In her acceptance speech, Senator Ida Lowe said this episode “is one of the reasons I became a prosecutor, to protect people like Wanda.”",
			[]want{{"is one of the reasons I became a prosecutor, to protect people like Wanda.", "Ida Lowe", Partial, ""}}},
		{"a program, title case",
			"Rob Dane presented a program “The Road to the Draft” on Sunday.",
			nil},
	})
}

// "Garza has finished his “silent week”, according to the Courier": a
// short fragment after a possessive pronoun whose owner is not the source
// named after it is the owner's term, not the source's words.
func TestFindRound16bOwnersTerm(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"his term, a paper's report",
			"Midfielder Tomas Garza has finished his \"silent week\" in the hills, according to the Daily Courier.\n\n\"I needed to hear nothing for a while,\" Garza said.",
			[]want{
				{"I needed to hear nothing for a while,", "Tomas Garza", Full, ""},
			}},
	})
}

// "Norvik is backing what it calls a “household plan”", "what the council
// calls “storm and flood” leave": a name given to a product or a scheme is
// a term, while "what it calls “digital bullying”" stays its words.
func TestFindRound16bCalledThing(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a product's name",
			"Like other streaming services, Norvik is now backing what it calls a \"household plan\" to win bulk sign-ups.",
			[]want{}},
		{"a kind of leave",
			"Staff whose offices are shut but who cannot work from home get what the council calls \"storm and flood\" leave.",
			[]want{}},
		{"a feature it's calling",
			"Norvik on Thursday announced the private beta of a feature it’s calling \"rider insight,\" which studies each ride.",
			[]want{}},
		{"an evaluation stays speech",
			"The Harbour ministry is increasingly focusing on what it calls \"digital bullying\" of its officials.",
			[]want{
				{"digital bullying", "-", Partial, ""},
			}},
	})
}

// "“Garza versus Holt” was the top trending topic": a quotation without
// its own closing punctuation opening a sentence as the subject of "was",
// with no one said to say it, is a name, not speech.
func TestFindRound16bQuotedSubjectName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a match's name trending",
			"\"Garza versus Holt at the harbour\" was the top trending topic on Tuesday morning, with two million views.\n\n\"I could not watch the end,\" wrote one fan.",
			[]want{
				{"I could not watch the end,", "one fan", Full, ""},
			}},
	})
}

// A short quotation that heads the writer's noun phrase after coordinate
// adjectives is a term; after a participle it is the object, someone's
// words. The texts are written for this test (issue 20, twenty-first
// round).
func TestFindRound21aAdjectiveSeries(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"after coordinate adjectives",
			"Lena Varga was tired of drivers shouting crude, loud, tiresome “chat-up lines” as she cycled past, which surveys show happens to most women.",
			nil},
		{"after a participle",
			"Lena Varga recalls, as a student, using “rather blunt language” about the mayor at a public meeting.",
			[]want{{"rather blunt language", "Lena Varga", Partial, ""}}},
	})
}

// Quotations the twenty-sixth round's recall helper found taken for
// speech in the development set though no one says them, each on texts
// written for this test.
func TestFindRound26cTerms(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a show's title before the noun of the clause of speech",
			"“Harbour Lights” producers have said they made the show to explain boats to children.",
			nil},
		{"a designation is a category, not speech",
			"The ministry said Tom Hale was recently designated a “high-risk traveler” by the government.",
			nil},
		{"a headline after a colon",
			"He first posted on Monday, linking to a Ledger story with the headline: “How a Baker Ended Up Accused of Fraud With Gift Cards.”",
			nil},
		{"words after a colon with a speaker still speak",
			"Tom Hale put it in two words: “Still talking.”",
			[]want{{"Still talking.", "Tom Hale", Full, ""}}},
	})
}

// Words printed on stickers are the stickers', as a sign's are (a text
// written for this test).
func TestFindRound27cStickers(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"stickers that read",
			"By December they had sold more than $1 million of goods, like stickers that read \"Save the Harbour Now!\" and \"Fish and Chips Forever!\"",
			[]want{{"Save the Harbour Now!", "stickers", Full, ""}, {"Fish and Chips Forever!", "stickers", Full, ""}}},
	})
}
