package quotes

import "testing"

// A noun for an ordinary person fused to a name at the start of a
// sentence ("Villager Karimullah said") describes the person and is no
// part of the name. The text is written for this test (issue 20,
// twenty-first round).
func TestFindRound21bFalseTitle(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"villager",
			"The court handed down a life sentence on Friday.\n\nVillager Karimullah said the sentence meant that justice had not been done. \"The man is not being punished,\" he said.",
			[]want{{"The man is not being punished,", "Karimullah", Full, ""}}},
		{"resident",
			"The river burst its banks overnight.\n\nResident Odile Varnac said the water came in fast. \"We lost everything on the ground floor,\" she said.",
			[]want{{"We lost everything on the ground floor,", "Odile Varnac", Full, ""}}},
	})
}

// A capitalised function word inside a run ("Doctors Without Borders",
// "Reporters Without Borders") makes it an organisation's name; the
// plural noun before it is no occupation before a person's name. The
// text is written for this test (issue 20, twenty-first round).
func TestFindRound21bWithout(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"doctors without borders",
			"The vaccine prices were cut on Thursday.\n\nThe charity Doctors Without Borders called the news \"a half measure,\" arguing that prices should be lower.",
			[]want{{"a half measure,", "Doctors Without Borders", Partial, ""}}},
		{"reporters without borders",
			"The broadcaster was closed on Monday.\n\nThe group Reporters Without Borders called the closure \"a dark day for the press.\"",
			[]want{{"a dark day for the press.", "Reporters Without Borders", Partial, ""}}},
	})
}
