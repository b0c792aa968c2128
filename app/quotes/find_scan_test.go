package quotes

import "testing"

// Tests of quotation marks: quotations whose marks were left out, mistyped
// or glued to invisible characters, and quotations running over paragraphs
// (scan.go, scan_repairs.go). Each text is written for its test.

// A quotation opened with a double mark and closed with a single one
// before its attribution (“…,’ he says.) ends there. Written for this
// test (issue 20, fifth round).
func TestFindRound5MismatchedCloser(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a single closer after a double opener",
			"Prof Dan Greer runs the college.\n\n“We cannot depend on a vaccine. We have to live with the virus,’ he says. The college stays open.\n\n“Students are safe,” Greer said.",
			[]want{{"We cannot depend on a vaccine. We have to live with the virus,", "Dan Greer", Full, ""}, {"Students are safe,", "Dan Greer", Full, ""}}},
		{"an apostrophe inside stays inside",
			"Prof Dan Greer runs the college.\n\n“The students’ halls are safe and the teachers’ rooms too,” Greer said.",
			[]want{{"The students’ halls are safe and the teachers’ rooms too,", "Dan Greer", Full, ""}}},
	})
}

// A quotation left open at the end of its paragraph runs on into the next
// paragraph when that paragraph, though it does not re-open the quotation,
// closes it: its first double mark is a closer. Each text is written for
// this test (issue 20, tenth round).
func TestFindRound10UnreopenedContinuation(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"curly marks, the closer ends the next paragraph",
			"The Daily Ledger reported on Monday:\n\n“Ostrava’s port has become a lightning rod for protests since the minister resigned.\n\nAccording to an aide, the mayor will meet the unions this weekend to hear their demands.”\n\nThe unions did not comment.",
			[]want{{"Ostrava’s port has become a lightning rod for protests since the minister resigned.\n\nAccording to an aide, the mayor will meet the unions this weekend to hear their demands.", "Daily Ledger", Full, ""}}},
		{"straight marks, another quotation follows the closer",
			"Without commenting on the dispute, Kerr Wilde said, \"I worry about the league and you have to go to the core problem.\n\nThe league is run by all sorts of people doing their own thing.\" \"The board has no power,\" Wilde said.",
			[]want{{"I worry about the league and you have to go to the core problem.\n\nThe league is run by all sorts of people doing their own thing.", "Kerr Wilde", Full, ""}, {"The board has no power,", "Kerr Wilde", Full, ""}}},
		{"two paragraphs without marks before the closer",
			"The Harbour Courier wrote:\n\n“Kessel issued a brief reply thanking the council for its work.\n\nDuring his term, Kessel became known for his drone plans.\n\nHis removal set off protests in Brno, Olomouc and other cities.”\n\nKessel declined to comment.",
			[]want{{"Kessel issued a brief reply thanking the council for its work.\n\nDuring his term, Kessel became known for his drone plans.\n\nHis removal set off protests in Brno, Olomouc and other cities.", "Harbour Courier", Full, ""}}},
		{"three paragraphs without marks before the closer",
			"“I am the official photographer at the club. I was watching a band on stage.\n\nI was in the VIP area and I could see the whole club.\n\nPeople were screaming ‘fire, fire’ and to run.\n\nI ran as quickly as I could to the door.\n\nIt took a few minutes for me to get out of the club.”\n\nMaria Fonte, 24, survived the fire.",
			[]want{{"I am the official photographer at the club. I was watching a band on stage.\n\nI was in the VIP area and I could see the whole club.\n\nPeople were screaming ‘fire, fire’ and to run.\n\nI ran as quickly as I could to the door.\n\nIt took a few minutes for me to get out of the club.", "-", Full, ""}}},
		{"the closer five paragraphs on belongs to something else",
			"“He thinks daddy is still at work.\n\n08.55 Here is the latest video.\n\n08.21 Britain offered to help the search.\n\nThe investigator joined the team.\n\nThe ambassador said:\n\nOur thoughts are with them at this difficult time.”",
			[]want{{"He thinks daddy is still at work.", "-", Full, ""}}},
		{"the next paragraph opens its own quotation",
			"Marta Lund said: “We will not stop here.\n\nShe later told reporters the plan was “a good start.”",
			[]want{{"We will not stop here.", "Marta Lund", Full, ""}, {"a good start.", "Marta Lund", Partial, ""}}},
	})
}

// A single closing mark after a word in -us, -ss or -is closes the quote:
// such a word is no plural whose possessive apostrophe it could be. Each
// text is written for this test (issue 20, tenth round).
func TestFindRound10SingleCloserAfterS(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an adjective in -ous in single marks",
			"The head teacher, Ruth Amos, said the girl hurt in the ‘ferocious’ attack was doing ‘ok’ after surgery, and thanked the nurses.",
			[]want{}},
		{"a plural possessive still is one",
			"Ruth Amos said the ‘parents’ wishes came first’ in every case.",
			[]want{{"parents’ wishes came first", "Ruth Amos", Partial, ""}}},
	})
}

// A straight double quotation whose closing mark was left out before a
// short attribution ("…with Dell, Treide said, "and we…"") ends at the
// comma before the attribution, and the mark after it opens the next
// part. Each text is written for this test (issue 20, tenth round).
func TestFindRound10MissingCloserBeforeAttribution(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"said, then the rest",
			"The two firms seem as friendly as ever. \"We've had great success with Norda, Vexo's Pia Treide said, \"and we plan to continue.\"",
			[]want{{"We've had great success with Norda,", "Pia Treide", Full, ""}, {"and we plan to continue.", "Pia Treide", Full, ""}}},
		{"says, a stop, then a new sentence",
			"\"You don't need anybody's permission to build something great, says Marco Bianchi. \"If you have an idea, you just go and make it.\"",
			[]want{{"You don't need anybody's permission to build something great,", "Marco Bianchi", Full, ""}, {"If you have an idea, you just go and make it.", "Marco Bianchi", Full, ""}}},
		{"closed properly",
			"\"Parcells, from the time he walked out, everybody knew he was there,\" Vonn Hollis said. \"He has people's attention.\"",
			[]want{{"Parcells, from the time he walked out, everybody knew he was there,", "Vonn Hollis", Full, ""}, {"He has people's attention.", "Vonn Hollis", Full, ""}}},
	})
}

// A bullet before the re-opening mark does not end a quotation running over
// a bulleted list of points. Each text is written for this test (issue 20,
// tenth round).
func TestFindRound10BulletedContinuation(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"bullets, one point without a mark",
			"The party leadership sent its members these talking points:\n\n• “Our rivals promise once again to cut your pension.\n\n• “The pension has been a promise for 75 years.\n\n• If our rivals had won, savers would have lost billions.\n\n• We are working to make pensions stronger.”",
			[]want{{"Our rivals promise once again to cut your pension.\n\n• “The pension has been a promise for 75 years.\n\n• If our rivals had won, savers would have lost billions.\n\n• We are working to make pensions stronger.", "-", Full, ""}}},
	})
}

// "Tom Welk‘s mom": an opening single mark typed for the apostrophe of a
// possessive (a letter before it, "s" and no letter after) makes the name
// possessive. Each text is written for this test (issue 20, thirteenth
// round).
func TestFindRound13OpeningMarkApostrophe(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"owner's relative with the opening mark",
			"Dora Welk has praised the singer‘s new album. Speaking at a summit in Reno, Tom Welk‘s mom confirmed, “I listened to the whole album, and I listened to it all morning long.”",
			[]want{{"I listened to the whole album, and I listened to it all morning long.", "Dora Welk", Full, ""}}},
		{"owner's spokesman with the opening mark",
			"“We will appeal,” Senator Ray Dunn‘s spokesman said on Friday.",
			[]want{{"We will appeal,", "a spokesman", Full, ""}}},
	})
}

// A quotation nested in a double quotation in straight marks does not end
// it, whether the outer marks are curly or straight; a quotation whose
// closing mark was left out before a long "said …" clause, or before a
// short sentence that introduces the next quotation ("She said that "…"),
// ends before them. The texts are written for this test (issue 20, twenty-first
// round).
func TestFindRound21aNested(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"straight inside curly, two nested pairs",
			"The novelist answered on her blog.\n\nNora Lindqvist wrote: “Nothing is settled, and the words \"sequel\" and \"prequel\" came from a rumour. Please wait for the real news.”",
			[]want{{`Nothing is settled, and the words "sequel" and "prequel" came from a rumour. Please wait for the real news.`, "Nora Lindqvist", Full, ""}}},
		{"straight inside straight, in brackets",
			"Tom Arvid, the product's manager, spoke at the launch.\n\n\"We will not advertise this (the old \"Send to Phone\") button, but we will keep it,\" Arvid said.",
			[]want{{`We will not advertise this (the old "Send to Phone") button, but we will keep it,`, "Tom Arvid", Full, ""}}},
		{"closing mark left out before a long said clause",
			"The board published its new rules on Friday.\n\n“Today’s rules ignore the needs of tenants, their savings, and their homes, said Maria Oduya, director of the Tenants’ Advice League. \"By raising the deposit, the board shuts out the young. We will appeal against these rules.”",
			[]want{{"Today’s rules ignore the needs of tenants, their savings, and their homes,", "Maria Oduya", Full, ""},
				{"By raising the deposit, the board shuts out the young. We will appeal against these rules.", "Maria Oduya", Full, ""}}},
		{"closing mark left out before a sentence introducing the next quotation",
			"\"Nothing will change unless the river is cleaned,\" Anna Berg told the council. \"And it has to be cleaned all the way down. She said that \"the town must pay its share, and that the farms upstream must pay theirs.\"",
			[]want{{"Nothing will change unless the river is cleaned,", "Anna Berg", Full, ""},
				{"And it has to be cleaned all the way down.", "Anna Berg", Full, ""},
				{"the town must pay its share, and that the farms upstream must pay theirs.", "Anna Berg", Partial, ""}}},
	})
}

// Invisible format characters glued to quotation marks, as pages in mixed
// scripts carry them (texts written for this test).
func TestFindRound27cFormatRunes(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"direction marks inside both marks",
			"A ministry spokesman, meanwhile, said: \u200e\"We welcome the new talks between the two harbours.\u200e\"",
			[]want{{"We welcome the new talks between the two harbours.", "A ministry spokesman", Full, ""}}},
		{"a direction mark inside a curly opener",
			"Nora Lind said: “\u200fThe river has never been this low.”",
			[]want{{"The river has never been this low.", "Nora Lind", Full, ""}}},
		{"a zero-width space outside a closer",
			"“The river has never been this low,”\u200b Nora Lind said.",
			[]want{{"The river has never been this low,", "Nora Lind", Full, ""}}},
		{"a soft hyphen inside a word stays",
			"Nora Lind said the inter\u00adnational “fishing rules” were too strict.",
			[]want{{"fishing rules", "Nora Lind", Partial, ""}}},
	})
}

// An unmarked pull quote and its credit line set between two paragraphs
// of one quotation (texts written for this test).
func TestFindRound27cPullInset(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a pull quote and credit inside a quotation",
			"Harbour master Ann Vole spoke to the town council on Monday.\n\nShe said: \"I hear many calls for new rules. Here is my answer:\n\n\"Stop blocking the quay. Stop mooring in the channel.\n\nWe will keep the harbour open to every boat that pays its fee\n\nAnn Vole\n\n\"Stop dumping nets on the slipway. We will keep the harbour open to every boat.\"",
			[]want{{"I hear many calls for new rules. Here is my answer:\n\n\"Stop blocking the quay. Stop mooring in the channel.\n\nWe will keep the harbour open to every boat that pays its fee\n\nAnn Vole\n\n\"Stop dumping nets on the slipway. We will keep the harbour open to every boat.", "Ann Vole", Full, ""}}},
		{"narration and a heading after an unclosed quotation stay outside",
			"Ann Vole said: \"I hear many calls for new rules.\n\nThe council met again on Tuesday to hear the fishermen\n\nNew rules\n\n\"Stop dumping nets on the slipway,\" said Tom Hale.",
			[]want{{"I hear many calls for new rules.", "Ann Vole", Full, ""}, {"Stop dumping nets on the slipway,", "Tom Hale", Full, ""}}},
	})
}
