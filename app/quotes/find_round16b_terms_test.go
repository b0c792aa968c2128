package quotes

import "testing"

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
