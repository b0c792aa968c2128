package quotes

import (
	"strings"
	"testing"
)

// Tests of quotations credited outside a clause of speech: credit lines,
// bylines, lead-ins, pull quotes and headlines (attrib_credits.go,
// attrib_pullquotes.go). Each text is written for its test.

// A pull quote may abridge the words it repeats (the later quotation has
// an ellipsis where the pull quote runs on) and stand far from them, as
// magazine layouts place it: it is still the words of whoever says them
// there, not of a newspaper named just before it.
func TestFindRound6AbridgedPullQuote(t *testing.T) {
	text := "USAID spent $30 million in Nawa, according to the Tribune Gazette.\n\n" +
		"“My only wish is to show the public that in my case your money has not been wasted”\n\n" +
		strings.Repeat("“The roads were empty then,” recalls Abdul Rahimi, a trader. “Nobody came.”\n\n", 8) +
		"Karimi says he is heartbroken. “My only wish is to show the public that … in my case your money has not been wasted,” he says."
	res := Find(text)
	checkInvariants(t, text, res)
	if len(res.Quotes) != 18 {
		t.Fatalf("got %d quotations, want 18", len(res.Quotes))
	}
	if got := res.Quotes[0].Speaker; got != "Karimi" {
		t.Errorf("pull quote credited to %q, want Karimi (who says its words later)", got)
	}
}

// "“…,” Tomas Lenk, senior fellow at the Policy Institute.": a quotation
// ending in a comma and followed by a full name and its role, with no verb
// in the sentence, is that person's (the writer left out "says"); the next
// quotation goes on being theirs. Each text is written for this test
// (issue 20, fourteenth round).
func TestFindRound14VerblessName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"name and appositive, no verb, then a continuation",
			"“Pay-for-privacy makes privacy a luxury,” says Dana Elm, professor of law at Kell University.\n\nNot everyone agrees. “I still hold the view that these plans help consumers,” Tomas Lenk, senior fellow at the Policy Institute, a think tank. “These plans give consumers a choice.”",
			[]want{{"Pay-for-privacy makes privacy a luxury,", "Dana Elm", Full, ""}, {"I still hold the view that these plans help consumers,", "Tomas Lenk", Full, ""}, {"These plans give consumers a choice.", "Tomas Lenk", Full, ""}}},
	})
}

// "A Harbour councillor has said … a “sign of a town which has run out of
// patience”" then, paragraphs on, a named councillor says the same words:
// an indefinite described source whose words a person named later repeats
// is that person. Each text is written for this test (issue 20, fifteenth
// round).
func TestFindRound15DescribedThenNamed(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"lede's councillor, named below",
			"A Harbour councillor has said that graffiti in the Eastfield area is a \"sign of a town which has run out of patience\".\n\nThe slogans appeared this week on walls near the market.\n\nPolice said they were looking into it.\n\nHarbour Eastfield councillor Mara Quinlan said she had spoken to residents. \"I condemn all of it, but I think it is a sign of a town which has run out of patience.\"",
			[]want{
				{"sign of a town which has run out of patience", "Mara Quinlan", Partial, "Harbour Eastfield councillor"},
				{"I condemn all of it, but I think it is a sign of a town which has run out of patience.", "Mara Quinlan", Full, "Harbour Eastfield councillor"},
			}},
		{"a spokeswoman, then said Name",
			"A spokeswoman for the chancellor said on Friday that the request for a loan extension provided \"a useful basis for more talks\".\n\n\"From our point of view, the offer is still not enough,\" said Greta Wendt. But \"it certainly offers a useful basis for more talks.\"",
			[]want{
				{"a useful basis for more talks", "Greta Wendt", Partial, ""},
				{"From our point of view, the offer is still not enough,", "Greta Wendt", Full, ""},
				{"it certainly offers a useful basis for more talks.", "Greta Wendt", Partial, ""},
			}},
	})
}

// A headline left at the top of a body or between a live blog's posts
// ("Harbour MP warns looters they will face 'the full weight of the law'")
// labels its speaker; the quotation is whoever says the same words in the
// next two paragraphs. A headline that names its speaker keeps it. Each
// text is written for this test (issue 20, fifteenth round).
func TestFindRound15HeadlineQuote(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"label subject, the MP named below",
			"Harbour MP warns looters they will face 'the full weight of the law'\n\nAn MP in Harbourton has condemned those who came to the town to cause trouble.\n\nTessa Marlow posted online: “Anyone who came here to smash windows will face the full weight of the law.”",
			[]want{
				{"the full weight of the law", "Tessa Marlow", Partial, ""},
				{"Anyone who came here to smash windows will face the full weight of the law.", "Tessa Marlow", Full, ""},
			}},
		{"unnamed she in the headline, named below",
			"\"He is a very gifted young man,\" she said of her daughter's boyfriend\n\nMarion Pell has praised the singer's new record. Speaking at a charity lunch, she said: “I played it all morning. He is a very gifted young man, and it is his best work.”",
			[]want{
				{"He is a very gifted young man,", "Marion Pell", Full, ""},
				{"I played it all morning. He is a very gifted young man, and it is his best work.", "Marion Pell", Full, ""},
			}},
		{"a headline naming its speaker keeps it",
			"The Harbour Greens said the mayor ‘must immediately explain the deal’\n\nMayor Ian Dole has been accused of hiding the contract.\n\nGreens leader Mia Tarn said the mayor “must immediately explain the deal”.",
			[]want{
				{"must immediately explain the deal", "Harbour Greens", Partial, ""},
				{"must immediately explain the deal", "Mia Tarn", Partial, ""},
			}},
	})
}

// "Lumen CEO says folding phone is ‘years away’" above "Lumen's chief Dara
// Quill spoke …": the headline's role label is the person the opening
// paragraph names after the employer, so the headline's words and the
// body's, which "she" took back to the label, are hers. A person the
// opening names without the label's employer before the name is someone
// else. Each text is written for this test (issue 20, seventeenth round).
func TestFindRound17bHeadlineLabelPerson(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"employer before the name",
			"Shock! Lumen CEO says folding phone is 'years away'\n\nLumen's chief Dara Quill spoke at the company's annual meeting in Denver, and when asked about a folding phone, she said the screens she had seen were \"not ready for shops.\" She also said such phones were \"years away,\" but that the firm would keep its focus.",
			[]want{
				{"years away", "Dara Quill", "", ""},
				{"not ready for shops.", "Dara Quill", "", ""},
				{"years away,", "Dara Quill", "", ""},
			}},
		{"someone else named",
			"Shock! Lumen CEO says folding phone is 'years away'\n\nRhea Stone, an analyst at Vantage Research, said on Tuesday that rivals were also slow, and that buyers were \"not in a hurry.\"",
			[]want{
				{"years away", "Lumen CEO", "", ""},
				{"not in a hurry.", "Rhea Stone", "", ""},
			}},
	})
}

// A review round-up quotes one critic after another, each quotation
// followed by a byline after a dash ("“…” -- Mara Lindqvist [Full
// review]", "“…” — Pia Jensen, Auto Digest"): the byline names the
// quotation's author, also two critics ("A & B"), not the outlet or the
// maker named above. Each text is written for this test (issue 20,
// nineteenth round).
func TestFindRound19cByline(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"double hyphen and bracket",
			"Maker: Vorland Motors / Kessel Group\n\nMotor Weekly -- 8/10\n\n\"The new engine handles corners with grace. It is the best small car of the year.\" -- Mara Lindqvist [Full review]\n\nAuto Digest -- 4/5\n\n\"Cramped in the back, but a joy to drive. The boot is small and the seats are hard.\" -- Tom Ashby & Rhea Collins [Full review]",
			[]want{{"The new engine handles corners with grace. It is the best small car of the year.", "Mara Lindqvist", Full, ""},
				{"Cramped in the back, but a joy to drive. The boot is small and the seats are hard.", "Tom Ashby and Rhea Collins", Full, ""}}},
		{"em dash and outlet",
			"Critics were divided on the Vorland Sprite.\n\n\"A clear step up from the old model, and cheaper to run than any rival.\" — Pia Jensen, Auto Digest\n\n\"Loud, slow and thirsty. Buy something else.\" — Omar Reyes, Car Monthly",
			[]want{{"A clear step up from the old model, and cheaper to run than any rival.", "Pia Jensen", Full, ""},
				{"Loud, slow and thirsty. Buy something else.", "Omar Reyes", Full, ""}}},
		{"two critics with and",
			"Reviews of the Vorland Sprite are in.\n\n\"Loud, slow and thirsty. Buy something else if you can.\" — Omar Reyes and Lena Brandt, Car Monthly",
			[]want{{"Loud, slow and thirsty. Buy something else if you can.", "Omar Reyes and Lena Brandt", Full, ""}}},
		{"a dash going on with a clause is no byline",
			"Mara Lindqvist reviewed the car for Motor Weekly.\n\n\"It is the best small car of the year,\" she wrote — Tom Ashby disagreed in a long column.",
			[]want{{"It is the best small car of the year,", "Mara Lindqvist", Full, ""}}},
	})
}

// A paragraph of its own that names one person, right before a paragraph
// opening with a quotation and "he said" or "she said", introduces the
// quotation's speaker: not the source quoted before it, nor the person a
// profile quotes most. A possessive owner or a name in a dashed aside is
// talked about and introduces no one. Each text is written for this test
// (issue 20, twentieth round).
func TestFindRound20bLeadIn(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"new person after a quoted source",
			"\"Beyond the question of money, I think it is simply a question of work,\" said Jose Oriol, a scholar at the National University.\n\nFor 58-year-old Armando Vidal, who like his fellow porters never finished school, it's simply a job.\n\n\"Some people are kind,\" he said of those who hire him. \"Some don't even say hello.\"",
			[]want{{"Beyond the question of money, I think it is simply a question of work,", "Jose Oriol", Full, ""},
				{"Some people are kind,", "Armando Vidal", Full, ""},
				{"Some don't even say hello.", "Armando Vidal", Full, ""}}},
		{"rival after the most quoted player",
			"Maria Petrova and another girl, Jelena Markovic from Belgrade, found themselves battling at the academy.\n\n\"Well,\" said Maria Petrova on Monday, \"she was my rival. We fought for every ball.\"\n\n\"There were so many turning points,\" Petrova explained. \"Moving to Florida was one of them.\"\n\n\"I think so,\" Petrova said. \"Maybe not. I don't know.\"\n\n\"It was a long time ago,\" Petrova said.\n\nMarkovic wasn't exactly sure, either, when the subject arose at her news conference.\n\n\"Yeah,\" she said, \"it was when we were 12 years old, if that counts.\"",
			[]want{{"she was my rival. We fought for every ball.", "Maria Petrova", Full, ""},
				{"There were so many turning points,", "Maria Petrova", Full, ""},
				{"Moving to Florida was one of them.", "Maria Petrova", Full, ""},
				{"I think so,", "Maria Petrova", Full, ""},
				{"Maybe not. I don't know.", "Maria Petrova", Full, ""},
				{"It was a long time ago,", "Maria Petrova", Full, ""},
				{"it was when we were 12 years old, if that counts.", "Jelena Markovic", Full, ""}}},
		{"a described source opens the lead-in",
			"\"When a cat sleeps, it is something to talk about,\" joked one male blogger.\n\nAnother blogger had fun wondering how the city council would react to the news.\n\n\"Will the mayor approve the new park or block it?\" he wrote. \"Gentlemen, place your bets.\"",
			[]want{{"When a cat sleeps, it is something to talk about,", "one male blogger", Full, ""},
				{"Will the mayor approve the new park or block it?", "Another blogger", Full, ""},
				{"Gentlemen, place your bets.", "Another blogger", Full, ""}}},
		{"a family name where it is no subject",
			"\"I walked every year,\" said Lisa Carrow, a teacher from Darien. \"My whole family came.\"\n\n\"Keep in mind that this is a business,\" said Leslie Brandt, a professor of public affairs.\n\nBrandt also wonders if the novelty of the walks has worn off.\n\nFor people like Carrow, though, nothing the charity can do will bring her back.\n\n\"I don't even wear pink anymore,\" she said.",
			[]want{{"I walked every year,", "Lisa Carrow", Full, ""},
				{"My whole family came.", "Lisa Carrow", Full, ""},
				{"Keep in mind that this is a business,", "Leslie Brandt", Full, ""},
				{"I don't even wear pink anymore,", "Lisa Carrow", Full, ""}}},
		{"of two people the one who speaks",
			"\"She is a tough opponent,\" said Vera Kolar.\n\nKip Renner has made headlines with his new book, and Maria Petrova says she, too, would like to write a memoir. It will be based on her journal.\n\n\"Some of it is mind-blowing,\" she said.",
			[]want{{"She is a tough opponent,", "Vera Kolar", Full, ""},
				{"Some of it is mind-blowing,", "Maria Petrova", Full, ""}}},
		{"a possessive owner is talked about",
			"\"They can do a lot of things with this,\" said Pavel Brandt, head of a fraud firm.\n\nKellerman's actions show that not enough attention is given to identity theft.\n\n\"He was pretty open about it,\" he said.",
			[]want{{"They can do a lot of things with this,", "Pavel Brandt", Full, ""},
				{"He was pretty open about it,", "Pavel Brandt", Full, ""}}},
	})
}

// A pull quote, alone in its paragraph and unattributed, repeats a line
// the article quotes later in two pieces split by "she said": the
// speaker of the two pieces says it. The text is written for this test
// (issue 20, twentieth round).
func TestFindRound20bPullSplit(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"split by a clause of speech",
			"Spokeswoman Andrea Voss said the walks were costly. \"It has been harder for people to do,\" Voss said.\n\nDozens of supporters complained on the charity's page.\n\n\"I don't even wear pink anymore. It just turns my stomach.\"\n\nLisa Carrow, a teacher from Darien, walked every year until 2011.\n\n\"I don't even wear pink anymore,\" Carrow said. \"It just turns my stomach.\"",
			[]want{{"It has been harder for people to do,", "Andrea Voss", Full, ""},
				{"I don't even wear pink anymore. It just turns my stomach.", "Lisa Carrow", Full, ""},
				{"I don't even wear pink anymore,", "Lisa Carrow", Full, ""},
				{"It just turns my stomach.", "Lisa Carrow", Full, ""}}},
	})
}

// "“…” - Dana Whitlock on Marcus Fenn.": a pull quote credited after a
// dash in its own paragraph is the words of the person named right after
// the dash; the one after "on" is its topic. The text is written for this
// test (issue 20, twenty-first round).
func TestFindRound21bDashAfterQuote(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"on a topic",
			"Marcus Fenn has never cared for awards.\n\n\"Records don't even enter his mind. Very honestly.\" - Dana Whitlock on Marcus Fenn.\n\n\"He has great respect for the game,\" Whitlock said.",
			[]want{{"Records don't even enter his mind. Very honestly.", "Dana Whitlock", Full, ""},
				{"He has great respect for the game,", "Dana Whitlock", Full, ""}}},
		{"name alone",
			"Marcus Fenn has never cared for awards.\n\n\"Records don't even enter his mind.\" — Dana Whitlock\n\nFenn scored 20.",
			[]want{{"Records don't even enter his mind.", "Dana Whitlock", Full, ""}}},
	})
}

// A pull quote in a paragraph of its own, then a dash and a description
// on the next line ("— Russian tweeter"), is that described source's, as
// a name there makes it the person's. The texts are written for this test
// (issue 20, twenty-third round).
func TestFindRound23aDescribedDashCredit(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"described credits",
			"The news spread fast online.\n\n“When a man divorces, it is a fresh impulse for new work”\n\n— Russian tweeter\n\nMany others joked about it.\n\n“Nobody saw it coming, not even his dog”\n\n— a fellow blogger",
			[]want{
				{"When a man divorces, it is a fresh impulse for new work", "Russian tweeter", Full, ""},
				{"Nobody saw it coming, not even his dog", "a fellow blogger", Full, ""},
			}},
		{"a named credit still names",
			"The news spread fast online.\n\n“It was the best day of my life.”\n\n— Ann Fromley, a teacher",
			[]want{{"It was the best day of my life.", "Ann Fromley", Full, ""}}},
	})
}
