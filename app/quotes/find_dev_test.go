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
		{"a day is no author",
			"Monday's report came out late. “Visitor numbers fell,” the report said.",
			[]want{{"Visitor numbers fell,", "the report", Full, ""}}},
	})
}
