package quotes

import "testing"

// Tests of interviews, exchanges and transcripts (attrib_interview.go,
// attrib_transcript.go). Each text is written for its test.

// Who answers a question, and "in the words of" after a fragment.
func TestFindRound4Exchanges(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"the one asked replies",
			"Judge Rena Holt was sworn in on Monday.\n\nAt a press conference, a reporter asked Holt, “What is the biggest problem in the courts?”\n\n“The biggest hurdle is getting people to listen,” she replied.",
			[]want{{"What is the biggest problem in the courts?", "a reporter", Full, ""}, {"The biggest hurdle is getting people to listen,", "Rena Holt", Full, ""}}},
		{"in the words of, after another clause of speech",
			"The law, the Workers Act, says a company could lose its licence for hiring illegal workers - a “death penalty,” in the words of lawyer Nia Okafor, who represented the chamber.",
			[]want{{"death penalty,", "Nia Okafor", Partial, ""}}},
	})
}

// An answer alone in its paragraph after a question put to someone is the
// answer of the one asked.
func TestFindRound4AnswerAfterQuestion(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"asked X, then the question",
			"Judge Rena Holt was sworn in on Monday.\n\nAt the ceremony, Mayor Tom Peel asked Holt, “What is the biggest problem in the courts?”\n\n“The biggest hurdle is getting people to listen.”",
			[]want{{"What is the biggest problem in the courts?", "Tom Peel", Full, ""}, {"The biggest hurdle is getting people to listen.", "Rena Holt", Full, ""}}},
		{"the question, then asked X",
			"Judge Rena Holt was sworn in on Monday.\n\n“What is the biggest problem in the courts?” Mayor Tom Peel asked Holt.\n\n“The biggest hurdle is getting people to listen.”",
			[]want{{"What is the biggest problem in the courts?", "Tom Peel", Full, ""}, {"The biggest hurdle is getting people to listen.", "Rena Holt", Full, ""}}},
	})
}

// An interview's turns alternate without names once a question by one
// person has been answered by another; a rhetorical question in one
// speaker's own speech changes no one. Each text is written for this test
// (issue 20, fifth round).
func TestFindRound5InterviewTurns(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"question, answer, then unnamed turns",
			"Dana Crewe interviewed Mira Cole on Sunday.\n\n“Were you silent, or were you silenced?” Crewe asked.\n\n“The latter,” Cole said.\n\n“Did you feel safe?”\n\n“Not at all. Nobody helped me.”",
			[]want{{"Were you silent, or were you silenced?", "Dana Crewe", Full, ""}, {"The latter,", "Mira Cole", Full, ""},
				{"Did you feel safe?", "Dana Crewe", Full, ""}, {"Not at all. Nobody helped me.", "Mira Cole", Full, ""}}},
		{"answer, question, then the unnamed answer",
			"Dana Crewe asked Mira Cole whether she had been silenced.\n\n“Yes. I was told to stay quiet,” Cole said. “It was hard.”\n\nCrewe pressed her: “Who told you?”\n\n“I will not say.”",
			[]want{{"Yes. I was told to stay quiet,", "Mira Cole", Full, ""}, {"It was hard.", "Mira Cole", Full, ""},
				{"Who told you?", "Dana Crewe", Full, ""}, {"I will not say.", "Mira Cole", Full, ""}}},
		{"a rhetorical question in one speech",
			"Tom Hale spoke to the union on Friday.\n\n“Wages fell again,” Hale said. “Who paid for it?”\n\n“The workers did.”",
			[]want{{"Wages fell again,", "Tom Hale", Full, ""}, {"Who paid for it?", "Tom Hale", Full, ""}, {"The workers did.", "Tom Hale", Full, ""}}},
	})
}

// A transcript turn labelled by a role alone ("Reporter: “…”") is spoken
// by the person of that exchange the article introduced: the latest
// speaker who is not the other party. Written for this test (issue 20,
// eighth round).
func TestFindRound8TranscriptRoleTurn(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a reporter's turn after the coach's",
			"The coach took questions for half an hour.\n\nTom Vale, a columnist for the Daily Courier, started the exchange this way:\n\n“My neighbour says you can still win it all.”\n\nAlden: “Says what?”\n\nReporter: “You can still win it all. You have been doing it for years.”\n\nAlden: “What are you talking about?”",
			[]want{{"My neighbour says you can still win it all.", "Tom Vale", Full, ""}, {"Says what?", "Alden", Full, ""}, {"You can still win it all. You have been doing it for years.", "Tom Vale", Full, ""}, {"What are you talking about?", "Alden", Full, ""}}},
	})
}

// In an interview written as narration, a name in the writer's question
// ("Is Halvorsen a good leader?") is not who answers: the unattributed
// answer is the interviewee's, the person quoted before; an auxiliary
// opening the question is no part of the name. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10InterviewQuestion(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a question opening with an auxiliary",
			"I meet Dame Ruth Okonedo at her office in Leeds.\n\n“It’s all about whether they can deliver the plan they’ve got,” says Okonedo. “It’s going to be tough.”\n\nIs Halvorsen a good leader?\n\n“Well, I’m fully supportive of him, I want him to succeed.”",
			[]want{{"It’s all about whether they can deliver the plan they’ve got,", "Ruth Okonedo", Full, ""}, {"It’s going to be tough.", "Ruth Okonedo", Full, ""}, {"Well, I’m fully supportive of him, I want him to succeed.", "Ruth Okonedo", Full, ""}}},
		{"a question naming someone else",
			"I meet Dame Ruth Okonedo at her office in Leeds.\n\n“It’s all about whether they can deliver the plan they’ve got,” says Okonedo.\n\nWhat advice would she give Lars Halvorsen right now?\n\n“It’s not my job to advise. He’s perfectly capable of doing it on his own.”",
			[]want{{"It’s all about whether they can deliver the plan they’ve got,", "Ruth Okonedo", Full, ""}, {"It’s not my job to advise. He’s perfectly capable of doing it on his own.", "Ruth Okonedo", Full, ""}}},
		{"an auxiliary opening a question is no given name",
			"The board met on Monday.\n\nDid Halvorsen know about the loan? “I was told nothing,” Halvorsen said.",
			[]want{{"I was told nothing,", "Halvorsen", Full, ""}}},
	})
}

// An unattributed answer after a question split around its attribution
// (“But there is some risk,” Alvi interjected. “Do you dispute that?”) is
// the other party's, the one quoted before the asker. Each text is written
// for this test (issue 20, tenth round).
func TestFindRound10AnswerAfterSplitQuestion(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a split question, then the answer",
			"“The vaccines are safe and effective for the workers,” Solicitor General Ana Prell said.\n\n“But there is some risk,” Justice Omar Alvi interjected. “Do you dispute that?”\n\n“There can be a very minimal risk with respect to some individuals, but the vaccines are safe.”",
			[]want{{"The vaccines are safe and effective for the workers,", "Ana Prell", Full, ""}, {"But there is some risk,", "Omar Alvi", Full, ""}, {"Do you dispute that?", "Omar Alvi", Full, ""}, {"There can be a very minimal risk with respect to some individuals, but the vaccines are safe.", "Ana Prell", Full, ""}}},
	})
}

// "“No, Justice Alvi,” Prell said. … / “Then why were you talking about
// banks,” he rejoined.": a reply's "he" is the other party of the
// exchange, not the one quoted last. Each text is written for this test
// (issue 20, tenth round).
func TestFindRound10ReplyOtherParty(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"he rejoined",
			"Justice Omar Alvi told Solicitor General Ana Prell it appeared the argument went further. “Is that right?” Alvi asked.\n\n“No, Justice Alvi, that is not my argument,” Prell said. “I was trying to make an observation about students.”\n\n“Then why were you talking about banks,” he rejoined.",
			[]want{{"Is that right?", "Omar Alvi", Full, ""}, {"No, Justice Alvi, that is not my argument,", "Ana Prell", Full, ""}, {"I was trying to make an observation about students.", "Ana Prell", Full, ""}, {"Then why were you talking about banks,", "Omar Alvi", Full, ""}}},
	})
}

// A transcript set out line by line, each line a label, a dash and the
// words spoken ("Dover operator - “…”"): the label names who speaks the
// line, and a later shortened label ("Dover -") the one first labelled in
// full. Each text is written for this test (issue 20, sixteenth round).
func TestFindRound16bDashLabels(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"operators' exchange",
			"One station chief, Hal Brandt, told the paper the storm had cut every line. The paper printed an exchange between two stations that night:\n\nDover operator, (to Calais operator) - \"Please take your battery off the line for ten minutes.\"\n\nCalais operator - \"Will do so. It is now off.\"\n\nDover - \"Mine is off too, and we are working on the storm current alone.\"\n\nCalais - \"Better than with the batteries on.\"\n\nDover - \"Yes. Go ahead.\"",
			[]want{
				{"Please take your battery off the line for ten minutes.", "Dover operator", Full, ""},
				{"Will do so. It is now off.", "Calais operator", Full, ""},
				{"Mine is off too, and we are working on the storm current alone.", "Dover operator", Full, ""},
				{"Better than with the batteries on.", "Calais operator", Full, ""},
				{"Yes. Go ahead.", "Dover operator", Full, ""},
			}},
		{"named parties, surnames as labels",
			"Mayor Ann Holt met the union leader Piet Brandt on the quay, and a clerk took down what they said:\n\nHolt - \"We cannot pay for a second crane this year.\"\n\nBrandt - \"Then the night shift stops on Monday.\"\n\nHolt - \"Give me a week to find the money.\"",
			[]want{
				{"We cannot pay for a second crane this year.", "Ann Holt", Full, ""},
				{"Then the night shift stops on Monday.", "Piet Brandt", Full, ""},
				{"Give me a week to find the money.", "Ann Holt", Full, ""},
			}},
	})
}

// “…” “…” “…”: a paragraph of quotations set back to back, without a word
// of narration, gives excerpts (a video's voices) whose speakers the text
// does not name: no one, not the person the story is about.
func TestFindRound16bQuotesOnlyParagraph(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"video excerpts",
			"Video\n\nTomas Garza, 34, of Eastfield, was charged on Friday with setting fire to the harbour warehouse.\n\n\u201cThe suspect has been named as Tomas Garza. He will appear in court on Monday.\u201d \u201cNobody was hurt, and the fire crews did a remarkable job tonight.\u201d \u201cWe will rebuild the warehouse before the winter comes.\u201d\n\nThe warehouse had stood empty since the spring.",
			[]want{
				{"The suspect has been named as Tomas Garza. He will appear in court on Monday.", "", Full, ""},
				{"Nobody was hurt, and the fire crews did a remarkable job tonight.", "", Full, ""},
				{"We will rebuild the warehouse before the winter comes.", "", Full, ""},
			}},
	})
}

// "When Roe asked Brisk what he would say, …, his answer was plain: “…”":
// the answer is the one asked, not the asker, also past an aside set off
// by commas. The text is written for this test (issue 20, twenty-fifth
// round).
func TestFindRound25bOwnedAnswer(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"his answer",
			"Tom Brisk testified on Monday.\n\nWhen Dana Roe asked Brisk what he would say if he had found a crime, his answer was plain: \"The statement would be that we would not charge.\"",
			[]want{{"The statement would be that we would not charge.", "Tom Brisk", Full, ""}}},
		{"his answer after an aside",
			"Tom Brisk testified on Monday.\n\nWhen Dana Roe asked Brisk what he would say, either in his report or in court, his answer was plain: \"The statement would be that we would not charge.\"",
			[]want{{"The statement would be that we would not charge.", "Tom Brisk", Full, ""}}},
	})
}
