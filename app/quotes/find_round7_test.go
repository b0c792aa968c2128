package quotes

import "testing"

// An abbreviated title ending in a period ("Const.", "Atty. Gen.") is part
// of the name after it, not the end of a sentence, also at the end of a
// sentence after a verb of speech; "Said X," opening a sentence is the verb
// inverted, not a given name. Each text is written for this test (issue 20,
// seventh round).
func TestFindRound7AbbreviatedTitles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []want
	}{
		{"a constable after an inverted verb",
			"Crews were sent to Bayview Road and the highway overnight.\n\n“We found two cars in the ditch,” said Const. Rhys Alder, with the county traffic unit.",
			[]want{{"We found two cars in the ditch,", "Rhys Alder", Full, ""}}},
		{"a constable closing the sentence",
			"Crews were sent to Bayview Road and the highway overnight.\n\n“We found two cars in the ditch,” alleged Provincial Police Const. Rhys Alder.",
			[]want{{"We found two cars in the ditch,", "Rhys Alder", Full, ""}}},
		{"an attorney general abbreviated",
			"The charges were filed on Monday.\n\n“No one is above the law,” said Atty. Gen. Marta Quill.",
			[]want{{"No one is above the law,", "Marta Quill", Full, ""}}},
		{"a superintendent abbreviated",
			"The search went on through the night.\n\n“We will not stop looking,” said Supt. Owen Brack.",
			[]want{{"We will not stop looking,", "Owen Brack", Full, ""}}},
		{"said inverted before the name and a colon",
			"Rep. Tom Halvers chaired the first hearing in 2005.\n\nSaid Halvers, who chaired the hearing: “Our work here is not done.”",
			[]want{{"Our work here is not done.", "Tom Halvers", Full, ""}}},
	})
}
