package quotes

import "testing"

// Error classes of the real development set (batches b1–b5, see
// testdata/realgold/README.md), each on texts written for this test.
func TestFindDevSetClasses(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"an alias keeps the name first introduced",
			"The festival was invented by Tom Bayliss — aka Dr. Kofi Bayliss, founder of a small party.\n\nBayliss later said, “The critics never understood it.”",
			[]want{{"The critics never understood it.", "Tom Bayliss", Full, ""}}},
		{"an alias given as also known as",
			"The band was led by Anna Morrow, also known as Queen Anna Sol.\n\n“We played every night,” Sol said.",
			[]want{{"We played every night,", "Anna Morrow", Full, ""}}},
		{"a generational suffix is no surname",
			"The law was signed by President Harold Webb in 1935.\n\nHarold Webb Jr., his grandson, spoke on Friday.\n\nWebb, who served in the Senate, said: “The program is sound.”",
			[]want{{"The program is sound.", "Harold Webb Jr.", Full, ""}}},
		{"a report's author named in the next sentence",
			"Thousands of nurses are overworked, says a report warning of a “quiet collapse of rural care”.\n\nThe report by the Royal College of Midwives claims hospitals cut staff.",
			[]want{{"quiet collapse of rural care", "Royal College of Midwives", Partial, ""}}},
		{"a report's author who released it earlier",
			"On Monday, the Tribunal under Judge Amos Kerr released its final report.\n\n“The inquiry found no fault,” the report said.",
			[]want{{"The inquiry found no fault,", "Tribunal", Full, ""}}},
		{"a possessive author",
			"The Lakeside Trust's annual report came out on Monday. “Visitor numbers fell,” the report said.",
			[]want{{"Visitor numbers fell,", "Lakeside Trust", Full, ""}}},
		{"a quoted subheading is no quotation",
			"The port was a colony once.\n\n‘Our past is in the harbour’\n\n“The history is still here,” said Anna Berg, a historian.",
			[]want{{"The history is still here,", "Anna Berg", Full, ""}}},
		{"a pull quote credited below is still one",
			"The season began in May.\n\n“I’m not nervous any more”\n\n— Tom Reyes, a 13-year-old pitcher",
			[]want{{"I’m not nervous any more", "Tom Reyes", Full, ""}}},
		{"a video's title",
			"“We cannot count the oil yet,” says Sara Lund, a biologist. (Watch the paper's video “Oil Spill Fears on the Coast.”)",
			[]want{{"We cannot count the oil yet,", "Sara Lund", Full, ""}}},
		{"a name coordinated with a nickname is a name",
			"Kerr earned the nickname “mkono wa damu,” or “the man with the bloody hand,” for his cruelty, Anna Berg said.",
			nil},
		{"a term in a phrase before the main clause",
			"In a letter to the board and the “Lakeside community,” Tom Reyes said he would resign.",
			nil},
		{"a fragment before a closing clause with a hearer",
			"Walkers who try the route “call it the hardest day of their lives,” Reyes told the Ledger.",
			[]want{{"call it the hardest day of their lives,", "Reyes", Partial, ""}}},
		{"a term the writer also uses without marks",
			"Amazon pledged to be “net zero carbon” by 2040, Tom Reyes said.\n\nMicrosoft plans to become net zero carbon a decade earlier.",
			nil},
		{"a term quoted again in a clause of speech",
			"A further 9,000 staff were on “atypical contracts” last year.\n\nA spokesperson for the employers said its members had cut “atypical contracts”, while adding others.",
			nil},
		{"a speaker's phrase repeated in a later quotation is still theirs",
			"She therefore had “no option but to go ahead”, she told aides.\n\n“I agree - no option but to go ahead,” Ruth Okafor said.",
			[]want{{"no option but to go ahead", "-", Partial, ""}, {"I agree - no option but to go ahead,", "Ruth Okafor", Full, ""}}},
		{"a day is no author",
			"Monday's report came out late. “Visitor numbers fell,” the report said.",
			[]want{{"Visitor numbers fell,", "the report", Full, ""}}},
	})
}
